// Java integer and floating-point semantics where Go's differ: division by
// zero, shift-count masking, saturating float->int casts, java.lang.Math and
// the Integer/Long/Double static helpers.

package jrt

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Java's numeric limits under their Java names.
const (
	IntegerMaxValue = math.MaxInt32
	IntegerMinValue = math.MinInt32
	LongMaxValue    = math.MaxInt64
	LongMinValue    = math.MinInt64
	ShortMaxValue   = math.MaxInt16
	ShortMinValue   = math.MinInt16
	ByteMaxValue    = math.MaxInt8
	ByteMinValue    = math.MinInt8
	CharMaxValue    = math.MaxUint16
	DoubleMaxValue  = math.MaxFloat64
	DoubleMinValue  = 4.9e-324 // Double.MIN_VALUE: the smallest positive subnormal
	DoubleMinNormal = 2.2250738585072014e-308
	FloatMaxValue   = math.MaxFloat32
	FloatMinValue   = 1.4e-45
)

func divByZero() { panic(NewArithmeticException("/ by zero")) }

// DivInt32 is a / b for int. Go already wraps MIN_VALUE / -1 to MIN_VALUE
// like Java; only the zero divisor needs Java's exception.
func DivInt32(a, b int32) int32 {
	if b == 0 {
		divByZero()
	}
	if b == -1 { // avoid relying on hardware behaviour for MIN / -1
		return -a
	}
	return a / b
}

// RemInt32 is a % b for int (sign follows the dividend, as in Go).
func RemInt32(a, b int32) int32 {
	if b == 0 {
		divByZero()
	}
	if b == -1 {
		return 0
	}
	return a % b
}

// DivInt64 is a / b for long.
func DivInt64(a, b int64) int64 {
	if b == 0 {
		divByZero()
	}
	if b == -1 {
		return -a
	}
	return a / b
}

// RemInt64 is a % b for long.
func RemInt64(a, b int64) int64 {
	if b == 0 {
		divByZero()
	}
	if b == -1 {
		return 0
	}
	return a % b
}

// ShlInt32 is a << n for int: Java uses only the low 5 bits of the count.
func ShlInt32(a int32, n int64) int32 { return a << (n & 31) }

// ShrInt32 is a >> n for int.
func ShrInt32(a int32, n int64) int32 { return a >> (n & 31) }

// UshrInt32 is a >>> n for int.
func UshrInt32(a int32, n int64) int32 { return int32(uint32(a) >> (n & 31)) }

// ShlInt64 is a << n for long: the low 6 bits of the count.
func ShlInt64(a int64, n int64) int64 { return a << (n & 63) }

// ShrInt64 is a >> n for long.
func ShrInt64(a int64, n int64) int64 { return a >> (n & 63) }

// UshrInt64 is a >>> n for long.
func UshrInt64(a int64, n int64) int64 { return int64(uint64(a) >> (n & 63)) }

// F64ToI32 is (int) d: NaN -> 0, saturating at the int range, else truncation.
func F64ToI32(d float64) int32 {
	switch {
	case d != d:
		return 0
	case d >= math.MaxInt32:
		return math.MaxInt32
	case d <= math.MinInt32:
		return math.MinInt32
	}
	return int32(d)
}

// F64ToI64 is (long) d.
func F64ToI64(d float64) int64 {
	switch {
	case d != d:
		return 0
	case d >= 9.223372036854775807e18:
		return math.MaxInt64
	case d <= -9.223372036854775808e18:
		return math.MinInt64
	}
	return int64(d)
}

// F32ToI32 is (int) f.
func F32ToI32(f float32) int32 { return F64ToI32(float64(f)) }

// F32ToI64 is (long) f.
func F32ToI64(f float32) int64 { return F64ToI64(float64(f)) }

// F64ToI16 is (short) d: Java narrows to int first, then to short.
func F64ToI16(d float64) int16 { return int16(F64ToI32(d)) }

// F64ToI8 is (byte) d.
func F64ToI8(d float64) int8 { return int8(F64ToI32(d)) }

// F64ToChar is (char) d.
func F64ToChar(d float64) uint16 { return uint16(F64ToI32(d)) }

// FloorDivInt32 is Math.floorDiv(int, int).
func FloorDivInt32(a, b int32) int32 {
	q := DivInt32(a, b)
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// FloorModInt32 is Math.floorMod(int, int).
func FloorModInt32(a, b int32) int32 { return a - FloorDivInt32(a, b)*b }

// FloorDivInt64 is Math.floorDiv(long, long).
func FloorDivInt64(a, b int64) int64 {
	q := DivInt64(a, b)
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// FloorModInt64 is Math.floorMod(long, long).
func FloorModInt64(a, b int64) int64 { return a - FloorDivInt64(a, b)*b }

// FloorDiv and FloorMod are the int versions under their Java names.
func FloorDiv(a, b int32) int32 { return FloorDivInt32(a, b) }

// FloorMod is Math.floorMod(int, int).
func FloorMod(a, b int32) int32 { return FloorModInt32(a, b) }

// ---- java.lang.Math ----

// AbsInt32 is Math.abs(int): abs(MIN_VALUE) stays MIN_VALUE.
func AbsInt32(a int32) int32 {
	if a < 0 {
		return -a
	}
	return a
}

// AbsInt64 is Math.abs(long).
func AbsInt64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// RoundF64 is Math.round(double): floor(x + 0.5) computed exactly, NaN -> 0,
// saturating.
func RoundF64(x float64) int64 {
	if x != x {
		return 0
	}
	// Java 7+ rounds half up without the x+0.5 double-rounding error.
	f := math.Floor(x)
	if x-f >= 0.5 {
		f++
	}
	return F64ToI64(f)
}

// RoundF32 is Math.round(float), which returns int.
func RoundF32(x float32) int32 {
	if x != x {
		return 0
	}
	d := float64(x)
	f := math.Floor(d)
	if d-f >= 0.5 {
		f++
	}
	return F64ToI32(f)
}

// Rint is Math.rint: round half to even.
func Rint(x float64) float64 { return math.RoundToEven(x) }

// SignumF64 is Math.signum(double) (keeps ±0.0 and NaN).
func SignumF64(x float64) float64 {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return x
}

// SignumInt32 is Integer.signum.
func SignumInt32(x int32) int32 { return x>>31 | int32(uint32(-x)>>31) }

// SignumInt64 is Long.signum.
func SignumInt64(x int64) int32 { return int32(x>>63 | int64(uint64(-x)>>63)) }

// MaxF64 is Math.max(double, double): NaN wins, and +0.0 > -0.0.
func MaxF64(a, b float64) float64 {
	if a != a || b != b {
		return math.NaN()
	}
	if a == 0 && b == 0 {
		if math.Signbit(a) {
			return b
		}
		return a
	}
	if a >= b {
		return a
	}
	return b
}

// MinF64 is Math.min(double, double): NaN wins, and -0.0 < +0.0.
func MinF64(a, b float64) float64 {
	if a != a || b != b {
		return math.NaN()
	}
	if a == 0 && b == 0 {
		if math.Signbit(a) {
			return a
		}
		return b
	}
	if a <= b {
		return a
	}
	return b
}

// MaxF32 is Math.max(float, float).
func MaxF32(a, b float32) float32 { return float32(MaxF64(float64(a), float64(b))) }

// MinF32 is Math.min(float, float).
func MinF32(a, b float32) float32 { return float32(MinF64(float64(a), float64(b))) }

// PowF64 is Math.pow. Go's math.Pow differs from Java only in pow(±1, ±Inf)
// and pow(-1, ...) with NaN: Java returns NaN for 1^Inf.
func PowF64(x, y float64) float64 {
	if math.IsInf(y, 0) && (x == 1 || x == -1) {
		return math.NaN()
	}
	if y != y {
		return math.NaN()
	}
	return math.Pow(x, y)
}

// Hypot, Sqrt, Cbrt, etc. match Go's math package (both are correctly
// rounded or within 1 ulp); use math directly. Exceptions below are the
// Math.*Exact family.

func intOverflow()  { panic(NewArithmeticException("integer overflow")) }
func longOverflow() { panic(NewArithmeticException("long overflow")) }

// AddExactInt32 is Math.addExact(int, int).
func AddExactInt32(a, b int32) int32 {
	r := a + b
	if (a^r)&(b^r) < 0 {
		intOverflow()
	}
	return r
}

// SubtractExactInt32 is Math.subtractExact(int, int).
func SubtractExactInt32(a, b int32) int32 {
	r := a - b
	if (a^b)&(a^r) < 0 {
		intOverflow()
	}
	return r
}

// MultiplyExactInt32 is Math.multiplyExact(int, int).
func MultiplyExactInt32(a, b int32) int32 {
	r := int64(a) * int64(b)
	if int64(int32(r)) != r {
		intOverflow()
	}
	return int32(r)
}

// NegateExactInt32 is Math.negateExact(int).
func NegateExactInt32(a int32) int32 {
	if a == math.MinInt32 {
		intOverflow()
	}
	return -a
}

// IncrementExactInt32 is Math.incrementExact(int).
func IncrementExactInt32(a int32) int32 { return AddExactInt32(a, 1) }

// DecrementExactInt32 is Math.decrementExact(int).
func DecrementExactInt32(a int32) int32 { return SubtractExactInt32(a, 1) }

// AddExactInt64 is Math.addExact(long, long).
func AddExactInt64(a, b int64) int64 {
	r := a + b
	if (a^r)&(b^r) < 0 {
		longOverflow()
	}
	return r
}

// SubtractExactInt64 is Math.subtractExact(long, long).
func SubtractExactInt64(a, b int64) int64 {
	r := a - b
	if (a^b)&(a^r) < 0 {
		longOverflow()
	}
	return r
}

// MultiplyExactInt64 is Math.multiplyExact(long, long).
func MultiplyExactInt64(a, b int64) int64 {
	r := a * b
	if uint64(AbsInt64(a)|AbsInt64(b))>>31 != 0 {
		if (b != 0 && r/b != a) || (a == math.MinInt64 && b == -1) {
			longOverflow()
		}
	}
	return r
}

// NegateExactInt64 is Math.negateExact(long).
func NegateExactInt64(a int64) int64 {
	if a == math.MinInt64 {
		longOverflow()
	}
	return -a
}

// ToIntExact is Math.toIntExact(long).
func ToIntExact(v int64) int32 {
	if int64(int32(v)) != v {
		intOverflow()
	}
	return int32(v)
}

// ---- Integer / Long static helpers ----

// IntegerCompare is Integer.compare.
func IntegerCompare(a, b int32) int32 {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// LongCompare is Long.compare.
func LongCompare(a, b int64) int32 {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// DoubleCompare is Double.compare: -0.0 < 0.0, NaN greatest and equal to itself.
func DoubleCompare(a, b float64) int32 {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	x, y := DoubleToLongBits(a), DoubleToLongBits(b)
	switch {
	case x == y:
		return 0
	case x < y:
		return -1
	}
	return 1
}

// DoubleToLongBits is Double.doubleToLongBits (NaN canonicalised).
func DoubleToLongBits(d float64) int64 {
	if d != d {
		return 0x7ff8000000000000
	}
	return int64(math.Float64bits(d))
}

// FloatToIntBits is Float.floatToIntBits (NaN canonicalised).
func FloatToIntBits(f float32) int32 {
	if f != f {
		return 0x7fc00000
	}
	return int32(math.Float32bits(f))
}

// DoubleIsNaN is Double.isNaN.
func DoubleIsNaN(d float64) bool { return d != d }

// DoubleIsInfinite is Double.isInfinite.
func DoubleIsInfinite(d float64) bool { return math.IsInf(d, 0) }

// DoubleIsFinite is Double.isFinite.
func DoubleIsFinite(d float64) bool { return !math.IsInf(d, 0) && d == d }

// BitCount32 is Integer.bitCount.
func BitCount32(v int32) int32 { return int32(bits.OnesCount32(uint32(v))) }

// BitCount64 is Long.bitCount.
func BitCount64(v int64) int32 { return int32(bits.OnesCount64(uint64(v))) }

// NumberOfLeadingZeros32 is Integer.numberOfLeadingZeros.
func NumberOfLeadingZeros32(v int32) int32 { return int32(bits.LeadingZeros32(uint32(v))) }

// NumberOfTrailingZeros32 is Integer.numberOfTrailingZeros.
func NumberOfTrailingZeros32(v int32) int32 { return int32(bits.TrailingZeros32(uint32(v))) }

// NumberOfLeadingZeros64 is Long.numberOfLeadingZeros.
func NumberOfLeadingZeros64(v int64) int32 { return int32(bits.LeadingZeros64(uint64(v))) }

// NumberOfTrailingZeros64 is Long.numberOfTrailingZeros.
func NumberOfTrailingZeros64(v int64) int32 { return int32(bits.TrailingZeros64(uint64(v))) }

// HighestOneBit32 is Integer.highestOneBit.
func HighestOneBit32(v int32) int32 {
	if v == 0 {
		return 0
	}
	return int32(uint32(1) << (31 - bits.LeadingZeros32(uint32(v))))
}

// LowestOneBit32 is Integer.lowestOneBit.
func LowestOneBit32(v int32) int32 { return v & -v }

// HighestOneBit64 is Long.highestOneBit.
func HighestOneBit64(v int64) int64 {
	if v == 0 {
		return 0
	}
	return int64(uint64(1) << (63 - bits.LeadingZeros64(uint64(v))))
}

// Reverse32 is Integer.reverse.
func Reverse32(v int32) int32 { return int32(bits.Reverse32(uint32(v))) }

// ReverseBytes32 is Integer.reverseBytes.
func ReverseBytes32(v int32) int32 { return int32(bits.ReverseBytes32(uint32(v))) }

// Reverse64 is Long.reverse.
func Reverse64(v int64) int64 { return int64(bits.Reverse64(uint64(v))) }

// RotateLeft32 is Integer.rotateLeft.
func RotateLeft32(v int32, n int32) int32 { return int32(bits.RotateLeft32(uint32(v), int(n&31))) }

// RotateRight32 is Integer.rotateRight.
func RotateRight32(v int32, n int32) int32 { return int32(bits.RotateLeft32(uint32(v), -int(n&31))) }

// IntToString is Integer.toString(v, radix) (radix out of range -> 10).
func IntToString(v int32, radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return strconv.FormatInt(int64(v), int(radix))
}

// LongToString is Long.toString(v, radix).
func LongToString(v int64, radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return strconv.FormatInt(v, int(radix))
}

// ToHexString32 is Integer.toHexString (two's complement, lower case).
func ToHexString32(v int32) string { return strconv.FormatUint(uint64(uint32(v)), 16) }

// ToOctalString32 is Integer.toOctalString.
func ToOctalString32(v int32) string { return strconv.FormatUint(uint64(uint32(v)), 8) }

// ToBinaryString32 is Integer.toBinaryString.
func ToBinaryString32(v int32) string { return strconv.FormatUint(uint64(uint32(v)), 2) }

// ToHexString64 is Long.toHexString.
func ToHexString64(v int64) string { return strconv.FormatUint(uint64(v), 16) }

// ToOctalString64 is Long.toOctalString.
func ToOctalString64(v int64) string { return strconv.FormatUint(uint64(v), 8) }

// ToBinaryString64 is Long.toBinaryString.
func ToBinaryString64(v int64) string { return strconv.FormatUint(uint64(v), 2) }

// ToUnsignedString32 is Integer.toUnsignedString.
func ToUnsignedString32(v int32) string { return strconv.FormatUint(uint64(uint32(v)), 10) }

func numberFormat(s string) *NumberFormatException {
	return NewNumberFormatException("For input string: \"" + s + "\"")
}

// parseSigned is Long.parseLong's algorithm bounded to [min, max].
func parseSigned(s string, radix int32, min, max int64) int64 {
	if IsNullString(s) {
		panic(NewNumberFormatException("Cannot parse null string"))
	}
	if radix < 2 {
		panic(NewNumberFormatException("radix " + itoa(radix) + " less than Character.MIN_RADIX"))
	}
	if radix > 36 {
		panic(NewNumberFormatException("radix " + itoa(radix) + " greater than Character.MAX_RADIX"))
	}
	fail := func() {
		if radix == 10 {
			panic(numberFormat(s))
		}
		panic(NewNumberFormatException("For input string: \"" + s + "\" under radix " + itoa(radix)))
	}
	u := unitsOf(s)
	if len(u) == 0 {
		panic(numberFormat(s))
	}
	i, neg := 0, false
	if u[0] == '-' || u[0] == '+' {
		neg = u[0] == '-'
		i = 1
		if len(u) == 1 {
			panic(numberFormat(s))
		}
	}
	var acc uint64
	limit := uint64(max)
	if neg {
		limit = uint64(-(min + 1)) + 1
	}
	for ; i < len(u); i++ {
		d := CharDigit(u[i], radix)
		if d < 0 {
			fail()
		}
		acc = acc*uint64(radix) + uint64(d)
		if acc > limit {
			fail()
		}
	}
	if neg {
		return -int64(acc)
	}
	return int64(acc)
}

// ParseInt is Integer.parseInt(s, radix) (radix 10 for the one-arg form).
func ParseInt(s string, radix int32) int32 {
	return int32(parseSigned(s, radix, math.MinInt32, math.MaxInt32))
}

// ParseLong is Long.parseLong(s, radix).
func ParseLong(s string, radix int32) int64 {
	return parseSigned(s, radix, math.MinInt64, math.MaxInt64)
}

// ParseShort is Short.parseShort(s, radix).
func ParseShort(s string, radix int32) int16 {
	return int16(parseNarrow(s, radix, math.MinInt16, math.MaxInt16))
}

// ParseByte is Byte.parseByte(s, radix).
func ParseByte(s string, radix int32) int8 {
	return int8(parseNarrow(s, radix, math.MinInt8, math.MaxInt8))
}

// parseNarrow parses as Integer.parseInt does, then range-checks with Short/Byte's message.
func parseNarrow(s string, radix int32, lo, hi int64) int64 {
	v := parseSigned(s, radix, math.MinInt32, math.MaxInt32)
	if v < lo || v > hi {
		panic(NewNumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + strconv.Itoa(int(radix))))
	}
	return v
}

// ParseDouble is Double.parseDouble: surrounding whitespace (<= ' ') is
// ignored, a trailing d/D/f/F is allowed, and "NaN"/"Infinity" are spelled
// out as in Java. strconv's correctly rounded parse equals Java's.
func ParseDouble(s string) float64 {
	t := Trim(s)
	if t == "" {
		panic(NewNumberFormatException("empty String"))
	}
	body := t
	if n := len(body); n > 1 && strings.ContainsRune("dDfF", rune(body[n-1])) {
		body = body[:n-1]
	}
	sign, rest := "", body
	if rest != "" && (rest[0] == '+' || rest[0] == '-') {
		sign, rest = rest[:1], rest[1:]
	}
	switch rest {
	case "NaN":
		if body == t {
			return math.NaN()
		}
	case "Infinity":
		if body == t {
			if sign == "-" {
				return math.Inf(-1)
			}
			return math.Inf(1)
		}
	}
	if !validJavaDecimal(rest) {
		panic(numberFormat(s))
	}
	v, err := strconv.ParseFloat(sign+rest, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		panic(numberFormat(s))
	}
	return v
}

// validJavaDecimal accepts digits[.digits][e[+-]digits] and hex floats.
func validJavaDecimal(s string) bool {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return strings.ContainsAny(s, "pP")
	}
	i, digits := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

// ParseFloat is Float.parseFloat.
func ParseFloat(s string) float32 {
	// Parse directly to float32 to avoid double rounding.
	d := ParseDouble(s)
	if d != d || math.IsInf(d, 0) {
		return float32(d)
	}
	t := strings.TrimRight(Trim(s), "dDfF")
	if f, err := strconv.ParseFloat(t, 32); err == nil || strings.Contains(err.Error(), "range") {
		return float32(f)
	}
	return float32(d)
}

// ParseBoolean is Boolean.parseBoolean.
func ParseBoolean(s string) bool { return EqualsIgnoreCase(s, "true") }
