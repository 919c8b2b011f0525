package jrt

// A map seen through its erased type: `v instanceof Map<?, ?> m` (or a raw
// Map) binds m as Map[any, any] whatever the map's Go type arguments are.
// Go cannot assert an `any` to a generic interface with unknown arguments, so
// the jrt maps offer this view themselves (ErasedMap).

type erasableMap interface{ ErasedMap() Map[any, any] }

// AsErasedMap is `v instanceof Map<?, ?>`: the map as Map[any, any], or false.
func AsErasedMap(v any) (Map[any, any], bool) {
	switch m := v.(type) {
	case Map[any, any]:
		return m, true
	case erasableMap:
		if isNilValue(m) {
			return nil, false
		}
		return m.ErasedMap(), true
	}
	return nil, false
}

// ErasedMap implements erasableMap.
func (m *HashMap[K, V]) ErasedMap() Map[any, any] { return erasedMap[K, V]{m} }

// ErasedMap implements erasableMap.
func (m *TreeMap[K, V]) ErasedMap() Map[any, any] { return erasedMap[K, V]{m} }

// erasedMap forwards to the map, converting keys and values: a lookup with a
// key of another type finds nothing (as Java's get(Object)), a store of
// another type is a ClassCastException (where Java would pollute the heap).
type erasedMap[K, V any] struct{ m Map[K, V] }

func erasedSlice[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func keyOf[K any](k any) (K, bool) {
	if k == nil {
		return Null[K](), true
	}
	x, ok := k.(K)
	return x, ok
}

func (e erasedMap[K, V]) JavaClassName() string { return ClassNameOf(e.m) }
func (e erasedMap[K, V]) Equals(o any) bool     { return Equals(e.m, o) }
func (e erasedMap[K, V]) HashCode() int32       { return HashCode(e.m) }
func (e erasedMap[K, V]) ToString() string      { return e.m.ToString() }
func (e erasedMap[K, V]) Size() int32           { return e.m.Size() }
func (e erasedMap[K, V]) IsEmpty() bool         { return e.m.IsEmpty() }
func (e erasedMap[K, V]) Clear()                { e.m.Clear() }
func (e erasedMap[K, V]) Keys() []any           { return erasedSlice(e.m.Keys()) }
func (e erasedMap[K, V]) Values() []any         { return erasedSlice(e.m.Values()) }
func (e erasedMap[K, V]) Put(k, v any) any      { return e.m.Put(As[K](k), As[V](v)) }
func (e erasedMap[K, V]) PutIfAbsent(k, v any) any {
	return e.m.PutIfAbsent(As[K](k), As[V](v))
}

func (e erasedMap[K, V]) Get(k any) any {
	if key, ok := keyOf[K](k); ok {
		return e.m.Get(key)
	}
	return nil
}

func (e erasedMap[K, V]) GetOrDefault(k, def any) any {
	if key, ok := keyOf[K](k); ok && e.m.ContainsKey(key) {
		return e.m.Get(key)
	}
	return def
}

func (e erasedMap[K, V]) ContainsKey(k any) bool {
	key, ok := keyOf[K](k)
	return ok && e.m.ContainsKey(key)
}

func (e erasedMap[K, V]) ContainsValue(v any) bool {
	for _, x := range e.m.Values() {
		if Equals(x, v) {
			return true
		}
	}
	return false
}

func (e erasedMap[K, V]) Remove(k any) any {
	if key, ok := keyOf[K](k); ok {
		return e.m.Remove(key)
	}
	return nil
}

// Entries are the map's own entries re-typed; setValue still writes through.
func (e erasedMap[K, V]) Entries() []*MapEntry[any, any] {
	src := e.m.Entries()
	out := make([]*MapEntry[any, any], len(src))
	for i, x := range src {
		x := x
		out[i] = &MapEntry[any, any]{Key: x.Key, Value: x.Value, set: func(v any) { x.SetValue(As[V](v)) }}
	}
	return out
}

func (e erasedMap[K, V]) ForEach(f func(any, any)) { e.m.ForEach(func(k K, v V) { f(k, v) }) }

func (e erasedMap[K, V]) Merge(k, v any, f func(any, any) any) any {
	return e.m.Merge(As[K](k), As[V](v), func(a, b V) V { return As[V](f(a, b)) })
}

func (e erasedMap[K, V]) ComputeIfAbsent(k any, f func(any) any) any {
	return e.m.ComputeIfAbsent(As[K](k), func(key K) V { return As[V](f(key)) })
}

func (e erasedMap[K, V]) ComputeIfPresent(k any, f func(any, any) any) any {
	return e.m.ComputeIfPresent(As[K](k), func(key K, v V) V { return As[V](f(key, v)) })
}
