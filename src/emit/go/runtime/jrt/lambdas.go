package jrt

import "reflect"

// Adapters for lambdas and method references whose Java target is an
// interface Go keeps as an interface (not a func type).

// CloseFunc is a lambda or method reference used as an AutoCloseable.
type CloseFunc func()

// Close implements AutoCloseable.
func (f CloseFunc) Close() { f() }

type comparableFunc func(other any) int32

func (f comparableFunc) CompareTo(other any) int32 { return f(other) }

// ComparableOf is a lambda or method reference used as a Comparable<T>.
func ComparableOf[T any](f func(T) int32) Comparable {
	return comparableFunc(func(other any) int32 {
		if t, ok := other.(T); ok || other == nil {
			return f(t)
		}
		// Compare hands boxed numbers over unboxed: box the value again.
		box := reflect.New(reflect.TypeOf(other))
		box.Elem().Set(reflect.ValueOf(other))
		return f(As[T](box.Interface()))
	})
}

// IterableFunc is a lambda or method reference used as an Iterable<E>, or a
// source class implementing Iterable (its Iterator method value). Go's static
// type for Iterable is Collection, read through Items(); the iteration runs to
// the end (an endless Iterable cannot be iterated this way).
type IterableFunc[E any] func() Iterator[E]

// IterableOf makes f an IterableFunc (a call, so Go infers E).
func IterableOf[E any](f func() Iterator[E]) Collection[E] { return IterableFunc[E](f) }

// Items is every element the iterator yields, in order.
func (f IterableFunc[E]) Items() []E {
	var out []E
	for it := f(); it.HasNext(); {
		out = append(out, it.Next())
	}
	return out
}

// Size is the number of elements.
func (f IterableFunc[E]) Size() int32 { return int32(len(f.Items())) }

// IsEmpty reports whether the iterator yields nothing.
func (f IterableFunc[E]) IsEmpty() bool { return !f().HasNext() }

// Contains is contains(v) by equals.
func (f IterableFunc[E]) Contains(v E) bool {
	for _, x := range f.Items() {
		if Equals(x, v) {
			return true
		}
	}
	return false
}

// Add throws: an Iterable has no add.
func (f IterableFunc[E]) Add(E) bool { panic(NewUnsupportedOperationException("add")) }

// Clear throws: an Iterable has no clear.
func (f IterableFunc[E]) Clear() { panic(NewUnsupportedOperationException("clear")) }

// ToString lists the elements as a collection would.
func (f IterableFunc[E]) ToString() string { return collectionString(f.Items(), &f) }
