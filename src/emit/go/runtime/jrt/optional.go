// java.util.Optional.

package jrt

// Optional is java.util.Optional; a nil *Optional is never used by emitted
// code (Java's Optional variables are non-null by convention).
type Optional[T any] struct {
	v       T
	present bool
}

// OptionalOf is Optional.of (null -> NullPointerException).
func OptionalOf[T any](v T) *Optional[T] {
	if isNilValue(any(v)) {
		panic(&NullPointerException{})
	}
	return &Optional[T]{v, true}
}

// OptionalOfNullable is Optional.ofNullable.
func OptionalOfNullable[T any](v T) *Optional[T] { return &Optional[T]{v, !isNilValue(any(v))} }

// OptionalEmpty is Optional.empty().
func OptionalEmpty[T any]() *Optional[T] { return &Optional[T]{} }

// IsPresent is isPresent().
func (o *Optional[T]) IsPresent() bool { return o.present }

// IsEmpty is isEmpty().
func (o *Optional[T]) IsEmpty() bool { return !o.present }

// Get is get() / orElseThrow().
func (o *Optional[T]) Get() T {
	if !o.present {
		panic(NewNoSuchElementException("No value present"))
	}
	return o.v
}

// OrElse is orElse(other).
func (o *Optional[T]) OrElse(other T) T {
	if o.present {
		return o.v
	}
	return other
}

// OrElseGet is orElseGet(supplier).
func (o *Optional[T]) OrElseGet(f func() T) T {
	if o.present {
		return o.v
	}
	return f()
}

// IfPresent is ifPresent(consumer).
func (o *Optional[T]) IfPresent(f func(T)) {
	if o.present {
		f(o.v)
	}
}

// ToString is Optional[v] / Optional.empty.
func (o *Optional[T]) ToString() string {
	name := optionalClassName(o.v)
	if !o.present {
		return name + ".empty"
	}
	return name + "[" + ToString(o.v) + "]"
}

// optionalClassName tells OptionalInt/Long/Double (an unboxed T: Optional<Integer> holds a *int32) from Optional.
func optionalClassName(v any) string {
	switch v.(type) {
	case int32:
		return "OptionalInt"
	case int64:
		return "OptionalLong"
	case float64:
		return "OptionalDouble"
	}
	return "Optional"
}

// Equals compares presence and value.
func (o *Optional[T]) Equals(x any) bool {
	p, ok := x.(*Optional[T])
	return ok && p.present == o.present && (!o.present || Equals(o.v, p.v))
}

// HashCode is the value's hash or 0.
func (o *Optional[T]) HashCode() int32 {
	if !o.present {
		return 0
	}
	return HashCode(o.v)
}
