// java.util.TreeMap/TreeSet: sorted by a comparator or natural ordering
// (Compare). Stored as a sorted slice: O(log n) lookups, O(n) inserts, which
// is fine for typical program sizes; iteration order is Java's.

package jrt

import "sort"

// TreeMap is java.util.TreeMap.
type TreeMap[K, V any] struct {
	keys     []K
	vals     []V
	cmp      func(a, b K) int32
	modCount int
}

// NewTreeMap is new TreeMap<>(comparator); nil = natural ordering.
func NewTreeMap[K, V any](cmp func(a, b K) int32) *TreeMap[K, V] {
	if cmp == nil {
		cmp = func(a, b K) int32 { return Compare(a, b) }
	}
	return &TreeMap[K, V]{cmp: cmp}
}

// JavaClassName implements JavaClassNamer.
func (m *TreeMap[K, V]) JavaClassName() string { return "java.util.TreeMap" }

// search returns the first index with key >= k and whether it is equal.
func (m *TreeMap[K, V]) search(k K) (int, bool) {
	if isNilValue(any(k)) {
		panic(&NullPointerException{})
	}
	i := sort.Search(len(m.keys), func(i int) bool { return m.cmp(m.keys[i], k) >= 0 })
	return i, i < len(m.keys) && m.cmp(m.keys[i], k) == 0
}

// Put is put(k, v); returns the previous value.
// PutAll is putAll(other), in other's order.
func (m *TreeMap[K, V]) PutAll(other Map[K, V]) {
	for _, e := range other.Entries() {
		m.Put(e.Key, e.Value)
	}
}

func (m *TreeMap[K, V]) Put(k K, v V) V {
	i, found := m.search(k)
	if found {
		old := m.vals[i]
		m.vals[i] = v
		return old
	}
	var zk K
	var zv V
	m.keys = append(m.keys, zk)
	m.vals = append(m.vals, zv)
	copy(m.keys[i+1:], m.keys[i:])
	copy(m.vals[i+1:], m.vals[i:])
	m.keys[i], m.vals[i] = k, v
	m.modCount++
	return zv
}

// Get is get(k).
func (m *TreeMap[K, V]) Get(k K) V {
	v, _ := m.Lookup(k)
	return v
}

// Lookup returns the value and presence.
func (m *TreeMap[K, V]) Lookup(k K) (V, bool) {
	if i, ok := m.search(k); ok {
		return m.vals[i], true
	}
	var zv V
	return zv, false
}

// GetOrDefault is getOrDefault.
func (m *TreeMap[K, V]) GetOrDefault(k K, def V) V {
	if v, ok := m.Lookup(k); ok {
		return v
	}
	return def
}

// ContainsKey is containsKey.
func (m *TreeMap[K, V]) ContainsKey(k K) bool { _, ok := m.search(k); return ok }

// Remove is remove(k).
func (m *TreeMap[K, V]) Remove(k K) V {
	var zv V
	i, ok := m.search(k)
	if !ok {
		return zv
	}
	old := m.vals[i]
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
	m.modCount++
	return old
}

// Merge is merge(k, v, f).
func (m *TreeMap[K, V]) Merge(k K, v V, f func(V, V) V) V {
	if old, ok := m.Lookup(k); ok {
		nv := f(old, v)
		if isNilValue(any(nv)) {
			m.Remove(k)
		} else {
			m.Put(k, nv)
		}
		return nv
	}
	m.Put(k, v)
	return v
}

// ComputeIfAbsent is computeIfAbsent.
func (m *TreeMap[K, V]) ComputeIfAbsent(k K, f func(K) V) V {
	if old, ok := m.Lookup(k); ok && !isNilValue(any(old)) {
		return old
	}
	v := f(k)
	if !isNilValue(any(v)) {
		m.Put(k, v)
	}
	return v
}

// Size is size().
func (m *TreeMap[K, V]) Size() int32 { return int32(len(m.keys)) }

// IsEmpty is isEmpty().
func (m *TreeMap[K, V]) IsEmpty() bool { return len(m.keys) == 0 }

// Clear is clear().
func (m *TreeMap[K, V]) Clear() { m.keys, m.vals = nil, nil; m.modCount++ }

// Keys returns keys in ascending order (snapshot of keySet()).
func (m *TreeMap[K, V]) Keys() []K { return append([]K(nil), m.keys...) }

// Values returns values in key order.
func (m *TreeMap[K, V]) Values() []V { return append([]V(nil), m.vals...) }

// Entries returns entries in key order.
func (m *TreeMap[K, V]) Entries() []*MapEntry[K, V] {
	out := make([]*MapEntry[K, V], len(m.keys))
	for i := range m.keys {
		k := m.keys[i]
		out[i] = &MapEntry[K, V]{k, m.vals[i], func(v V) { m.Put(k, v) }}
	}
	return out
}

// ForEach is forEach.
func (m *TreeMap[K, V]) ForEach(f func(K, V)) {
	mc := m.modCount
	for i := range m.keys {
		f(m.keys[i], m.vals[i])
		if m.modCount != mc {
			panic(&ConcurrentModificationException{})
		}
	}
}

func (m *TreeMap[K, V]) entryAt(i int) *MapEntry[K, V] {
	if i < 0 || i >= len(m.keys) {
		return nil
	}
	// firstEntry, floorEntry, pollFirstEntry… return snapshots: setValue throws (AbstractMap.SimpleImmutableEntry).
	return &MapEntry[K, V]{Key: m.keys[i], Value: m.vals[i], set: func(V) { panic(&UnsupportedOperationException{}) }}
}

func (m *TreeMap[K, V]) keyAt(i int) K {
	if i < 0 || i >= len(m.keys) {
		var zk K
		return zk
	}
	return m.keys[i]
}

// FirstKey is firstKey (NoSuchElementException when empty).
func (m *TreeMap[K, V]) FirstKey() K {
	if len(m.keys) == 0 {
		panic(&NoSuchElementException{})
	}
	return m.keys[0]
}

// LastKey is lastKey.
func (m *TreeMap[K, V]) LastKey() K {
	if len(m.keys) == 0 {
		panic(&NoSuchElementException{})
	}
	return m.keys[len(m.keys)-1]
}

// FirstEntry is firstEntry (nil when empty).
func (m *TreeMap[K, V]) FirstEntry() *MapEntry[K, V] { return m.entryAt(0) }

// LastEntry is lastEntry.
func (m *TreeMap[K, V]) LastEntry() *MapEntry[K, V] { return m.entryAt(len(m.keys) - 1) }

// PollFirstEntry is pollFirstEntry.
func (m *TreeMap[K, V]) PollFirstEntry() *MapEntry[K, V] {
	e := m.entryAt(0)
	if e != nil {
		m.Remove(e.Key)
	}
	return e
}

// PollLastEntry is pollLastEntry.
func (m *TreeMap[K, V]) PollLastEntry() *MapEntry[K, V] {
	e := m.entryAt(len(m.keys) - 1)
	if e != nil {
		m.Remove(e.Key)
	}
	return e
}

func (m *TreeMap[K, V]) floorIdx(k K, inclusive bool) int {
	i, found := m.search(k)
	if found && inclusive {
		return i
	}
	return i - 1
}

func (m *TreeMap[K, V]) ceilIdx(k K, inclusive bool) int {
	i, found := m.search(k)
	if found && !inclusive {
		return i + 1
	}
	return i
}

// FloorKey is floorKey (zero/nil when none).
func (m *TreeMap[K, V]) FloorKey(k K) K { return m.keyAt(m.floorIdx(k, true)) }

// LowerKey is lowerKey.
func (m *TreeMap[K, V]) LowerKey(k K) K { return m.keyAt(m.floorIdx(k, false)) }

// CeilingKey is ceilingKey.
func (m *TreeMap[K, V]) CeilingKey(k K) K { return m.keyAt(m.ceilIdx(k, true)) }

// HigherKey is higherKey.
func (m *TreeMap[K, V]) HigherKey(k K) K { return m.keyAt(m.ceilIdx(k, false)) }

// FloorEntry is floorEntry (nil when none); the *Key forms cannot signal
// "none" for primitive keys, so emitted code should prefer entries there.
func (m *TreeMap[K, V]) FloorEntry(k K) *MapEntry[K, V] { return m.entryAt(m.floorIdx(k, true)) }

// CeilingEntry is ceilingEntry.
func (m *TreeMap[K, V]) CeilingEntry(k K) *MapEntry[K, V] { return m.entryAt(m.ceilIdx(k, true)) }

// LowerEntry is lowerEntry.
func (m *TreeMap[K, V]) LowerEntry(k K) *MapEntry[K, V] { return m.entryAt(m.floorIdx(k, false)) }

// HigherEntry is higherEntry.
func (m *TreeMap[K, V]) HigherEntry(k K) *MapEntry[K, V] { return m.entryAt(m.ceilIdx(k, false)) }

func (m *TreeMap[K, V]) slice(from, to int) *TreeMap[K, V] {
	if from > to {
		from = to
	}
	return &TreeMap[K, V]{keys: append([]K(nil), m.keys[from:to]...), vals: append([]V(nil), m.vals[from:to]...), cmp: m.cmp}
}

// HeadMap is headMap(toKey, inclusive) as a copy.
func (m *TreeMap[K, V]) HeadMap(to K, inclusive bool) *TreeMap[K, V] {
	return m.slice(0, m.floorIdx(to, inclusive)+1)
}

// TailMap is tailMap(fromKey, inclusive) as a copy.
func (m *TreeMap[K, V]) TailMap(from K, inclusive bool) *TreeMap[K, V] {
	return m.slice(m.ceilIdx(from, inclusive), len(m.keys))
}

// SubMap is subMap(from, true, to, false) as a copy.
func (m *TreeMap[K, V]) SubMap(from, to K) *TreeMap[K, V] {
	if m.cmp(from, to) > 0 {
		panic(NewIllegalArgumentException("fromKey > toKey"))
	}
	return m.slice(m.ceilIdx(from, true), m.floorIdx(to, false)+1)
}

// DescendingKeys is descendingKeySet() as a slice.
func (m *TreeMap[K, V]) DescendingKeys() []K {
	out := make([]K, len(m.keys))
	for i, k := range m.keys {
		out[len(out)-1-i] = k
	}
	return out
}

// ToString is {k1=v1, k2=v2}.
func (m *TreeMap[K, V]) ToString() string {
	b := []byte{'{'}
	for i := range m.keys {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, mapElemString(m.keys[i], m)...)
		b = append(b, '=')
		b = append(b, mapElemString(m.vals[i], m)...)
	}
	return string(append(b, '}'))
}

// Equals is Map.equals against another TreeMap.
func (m *TreeMap[K, V]) Equals(o any) bool {
	x, ok := o.(*TreeMap[K, V])
	if !ok || len(x.keys) != len(m.keys) {
		return false
	}
	for i, k := range m.keys {
		v, ok := x.Lookup(k)
		if !ok || !Equals(v, m.vals[i]) {
			return false
		}
	}
	return true
}

// HashCode is Map.hashCode.
func (m *TreeMap[K, V]) HashCode() int32 {
	var h int32
	for i := range m.keys {
		h += HashCode(m.keys[i]) ^ HashCode(m.vals[i])
	}
	return h
}

// TreeSet is java.util.TreeSet.
type TreeSet[E any] struct{ m *TreeMap[E, struct{}] }

// NewTreeSet is new TreeSet<>(comparator); nil = natural ordering.
func NewTreeSet[E any](cmp func(a, b E) int32) *TreeSet[E] {
	return &TreeSet[E]{NewTreeMap[E, struct{}](cmp)}
}

// JavaClassName implements JavaClassNamer.
// HeadSet is headSet(to[, inclusive]) as a copy.
func (s *TreeSet[E]) HeadSet(to E, inclusive ...bool) *TreeSet[E] {
	return &TreeSet[E]{s.m.HeadMap(to, len(inclusive) > 0 && inclusive[0])}
}

// DescendingSet is descendingSet() as a copy ordered the other way.
func (s *TreeSet[E]) DescendingSet() *TreeSet[E] {
	cmp := s.m.cmp
	d := NewTreeSet[E](func(a, b E) int32 {
		if cmp != nil {
			return cmp(b, a)
		}
		return Compare(b, a)
	})
	d.AddAll(s.Items())
	return d
}

func (s *TreeSet[E]) JavaClassName() string { return "java.util.TreeSet" }

// Add is add.
func (s *TreeSet[E]) Add(v E) bool {
	if s.m.ContainsKey(v) {
		return false
	}
	s.m.Put(v, struct{}{})
	return true
}

// AddAll is addAll.
func (s *TreeSet[E]) AddAll(items []E) bool {
	changed := false
	for _, v := range items {
		changed = s.Add(v) || changed
	}
	return changed
}

// Contains is contains.
func (s *TreeSet[E]) Contains(v E) bool { return s.m.ContainsKey(v) }

// Remove is remove.
func (s *TreeSet[E]) Remove(v E) bool {
	if !s.m.ContainsKey(v) {
		return false
	}
	s.m.Remove(v)
	return true
}

// Size is size().
func (s *TreeSet[E]) Size() int32 { return s.m.Size() }

// IsEmpty is isEmpty().
func (s *TreeSet[E]) IsEmpty() bool { return s.m.IsEmpty() }

// Items returns the elements in order.
func (s *TreeSet[E]) Items() []E { return s.m.Keys() }

// First is first().
func (s *TreeSet[E]) First() E { return s.m.FirstKey() }

// Last is last().
func (s *TreeSet[E]) Last() E { return s.m.LastKey() }

// Floor is floor(e).
func (s *TreeSet[E]) Floor(v E) E { return s.m.FloorKey(v) }

// Ceiling is ceiling(e).
func (s *TreeSet[E]) Ceiling(v E) E { return s.m.CeilingKey(v) }

// Lower is lower(e).
func (s *TreeSet[E]) Lower(v E) E { return s.m.LowerKey(v) }

// Higher is higher(e).
func (s *TreeSet[E]) Higher(v E) E { return s.m.HigherKey(v) }

// PollFirst is pollFirst.
func (s *TreeSet[E]) PollFirst() E {
	zero := Null[E]()
	if e := s.m.PollFirstEntry(); e != nil {
		return e.Key
	}
	return zero
}

// ToString is [a, b, c].
func (s *TreeSet[E]) ToString() string { return collectionString(s.m.keys, s) }
