// java.lang.Character predicates and case mapping on UTF-16 units (char)
// and code points (int), following Java's definitions where they differ
// from Go's unicode package (e.g. isWhitespace excludes no-break spaces).

package jrt

import "unicode"

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

// CharIsWhitespace is Character.isWhitespace(char).
func CharIsWhitespace(c uint16) bool { return IsWhitespaceCP(int32(c)) }

// CharIsSpaceChar is Character.isSpaceChar(char).
func CharIsSpaceChar(c uint16) bool {
	return unicode.In(rune(c), unicode.Zs, unicode.Zl, unicode.Zp)
}

// CharIsDigit is Character.isDigit (Unicode Nd, so Arabic-Indic digits too).
func CharIsDigit(c uint16) bool {
	if c < 0x80 {
		return c >= '0' && c <= '9'
	}
	return unicode.Is(unicode.Nd, rune(c))
}

// CharIsLetter is Character.isLetter (any L category: Chinese characters are letters).
func CharIsLetter(c uint16) bool {
	if c < 0x80 {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return !isHigh(c) && !isLow(c) && unicode.IsLetter(rune(c))
}

// CharIsLetterOrDigit is Character.isLetterOrDigit.
func CharIsLetterOrDigit(c uint16) bool { return CharIsLetter(c) || CharIsDigit(c) }

// CharIsAlphabetic is Character.isAlphabetic (letters plus Nl; other
// alphabetic properties are approximated by the letter test).
func CharIsAlphabetic(c uint16) bool {
	return CharIsLetter(c) || unicode.Is(unicode.Nl, rune(c))
}

// CharIsUpperCase is Character.isUpperCase.
func CharIsUpperCase(c uint16) bool {
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	return unicode.IsUpper(rune(c))
}

// CharIsLowerCase is Character.isLowerCase.
func CharIsLowerCase(c uint16) bool {
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	return unicode.IsLower(rune(c)) || c == 0xAA || c == 0xBA
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
func CharDigit(c uint16, radix int32) int32 {
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
func CharGetNumericValue(c uint16) int32 {
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
