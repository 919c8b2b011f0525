package jrt

import "testing"

// thrown runs f and returns the Java class name of what it threw ("" if nothing).
func thrown(f func()) (name string) {
	defer func() {
		if r := recover(); r != nil {
			name = ClassNameOf(r)
		}
	}()
	f()
	return ""
}

func TestListViewOfSameTypeIsTheList(t *testing.T) {
	l := NewArrayList("a")
	if ListView[string](l) != l {
		t.Fatal("a view at the list's own element type must be the list")
	}
	if ListView[any, string](nil) != nil {
		t.Fatal("a view of null must be null")
	}
}

// (List<String>) (List<?>) raw: size and printing work, a wrong element throws where it is read.
func TestUncheckedViewThrowsOnUse(t *testing.T) {
	raw := NewArrayList[any]("text", BoxInt32(7))
	strs := ListView[string](raw)
	if strs.Size() != 2 || strs.ToString() != "[text, 7]" || strs.JavaClassName() != "java.util.ArrayList" {
		t.Fatalf("view reads size %d, %s, %s", strs.Size(), strs.ToString(), strs.JavaClassName())
	}
	if strs.Get(0) != "text" {
		t.Fatalf("get(0) = %q", strs.Get(0))
	}
	if got := thrown(func() { _ = strs.Get(1) }); got != "java.lang.ClassCastException" {
		t.Fatalf("get(1) threw %q, want ClassCastException", got)
	}
	if !strs.Equals(raw) || strs.HashCode() != raw.HashCode() {
		t.Fatal("a view equals and hashes as its list")
	}
}

// A List<?> or List<? extends Object> view of a List<String>: writes reach the list.
func TestErasedViewWritesThrough(t *testing.T) {
	strs := NewArrayList("b", "a")
	erased, ok := AsErasedList(any(strs))
	if !ok || erased.Size() != 2 {
		t.Fatal("a List<String> is a List<?>")
	}
	erased.Add("c")
	erased.AddAt(0, "z")
	erased.Set(1, "y")
	if strs.ToString() != "[z, y, a, c]" {
		t.Fatalf("writes through the view: %s", strs.ToString())
	}
	erased.Sort(func(a, b any) int32 { return Compare(a, b) })
	if strs.ToString() != "[a, c, y, z]" {
		t.Fatalf("sort through the view: %s", strs.ToString())
	}
	if got := thrown(func() { erased.Add(BoxInt32(1)) }); got != "java.lang.ClassCastException" {
		t.Fatalf("storing an Integer into a List<String> through a view threw %q", got)
	}
	erased.RemoveIf(func(v any) bool { return v == "c" })
	if erased.RemoveAt(0) != "a" || strs.ToString() != "[y, z]" {
		t.Fatalf("removes through the view: %s", strs.ToString())
	}
	if _, ok := AsErasedList(any((*ArrayList[string])(nil))); ok {
		t.Fatal("a nil list is not a List")
	}
	if _, ok := AsErasedList(any("s")); ok {
		t.Fatal("a String is not a List")
	}
}

func TestListViewIteratesAndFailsFast(t *testing.T) {
	ints := NewArrayList(BoxInt32(1), BoxInt32(2))
	nums := ListView[any](ints)
	var sum int32
	for it := nums.Iterator(); it.HasNext(); {
		sum += *it.Next().(*int32)
	}
	nums.ForEach(func(v any) { sum += *v.(*int32) })
	if sum != 6 {
		t.Fatalf("sum over iterator and forEach = %d", sum)
	}
	it := nums.Iterator()
	it.Next()
	ints.Add(BoxInt32(3))
	if got := thrown(func() { it.Next() }); got != "java.util.ConcurrentModificationException" {
		t.Fatalf("a change to the list under a view's iterator threw %q", got)
	}
	immutable := ListView[any](ListOf("x"))
	if got := thrown(func() { immutable.Add("y") }); got != "java.lang.UnsupportedOperationException" {
		t.Fatalf("adding to a List.of through a view threw %q", got)
	}
}

// (List<String>) obj: the list itself, a view of another instantiation, or a ClassCastException.
func TestAsListCastsAnyList(t *testing.T) {
	strs := NewArrayList("a")
	if AsList[string](any(strs)) != strs {
		t.Fatal("a cast to the list's own type is the list")
	}
	objs := AsList[any](any(strs))
	if objs.Get(0) != "a" || AsList[string](nil) != nil {
		t.Fatal("a cast to another element type views the list; null stays null")
	}
	if got := thrown(func() { AsList[string](any("a")) }); got != "java.lang.ClassCastException" {
		t.Fatalf("casting a String to a List threw %q", got)
	}
}

// (Set<String>) (Object) list: a jrt list has every method of Go's structural jrt.Set, Java refuses it.
func TestAsSetRefusesAList(t *testing.T) {
	set := NewHashSetFrom([]string{"a"})
	if AsSet[string](any(set)).Size() != 1 || AsSet[string](nil) != nil {
		t.Fatal("a cast of a set is the set; null stays null")
	}
	if got := thrown(func() { AsSet[string](any(NewArrayList("a"))) }); got != "java.lang.ClassCastException" {
		t.Fatalf("casting a List to a Set threw %q", got)
	}
}

func TestViewOfAViewCountsTheListUnderneath(t *testing.T) {
	ints := NewArrayList(BoxInt32(1), BoxInt32(2))
	strs := ListView[string](ListView[any](ints))
	ints.Add(BoxInt32(3))
	if strs.Size() != 3 || strs.IsEmpty() || strs.ToString() != "[1, 2, 3]" {
		t.Fatalf("a view of a view sees %d elements: %s", strs.Size(), strs.ToString())
	}
	if got := thrown(func() { _ = strs.Get(0) }); got != "java.lang.ClassCastException" {
		t.Fatalf("reading an Integer as a String through two views threw %q", got)
	}
}

// A Set<Integer> as a Set<? extends Number>, and a Set<Object> as a Set<? super Integer>.
func TestSetViewForwards(t *testing.T) {
	ints := NewTreeSet[*int32](nil)
	ints.Add(BoxInt32(5))
	ints.Add(BoxInt32(2))
	nums := SetView[any, *int32](ints)
	if nums.Size() != 2 || !nums.Contains(BoxInt32(5)) || nums.Contains("5") || nums.ToString() != "[2, 5]" {
		t.Fatalf("view of %s: size %d", ints.ToString(), nums.Size())
	}
	nums.Add(BoxInt32(9))
	if !nums.Remove(BoxInt32(2)) || ints.ToString() != "[5, 9]" {
		t.Fatalf("writes through the view: %s", ints.ToString())
	}
	if got := thrown(func() { nums.Add("x") }); got != "java.lang.ClassCastException" {
		t.Fatalf("adding a String to a Set<Integer> through a view threw %q", got)
	}
	objs := NewHashSet[any]()
	SetView[*int32, any](objs).Add(BoxInt32(42))
	if objs.ToString() != "[42]" || SetView[any, any](objs) != Set[any](objs) {
		t.Fatalf("? super Integer view: %s", objs.ToString())
	}
}
