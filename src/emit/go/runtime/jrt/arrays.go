// java.util.Arrays helpers over Go slices (Java arrays are slices; a null
// array is a nil slice, so emitted code must create empty arrays non-nil).

package jrt

import (
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ArraysToString is Arrays.toString(array).
func ArraysToString[T any](a []T) string {
	if a == nil {
		return "null"
	}
	var b strings.Builder
	b.WriteByte('[')
	for i, v := range a {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(ToString(v))
	}
	b.WriteByte(']')
	return b.String()
}

// ArraysDeepToString is Arrays.deepToString for nested slices.
func ArraysDeepToString(a any) string {
	if a == nil || isNilValue(a) {
		return "null"
	}
	var b strings.Builder
	deepToString(&b, a)
	return b.String()
}

func deepToString(b *strings.Builder, a any) {
	items, ok := sliceItems(a)
	if !ok {
		b.WriteString(ToString(a))
		return
	}
	if items == nil {
		b.WriteString("null")
		return
	}
	b.WriteByte('[')
	for i, v := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		deepToString(b, v)
	}
	b.WriteByte(']')
}

// ArraysEquals is Arrays.equals(a, b) (element-wise Equals).
func ArraysEquals[T any](a, b []T) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Equals(a[i], b[i]) {
			return false
		}
	}
	return true
}

// ArraysHashCode is Arrays.hashCode(a).
func ArraysHashCode[T any](a []T) int32 {
	if a == nil {
		return 0
	}
	var h int32 = 1
	for _, v := range a {
		h = 31*h + HashCode(v)
	}
	return h
}

// ArraysFill is Arrays.fill(a, v).
func ArraysFill[T any](a []T, v T) {
	for i := range a {
		a[i] = v
	}
}

// ArraysFillRange is Arrays.fill(a, from, to, v).
func ArraysFillRange[T any](a []T, from, to int32, v T) {
	checkRange(len(a), from, to)
	for i := from; i < to; i++ {
		a[i] = v
	}
}

func checkRange(n int, from, to int32) {
	if from > to {
		panic(NewIllegalArgumentException("fromIndex(" + itoa(from) + ") > toIndex(" + itoa(to) + ")"))
	}
	if from < 0 {
		panic(NewArrayIndexOutOfBoundsException("Array index out of range: " + itoa(from)))
	}
	if int(to) > n {
		panic(NewArrayIndexOutOfBoundsException("Array index out of range: " + itoa(to)))
	}
}

// ArraysCopyOf is Arrays.copyOf(a, n) (zero-padded).
func ArraysCopyOf[T any](a []T, n int32) []T {
	if n < 0 {
		panic(NewNegativeArraySizeException(itoa(n)))
	}
	out := make([]T, n)
	fillNullStrings(out[copy(out, a):])
	return out
}

// ArraysCopyOfRange is Arrays.copyOfRange(a, from, to).
func ArraysCopyOfRange[T any](a []T, from, to int32) []T {
	if from > to {
		panic(NewIllegalArgumentException(itoa(from) + " > " + itoa(to)))
	}
	if from < 0 || int(from) > len(a) {
		panic(NewArrayIndexOutOfBoundsException("Array index out of range: " + itoa(from)))
	}
	out := make([]T, to-from)
	fillNullStrings(out[copy(out, a[from:min(int(to), len(a))]):])
	return out
}

// SystemArraycopy is System.arraycopy for same-typed slices (overlap-safe).
func SystemArraycopy[T any](src []T, srcPos int32, dst []T, dstPos int32, n int32) {
	if src == nil || dst == nil {
		panic(&NullPointerException{})
	}
	// HotSpot's messages, checked in its order.
	switch {
	case srcPos < 0:
		panic(NewArrayIndexOutOfBoundsException("arraycopy: source index " + itoa(srcPos) + " out of bounds for " + arraycopyName(src)))
	case dstPos < 0:
		panic(NewArrayIndexOutOfBoundsException("arraycopy: destination index " + itoa(dstPos) + " out of bounds for " + arraycopyName(dst)))
	case n < 0:
		panic(NewArrayIndexOutOfBoundsException("arraycopy: length " + itoa(n) + " is negative"))
	case int(srcPos)+int(n) > len(src):
		panic(NewArrayIndexOutOfBoundsException("arraycopy: last source index " + strconv.Itoa(int(srcPos)+int(n)) + " out of bounds for " + arraycopyName(src)))
	case int(dstPos)+int(n) > len(dst):
		panic(NewArrayIndexOutOfBoundsException("arraycopy: last destination index " + strconv.Itoa(int(dstPos)+int(n)) + " out of bounds for " + arraycopyName(dst)))
	}
	copy(dst[dstPos:dstPos+n], src[srcPos:srcPos+n])
}

// arraycopyName is how HotSpot's arraycopy messages name an array: "int[2]",
// or "object array[2]" for a reference array.
func arraycopyName[T any](a []T) string {
	name, ok := primitiveNames[reflect.TypeFor[T]().Kind()]
	if !ok {
		name = "object array"
	}
	return name + "[" + strconv.Itoa(len(a)) + "]"
}

var primitiveNames = map[reflect.Kind]string{
	reflect.Int32: "int", reflect.Int64: "long", reflect.Int16: "short", reflect.Int8: "byte",
	reflect.Uint16: "char", reflect.Bool: "boolean", reflect.Float64: "double", reflect.Float32: "float",
}

// Ordered are the primitive element types Arrays.sort orders numerically.
type Ordered interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint16 | ~float32 | ~float64
}

// ArraysSortPrimitive is Arrays.sort on a primitive array: ascending, with
// Java's total order for floats (-0.0 before 0.0, NaN last).
func ArraysSortPrimitive[T Ordered](a []T) {
	slices.SortFunc(a, func(x, y T) int { return int(comparePrimitive(x, y)) })
}

func comparePrimitive[T Ordered](x, y T) int32 {
	switch v := any(x).(type) {
	case float64:
		return DoubleCompare(v, any(y).(float64))
	case float32:
		return DoubleCompare(float64(v), float64(any(y).(float32)))
	}
	if x < y {
		return -1
	}
	if x > y {
		return 1
	}
	return 0
}

// ArraysSort is Arrays.sort(Object[]) / with a comparator (nil = natural
// order). Java's object sort is stable (TimSort), so this is too.
func ArraysSort[T any](a []T, cmp func(x, y T) int32) {
	if cmp == nil {
		cmp = func(x, y T) int32 { return Compare(x, y) }
	}
	sort.SliceStable(a, func(i, j int) bool { return cmp(a[i], a[j]) < 0 })
}

// ArraysSortRange is Arrays.sort(a, from, to) for primitives.
func ArraysSortRange[T Ordered](a []T, from, to int32) {
	checkRange(len(a), from, to)
	ArraysSortPrimitive(a[from:to])
}

// ArraysBinarySearch is Arrays.binarySearch on a sorted primitive array:
// the index, or -(insertion point) - 1.
func ArraysBinarySearch[T Ordered](a []T, key T) int32 {
	return binarySearch(len(a), func(i int) int32 { return comparePrimitive(a[i], key) })
}

// binarySearch is the JDK's binary search over n sorted elements, cmpAt(i) comparing element i
// with the key: the index found, or -(insertion point) - 1.
func binarySearch(n int, cmpAt func(i int) int32) int32 {
	lo, hi := 0, n-1
	for lo <= hi {
		mid := int(uint(lo+hi) >> 1)
		switch c := cmpAt(mid); {
		case c < 0:
			lo = mid + 1
		case c > 0:
			hi = mid - 1
		default:
			return int32(mid)
		}
	}
	return int32(-(lo + 1))
}

// ArraysBinarySearchFunc is Arrays.binarySearch(Object[], key, comparator).
func ArraysBinarySearchFunc[T any](a []T, key T, cmp func(x, y T) int32) int32 {
	if cmp == nil {
		cmp = func(x, y T) int32 { return Compare(x, y) }
	}
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := int(uint(lo+hi) >> 1)
		c := cmp(a[mid], key)
		switch {
		case c < 0:
			lo = mid + 1
		case c > 0:
			hi = mid - 1
		default:
			return int32(mid)
		}
	}
	return int32(-(lo + 1))
}

// NewArray2 is new T[n][m].
func NewArray2[T any](n, m int32) [][]T {
	if n < 0 || m < 0 {
		panic(NewNegativeArraySizeException(itoa(min(n, m))))
	}
	out := make([][]T, n)
	for i := range out {
		out[i] = make([]T, m)
		fillNullStrings(out[i])
	}
	return out
}

// NewArray is new T[n], checking the size as Java does.
func NewArray[T any](n int32) []T {
	if n < 0 {
		panic(NewNegativeArraySizeException(itoa(n)))
	}
	return make([]T, n)
}

// ArraysSortRangeWith is Arrays.sort(a, from, to) / with a comparator (nil =
// natural order) for objects: stable, as Java's.
func ArraysSortRangeWith[T any](a []T, from, to int32, cmp func(x, y T) int32) {
	checkRange(len(a), from, to)
	ArraysSort(a[from:to], cmp)
}
