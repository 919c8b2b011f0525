package jrt

import "unsafe"

// A list seen through another element type. Java erases a List's element
// type, so one list object can be a List<String>, a List<?>, a raw List and a
// List<? extends Object> at once; Go's *ArrayList[string] and
// *ArrayList[any] are different types. A view is an *ArrayList[E] that owns
// no elements: every operation forwards to the list it views, converting the
// elements on the way. Reads convert with As[E], so an element of another
// type is a ClassCastException where it is used, as Java's checkcast is;
// writes reach the viewed list (converted with As[F]: a ClassCastException
// where Java would pollute the heap).
//
// Views are made only where Java sees a list through another element type
// (wildcards, raw types, unchecked casts). The hot paths of ordinary lists
// reach views without a call (viewOf; Add, Next, ForEach in lists.go), so
// Go still inlines them.

// listSource is what a view forwards to: the viewed list at the view's
// element type.
type listSource[E any] interface {
	get(i int32) E
	set(i int32, v E) E
	addAt(i int32, items []E) bool
	removeAt(i int32) E
	removeRange(from, to int32)
	clear()
	items() []E
	sort(cmp func(a, b E) int32)
	removeIf(pred func(E) bool) bool
	replaceAll(op func(E) E)
	list() any
}

// ListView is `(List<E>) l` for a list l of element type F: l itself when
// the types agree, else a view of l at element type E.
func ListView[E, F any](l *ArrayList[F]) *ArrayList[E] {
	if l == nil {
		return nil
	}
	if same, ok := any(l).(*ArrayList[E]); ok {
		return same
	}
	v := &viewOf[E]{
		listSource: &listView[E, F]{l},
		// A slice's length sits at the same place whatever its element
		// type: Size reads the viewed list's without a call.
		srcElems: (*[]struct{})(unsafe.Pointer(&l.a)),
		srcMods:  &l.modCount,
	}
	if inner := l.view; inner != nil {
		// A view of a view (a List<?> cast to List<String>) counts the list
		// underneath both.
		v.srcElems, v.srcMods = inner.srcElems, inner.srcMods
	}
	return &ArrayList[E]{kind: kindView, view: v}
}

// viewOf keeps a view's source behind one pointer (lists that are not views
// grow by one word), with the viewed list's length and modification count
// readable without a call (Size, IsEmpty and the fail-fast checks stay
// small enough for Go to inline for every list).
type viewOf[E any] struct {
	listSource[E]
	srcElems *[]struct{}
	srcMods  *int
}

// AsList is the cast `(List<E>) v`: the list itself, a view of a list of
// another element type (unchecked in Java), or a ClassCastException.
func AsList[E any](v any) *ArrayList[E] {
	if l, ok := v.(*ArrayList[E]); ok {
		return l
	}
	if l, ok := AsErasedList(v); ok {
		return ListView[E](l)
	}
	return As[*ArrayList[E]](v)
}

type erasableList interface{ ErasedList() *ArrayList[any] }

// AsSet is a checkcast to java.util.Set. Go interfaces are structural and a jrt
// list has every method Set declares, so a list is refused by name, as Java's
// nominal cast refuses it.
func AsSet[E any](v any) Set[E] {
	if _, isList := v.(erasableList); isList {
		panic(NewClassCastException("class " + ClassNameOf(v) + " cannot be cast to class java.util.Set"))
	}
	return As[Set[E]](v)
}

// ErasedList implements erasableList: the list as a List<?>.
func (l *ArrayList[E]) ErasedList() *ArrayList[any] { return ListView[any](l) }

// AsErasedList is `v instanceof List<?>` (or a raw List): the list as
// *ArrayList[any], or false.
func AsErasedList(v any) (*ArrayList[any], bool) {
	if l, ok := v.(erasableList); ok && !isNilValue(l) {
		return l.ErasedList(), true
	}
	return nil, false
}

// listView forwards to an *ArrayList[F] as a list of E.
type listView[E, F any] struct{ src *ArrayList[F] }

func toElem[T any](v any) T { return As[T](v) }

func convertAll[T, S any](s []S) []T {
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = toElem[T](v)
	}
	return out
}

func (v *listView[E, F]) get(i int32) E          { return toElem[E](v.src.Get(i)) }
func (v *listView[E, F]) removeAt(i int32) E     { return toElem[E](v.src.RemoveAt(i)) }
func (v *listView[E, F]) removeRange(a, b int32) { v.src.RemoveRange(a, b) }
func (v *listView[E, F]) clear()                 { v.src.Clear() }
func (v *listView[E, F]) items() []E             { return convertAll[E](v.src.Items()) }
func (v *listView[E, F]) list() any              { return v.src }

// Writes check what the list itself checks before converting: List.of
// seen as a List<Object> refuses any add with UnsupportedOperationException.
func (v *listView[E, F]) set(i int32, x E) E {
	v.src.checkWrite()
	v.src.checkIndex(i)
	return toElem[E](v.src.Set(i, toElem[F](x)))
}

func (v *listView[E, F]) addAt(i int32, items []E) bool {
	v.src.checkStructural()
	return v.src.AddAllAt(i, convertAll[F](items))
}

func (v *listView[E, F]) sort(cmp func(a, b E) int32) {
	if cmp == nil {
		v.src.Sort(nil)
		return
	}
	v.src.Sort(func(a, b F) int32 { return cmp(toElem[E](a), toElem[E](b)) })
}

func (v *listView[E, F]) removeIf(pred func(E) bool) bool {
	return v.src.RemoveIf(func(x F) bool { return pred(toElem[E](x)) })
}

func (v *listView[E, F]) replaceAll(op func(E) E) {
	v.src.ReplaceAll(func(x F) F { return toElem[F](op(toElem[E](x))) })
}

// SetView is a Set<F> seen as a Set<E> (a Set<Integer> where a
// Set<? extends Number> or a Collection<?> is wanted). jrt's sets are
// reached through the Set interface, so the view is a plain forwarding
// value: elements convert as a list view's do, and a lookup of an element of
// another type finds nothing, as Java's contains(Object) does.
func SetView[E, F any](s Set[F]) Set[E] {
	if isNilValue(s) {
		return nil
	}
	if same, ok := s.(Set[E]); ok {
		return same
	}
	return setView[E, F]{s}
}

type setView[E, F any] struct{ s Set[F] }

func (v setView[E, F]) Size() int32           { return v.s.Size() }
func (v setView[E, F]) IsEmpty() bool         { return v.s.IsEmpty() }
func (v setView[E, F]) Add(x E) bool          { return v.s.Add(toElem[F](x)) }
func (v setView[E, F]) AddAll(items []E) bool { return v.s.AddAll(convertAll[F](items)) }
func (v setView[E, F]) Clear()                { v.s.Clear() }
func (v setView[E, F]) Items() []E            { return convertAll[E](v.s.Items()) }
func (v setView[E, F]) ToString() string      { return v.s.ToString() }
func (v setView[E, F]) JavaClassName() string { return ClassNameOf(v.s) }
func (v setView[E, F]) Equals(o any) bool     { return Equals(v.s, o) }
func (v setView[E, F]) HashCode() int32       { return HashCode(v.s) }

func (v setView[E, F]) Contains(x E) bool {
	y, ok := keyOf[F](x)
	return ok && v.s.Contains(y)
}

func (v setView[E, F]) Remove(x E) bool {
	y, ok := keyOf[F](x)
	return ok && v.s.Remove(y)
}
