package jrt

import (
	"math"
	"strings"
	"testing"
)

var words = strings.Split("the quick brown fox jumps over the lazy dog while seven wizards quietly hex "+
	"jumbled boxes of zebra apple banana cherry date elderberry fig grape honeydew kiwi lemon mango nectarine "+
	"orange papaya quince raspberry strawberry tangerine ugli vanilla watermelon xigua yam zucchini Aa BB", " ")

func sum32(a, b int32) int32 { return a + b }

func collectionCases() map[string]func() string {
	c := map[string]func() string{}
	counts := NewHashMap[string, int32]()
	for _, w := range words {
		counts.Merge(w, 1, sum32)
	}
	full := counts.ToString()
	c["wordcounts"] = func() string { return full }
	for i := 0; i < len(words); i += 3 {
		counts.Remove(words[i])
	}
	c["wordcounts_removed"] = counts.ToString
	c["intmap"] = func() string {
		im := NewHashMap[int32, string]()
		for i := int32(0); i < 100; i++ {
			im.Put(i*7919-50000, "v"+ToString(i))
		}
		return ArraysToString(im.Keys())
	}
	small := NewHashMapCap[int32, int32](3)
	for i := int32(0); i < 20; i++ {
		small.Put(i*37%101, i)
	}
	c["smallcap"] = small.ToString
	c["copy"] = func() string { return NewHashMapFrom(small).ToString() }
	ws := NewHashSetFrom(words)
	c["wordset"] = ws.ToString
	c["longset"] = func() string {
		s := NewHashSet[int64]()
		for i := int64(-5); i < 30; i++ {
			s.Add(i * 1_000_000_007)
		}
		return s.ToString()
	}
	c["doubleset"] = func() string {
		return NewHashSetFrom([]float64{0.5, math.Copysign(0, -1), 0.0, 1e10, 3.14, math.NaN(), -2.5, 100.0}).ToString()
	}
	c["charset"] = func() string {
		s := NewHashSet[uint16]()
		for _, ch := range Chars("hello world, HashSet of chars!") {
			s.Add(ch)
		}
		return s.ToString()
	}
	c["boolset"] = func() string { return NewHashSetFrom([]bool{true, false}).ToString() }
	c["groups"] = func() string {
		g := NewHashMap[string, *ArrayList[int32]]()
		for i := int32(0); i < 30; i++ {
			g.ComputeIfAbsent("g"+ToString(i%7), func(string) *ArrayList[int32] { return NewArrayList[int32]() }).Add(i)
		}
		return g.ToString()
	}
	c["lru"] = func() string {
		lru := NewLinkedHashMap[string, int32](true)
		lru.RemoveEldest = func(*MapEntry[string, int32]) bool { return lru.Size() > 3 }
		for _, w := range []string{"a", "b", "c", "a", "d", "b", "e"} {
			lru.Put(w, StrLength(w))
			lru.Get("a")
		}
		return lru.ToString()
	}
	c["linked"] = func() string {
		m := NewLinkedHashMap[string, int32](false)
		for _, w := range words {
			m.PutIfAbsent(w, StrLength(w))
		}
		return m.ToString()
	}
	tm := NewTreeMap[string, int32](nil)
	counts.ForEach(func(k string, v int32) { tm.Put(k, v) })
	c["treemap"] = tm.ToString
	c["tm_floor"] = func() string {
		return tm.FloorKey("m") + "," + tm.CeilingKey("m") + "," + tm.FirstKey() + "," + tm.LastKey() + "," +
			tm.HeadMap("c", false).ToString() + "," + tm.TailMap("y", true).ToString()
	}
	c["random"] = func() string {
		r := NewRandomSeed(42)
		sb := NewStringBuilder("")
		for i := 0; i < 5; i++ {
			sb.Append(r.NextInt()).AppendChar(' ')
		}
		for i := 0; i < 5; i++ {
			sb.Append(r.NextIntBound(100)).AppendChar(' ')
		}
		for i := 0; i < 5; i++ {
			sb.Append(r.NextIntBound(1 << 20)).AppendChar(' ')
		}
		for i := 0; i < 3; i++ {
			sb.Append(r.NextIntBound(1000000007)).AppendChar(' ')
		}
		sb.Append(r.NextLong()).AppendChar(' ').Append(r.NextDouble()).AppendChar(' ').Append(r.NextBoolean()).AppendChar(' ').Append(r.NextFloat())
		for i := 0; i < 6; i++ {
			sb.AppendChar(' ').Append(r.NextGaussian())
		}
		sb.AppendChar(' ').Append(r.NextIntRange(5, 10))
		return sb.ToString()
	}
	c["shuffle"] = func() string {
		l := NewArrayList[int32]()
		for i := int32(1); i <= 20; i++ {
			l.Add(i)
		}
		CollectionsShuffle(l, NewRandomSeed(7))
		return l.ToString()
	}
	pq := NewPriorityQueue[int32](nil)
	r2 := NewRandomSeed(3)
	for i := 0; i < 15; i++ {
		pq.Add(r2.NextIntBound(100))
	}
	pqs := pq.ToString()
	c["pq"] = func() string { return pqs }
	c["pq2"] = func() string {
		pq.Poll()
		pq.Poll()
		pq.RemoveObject(pq.Items()[5])
		return pq.ToString()
	}
	c["pqheapify"] = func() string { return NewPriorityQueueFrom([]int32{9, 3, 7, 1, 8, 2, 6, 5, 4}, nil).ToString() }
	c["pqrev"] = func() string {
		p := NewPriorityQueue(ReverseOrder[string]())
		for _, w := range words[:12] {
			p.Add(w)
		}
		return p.ToString()
	}
	c["deque"] = func() string {
		dq := NewArrayDeque[int32]()
		for i := int32(0); i < 20; i++ {
			if i%3 == 0 {
				dq.AddFirst(i)
			} else {
				dq.AddLast(i)
			}
		}
		dq.PollFirst()
		dq.PollLast()
		return dq.ToString()
	}
	c["stablesort"] = func() string {
		l := NewArrayList(words...)
		l.Sort(func(a, b string) int32 { return IntegerCompare(StrLength(a), StrLength(b)) })
		return l.ToString()
	}
	c["sortdoubles"] = func() string {
		da := []float64{3.5, math.Copysign(0, -1), 0.0, math.NaN(), -1e300, 2.0, math.Inf(-1)}
		ArraysSortPrimitive(da)
		return ArraysToString(da)
	}
	c["listhash"] = func() string {
		return ToString(ListOf[int32](1, 2, 3).HashCode()) + "," + ToString(NewArrayList("a", "b").HashCode()) + "," +
			ToString(ListOf[int32](1, 2, 3).Equals(NewArrayList[int32](1, 2, 3)))
	}
	c["maphash"] = func() string { return ToString(counts.HashCode()) }
	c["sethash"] = func() string { return ToString(ws.HashCode()) }
	c["optional"] = func() string {
		return OptionalOf[*int32](BoxInt32(5)).ToString() + "," + OptionalEmpty[*int32]().ToString()
	}
	c["binsearch"] = func() string {
		return ToString(ArraysBinarySearch([]int32{1, 3, 5, 7}, 4)) + "," + ToString(ArraysBinarySearch([]int32{1, 3, 5, 7}, 5))
	}
	c["deep"] = func() string { return ArraysDeepToString([][]int32{{1, 2}, {3}}) }
	c["bigset_sample"] = func() string {
		big := make([]int32, 0, 2000)
		for i := int32(0); i < 2000; i++ {
			big = append(big, i*31%1009)
		}
		s := NewHashSetFrom(big)
		var b strings.Builder
		for n, v := range s.Items() {
			if n%50 == 0 {
				b.WriteString(ToString(v) + ",")
			}
		}
		return b.String()
	}
	c["bigmap_sample"] = func() string {
		m := NewHashMap[string, int32]()
		for i := int32(0); i < 500; i++ {
			m.Put("key"+ToString(i), i)
		}
		var b strings.Builder
		for n, k := range m.Keys() {
			if n%25 == 0 {
				b.WriteString(k + ",")
			}
		}
		return b.String()
	}
	return c
}

func TestCollectionsGolden(t *testing.T) {
	cases := collectionCases()
	rows := readGolden(t, "collections.txt")
	for _, r := range rows {
		f, ok := cases[r[0]]
		if !ok {
			t.Errorf("no Go case for %q", r[0])
			continue
		}
		if got := try(func() any { return f() }); got != r[1] {
			t.Errorf("%s:\n got  %s\n want %s", r[0], got, r[1])
		}
	}
	t.Logf("%d collection cases checked", len(rows))
}

func TestBoxingIdentity(t *testing.T) {
	if BoxInt32(127) != BoxInt32(127) || BoxInt32(128) == BoxInt32(128) || BoxChar('a') != BoxChar('a') || BoxBool(true) != BoxBool(true) {
		t.Fatal("box cache identity differs from Java")
	}
	if !Equals(BoxInt32(1000), BoxInt32(1000)) || Equals(BoxInt32(1), BoxInt64(1)) {
		t.Fatal("boxed equals")
	}
	if ToString((*int32)(nil)) != "null" || HashCode(BoxInt64(-1)) != 0 {
		t.Fatal("boxed ToString/HashCode")
	}
}

func TestIteratorFailFast(t *testing.T) {
	l := NewArrayList[int32](1, 2, 3)
	_, thrown := Catching(func() int {
		for it := l.Iterator(); it.HasNext(); {
			if v := it.Next(); v == 1 {
				l.Remove(v)
			}
		}
		return 0
	})
	if thrown == nil || thrown.JavaClassName() != "java.util.ConcurrentModificationException" {
		t.Fatal(thrown)
	}
	m := NewHashMap[int32, int32]()
	m.Put(1, 1)
	m.Put(2, 2)
	for it := m.Iterator(); it.HasNext(); {
		if it.Next().Key == 1 {
			it.Remove()
		}
	}
	if m.ToString() != "{2=2}" {
		t.Fatal(m.ToString())
	}
}
