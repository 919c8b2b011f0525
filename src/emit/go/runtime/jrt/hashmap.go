// java.util.HashMap/HashSet/LinkedHashMap/LinkedHashSet with Java's
// iteration order.
//
// Programs print maps and iterate them, so the order is observable output.
// HashMap is therefore Java's own structure: a power-of-two table of
// chains, hash spreading h ^ (h >>> 16), resize at 0.75 load that splits
// each chain into lo/hi halves preserving order, the same initial-capacity
// rules. Keys use Equals/HashCode (Java equals/hashCode). Not reproduced:
// treeification of chains longer than 8 (changes order only after 8+
// full-hash collisions in one bucket).

package jrt

import "strings"

type hmNode[K, V any] struct {
	hash  int32
	key   K
	value V
	next  *hmNode[K, V]
	// insertion/access-order links, used when the map is linked
	before, after *hmNode[K, V]
}

// HashMap is java.util.HashMap (and, with linked set, LinkedHashMap).
type HashMap[K, V any] struct {
	table     []*hmNode[K, V]
	size      int
	threshold int
	modCount  int
	// LinkedHashMap state
	linked      bool
	accessOrder bool
	head, tail  *hmNode[K, V]
	// RemoveEldest is LinkedHashMap.removeEldestEntry: called after an
	// insertion with the eldest entry; returning true removes it.
	RemoveEldest func(eldest *MapEntry[K, V]) bool
	immutable    bool // Map.of / Set.of: every change is an UnsupportedOperationException
}

// checkMutable rejects changes to an immutable map (Map.of, Set.of).
func (m *HashMap[K, V]) checkMutable() {
	if m.immutable {
		panic(&UnsupportedOperationException{})
	}
}

// MapEntry is Map.Entry: a snapshot key/value pair (setValue is not a view).
type MapEntry[K, V any] struct {
	Key   K
	Value V
	set   func(V)
}

// SetValue is setValue(v): writes through to the map the entry came from (entrySet of a HashMap/TreeMap).
func (e *MapEntry[K, V]) SetValue(v V) V {
	if e.set != nil {
		e.set(v)
	}
	old := e.Value
	e.Value = v
	return old
}

// MapEntryOf is Map.entry(k, v): immutable, and neither may be null.
func MapEntryOf[K, V any](k K, v V) *MapEntry[K, V] {
	if isNilValue(any(k)) || isNilValue(any(v)) {
		panic(&NullPointerException{})
	}
	return &MapEntry[K, V]{k, v, func(V) { panic(&UnsupportedOperationException{}) }}
}

// GetKey is getKey().
func (e *MapEntry[K, V]) GetKey() K { return e.Key }

// GetValue is getValue().
func (e *MapEntry[K, V]) GetValue() V { return e.Value }

// ToString is "key=value".
func (e *MapEntry[K, V]) ToString() string { return ToString(e.Key) + "=" + ToString(e.Value) }

// Equals is Map.Entry equality.
func (e *MapEntry[K, V]) Equals(o any) bool {
	x, ok := o.(*MapEntry[K, V])
	return ok && Equals(e.Key, x.Key) && Equals(e.Value, x.Value)
}

// HashCode is hash(key) ^ hash(value).
func (e *MapEntry[K, V]) HashCode() int32 { return HashCode(e.Key) ^ HashCode(e.Value) }

// tableSizeFor is the smallest power of two >= c (1 for c <= 1).
func tableSizeFor(c int) int {
	n := 1
	for n < c {
		n <<= 1
	}
	return min(n, 1<<30)
}

// NewHashMap is new HashMap<>().
func NewHashMap[K, V any]() *HashMap[K, V] { return &HashMap[K, V]{} }

// NewHashMapCap is new HashMap<>(initialCapacity).
func NewHashMapCap[K, V any](initialCapacity int32) *HashMap[K, V] {
	if initialCapacity < 0 {
		panic(NewIllegalArgumentException("Illegal initial capacity: " + itoa(initialCapacity)))
	}
	return &HashMap[K, V]{threshold: tableSizeFor(int(initialCapacity))}
}

// NewHashMapFrom is new HashMap<>(map): pre-sized, then filled in the
// source's iteration order.
func NewHashMapFrom[K, V any](src *HashMap[K, V]) *HashMap[K, V] {
	m := &HashMap[K, V]{}
	m.PutAll(src)
	return m
}

// NewLinkedHashMap is new LinkedHashMap<>() (accessOrder false) or
// new LinkedHashMap<>(16, 0.75f, true) for access order.
func NewLinkedHashMap[K, V any](accessOrder bool) *HashMap[K, V] {
	return &HashMap[K, V]{linked: true, accessOrder: accessOrder}
}

// JavaClassName implements JavaClassNamer.
func (m *HashMap[K, V]) JavaClassName() string {
	if m.linked {
		return "java.util.LinkedHashMap"
	}
	return "java.util.HashMap"
}

func spread(h int32) int32 { return h ^ int32(uint32(h)>>16) }

func hashOf(k any) int32 { return spread(HashCode(k)) }

func (m *HashMap[K, V]) resize() {
	oldCap := len(m.table)
	var newCap int
	switch {
	case oldCap > 0:
		newCap = oldCap * 2
		m.threshold *= 2
		if oldCap < 16 {
			// Java recomputes the threshold from the float load factor here.
			m.threshold = int(float32(newCap) * 0.75)
		}
	case m.threshold > 0:
		newCap = m.threshold
		m.threshold = int(float32(newCap) * 0.75)
	default:
		newCap = 16
		m.threshold = 12
	}
	newTab := make([]*hmNode[K, V], newCap)
	for j, e := range m.table {
		var loHead, loTail, hiHead, hiTail *hmNode[K, V]
		for e != nil {
			next := e.next
			e.next = nil
			if int(e.hash)&oldCap == 0 {
				if loTail == nil {
					loHead = e
				} else {
					loTail.next = e
				}
				loTail = e
			} else {
				if hiTail == nil {
					hiHead = e
				} else {
					hiTail.next = e
				}
				hiTail = e
			}
			e = next
		}
		newTab[j] = loHead
		newTab[j+oldCap] = hiHead
	}
	m.table = newTab
}

func (m *HashMap[K, V]) find(key K) *hmNode[K, V] {
	if len(m.table) == 0 {
		return nil
	}
	h := hashOf(key)
	for e := m.table[int(h)&(len(m.table)-1)]; e != nil; e = e.next {
		if e.hash == h && Equals(e.key, key) {
			return e
		}
	}
	return nil
}

// insert adds a new node (key known absent) at the chain tail, or at the
// head when front is set: Java's compute/computeIfAbsent/merge prepend
// while put appends, and the difference shows in the iteration order.
func (m *HashMap[K, V]) insert(h int32, key K, value V, front bool) *hmNode[K, V] {
	n := &hmNode[K, V]{hash: h, key: key, value: value}
	i := int(h) & (len(m.table) - 1)
	if front {
		n.next = m.table[i]
		m.table[i] = n
	} else if m.table[i] == nil {
		m.table[i] = n
	} else {
		e := m.table[i]
		for e.next != nil {
			e = e.next
		}
		e.next = n
	}
	if m.linked {
		n.before = m.tail
		if m.tail == nil {
			m.head = n
		} else {
			m.tail.after = n
		}
		m.tail = n
	}
	m.modCount++
	m.size++
	return n
}

func (m *HashMap[K, V]) afterAccess(e *hmNode[K, V]) {
	if !m.linked || !m.accessOrder || m.tail == e {
		return
	}
	m.unlinkOrder(e)
	e.before, e.after = m.tail, nil
	if m.tail == nil {
		m.head = e
	} else {
		m.tail.after = e
	}
	m.tail = e
	m.modCount++
}

func (m *HashMap[K, V]) unlinkOrder(e *hmNode[K, V]) {
	if e.before == nil {
		m.head = e.after
	} else {
		e.before.after = e.after
	}
	if e.after == nil {
		m.tail = e.before
	} else {
		e.after.before = e.before
	}
	e.before, e.after = nil, nil
}

func (m *HashMap[K, V]) afterInsert() {
	if m.linked && m.RemoveEldest != nil && m.head != nil {
		first := m.head
		if m.RemoveEldest(&MapEntry[K, V]{Key: first.key, Value: first.value}) {
			m.Remove(first.key)
		}
	}
}

// put is putVal: onlyIfAbsent keeps an existing value.
func (m *HashMap[K, V]) put(key K, value V, onlyIfAbsent bool) (old V, existed bool) {
	m.checkMutable()
	if len(m.table) == 0 {
		m.resize()
	}
	if e := m.find(key); e != nil {
		old = e.value
		if !onlyIfAbsent || isNilValue(any(old)) {
			e.value = value
		}
		m.afterAccess(e)
		return old, true
	}
	m.insert(hashOf(key), key, value, false)
	if m.size > m.threshold {
		m.resize()
	}
	m.afterInsert()
	return old, false
}

// Put is put(key, value); it returns the previous value (zero/nil if none).
func (m *HashMap[K, V]) Put(key K, value V) V {
	old, _ := m.put(key, value, false)
	return old
}

// PutIfAbsent is putIfAbsent (a null existing value counts as absent).
func (m *HashMap[K, V]) PutIfAbsent(key K, value V) V {
	old, _ := m.put(key, value, true)
	return old
}

// Get is get(key) (zero value/nil when absent).
func (m *HashMap[K, V]) Get(key K) V {
	v, _ := m.Lookup(key)
	return v
}

// Lookup returns the value and whether the key is present.
func (m *HashMap[K, V]) Lookup(key K) (V, bool) {
	if e := m.find(key); e != nil {
		m.afterAccess(e)
		return e.value, true
	}
	zero := Null[V]()
	return zero, false
}

// GetOrDefault is getOrDefault.
func (m *HashMap[K, V]) GetOrDefault(key K, def V) V {
	if v, ok := m.Lookup(key); ok {
		return v
	}
	return def
}

// ContainsKey is containsKey.
func (m *HashMap[K, V]) ContainsKey(key K) bool { return m.find(key) != nil }

// ContainsValue is containsValue.
func (m *HashMap[K, V]) ContainsValue(v V) bool {
	found := false
	m.each(func(e *hmNode[K, V]) bool { found = Equals(e.value, v); return !found })
	return found
}

// Remove is remove(key); it returns the removed value (zero/nil if none).
func (m *HashMap[K, V]) Remove(key K) V {
	m.checkMutable()
	zero := Null[V]()
	if len(m.table) == 0 {
		return zero
	}
	h := hashOf(key)
	i := int(h) & (len(m.table) - 1)
	var prev *hmNode[K, V]
	for e := m.table[i]; e != nil; prev, e = e, e.next {
		if e.hash == h && Equals(e.key, key) {
			if prev == nil {
				m.table[i] = e.next
			} else {
				prev.next = e.next
			}
			if m.linked {
				m.unlinkOrder(e)
			}
			m.size--
			m.modCount++
			return e.value
		}
	}
	return zero
}

// Size is size().
func (m *HashMap[K, V]) Size() int32 { return int32(m.size) }

// IsEmpty is isEmpty().
func (m *HashMap[K, V]) IsEmpty() bool { return m.size == 0 }

// Clear is clear() (the table keeps its capacity, as in Java).
func (m *HashMap[K, V]) Clear() {
	m.checkMutable()
	clear(m.table)
	m.head, m.tail = nil, nil
	m.size = 0
	m.modCount++
}

// PutAll is putAll(other), iterating other in its order.
func (m *HashMap[K, V]) PutAll(other Map[K, V]) {
	m.checkMutable()
	s := int(other.Size())
	if s == 0 {
		return
	}
	if len(m.table) == 0 {
		ft := float32(s)/0.75 + 1
		if t := int(ft); t > m.threshold {
			m.threshold = tableSizeFor(t)
		}
	} else {
		for s > m.threshold && len(m.table) < 1<<30 {
			m.resize()
		}
	}
	if h, ok := other.(*HashMap[K, V]); ok {
		h.each(func(e *hmNode[K, V]) bool { m.put(e.key, e.value, false); return true })
		return
	}
	for _, e := range other.Entries() {
		m.put(e.Key, e.Value, false)
	}
}

// ComputeIfAbsent is computeIfAbsent. A nil result (for pointer/interface
// value types) records nothing, as Java does for null.
func (m *HashMap[K, V]) ComputeIfAbsent(key K, f func(K) V) V {
	m.checkMutable()
	if e := m.find(key); e != nil && !isNilValue(any(e.value)) {
		m.afterAccess(e)
		return e.value
	}
	// Java resizes before, not after, inserting here.
	if len(m.table) == 0 || m.size > m.threshold {
		m.resize()
	}
	mc := m.modCount
	v := f(key)
	if m.modCount != mc {
		panic(&ConcurrentModificationException{})
	}
	if isNilValue(any(v)) {
		return v
	}
	if e := m.find(key); e != nil {
		e.value = v
		m.afterAccess(e)
		return v
	}
	m.insert(hashOf(key), key, v, true)
	m.afterInsert()
	return v
}

// ComputeIfPresent is computeIfPresent; a nil result removes the key.
func (m *HashMap[K, V]) ComputeIfPresent(key K, f func(K, V) V) V {
	m.checkMutable()
	zero := Null[V]()
	e := m.find(key)
	if e == nil || isNilValue(any(e.value)) {
		return zero
	}
	v := f(key, e.value)
	if isNilValue(any(v)) {
		m.Remove(key)
		return zero
	}
	e.value = v
	m.afterAccess(e)
	return v
}

// Compute is compute; a nil result removes the key.
func (m *HashMap[K, V]) Compute(key K, f func(K, V) V) V {
	m.checkMutable()
	if len(m.table) == 0 || m.size > m.threshold {
		m.resize()
	}
	var old V
	e := m.find(key)
	if e != nil {
		old = e.value
	}
	v := f(key, old)
	if isNilValue(any(v)) {
		if e != nil {
			m.Remove(key)
		}
		return v
	}
	if e != nil {
		e.value = v
		m.afterAccess(e)
		return v
	}
	m.insert(hashOf(key), key, v, true)
	m.afterInsert()
	return v
}

// Merge is merge(key, value, f).
func (m *HashMap[K, V]) Merge(key K, value V, f func(V, V) V) V {
	m.checkMutable()
	if len(m.table) == 0 || m.size > m.threshold {
		m.resize()
	}
	e := m.find(key)
	if e != nil {
		v := value
		if !isNilValue(any(e.value)) {
			v = f(e.value, value)
		}
		if isNilValue(any(v)) {
			m.Remove(key)
		} else {
			e.value = v
			m.afterAccess(e)
		}
		return v
	}
	m.insert(hashOf(key), key, value, true)
	m.afterInsert()
	return value
}

// each visits entries in iteration order until f returns false.
func (m *HashMap[K, V]) each(f func(e *hmNode[K, V]) bool) {
	if m.linked {
		for e := m.head; e != nil; e = e.after {
			if !f(e) {
				return
			}
		}
		return
	}
	for _, e := range m.table {
		for ; e != nil; e = e.next {
			if !f(e) {
				return
			}
		}
	}
}

// ForEach is forEach((k, v) -> ...), fail-fast like Java.
func (m *HashMap[K, V]) ForEach(f func(K, V)) {
	mc := m.modCount
	m.each(func(e *hmNode[K, V]) bool {
		f(e.key, e.value)
		if m.modCount != mc {
			panic(&ConcurrentModificationException{})
		}
		return true
	})
}

// Keys returns the keys in iteration order (a snapshot of keySet()).
func (m *HashMap[K, V]) Keys() []K {
	out := make([]K, 0, m.size)
	m.each(func(e *hmNode[K, V]) bool { out = append(out, e.key); return true })
	return out
}

// Values returns the values in iteration order (a snapshot of values()).
func (m *HashMap[K, V]) Values() []V {
	out := make([]V, 0, m.size)
	m.each(func(e *hmNode[K, V]) bool { out = append(out, e.value); return true })
	return out
}

// Entries returns the entries in iteration order (a snapshot of entrySet()).
func (m *HashMap[K, V]) Entries() []*MapEntry[K, V] {
	out := make([]*MapEntry[K, V], 0, m.size)
	m.each(func(e *hmNode[K, V]) bool {
		out = append(out, &MapEntry[K, V]{e.key, e.value, func(v V) { e.value = v }})
		return true
	})
	return out
}

// MapIterator iterates a HashMap's entries with Java's fail-fast checks.
type MapIterator[K, V any] struct {
	m        *HashMap[K, V]
	nodes    []*hmNode[K, V]
	i        int
	last     *hmNode[K, V]
	modCount int
}

// Iterator is entrySet().iterator(); use Next().Key for keySet iteration.
func (m *HashMap[K, V]) Iterator() *MapIterator[K, V] {
	it := &MapIterator[K, V]{m: m, modCount: m.modCount}
	m.each(func(e *hmNode[K, V]) bool { it.nodes = append(it.nodes, e); return true })
	return it
}

// HasNext is hasNext().
func (it *MapIterator[K, V]) HasNext() bool { return it.i < len(it.nodes) }

// Next is next().
func (it *MapIterator[K, V]) Next() *MapEntry[K, V] {
	if it.m.modCount != it.modCount {
		panic(&ConcurrentModificationException{})
	}
	if it.i >= len(it.nodes) {
		panic(&NoSuchElementException{})
	}
	it.last = it.nodes[it.i]
	it.i++
	n := it.last
	return &MapEntry[K, V]{n.key, n.value, func(v V) { n.value = v }}
}

// SetValue is entry.setValue(v) on the entry last returned by Next.
func (it *MapIterator[K, V]) SetValue(v V) {
	it.m.checkMutable()
	it.last.value = v
}

// Remove is iterator.remove().
func (it *MapIterator[K, V]) Remove() {
	if it.last == nil {
		panic(&IllegalStateException{})
	}
	if it.m.modCount != it.modCount {
		panic(&ConcurrentModificationException{})
	}
	it.m.Remove(it.last.key)
	it.last = nil
	it.modCount = it.m.modCount
}

// RemoveIf is entrySet().removeIf / keySet().removeIf via a predicate on both.
func (m *HashMap[K, V]) RemoveIf(pred func(K, V) bool) bool {
	m.checkMutable()
	removed := false
	for it := m.Iterator(); it.HasNext(); {
		if e := it.Next(); pred(e.Key, e.Value) {
			it.Remove()
			removed = true
		}
	}
	return removed
}

// ToString is AbstractMap.toString: {k1=v1, k2=v2}.
func (m *HashMap[K, V]) ToString() string {
	var b strings.Builder
	b.WriteByte('{')
	first := true
	m.each(func(e *hmNode[K, V]) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(mapElemString(e.key, m))
		b.WriteByte('=')
		b.WriteString(mapElemString(e.value, m))
		return true
	})
	b.WriteByte('}')
	return b.String()
}

func mapElemString(v any, self any) string {
	if v == self {
		return "(this Map)"
	}
	return ToString(v)
}

// Equals is Map.equals: same size and same mappings.
func (m *HashMap[K, V]) Equals(o any) bool {
	x, ok := o.(*HashMap[K, V])
	if !ok || x.size != m.size {
		return false
	}
	eq := true
	m.each(func(e *hmNode[K, V]) bool {
		v, ok := x.Lookup(e.key)
		eq = ok && Equals(v, e.value)
		return eq
	})
	return eq
}

// HashCode is Map.hashCode: sum of entry hashes.
func (m *HashMap[K, V]) HashCode() int32 {
	var h int32
	m.each(func(e *hmNode[K, V]) bool { h += HashCode(e.key) ^ HashCode(e.value); return true })
	return h
}

// ---- sets ----

// HashSet is java.util.HashSet (or LinkedHashSet), backed by a HashMap so
// its iteration order is Java's.
type HashSet[E any] struct{ m *HashMap[E, struct{}] }

// NewHashSet is new HashSet<>().
func NewHashSet[E any]() *HashSet[E] { return &HashSet[E]{NewHashMap[E, struct{}]()} }

// NewHashSetCap is new HashSet<>(initialCapacity).
func NewHashSetCap[E any](n int32) *HashSet[E] { return &HashSet[E]{NewHashMapCap[E, struct{}](n)} }

// NewHashSetFrom is new HashSet<>(collection): capacity max(n/.75+1, 16).
func NewHashSetFrom[E any](items []E) *HashSet[E] {
	s := &HashSet[E]{NewHashMapCap[E, struct{}](int32(max(int(float32(len(items))/0.75)+1, 16)))}
	for _, v := range items {
		s.Add(v)
	}
	return s
}

// NewLinkedHashSet is new LinkedHashSet<>().
func NewLinkedHashSet[E any]() *HashSet[E] {
	return &HashSet[E]{NewLinkedHashMap[E, struct{}](false)}
}

// JavaClassName implements JavaClassNamer.
func (s *HashSet[E]) JavaClassName() string {
	if s.m.linked {
		return "java.util.LinkedHashSet"
	}
	return "java.util.HashSet"
}

// Add is add(e): true if it was not already present.
func (s *HashSet[E]) Add(v E) bool {
	_, existed := s.m.put(v, struct{}{}, false)
	return !existed
}

// AddAll is addAll(items).
func (s *HashSet[E]) AddAll(items []E) bool {
	changed := false
	for _, v := range items {
		changed = s.Add(v) || changed
	}
	return changed
}

// Contains is contains(e).
func (s *HashSet[E]) Contains(v E) bool { return s.m.ContainsKey(v) }

// Remove is remove(e).
func (s *HashSet[E]) Remove(v E) bool {
	s.m.checkMutable()
	if !s.m.ContainsKey(v) {
		return false
	}
	s.m.Remove(v)
	return true
}

// Size is size().
func (s *HashSet[E]) Size() int32 { return int32(s.m.size) }

// IsEmpty is isEmpty().
func (s *HashSet[E]) IsEmpty() bool { return s.m.size == 0 }

// Clear is clear().
func (s *HashSet[E]) Clear() { s.m.Clear() }

// Items returns the elements in iteration order (snapshot).
func (s *HashSet[E]) Items() []E { return s.m.Keys() }

// ToArray is toArray().
func (s *HashSet[E]) ToArray() []E { return s.m.Keys() }

// ForEach is forEach.
func (s *HashSet[E]) ForEach(f func(E)) { s.m.ForEach(func(k E, _ struct{}) { f(k) }) }

// RemoveIf is removeIf.
func (s *HashSet[E]) RemoveIf(pred func(E) bool) bool {
	return s.m.RemoveIf(func(k E, _ struct{}) bool { return pred(k) })
}

// RetainAll is retainAll(other).
func (s *HashSet[E]) RetainAll(other *HashSet[E]) bool {
	return s.RemoveIf(func(v E) bool { return !other.Contains(v) })
}

// SetIterator is a set iterator with remove support.
type SetIterator[E any] struct{ it *MapIterator[E, struct{}] }

// Iterator is iterator().
func (s *HashSet[E]) Iterator() *SetIterator[E] { return &SetIterator[E]{s.m.Iterator()} }

// HasNext is hasNext().
func (it *SetIterator[E]) HasNext() bool { return it.it.HasNext() }

// Next is next().
func (it *SetIterator[E]) Next() E { return it.it.Next().Key }

// Remove is remove().
func (it *SetIterator[E]) Remove() { it.it.Remove() }

// ToString is [a, b, c].
func (s *HashSet[E]) ToString() string { return collectionString(s.m.Keys(), s) }

// Equals is Set.equals.
func (s *HashSet[E]) Equals(o any) bool {
	x, ok := o.(*HashSet[E])
	if !ok || x.Size() != s.Size() {
		return false
	}
	for _, v := range s.m.Keys() {
		if !x.Contains(v) {
			return false
		}
	}
	return true
}

// HashCode is Set.hashCode: sum of element hashes.
func (s *HashSet[E]) HashCode() int32 {
	var h int32
	for _, v := range s.m.Keys() {
		h += HashCode(v)
	}
	return h
}

// collectionString is AbstractCollection.toString.
func collectionString[E any](items []E, self any) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, v := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if any(v) == self {
			b.WriteString("(this Collection)")
		} else {
			b.WriteString(ToString(v))
		}
	}
	b.WriteByte(']')
	return b.String()
}
