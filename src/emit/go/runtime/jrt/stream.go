package jrt

import "strings"

// Streams are lazy pull pipelines, as Java's are: each element travels through the whole
// pipeline before the next one is pulled, short-circuiting operations (limit, findFirst,
// anyMatch, takeWhile) stop pulling, sorted() is a barrier, and infinite sources
// (iterate, generate) work. A stream can be consumed once.

// Stream is java.util.stream.Stream (and IntStream/LongStream/DoubleStream over int32/int64/float64).
type Stream[T any] struct {
	pull func() (T, bool) // the next element, or false at the end
	used bool
}

func streamFrom[T any](pull func() (T, bool)) *Stream[T] { return &Stream[T]{pull: pull} }

// source hands the pipeline over to the next stage: a stream is linked or consumed only once.
func (s *Stream[T]) source() func() (T, bool) {
	if s.used {
		panic(NewIllegalStateException("stream has already been operated upon or closed"))
	}
	s.used = true
	return s.pull
}

// drain consumes the stream into a slice.
func (s *Stream[T]) drain() []T { return pullAll(s.source()) }

func pullAll[T any](pull func() (T, bool)) []T {
	out := []T{}
	for x, ok := pull(); ok; x, ok = pull() {
		out = append(out, x)
	}
	return out
}

// NewStream streams items (collection.stream(), Arrays.stream(a)).
func NewStream[T any](items []T) *Stream[T] {
	i := 0
	return streamFrom(func() (T, bool) {
		if i < len(items) {
			i++
			return items[i-1], true
		}
		var zero T
		return zero, false
	})
}

// StreamOf is Stream.of(...) / IntStream.of(...).
func StreamOf[T any](items ...T) *Stream[T] { return NewStream(items) }

// ArraysStreamRange is Arrays.stream(array, from, to).
func ArraysStreamRange[T any](a []T, from, to int32) *Stream[T] {
	if from < 0 || to > int32(len(a)) || from > to {
		panic(NewArrayIndexOutOfBoundsException("origin(" + ToString(from) + ") > fence(" + ToString(to) + ")"))
	}
	return NewStream(a[from:to])
}

// countFrom streams from, from+1, ... while the next value passes more (ranges of ints and longs).
func countFrom[T int32 | int64](from T, more func(T) bool) *Stream[T] {
	next, done := from, false
	return streamFrom(func() (T, bool) {
		if done || !more(next) {
			done = true
			return 0, false
		}
		x := next
		if next+1 < next { // the range ended at the type's maximum
			done = true
		}
		next++
		return x, true
	})
}

// IntRange is IntStream.range(from, to).
func IntRange(from, to int32) *Stream[int32] {
	return countFrom(from, func(i int32) bool { return i < to })
}

// IntRangeClosed is IntStream.rangeClosed(from, to).
func IntRangeClosed(from, to int32) *Stream[int32] {
	return countFrom(from, func(i int32) bool { return i <= to })
}

// LongRange is LongStream.range(from, to).
func LongRange(from, to int64) *Stream[int64] {
	return countFrom(from, func(i int64) bool { return i < to })
}

// LongRangeClosed is LongStream.rangeClosed(from, to).
func LongRangeClosed(from, to int64) *Stream[int64] {
	return countFrom(from, func(i int64) bool { return i <= to })
}

// StreamIterate is Stream.iterate(seed, f) (infinite) and, with hasNext, Stream.iterate(seed, hasNext, next).
func StreamIterate[T any](seed T, hasNext func(T) bool, f func(T) T) *Stream[T] {
	cur, started, done := seed, false, false
	return streamFrom(func() (T, bool) {
		if done {
			return cur, false
		}
		if started {
			cur = f(cur)
		}
		started = true
		if hasNext != nil && !hasNext(cur) {
			done = true
			return cur, false
		}
		return cur, true
	})
}

// StreamGenerate is Stream.generate(supplier) (infinite).
func StreamGenerate[T any](f func() T) *Stream[T] {
	return streamFrom(func() (T, bool) { return f(), true })
}

// StringChars is String.chars().
func StringChars(s string) *Stream[int32] {
	u := unitsOf(s)
	out := make([]int32, len(u))
	for i, c := range u {
		out[i] = int32(c)
	}
	return NewStream(out)
}

// StringCodePoints is String.codePoints().
func StringCodePoints(s string) *Stream[int32] { return NewStream(runesOf(s)) }

// StreamConcat is Stream.concat(a, b).
func StreamConcat[T any](a, b *Stream[T]) *Stream[T] {
	pa, pb := a.source(), b.source()
	return streamFrom(func() (T, bool) {
		if x, ok := pa(); ok {
			return x, true
		}
		return pb()
	})
}

// Filter is filter.
func (s *Stream[T]) Filter(p func(T) bool) *Stream[T] {
	pull := s.source()
	return streamFrom(func() (T, bool) {
		for x, ok := pull(); ok; x, ok = pull() {
			if p(x) {
				return x, true
			}
		}
		var zero T
		return zero, false
	})
}

// StreamMap is map / mapToInt / mapToObj / boxed / asLongStream ...
func StreamMap[T, U any](s *Stream[T], f func(T) U) *Stream[U] {
	pull := s.source()
	return streamFrom(func() (U, bool) {
		if x, ok := pull(); ok {
			return f(x), true
		}
		var zero U
		return zero, false
	})
}

// StreamFlatMap is flatMap (a null result stream contributes nothing).
func StreamFlatMap[T, U any](s *Stream[T], f func(T) *Stream[U]) *Stream[U] {
	pull := s.source()
	var inner func() (U, bool)
	return streamFrom(func() (U, bool) {
		for {
			if inner != nil {
				if y, ok := inner(); ok {
					return y, true
				}
				inner = nil
			}
			x, ok := pull()
			if !ok {
				var zero U
				return zero, false
			}
			if r := f(x); r != nil {
				inner = r.source()
			}
		}
	})
}

// Peek is peek.
func (s *Stream[T]) Peek(f func(T)) *Stream[T] {
	pull := s.source()
	return streamFrom(func() (T, bool) {
		x, ok := pull()
		if ok {
			f(x)
		}
		return x, ok
	})
}

// Sorted is sorted() (nil: natural order) / sorted(cmp); stable. A barrier: the first pull
// consumes everything upstream.
func (s *Stream[T]) Sorted(cmp func(a, b T) int32) *Stream[T] {
	pull := s.source()
	var items []T
	sorted := false
	return streamFrom(func() (T, bool) {
		if !sorted {
			items, sorted = pullAll(pull), true
			ArraysSort(items, cmp)
		}
		if len(items) == 0 {
			var zero T
			return zero, false
		}
		x := items[0]
		items = items[1:]
		return x, true
	})
}

// Distinct is distinct (by equals/hashCode, first occurrence kept).
func (s *Stream[T]) Distinct() *Stream[T] {
	seen := NewHashSet[T]()
	return s.Filter(func(x T) bool { return seen.Add(x) })
}

// Limit is limit(n): stops pulling after n elements.
func (s *Stream[T]) Limit(n int64) *Stream[T] {
	if n < 0 {
		panic(NewIllegalArgumentException(ToString(n)))
	}
	pull := s.source()
	return streamFrom(func() (T, bool) {
		if n <= 0 {
			var zero T
			return zero, false
		}
		n--
		return pull()
	})
}

// Skip is skip(n).
func (s *Stream[T]) Skip(n int64) *Stream[T] {
	if n < 0 {
		panic(NewIllegalArgumentException(ToString(n)))
	}
	pull := s.source()
	return streamFrom(func() (T, bool) {
		for ; n > 0; n-- {
			if x, ok := pull(); !ok {
				return x, false
			}
		}
		return pull()
	})
}

// TakeWhile is takeWhile(p).
func (s *Stream[T]) TakeWhile(p func(T) bool) *Stream[T] {
	pull := s.source()
	done := false
	return streamFrom(func() (T, bool) {
		if !done {
			if x, ok := pull(); ok && p(x) {
				return x, true
			}
			done = true
		}
		var zero T
		return zero, false
	})
}

// DropWhile is dropWhile(p).
func (s *Stream[T]) DropWhile(p func(T) bool) *Stream[T] {
	pull := s.source()
	dropping := true
	return streamFrom(func() (T, bool) {
		for x, ok := pull(); ok; x, ok = pull() {
			if !dropping || !p(x) {
				dropping = false
				return x, true
			}
		}
		var zero T
		return zero, false
	})
}

// ForEach is forEach / forEachOrdered.
func (s *Stream[T]) ForEach(f func(T)) {
	pull := s.source()
	for x, ok := pull(); ok; x, ok = pull() {
		f(x)
	}
}

// Count is count().
func (s *Stream[T]) Count() int64 { return int64(len(s.drain())) }

// AnyMatch is anyMatch (stops at the first match).
func (s *Stream[T]) AnyMatch(p func(T) bool) bool {
	pull := s.source()
	for x, ok := pull(); ok; x, ok = pull() {
		if p(x) {
			return true
		}
	}
	return false
}

// AllMatch is allMatch (stops at the first mismatch).
func (s *Stream[T]) AllMatch(p func(T) bool) bool {
	return !s.AnyMatch(func(x T) bool { return !p(x) })
}

// NoneMatch is noneMatch.
func (s *Stream[T]) NoneMatch(p func(T) bool) bool { return !s.AnyMatch(p) }

// FindFirst is findFirst / findAny (a null element is a NullPointerException, as in Java).
func (s *Stream[T]) FindFirst() *Optional[T] {
	if x, ok := s.source()(); ok {
		return OptionalOf(x)
	}
	return &Optional[T]{}
}

// Max is max(cmp) (nil: natural order, for IntStream.max()).
func (s *Stream[T]) Max(cmp func(a, b T) int32) *Optional[T] { return s.pick(cmp, 1) }

// Min is min(cmp) (nil: natural order).
func (s *Stream[T]) Min(cmp func(a, b T) int32) *Optional[T] { return s.pick(cmp, -1) }

func (s *Stream[T]) pick(cmp func(a, b T) int32, sign int32) *Optional[T] {
	if cmp == nil {
		cmp = func(a, b T) int32 { return Compare(a, b) }
	}
	return s.ReduceOptional(func(best, x T) T {
		if c := cmp(x, best); (sign > 0 && c > 0) || (sign < 0 && c < 0) {
			return x
		}
		return best
	})
}

// Reduce is reduce(identity, op).
func (s *Stream[T]) Reduce(identity T, op func(T, T) T) T {
	acc := identity
	s.ForEach(func(x T) { acc = op(acc, x) })
	return acc
}

// ReduceOptional is reduce(op).
func (s *Stream[T]) ReduceOptional(op func(T, T) T) *Optional[T] {
	pull := s.source()
	acc, ok := pull()
	if !ok {
		return &Optional[T]{}
	}
	for x, more := pull(); more; x, more = pull() {
		acc = op(acc, x)
	}
	return OptionalOf(acc)
}

// ToArray is toArray().
func (s *Stream[T]) ToArray() []T { return s.drain() }

// ToList is Stream.toList() (unmodifiable).
func (s *Stream[T]) ToList() *ArrayList[T] { return ListOf(s.drain()...) }

// Items consumes the stream into a slice (iterator(), collecting).
func (s *Stream[T]) Items() []T { return s.drain() }

// StreamSum is IntStream/LongStream/DoubleStream.sum().
func StreamSum[T int32 | int64 | float64](s *Stream[T]) T {
	items := s.drain()
	if xs, ok := any(items).([]float64); ok {
		return any(kahanSum(xs)).(T)
	}
	var acc T
	for _, x := range items {
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
	items := s.drain()
	if len(items) == 0 {
		return &Optional[float64]{}
	}
	if xs, ok := any(items).([]float64); ok {
		return &Optional[float64]{kahanSum(xs) / float64(len(xs)), true}
	}
	var acc int64
	for _, x := range items {
		acc += int64(x)
	}
	return &Optional[float64]{float64(acc) / float64(len(items)), true}
}

// Collect applies a collector (a function of the stream's elements).
func Collect[T, R any](s *Stream[T], c func([]T) R) R { return c(s.drain()) }

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

// CollectGroupingBy is Collectors.groupingBy(key[, mapFactory], downstream): groups in order of first
// appearance, each collected by downstream, put into the map newMap makes.
func CollectGroupingBy[T, K, R any, M Map[K, R]](key func(T) K, newMap func() M, down func([]T) R) func([]T) M {
	return func(xs []T) M {
		groups := NewLinkedHashMap[K, []T](false)
		for _, x := range xs {
			k := key(x)
			if isNilValue(any(k)) {
				panic(NewNullPointerException("element cannot be mapped to a null key"))
			}
			groups.Put(k, append(groups.Get(k), x))
		}
		out := newMap()
		for _, e := range groups.Entries() {
			// Java adds each group with computeIfAbsent, which puts a new key at the head of its HashMap
			// bin (put appends): two keys sharing a bin print in the opposite order.
			if v := down(e.Value); isNilValue(any(v)) {
				out.Put(e.Key, v)
			} else {
				out.ComputeIfAbsent(e.Key, func(K) R { return v })
			}
		}
		return out
	}
}

// NewLinkedHashMapInsertionOrder is LinkedHashMap::new as a map factory.
func NewLinkedHashMapInsertionOrder[K, V any]() *HashMap[K, V] { return NewLinkedHashMap[K, V](false) }

// NewTreeMapNaturalOrder is TreeMap::new as a map factory.
func NewTreeMapNaturalOrder[K, V any]() *TreeMap[K, V] { return NewTreeMap[K, V](nil) }

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

// CollectToMap is Collectors.toMap(k, v[, merge[, mapFactory]]) (duplicate keys without merge: IllegalStateException).
func CollectToMap[T, K, V any, M Map[K, V]](kf func(T) K, vf func(T) V, merge func(V, V) V, newMap func() M) func([]T) M {
	return func(xs []T) M {
		out := newMap()
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

// CollectSummingLong is Collectors.summingLong(f).
func CollectSummingLong[T any](f func(T) int64) func([]T) *int64 {
	return func(xs []T) *int64 {
		var acc int64
		for _, x := range xs {
			acc += f(x)
		}
		return BoxInt64(acc)
	}
}

// mappedDoubles applies f to every element.
func mappedDoubles[T any](xs []T, f func(T) float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// CollectSummingDouble is Collectors.summingDouble(f) (compensated, as Java sums).
func CollectSummingDouble[T any](f func(T) float64) func([]T) *float64 {
	return func(xs []T) *float64 { return BoxFloat64(kahanSum(mappedDoubles(xs, f))) }
}

// CollectAveragingDouble is Collectors.averagingDouble(f).
func CollectAveragingDouble[T any](f func(T) float64) func([]T) *float64 {
	return func(xs []T) *float64 {
		if len(xs) == 0 {
			return BoxFloat64(0)
		}
		return BoxFloat64(kahanSum(mappedDoubles(xs, f)) / float64(len(xs)))
	}
}

// CollectMaxBy is Collectors.maxBy(cmp).
func CollectMaxBy[T any](cmp func(a, b T) int32) func([]T) *Optional[T] {
	return func(xs []T) *Optional[T] { return NewStream(xs).Max(cmp) }
}

// CollectMinBy is Collectors.minBy(cmp).
func CollectMinBy[T any](cmp func(a, b T) int32) func([]T) *Optional[T] {
	return func(xs []T) *Optional[T] { return NewStream(xs).Min(cmp) }
}

// CollectReducing is Collectors.reducing(identity, op).
func CollectReducing[T any](identity T, op func(T, T) T) func([]T) T {
	return func(xs []T) T { return NewStream(xs).Reduce(identity, op) }
}

// CollectReducingOptional is Collectors.reducing(op).
func CollectReducingOptional[T any](op func(T, T) T) func([]T) *Optional[T] {
	return func(xs []T) *Optional[T] { return NewStream(xs).ReduceOptional(op) }
}

// CollectReducingMapped is Collectors.reducing(identity, mapper, op).
func CollectReducingMapped[T, U any](identity U, f func(T) U, op func(U, U) U) func([]T) U {
	return func(xs []T) U { return StreamMap(NewStream(xs), f).Reduce(identity, op) }
}

// CollectAndThen is Collectors.collectingAndThen(downstream, finisher).
func CollectAndThen[T, R, RR any](down func([]T) R, finish func(R) RR) func([]T) RR {
	return func(xs []T) RR { return finish(down(xs)) }
}

// CollectFiltering is Collectors.filtering(p, downstream).
func CollectFiltering[T, R any](p func(T) bool, down func([]T) R) func([]T) R {
	return func(xs []T) R { return down(NewStream(xs).Filter(p).drain()) }
}

// CollectAsMap views what a map-collecting downstream collects as the Map interface.
func CollectAsMap[T, K, V any, M Map[K, V]](down func([]T) M) func([]T) Map[K, V] {
	return func(xs []T) Map[K, V] { return down(xs) }
}

// StringLines is String.lines(): the lines split at \n, \r or \r\n, without a trailing empty line.
func StringLines(s string) *Stream[string] {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' {
			lines = append(lines, s[start:i])
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return NewStream(lines)
}

// Indent is String.indent(n): n spaces added to (or up to -n leading white space removed from) every
// line, each line then ended by \n.
func Indent(s string, n int32) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, line := range StringLines(s).drain() {
		switch {
		case n > 0:
			line = strings.Repeat(" ", int(n)) + line
		case n < 0:
			cut, dropped := len(line), 0 // a byte offset: slicing runes would mangle WTF-8 surrogates
			for i, r := range line {
				if dropped >= int(-n) || !IsWhitespaceCP(r) {
					cut = i
					break
				}
				dropped++
			}
			line = line[cut:]
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
