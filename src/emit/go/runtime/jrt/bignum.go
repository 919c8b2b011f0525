// java.math.BigInteger and BigDecimal over math/big, with Java's scale rules,
// rounding modes, toString forms and hash codes. Values are immutable.

package jrt

import (
	"math/big"
	"strings"
)

// BigInteger is java.math.BigInteger.
type BigInteger struct{ v *big.Int }

// Common BigInteger constants.
var (
	BigIntegerZero = &BigInteger{big.NewInt(0)}
	BigIntegerOne  = &BigInteger{big.NewInt(1)}
	BigIntegerTwo  = &BigInteger{big.NewInt(2)}
	BigIntegerTen  = &BigInteger{big.NewInt(10)}
)

// JavaClassName implements JavaClassNamer.
func (*BigInteger) JavaClassName() string { return "java.math.BigInteger" }

// NewBigInteger is new BigInteger(s, radix).
func NewBigInteger(s string, radix int32) *BigInteger {
	t := s
	if strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	v, ok := new(big.Int).SetString(t, int(radix))
	if !ok || t == "" || strings.ContainsAny(t[1:], "+-_") || strings.HasPrefix(t, "_") {
		if s == "" {
			panic(NewNumberFormatException("Zero length BigInteger"))
		}
		panic(NewNumberFormatException("For input string: \"" + s + "\""))
	}
	return &BigInteger{v}
}

// BigIntegerValueOf is BigInteger.valueOf(long).
func BigIntegerValueOf(v int64) *BigInteger { return &BigInteger{big.NewInt(v)} }

// BigIntegerFromBig wraps a math/big value (copied).
func BigIntegerFromBig(v *big.Int) *BigInteger { return &BigInteger{new(big.Int).Set(v)} }

// Big returns a copy of the value as *big.Int.
func (b *BigInteger) Big() *big.Int { return new(big.Int).Set(b.v) }

func (b *BigInteger) op(f func(z, x, y *big.Int) *big.Int, o *BigInteger) *BigInteger {
	return &BigInteger{f(new(big.Int), b.v, o.v)}
}

// Add is add.
func (b *BigInteger) Add(o *BigInteger) *BigInteger { return b.op((*big.Int).Add, o) }

// Subtract is subtract.
func (b *BigInteger) Subtract(o *BigInteger) *BigInteger { return b.op((*big.Int).Sub, o) }

// Multiply is multiply.
func (b *BigInteger) Multiply(o *BigInteger) *BigInteger { return b.op((*big.Int).Mul, o) }

func (b *BigInteger) checkDivisor(o *BigInteger) {
	if o.v.Sign() == 0 {
		panic(NewArithmeticException("BigInteger divide by zero"))
	}
}

// Divide is divide (truncating toward zero).
func (b *BigInteger) Divide(o *BigInteger) *BigInteger {
	b.checkDivisor(o)
	return b.op((*big.Int).Quo, o)
}

// Remainder is remainder (sign of the dividend).
func (b *BigInteger) Remainder(o *BigInteger) *BigInteger {
	b.checkDivisor(o)
	return b.op((*big.Int).Rem, o)
}

// Mod is mod (always non-negative; modulus must be positive).
func (b *BigInteger) Mod(o *BigInteger) *BigInteger {
	if o.v.Sign() <= 0 {
		panic(NewArithmeticException("BigInteger: modulus not positive"))
	}
	return b.op((*big.Int).Mod, o)
}

// ModPow is modPow.
func (b *BigInteger) ModPow(e, m *BigInteger) *BigInteger {
	if m.v.Sign() <= 0 {
		panic(NewArithmeticException("BigInteger: modulus not positive"))
	}
	return &BigInteger{new(big.Int).Exp(b.v, e.v, m.v)}
}

// Pow is pow.
func (b *BigInteger) Pow(e int32) *BigInteger {
	if e < 0 {
		panic(NewArithmeticException("Negative exponent"))
	}
	return &BigInteger{new(big.Int).Exp(b.v, big.NewInt(int64(e)), nil)}
}

// Gcd is gcd.
func (b *BigInteger) Gcd(o *BigInteger) *BigInteger {
	x, y := new(big.Int).Abs(b.v), new(big.Int).Abs(o.v)
	return &BigInteger{new(big.Int).GCD(nil, nil, x, y)}
}

// Negate is negate.
func (b *BigInteger) Negate() *BigInteger { return &BigInteger{new(big.Int).Neg(b.v)} }

// Abs is abs.
func (b *BigInteger) Abs() *BigInteger { return &BigInteger{new(big.Int).Abs(b.v)} }

// Signum is signum.
func (b *BigInteger) Signum() int32 { return int32(b.v.Sign()) }

// Max is max.
func (b *BigInteger) Max(o *BigInteger) *BigInteger {
	if b.v.Cmp(o.v) >= 0 {
		return b
	}
	return o
}

// Min is min.
func (b *BigInteger) Min(o *BigInteger) *BigInteger {
	if b.v.Cmp(o.v) <= 0 {
		return b
	}
	return o
}

// ShiftLeft is shiftLeft.
func (b *BigInteger) ShiftLeft(n int32) *BigInteger {
	if n < 0 {
		return b.ShiftRight(-n)
	}
	return &BigInteger{new(big.Int).Lsh(b.v, uint(n))}
}

// ShiftRight is shiftRight (arithmetic, floor).
func (b *BigInteger) ShiftRight(n int32) *BigInteger {
	if n < 0 {
		return b.ShiftLeft(-n)
	}
	return &BigInteger{new(big.Int).Rsh(b.v, uint(n))}
}

// TestBit is testBit.
func (b *BigInteger) TestBit(n int32) bool {
	if b.v.Sign() >= 0 {
		return b.v.Bit(int(n)) == 1
	}
	// two's complement of a negative value: bit of ^(|v|-1)
	t := new(big.Int).Sub(new(big.Int).Neg(b.v), big.NewInt(1))
	return t.Bit(int(n)) == 0
}

// BitLength is bitLength (two's complement, excluding sign).
func (b *BigInteger) BitLength() int32 {
	if b.v.Sign() < 0 {
		return int32(new(big.Int).Sub(new(big.Int).Neg(b.v), big.NewInt(1)).BitLen())
	}
	return int32(b.v.BitLen())
}

// IsProbablePrime is isProbablePrime(certainty).
func (b *BigInteger) IsProbablePrime(certainty int32) bool {
	if certainty <= 0 {
		return true
	}
	return b.v.ProbablyPrime(int(max(certainty/2, 20)))
}

// CompareTo is compareTo.
func (b *BigInteger) CompareTo(o any) int32 { return int32(b.v.Cmp(o.(*BigInteger).v)) }

// Equals is equals.
func (b *BigInteger) Equals(o any) bool {
	x, ok := o.(*BigInteger)
	return ok && x != nil && b.v.Cmp(x.v) == 0
}

// HashCode is Java's BigInteger.hashCode over 32-bit magnitude words.
func (b *BigInteger) HashCode() int32 {
	var h int32
	mag := new(big.Int).Abs(b.v).Bytes()
	for len(mag)%4 != 0 {
		mag = append([]byte{0}, mag...)
	}
	for i := 0; i < len(mag); i += 4 {
		w := int32(uint32(mag[i])<<24 | uint32(mag[i+1])<<16 | uint32(mag[i+2])<<8 | uint32(mag[i+3]))
		h = 31*h + w
	}
	return h * int32(b.v.Sign())
}

// ToString is toString().
func (b *BigInteger) ToString() string { return b.v.String() }

// ToStringRadix is toString(radix).
func (b *BigInteger) ToStringRadix(radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return b.v.Text(int(radix))
}

// IntValue is intValue (low 32 bits).
func (b *BigInteger) IntValue() int32 { return int32(b.LongValue()) }

// LongValue is longValue (low 64 bits, two's complement).
func (b *BigInteger) LongValue() int64 {
	m := new(big.Int).And(b.v, new(big.Int).SetUint64(^uint64(0)))
	return int64(m.Uint64())
}

// LongValueExact is longValueExact.
func (b *BigInteger) LongValueExact() int64 {
	if !b.v.IsInt64() {
		panic(NewArithmeticException("BigInteger out of long range"))
	}
	return b.v.Int64()
}

// IntValueExact is intValueExact.
func (b *BigInteger) IntValueExact() int32 {
	if !b.v.IsInt64() || int64(int32(b.v.Int64())) != b.v.Int64() {
		panic(NewArithmeticException("BigInteger out of int range"))
	}
	return int32(b.v.Int64())
}

// DoubleValue is doubleValue (correctly rounded).
func (b *BigInteger) DoubleValue() float64 {
	f, _ := new(big.Float).SetInt(b.v).Float64()
	return f
}

// ---- BigDecimal ----

// RoundingMode is java.math.RoundingMode.
type RoundingMode int

// The rounding modes, in Java's order.
const (
	RoundUp RoundingMode = iota
	RoundDown
	RoundCeiling
	RoundFloor
	RoundHalfUp
	RoundHalfDown
	RoundHalfEven
	RoundUnnecessary
)

// BigDecimal is java.math.BigDecimal: unscaled * 10^-scale.
type BigDecimal struct {
	unscaled *big.Int
	scale    int32
}

// Common BigDecimal constants.
var (
	BigDecimalZero = &BigDecimal{big.NewInt(0), 0}
	BigDecimalOne  = &BigDecimal{big.NewInt(1), 0}
	BigDecimalTen  = &BigDecimal{big.NewInt(10), 0}
)

// JavaClassName implements JavaClassNamer.
func (*BigDecimal) JavaClassName() string { return "java.math.BigDecimal" }

// NewBigDecimal is new BigDecimal(String).
func NewBigDecimal(s string) *BigDecimal {
	fail := func() { panic(NewNumberFormatException("Character array is missing \"exponent\" mark 'e' or 'E'.")) }
	t := s
	var exp int64
	if i := strings.IndexAny(t, "eE"); i >= 0 {
		if strings.TrimLeft(t[i+1:], "+-") == "" && len(t[i+1:]) < 2 && strings.ContainsAny(t[:i], "0123456789") && strings.Trim(strings.TrimLeft(t[:i], "+-"), "0123456789.") == "" {
			// JDK 17's parser runs off the end of "1e" / "1e+": NumberFormatException without a message.
			panic(&NumberFormatException{})
		}
		e, ok := new(big.Int).SetString(strings.TrimPrefix(t[i+1:], "+"), 10)
		if !ok || !e.IsInt64() {
			fail()
		}
		exp = e.Int64()
		t = t[:i]
	}
	scale := int64(0)
	if i := strings.IndexByte(t, '.'); i >= 0 {
		scale = int64(len(t) - i - 1)
		t = t[:i] + t[i+1:]
	}
	digits := strings.TrimLeft(t, "+-")
	if digits == "" || strings.Trim(digits, "0123456789") != "" || len(t)-len(digits) > 1 {
		panic(NewNumberFormatException("Character " + firstBad(s) + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."))
	}
	v, _ := new(big.Int).SetString(strings.TrimPrefix(t, "+"), 10)
	return &BigDecimal{v, int32(scale - exp)}
}

func firstBad(s string) string {
	for _, r := range s {
		if !strings.ContainsRune("0123456789.+-eE", r) {
			return string(r)
		}
	}
	return "?"
}

// BigDecimalValueOf is BigDecimal.valueOf(double): via Double.toString.
func BigDecimalValueOf(d float64) *BigDecimal {
	if d != d || d-d != 0 {
		panic(NewNumberFormatException("Infinite or NaN"))
	}
	return NewBigDecimal(DoubleToString(d))
}

// BigDecimalValueOfLong is BigDecimal.valueOf(unscaled, scale).
func BigDecimalValueOfLong(unscaled int64, scale int32) *BigDecimal {
	return &BigDecimal{big.NewInt(unscaled), scale}
}

// NewBigDecimalFromBigInteger is new BigDecimal(BigInteger).
func NewBigDecimalFromBigInteger(b *BigInteger) *BigDecimal {
	return &BigDecimal{new(big.Int).Set(b.v), 0}
}

func pow10(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }

// rescaled returns the unscaled value at a larger scale s >= d.scale.
func (d *BigDecimal) rescaled(s int32) *big.Int {
	return new(big.Int).Mul(d.unscaled, pow10(int64(s-d.scale)))
}

// Add is add: result scale is max of the scales.
func (d *BigDecimal) Add(o *BigDecimal) *BigDecimal {
	s := max(d.scale, o.scale)
	return &BigDecimal{new(big.Int).Add(d.rescaled(s), o.rescaled(s)), s}
}

// Subtract is subtract.
func (d *BigDecimal) Subtract(o *BigDecimal) *BigDecimal { return d.Add(o.Negate()) }

// Multiply is multiply: scales add.
func (d *BigDecimal) Multiply(o *BigDecimal) *BigDecimal {
	return &BigDecimal{new(big.Int).Mul(d.unscaled, o.unscaled), d.scale + o.scale}
}

// Negate is negate.
func (d *BigDecimal) Negate() *BigDecimal { return &BigDecimal{new(big.Int).Neg(d.unscaled), d.scale} }

// Abs is abs.
func (d *BigDecimal) Abs() *BigDecimal { return &BigDecimal{new(big.Int).Abs(d.unscaled), d.scale} }

// Sign is signum as an int.
func (d *BigDecimal) Sign() int { return d.unscaled.Sign() }

// Signum is signum.
func (d *BigDecimal) Signum() int32 { return int32(d.unscaled.Sign()) }

// Scale is scale.
func (d *BigDecimal) Scale() int32 { return d.scale }

// Precision is precision (number of unscaled digits; 1 for zero).
func (d *BigDecimal) Precision() int32 {
	return int32(len(new(big.Int).Abs(d.unscaled).String()))
}

// UnscaledValue is unscaledValue.
func (d *BigDecimal) UnscaledValue() *BigInteger { return BigIntegerFromBig(d.unscaled) }

// divRound divides with a Java rounding mode.
func divRound(num, den *big.Int, mode RoundingMode) *big.Int {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	sign := int64(num.Sign() * den.Sign())
	cmpHalf := new(big.Int).Abs(new(big.Int).Lsh(r, 1)).Cmp(new(big.Int).Abs(den))
	up := false
	switch mode {
	case RoundUp:
		up = true
	case RoundDown:
	case RoundCeiling:
		up = sign > 0
	case RoundFloor:
		up = sign < 0
	case RoundHalfUp:
		up = cmpHalf >= 0
	case RoundHalfDown:
		up = cmpHalf > 0
	case RoundHalfEven:
		up = cmpHalf > 0 || cmpHalf == 0 && q.Bit(0) == 1
	case RoundUnnecessary:
		panic(NewArithmeticException("Rounding necessary"))
	}
	if up {
		q.Add(q, big.NewInt(sign))
	}
	return q
}

// SetScale is setScale(newScale, roundingMode).
func (d *BigDecimal) SetScale(s int32, mode RoundingMode) *BigDecimal {
	if s >= d.scale {
		return &BigDecimal{d.rescaled(s), s}
	}
	return &BigDecimal{divRound(d.unscaled, pow10(int64(d.scale-s)), mode), s}
}

// DivideScale is divide(divisor, scale, roundingMode).
func (d *BigDecimal) DivideScale(o *BigDecimal, s int32, mode RoundingMode) *BigDecimal {
	if o.unscaled.Sign() == 0 {
		divByZero()
	}
	// d/o = (ud/uo) * 10^(so-sd); want unscaled at scale s.
	e := int64(s) + int64(o.scale) - int64(d.scale)
	num, den := new(big.Int).Set(d.unscaled), new(big.Int).Set(o.unscaled)
	if e >= 0 {
		num.Mul(num, pow10(e))
	} else {
		den.Mul(den, pow10(-e))
	}
	return &BigDecimal{divRound(num, den, mode), s}
}

// DivideRounding is divide(divisor, roundingMode): the scale of this.
func (d *BigDecimal) DivideRounding(o *BigDecimal, mode RoundingMode) *BigDecimal {
	return d.DivideScale(o, d.scale, mode)
}

// Divide is divide(divisor): the exact quotient at the preferred scale
// this.scale - divisor.scale, or ArithmeticException if it does not terminate.
func (d *BigDecimal) Divide(o *BigDecimal) *BigDecimal {
	d.checkDivisor(o)
	preferred := d.scale - o.scale
	if d.unscaled.Sign() == 0 {
		return &BigDecimal{big.NewInt(0), preferred}
	}
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(d.unscaled), new(big.Int).Abs(o.unscaled))
	den := new(big.Int).Quo(o.unscaled, g)
	num := new(big.Int).Quo(d.unscaled, g)
	if den.Sign() < 0 {
		den.Neg(den)
		num.Neg(num)
	}
	// den must be 2^a 5^b for a terminating expansion.
	k, rest := int64(0), new(big.Int).Set(den)
	two, five := big.NewInt(2), big.NewInt(5)
	var a, b int64
	for new(big.Int).Rem(rest, two).Sign() == 0 {
		rest.Quo(rest, two)
		a++
	}
	for new(big.Int).Rem(rest, five).Sign() == 0 {
		rest.Quo(rest, five)
		b++
	}
	if rest.Cmp(big.NewInt(1)) != 0 {
		panic(NewArithmeticException("Non-terminating decimal expansion; no exact representable decimal result."))
	}
	k = max(a, b)
	q := new(big.Int).Quo(new(big.Int).Mul(num, pow10(k)), den)
	res := &BigDecimal{q, int32(k) + preferred}
	res = res.stripTo(preferred)
	if res.scale < preferred {
		res = res.SetScale(preferred, RoundUnnecessary)
	}
	return res
}

// checkDivisor throws what divide throws for a zero divisor.
func (d *BigDecimal) checkDivisor(o *BigDecimal) {
	if o.unscaled.Sign() == 0 {
		if d.unscaled.Sign() == 0 {
			panic(NewArithmeticException("Division undefined"))
		}
		panic(NewArithmeticException("Division by zero"))
	}
}

// stripTo removes trailing zeros while the scale stays above min.
func (d *BigDecimal) stripTo(min int32) *BigDecimal {
	u, s := new(big.Int).Set(d.unscaled), d.scale
	ten, r := big.NewInt(10), new(big.Int)
	for s > min && u.Sign() != 0 {
		q, _ := new(big.Int).QuoRem(u, ten, r)
		if r.Sign() != 0 {
			break
		}
		u, s = q, s-1
	}
	return &BigDecimal{u, s}
}

// StripTrailingZeros is stripTrailingZeros (zero becomes scale 0).
func (d *BigDecimal) StripTrailingZeros() *BigDecimal {
	if d.unscaled.Sign() == 0 {
		return &BigDecimal{big.NewInt(0), 0}
	}
	return d.stripTo(-1 << 31)
}

// Remainder is remainder.
func (d *BigDecimal) Remainder(o *BigDecimal) *BigDecimal {
	q := d.DivideScale(o, 0, RoundDown)
	return d.Subtract(q.Multiply(o))
}

// Pow is pow(n).
func (d *BigDecimal) Pow(n int32) *BigDecimal {
	return &BigDecimal{new(big.Int).Exp(d.unscaled, big.NewInt(int64(n)), nil), d.scale * n}
}

// CompareTo is compareTo (numeric; 2.0 equals 2.00).
func (d *BigDecimal) CompareTo(o any) int32 {
	x := o.(*BigDecimal)
	s := max(d.scale, x.scale)
	return int32(d.rescaled(s).Cmp(x.rescaled(s)))
}

// Equals is equals: value and scale must both match.
func (d *BigDecimal) Equals(o any) bool {
	x, ok := o.(*BigDecimal)
	return ok && x != nil && d.scale == x.scale && d.unscaled.Cmp(x.unscaled) == 0
}

// HashCode is 31*unscaledValue().hashCode() + scale.
func (d *BigDecimal) HashCode() int32 {
	return 31*(&BigInteger{d.unscaled}).HashCode() + d.scale
}

// ToString is toString(): scientific notation when the exponent is small.
func (d *BigDecimal) ToString() string {
	coeff := new(big.Int).Abs(d.unscaled).String()
	sign := ""
	if d.unscaled.Sign() < 0 {
		sign = "-"
	}
	if d.scale == 0 {
		return sign + coeff
	}
	adjusted := -int64(d.scale) + int64(len(coeff)-1)
	if d.scale > 0 && adjusted >= -6 {
		return sign + insertPoint(coeff, int(d.scale))
	}
	s := sign + coeff[:1]
	if len(coeff) > 1 {
		s += "." + coeff[1:]
	}
	if adjusted != 0 {
		s += "E"
		if adjusted > 0 {
			s += "+"
		}
		s += big.NewInt(adjusted).String()
	}
	return s
}

func insertPoint(coeff string, scale int) string {
	if len(coeff) > scale {
		return coeff[:len(coeff)-scale] + "." + coeff[len(coeff)-scale:]
	}
	return "0." + strings.Repeat("0", scale-len(coeff)) + coeff
}

// ToPlainString is toPlainString.
func (d *BigDecimal) ToPlainString() string {
	if d.scale <= 0 {
		return new(big.Int).Mul(d.unscaled, pow10(int64(-d.scale))).String()
	}
	coeff := new(big.Int).Abs(d.unscaled).String()
	sign := ""
	if d.unscaled.Sign() < 0 {
		sign = "-"
	}
	return sign + insertPoint(coeff, int(d.scale))
}

// DoubleValue is doubleValue.
func (d *BigDecimal) DoubleValue() float64 { return ParseDouble(d.ToString()) }

// IntValue is intValue (truncates).
func (d *BigDecimal) IntValue() int32 { return d.ToBigInteger().IntValue() }

// LongValue is longValue (truncates).
func (d *BigDecimal) LongValue() int64 { return d.ToBigInteger().LongValue() }

// ToBigInteger is toBigInteger (truncates).
func (d *BigDecimal) ToBigInteger() *BigInteger {
	return &BigInteger{d.SetScale(0, RoundDown).unscaled}
}

// Max is max.
func (d *BigDecimal) Max(o *BigDecimal) *BigDecimal {
	if d.CompareTo(o) >= 0 {
		return d
	}
	return o
}

// Min is min.
func (d *BigDecimal) Min(o *BigDecimal) *BigDecimal {
	if d.CompareTo(o) <= 0 {
		return d
	}
	return o
}
