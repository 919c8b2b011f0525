package jrt

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// esc mirrors Golden.java's escaping: non-printable-ASCII UTF-16 units as \uXXXX.
func esc(s string) string {
	var b strings.Builder
	for _, c := range decodeWTF8(s) {
		if c < 0x20 || c > 0x7e || c == '\\' {
			fmt.Fprintf(&b, "\\u%04x", c)
		} else {
			b.WriteByte(byte(c))
		}
	}
	return b.String()
}

// try runs f and renders a thrown Java exception as Golden.java does.
func try(f func() any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "!" + ThrowableToString(ToThrowable(r))
		}
	}()
	return ToString(f())
}

func goldenStrs() []string {
	return []string{"", "a", "hello", "Hello World", "  padded \t\n", "héllo", "日本語テキスト", "emoji😀x",
		encodeUnits([]uint16{0xd800}) + "lone", "x" + encodeUnits([]uint16{0xdc00}), "ß straße", "İstanbul", "ǅ",
		"\u2003em\u00a0nb\u2003", "ABCabc123"}
}

func signum(v int32) int32 { return SignumInt32(v) }

func goldenCases() map[string]func() any {
	c := map[string]func() any{}
	strs := goldenStrs()
	for i, s := range strs {
		k := fmt.Sprint(i)
		c["len"+k] = func() any { return StrLength(s) }
		c["hash"+k] = func() any { return StrHashCode(s) }
		c["upper"+k] = func() any { return ToUpperCase(s) }
		c["lower"+k] = func() any { return ToLowerCase(s) }
		c["trim"+k] = func() any { return "[" + Trim(s) + "]" }
		c["strip"+k] = func() any { return "[" + Strip(s) + "]" }
		c["blank"+k] = func() any { return IsBlank(s) }
		c["chars"+k] = func() any { return ArraysToString(Chars(s)) }
		c["charAt3_"+k] = func() any { return int32(CharAt(s, 3)) }
		c["sub1_"+k] = func() any { return Substring1(s, 1) }
		c["sub13_"+k] = func() any { return Substring(s, 1, 3) }
		c["idx_l"+k] = func() any { return IndexOf(s, "l", 0) }
		c["idx_l2"+k] = func() any { return IndexOfChar(s, 'l', 3) }
		c["lidx_l"+k] = func() any { return LastIndexOf(s, "l", StrLength(s)) }
		c["idx_emoji"+k] = func() any { return IndexOf(s, "😀", 0) }
		c["rev"+k] = func() any { return NewStringBuilder(s).Reverse() }
		for j, t := range strs {
			kj := k + "_" + fmt.Sprint(j)
			c["cmp"+kj] = func() any { return signum(CompareTo(s, t)) }
			c["cmpic"+kj] = func() any { return signum(CompareToIgnoreCase(s, t)) }
			c["eqic"+kj] = func() any { return EqualsIgnoreCase(s, t) }
		}
	}
	c["cmpSupp"] = func() any { return signum(CompareTo("\uffff", "😀")) }
	splits := []string{"a,b,,c,,", ",a,b", "a1b22c333", "  lead trail  ", "", "abc", "a||b"}
	regs := []string{",", `\d+`, `\s+`, "", `\|`, "b", "x*"}
	for i, s := range splits {
		for j, r := range regs {
			for _, lim := range []int32{0, -1, 2} {
				c[fmt.Sprintf("split%d_%d_%d", i, j, lim)] = func() any { return ArraysToString(Split(s, r, lim)) }
			}
		}
	}
	c["replaceAll1"] = func() any { return ReplaceAll("a1b22c333", `(\d+)`, "<$1>") }
	c["replaceAll2"] = func() any { return ReplaceAll("hello world", "o", "0") }
	c["replaceAll3"] = func() any { return ReplaceAll("a.b.c", `\.`, `\$`) }
	c["replaceFirst"] = func() any { return ReplaceFirst("aaa", "a", "b") }
	c["replace1"] = func() any { return Replace("aaa", "aa", "b") }
	c["replace2"] = func() any { return Replace("abc", "", "-") }
	c["replaceChar"] = func() any { return ReplaceChar("hello", 'l', 'L') }
	c["matches1"] = func() any { return Matches("abc123", `[a-z]+\d+`) }
	c["matches2"] = func() any { return Matches("abc123x", `[a-z]+\d+`) }
	c["join"] = func() any { return Join("-", "a", "b", "c") }
	c["repeat"] = func() any { return Repeat("ab", 3) }

	ints := []int32{0, 1, -1, 7, -7, 100, math.MaxInt32, math.MinInt32, 123456789, -98765}
	for _, x := range ints {
		k := fmt.Sprint(x)
		c["hex"+k] = func() any { return ToHexString32(x) }
		c["oct"+k] = func() any { return ToOctalString32(x) }
		c["bin"+k] = func() any { return ToBinaryString32(x) }
		c["r36_"+k] = func() any { return IntToString(x, 36) }
		c["bitc"+k] = func() any { return BitCount32(x) }
		c["hob"+k] = func() any { return HighestOneBit32(x) }
		c["nlz"+k] = func() any { return NumberOfLeadingZeros32(x) }
		c["ntz"+k] = func() any { return NumberOfTrailingZeros32(x) }
		c["irev"+k] = func() any { return Reverse32(x) }
		c["lhex"+k] = func() any { return ToHexString64(int64(x) * 3) }
		c["lhash"+k] = func() any { return HashCode(int64(x) * 1234567891) }
		for _, y := range []int32{1, -1, 3, -3, 0, 7} {
			ky := k + "_" + fmt.Sprint(y)
			c["div"+ky] = func() any { return DivInt32(x, y) }
			c["rem"+ky] = func() any { return RemInt32(x, y) }
			c["fdiv"+ky] = func() any { return FloorDivInt32(x, y) }
			c["fmod"+ky] = func() any { return FloorModInt32(x, y) }
			c["shl"+ky] = func() any { return ShlInt32(x, int64(y)) }
			c["shr"+ky] = func() any { return ShrInt32(x, int64(y)) }
			c["ushr"+ky] = func() any { return UshrInt32(x, int64(y)) }
			c["lshl"+ky] = func() any { return ShlInt64(int64(x), int64(y*13)) }
			c["lushr"+ky] = func() any { return UshrInt64(int64(x), int64(y*13)) }
			c["addx"+ky] = func() any { return AddExactInt32(x, y*1000) }
			c["mulx"+ky] = func() any { return MultiplyExactInt32(x, y*1000) }
		}
	}
	ds := []float64{0.0, math.Copysign(0, -1), 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e10, 3e9, -3e9, 1e19, -1e19, 1e300,
		math.NaN(), math.Inf(1), math.Inf(-1), 123.456, -0.125, 4.35, 1.005, 2.675, 0.125, 1234567.891}
	for i, d := range ds {
		k := fmt.Sprint(i)
		c["d2i"+k] = func() any { return F64ToI32(d) }
		c["d2l"+k] = func() any { return F64ToI64(d) }
		c["d2c"+k] = func() any { return int32(F64ToChar(d)) }
		c["d2s"+k] = func() any { return F64ToI16(d) }
		c["d2b"+k] = func() any { return F64ToI8(d) }
		c["f2i"+k] = func() any { return F32ToI32(float32(d)) }
		c["round"+k] = func() any { return RoundF64(d) }
		c["roundf"+k] = func() any { return RoundF32(float32(d)) }
		c["rint"+k] = func() any { return Rint(d) }
		c["signum"+k] = func() any { return SignumF64(d) }
		c["dhash"+k] = func() any { return HashCode(d) }
		c["fhash"+k] = func() any { return HashCode(float32(d)) }
		c["max"+k] = func() any { return MaxF64(d, math.Copysign(0, -1)) }
		c["min"+k] = func() any { return MinF64(d, 0) }
		c["cmp"+k] = func() any { return DoubleCompare(d, 0) }
		c["abs"+k] = func() any { return math.Abs(d) }
		for _, f := range []string{"%f", "%.2f", "%.0f", "%.1f", "%10.3f", "%-10.1f|", "%e", "%.3e", "%E", "%,.2f", "%+.1f", "%(.2f", "%012.4f", "%g", "%.3g", "%s"} {
			c["fmt"+f+"_"+k] = func() any { return Format(f, d) }
		}
		c["fmtf"+k] = func() any { return Format("%.3f", float32(d)) }
	}
	ls := []int64{0, 1, -1, 42, -42, 1234567, -1234567, math.MaxInt64, math.MinInt64, 255}
	for i, v := range ls {
		k := fmt.Sprint(i)
		for _, f := range []string{"%d", "%5d", "%-5d|", "%05d", "%,d", "%+d", "% d", "%(d", "%x", "%X", "%o", "%#x", "%08X", "%,015d"} {
			c["fmtl"+f+"_"+k] = func() any { return Format(f, v) }
			c["fmti"+f+"_"+k] = func() any { return Format(f, int32(v)) }
			c["fmtb"+f+"_"+k] = func() any { return Format(f, int8(v)) }
		}
		c["fmtbig"+k] = func() any {
			return Format("%,d|%x", BigIntegerValueOf(v).Multiply(BigIntegerValueOf(v)), BigIntegerValueOf(v))
		}
	}
	c["fmt_s"] = func() any { return Format("%s|%10s|%-10s|%.2s|%S|%s", "abc", "abc", "abc", "abc", "abc", nil) }
	c["fmt_c"] = func() any { return Format("%c%c%C", uint16('a'), int32(0x1F600), uint16('b')) }
	c["fmt_b"] = func() any { return Format("%b %b %b %B", true, nil, "x", false) }
	c["fmt_pct"] = func() any { return Format("100%% %n") }
	c["fmt_idx"] = func() any { return Format("%2$s %1$s %<s", "a", "b") }
	c["fmt_miss"] = func() any { return Format("%s %s", "a") }
	c["fmt_unk"] = func() any { return Format("%q", int32(1)) }
	c["fmt_conv"] = func() any { return Format("%d", "x") }
	c["fmt_conv2"] = func() any { return Format("%d", 1.5) }
	c["fmt_conv3"] = func() any { return Format("%f", int32(1)) }
	c["fmt_width"] = func() any { return Format("%-d", int32(1)) }
	c["fmt_prec"] = func() any { return Format("%.2d", int32(1)) }
	c["fmt_h"] = func() any { return Format("%h", "hello") }
	c["fmt_bd"] = func() any {
		return Format("%.2f|%.3f|%f", NewBigDecimal("1.005"), NewBigDecimal("-2.5"), NewBigDecimal("1e3"))
	}
	for _, s := range []string{"0", "123", "-123", "+7", "2147483647", "2147483648", "-2147483648", "-2147483649", "abc", "", "-", "12a", " 1", "\u0661\u0662"} {
		c["pi"+esc(s)] = func() any { return ParseInt(s, 10) }
		c["pl"+esc(s)] = func() any { return ParseLong(s, 10) }
		c["pd"+esc(s)] = func() any { return ParseDouble(s) }
	}
	for _, s := range []string{"1.5", "1e3", "-.5", "5.", ".", "1e", "NaN", "-Infinity", "0x1p3", "1.5f", "1d", "  2.5  ", "1_000", "+1.0E-2"} {
		c["pd"+esc(s)] = func() any { return ParseDouble(s) }
		c["pf"+esc(s)] = func() any { return ParseFloat(s) }
	}
	c["pir16"] = func() any { return ParseInt("-ff", 16) }
	c["pir2"] = func() any { return ParseInt("1012", 2) }
	c["pir37"] = func() any { return ParseInt("1", 37) }
	c["pil36"] = func() any { return ParseLong("zzzzzz", 36) }
	for _, ch := range []uint16{'a', 'Z', '5', ' ', '\t', 0xa0, 0x2003, '日', 'é', 'ß', 0x661, '_', '$', 0xd800, 'ǅ', 'µ', 'ÿ'} {
		k := fmt.Sprintf("%04x", ch)
		c["isDigit"+k] = func() any { return CharIsDigit(ch) }
		c["isLetter"+k] = func() any { return CharIsLetter(ch) }
		c["isLoD"+k] = func() any { return CharIsLetterOrDigit(ch) }
		c["isWs"+k] = func() any { return CharIsWhitespace(ch) }
		c["isUp"+k] = func() any { return CharIsUpperCase(ch) }
		c["isLo"+k] = func() any { return CharIsLowerCase(ch) }
		c["toUp"+k] = func() any { return int32(CharToUpperCase(ch)) }
		c["toLo"+k] = func() any { return int32(CharToLowerCase(ch)) }
		c["digit"+k] = func() any { return CharDigit(ch, 16) }
	}
	c["concat"] = func() any {
		return "" + ToString(int32(1)) + ToString(uint16('c')) + ToString(int64(2)) + ToString(float32(1.5)) + ToString(2.5) +
			ToString(true) + ToString(nil) + ToString(uint16(0x41)) + ToString(int16(-3)) + ToString(int8(7))
	}
	c["boolhash"] = func() any { return ToString(HashCode(true)) + "," + ToString(HashCode(false)) }
	c["chash"] = func() any { return HashCode(uint16('x')) }
	b1, b2 := NewBigInteger("123456789012345678901234567890", 10), BigIntegerValueOf(-987654321)
	c["bi_add"] = func() any { return b1.Add(b2) }
	c["bi_mul"] = func() any { return b1.Multiply(b2) }
	c["bi_div"] = func() any { return b1.Divide(b2) }
	c["bi_rem"] = func() any { return b1.Remainder(b2) }
	c["bi_mod"] = func() any { return b2.Mod(BigIntegerValueOf(7)) }
	c["bi_pow"] = func() any { return b2.Pow(3) }
	c["bi_hash"] = func() any { return ToString(b1.HashCode()) + "," + ToString(b2.HashCode()) }
	c["bi_hex"] = func() any { return b2.ToStringRadix(16) }
	c["bi_long"] = func() any { return b1.LongValue() }
	c["bi_int"] = func() any { return b1.IntValue() }
	c["bi_dbl"] = func() any { return b1.DoubleValue() }
	decs := []string{"1.10", "2.5", "-2.5", "0.000001", "0.0000001", "123.456e5", "1E+3", "-0.00", "100", "3.14159"}
	modes := []string{"UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY"}
	for i, ds := range decs {
		x := NewBigDecimal(ds)
		k := fmt.Sprint(i)
		c["bd_str"+k] = func() any { return x }
		c["bd_plain"+k] = func() any { return x.ToPlainString() }
		c["bd_scale"+k] = func() any { return x.Scale() }
		c["bd_prec"+k] = func() any { return x.Precision() }
		c["bd_hash"+k] = func() any { return x.HashCode() }
		c["bd_strip"+k] = func() any { return x.StripTrailingZeros() }
		for m, name := range modes {
			c["bd_set"+k+name] = func() any { return x.SetScale(0, RoundingMode(m)) }
		}
		for j, ys := range decs {
			y := NewBigDecimal(ys)
			kj := k + "_" + fmt.Sprint(j)
			c["bd_add"+kj] = func() any { return x.Add(y) }
			c["bd_mul"+kj] = func() any { return x.Multiply(y) }
			c["bd_cmp"+kj] = func() any { return x.CompareTo(y) }
			c["bd_eq"+kj] = func() any { return x.Equals(y) }
			c["bd_div"+kj] = func() any { return x.Divide(y) }
			c["bd_divs"+kj] = func() any { return x.DivideScale(y, 4, RoundHalfEven) }
		}
	}
	c["bd_valueOf"] = func() any {
		return BigDecimalValueOf(0.1).ToString() + "," + BigDecimalValueOf(1e23).ToString() + "," + BigDecimalValueOf(100.0).ToString()
	}
	return c
}

func TestGoldenCases(t *testing.T) {
	cases := goldenCases()
	rows := readGolden(t, "golden.txt")
	bad, checked := 0, 0
	for _, r := range rows {
		f, ok := cases[r[0]]
		if !ok {
			t.Errorf("no Go case for %q", r[0])
			continue
		}
		checked++
		want := ""
		if len(r) > 1 {
			want = r[1]
		}
		if got := esc(try(f)); got != want {
			bad++
			t.Errorf("%s: got %q want %q", r[0], got, want)
		}
	}
	t.Logf("%d golden cases checked, %d mismatches", checked, bad)
}
