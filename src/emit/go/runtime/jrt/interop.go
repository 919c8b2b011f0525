// Support the Go transform needs beyond the Java library itself: the
// interfaces Java's collection types become when a variable's static type is
// an interface (List is always *ArrayList, but Set, Map, Queue and Collection
// have several implementations), and As, the checked cast from a value held
// as `any` (an erased generic or Object) back to its static type.

package jrt

// Collection is java.util.Collection / Iterable as a static type.
type Collection[E any] interface {
	Size() int32
	IsEmpty() bool
	Contains(v E) bool
	Add(v E) bool
	Clear()
	Items() []E
	ToString() string
}

// ForEachItem is Iterable.forEach on a collection reached through an interface:
// the collection's own ForEach where it has one (fail-fast, as Java's), else a
// walk over a snapshot of its items.
func ForEachItem[E any](c Collection[E], f func(E)) {
	if each, ok := c.(interface{ ForEach(func(E)) }); ok {
		each.ForEach(f)
		return
	}
	for _, x := range c.Items() {
		f(x)
	}
}

// Set is java.util.Set as a static type (HashSet, LinkedHashSet, TreeSet).
type Set[E any] interface {
	Collection[E]
	Remove(v E) bool
	AddAll(items []E) bool
}

// Deque is java.util.Queue / Deque as a static type (ArrayDeque, LinkedList).
type Deque[E any] interface {
	Collection[E]
	Offer(v E) bool
	OfferFirst(v E) bool
	OfferLast(v E) bool
	Poll() E
	PollFirst() E
	PollLast() E
	PeekFirst() E
	PeekLast() E
	AddFirst(v E)
	AddLast(v E)
	RemoveFirst() E
	RemoveLast() E
	GetFirst() E
	GetLast() E
}

// Map is java.util.Map as a static type (HashMap, LinkedHashMap, TreeMap).
type Map[K, V any] interface {
	Put(key K, value V) V
	Get(key K) V
	GetOrDefault(key K, def V) V
	ContainsKey(key K) bool
	Remove(key K) V
	Size() int32
	IsEmpty() bool
	Clear()
	Keys() []K
	Values() []V
	Entries() []*MapEntry[K, V]
	ForEach(f func(K, V))
	Merge(key K, value V, f func(V, V) V) V
	ComputeIfAbsent(key K, f func(K) V) V
	ComputeIfPresent(key K, f func(K, V) V) V
	PutIfAbsent(key K, value V) V
	ContainsValue(v V) bool
	ToString() string
}

// Iterator is java.util.Iterator.
type Iterator[E any] interface {
	HasNext() bool
	Next() E
}

// As is a Java cast (or the read of an erased generic value) from a value
// held as `any`: null stays null, a wrong type is a ClassCastException.
func As[T any](v any) T {
	if v == nil {
		zero := Null[T]()
		return zero
	}
	t, ok := v.(T)
	if !ok {
		zero := Null[T]()
		panic(NewClassCastException("class " + ClassNameOf(v) + " cannot be cast to class " + ClassNameOf(zero)))
	}
	return t
}

// Iter is an Iterator over a snapshot of items (iterator() on a collection
// whose static type is an interface).
func Iter[E any](items []E) Iterator[E] { return &sliceIter[E]{items: items} }

type sliceIter[E any] struct {
	items []E
	i     int
}

func (it *sliceIter[E]) HasNext() bool { return it.i < len(it.items) }

func (it *sliceIter[E]) Next() E {
	if it.i >= len(it.items) {
		panic(&NoSuchElementException{})
	}
	it.i++
	return it.items[it.i-1]
}

// Clear is TreeSet.clear (needed by the Set interface).
func (s *TreeSet[E]) Clear() { s.m.Clear() }

// The jrt types the transform assigns to these interfaces.
var (
	_ Collection[int] = (*ArrayList[int])(nil)
	_ Set[int]        = (*HashSet[int])(nil)
	_ Set[int]        = (*TreeSet[int])(nil)
	_ Deque[int]      = (*ArrayDeque[int])(nil)
	_ Deque[int]      = (*ArrayList[int])(nil)
	_ Collection[int] = (*PriorityQueue[int])(nil)
	_ Map[int, int]   = (*HashMap[int, int])(nil)
	_ Map[int, int]   = (*TreeMap[int, int])(nil)
	_ Iterator[int]   = (*ListIterator[int])(nil)
)

// Enum is the state java.lang.Enum gives every enum constant; translated
// enums embed it.
type Enum struct {
	name    string
	ordinal int32
}

// SetEnum records the constant's name and ordinal (done by the constructor).
func (e *Enum) SetEnum(name string, ordinal int32) { e.name, e.ordinal = name, ordinal }

// Name is name().
func (e *Enum) Name() string { return e.name }

// Ordinal is ordinal().
func (e *Enum) Ordinal() int32 { return e.ordinal }

// ToString is Enum.toString(): the name.
func (e *Enum) ToString() string { return e.name }

// CompareTo compares ordinals.
func (e *Enum) CompareTo(o any) int32 {
	return e.ordinal - o.(interface{ Ordinal() int32 }).Ordinal()
}

// LinkedSetOf is a set view (a snapshot in insertion order) of keys or
// entries: keySet(), entrySet().
func LinkedSetOf[E any](items []E) *HashSet[E] {
	s := NewLinkedHashSet[E]()
	for _, v := range items {
		s.Add(v)
	}
	return s
}

// AddAllTo adds items to a collection and returns it (copy constructors).
func AddAllTo[C interface{ Add(E) bool }, E any](c C, items []E) C {
	for _, v := range items {
		c.Add(v)
	}
	return c
}

// ImmutableSetOf is Set.of: immutable, no nulls, no duplicates. (Its iteration order is
// insertion order; Java's is randomised per JVM run, so no program can rely on it.)
func ImmutableSetOf[E any](items ...E) *HashSet[E] {
	s := NewLinkedHashSet[E]()
	for _, v := range items {
		if isNilValue(any(v)) {
			panic(&NullPointerException{})
		}
		if !s.Add(v) {
			panic(NewIllegalArgumentException("duplicate element: " + ToString(v)))
		}
	}
	s.m.immutable = true
	return s
}

// ImmutableMapOf is Map.of(k1, v1, ...).
func ImmutableMapOf[K, V any](kv ...any) *HashMap[K, V] {
	entries := make([]*MapEntry[K, V], 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		entries = append(entries, &MapEntry[K, V]{Key: As[K](kv[i]), Value: As[V](kv[i+1])})
	}
	return ImmutableMapOfEntries(entries...)
}

// ImmutableMapOfEntries is Map.ofEntries(entries...): immutable, no null keys or values, no duplicate keys.
func ImmutableMapOfEntries[K, V any](entries ...*MapEntry[K, V]) *HashMap[K, V] {
	m := NewHashMap[K, V]()
	for _, e := range entries {
		if isNilValue(any(e.Key)) || isNilValue(any(e.Value)) {
			panic(&NullPointerException{})
		}
		if m.ContainsKey(e.Key) {
			panic(NewIllegalArgumentException("duplicate key: " + ToString(e.Key)))
		}
		m.Put(e.Key, e.Value)
	}
	m.immutable = true
	return m
}

// HashMapOf is new HashMap<>(map).
func HashMapOf[K, V any](src Map[K, V]) *HashMap[K, V] {
	m := NewHashMap[K, V]()
	for _, e := range src.Entries() {
		m.Put(e.Key, e.Value)
	}
	return m
}

// TreeMapOf is new TreeMap<>(map).
func TreeMapOf[K, V any](src Map[K, V]) *TreeMap[K, V] {
	m := NewTreeMap[K, V](nil)
	for _, e := range src.Entries() {
		m.Put(e.Key, e.Value)
	}
	return m
}

// MapPutAll is putAll on a receiver typed as Map (the HashMap and TreeMap behind it have PutAll).
func MapPutAll[K, V any](dst Map[K, V], src Map[K, V]) {
	if p, ok := dst.(interface{ PutAll(Map[K, V]) }); ok {
		p.PutAll(src)
		return
	}
	for _, e := range src.Entries() {
		dst.Put(e.Key, e.Value)
	}
}

// NaturalOrder is Comparator.naturalOrder().
func NaturalOrder[T any]() func(a, b T) int32 {
	return func(a, b T) int32 {
		// a.compareTo(b) throws on a null on either side.
		if isNilValue(any(a)) || isNilValue(any(b)) {
			panic(&NullPointerException{})
		}
		return Compare(a, b)
	}
}

// Comparing is Comparator.comparing(keyExtractor) (and comparingInt/...).
func Comparing[T, K any](key func(T) K) func(a, b T) int32 {
	return func(a, b T) int32 { return Compare(key(a), key(b)) }
}

// ComparingWith is Comparator.comparing(keyExtractor, keyComparator).
func ComparingWith[T, K any](key func(T) K, cmp func(a, b K) int32) func(a, b T) int32 {
	return func(a, b T) int32 { return cmp(key(a), key(b)) }
}

// ThenComparing is cmp.thenComparing(other).
func ThenComparing[T any](first, second func(a, b T) int32) func(a, b T) int32 {
	return func(a, b T) int32 {
		if r := first(a, b); r != 0 {
			return r
		}
		return second(a, b)
	}
}

// Reversed is cmp.reversed() / Collections.reverseOrder(cmp).
func Reversed[T any](cmp func(a, b T) int32) func(a, b T) int32 {
	return func(a, b T) int32 { return cmp(b, a) }
}

// AndThen is Function.andThen (and compose with the arguments swapped).
func AndThen[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

// AndThenConsumer is Consumer.andThen.
func AndThenConsumer[A any](f, g func(A)) func(A) {
	return func(a A) { f(a); g(a) }
}

// Negate is Predicate.negate.
func Negate[A any](p func(A) bool) func(A) bool { return func(a A) bool { return !p(a) } }

// And is Predicate.and.
func And[A any](p, q func(A) bool) func(A) bool { return func(a A) bool { return p(a) && q(a) } }

// Or is Predicate.or.
func Or[A any](p, q func(A) bool) func(A) bool { return func(a A) bool { return p(a) || q(a) } }

// Identity is Function.identity().
func Identity[T any]() func(T) T { return func(t T) T { return t } }

// OptionalMap is Optional.map.
func OptionalMap[T, R any](o *Optional[T], f func(T) R) *Optional[R] {
	if !o.present {
		return OptionalEmpty[R]()
	}
	return OptionalOfNullable(f(o.v))
}

// OptionalFilter is Optional.filter.
func OptionalFilter[T any](o *Optional[T], p func(T) bool) *Optional[T] {
	if !o.present || p(o.v) {
		return o
	}
	return OptionalEmpty[T]()
}

// OptionalOrElseThrow is Optional.orElseThrow(supplier).
func OptionalOrElseThrow[T any, X ThrowableI](o *Optional[T], f func() X) T {
	if !o.present {
		panic(f())
	}
	return o.v
}

// OptionalIfPresentOrElse is Optional.ifPresentOrElse.
func OptionalIfPresentOrElse[T any](o *Optional[T], f func(T), orElse func()) {
	if o.present {
		f(o.v)
	} else {
		orElse()
	}
}

// IsNull is Objects.isNull (a nil pointer inside an interface counts too).
func IsNull(v any) bool { return isNilValue(v) }

// RequireNonNull is Objects.requireNonNull(v[, message]).
func RequireNonNull[T any](v T, msg string) T {
	if isNilValue(any(v)) {
		if msg == "" {
			panic(&NullPointerException{})
		}
		panic(NewNullPointerException(msg))
	}
	return v
}

// Object is a plain `new Object()` (a lock or a sentinel).
type Object struct{ _ byte }

// NewObject is `new Object()`.
func NewObject() *Object { return &Object{} }

// ObjectToString is Object.toString(): class name, '@', identity hash in hex.
func ObjectToString(v any) string {
	return ClassNameOf(v) + "@" + ToHexString32(IdentityHashCode(v))
}

// PutIfAbsent is TreeMap.putIfAbsent.
func (m *TreeMap[K, V]) PutIfAbsent(k K, v V) V {
	if old, ok := m.Lookup(k); ok && !isNilValue(any(old)) {
		return old
	}
	m.Put(k, v)
	zero := Null[V]()
	return zero
}

// ContainsValue is TreeMap.containsValue.
func (m *TreeMap[K, V]) ContainsValue(v V) bool {
	for _, x := range m.vals {
		if Equals(x, v) {
			return true
		}
	}
	return false
}

// IteratorRemove is Iterator.remove(): supported by the jrt collections'
// iterators, UnsupportedOperationException otherwise (Java's default).
func IteratorRemove[E any](it Iterator[E]) {
	if r, ok := it.(interface{ Remove() }); ok {
		r.Remove()
		return
	}
	panic(NewUnsupportedOperationException("remove"))
}

// OfferFirst is LinkedList.offerFirst.
func (l *ArrayList[E]) OfferFirst(v E) bool { l.AddFirst(v); return true }

// OfferLast is LinkedList.offerLast.
func (l *ArrayList[E]) OfferLast(v E) bool { return l.Add(v) }

// PollFirst is LinkedList.pollFirst.
func (l *ArrayList[E]) PollFirst() E { return l.Poll() }

// AddAll is PriorityQueue.addAll.
func (pq *PriorityQueue[E]) AddAll(items []E) bool {
	for _, v := range items {
		pq.Add(v)
	}
	return len(items) > 0
}
