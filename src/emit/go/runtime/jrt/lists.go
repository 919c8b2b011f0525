// java.util lists and queues: ArrayList (also LinkedList, Stack, the
// List.of/unmodifiable views), ArrayDeque and PriorityQueue, with Java's
// exception messages, fail-fast iterators and toString/equals/hashCode.

package jrt

// ArrayList is java.util.ArrayList. LinkedList, Stack, Vector and the
// immutable List.of / Arrays.asList / unmodifiable lists use it too (kind
// selects the class name and the mutability rules).
type ArrayList[E any] struct {
	a        []E
	modCount int
	kind     listKind
	// view, when set, makes the list a view of another list at element type
	// E (ListView, listview.go): it owns no elements and forwards everything.
	view *viewOf[E]
}

type listKind uint8

const (
	kindArrayList listKind = iota
	kindLinkedList
	kindStack
	kindImmutable    // List.of / Collections.unmodifiableList: no changes at all
	kindFixedSize    // Arrays.asList: set allowed, size fixed
	kindImmutableCol // List.of specifically (distinct messages)
	// kindView is a view (ListView): above the immutable kinds, so the one
	// test the fast paths of Add and Clear make also sends views their way.
	kindView
)

// NewArrayList is new ArrayList<>() (optionally with initial elements, as
// new ArrayList<>(collection)).
func NewArrayList[E any](items ...E) *ArrayList[E] {
	return &ArrayList[E]{a: append([]E(nil), items...)}
}

// NewLinkedList is new LinkedList<>().
func NewLinkedList[E any](items ...E) *ArrayList[E] {
	return &ArrayList[E]{a: append([]E(nil), items...), kind: kindLinkedList}
}

// NewStack is new Stack<>().
func NewStack[E any]() *ArrayList[E] { return &ArrayList[E]{kind: kindStack} }

// ListOf is List.of(...): immutable; nulls are rejected.
func ListOf[E any](items ...E) *ArrayList[E] {
	for _, v := range items {
		if isNilValue(any(v)) {
			panic(&NullPointerException{})
		}
	}
	return &ArrayList[E]{a: append([]E(nil), items...), kind: kindImmutableCol}
}

// ArraysAsList is Arrays.asList(...): fixed-size, writes go to the list.
func ArraysAsList[E any](items ...E) *ArrayList[E] {
	return &ArrayList[E]{a: items, kind: kindFixedSize}
}

// UnmodifiableList is Collections.unmodifiableList (a snapshot here, not a view).
func UnmodifiableList[E any](l *ArrayList[E]) *ArrayList[E] {
	return &ArrayList[E]{a: l.Items(), kind: kindImmutable}
}

// JavaClassName implements JavaClassNamer.
func (l *ArrayList[E]) JavaClassName() string {
	if l == nil {
		return "java.util.List" // the target named in a failed cast's message
	}
	if l.view != nil {
		return ClassNameOf(l.view.list())
	}
	switch l.kind {
	case kindLinkedList:
		return "java.util.LinkedList"
	case kindStack:
		return "java.util.Stack"
	case kindImmutableCol:
		if isList12(len(l.a)) {
			return "java.util.ImmutableCollections$List12"
		}
		return "java.util.ImmutableCollections$ListN"
	case kindFixedSize:
		return "java.util.Arrays$ArrayList"
	case kindImmutable:
		return "java.util.Collections$UnmodifiableRandomAccessList"
	}
	return "java.util.ArrayList"
}

func (l *ArrayList[E]) checkStructural() {
	if l.kind >= kindImmutable && l.kind != kindView {
		panic(&UnsupportedOperationException{})
	}
}

func (l *ArrayList[E]) checkWrite() {
	if l.kind == kindImmutable || l.kind == kindImmutableCol {
		panic(&UnsupportedOperationException{})
	}
}

func outOfBounds(i, n int32) {
	panic(NewIndexOutOfBoundsException("Index " + itoa(i) + " out of bounds for length " + itoa(n)))
}

// isList12 tells which class JDK 17's List.of uses: List12 for one or two
// elements, ListN (an array) for none or more.
func isList12(n int) bool { return n == 1 || n == 2 }

func (l *ArrayList[E]) checkIndex(i int32) {
	if i < 0 || int(i) >= len(l.a) {
		switch l.kind {
		case kindLinkedList:
			panic(NewIndexOutOfBoundsException("Index: " + itoa(i) + ", Size: " + itoa(int32(len(l.a)))))
		case kindImmutableCol:
			if !isList12(len(l.a)) {
				// ListN indexes its array: the JVM's own message.
				panic(NewArrayIndexOutOfBoundsException("Index " + itoa(i) + " out of bounds for length " + itoa(int32(len(l.a)))))
			}
			panic(NewIndexOutOfBoundsException("Index: " + itoa(i) + " Size: " + itoa(int32(len(l.a)))))
		case kindStack:
			panic(NewArrayIndexOutOfBoundsException("Array index out of range: " + itoa(i)))
		}
		outOfBounds(i, int32(len(l.a)))
	}
}

// Size is size().
func (l *ArrayList[E]) Size() int32 {
	if v := l.view; v != nil {
		return int32(len(*v.srcElems))
	}
	return int32(len(l.a))
}

// IsEmpty is isEmpty().
func (l *ArrayList[E]) IsEmpty() bool { return l.Size() == 0 }

// Get is get(i).
func (l *ArrayList[E]) Get(i int32) E {
	if uint(i) >= uint(len(l.a)) {
		return l.getOutside(i)
	}
	return l.a[i]
}

// getOutside is Get past the elements: a view's element, else
// IndexOutOfBoundsException. (Views own no elements, so the inlined Get
// pays nothing for them.)
func (l *ArrayList[E]) getOutside(i int32) E {
	if l.view != nil {
		return l.view.get(i)
	}
	l.checkIndex(i)
	return l.a[i]
}

// Set is set(i, v); it returns the old element.
func (l *ArrayList[E]) Set(i int32, v E) E {
	if l.view != nil {
		return l.view.set(i, v)
	}
	l.checkWrite()
	l.checkIndex(i)
	old := l.a[i]
	l.a[i] = v
	return old
}

// Add is add(v); always true.
func (l *ArrayList[E]) Add(v E) bool { return addTo(l, v, addOutside[E]) }

// addTo is Add's fast path. Its slow path (a view, or an immutable list,
// which throws) comes in as a parameter because Go's inliner charges little
// for calling one: so Add still inlines where it is called, as it did before
// lists had views.
func addTo[E any](l *ArrayList[E], v E, outside func(*ArrayList[E], E) bool) bool {
	if l.kind >= kindImmutable {
		return outside(l, v)
	}
	l.a = append(l.a, v)
	l.modCount++
	return true
}

//go:noinline
func addOutside[E any](l *ArrayList[E], v E) bool { return l.AddAll([]E{v}) }

// AddAt is add(index, v).
func (l *ArrayList[E]) AddAt(i int32, v E) {
	if l.view != nil {
		l.view.addAt(i, []E{v})
		return
	}
	l.checkStructural()
	if i < 0 || int(i) > len(l.a) {
		panic(NewIndexOutOfBoundsException("Index: " + itoa(i) + ", Size: " + itoa(int32(len(l.a)))))
	}
	zero := Null[E]()
	l.a = append(l.a, zero)
	copy(l.a[i+1:], l.a[i:])
	l.a[i] = v
	l.modCount++
}

// AddAll is addAll(items).
func (l *ArrayList[E]) AddAll(items []E) bool {
	if l.view != nil {
		return l.view.addAt(l.Size(), items)
	}
	l.checkStructural()
	l.a = append(l.a, items...)
	l.modCount++
	return len(items) > 0
}

// AddAllAt is addAll(index, items).
func (l *ArrayList[E]) AddAllAt(i int32, items []E) bool {
	if l.view != nil {
		return l.view.addAt(i, items)
	}
	l.checkStructural()
	if i < 0 || int(i) > len(l.a) {
		panic(NewIndexOutOfBoundsException("Index: " + itoa(i) + ", Size: " + itoa(int32(len(l.a)))))
	}
	rest := append([]E(nil), l.a[i:]...)
	l.a = append(append(l.a[:i], items...), rest...)
	l.modCount++
	return len(items) > 0
}

// RemoveAt is remove(int index); it returns the removed element.
func (l *ArrayList[E]) RemoveAt(i int32) E {
	if l.view != nil {
		return l.view.removeAt(i)
	}
	l.checkStructural()
	l.checkIndex(i)
	old := l.a[i]
	l.a = append(l.a[:i], l.a[i+1:]...)
	l.modCount++
	return old
}

// Remove is remove(Object): removes the first equal element.
func (l *ArrayList[E]) Remove(v E) bool {
	if l.view == nil {
		l.checkStructural()
	}
	if i := l.IndexOf(v); i >= 0 {
		l.RemoveAt(i)
		return true
	}
	return false
}

// RemoveRange removes [from, to): the emitter's lowering of subList(a,b).clear().
func (l *ArrayList[E]) RemoveRange(from, to int32) {
	if l.view != nil {
		l.view.removeRange(from, to)
		return
	}
	l.checkStructural()
	l.checkSubList(from, to)
	l.a = append(l.a[:from], l.a[to:]...)
	l.modCount++
}

// IndexOf is indexOf(o).
func (l *ArrayList[E]) IndexOf(v E) int32 {
	if l.kind == kindImmutableCol && isNilValue(any(v)) {
		panic(&NullPointerException{}) // List.of rejects null queries too
	}
	for i, x := range l.Items() {
		if Equals(v, x) {
			return int32(i)
		}
	}
	return -1
}

// LastIndexOf is lastIndexOf(o).
func (l *ArrayList[E]) LastIndexOf(v E) int32 {
	a := l.Items()
	for i := len(a) - 1; i >= 0; i-- {
		if Equals(v, a[i]) {
			return int32(i)
		}
	}
	return -1
}

// Contains is contains(o).
func (l *ArrayList[E]) Contains(v E) bool { return l.IndexOf(v) >= 0 }

// Clear is clear().
func (l *ArrayList[E]) Clear() {
	if l.kind >= kindImmutable { // a view or an immutable list
		l.clearOutside()
		return
	}
	l.a = l.a[:0]
	l.modCount++
}

func (l *ArrayList[E]) clearOutside() {
	if l.view != nil {
		l.view.clear()
		return
	}
	l.checkStructural()
}

func (l *ArrayList[E]) checkSubList(from, to int32) {
	if from < 0 {
		panic(NewIndexOutOfBoundsException("fromIndex = " + itoa(from)))
	}
	if to > l.Size() {
		panic(NewIndexOutOfBoundsException("toIndex = " + itoa(to)))
	}
	if from > to {
		panic(NewIllegalArgumentException("fromIndex(" + itoa(from) + ") > toIndex(" + itoa(to) + ")"))
	}
}

// SubList is subList(from, to) as a copy (Java returns a view; writes
// through a view need RemoveRange/Set on the parent).
func (l *ArrayList[E]) SubList(from, to int32) *ArrayList[E] {
	l.checkSubList(from, to)
	sub := &ArrayList[E]{a: append([]E(nil), l.Items()[from:to]...)}
	if l.kind == kindImmutable || l.kind == kindImmutableCol {
		sub.kind = l.kind
	}
	return sub
}

// ListCopyOf is List.copyOf(list): an immutable copy, or the list itself when it is a List.of already.
func ListCopyOf[E any](l *ArrayList[E]) *ArrayList[E] {
	if l.kind == kindImmutableCol {
		return l
	}
	return ListOf(l.Items()...)
}

// Items returns the backing elements (do not modify through it while
// iterating); a view's are a converted copy.
func (l *ArrayList[E]) Items() []E {
	if l.view != nil {
		return l.view.items()
	}
	return l.a
}

// ToArray is toArray(): a copy.
func (l *ArrayList[E]) ToArray() []E { return append([]E(nil), l.Items()...) }

// Sort is sort(comparator) (nil = natural order); stable like Java's TimSort.
func (l *ArrayList[E]) Sort(cmp func(a, b E) int32) {
	if l.view != nil {
		l.view.sort(cmp)
		return
	}
	l.checkWrite()
	ArraysSort(l.a, cmp)
	l.modCount++
}

// ForEach is forEach, fail-fast. (A view's way in is a call, so Go no
// longer inlines ForEach, nor the lambda handed to it.)
func (l *ArrayList[E]) ForEach(f func(E)) {
	a, mods := l.a, &l.modCount
	if l.view != nil {
		a, mods = l.view.items(), l.view.srcMods
	}
	mc := *mods
	for _, v := range a {
		f(v)
		if *mods != mc {
			panic(&ConcurrentModificationException{})
		}
	}
}

// RemoveIf is removeIf(pred).
func (l *ArrayList[E]) RemoveIf(pred func(E) bool) bool {
	if l.view != nil {
		return l.view.removeIf(pred)
	}
	l.checkStructural()
	out := l.a[:0]
	for _, v := range l.a {
		if !pred(v) {
			out = append(out, v)
		}
	}
	removed := len(out) != len(l.a)
	zero := Null[E]()
	for i := len(out); i < len(l.a); i++ {
		l.a[i] = zero
	}
	l.a = out
	if removed {
		l.modCount++
	}
	return removed
}

// ReplaceAll is replaceAll(op).
func (l *ArrayList[E]) ReplaceAll(op func(E) E) {
	if l.view != nil {
		l.view.replaceAll(op)
		return
	}
	l.checkWrite()
	for i, v := range l.a {
		l.a[i] = op(v)
	}
	l.modCount++
}

// ListIterator is a fail-fast list iterator.
type ListIterator[E any] struct {
	l        *ArrayList[E]
	cursor   int
	last     int
	modCount int
	// listMods is the walked list's modification count, compared by the
	// fail-fast checks.
	listMods *int
	// view is set for an iterator of a view: l is then a converted snapshot
	// of the viewed list's elements, changes go to both, and listMods is the
	// viewed list's (so Next and HasNext keep no view logic and inline).
	view *ArrayList[E]
}

// Iterator is iterator().
func (l *ArrayList[E]) Iterator() *ListIterator[E] { return iteratorOf(l, viewIterator) }

// iteratorOf is Iterator with a view's way in as a parameter (as
// addTo), so that Iterator inlines and the iterator of an ordinary list
// stays on the stack.
func iteratorOf[E any](l *ArrayList[E], ofView func(l any) any) *ListIterator[E] {
	if l.view != nil {
		return ofView(l).(*ListIterator[E])
	}
	return &ListIterator[E]{l: l, last: -1, modCount: l.modCount, listMods: &l.modCount}
}

func viewIterator(l any) any { return l.(interface{ viewIterator() any }).viewIterator() }

func (l *ArrayList[E]) viewIterator() any {
	return &ListIterator[E]{l: &ArrayList[E]{a: l.view.items()}, view: l, last: -1, modCount: *l.view.srcMods, listMods: l.view.srcMods}
}

// HasNext is hasNext(). (Of a view: whether the snapshot has more, so a
// list grown under the loop ends it where Java's next() would throw.)
func (it *ListIterator[E]) HasNext() bool { return it.cursor != len(it.l.a) }

// Next is next().
func (it *ListIterator[E]) Next() E {
	if *it.listMods != it.modCount {
		panic(&ConcurrentModificationException{})
	}
	if it.cursor >= len(it.l.a) {
		panic(&NoSuchElementException{})
	}
	it.last = it.cursor
	it.cursor++
	return it.l.a[it.last]
}

// Remove is remove().
func (it *ListIterator[E]) Remove() {
	if it.last < 0 {
		panic(&IllegalStateException{})
	}
	if *it.listMods != it.modCount {
		panic(&ConcurrentModificationException{})
	}
	it.l.RemoveAt(int32(it.last))
	if it.view != nil {
		it.view.RemoveAt(int32(it.last))
	}
	it.cursor = it.last
	it.last = -1
	it.modCount = *it.listMods
}

// ToString is [a, b, c].
func (l *ArrayList[E]) ToString() string {
	if l.view != nil {
		return ToString(l.view.list())
	}
	return collectionString(l.a, l)
}

// Equals is List.equals: same elements in the same order.
func (l *ArrayList[E]) Equals(o any) bool {
	if l.view != nil {
		return Equals(l.view.list(), o)
	}
	x, ok := o.(*ArrayList[E])
	return ok && ArraysEquals(nonNil(l.a), nonNil(x.Items()))
}

// HashCode is List.hashCode.
func (l *ArrayList[E]) HashCode() int32 {
	if l.view != nil {
		return HashCode(l.view.list())
	}
	return ArraysHashCode(nonNil(l.a))
}

func nonNil[E any](a []E) []E {
	if a == nil {
		return []E{}
	}
	return a
}

// ---- Deque/Queue/Stack operations (LinkedList, Stack) ----

func (l *ArrayList[E]) emptyCheck() {
	if l.Size() == 0 {
		if l.kind == kindStack {
			panic(&EmptyStackException{})
		}
		panic(&NoSuchElementException{})
	}
}

// AddFirst is addFirst / push (LinkedList).
func (l *ArrayList[E]) AddFirst(v E) { l.AddAt(0, v) }

// AddLast is addLast / offer.
func (l *ArrayList[E]) AddLast(v E) { l.Add(v) }

// Offer is offer(v).
func (l *ArrayList[E]) Offer(v E) bool { return l.Add(v) }

// GetFirst is getFirst / element.
func (l *ArrayList[E]) GetFirst() E {
	l.emptyCheck()
	return l.Get(0)
}

// GetLast is getLast.
func (l *ArrayList[E]) GetLast() E {
	l.emptyCheck()
	return l.Get(l.Size() - 1)
}

// RemoveFirst is removeFirst / remove() / pop (LinkedList).
func (l *ArrayList[E]) RemoveFirst() E {
	l.emptyCheck()
	return l.RemoveAt(0)
}

// RemoveLast is removeLast.
func (l *ArrayList[E]) RemoveLast() E {
	l.emptyCheck()
	return l.RemoveAt(l.Size() - 1)
}

// Poll is poll / pollFirst: nil/zero when empty.
func (l *ArrayList[E]) Poll() E {
	zero := Null[E]()
	if l.Size() == 0 {
		return zero
	}
	return l.RemoveAt(0)
}

// PollLast is pollLast.
func (l *ArrayList[E]) PollLast() E {
	zero := Null[E]()
	if l.Size() == 0 {
		return zero
	}
	return l.RemoveAt(l.Size() - 1)
}

// PeekFirst is peek / peekFirst (LinkedList): nil/zero when empty.
func (l *ArrayList[E]) PeekFirst() E {
	zero := Null[E]()
	if l.Size() == 0 {
		return zero
	}
	return l.Get(0)
}

// PeekLast is peekLast.
func (l *ArrayList[E]) PeekLast() E {
	zero := Null[E]()
	if l.Size() == 0 {
		return zero
	}
	return l.Get(l.Size() - 1)
}

// Push is Stack.push (top is the end of the list).
func (l *ArrayList[E]) Push(v E) E {
	l.Add(v)
	return v
}

// Pop is Stack.pop.
func (l *ArrayList[E]) Pop() E {
	l.emptyCheck()
	return l.RemoveAt(l.Size() - 1)
}

// Peek is Stack.peek.
func (l *ArrayList[E]) Peek() E {
	l.emptyCheck()
	return l.Get(l.Size() - 1)
}

// Empty is Stack.empty().
func (l *ArrayList[E]) Empty() bool { return l.Size() == 0 }

// ---- ArrayDeque ----

// ArrayDeque is java.util.ArrayDeque (null elements rejected, like Java).
type ArrayDeque[E any] struct {
	buf        []E
	head, n    int
	modCount   int
	rejectNull bool
}

// NewArrayDeque is new ArrayDeque<>().
func NewArrayDeque[E any]() *ArrayDeque[E] {
	return &ArrayDeque[E]{buf: make([]E, 16), rejectNull: true}
}

// JavaClassName implements JavaClassNamer.
func (d *ArrayDeque[E]) JavaClassName() string { return "java.util.ArrayDeque" }

func (d *ArrayDeque[E]) grow() {
	nb := make([]E, max(16, len(d.buf)*2))
	for i := 0; i < d.n; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *ArrayDeque[E]) check(v E) {
	if isNilValue(any(v)) {
		panic(&NullPointerException{})
	}
}

// AddFirst is addFirst / push.
func (d *ArrayDeque[E]) AddFirst(v E) {
	d.check(v)
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
	d.modCount++
}

// AddLast is addLast / add / offer.
func (d *ArrayDeque[E]) AddLast(v E) {
	d.check(v)
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
	d.modCount++
}

// Push is push (addFirst).
func (d *ArrayDeque[E]) Push(v E) { d.AddFirst(v) }

// Add is add (addLast).
func (d *ArrayDeque[E]) Add(v E) bool { d.AddLast(v); return true }

// Offer is offer (addLast).
func (d *ArrayDeque[E]) Offer(v E) bool { d.AddLast(v); return true }

// OfferFirst is offerFirst.
func (d *ArrayDeque[E]) OfferFirst(v E) bool { d.AddFirst(v); return true }

// OfferLast is offerLast.
func (d *ArrayDeque[E]) OfferLast(v E) bool { d.AddLast(v); return true }

// PollFirst is pollFirst / poll: zero/nil when empty.
func (d *ArrayDeque[E]) PollFirst() E {
	zero := Null[E]()
	if d.n == 0 {
		return zero
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.modCount++
	return v
}

// Poll is poll (pollFirst).
func (d *ArrayDeque[E]) Poll() E { return d.PollFirst() }

// PollLast is pollLast.
func (d *ArrayDeque[E]) PollLast() E {
	zero := Null[E]()
	if d.n == 0 {
		return zero
	}
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = zero
	d.n--
	d.modCount++
	return v
}

func (d *ArrayDeque[E]) nonEmpty() {
	if d.n == 0 {
		panic(&NoSuchElementException{})
	}
}

// RemoveFirst is removeFirst / remove() / pop.
func (d *ArrayDeque[E]) RemoveFirst() E { d.nonEmpty(); return d.PollFirst() }

// Pop is pop (removeFirst).
func (d *ArrayDeque[E]) Pop() E { return d.RemoveFirst() }

// RemoveLast is removeLast.
func (d *ArrayDeque[E]) RemoveLast() E { d.nonEmpty(); return d.PollLast() }

// PeekFirst is peekFirst / peek: zero/nil when empty.
func (d *ArrayDeque[E]) PeekFirst() E {
	zero := Null[E]()
	if d.n == 0 {
		return zero
	}
	return d.buf[d.head]
}

// Peek is peek (peekFirst).
func (d *ArrayDeque[E]) Peek() E { return d.PeekFirst() }

// PeekLast is peekLast.
func (d *ArrayDeque[E]) PeekLast() E {
	zero := Null[E]()
	if d.n == 0 {
		return zero
	}
	return d.buf[(d.head+d.n-1)%len(d.buf)]
}

// GetFirst is getFirst / element.
func (d *ArrayDeque[E]) GetFirst() E { d.nonEmpty(); return d.PeekFirst() }

// GetLast is getLast.
func (d *ArrayDeque[E]) GetLast() E { d.nonEmpty(); return d.PeekLast() }

// Size is size().
func (d *ArrayDeque[E]) Size() int32 { return int32(d.n) }

// IsEmpty is isEmpty().
func (d *ArrayDeque[E]) IsEmpty() bool { return d.n == 0 }

// Clear is clear().
func (d *ArrayDeque[E]) Clear() {
	*d = ArrayDeque[E]{buf: make([]E, 16), rejectNull: true, modCount: d.modCount + 1}
}

// Items returns the elements head to tail (snapshot).
func (d *ArrayDeque[E]) Items() []E {
	out := make([]E, d.n)
	for i := range out {
		out[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	return out
}

// Contains is contains(o).
func (d *ArrayDeque[E]) Contains(v E) bool {
	for _, x := range d.Items() {
		if Equals(v, x) {
			return true
		}
	}
	return false
}

// ToString is [head, ..., tail].
func (d *ArrayDeque[E]) ToString() string { return collectionString(d.Items(), d) }

// ---- PriorityQueue ----

// PriorityQueue is java.util.PriorityQueue with Java's exact sift
// algorithms, so iteration and toString order (the heap array) match.
type PriorityQueue[E any] struct {
	q        []E
	cmp      func(a, b E) int32
	modCount int
}

// NewPriorityQueue is new PriorityQueue<>(comparator); nil = natural order.
func NewPriorityQueue[E any](cmp func(a, b E) int32) *PriorityQueue[E] {
	if cmp == nil {
		cmp = func(a, b E) int32 { return Compare(a, b) }
	}
	return &PriorityQueue[E]{cmp: cmp}
}

// NewPriorityQueueFrom is new PriorityQueue<>(collection): Java heapifies
// the copied array bottom-up.
func NewPriorityQueueFrom[E any](items []E, cmp func(a, b E) int32) *PriorityQueue[E] {
	pq := NewPriorityQueue(cmp)
	pq.q = append([]E(nil), items...)
	for i := len(pq.q)/2 - 1; i >= 0; i-- {
		pq.siftDown(i, pq.q[i])
	}
	return pq
}

// JavaClassName implements JavaClassNamer.
func (pq *PriorityQueue[E]) JavaClassName() string { return "java.util.PriorityQueue" }

func (pq *PriorityQueue[E]) siftUp(k int, x E) {
	for k > 0 {
		parent := (k - 1) >> 1
		e := pq.q[parent]
		if pq.cmp(x, e) >= 0 {
			break
		}
		pq.q[k] = e
		k = parent
	}
	pq.q[k] = x
}

func (pq *PriorityQueue[E]) siftDown(k int, x E) {
	n := len(pq.q)
	half := n >> 1
	for k < half {
		child := k<<1 + 1
		c := pq.q[child]
		if right := child + 1; right < n && pq.cmp(c, pq.q[right]) > 0 {
			child = right
			c = pq.q[child]
		}
		if pq.cmp(x, c) <= 0 {
			break
		}
		pq.q[k] = c
		k = child
	}
	pq.q[k] = x
}

// Add is add / offer.
func (pq *PriorityQueue[E]) Add(v E) bool {
	if isNilValue(any(v)) {
		panic(&NullPointerException{})
	}
	pq.modCount++
	zero := Null[E]()
	pq.q = append(pq.q, zero)
	pq.siftUp(len(pq.q)-1, v)
	return true
}

// Offer is offer.
func (pq *PriorityQueue[E]) Offer(v E) bool { return pq.Add(v) }

// Peek is peek: zero/nil when empty.
func (pq *PriorityQueue[E]) Peek() E {
	zero := Null[E]()
	if len(pq.q) == 0 {
		return zero
	}
	return pq.q[0]
}

// Poll is poll: zero/nil when empty.
func (pq *PriorityQueue[E]) Poll() E {
	zero := Null[E]()
	if len(pq.q) == 0 {
		return zero
	}
	pq.modCount++
	result := pq.q[0]
	n := len(pq.q) - 1
	x := pq.q[n]
	pq.q[n] = zero
	pq.q = pq.q[:n]
	if n > 0 {
		pq.siftDown(0, x)
	}
	return result
}

// Remove is remove(): NoSuchElementException when empty.
func (pq *PriorityQueue[E]) Remove() E {
	if len(pq.q) == 0 {
		panic(&NoSuchElementException{})
	}
	return pq.Poll()
}

// RemoveObject is remove(Object) with Java's removeAt re-sifting.
func (pq *PriorityQueue[E]) RemoveObject(v E) bool {
	for i, x := range pq.q {
		if Equals(v, x) {
			pq.removeAt(i)
			return true
		}
	}
	return false
}

func (pq *PriorityQueue[E]) removeAt(i int) {
	pq.modCount++
	s := len(pq.q) - 1
	zero := Null[E]()
	if s == i {
		pq.q[i] = zero
		pq.q = pq.q[:s]
		return
	}
	moved := pq.q[s]
	pq.q[s] = zero
	pq.q = pq.q[:s]
	pq.siftDown(i, moved)
	if any(pq.q[i]) == any(moved) {
		pq.siftUp(i, moved)
	}
}

// Size is size().
func (pq *PriorityQueue[E]) Size() int32 { return int32(len(pq.q)) }

// IsEmpty is isEmpty().
func (pq *PriorityQueue[E]) IsEmpty() bool { return len(pq.q) == 0 }

// Clear is clear().
func (pq *PriorityQueue[E]) Clear() { pq.q = nil; pq.modCount++ }

// Contains is contains(o).
func (pq *PriorityQueue[E]) Contains(v E) bool {
	for _, x := range pq.q {
		if Equals(v, x) {
			return true
		}
	}
	return false
}

// Items returns the heap array order (Java's iteration order), a snapshot.
func (pq *PriorityQueue[E]) Items() []E { return append([]E(nil), pq.q...) }

// ToString is the heap array as [a, b, c].
func (pq *PriorityQueue[E]) ToString() string { return collectionString(pq.q, pq) }

// ---- Collections ----

// CollectionsSort is Collections.sort(list, cmp) (nil = natural order).
func CollectionsSort[E any](l *ArrayList[E], cmp func(a, b E) int32) { l.Sort(cmp) }

// CollectionsReverse is Collections.reverse.
func CollectionsReverse[E any](l *ArrayList[E]) {
	for i, j := int32(0), l.Size()-1; i < j; i, j = i+1, j-1 {
		CollectionsSwap(l, i, j)
	}
}

// CollectionsShuffle is Collections.shuffle(list, rnd) with Java's algorithm.
func CollectionsShuffle[E any](l *ArrayList[E], rnd *Random) {
	for i := l.Size(); i > 1; i-- {
		CollectionsSwap(l, i-1, rnd.NextIntBound(i))
	}
}

// CollectionsSwap is Collections.swap.
func CollectionsSwap[E any](l *ArrayList[E], i, j int32) {
	l.Set(i, l.Set(j, l.Get(i)))
}

// CollectionsMax is Collections.max(coll, cmp) (nil = natural order).
func CollectionsMax[E any](items []E, cmp func(a, b E) int32) E {
	if len(items) == 0 {
		panic(&NoSuchElementException{})
	}
	if cmp == nil {
		cmp = func(a, b E) int32 { return Compare(a, b) }
	}
	best := items[0]
	for _, v := range items[1:] {
		if cmp(v, best) > 0 {
			best = v
		}
	}
	return best
}

// CollectionsMin is Collections.min(coll, cmp).
func CollectionsMin[E any](items []E, cmp func(a, b E) int32) E {
	if cmp == nil {
		cmp = func(a, b E) int32 { return Compare(a, b) }
	}
	return CollectionsMax(items, func(a, b E) int32 { return cmp(b, a) })
}

// CollectionsFrequency is Collections.frequency.
func CollectionsFrequency[E any](items []E, v E) int32 {
	n := int32(0)
	for _, x := range items {
		if Equals(v, x) {
			n++
		}
	}
	return n
}

// CollectionsNCopies is Collections.nCopies (immutable).
func CollectionsNCopies[E any](n int32, v E) *ArrayList[E] {
	a := make([]E, n)
	for i := range a {
		a[i] = v
	}
	return &ArrayList[E]{a: a, kind: kindImmutable}
}

// ReverseOrder is Collections.reverseOrder() as a comparator.
func ReverseOrder[E any]() func(a, b E) int32 {
	return func(a, b E) int32 { return Compare(b, a) }
}

// NewArrayListCapacity is new ArrayList<>(initialCapacity) (also Vector's):
// the capacity is invisible, a negative one is refused.
func NewArrayListCapacity[E any](capacity int32) *ArrayList[E] {
	if capacity < 0 {
		panic(NewIllegalArgumentException("Illegal Capacity: " + itoa(capacity)))
	}
	return &ArrayList[E]{}
}
