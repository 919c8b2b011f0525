package jrt

// Streams are evaluated eagerly over a slice: each intermediate operation runs to completion
// before the next one starts (so side effects in peek/map interleave differently from Java's
// lazy pipelines, and infinite sources are not supported).

// Stream is java.util.stream.Stream (and IntStream/LongStream/DoubleStream over int32/int64/float64).
type Stream[T any] struct{ items []T }

// NewStream streams a copy of items (collection.stream(), Arrays.stream(a)).
func NewStream[T any](items []T) *Stream[T] {
	return &Stream[T]{append([]T{}, items...)}
}

// StreamOf is Stream.of(...) / IntStream.of(...).
func StreamOf[T any](items ...T) *Stream[T] { return NewStream(items) }

// IntRange is IntStream.range(from, to).
func IntRange(from, to int32) *Stream[int32] {
	out := []int32{}
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return &Stream[int32]{out}
}

// IntRangeClosed is IntStream.rangeClosed(from, to).
func IntRangeClosed(from, to int32) *Stream[int32] {
	out := []int32{}
	for i := int64(from); i <= int64(to); i++ {
		out = append(out, int32(i))
	}
	return &Stream[int32]{out}
}

// LongRange is LongStream.range(from, to).
func LongRange(from, to int64) *Stream[int64] {
	out := []int64{}
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return &Stream[int64]{out}
}

// LongRangeClosed is LongStream.rangeClosed(from, to).
func LongRangeClosed(from, to int64) *Stream[int64] {
	out := []int64{}
	for i := from; i <= to; i++ {
		out = append(out, i)
		if i == to { // to may be Long.MAX_VALUE
			break
		}
	}
	return &Stream[int64]{out}
}

// StringChars is String.chars().
func StringChars(s string) *Stream[int32] {
	u := unitsOf(s)
	out := make([]int32, len(u))
	for i, c := range u {
		out[i] = int32(c)
	}
	return &Stream[int32]{out}
}

// StringCodePoints is String.codePoints().
func StringCodePoints(s string) *Stream[int32] { return &Stream[int32]{runesOf(s)} }

// StreamConcat is Stream.concat(a, b).
func StreamConcat[T any](a, b *Stream[T]) *Stream[T] {
	return &Stream[T]{append(append([]T{}, a.items...), b.items...)}
}

// Filter is filter.
func (s *Stream[T]) Filter(p func(T) bool) *Stream[T] {
	out := []T{}
	for _, x := range s.items {
		if p(x) {
			out = append(out, x)
		}
	}
	return &Stream[T]{out}
}

// StreamMap is map / mapToInt / mapToObj / boxed / asLongStream ...
func StreamMap[T, U any](s *Stream[T], f func(T) U) *Stream[U] {
	out := make([]U, len(s.items))
	for i, x := range s.items {
		out[i] = f(x)
	}
	return &Stream[U]{out}
}

// StreamFlatMap is flatMap.
func StreamFlatMap[T, U any](s *Stream[T], f func(T) *Stream[U]) *Stream[U] {
	out := []U{}
	for _, x := range s.items {
		if r := f(x); r != nil {
			out = append(out, r.items...)
		}
	}
	return &Stream[U]{out}
}

// Peek is peek.
func (s *Stream[T]) Peek(f func(T)) *Stream[T] {
	for _, x := range s.items {
		f(x)
	}
	return s
}

// Sorted is sorted() (nil: natural order) / sorted(cmp); stable.
func (s *Stream[T]) Sorted(cmp func(a, b T) int32) *Stream[T] {
	out := append([]T{}, s.items...)
	ArraysSort(out, cmp)
	return &Stream[T]{out}
}

// Distinct is distinct (by equals/hashCode, first occurrence kept).
func (s *Stream[T]) Distinct() *Stream[T] {
	seen := NewHashSet[T]()
	out := []T{}
	for _, x := range s.items {
		if seen.Add(x) {
			out = append(out, x)
		}
	}
	return &Stream[T]{out}
}

// Limit is limit(n).
func (s *Stream[T]) Limit(n int64) *Stream[T] {
	if n < 0 {
		panic(NewIllegalArgumentException(ToString(n)))
	}
	if n < int64(len(s.items)) {
		return &Stream[T]{s.items[:n]}
	}
	return s
}

// Skip is skip(n).
func (s *Stream[T]) Skip(n int64) *Stream[T] {
	if n < 0 {
		panic(NewIllegalArgumentException(ToString(n)))
	}
	if n >= int64(len(s.items)) {
		return &Stream[T]{[]T{}}
	}
	return &Stream[T]{s.items[n:]}
}

// ForEach is forEach / forEachOrdered.
func (s *Stream[T]) ForEach(f func(T)) {
	for _, x := range s.items {
		f(x)
	}
}

// Count is count().
func (s *Stream[T]) Count() int64 { return int64(len(s.items)) }

// AnyMatch is anyMatch.
func (s *Stream[T]) AnyMatch(p func(T) bool) bool {
	for _, x := range s.items {
		if p(x) {
			return true
		}
	}
	return false
}

// AllMatch is allMatch.
func (s *Stream[T]) AllMatch(p func(T) bool) bool {
	for _, x := range s.items {
		if !p(x) {
			return false
		}
	}
	return true
}

// NoneMatch is noneMatch.
func (s *Stream[T]) NoneMatch(p func(T) bool) bool { return !s.AnyMatch(p) }

// FindFirst is findFirst / findAny.
func (s *Stream[T]) FindFirst() *Optional[T] {
	if len(s.items) == 0 {
		return &Optional[T]{}
	}
	return OptionalOf(s.items[0])
}

// Max is max(cmp) (nil: natural order, for IntStream.max()).
func (s *Stream[T]) Max(cmp func(a, b T) int32) *Optional[T] { return s.pick(cmp, 1) }

// Min is min(cmp) (nil: natural order).
func (s *Stream[T]) Min(cmp func(a, b T) int32) *Optional[T] { return s.pick(cmp, -1) }

func (s *Stream[T]) pick(cmp func(a, b T) int32, sign int32) *Optional[T] {
	if len(s.items) == 0 {
		return &Optional[T]{}
	}
	if cmp == nil {
		cmp = func(a, b T) int32 { return Compare(a, b) }
	}
	best := s.items[0]
	for _, x := range s.items[1:] {
		c := cmp(x, best)
		if (sign > 0 && c > 0) || (sign < 0 && c < 0) {
			best = x
		}
	}
	return &Optional[T]{best, true}
}

// Reduce is reduce(identity, op).
func (s *Stream[T]) Reduce(identity T, op func(T, T) T) T {
	acc := identity
	for _, x := range s.items {
		acc = op(acc, x)
	}
	return acc
}

// ReduceOptional is reduce(op).
func (s *Stream[T]) ReduceOptional(op func(T, T) T) *Optional[T] {
	if len(s.items) == 0 {
		return &Optional[T]{}
	}
	acc := s.items[0]
	for _, x := range s.items[1:] {
		acc = op(acc, x)
	}
	return OptionalOf(acc)
}

// ToArray is toArray().
func (s *Stream[T]) ToArray() []T { return append([]T{}, s.items...) }

// ToList is Stream.toList() (unmodifiable).
func (s *Stream[T]) ToList() *ArrayList[T] { return ListOf(s.items...) }

// Items is the stream's elements.
func (s *Stream[T]) Items() []T { return s.items }

// StreamSum is IntStream/LongStream/DoubleStream.sum().
func StreamSum[T int32 | int64 | float64](s *Stream[T]) T {
	switch any(s).(type) {
	case *Stream[float64]:
		return any(kahanSum(any(s).(*Stream[float64]).items)).(T)
	}
	var acc T
	for _, x := range s.items {
		acc += x
	}
	return acc
}

func kahanSum(xs []float64) float64 {
	var sum, c, simple float64
	for _, v := range xs {
		simple += v
		tmp := v - c
		velvel := sum + tmp
		c = (velvel - sum) - tmp
		sum = velvel
	}
	tmp := sum - c
	if tmp != tmp && (simple > 1.7976931348623157e308 || simple < -1.7976931348623157e308) {
		return simple
	}
	return tmp
}

// StreamAverage is average().
func StreamAverage[T int32 | int64 | float64](s *Stream[T]) *Optional[float64] {
	if len(s.items) == 0 {
		return &Optional[float64]{}
	}
	switch x := any(s).(type) {
	case *Stream[float64]:
		return &Optional[float64]{kahanSum(x.items) / float64(len(x.items)), true}
	}
	var acc int64
	for _, x := range s.items {
		acc += int64(x)
	}
	return &Optional[float64]{float64(acc) / float64(len(s.items)), true}
}

// Collect applies a collector (a function of the stream's elements).
func Collect[T, R any](s *Stream[T], c func([]T) R) R { return c(s.items) }

// CollectToList is Collectors.toList().
func CollectToList[T any]() func([]T) *ArrayList[T] {
	return func(xs []T) *ArrayList[T] { return NewArrayList(xs...) }
}

// CollectToSet is Collectors.toSet().
func CollectToSet[T any]() func([]T) *HashSet[T] {
	return func(xs []T) *HashSet[T] {
		s := NewHashSet[T]()
		s.AddAll(xs)
		return s
	}
}

// CollectJoining is Collectors.joining(sep, prefix, suffix).
func CollectJoining[T any](sep, prefix, suffix string) func([]T) string {
	return func(xs []T) string {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = ToString(x)
		}
		return prefix + Join(sep, parts...) + suffix
	}
}

// CollectCounting is Collectors.counting().
func CollectCounting[T any]() func([]T) *int64 {
	return func(xs []T) *int64 { return BoxInt64(int64(len(xs))) }
}

// CollectSummingInt is Collectors.summingInt(f).
func CollectSummingInt[T any](f func(T) int32) func([]T) *int32 {
	return func(xs []T) *int32 {
		var acc int32
		for _, x := range xs {
			acc += f(x)
		}
		return BoxInt32(acc)
	}
}

// CollectAveragingInt is Collectors.averagingInt(f).
func CollectAveragingInt[T any](f func(T) int32) func([]T) *float64 {
	return func(xs []T) *float64 {
		if len(xs) == 0 {
			return BoxFloat64(0)
		}
		var acc int64
		for _, x := range xs {
			acc += int64(f(x))
		}
		return BoxFloat64(float64(acc) / float64(len(xs)))
	}
}

// CollectMapping is Collectors.mapping(f, downstream).
func CollectMapping[T, U, R any](f func(T) U, down func([]U) R) func([]T) R {
	return func(xs []T) R {
		ys := make([]U, len(xs))
		for i, x := range xs {
			ys[i] = f(x)
		}
		return down(ys)
	}
}

// CollectGroupingBy is Collectors.groupingBy(key, downstream) into a HashMap (or a TreeMap when sorted).
func CollectGroupingBy[T, K, R any](key func(T) K, down func([]T) R) func([]T) *HashMap[K, R] {
	return func(xs []T) *HashMap[K, R] {
		groups := NewLinkedHashMap[K, []T](false)
		for _, x := range xs {
			k := key(x)
			if isNilValue(any(k)) {
				panic(NewNullPointerException("element cannot be mapped to a null key"))
			}
			groups.Put(k, append(groups.Get(k), x))
		}
		out := NewHashMap[K, R]()
		for _, e := range groups.Entries() {
			out.Put(e.Key, down(e.Value))
		}
		return out
	}
}

// CollectGroupingByTree is Collectors.groupingBy(key, TreeMap::new, downstream).
func CollectGroupingByTree[T, K, R any](key func(T) K, down func([]T) R) func([]T) *TreeMap[K, R] {
	return func(xs []T) *TreeMap[K, R] {
		groups := NewLinkedHashMap[K, []T](false)
		for _, x := range xs {
			k := key(x)
			groups.Put(k, append(groups.Get(k), x))
		}
		out := NewTreeMap[K, R](nil)
		for _, e := range groups.Entries() {
			out.Put(e.Key, down(e.Value))
		}
		return out
	}
}

// CollectPartitioningBy is Collectors.partitioningBy(p, downstream).
func CollectPartitioningBy[T, R any](p func(T) bool, down func([]T) R) func([]T) *HashMap[*bool, R] {
	return func(xs []T) *HashMap[*bool, R] {
		var yes, no []T
		for _, x := range xs {
			if p(x) {
				yes = append(yes, x)
			} else {
				no = append(no, x)
			}
		}
		out := NewLinkedHashMap[*bool, R](false)
		out.Put(BoxBool(false), down(no))
		out.Put(BoxBool(true), down(yes))
		return out
	}
}

// CollectToMap is Collectors.toMap(k, v[, merge]) (duplicate keys without merge: IllegalStateException).
func CollectToMap[T, K, V any](kf func(T) K, vf func(T) V, merge func(V, V) V) func([]T) *HashMap[K, V] {
	return func(xs []T) *HashMap[K, V] {
		out := NewHashMap[K, V]()
		for _, x := range xs {
			k, v := kf(x), vf(x)
			if isNilValue(any(v)) {
				panic(&NullPointerException{})
			}
			if out.ContainsKey(k) {
				if merge == nil {
					panic(NewIllegalStateException("Duplicate key " + ToString(k) + " (attempted merging values " + ToString(out.Get(k)) + " and " + ToString(v) + ")"))
				}
				v = merge(out.Get(k), v)
			}
			out.Put(k, v)
		}
		return out
	}
}
