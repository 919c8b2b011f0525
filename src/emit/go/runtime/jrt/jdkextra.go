package jrt

import (
	"math"
	"math/big"
	"runtime"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// ArraysClone is array.clone() (a shallow copy; a null array is a NullPointerException).
func ArraysClone[T any](a []T) []T {
	if a == nil {
		panic(&NullPointerException{})
	}
	out := make([]T, len(a))
	copy(out, a)
	return out
}

// Charset names for StandardCharsets.* (a charset is its canonical name).
const (
	CharsetUTF8     = "UTF-8"
	CharsetUTF16BE  = "UTF-16BE"
	CharsetUTF16LE  = "UTF-16LE"
	CharsetUTF16    = "UTF-16"
	CharsetISO88591 = "ISO-8859-1"
	CharsetASCII    = "US-ASCII"
)

// GetBytes is String.getBytes(charset): unmappable characters (and lone surrogates) become '?'.
func GetBytes(s, charset string) []int8 {
	u := unitsOf(s)
	out := []int8{}
	switch charset {
	case CharsetUTF16BE, CharsetUTF16LE, CharsetUTF16:
		if charset == CharsetUTF16 {
			out = append(out, -2, -1)
		}
		for _, c := range u {
			hi, lo := int8(c>>8), int8(c)
			if charset == CharsetUTF16LE {
				hi, lo = lo, hi
			}
			out = append(out, hi, lo)
		}
		return out
	case CharsetISO88591, CharsetASCII:
		limit := uint16(0xff)
		if charset == CharsetASCII {
			limit = 0x7f
		}
		for i := 0; i < len(u); i++ {
			c := u[i]
			if isHigh(c) && i+1 < len(u) && isLow(u[i+1]) {
				i++
				out = append(out, '?')
			} else if c > limit {
				out = append(out, '?')
			} else {
				out = append(out, int8(c))
			}
		}
		return out
	}
	var b []byte
	for _, r := range runesOf(s) {
		if r >= 0xd800 && r <= 0xdfff {
			b = append(b, '?')
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	for _, x := range b {
		out = append(out, int8(x))
	}
	return out
}

// NewStringFromBytes is new String(bytes, charset); malformed UTF-8 decodes to U+FFFD.
func NewStringFromBytes(bs []int8, charset string) string {
	switch charset {
	case CharsetUTF16BE, CharsetUTF16LE, CharsetUTF16:
		us := make([]uint16, 0, len(bs)/2)
		le := charset == CharsetUTF16LE
		for i := 0; i+1 < len(bs); i += 2 {
			a, b := uint16(uint8(bs[i])), uint16(uint8(bs[i+1]))
			if le {
				a, b = b, a
			}
			us = append(us, a<<8|b)
		}
		return encodeUnits(us)
	case CharsetISO88591, CharsetASCII:
		us := make([]uint16, len(bs))
		for i, x := range bs {
			us[i] = uint16(uint8(x))
			if charset == CharsetASCII && x < 0 {
				us[i] = 0xfffd
			}
		}
		return encodeUnits(us)
	}
	b := make([]byte, len(bs))
	for i, x := range bs {
		b[i] = byte(x)
	}
	return string([]rune(string(b)))
}

// ObjectsToStringOr is Objects.toString(o, nullDefault).
func ObjectsToStringOr(o any, def string) string {
	if isNilValue(o) {
		return def
	}
	return ToString(o)
}

// ToCodePoint is Character.toCodePoint(high, low).
func ToCodePoint(hi, lo uint16) int32 { return toCodePoint(hi, lo) }

// CharIsIdeographic is Character.isIdeographic(cp).
func CharIsIdeographic(cp int32) bool { return unicode.Is(unicode.Ideographic, rune(cp)) }

// CollectionsRotate is Collections.rotate(list, distance).
func CollectionsRotate[E any](l *ArrayList[E], distance int32) {
	a := l.Items()
	n := int32(len(a))
	if n == 0 {
		return
	}
	d := ((distance % n) + n) % n
	if d == 0 {
		return
	}
	rot := append(append([]E{}, a[n-d:]...), a[:n-d]...)
	for i, v := range rot {
		l.Set(int32(i), v)
	}
}

// ParseUnsignedInt is Integer.parseUnsignedInt(s, radix).
func ParseUnsignedInt(s string, radix int32) int32 {
	if s == "" {
		panic(NewNumberFormatException("For input string: \"\"" + radixSuffix(radix)))
	}
	if s[0] == '-' {
		panic(NewNumberFormatException("Illegal leading minus sign on unsigned string " + s + "."))
	}
	v := parseSigned(s, radix, 0, math.MaxInt64)
	if v > math.MaxUint32 {
		panic(NewNumberFormatException("String value " + s + " exceeds range of unsigned int."))
	}
	return int32(uint32(v))
}

func radixSuffix(radix int32) string {
	if radix == 10 {
		return ""
	}
	return " under radix " + strconv.Itoa(int(radix))
}

// ToUnsignedString64 is Long.toUnsignedString(v).
func ToUnsignedString64(v int64) string { return strconv.FormatUint(uint64(v), 10) }

// AbsExactInt32 is Math.absExact(int).
func AbsExactInt32(a int32) int32 {
	if a == math.MinInt32 {
		panic(NewArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE"))
	}
	return AbsInt32(a)
}

// AbsExactInt64 is Math.absExact(long).
func AbsExactInt64(a int64) int64 {
	if a == math.MinInt64 {
		panic(NewArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE"))
	}
	if a < 0 {
		return -a
	}
	return a
}

// RegionMatches is String.regionMatches([ignoreCase,] toffset, other, ooffset, len).
func RegionMatches(s string, ignoreCase bool, toff int32, other string, ooff, n int32) bool {
	a, b := unitsOf(s), unitsOf(other)
	if ooff < 0 || toff < 0 || int64(toff) > int64(len(a))-int64(n) || int64(ooff) > int64(len(b))-int64(n) {
		return false
	}
	for i := int32(0); i < n; i++ {
		c1, c2 := a[toff+i], b[ooff+i]
		if c1 == c2 {
			continue
		}
		if ignoreCase {
			u1, u2 := CharToUpperCase(c1), CharToUpperCase(c2)
			if u1 == u2 || CharToLowerCase(u1) == CharToLowerCase(u2) {
				continue
			}
		}
		return false
	}
	return true
}

// CodePointCountRange is String.codePointCount(begin, end).
func CodePointCountRange(s string, begin, end int32) int32 {
	u := unitsOf(s)
	if begin < 0 || end > int32(len(u)) || begin > end {
		panic(NewIndexOutOfBoundsException(""))
	}
	n := int32(0)
	for i := begin; i < end; i++ {
		if isHigh(u[i]) && i+1 < end && isLow(u[i+1]) {
			i++
		}
		n++
	}
	return n
}

// Or is BigInteger.or.
func (b *BigInteger) Or(o *BigInteger) *BigInteger { return b.op((*big.Int).Or, o) }

// And is BigInteger.and.
func (b *BigInteger) And(o *BigInteger) *BigInteger { return b.op((*big.Int).And, o) }

// Xor is BigInteger.xor.
func (b *BigInteger) Xor(o *BigInteger) *BigInteger { return b.op((*big.Int).Xor, o) }

// AndNot is BigInteger.andNot.
func (b *BigInteger) AndNot(o *BigInteger) *BigInteger { return b.op((*big.Int).AndNot, o) }

// Not is BigInteger.not.
func (b *BigInteger) Not() *BigInteger { return BigIntegerFromBig(new(big.Int).Not(b.v)) }

// ModInverse is BigInteger.modInverse.
func (b *BigInteger) ModInverse(m *BigInteger) *BigInteger {
	if m.v.Sign() <= 0 {
		panic(NewArithmeticException("BigInteger: modulus not positive"))
	}
	if m.v.Cmp(big.NewInt(1)) == 0 {
		return BigIntegerFromBig(new(big.Int))
	}
	g := new(big.Int).Mod(b.v, m.v)
	z := new(big.Int).ModInverse(g, m.v)
	if z == nil {
		panic(NewArithmeticException("BigInteger not invertible."))
	}
	return BigIntegerFromBig(z)
}

// MovePointRight is BigDecimal.movePointRight.
func (d *BigDecimal) MovePointRight(n int32) *BigDecimal {
	r := &BigDecimal{new(big.Int).Set(d.unscaled), d.scale - n}
	if r.scale < 0 {
		return r.SetScale(0, RoundUnnecessary)
	}
	return r
}

// MovePointLeft is BigDecimal.movePointLeft.
func (d *BigDecimal) MovePointLeft(n int32) *BigDecimal { return d.MovePointRight(-n) }

// DivideToIntegralValue is BigDecimal.divideToIntegralValue.
func (d *BigDecimal) DivideToIntegralValue(o *BigDecimal) *BigDecimal {
	if o.unscaled.Sign() == 0 {
		panic(NewArithmeticException("Division by zero"))
	}
	pref := d.scale - o.scale
	// |d| / |o| truncated: compare with both at a common scale.
	s := d.scale
	if o.scale > s {
		s = o.scale
	}
	q := new(big.Int).Quo(d.rescaled(s), o.rescaled(s))
	r := &BigDecimal{q, 0}
	if pref > 0 {
		return r.SetScale(pref, RoundUnnecessary)
	}
	return r.stripTo(pref)
}

// OptionalFlatMap is Optional.flatMap.
func OptionalFlatMap[T, U any](o *Optional[T], f func(T) *Optional[U]) *Optional[U] {
	if !o.present {
		return &Optional[U]{}
	}
	r := f(o.v)
	if r == nil {
		panic(&NullPointerException{})
	}
	return r
}

// CaseInsensitiveOrder is String.CASE_INSENSITIVE_ORDER.
func CaseInsensitiveOrder(a, b string) int32 { return CompareToIgnoreCase(a, b) }

// RequireNonNullElse is Objects.requireNonNullElse.
func RequireNonNullElse[T any](v, def T) T {
	if !isNilValue(any(v)) {
		return v
	}
	if isNilValue(any(def)) {
		panic(NewNullPointerException("defaultObj"))
	}
	return def
}

// ArraysDeepEquals is Arrays.deepEquals.
func ArraysDeepEquals(a, b any) bool {
	if isNilValue(a) || isNilValue(b) {
		return isNilValue(a) && isNilValue(b)
	}
	x, ok1 := sliceItems(a)
	y, ok2 := sliceItems(b)
	if !ok1 || !ok2 {
		return Equals(a, b)
	}
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if !ArraysDeepEquals(x[i], y[i]) {
			return false
		}
	}
	return true
}

// ArraysDeepHashCode is Arrays.deepHashCode.
func ArraysDeepHashCode(a any) int32 {
	if isNilValue(a) {
		return 0
	}
	items, ok := sliceItems(a)
	if !ok {
		return HashCode(a)
	}
	h := int32(1)
	for _, x := range items {
		e := int32(0)
		if !isNilValue(x) {
			if _, isArr := sliceItems(x); isArr {
				e = ArraysDeepHashCode(x)
			} else {
				e = HashCode(x)
			}
		}
		h = 31*h + e
	}
	return h
}

// OffsetByCodePoints is String.offsetByCodePoints(index, offset).
func OffsetByCodePoints(s string, index, offset int32) int32 {
	u := unitsOf(s)
	if index < 0 || index > int32(len(u)) {
		panic(NewIndexOutOfBoundsException(""))
	}
	x := index
	for ; offset > 0; offset-- {
		if x >= int32(len(u)) {
			panic(NewIndexOutOfBoundsException(""))
		}
		if isHigh(u[x]) && x+1 < int32(len(u)) && isLow(u[x+1]) {
			x++
		}
		x++
	}
	for ; offset < 0; offset++ {
		if x <= 0 {
			panic(NewIndexOutOfBoundsException(""))
		}
		x--
		if isLow(u[x]) && x > 0 && isHigh(u[x-1]) {
			x--
		}
	}
	return x
}

// IntegerDecode is Integer.decode.
func IntegerDecode(s string) int32 {
	v := decodeLong(s, math.MinInt32, math.MaxInt32)
	return int32(v)
}

func decodeLong(s string, lo, hi int64) int64 {
	if s == "" {
		panic(NewNumberFormatException("Zero length string"))
	}
	i, neg := 0, false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		i++
	}
	radix := int32(10)
	switch {
	case len(s) > i+1 && (s[i:i+2] == "0x" || s[i:i+2] == "0X"):
		radix, i = 16, i+2
	case len(s) > i && s[i] == '#':
		radix, i = 16, i+1
	case len(s) > i+1 && s[i] == '0':
		radix, i = 8, i+1
	}
	rest := s[i:]
	if rest == "" || rest[0] == '-' || rest[0] == '+' {
		panic(NewNumberFormatException("Sign character in wrong position"))
	}
	if neg {
		rest = "-" + rest
	}
	return parseSigned(rest, radix, lo, hi)
}

// SameArray is `a == b` on two Java arrays (reference identity).
func SameArray[A, B any](a []A, b []B) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return len(a) == len(b) && cap(a) == cap(b) && unsafe.Pointer(unsafe.SliceData(a)) == unsafe.Pointer(unsafe.SliceData(b))
}

// EagerAnd is Java's non-short-circuit `a & b` on booleans (both operands already evaluated, in order).
func EagerAnd(a, b bool) bool { return a && b }

// EagerOr is Java's non-short-circuit `a | b` on booleans.
func EagerOr(a, b bool) bool { return a || b }

// ComputeIfPresent is computeIfPresent; a nil result removes the key.
func (m *TreeMap[K, V]) ComputeIfPresent(k K, f func(K, V) V) V {
	zero := Null[V]()
	old := m.Get(k)
	if isNilValue(any(old)) {
		return zero
	}
	v := f(k, old)
	if isNilValue(any(v)) {
		m.Remove(k)
		return zero
	}
	m.Put(k, v)
	return v
}

// CodePointToLowerCase is Character.toLowerCase(int).
func CodePointToLowerCase(cp int32) int32 {
	if cp >= 0 && cp < 0x10000 {
		return int32(CharToLowerCase(uint16(cp)))
	}
	return int32(unicode.ToLower(rune(cp)))
}

// CodePointToUpperCase is Character.toUpperCase(int).
func CodePointToUpperCase(cp int32) int32 {
	if cp >= 0 && cp < 0x10000 {
		return int32(CharToUpperCase(uint16(cp)))
	}
	return int32(unicode.ToUpper(rune(cp)))
}

// NewBigDecimalFromDouble is new BigDecimal(double): the exact binary value.
func NewBigDecimalFromDouble(f float64) *BigDecimal {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		panic(NewNumberFormatException("Infinite or NaN"))
	}
	r := new(big.Rat).SetFloat64(f)
	num, den := new(big.Int).Set(r.Num()), r.Denom()
	k := int32(den.BitLen() - 1)
	num.Mul(num, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(k)), nil))
	return &BigDecimal{num, k}
}

// BitCount is BigInteger.bitCount (bits that differ from the sign bit).
func (b *BigInteger) BitCount() int32 {
	x := b.v
	if x.Sign() < 0 {
		x = new(big.Int).Not(x)
	}
	n := 0
	for _, w := range x.Bits() {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return int32(n)
}

// GetLowestSetBit is BigInteger.getLowestSetBit.
func (b *BigInteger) GetLowestSetBit() int32 {
	if b.v.Sign() == 0 {
		return -1
	}
	return int32(new(big.Int).Abs(b.v).TrailingZeroBits())
}

// SetBit is BigInteger.setBit.
func (b *BigInteger) SetBit(n int32) *BigInteger {
	return BigIntegerFromBig(new(big.Int).SetBit(b.v, int(n), 1))
}

// ClearBit is BigInteger.clearBit.
func (b *BigInteger) ClearBit(n int32) *BigInteger {
	return BigIntegerFromBig(new(big.Int).SetBit(b.v, int(n), 0))
}

// FlipBit is BigInteger.flipBit.
func (b *BigInteger) FlipBit(n int32) *BigInteger {
	return BigIntegerFromBig(new(big.Int).SetBit(b.v, int(n), b.v.Bit(int(n))^1))
}

// Sqrt is BigInteger.sqrt.
func (b *BigInteger) Sqrt() *BigInteger {
	if b.v.Sign() < 0 {
		panic(NewArithmeticException("Negative BigInteger"))
	}
	return BigIntegerFromBig(new(big.Int).Sqrt(b.v))
}

// CompareUnsigned32 is Integer.compareUnsigned.
func CompareUnsigned32(a, b int32) int32 { return IntegerCompare(a+math.MinInt32, b+math.MinInt32) }

// CompareUnsigned64 is Long.compareUnsigned.
func CompareUnsigned64(a, b int64) int32 { return LongCompare(a+math.MinInt64, b+math.MinInt64) }

// DivideUnsigned32 is Integer.divideUnsigned.
func DivideUnsigned32(a, b int32) int32 {
	if b == 0 {
		divByZero()
	}
	return int32(uint32(a) / uint32(b))
}

// RemainderUnsigned32 is Integer.remainderUnsigned.
func RemainderUnsigned32(a, b int32) int32 {
	if b == 0 {
		divByZero()
	}
	return int32(uint32(a) % uint32(b))
}

// DivideUnsigned64 is Long.divideUnsigned.
func DivideUnsigned64(a, b int64) int64 {
	if b == 0 {
		divByZero()
	}
	return int64(uint64(a) / uint64(b))
}

// RemainderUnsigned64 is Long.remainderUnsigned.
func RemainderUnsigned64(a, b int64) int64 {
	if b == 0 {
		divByZero()
	}
	return int64(uint64(a) % uint64(b))
}

// ParseUnsignedLong is Long.parseUnsignedLong(s, radix).
func ParseUnsignedLong(s string, radix int32) int64 {
	if s == "" {
		panic(NewNumberFormatException("For input string: \"\"" + radixSuffix(radix)))
	}
	if s[0] == '-' {
		panic(NewNumberFormatException("Illegal leading minus sign on unsigned string " + s + "."))
	}
	t := s
	if t[0] == '+' {
		t = t[1:]
	}
	v, err := strconv.ParseUint(t, int(radix), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			panic(NewNumberFormatException("String value " + s + " exceeds range of unsigned long."))
		}
		panic(NewNumberFormatException("For input string: \"" + s + "\"" + radixSuffix(radix)))
	}
	return int64(v)
}

// ToUnsignedString64Radix is Long.toUnsignedString(v, radix).
func ToUnsignedString64Radix(v int64, radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return strconv.FormatUint(uint64(v), int(radix))
}

// ToUnsignedString32Radix is Integer.toUnsignedString(v, radix).
func ToUnsignedString32Radix(v int32, radix int32) string {
	return ToUnsignedString64Radix(int64(uint32(v)), radix)
}

// MultiplyHigh is Math.multiplyHigh.
func MultiplyHigh(a, b int64) int64 {
	p := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	return new(big.Int).Rsh(p, 64).Int64()
}

// DecrementExactInt64 is Math.decrementExact(long).
func DecrementExactInt64(a int64) int64 { return SubtractExactInt64(a, 1) }

// IncrementExactInt64 is Math.incrementExact(long).
func IncrementExactInt64(a int64) int64 { return AddExactInt64(a, 1) }

// UlpF64 is Math.ulp(double).
func UlpF64(d float64) float64 {
	if math.IsNaN(d) {
		return d
	}
	if math.IsInf(d, 0) {
		return math.Inf(1)
	}
	d = math.Abs(d)
	if d == math.MaxFloat64 {
		return math.Pow(2, 971)
	}
	return math.Nextafter(d, math.Inf(1)) - d
}

// UlpF32 is Math.ulp(float).
func UlpF32(f float32) float32 {
	if f != f {
		return f
	}
	if math.IsInf(float64(f), 0) {
		return float32(math.Inf(1))
	}
	a := float32(math.Abs(float64(f)))
	if a == math.MaxFloat32 {
		return float32(math.Pow(2, 104))
	}
	return math.Nextafter32(a, float32(math.Inf(1))) - a
}

// FloatCompare is Float.compare.
func FloatCompare(a, b float32) int32 { return DoubleCompare(float64(a), float64(b)) }

// ReverseBytes16 is Short.reverseBytes.
func ReverseBytes16(v int16) int16 { return int16(uint16(v)>>8 | uint16(v)<<8) }

// CollectionsDisjoint is Collections.disjoint.
func CollectionsDisjoint[E any](a, b []E) bool {
	for _, x := range a {
		for _, y := range b {
			if Equals(x, y) {
				return false
			}
		}
	}
	return true
}

// OptionalOr is Optional.or(supplier).
func OptionalOr[T any](o *Optional[T], f func() *Optional[T]) *Optional[T] {
	if o.present {
		return o
	}
	r := f()
	if r == nil {
		panic(&NullPointerException{})
	}
	return r
}

// OptionalStream is Optional.stream().
func OptionalStream[T any](o *Optional[T]) *Stream[T] {
	if o.present {
		return StreamOf(o.v)
	}
	return StreamOf[T]()
}

// DescendingIter is descendingIterator() over a snapshot of items.
func DescendingIter[E any](items []E) Iterator[E] {
	r := make([]E, len(items))
	for i, x := range items {
		r[len(items)-1-i] = x
	}
	return Iter(r)
}

// GetChars is String/StringBuilder.getChars(srcBegin, srcEnd, dst, dstBegin).
func GetChars(s string, begin, end int32, dst []uint16, dstBegin int32) {
	u := unitsOf(s)
	if begin < 0 || end > int32(len(u)) || begin > end {
		panic(NewStringIndexOutOfBoundsException("begin " + ToString(begin) + ", end " + ToString(end) + ", length " + ToString(int32(len(u)))))
	}
	if dstBegin < 0 || int(dstBegin)+int(end-begin) > len(dst) {
		panic(NewArrayIndexOutOfBoundsException("Index " + ToString(int(dstBegin)+int(end-begin)) + " out of bounds for length " + ToString(int32(len(dst)))))
	}
	copy(dst[dstBegin:], u[begin:end])
}

// NewListIterator is list.listIterator().
func NewListIterator[E any](l *ArrayList[E]) *ListIterator[E] { return l.Iterator() }

// HasPrevious is hasPrevious.
func (it *ListIterator[E]) HasPrevious() bool { return it.cursor > 0 }

// Previous is previous.
func (it *ListIterator[E]) Previous() E {
	if *it.listMods != it.modCount {
		panic(&ConcurrentModificationException{})
	}
	if it.cursor <= 0 {
		panic(&NoSuchElementException{})
	}
	it.cursor--
	it.last = it.cursor
	return it.l.Get(int32(it.cursor))
}

// NextIndex is nextIndex.
func (it *ListIterator[E]) NextIndex() int32 { return int32(it.cursor) }

// PreviousIndex is previousIndex.
func (it *ListIterator[E]) PreviousIndex() int32 { return int32(it.cursor) - 1 }

// Set is set(e).
func (it *ListIterator[E]) Set(v E) {
	if it.last < 0 {
		panic(&IllegalStateException{})
	}
	it.l.Set(int32(it.last), v)
	if it.view != nil {
		it.view.Set(int32(it.last), v)
	}
}

// Add is add(e).
func (it *ListIterator[E]) Add(v E) {
	it.l.AddAt(int32(it.cursor), v)
	if it.view != nil {
		it.view.AddAt(int32(it.cursor), v)
	}
	it.cursor++
	it.last = -1
	it.modCount = *it.listMods
}

// Ints is Random.ints(n, origin, bound) (RandomSupport.boundedNextInt).
func (r *Random) Ints(n int64, origin, bound int32) *Stream[int32] {
	if n < 0 {
		panic(NewIllegalArgumentException("size must be non-negative"))
	}
	if origin >= bound {
		panic(NewIllegalArgumentException("bound must be greater than origin"))
	}
	out := make([]int32, n)
	for i := range out {
		x := r.NextInt()
		rng := bound - origin
		m := rng - 1
		switch {
		case rng&m == 0:
			x = (x & m) + origin
		case rng > 0:
			for u := int32(uint32(x) >> 1); ; u = int32(uint32(r.NextInt()) >> 1) {
				x = u % rng
				if u+m-x >= 0 {
					break
				}
			}
			x += origin
		default:
			for x < origin || x >= bound {
				x = r.NextInt()
			}
		}
		out[i] = x
	}
	return NewStream(out)
}

// LongValueExact is BigDecimal.longValueExact.
func (d *BigDecimal) LongValueExact() int64 {
	i := d.exactInteger()
	if !i.v.IsInt64() {
		panic(NewArithmeticException("Overflow"))
	}
	return i.v.Int64()
}

// IntValueExact is BigDecimal.intValueExact.
func (d *BigDecimal) IntValueExact() int32 {
	i := d.exactInteger()
	if !i.v.IsInt64() || i.v.Int64() != int64(int32(i.v.Int64())) {
		panic(NewArithmeticException("Overflow"))
	}
	return int32(i.v.Int64())
}

func (d *BigDecimal) exactInteger() *BigInteger {
	if d.scale <= 0 {
		return d.ToBigInteger()
	}
	q, r := new(big.Int).QuoRem(d.unscaled, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.scale)), nil), new(big.Int))
	if r.Sign() != 0 {
		panic(NewArithmeticException("Rounding necessary"))
	}
	return BigIntegerFromBig(q)
}

// ArraysCompare is Arrays.compare (lexicographic, natural element order; null first).
func ArraysCompare[T any](a, b []T) int32 {
	if a == nil || b == nil {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return int32(len(a) - len(b))
}

// ArraysMismatch is Arrays.mismatch.
func ArraysMismatch[T any](a, b []T) int32 {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if !Equals(a[i], b[i]) {
			return int32(i)
		}
	}
	if len(a) == len(b) {
		return -1
	}
	return int32(n)
}

// ArraysSetAll is Arrays.setAll.
func ArraysSetAll[T any](a []T, f func(int32) T) {
	for i := range a {
		a[i] = f(int32(i))
	}
}

// ArraysParallelPrefix is Arrays.parallelPrefix (sequential: same result for associative ops).
func ArraysParallelPrefix[T any](a []T, op func(T, T) T) {
	for i := 1; i < len(a); i++ {
		a[i] = op(a[i-1], a[i])
	}
}

// Thread is java.lang.Thread, as far as a shutdown hook needs it: the Runnable it runs.
type Thread struct{ run func() }

// NewThread is new Thread(runnable).
func NewThread(run func()) *Thread { return &Thread{run} }

// JavaClassName implements JavaClassNamer.
func (*Thread) JavaClassName() string { return "java.lang.Thread" }

// Run is Thread.run().
func (t *Thread) Run() {
	if t.run != nil {
		t.run()
	}
}

// Runtime is java.lang.Runtime (Runtime.getRuntime()).
type Runtime struct{ hooks []*Thread }

var theRuntime = &Runtime{}

// GetRuntime is Runtime.getRuntime().
func GetRuntime() *Runtime { return theRuntime }

// JavaClassName implements JavaClassNamer.
func (*Runtime) JavaClassName() string { return "java.lang.Runtime" }

// AddShutdownHook is Runtime.addShutdownHook: the hook runs when main ends or System.exit is called.
func (r *Runtime) AddShutdownHook(t *Thread) {
	for _, h := range r.hooks {
		if h == t {
			panic(NewIllegalArgumentException("Hook previously registered"))
		}
	}
	r.hooks = append(r.hooks, t)
}

// AvailableProcessors is Runtime.availableProcessors().
func (r *Runtime) AvailableProcessors() int32 { return int32(runtime.NumCPU()) }

// runShutdownHooks runs the registered hooks once (the JVM starts them as threads; here they run in order).
func runShutdownHooks() {
	hooks := theRuntime.hooks
	theRuntime.hooks = nil
	for _, h := range hooks {
		Catching(func() int { h.Run(); return 0 })
	}
}

// DoubleToHexString is Double.toHexString.
func DoubleToHexString(d float64) string {
	if math.IsNaN(d) || math.IsInf(d, 0) {
		return DoubleToString(d)
	}
	sign := ""
	if math.Signbit(d) {
		sign = "-"
	}
	d = math.Abs(d)
	if d == 0 {
		return sign + "0x0.0p0"
	}
	bits := math.Float64bits(d)
	signif := strconv.FormatUint(bits&(1<<52-1)|1<<60, 16)[3:]
	for len(signif) > 1 && signif[len(signif)-1] == '0' {
		signif = signif[:len(signif)-1]
	}
	if bits>>52 == 0 {
		return sign + "0x0." + signif + "p-1022"
	}
	return sign + "0x1." + signif + "p" + strconv.Itoa(int(bits>>52)-1023)
}

// CollectionsBinarySearch is Collections.binarySearch(list, key[, comparator]) (nil: natural order).
func CollectionsBinarySearch[E any](items []E, key E, cmp func(a, b E) int32) int32 {
	if cmp == nil {
		cmp = NaturalOrder[E]()
	}
	return binarySearch(len(items), func(i int) int32 { return cmp(items[i], key) })
}

// DescendingMap is TreeMap.descendingMap() (a reversed copy, not a view).
func (m *TreeMap[K, V]) DescendingMap() *TreeMap[K, V] {
	r := NewTreeMap[K, V](Reversed(m.cmp))
	for i := len(m.keys) - 1; i >= 0; i-- {
		r.keys = append(r.keys, m.keys[i])
		r.vals = append(r.vals, m.vals[i])
	}
	return r
}

// IntSummaryStatistics is java.util.IntSummaryStatistics.
type IntSummaryStatistics struct {
	count, sum int64
	min, max   int32
}

// NewIntSummaryStatistics is new IntSummaryStatistics().
func NewIntSummaryStatistics() *IntSummaryStatistics {
	return &IntSummaryStatistics{min: math.MaxInt32, max: math.MinInt32}
}

// JavaClassName implements JavaClassNamer.
func (*IntSummaryStatistics) JavaClassName() string { return "java.util.IntSummaryStatistics" }

// Accept is accept(value).
func (s *IntSummaryStatistics) Accept(v int32) {
	s.count++
	s.sum += int64(v)
	s.min = min(s.min, v)
	s.max = max(s.max, v)
}

// GetCount is getCount().
func (s *IntSummaryStatistics) GetCount() int64 { return s.count }

// GetSum is getSum().
func (s *IntSummaryStatistics) GetSum() int64 { return s.sum }

// GetMin is getMin() (Integer.MAX_VALUE when empty).
func (s *IntSummaryStatistics) GetMin() int32 { return s.min }

// GetMax is getMax() (Integer.MIN_VALUE when empty).
func (s *IntSummaryStatistics) GetMax() int32 { return s.max }

// GetAverage is getAverage() (0 when empty).
func (s *IntSummaryStatistics) GetAverage() float64 {
	if s.count == 0 {
		return 0
	}
	return float64(s.sum) / float64(s.count)
}

// ToString is IntSummaryStatistics.toString().
func (s *IntSummaryStatistics) ToString() string {
	return Format("IntSummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}", s.count, s.sum, s.min, s.GetAverage(), s.max)
}

// StreamSummaryStatistics is IntStream.summaryStatistics().
func StreamSummaryStatistics(s *Stream[int32]) *IntSummaryStatistics {
	st := NewIntSummaryStatistics()
	s.ForEach(st.Accept)
	return st
}

// CollectSummarizingInt is Collectors.summarizingInt(f).
func CollectSummarizingInt[T any](f func(T) int32) func([]T) *IntSummaryStatistics {
	return func(items []T) *IntSummaryStatistics {
		st := NewIntSummaryStatistics()
		for _, x := range items {
			st.Accept(f(x))
		}
		return st
	}
}

// ToEngineeringString is BigDecimal.toEngineeringString(): toString with the exponent a multiple of three.
func (d *BigDecimal) ToEngineeringString() string {
	coeff := new(big.Int).Abs(d.unscaled).String()
	adjusted := -int64(d.scale) + int64(len(coeff)-1)
	if d.scale == 0 || d.scale > 0 && adjusted >= -6 {
		return d.ToString()
	}
	var b strings.Builder
	if d.unscaled.Sign() < 0 {
		b.WriteByte('-')
	}
	sig := int(adjusted % 3)
	if sig < 0 {
		sig += 3
	}
	adjusted -= int64(sig)
	sig++
	switch {
	case d.unscaled.Sign() == 0:
		switch sig {
		case 1:
			b.WriteString("0")
		case 2:
			b.WriteString("0.00")
			adjusted += 3
		case 3:
			b.WriteString("0.0")
			adjusted += 3
		}
	case sig >= len(coeff):
		b.WriteString(coeff + strings.Repeat("0", sig-len(coeff)))
	default:
		b.WriteString(coeff[:sig] + "." + coeff[sig:])
	}
	if adjusted != 0 {
		b.WriteByte('E')
		if adjusted > 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.FormatInt(adjusted, 10))
	}
	return b.String()
}

// DivideAndRemainder is BigDecimal.divideAndRemainder: {divideToIntegralValue, the rest}.
func (d *BigDecimal) DivideAndRemainder(o *BigDecimal) []*BigDecimal {
	q := d.DivideToIntegralValue(o)
	return []*BigDecimal{q, d.Subtract(q.Multiply(o))}
}

// MathContext is java.math.MathContext: a precision in digits (0: unlimited) and a rounding mode.
type MathContext struct {
	precision int32
	mode      RoundingMode
}

// The MathContext constants.
var (
	MathContextUNLIMITED  = &MathContext{0, RoundHalfUp}
	MathContextDECIMAL32  = &MathContext{7, RoundHalfEven}
	MathContextDECIMAL64  = &MathContext{16, RoundHalfEven}
	MathContextDECIMAL128 = &MathContext{34, RoundHalfEven}
)

// NewMathContext is new MathContext(precision, mode) (HALF_UP for the one-argument form).
func NewMathContext(precision int32, mode RoundingMode) *MathContext {
	if precision < 0 {
		panic(NewIllegalArgumentException("Digits < 0"))
	}
	return &MathContext{precision, mode}
}

// JavaClassName implements JavaClassNamer.
func (*MathContext) JavaClassName() string { return "java.math.MathContext" }

// ToString is MathContext.toString().
func (mc *MathContext) ToString() string {
	return "precision=" + strconv.Itoa(int(mc.precision)) + " roundingMode=" + mc.mode.ToString()
}

// GetPrecision is getPrecision().
func (mc *MathContext) GetPrecision() int32 { return mc.precision }

// Round is BigDecimal.round(mc): at most mc's precision in digits.
func (d *BigDecimal) Round(mc *MathContext) *BigDecimal {
	if mc.precision == 0 {
		return d
	}
	r := d
	for p := r.Precision(); p > mc.precision; p = r.Precision() {
		r = r.SetScale(r.scale-(p-mc.precision), mc.mode) // a carry (9.99 → 10.0) may add a digit: go round again
	}
	return r
}

// DivideMathContext is BigDecimal.divide(divisor, mc): the quotient rounded to mc's precision, an exact
// quotient with trailing zeros removed down to the preferred scale this.scale - divisor.scale.
func (d *BigDecimal) DivideMathContext(o *BigDecimal, mc *MathContext) *BigDecimal {
	if mc.precision == 0 {
		return d.Divide(o)
	}
	d.checkDivisor(o)
	preferred := d.scale - o.scale
	if d.unscaled.Sign() == 0 {
		return &BigDecimal{big.NewInt(0), preferred}
	}
	// Digits before the point of |d/o| ~ digits(ud) - digits(uo) - preferred; spare digits, then round.
	digits := func(x *big.Int) int32 { return int32(len(new(big.Int).Abs(x).String())) }
	s := mc.precision - (digits(d.unscaled) - digits(o.unscaled) - preferred) + 3
	q := d.DivideScale(o, s, RoundDown)
	exact := q.Multiply(o).CompareTo(d) == 0
	if !exact {
		// Keep the remainder visible to the rounding: append a non-zero sticky digit.
		q = &BigDecimal{new(big.Int).Add(new(big.Int).Mul(q.unscaled, big.NewInt(10)), big.NewInt(int64(d.unscaled.Sign()*o.unscaled.Sign()))), q.scale + 1}
	}
	q = q.Round(mc)
	if exact {
		q = q.stripTo(preferred)
	}
	return q
}

// ToString is RoundingMode's name ("HALF_UP").
func (m RoundingMode) ToString() string {
	return [...]string{"UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY"}[m]
}

// Name is RoundingMode.name().
func (m RoundingMode) Name() string { return m.ToString() }

// Ordinal is RoundingMode.ordinal().
func (m RoundingMode) Ordinal() int32 { return int32(m) }

// TanF64 is Math.tan: fdlibm's algorithm (StrictMath.tan, which HotSpot's Math.tan agrees with), whose
// last bit differs from Go's math.Tan for some arguments (tan(PI/4) is 0.9999999999999999). Arguments
// beyond 2^19·π/2, which need fdlibm's multi-word reduction, fall back to math.Tan.
func TanF64(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	switch {
	case ix <= 0x3fe921fb:
		return kernelTan(x, 0, 1)
	case ix >= 0x7ff00000:
		return math.NaN()
	case ix > 0x413921fb:
		return math.Tan(x)
	}
	n, y0, y1 := remPio2(x)
	return kernelTan(y0, y1, 1-int((n&1)<<1))
}

var (
	pio2_1  = math.Float64frombits(0x3FF921FB54400000)
	pio2_1t = math.Float64frombits(0x3DD0B4611A626331)
	pio2_2  = math.Float64frombits(0x3DD0B4611A600000)
	pio2_2t = math.Float64frombits(0x3BA3198A2E037073)
	pio2_3  = math.Float64frombits(0x3BA3198A2E000000)
	pio2_3t = math.Float64frombits(0x397B839A252049C1)
	invpio2 = math.Float64frombits(0x3FE45F306DC9C883)
	tanT    = [...]float64{
		math.Float64frombits(0x3FD5555555555563), math.Float64frombits(0x3FC111111110FE7A),
		math.Float64frombits(0x3FABA1BA1BB341FE), math.Float64frombits(0x3F9664F48406D637),
		math.Float64frombits(0x3F8226E3E96E8493), math.Float64frombits(0x3F6D6D22C9560328),
		math.Float64frombits(0x3F57DBC8FEE08315), math.Float64frombits(0x3F4344D8F2F26501),
		math.Float64frombits(0x3F3026F71A8D1068), math.Float64frombits(0x3F147E88A03792A6),
		math.Float64frombits(0x3F12B80F32F0A7E9), math.Float64frombits(0xBEF375CBDB605373),
		math.Float64frombits(0x3EFB2A7074BF7AD4),
	}
	pio4   = math.Float64frombits(0x3FE921FB54442D18)
	pio4lo = math.Float64frombits(0x3C81A62633145C07)
)

func highWord(x float64) int32 { return int32(math.Float64bits(x) >> 32) }

func clearLowWord(x float64) float64 { return math.Float64frombits(math.Float64bits(x) &^ 0xffffffff) }

// remPio2 is fdlibm's __ieee754_rem_pio2 for |x| <= 2^19·π/2: x = n·π/2 + (y0 + y1).
func remPio2(x float64) (n int32, y0, y1 float64) {
	hx := highWord(x)
	ix := hx & 0x7fffffff
	if ix < 0x4002d97c { // |x| < 3π/4: n = ±1
		sign := 1.0
		if hx < 0 {
			sign = -1
		}
		z := x - sign*pio2_1
		if ix != 0x3ff921fb {
			y0 = z - sign*pio2_1t
			return int32(sign), y0, (z - y0) - sign*pio2_1t
		}
		z -= sign * pio2_2
		y0 = z - sign*pio2_2t
		return int32(sign), y0, (z - y0) - sign*pio2_2t
	}
	t := math.Abs(x)
	n = int32(t*invpio2 + 0.5)
	fn := float64(n)
	r := t - fn*pio2_1
	w := fn * pio2_1t
	j := ix >> 20
	y0 = r - w
	if j-((highWord(y0)>>20)&0x7ff) > 16 { // cancellation: second iteration, good to 118 bits
		t = r
		w = fn * pio2_2
		r = t - w
		w = fn*pio2_2t - ((t - r) - w)
		y0 = r - w
		if j-((highWord(y0)>>20)&0x7ff) > 49 { // third iteration, 151 bits
			t = r
			w = fn * pio2_3
			r = t - w
			w = fn*pio2_3t - ((t - r) - w)
			y0 = r - w
		}
	}
	y1 = (r - y0) - w
	if hx < 0 {
		return -n, -y0, -y1
	}
	return n, y0, y1
}

// kernelTan is fdlibm's __kernel_tan on [-π/4, π/4]: tan(x+y) for iy = 1, -1/tan(x+y) for iy = -1.
func kernelTan(x, y float64, iy int) float64 {
	hx := highWord(x)
	ix := hx & 0x7fffffff
	if ix < 0x3e300000 && int(x) == 0 { // |x| < 2^-28
		switch {
		case (uint32(ix)|uint32(math.Float64bits(x)))|uint32(iy+1) == 0:
			return 1 / math.Abs(x)
		case iy == 1:
			return x
		}
		w := x + y
		z := clearLowWord(w)
		v := y - (z - x)
		a := -1 / w
		t := clearLowWord(a)
		s := 1 + t*z
		return t + a*(s+t*v)
	}
	big := ix >= 0x3FE59428 // |x| >= 0.6744
	if big {
		if hx < 0 {
			x, y = -x, -y
		}
		x = (pio4 - x) + (pio4lo - y)
		y = 0
	}
	z := x * x
	w := z * z
	T := &tanT
	r := T[1] + w*(T[3]+w*(T[5]+w*(T[7]+w*(T[9]+w*T[11]))))
	v := z * (T[2] + w*(T[4]+w*(T[6]+w*(T[8]+w*(T[10]+w*T[12])))))
	s := z * x
	r = y + z*(s*(r+v)+y)
	r += T[0] * s
	w = x + r
	if big {
		v = float64(iy)
		return float64(1-((hx>>30)&2)) * (v - 2*(x-(w*w/(w+v)-r)))
	}
	if iy == 1 {
		return w
	}
	z = clearLowWord(w)
	v = r - (z - x)
	a := -1 / w
	t := clearLowWord(a)
	s = 1 + t*z
	return t + a*(s+t*v)
}

// NullsFirst is Comparator.nullsFirst(cmp): null before everything else; a nil cmp makes all non-null values equal.
func NullsFirst[T any](cmp func(a, b T) int32) func(a, b T) int32 { return nullsOrdered(cmp, -1) }

// NullsLast is Comparator.nullsLast(cmp).
func NullsLast[T any](cmp func(a, b T) int32) func(a, b T) int32 { return nullsOrdered(cmp, 1) }

func nullsOrdered[T any](cmp func(a, b T) int32, nullSign int32) func(a, b T) int32 {
	return func(a, b T) int32 {
		an, bn := isNilValue(any(a)), isNilValue(any(b))
		switch {
		case an && bn:
			return 0
		case an:
			return nullSign
		case bn:
			return -nullSign
		case cmp == nil:
			return 0
		}
		return cmp(a, b)
	}
}

// numberParts reads a java.lang.Number of unknown static type (a type variable bounded by Number):
// an integral value, or else a floating one.
func numberParts(n any) (i int64, f float64, integral bool) {
	switch x := n.(type) {
	case *int32:
		return int64(*x), 0, true
	case *int64:
		return *x, 0, true
	case *int16:
		return int64(*x), 0, true
	case *int8:
		return int64(*x), 0, true
	case *float64:
		return 0, *x, false
	case *float32:
		return 0, float64(*x), false
	case *BigInteger:
		return x.LongValue(), 0, true
	case interface{ DoubleValue() float64 }:
		return 0, x.DoubleValue(), false
	case nil:
		panic(&NullPointerException{})
	}
	panic(NewClassCastException("class " + ClassNameOf(n) + " cannot be cast to class java.lang.Number"))
}

// NumberLongValue is Number.longValue().
func NumberLongValue(n any) int64 {
	if b, ok := n.(*BigDecimal); ok {
		return b.LongValue()
	}
	i, f, integral := numberParts(n)
	if integral {
		return i
	}
	return F64ToI64(f)
}

// NumberIntValue is Number.intValue().
func NumberIntValue(n any) int32 {
	if b, ok := n.(*BigDecimal); ok {
		return b.IntValue()
	}
	i, f, integral := numberParts(n)
	if integral {
		return int32(i)
	}
	return F64ToI32(f)
}

// NumberDoubleValue is Number.doubleValue().
func NumberDoubleValue(n any) float64 {
	if b, ok := n.(*BigInteger); ok {
		return b.DoubleValue()
	}
	i, f, integral := numberParts(n)
	if integral {
		return float64(i)
	}
	return f
}

// CollectionsFill is Collections.fill(list, v).
func CollectionsFill[E any](l *ArrayList[E], v E) {
	for i := int32(0); i < l.Size(); i++ {
		l.Set(i, v)
	}
}

// CollectionsCopy is Collections.copy(dest, src): src's elements over dest's first ones.
func CollectionsCopy[E any](dest *ArrayList[E], src []E) {
	if len(src) > int(dest.Size()) {
		panic(NewIndexOutOfBoundsException("Source does not fit in dest"))
	}
	for i, v := range src {
		dest.Set(int32(i), v)
	}
}

// CollectionsAddAll is Collections.addAll(c, elements...).
func CollectionsAddAll[C interface{ Add(E) bool }, E any](c C, items ...E) bool {
	changed := false
	for _, v := range items {
		changed = c.Add(v) || changed
	}
	return changed
}

// CollectionsIndexOfSubList is Collections.indexOfSubList(source, target) (-1 if absent).
func CollectionsIndexOfSubList[E any](source, target []E) int32 {
	for i := 0; i+len(target) <= len(source); i++ {
		if ArraysMismatch(source[i:i+len(target)], target) < 0 {
			return int32(i)
		}
	}
	return -1
}

// CollectionsLastIndexOfSubList is Collections.lastIndexOfSubList(source, target) (-1 if absent).
func CollectionsLastIndexOfSubList[E any](source, target []E) int32 {
	for i := len(source) - len(target); i >= 0; i-- {
		if ArraysMismatch(source[i:i+len(target)], target) < 0 {
			return int32(i)
		}
	}
	return -1
}

// UnmodifiableSet is Collections.unmodifiableSet, emptySet and singleton (a snapshot here, not a view).
func UnmodifiableSet[E any](items ...E) *HashSet[E] {
	s := LinkedSetOf(items)
	s.m.immutable = true
	return s
}

// UnmodifiableMap is Collections.unmodifiableMap and emptyMap (a snapshot here, not a view).
func UnmodifiableMap[K, V any](src Map[K, V]) *HashMap[K, V] {
	m := NewLinkedHashMap[K, V](false)
	if src != nil {
		for _, e := range src.Entries() {
			m.Put(e.Key, e.Value)
		}
	}
	m.immutable = true
	return m
}

// unmodifiableMapView is Collections.unmodifiableMap(m): reads go to m, so later changes to m show
// through; every write throws UnsupportedOperationException.
type unmodifiableMapView[K, V any] struct{ m Map[K, V] }

// UnmodifiableMapView is Collections.unmodifiableMap(m).
func UnmodifiableMapView[K, V any](m Map[K, V]) Map[K, V] { return &unmodifiableMapView[K, V]{m} }

func (u *unmodifiableMapView[K, V]) Put(K, V) V { panic(&UnsupportedOperationException{}) }
func (u *unmodifiableMapView[K, V]) Remove(K) V { panic(&UnsupportedOperationException{}) }
func (u *unmodifiableMapView[K, V]) Clear()     { panic(&UnsupportedOperationException{}) }
func (u *unmodifiableMapView[K, V]) Merge(K, V, func(V, V) V) V {
	panic(&UnsupportedOperationException{})
}
func (u *unmodifiableMapView[K, V]) ComputeIfAbsent(K, func(K) V) V {
	panic(&UnsupportedOperationException{})
}
func (u *unmodifiableMapView[K, V]) ComputeIfPresent(K, func(K, V) V) V {
	panic(&UnsupportedOperationException{})
}
func (u *unmodifiableMapView[K, V]) PutIfAbsent(K, V) V      { panic(&UnsupportedOperationException{}) }
func (u *unmodifiableMapView[K, V]) Get(k K) V               { return u.m.Get(k) }
func (u *unmodifiableMapView[K, V]) GetOrDefault(k K, d V) V { return u.m.GetOrDefault(k, d) }
func (u *unmodifiableMapView[K, V]) ContainsKey(k K) bool    { return u.m.ContainsKey(k) }
func (u *unmodifiableMapView[K, V]) ContainsValue(v V) bool  { return u.m.ContainsValue(v) }
func (u *unmodifiableMapView[K, V]) Size() int32             { return u.m.Size() }
func (u *unmodifiableMapView[K, V]) IsEmpty() bool           { return u.m.IsEmpty() }
func (u *unmodifiableMapView[K, V]) Keys() []K               { return u.m.Keys() }
func (u *unmodifiableMapView[K, V]) Values() []V             { return u.m.Values() }
func (u *unmodifiableMapView[K, V]) ForEach(f func(K, V))    { u.m.ForEach(f) }
func (u *unmodifiableMapView[K, V]) ToString() string        { return u.m.ToString() }
func (u *unmodifiableMapView[K, V]) Equals(o any) bool       { return Equals(u.m, o) }

// Entries are the backing map's, their setValue refused.
func (u *unmodifiableMapView[K, V]) Entries() []*MapEntry[K, V] {
	es := u.m.Entries()
	out := make([]*MapEntry[K, V], len(es))
	for i, e := range es {
		out[i] = &MapEntry[K, V]{Key: e.Key, Value: e.Value, set: func(V) { panic(&UnsupportedOperationException{}) }}
	}
	return out
}

// SingletonMap is Collections.singletonMap(k, v) (nulls allowed, unlike Map.of).
func SingletonMap[K, V any](k K, v V) *HashMap[K, V] {
	m := NewHashMap[K, V]()
	m.Put(k, v)
	m.immutable = true
	return m
}

// MapRemoveIf is keySet()/values()/entrySet().removeIf(p) on map m, written through to m.
func MapRemoveIf[K, V any](m Map[K, V], p func(*MapEntry[K, V]) bool) bool {
	removed := false
	for _, e := range m.Entries() {
		if p(e) {
			m.Remove(e.Key)
			removed = true
		}
	}
	return removed
}

// Search is Stack.search(o): the 1-based distance from the top of the stack, or -1.
func (l *ArrayList[E]) Search(v E) int32 {
	if i := l.LastIndexOf(v); i >= 0 {
		return l.Size() - i
	}
	return -1
}

// Unmatched is a lookup (get, contains, remove(Object), indexOf…) whose
// argument can never equal an element, such as an Integer in a Map<Long, V>:
// Java still evaluates both and throws NullPointerException for a null
// receiver, then misses; miss is the lookup's result for a miss.
func Unmatched[T any](recv, _ any, miss T) T {
	if isNilValue(recv) {
		panic(&NullPointerException{})
	}
	return miss
}
