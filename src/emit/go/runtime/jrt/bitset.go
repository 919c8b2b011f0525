// java.util.BitSet.

package jrt

import (
	"math/bits"
	"strconv"
	"strings"
)

// BitSet is java.util.BitSet: bit i is bit i%64 of words[i/64]; words beyond the highest set bit
// are dropped (Java's wordsInUse), so length() and toLongArray() need no scan.
type BitSet struct{ words []uint64 }

// NewBitSet is new BitSet() / new BitSet(nbits) (a negative size throws as Java does).
func NewBitSet(nbits ...int32) *BitSet {
	if len(nbits) > 0 && nbits[0] < 0 {
		panic(NewNegativeArraySizeException("nbits < 0: " + strconv.Itoa(int(nbits[0]))))
	}
	return &BitSet{}
}

// JavaClassName is the binary name of the Java class.
func (b *BitSet) JavaClassName() string { return "java.util.BitSet" }

func bitRange(args []int32) (from, to int) {
	from = int(args[0])
	to = from + 1
	if len(args) > 1 {
		to = int(args[1])
	}
	if from < 0 {
		panic(NewIndexOutOfBoundsException("fromIndex < 0: " + strconv.Itoa(from)))
	}
	if to < from {
		panic(NewIndexOutOfBoundsException("fromIndex: " + strconv.Itoa(from) + " > toIndex: " + strconv.Itoa(to)))
	}
	return from, to
}

func (b *BitSet) update(from, to int, f func(w, mask uint64) uint64) {
	for i := from; i < to; i++ {
		for len(b.words) <= i/64 {
			b.words = append(b.words, 0)
		}
		b.words[i/64] = f(b.words[i/64], 1<<(uint(i)%64))
	}
	b.trim()
}

func (b *BitSet) trim() {
	for len(b.words) > 0 && b.words[len(b.words)-1] == 0 {
		b.words = b.words[:len(b.words)-1]
	}
}

// Set is set(i) / set(from, to).
func (b *BitSet) Set(args ...int32) {
	from, to := bitRange(args)
	b.update(from, to, func(w, m uint64) uint64 { return w | m })
}

// Clear is clear() / clear(i) / clear(from, to).
func (b *BitSet) Clear(args ...int32) {
	if len(args) == 0 {
		b.words = nil
		return
	}
	from, to := bitRange(args)
	b.update(from, to, func(w, m uint64) uint64 { return w &^ m })
}

// Flip is flip(i) / flip(from, to).
func (b *BitSet) Flip(args ...int32) {
	from, to := bitRange(args)
	b.update(from, to, func(w, m uint64) uint64 { return w ^ m })
}

// Get is get(i).
func (b *BitSet) Get(i int32) bool {
	if i < 0 {
		panic(NewIndexOutOfBoundsException("bitIndex < 0: " + strconv.Itoa(int(i))))
	}
	w := int(i) / 64
	return w < len(b.words) && b.words[w]&(1<<(uint(i)%64)) != 0
}

// Cardinality is cardinality().
func (b *BitSet) Cardinality() int32 {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return int32(n)
}

// Length is length(): the highest set bit plus one.
func (b *BitSet) Length() int32 {
	if len(b.words) == 0 {
		return 0
	}
	return int32(64*(len(b.words)-1) + bits.Len64(b.words[len(b.words)-1]))
}

// IsEmpty is isEmpty().
func (b *BitSet) IsEmpty() bool { return len(b.words) == 0 }

// NextSetBit is nextSetBit(from), -1 when none.
func (b *BitSet) NextSetBit(from int32) int32 {
	for i := from; i < b.Length(); i++ {
		if b.Get(i) {
			return i
		}
	}
	return -1
}

// NextClearBit is nextClearBit(from).
func (b *BitSet) NextClearBit(from int32) int32 {
	i := from
	for b.Get(i) {
		i++
	}
	return i
}

func (b *BitSet) combine(o *BitSet, f func(x, y uint64) uint64) {
	for len(b.words) < len(o.words) {
		b.words = append(b.words, 0)
	}
	for i := range b.words {
		var y uint64
		if i < len(o.words) {
			y = o.words[i]
		}
		b.words[i] = f(b.words[i], y)
	}
	b.trim()
}

// And is and(other).
func (b *BitSet) And(o *BitSet) { b.combine(o, func(x, y uint64) uint64 { return x & y }) }

// Or is or(other).
func (b *BitSet) Or(o *BitSet) { b.combine(o, func(x, y uint64) uint64 { return x | y }) }

// Xor is xor(other).
func (b *BitSet) Xor(o *BitSet) { b.combine(o, func(x, y uint64) uint64 { return x ^ y }) }

// AndNot is andNot(other).
func (b *BitSet) AndNot(o *BitSet) { b.combine(o, func(x, y uint64) uint64 { return x &^ y }) }

// ToLongArray is toLongArray().
func (b *BitSet) ToLongArray() []int64 {
	out := make([]int64, len(b.words))
	for i, w := range b.words {
		out[i] = int64(w)
	}
	return out
}

// Clone is clone().
func (b *BitSet) Clone() any { return &BitSet{append([]uint64(nil), b.words...)} }

// Equals is equals(o): the same set bits.
func (b *BitSet) Equals(o any) bool {
	p, ok := o.(*BitSet)
	if !ok || len(p.words) != len(b.words) {
		return false
	}
	for i := range b.words {
		if b.words[i] != p.words[i] {
			return false
		}
	}
	return true
}

// ToString is "{1, 3, 64}".
func (b *BitSet) ToString() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i := b.NextSetBit(0); i >= 0; i = b.NextSetBit(i + 1) {
		if sb.Len() > 1 {
			sb.WriteString(", ")
		}
		sb.WriteString(strconv.Itoa(int(i)))
	}
	sb.WriteByte('}')
	return sb.String()
}
