package jrt

import (
	"strings"
	"testing"
)

// TestExceptionMessages checks exception texts against Java 17's, recorded
// in testdata/messages.txt by testdata/gen/Msgs.java ("label !! exception").
func TestExceptionMessages(t *testing.T) {
	l3 := func() *ArrayList[int32] { return NewArrayList[int32](1, 2, 3) }
	cases := map[string]func() any{
		"charAt":            func() any { return CharAt("abc", 5) },
		"charAtNeg":         func() any { return CharAt("abc", -1) },
		"charAtU":           func() any { return CharAt("ab\u00e9", 5) },
		"sub21":             func() any { return Substring("abc", 2, 1) },
		"sub5":              func() any { return Substring1("abc", 5) },
		"subNeg":            func() any { return Substring1("abc", -1) },
		"sub04":             func() any { return Substring("abc", 0, 4) },
		"cpAt":              func() any { return CodePointAt("abc", 3) },
		"pi abc":            func() any { return ParseInt("abc", 10) },
		"pi empty":          func() any { return ParseInt("", 10) },
		"pi 9 r8":           func() any { return ParseInt("9", 8) },
		"pi r40":            func() any { return ParseInt("1", 40) },
		"pi r1":             func() any { return ParseInt("1", 1) },
		"pi big":            func() any { return ParseInt("2147483648", 10) },
		"pi -":              func() any { return ParseInt("-", 10) },
		"pi +5":             func() any { return ParseInt("+5", 10) },
		"pl x":              func() any { return ParseLong("x", 10) },
		"pl big":            func() any { return ParseLong("9223372036854775808", 10) },
		"pd abc":            func() any { return ParseDouble("abc") },
		"pd empty":          func() any { return ParseDouble("") },
		"pd ws":             func() any { return ParseDouble(" 1.5 ") },
		"al get":            func() any { return l3().Get(5) },
		"al getNeg":         func() any { return l3().Get(-1) },
		"al set":            func() any { return l3().Set(3, 1) },
		"al add":            func() any { l3().AddAt(5, 1); return nil },
		"al remove":         func() any { return l3().RemoveAt(3) },
		"al sublist":        func() any { return l3().SubList(2, 1) },
		"al sublist2":       func() any { return l3().SubList(0, 4) },
		"ll get":            func() any { return NewLinkedList[int32](1, 2, 3).Get(5) },
		"ll getFirst":       func() any { return NewLinkedList[int32]().GetFirst() },
		"ll remove":         func() any { return NewLinkedList[int32]().RemoveFirst() },
		"listof get":        func() any { return ListOf[int32](1).Get(3) },
		"listof add":        func() any { return ListOf[int32](1).Add(3) },
		"unmod add":         func() any { return UnmodifiableList(NewArrayList[int32]()).Add(3) },
		"arrNeg":            func() any { return NewArray[int32](-1) },
		"sb charAt":         func() any { return NewStringBuilder("abc").CharAt(5) },
		"sb deleteCharAt":   func() any { return NewStringBuilder("abc").DeleteCharAt(5) },
		"sb setLength":      func() any { NewStringBuilder("abc").SetLength(-1); return nil },
		"sb insert":         func() any { return NewStringBuilder("abc").Insert(5, "x") },
		"sb delete":         func() any { return NewStringBuilder("abc").Delete(2, 1) },
		"sb setCharAt":      func() any { NewStringBuilder("abc").SetCharAt(3, 'x'); return nil },
		"sb substring":      func() any { return NewStringBuilder("abc").Substring1(4) },
		"it next":           func() any { return NewArrayList[int32]().Iterator().Next() },
		"deque pop":         func() any { return NewArrayDeque[int32]().Pop() },
		"deque removeFirst": func() any { return NewArrayDeque[int32]().RemoveFirst() },
		"deque getFirst":    func() any { return NewArrayDeque[int32]().GetFirst() },
		"deque addNull":     func() any { NewArrayDeque[*int32]().Add(nil); return nil },
		"stack pop":         func() any { return NewStack[int32]().Pop() },
		"pq remove":         func() any { return NewPriorityQueue[int32](nil).Remove() },
		"treemap firstKey":  func() any { return NewTreeMap[int32, int32](nil).FirstKey() },
		"hm it next":        func() any { return NewHashMap[int32, int32]().Iterator().Next() },
		"repeat":            func() any { return Repeat("ab", -1) },
		"toIntExact":        func() any { return ToIntExact(1 << 40) },
		"addExact":          func() any { return AddExactInt32(IntegerMaxValue, 1) },
		"addExactL":         func() any { return AddExactInt64(LongMaxValue, 1) },
		"mulExact":          func() any { return MultiplyExactInt32(IntegerMaxValue, 2) },
		"mulExactL":         func() any { return MultiplyExactInt64(LongMaxValue, 2) },
		"subExact":          func() any { return SubtractExactInt32(IntegerMinValue, 1) },
		"negExact":          func() any { return NegateExactInt32(IntegerMinValue) },
		"incExact":          func() any { return IncrementExactInt32(IntegerMaxValue) },
		"floorDiv0":         func() any { return FloorDiv(1, 0) },
		"div0":              func() any { return DivInt32(1, 0) },
		"mod0":              func() any { return RemInt64(1, 0) },
		"fmt missing":       func() any { return Format("%d %d", int32(1)) },
		"fmt unknown":       func() any { return Format("%q", int32(1)) },
		"fmt conv":          func() any { return Format("%d", "x") },
		"fmt conv2":         func() any { return Format("%c", "x") },
		"fmt flags":         func() any { return Format("%-d", int32(1)) },
		"fmt prec":          func() any { return Format("%.2d", int32(1)) },
		"opt get":           func() any { return OptionalEmpty[int32]().Get() },
		"opt of":            func() any { return OptionalOf[*int32](nil) },
		"bigint":            func() any { return NewBigInteger("12x", 10) },
		"bigdec div":        func() any { return NewBigDecimal("1").Divide(NewBigDecimal("3")) },
		"bigint div0":       func() any { return BigIntegerOne.Divide(BigIntegerZero) },
		"valueOf char":      func() any { return CharToChars(-1) },
		"rnd bound":         func() any { return NewRandomSeed(1).NextIntBound(0) },
		"collections max":   func() any { return CollectionsMax([]int32{}, nil) },
		"arrays aslist add": func() any { return ArraysAsList[int32](1, 2).Add(3) },
		"it remove":         func() any { NewArrayList[int32](1).Iterator().Remove(); return nil },
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(readFile(t, "messages.txt")), "\n") {
		label, want, ok := strings.Cut(line, " !! ")
		if !ok {
			label, want, _ = strings.Cut(line, " => ")
		} else {
			want = "!" + want
		}
		f, ok := cases[label]
		if !ok {
			continue
		}
		checked++
		if got := try(f); got != want {
			t.Errorf("%s: got %q want %q", label, got, want)
		}
	}
	if checked != len(cases) {
		t.Errorf("checked %d of %d cases", checked, len(cases))
	}
}
