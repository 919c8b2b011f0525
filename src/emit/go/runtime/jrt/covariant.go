package jrt

import (
	"sync"
	"unsafe"
)

// Go slices are not covariant: `Object[] a = new String[2]` is a []any. The
// Java element class of such an array is kept here, by the address of its
// first element, so a store through the supertype can throw
// ArrayStoreException as the JVM does. (Entries are never dropped: only
// arrays created covariantly are registered.)
var covariantElems sync.Map

// CovariantArray registers a new array's Java element class (a binary name).
func CovariantArray[T any](a []T, elemClass string) []T {
	if len(a) > 0 {
		covariantElems.Store(unsafe.Pointer(&a[0]), elemClass)
	}
	return a
}

// ArrayStore is `a[i] = v` for an array that may have been created
// covariantly: the index is checked first, then the element class.
func ArrayStore[T any](a []T, i int32, v T) {
	_ = a[i]
	if c, ok := covariantElems.Load(unsafe.Pointer(&a[0])); ok && !isNilValue(any(v)) && !IsInstance(any(v), c.(string)) {
		panic(NewArrayStoreException(ClassNameOf(any(v))))
	}
	a[i] = v
}
