package jrt

import (
	"math"
	"math/big"
	"strconv"
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
	n := int32(len(l.a))
	if n == 0 {
		return
	}
	d := ((distance % n) + n) % n
	if d == 0 {
		return
	}
	rot := append(append([]E{}, l.a[n-d:]...), l.a[:n-d]...)
	copy(l.a, rot)
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
		panic(NewArithmeticException("/ by zero"))
	}
	return int32(uint32(a) / uint32(b))
}

// RemainderUnsigned32 is Integer.remainderUnsigned.
func RemainderUnsigned32(a, b int32) int32 {
	if b == 0 {
		panic(NewArithmeticException("/ by zero"))
	}
	return int32(uint32(a) % uint32(b))
}

// DivideUnsigned64 is Long.divideUnsigned.
func DivideUnsigned64(a, b int64) int64 {
	if b == 0 {
		panic(NewArithmeticException("/ by zero"))
	}
	return int64(uint64(a) / uint64(b))
}

// RemainderUnsigned64 is Long.remainderUnsigned.
func RemainderUnsigned64(a, b int64) int64 {
	if b == 0 {
		panic(NewArithmeticException("/ by zero"))
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
		return &Stream[T]{[]T{o.v}}
	}
	return &Stream[T]{[]T{}}
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
	if it.l.modCount != it.modCount {
		panic(&ConcurrentModificationException{})
	}
	if it.cursor <= 0 {
		panic(&NoSuchElementException{})
	}
	it.cursor--
	it.last = it.cursor
	return it.l.a[it.cursor]
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
	it.l.a[it.last] = v
}

// Add is add(e).
func (it *ListIterator[E]) Add(v E) {
	it.l.AddAt(int32(it.cursor), v)
	it.cursor++
	it.last = -1
	it.modCount = it.l.modCount
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
	return &Stream[int32]{out}
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
