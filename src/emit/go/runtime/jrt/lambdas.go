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
