// String.format / printf: the common part of java.util.Formatter.
//
// Supported: %[index$][flags][width][.precision]conv with conversions
// b B s S c C d o x X e E f g G h H % n and flags - # + space 0 , ( <.
// Floating-point output rounds HALF_UP from the digits Double.toString
// would produce, as Java does (so %.2f of 0.125 is 0.13 and of 1.005 is
// 1.01), which differs from Go's fmt. Grouping and the decimal point follow
// the Locale (FormatLocale); Format uses ',' and '.' as Locale.US does.

package jrt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

type fmtSpec struct {
	index     int // 1-based explicit index, -1 for '<', 0 for ordinary
	flags     string
	width     int // -1 if absent
	precision int // -1 if absent
	conv      byte
	upper     bool
	loc       *Locale // nil: Locale.US's separators
}

// Locale is java.util.Locale, reduced to what Formatter needs: its tag and
// the grouping and decimal separators JDK 17's CLDR data gives it.
type Locale struct{ tag, group, decimal string }

// The Locale constants programs pass to String.format.
var (
	LocaleROOT               = &Locale{"", ",", "."}
	LocaleUS                 = &Locale{"en_US", ",", "."}
	LocaleUK                 = &Locale{"en_GB", ",", "."}
	LocaleENGLISH            = &Locale{"en", ",", "."}
	LocaleCHINA              = &Locale{"zh_CN", ",", "."}
	LocaleSIMPLIFIED_CHINESE = LocaleCHINA
	LocaleCHINESE            = &Locale{"zh", ",", "."}
	LocaleJAPAN              = &Locale{"ja_JP", ",", "."}
	LocaleGERMANY            = &Locale{"de_DE", ".", ","}
	LocaleGERMAN             = &Locale{"de", ".", ","}
	LocaleITALY              = &Locale{"it_IT", ".", ","}
	LocaleFRANCE             = &Locale{"fr_FR", "\u202f", ","}
	LocaleFRENCH             = &Locale{"fr", "\u202f", ","}
)

// ToString is Locale.toString() ("de_DE"; "" for ROOT).
func (l *Locale) ToString() string { return l.tag }

// JavaClassName implements JavaClassNamer.
func (*Locale) JavaClassName() string { return "java.util.Locale" }

func (s *fmtSpec) separators() (group, decimal string) {
	if s.loc == nil {
		return ",", "."
	}
	return s.loc.group, s.loc.decimal
}

func (s *fmtSpec) has(f byte) bool { return strings.IndexByte(s.flags, f) >= 0 }

func (s *fmtSpec) String() string {
	var b strings.Builder
	b.WriteByte('%')
	b.WriteString(s.flags)
	if s.width >= 0 {
		b.WriteString(strconv.Itoa(s.width))
	}
	if s.precision >= 0 {
		b.WriteString("." + strconv.Itoa(s.precision))
	}
	c := s.conv
	if s.upper {
		c -= 32
	}
	b.WriteByte(c)
	return b.String()
}

// Format is String.format(format, args...).
func Format(format string, args ...any) string { return FormatLocale(nil, format, args...) }

// FormatLocale is String.format(locale, format, args...).
func FormatLocale(loc *Locale, format string, args ...any) string {
	var out strings.Builder
	ordinary, last := 0, -1
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			out.WriteString(format[i : i+j])
			i += j
			continue
		}
		spec, n := parseSpec(format[i:])
		spec.loc = loc
		i += n
		switch spec.conv {
		case '%':
			if spec.precision >= 0 {
				panic(NewIllegalFormatPrecisionException(strconv.Itoa(spec.precision)))
			}
			out.WriteString(justify(&spec, "%"))
			continue
		case 'n':
			out.WriteByte('\n')
			continue
		}
		var arg any
		switch {
		case spec.index > 0:
			if spec.index > len(args) {
				panic(NewMissingFormatArgumentException("Format specifier '" + spec.String() + "'"))
			}
			last = spec.index - 1
		case spec.index < 0:
			if last < 0 {
				panic(NewMissingFormatArgumentException("Format specifier '" + spec.String() + "'"))
			}
		default:
			if ordinary >= len(args) {
				panic(NewMissingFormatArgumentException("Format specifier '" + spec.String() + "'"))
			}
			last = ordinary
			ordinary++
		}
		arg = args[last]
		out.WriteString(formatOne(&spec, arg))
	}
	return out.String()
}

// parseSpec parses one specifier starting at s[0] == '%'.
func parseSpec(s string) (fmtSpec, int) {
	sp := fmtSpec{width: -1, precision: -1}
	i := 1
	digitsAt := func(j int) int {
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		return k
	}
	// argument index: digits followed by '$'
	if k := digitsAt(i); k > i && k < len(s) && s[k] == '$' {
		sp.index, _ = strconv.Atoi(s[i:k])
		i = k + 1
	}
	for i < len(s) && strings.IndexByte("-#+ 0,(<", s[i]) >= 0 {
		if s[i] == '<' {
			sp.index = -1
		} else {
			sp.flags += s[i : i+1]
		}
		i++
	}
	if k := digitsAt(i); k > i {
		sp.width, _ = strconv.Atoi(s[i:k])
		i = k
	}
	if i < len(s) && s[i] == '.' {
		k := digitsAt(i + 1)
		if k == i+1 {
			panic(NewUnknownFormatConversionException("Conversion = '.'"))
		}
		sp.precision, _ = strconv.Atoi(s[i+1 : k])
		i = k
	}
	if i >= len(s) {
		panic(NewUnknownFormatConversionException("Conversion = '%'"))
	}
	c := s[i]
	if strings.IndexByte("bBsScCdoxXeEfgGaAhH%n", c) < 0 {
		panic(NewUnknownFormatConversionException("Conversion = '" + string(c) + "'"))
	}
	if c >= 'A' && c <= 'Z' {
		sp.upper = true
		c += 32
	}
	sp.conv = c
	if (sp.has('-') || sp.has('0')) && sp.width < 0 && c != 'n' {
		panic(NewMissingFormatWidthException(sp.String()))
	}
	if sp.precision >= 0 && strings.IndexByte("cdoxn", c) >= 0 {
		panic(NewIllegalFormatPrecisionException(strconv.Itoa(sp.precision)))
	}
	return sp, i + 1
}

// justify pads to the width (left-justified with '-') and applies %S.
func justify(sp *fmtSpec, s string) string {
	if sp.upper {
		s = ToUpperCase(s)
	}
	if sp.width >= 0 {
		if pad := sp.width - int(StrLength(s)); pad > 0 {
			if sp.has('-') {
				return s + strings.Repeat(" ", pad)
			}
			return strings.Repeat(" ", pad) + s
		}
	}
	return s
}

func conversionError(sp *fmtSpec, arg any) {
	panic(NewIllegalFormatConversionException(string(sp.conv) + " != " + ClassNameOf(arg)))
}

func formatOne(sp *fmtSpec, arg any) string {
	switch sp.conv {
	case 's':
		s := ToString(arg)
		if sp.precision >= 0 && int32(sp.precision) < StrLength(s) {
			s = Substring(s, 0, int32(sp.precision))
		}
		return justify(sp, s)
	case 'b':
		v := arg != nil && !isNilValue(arg)
		if b, ok := unbox(arg).(bool); ok {
			v = b
		}
		s := strconv.FormatBool(v)
		if sp.precision >= 0 && sp.precision < len(s) {
			s = s[:sp.precision]
		}
		return justify(sp, s)
	case 'h':
		if arg == nil {
			return justify(sp, "null")
		}
		return justify(sp, ToHexString32(HashCode(arg)))
	case 'c':
		if arg == nil {
			return justify(sp, "null")
		}
		switch x := unbox(arg).(type) {
		case uint16:
			return justify(sp, StringOfChar(x))
		case int8:
			return justify(sp, StringOfCodePoint(int32(x)))
		case int16:
			return justify(sp, StringOfCodePoint(int32(x)))
		case int32:
			return justify(sp, StringOfCodePoint(x))
		}
		conversionError(sp, arg)
	case 'd', 'o', 'x':
		if arg == nil {
			return justify(sp, "null")
		}
		return formatInteger(sp, arg)
	case 'e', 'f', 'g', 'a':
		if arg == nil {
			return justify(sp, "null")
		}
		switch x := unbox(arg).(type) {
		case float64:
			return formatFloat(sp, x)
		case float32:
			return formatFloat(sp, float64(x))
		case *BigDecimal:
			if sp.conv == 'f' {
				return formatDecimalString(sp, x.Sign() < 0, x.Abs().SetScale(int32(max(sp.precision, 0)+boolInt(sp.precision < 0)*6), RoundHalfUp).ToPlainString())
			}
			return formatFloat(sp, x.DoubleValue())
		}
		conversionError(sp, arg)
	}
	conversionError(sp, arg)
	return ""
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func formatInteger(sp *fmtSpec, arg any) string {
	var v int64
	bitsize := 64
	var bigv *big.Int
	switch x := unbox(arg).(type) {
	case int32:
		v, bitsize = int64(x), 32
	case int64:
		v = x
	case int16:
		v, bitsize = int64(x), 16
	case int8:
		v, bitsize = int64(x), 8
	case int:
		v = int64(x)
	case *BigInteger:
		bigv = x.v
	default:
		conversionError(sp, arg)
	}
	if sp.conv == 'd' {
		var mag string
		neg := false
		if bigv != nil {
			neg = bigv.Sign() < 0
			mag = new(big.Int).Abs(bigv).String()
		} else {
			neg = v < 0
			mag = strconv.FormatUint(uint64(AbsInt64(v)), 10)
			if v == math.MinInt64 {
				mag = "9223372036854775808"
			}
		}
		return formatDecimalString(sp, neg, mag)
	}
	// o and x: negative primitives print as unsigned two's complement.
	base := 8
	if sp.conv == 'x' {
		base = 16
	}
	var s string
	neg := false
	if bigv != nil {
		neg = bigv.Sign() < 0
		s = new(big.Int).Abs(bigv).Text(base)
	} else {
		u := uint64(v)
		if bitsize < 64 {
			u &= 1<<bitsize - 1
		}
		s = strconv.FormatUint(u, base)
	}
	prefix := ""
	if sp.has('#') {
		if base == 16 {
			prefix = "0x"
		} else {
			prefix = "0"
		}
	}
	sign := ""
	if bigv != nil {
		switch {
		case neg && sp.has('('):
			sign = "("
		case neg:
			sign = "-"
		case sp.has('+'):
			sign = "+"
		case sp.has(' '):
			sign = " "
		}
	}
	body := prefix + s
	if sp.has('0') {
		for len(sign)+len(body) < sp.width {
			body = prefix + "0" + body[len(prefix):]
		}
	}
	res := sign + body
	if bigv != nil && neg && sp.has('(') {
		res += ")"
	}
	if sp.upper {
		res = strings.ToUpper(res)
	}
	return justify(&fmtSpec{flags: sp.flags, width: sp.width}, res)
}

// formatDecimalString lays out a decimal magnitude ("1234.5") with sign,
// grouping and zero-padding flags, as Formatter.localizedMagnitude does.
func formatDecimalString(sp *fmtSpec, neg bool, mag string) string {
	var b strings.Builder
	switch {
	case neg && sp.has('('):
		b.WriteByte('(')
	case neg:
		b.WriteByte('-')
	case sp.has('+'):
		b.WriteByte('+')
	case sp.has(' '):
		b.WriteByte(' ')
	}
	intPart, frac := mag, ""
	if dot := strings.IndexByte(mag, '.'); dot >= 0 {
		intPart, frac = mag[:dot], mag[dot:]
	}
	group, decimal := sp.separators()
	if frac != "" {
		frac = decimal + frac[1:]
	}
	if sp.has(',') {
		var g strings.Builder
		for i := range len(intPart) {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				g.WriteString(group)
			}
			g.WriteByte(intPart[i])
		}
		intPart = g.String()
	}
	digits := intPart + frac
	if sp.has('0') {
		w := sp.width
		if neg && sp.has('(') {
			w--
		}
		if pad := w - b.Len() - utf8.RuneCountInString(digits); pad > 0 {
			digits = strings.Repeat("0", pad) + digits
		}
	}
	b.WriteString(digits)
	if neg && sp.has('(') {
		b.WriteByte(')')
	}
	return justify(&fmtSpec{flags: sp.flags, width: sp.width, upper: sp.upper}, b.String())
}

func formatFloat(sp *fmtSpec, d float64) string {
	if math.IsNaN(d) || math.IsInf(d, 0) {
		s := "NaN"
		if math.IsInf(d, 0) {
			s = "Infinity"
			if d < 0 {
				if sp.has('(') {
					s = "(Infinity)"
				} else {
					s = "-Infinity"
				}
			} else if sp.has('+') {
				s = "+Infinity"
			} else if sp.has(' ') {
				s = " Infinity"
			}
		}
		return justify(&fmtSpec{flags: sp.flags, width: sp.width, upper: sp.upper}, s)
	}
	prec := sp.precision
	if prec < 0 {
		prec = 6
	}
	neg := math.Signbit(d)
	switch sp.conv {
	case 'f':
		return formatDecimalString(sp, neg, fixedDigits(math.Abs(d), prec, sp.has('#')))
	case 'e':
		return formatDecimalString(&fmtSpec{flags: strings.ReplaceAll(sp.flags, ",", ""), width: sp.width, upper: sp.upper, loc: sp.loc}, neg, sciDigits(math.Abs(d), prec, sp.has('#'), d == 0))
	case 'g':
		// %g: scientific when rounded value >= 10^prec or < 10^-4.
		if prec == 0 {
			prec = 1
		}
		a := math.Abs(d)
		if a != 0 {
			r, _ := strconv.ParseFloat(sciDigits(a, prec-1, false, false), 64)
			if r >= 1e-4 && r < math.Pow(10, float64(prec)) {
				e := int(math.Floor(math.Log10(r)))
				return formatDecimalString(sp, neg, fixedDigits(a, prec-1-e, false))
			}
			return formatDecimalString(&fmtSpec{flags: sp.flags, width: sp.width, upper: sp.upper, loc: sp.loc}, neg, sciDigits(a, prec-1, false, false))
		}
		return formatDecimalString(sp, neg, fixedDigits(0, prec-1, false))
	}
	return justify(sp, strconv.FormatFloat(d, 'x', -1, 64))
}

// applyPrecision rounds digits HALF_UP to keep n significant digits, as
// FormattedFloatingDecimal does, returning the new digits and exponent.
func applyPrecision(dg []byte, decExp, n int) ([]byte, int) {
	if n >= len(dg) || n < 0 {
		return dg, decExp
	}
	if n == 0 {
		if dg[0] >= '5' {
			return []byte{'1'}, decExp + 1
		}
		return []byte{'0'}, decExp
	}
	if dg[n] >= '5' {
		out := append([]byte(nil), dg[:n]...)
		i := n - 1
		for i >= 0 && out[i] == '9' {
			out[i] = '0'
			i--
		}
		if i < 0 {
			return append([]byte{'1'}, out[:n-1]...), decExp + 1
		}
		out[i]++
		return out, decExp
	}
	return dg[:n], decExp
}

// fixedDigits renders a >= 0 with prec fraction digits.
func fixedDigits(a float64, prec int, alt bool) string {
	var dg []byte
	exp := 0
	if a == 0 {
		dg = []byte{'0'}
	} else {
		fd := doubleDigits(a, false)
		dg, exp = applyPrecision(fd.digits, fd.decExp, fd.decExp+prec)
	}
	var intPart, frac []byte
	if exp > 0 {
		if len(dg) <= exp {
			intPart = append(append(intPart, dg...), strings.Repeat("0", exp-len(dg))...)
		} else {
			intPart = dg[:exp]
			frac = dg[exp:min(len(dg), exp+prec)]
		}
	} else {
		intPart = []byte{'0'}
		zeros := max(0, min(-exp, prec))
		t := max(0, min(len(dg), prec+exp))
		frac = append([]byte(strings.Repeat("0", zeros)), dg[:t]...)
	}
	for len(frac) < prec {
		frac = append(frac, '0')
	}
	s := string(intPart)
	if prec > 0 || alt {
		s += "." + string(frac)
	}
	return s
}

// sciDigits renders a >= 0 as d.ddde+xx with prec fraction digits.
func sciDigits(a float64, prec int, alt, zero bool) string {
	if zero {
		s := "0"
		if prec > 0 || alt {
			s += "." + strings.Repeat("0", prec)
		}
		return s + "e+00"
	}
	fd := doubleDigits(a, false)
	dg, exp := applyPrecision(fd.digits, fd.decExp, prec+1)
	frac := []byte{}
	if len(dg) > 1 {
		frac = append(frac, dg[1:min(len(dg), prec+1)]...)
	}
	for len(frac) < prec {
		frac = append(frac, '0')
	}
	s := string(dg[0])
	if prec > 0 || alt {
		s += "." + string(frac)
	}
	e := exp - 1
	sign := "+"
	if e < 0 {
		sign, e = "-", -e
	}
	es := strconv.Itoa(e)
	if len(es) < 2 {
		es = "0" + es
	}
	return s + "e" + sign + es
}
