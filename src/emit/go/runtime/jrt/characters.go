// java.lang.Character predicates and case mapping on UTF-16 units (char)
// and code points (int), following Java's definitions where they differ
// from Go's unicode package (e.g. isWhitespace excludes no-break spaces).

package jrt

import (
	"sort"
	"strings"
	"unicode"
)

// IsWhitespaceCP is Character.isWhitespace(int codePoint).
func IsWhitespaceCP(r int32) bool {
	switch {
	case r >= 0x09 && r <= 0x0D, r >= 0x1C && r <= 0x20:
		return true
	case r == 0xA0 || r == 0x2007 || r == 0x202F:
		return false
	case r < 0x80:
		return false
	}
	return unicode.In(rune(r), unicode.Zs, unicode.Zl, unicode.Zp)
}

// CodeUnitOrPoint is a char (UTF-16 unit) or an int code point: Character's
// predicates have both overloads, and a lone surrogate unit is no letter.
type CodeUnitOrPoint interface{ ~uint16 | ~int32 }

// CharIsWhitespace is Character.isWhitespace.
func CharIsWhitespace[C CodeUnitOrPoint](c C) bool { return IsWhitespaceCP(int32(c)) }

// CharIsSpaceChar is Character.isSpaceChar.
func CharIsSpaceChar[C CodeUnitOrPoint](c C) bool {
	return unicode.In(rune(c), unicode.Zs, unicode.Zl, unicode.Zp)
}

// CharIsDigit is Character.isDigit (Unicode Nd, so Arabic-Indic digits too).
func CharIsDigit[C CodeUnitOrPoint](c C) bool {
	if c < 0x80 {
		return c >= '0' && c <= '9'
	}
	return unicode.Is(unicode.Nd, rune(c))
}

// CharIsLetter is Character.isLetter (any L category: Chinese characters are letters).
func CharIsLetter[C CodeUnitOrPoint](c C) bool {
	if c < 0x80 {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return !isSurrogateUnit(c) && unicode.IsLetter(rune(c))
}

func isSurrogateUnit[C CodeUnitOrPoint](c C) bool { return c >= 0xD800 && c <= 0xDFFF }

// CharIsLetterOrDigit is Character.isLetterOrDigit.
func CharIsLetterOrDigit[C CodeUnitOrPoint](c C) bool { return CharIsLetter(c) || CharIsDigit(c) }

// CharIsAlphabetic is Character.isAlphabetic: letters, Nl and Other_Alphabetic.
func CharIsAlphabetic[C CodeUnitOrPoint](c C) bool {
	return CharIsLetter(c) || unicode.In(rune(c), unicode.Nl, unicode.Other_Alphabetic)
}

// CharIsUpperCase is Character.isUpperCase: Lu and Other_Uppercase (Roman numerals).
func CharIsUpperCase[C CodeUnitOrPoint](c C) bool {
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	return unicode.In(rune(c), unicode.Lu, unicode.Other_Uppercase)
}

// CharIsLowerCase is Character.isLowerCase: Ll and Other_Lowercase (ª, º, small Roman numerals).
func CharIsLowerCase[C CodeUnitOrPoint](c C) bool {
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	return unicode.In(rune(c), unicode.Ll, unicode.Other_Lowercase)
}

// CharToUpperCase is Character.toUpperCase(char) (simple case mapping).
func CharToUpperCase(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	if isHigh(c) || isLow(c) {
		return c
	}
	u := toUpperCP(int32(c))
	if u > 0xFFFF {
		return c
	}
	return uint16(u)
}

// CharToLowerCase is Character.toLowerCase(char).
func CharToLowerCase(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if isHigh(c) || isLow(c) {
		return c
	}
	l := toLowerCP(int32(c))
	if l > 0xFFFF {
		return c
	}
	return uint16(l)
}

func toUpperCP(r int32) int32 {
	if r >= 0xD800 && r <= 0xDFFF {
		return r
	}
	return int32(unicode.ToUpper(rune(r)))
}

func toLowerCP(r int32) int32 {
	if r >= 0xD800 && r <= 0xDFFF {
		return r
	}
	return int32(unicode.ToLower(rune(r)))
}

// CharDigit is Character.digit(c, radix): the value of c as a digit, or -1.
func CharDigit[C CodeUnitOrPoint](c C, radix int32) int32 {
	var d int32 = -1
	switch {
	case c >= '0' && c <= '9':
		d = int32(c - '0')
	case c >= 'a' && c <= 'z':
		d = int32(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		d = int32(c-'A') + 10
	case c >= 0xFF21 && c <= 0xFF3A: // fullwidth Latin letters count, as in Java
		d = int32(c-0xFF21) + 10
	case c >= 0xFF41 && c <= 0xFF5A:
		d = int32(c-0xFF41) + 10
	case c >= 0x80 && unicode.Is(unicode.Nd, rune(c)):
		d = int32(unicodeDigitValue(rune(c)))
	}
	if radix < 2 || radix > 36 || d >= radix {
		return -1
	}
	return d
}

// unicodeDigitValue finds the value of a decimal digit: Nd digits come in
// contiguous runs of ten starting at a zero.
func unicodeDigitValue(r rune) int {
	z := r
	for z > 0 && unicode.Is(unicode.Nd, z-1) && r-z < 9 {
		z--
	}
	return int(r-z) % 10
}

// CharForDigit is Character.forDigit(digit, radix).
func CharForDigit(digit, radix int32) uint16 {
	if digit < 0 || digit >= radix || radix < 2 || radix > 36 {
		return 0
	}
	if digit < 10 {
		return uint16('0' + digit)
	}
	return uint16('a' + digit - 10)
}

// CharGetNumericValue is Character.getNumericValue for the common ranges.
func CharGetNumericValue[C CodeUnitOrPoint](c C) int32 {
	switch {
	case c >= 0x2460 && c <= 0x2473:
		return int32(c-0x2460) + 1
	case c >= 0x2474 && c <= 0x2487:
		return int32(c-0x2474) + 1
	case c >= 0x2488 && c <= 0x249B:
		return int32(c-0x2488) + 1
	case c >= 0x2160 && c <= 0x216B:
		return int32(c-0x2160) + 1
	case c >= 0x2170 && c <= 0x217B:
		return int32(c-0x2170) + 1
	case c == 0x216C || c == 0x217C:
		return 50
	case c == 0x216D || c == 0x217D:
		return 100
	case c == 0x216E || c == 0x217E:
		return 500
	case c == 0x216F || c == 0x217F:
		return 1000
	case c == 0xB9:
		return 1
	case c == 0xB2 || c == 0xB3:
		return int32(c-0xB2) + 2
	case c == 0x2070:
		return 0
	case c >= 0x2074 && c <= 0x2079:
		return int32(c - 0x2070)
	case c >= 0x2080 && c <= 0x2089:
		return int32(c - 0x2080)
	case c >= 0xBC && c <= 0xBE, c >= 0x2150 && c <= 0x215F, c == 0x2189:
		return -2
	}
	return CharDigit(c, 36)
}

// CharIsSurrogate is Character.isSurrogate.
func CharIsSurrogate(c uint16) bool { return c >= 0xD800 && c <= 0xDFFF }

// CharIsHighSurrogate is Character.isHighSurrogate.
func CharIsHighSurrogate(c uint16) bool { return isHigh(c) }

// CharIsLowSurrogate is Character.isLowSurrogate.
func CharIsLowSurrogate(c uint16) bool { return isLow(c) }

// CharToChars is Character.toChars(codePoint).
func CharToChars(cp int32) []uint16 {
	if cp < 0 || cp > 0x10FFFF {
		panic(NewIllegalArgumentException("Not a valid Unicode code point: 0x" + upperHex(uint32(cp))))
	}
	if cp < 0x10000 {
		return []uint16{uint16(cp)}
	}
	cp -= 0x10000
	return []uint16{uint16(0xD800 + cp>>10), uint16(0xDC00 + cp&0x3FF)}
}

// CharCompare is Character.compare.
func CharCompare(a, b uint16) int32 { return int32(a) - int32(b) }

// CharCount is Character.charCount(codePoint).
func CharCount(cp int32) int32 {
	if cp >= 0x10000 {
		return 2
	}
	return 1
}

// IsSupplementaryCodePoint is Character.isSupplementaryCodePoint.
func IsSupplementaryCodePoint(cp int32) bool { return cp >= 0x10000 && cp <= 0x10FFFF }

// IsValidCodePoint is Character.isValidCodePoint.
func IsValidCodePoint(cp int32) bool { return cp >= 0 && cp <= 0x10FFFF }

// IsBmpCodePoint is Character.isBmpCodePoint.
func IsBmpCodePoint(cp int32) bool { return cp >= 0 && cp < 0x10000 }

// CharIsJavaIdentifierStart is Character.isJavaIdentifierStart: a letter, Nl, a currency symbol or Pc.
func CharIsJavaIdentifierStart[C CodeUnitOrPoint](c C) bool {
	return CharIsLetter(c) || unicode.In(rune(c), unicode.Nl, unicode.Sc, unicode.Pc)
}

// CharIsJavaIdentifierPart is Character.isJavaIdentifierPart: a start character, a digit, a mark,
// or an identifier-ignorable control.
func CharIsJavaIdentifierPart[C CodeUnitOrPoint](c C) bool {
	r := rune(c)
	ignorable := r <= 8 || r >= 0x0E && r <= 0x1B || r >= 0x7F && r <= 0x9F || unicode.Is(unicode.Cf, r)
	return CharIsJavaIdentifierStart(c) || unicode.In(r, unicode.Nd, unicode.Mn, unicode.Mc) || ignorable
}

// javaCharTypes lists Character.getType's constants by Unicode general category.
var javaCharTypes = []struct {
	table *unicode.RangeTable
	t     int32
}{
	{unicode.Lu, 1}, {unicode.Ll, 2}, {unicode.Lt, 3}, {unicode.Lm, 4}, {unicode.Lo, 5},
	{unicode.Mn, 6}, {unicode.Me, 7}, {unicode.Mc, 8}, {unicode.Nd, 9}, {unicode.Nl, 10}, {unicode.No, 11},
	{unicode.Zs, 12}, {unicode.Zl, 13}, {unicode.Zp, 14}, {unicode.Cc, 15}, {unicode.Cf, 16},
	{unicode.Co, 18}, {unicode.Cs, 19}, {unicode.Pd, 20}, {unicode.Ps, 21}, {unicode.Pe, 22}, {unicode.Pc, 23},
	{unicode.Po, 24}, {unicode.Sm, 25}, {unicode.Sc, 26}, {unicode.Sk, 27}, {unicode.So, 28},
	{unicode.Pi, 29}, {unicode.Pf, 30},
}

// CharGetType is Character.getType: the general category as Java's constant (0 = UNASSIGNED).
func CharGetType[C CodeUnitOrPoint](c C) int32 {
	for _, ct := range javaCharTypes {
		if unicode.Is(ct.table, rune(c)) {
			return ct.t
		}
	}
	return 0
}

// UnicodeBlock is Character.UnicodeBlock (a nil *UnicodeBlock is null).
type UnicodeBlock struct{ name string }

var unicodeBlocks = map[string]*UnicodeBlock{}

// UnicodeBlockOf is Character.UnicodeBlock.of(codePoint).
func UnicodeBlockOf[C CodeUnitOrPoint](c C) *UnicodeBlock {
	cp := int32(c)
	if cp < 0 || cp > 0x10FFFF {
		panic(NewIllegalArgumentException("Not a valid Unicode code point: 0x" + ToHexString32(cp)))
	}
	i := sort.Search(len(unicodeBlockStarts), func(i int) bool { return unicodeBlockStarts[i].start > cp }) - 1
	name := unicodeBlockStarts[i].name
	if name == "" {
		return nil
	}
	b := unicodeBlocks[name]
	if b == nil {
		b = &UnicodeBlock{name}
		unicodeBlocks[name] = b
	}
	return b
}

// ToString is the block's name (CJK_UNIFIED_IDEOGRAPHS).
func (b *UnicodeBlock) ToString() string { return b.name }

// JavaClassName implements JavaClassNamer.
func (*UnicodeBlock) JavaClassName() string { return "java.lang.Character$UnicodeBlock" }

// UnicodeScript is Character.UnicodeScript, held as its constant's name (HAN, LATIN, COMMON, UNKNOWN).
type UnicodeScript string

// UnicodeScriptOf is Character.UnicodeScript.of(codePoint).
func UnicodeScriptOf(cp int32) UnicodeScript {
	if cp < 0 || cp > 0x10FFFF {
		panic(NewIllegalArgumentException("Not a valid Unicode code point: 0x" + ToHexString32(cp)))
	}
	for name, table := range unicode.Scripts { // a code point is in at most one script's table
		if unicode.Is(table, rune(cp)) {
			return UnicodeScript(strings.ToUpper(name))
		}
	}
	return "UNKNOWN"
}

// ToString is the constant's name.
func (s UnicodeScript) ToString() string { return string(s) }

// Name is name().
func (s UnicodeScript) Name() string { return string(s) }

// CharGetName is Character.getName for the code points Unicode names by rule (CJK unified ideographs,
// Hangul syllables, Tangut, private use, surrogates): the block name and the hex code point. Other
// names come from a table jrt does not bundle, so asking for one throws.
func CharGetName(cp int32) string {
	b := UnicodeBlockOf(cp)
	if b == nil || !unicode.In(rune(cp), unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.C) {
		return "" // null: unassigned
	}
	for _, prefix := range []string{"CJK_UNIFIED_IDEOGRAPHS", "HANGUL_SYLLABLES", "TANGUT", "PRIVATE_USE_AREA", "SUPPLEMENTARY_PRIVATE_USE_AREA", "HIGH_SURROGATES", "LOW_SURROGATES", "HIGH_PRIVATE_USE_SURROGATES"} {
		if strings.HasPrefix(b.name, prefix) && b.name != "TANGUT_COMPONENTS" && b.name != "TANGUT_SUPPLEMENT" {
			return strings.ReplaceAll(b.name, "_", " ") + " " + strings.ToUpper(ToHexString32(cp))
		}
	}
	panic(NewUnsupportedOperationException("java2x: Character.getName(U+" + strings.ToUpper(ToHexString32(cp)) + ") needs the Unicode name table, which jrt does not bundle"))
}
