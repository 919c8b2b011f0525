// Double.toString and Float.toString exactly as JDK 17 prints them.
//
// JDK 17 still uses the pre-JDK 19 digit generator (the Steele & White
// style loop of the old FloatingDecimal class), which is *not* the shortest
// round-tripping representation: 1e23 prints as 9.999999999999999E22 and
// 2.82879384806159E17 as 2.82879384806159008E17. strconv's shortest
// formatting therefore cannot be used; this file reimplements that digit
// generator, including its integer-overflow and rounding quirks, so that
// translated programs print the same text as the original ran on Java 17.
// The golden table in testdata/doubles.txt (produced by a real JVM) pins it.

package jrt

import (
	"math"
	"math/big"
	"math/bits"
)

// DoubleToString is Java's Double.toString(d) (JDK 17).
func DoubleToString(d float64) string {
	b := math.Float64bits(d)
	neg := b>>63 != 0
	fract := int64(b & (1<<52 - 1))
	binExp := int(b >> 52 & 0x7ff)
	if binExp == 0x7ff {
		if fract != 0 {
			return "NaN"
		}
		if neg {
			return "-Infinity"
		}
		return "Infinity"
	}
	nSig := 53
	if binExp == 0 {
		if fract == 0 {
			if neg {
				return "-0.0"
			}
			return "0.0"
		}
		// Normalise a subnormal so the hidden-bit position is set.
		lz := bits.LeadingZeros64(uint64(fract))
		shift := lz - 11
		fract <<= shift
		binExp = 1 - shift
		nSig = 64 - lz
	} else {
		fract |= 1 << 52
	}
	fd := javaFloatDigits(binExp-1023, fract, nSig, true)
	return fd.javaString(neg)
}

// doubleDigits returns the digit string and decimal exponent the old
// FloatingDecimal produces for |d| (d finite and non-zero). compat=false is
// the mode java.util.Formatter uses, which always develops a second digit.
func doubleDigits(d float64, compat bool) fdDigits {
	b := math.Float64bits(math.Abs(d))
	fract := int64(b & (1<<52 - 1))
	binExp := int(b >> 52)
	nSig := 53
	if binExp == 0 {
		lz := bits.LeadingZeros64(uint64(fract))
		shift := lz - 11
		fract <<= shift
		binExp = 1 - shift
		nSig = 64 - lz
	} else {
		fract |= 1 << 52
	}
	return javaFloatDigits(binExp-1023, fract, nSig, compat)
}

// FloatToString is Java's Float.toString(f) (JDK 17). It runs the same
// generator as doubles with the float's 24-bit significance.
func FloatToString(f float32) string {
	b := math.Float32bits(f)
	neg := b>>31 != 0
	fract := int64(b & (1<<23 - 1))
	binExp := int(b >> 23 & 0xff)
	if binExp == 0xff {
		if fract != 0 {
			return "NaN"
		}
		if neg {
			return "-Infinity"
		}
		return "Infinity"
	}
	nSig := 24
	if binExp == 0 {
		if fract == 0 {
			if neg {
				return "-0.0"
			}
			return "0.0"
		}
		lz := bits.LeadingZeros32(uint32(fract))
		shift := lz - 8
		fract <<= shift
		binExp = 1 - shift
		nSig = 32 - lz
	} else {
		fract |= 1 << 23
	}
	fd := javaFloatDigits(binExp-127, fract<<29, nSig, true)
	return fd.javaString(neg)
}

// fdDigits is the decimal form under construction: value = 0.d1d2d3... * 10^decExp.
type fdDigits struct {
	digits []byte
	decExp int
}

// pow5Bits[i] approximates ceil(log2(5^i)); the generator uses it to pick
// int32, int64 or big arithmetic exactly where Java's did.
var pow5Bits = func() [27]int {
	var t [27]int
	p := uint64(1)
	for i := 1; i < len(t); i++ {
		p *= 5
		t[i] = bits.Len64(p)
	}
	return t
}()

func pow5Int64(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 5
	}
	return p
}

// javaFloatDigits converts a positive finite value fractBits * 2^(binExp-52)
// (fractBits normalised so bit 52 is set) into Java's text.
func javaFloatDigits(binExp int, fractBits int64, nSig int, compat bool) fdDigits {
	tailZeros := bits.TrailingZeros64(uint64(fractBits))
	nFractBits := 53 - tailZeros
	nTinyBits := max(0, nFractBits-binExp-1)
	var fd fdDigits
	if nTinyBits == 0 && binExp <= 62 && binExp >= -21 {
		// An integer that fits a long: print its digits, rounding away the
		// ones below the precision of the type.
		insignificant := 0
		if binExp > nSig {
			insignificant = insignificantDigitsForPow2(binExp - nSig - 1)
		}
		var v int64
		if binExp >= 52 {
			v = fractBits << (binExp - 52)
		} else {
			v = int64(uint64(fractBits) >> (52 - binExp))
		}
		fd = longDigits(v, insignificant)
	} else {
		fd = generateDigits(binExp, fractBits, nSig, tailZeros, nFractBits, nTinyBits, compat)
	}
	return fd
}

// insignificantDigitsForPow2 is floor(log10(2^p2)) for 1 < p2 < 64, else 0.
func insignificantDigitsForPow2(p2 int) int {
	if p2 <= 1 || p2 >= 64 {
		return 0
	}
	n := 0
	for v := uint64(1) << p2; v >= 10; v /= 10 {
		n++
	}
	return n
}

func longDigits(v int64, insignificant int) fdDigits {
	decExp := 0
	if insignificant != 0 {
		pow10 := pow5Int64(insignificant) << insignificant
		residue := v % pow10
		v /= pow10
		decExp += insignificant
		if residue >= pow10>>1 {
			v++
		}
	}
	var buf [20]byte
	i := len(buf)
	for ; v != 0; v /= 10 {
		i--
		buf[i] = byte('0' + v%10)
	}
	s := buf[i:]
	decExp += len(s)
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return fdDigits{digits: append([]byte(nil), s...), decExp: decExp}
}

// estimateDecExp is floor(log10(value)) estimated the way Java does; the
// generator corrects an estimate that is one too high.
func estimateDecExp(fractBits int64, binExp int) int {
	d2 := math.Float64frombits(uint64(1023)<<52 | uint64(fractBits)&(1<<52-1))
	// Explicit conversions forbid fused multiply-add, which would change
	// the rounding relative to Java.
	d := float64((d2-1.5)*0.289529654) + 0.176091259 + float64(float64(binExp)*0.301029995663981)
	return int(math.Floor(d))
}

func generateDigits(binExp int, fractBits int64, nSig, tailZeros, nFractBits, nTinyBits int, compat bool) fdDigits {
	decExp := estimateDecExp(fractBits, binExp)
	b5 := max(0, -decExp)
	b2 := b5 + nTinyBits + binExp
	s5 := max(0, decExp)
	s2 := s5 + nTinyBits
	m5 := b5
	m2 := b2 - nSig

	fractBits = int64(uint64(fractBits) >> tailZeros)
	b2 -= nFractBits - 1
	common := min(b2, s2)
	b2 -= common
	s2 -= common
	m2 -= common
	if nFractBits == 1 {
		// Exact powers of two: Java halves M (symmetric test kept).
		m2--
	}
	if m2 < 0 {
		b2 -= m2
		s2 -= m2
		m2 = 0
	}
	approxBits := func(e5 int) int {
		if e5 < len(pow5Bits) {
			return pow5Bits[e5]
		}
		return e5 * 3
	}
	bBits := nFractBits + b2 + approxBits(b5)
	tenSBits := s2 + 1 + approxBits(s5+1)

	digits := make([]byte, 0, 20)
	var low, high bool
	var lowDiff int64
	switch {
	case bBits < 32 && tenSBits < 32:
		// Java does this in int arithmetic, overflow included.
		b := int32(fractBits) * int32(pow5Int64(b5)) << b2
		s := int32(pow5Int64(s5)) << s2
		m := int32(pow5Int64(m5)) << m2
		tens := s * 10
		q := b / s
		b = 10 * (b % s)
		m *= 10
		low = b < m
		high = b+m > tens
		if q == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+q))
		}
		if !compat || decExp < -3 || decExp >= 8 {
			high, low = false, false
		}
		for !low && !high {
			q = b / s
			b = 10 * (b % s)
			m *= 10
			if m > 0 {
				low = b < m
				high = b+m > tens
			} else {
				low, high = true, true
			}
			digits = append(digits, byte('0'+q))
		}
		lowDiff = int64(b<<1 - tens)
	case bBits < 64 && tenSBits < 64:
		b := fractBits * pow5Int64(b5) << b2
		s := pow5Int64(s5) << s2
		m := pow5Int64(m5) << m2
		tens := s * 10
		q := b / s
		b = 10 * (b % s)
		m *= 10
		low = b < m
		high = b+m > tens
		if q == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+q))
		}
		if !compat || decExp < -3 || decExp >= 8 {
			high, low = false, false
		}
		for !low && !high {
			q = b / s
			b = 10 * (b % s)
			m *= 10
			if m > 0 {
				low = b < m
				high = b+m > tens
			} else {
				low, high = true, true
			}
			digits = append(digits, byte('0'+q))
		}
		lowDiff = b<<1 - tens
	default:
		// Arbitrary precision. Note Java's big path tests high with >=.
		pow52 := func(p5, p2 int) *big.Int {
			v := new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(p5)), nil)
			return v.Lsh(v, uint(p2))
		}
		S := pow52(s5, s2)
		B := pow52(b5, b2)
		B.Mul(B, big.NewInt(fractBits))
		M := pow52(m5+1, m2+1) // 10*M
		tenS := pow52(s5+1, s2+1)
		ten := big.NewInt(10)
		q, sum := new(big.Int), new(big.Int)
		step := func() int {
			q.QuoRem(B, S, B)
			B.Mul(B, ten)
			return int(q.Int64())
		}
		d := step()
		low = B.Cmp(M) < 0
		high = sum.Add(B, M).Cmp(tenS) >= 0
		if d == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+d))
		}
		if !compat || decExp < -3 || decExp >= 8 {
			high, low = false, false
		}
		for !low && !high {
			d = step()
			M.Mul(M, ten)
			low = B.Cmp(M) < 0
			high = sum.Add(B, M).Cmp(tenS) >= 0
			digits = append(digits, byte('0'+d))
		}
		if high && low {
			lowDiff = int64(sum.Lsh(B, 1).Cmp(tenS))
		}
	}
	fd := fdDigits{digits: digits, decExp: decExp + 1}
	if high {
		if low {
			if lowDiff == 0 {
				if digits[len(digits)-1]&1 != 0 {
					fd.roundUp()
				}
			} else if lowDiff > 0 {
				fd.roundUp()
			}
		} else {
			fd.roundUp()
		}
	}
	return fd
}

// roundUp adds one to the last digit. On a carry out of all-nines Java
// keeps the digit count ("99" becomes "10" with a larger exponent).
func (fd *fdDigits) roundUp() {
	d := fd.digits
	i := len(d) - 1
	for d[i] == '9' && i > 0 {
		d[i] = '0'
		i--
	}
	if d[i] == '9' {
		fd.decExp++
		d[0] = '1'
		return
	}
	d[i]++
}

// javaString lays the digits out as Java does: plain notation for
// 10^-3 <= |v| < 10^7, otherwise computerized scientific notation.
func (fd *fdDigits) javaString(neg bool) string {
	out := make([]byte, 0, 26)
	if neg {
		out = append(out, '-')
	}
	d, e := fd.digits, fd.decExp
	switch {
	case e > 0 && e < 8:
		n := min(len(d), e)
		out = append(out, d[:n]...)
		if n < e {
			for ; n < e; n++ {
				out = append(out, '0')
			}
			out = append(out, '.', '0')
		} else {
			out = append(out, '.')
			if n < len(d) {
				out = append(out, d[n:]...)
			} else {
				out = append(out, '0')
			}
		}
	case e <= 0 && e > -3:
		out = append(out, '0', '.')
		for i := e; i < 0; i++ {
			out = append(out, '0')
		}
		out = append(out, d...)
	default:
		out = append(out, d[0], '.')
		if len(d) > 1 {
			out = append(out, d[1:]...)
		} else {
			out = append(out, '0')
		}
		out = append(out, 'E')
		x := e - 1
		if e <= 0 {
			out = append(out, '-')
			x = -e + 1
		}
		out = appendUint(out, uint64(x))
	}
	return string(out)
}

func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}
