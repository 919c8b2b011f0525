// java.lang.String operations over Go strings holding WTF-8.
//
// A Java string is a sequence of UTF-16 code units, possibly with unpaired
// surrogates. Translated code keeps it as a Go string in WTF-8: ordinary
// UTF-8, except that an unpaired surrogate is stored as its 3-byte
// generalized-UTF-8 encoding, so every Java string round-trips. Indices,
// lengths and chars are in UTF-16 units as in Java. ASCII strings (the common
// case) are served straight from the bytes; others are decoded to UTF-16,
// with a small cache so charAt loops over long strings stay linear.

package jrt

import (
	"strconv"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// isASCII reports whether s has only 7-bit bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isSurrogateAt reports whether a WTF-8 surrogate sequence starts at s[i].
func isSurrogateAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0
}

// indexSurrogate returns the byte offset of the first lone surrogate, or -1.
func indexSurrogate(s string) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return i
		}
	}
	return -1
}

// ---- UTF-16 decoding with a cache ----

type utf16Entry struct {
	s     string
	units []uint16
}

const utf16CacheSize = 64

var (
	utf16Mu    sync.Mutex
	utf16Cache [utf16CacheSize]*utf16Entry
)

// units returns the UTF-16 code units of s. Short strings are decoded every
// time; long ones are cached by data pointer and length (the entry keeps the
// string alive, so the pointer cannot be reused for other text meanwhile).
// The result must not be modified.
func units(s string) []uint16 {
	if len(s) < 32 {
		return decodeWTF8(s)
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	slot := (p>>4 ^ uintptr(len(s))) % utf16CacheSize
	utf16Mu.Lock()
	e := utf16Cache[slot]
	utf16Mu.Unlock()
	if e != nil && len(e.s) == len(s) && unsafe.StringData(e.s) == unsafe.StringData(s) {
		return e.units
	}
	u := decodeWTF8(s)
	utf16Mu.Lock()
	utf16Cache[slot] = &utf16Entry{s: s, units: u}
	utf16Mu.Unlock()
	return u
}

// decodeWTF8 converts WTF-8 text to UTF-16 code units.
func decodeWTF8(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			out = append(out, uint16(c))
			i++
		case isSurrogateAt(s, i):
			out = append(out, uint16(c&0x0F)<<12|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r >= 0x10000 {
				r -= 0x10000
				out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
			} else {
				out = append(out, uint16(r))
			}
			i += n
		}
	}
	return out
}

// appendUnit appends one UTF-16 unit to WTF-8 bytes, joining a low
// surrogate with a preceding lone high surrogate into one code point.
func appendUnit(b []byte, u uint16) []byte {
	switch {
	case u < 0x80:
		return append(b, byte(u))
	case u >= 0xDC00 && u <= 0xDFFF && len(b) >= 3 && b[len(b)-3] == 0xED && b[len(b)-2]&0xF0 == 0xA0:
		n := len(b)
		hi := uint16(0xD000) | uint16(b[n-2]&0x3F)<<6 | uint16(b[n-1]&0x3F)
		r := 0x10000 + (rune(hi)-0xD800)<<10 + rune(u) - 0xDC00
		return utf8.AppendRune(b[:n-3], r)
	case u >= 0xD800 && u <= 0xDFFF:
		return append(b, 0xED, byte(0x80|(u>>6)&0x3F), byte(0x80|u&0x3F))
	}
	return utf8.AppendRune(b, rune(u))
}

// encodeUnits converts UTF-16 code units to a WTF-8 string.
func encodeUnits(us []uint16) string {
	b := make([]byte, 0, len(us))
	for _, u := range us {
		b = appendUnit(b, u)
	}
	return string(b)
}

// Concat is s1 + s2 for strings that may end/start with lone surrogates: a
// high surrogate meeting a low one must become a single code point so
// equal Java strings stay equal Go strings. Plain + is fine otherwise.
func Concat(a, b string) string {
	if len(a) >= 3 && len(b) >= 3 && isSurrogateAt(a, len(a)-3) && isSurrogateAt(b, 0) &&
		a[len(a)-2] < 0xB0 && b[1] >= 0xB0 {
		return encodeUnits(append(append([]uint16(nil), units(a)...), units(b)...))
	}
	return a + b
}

// ---- the String API ----

// StrLength is s.length().
func StrLength(s string) int32 {
	if isASCII(NonNullString(s)) {
		return int32(len(s))
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			n++
			if c >= 0xF0 {
				n++
			}
		}
	}
	return int32(n)
}

// IsEmpty is s.isEmpty().
func IsEmpty(s string) bool { return len(s) == 0 }

func stringIndexError(i int32) {
	panic(NewStringIndexOutOfBoundsException("String index out of range: " + strconv.Itoa(int(i))))
}

// CharAt is s.charAt(i).
func CharAt(s string, i int32) uint16 {
	if i >= 0 && int(i) < len(s) && isASCII(s) {
		return uint16(s[i])
	}
	u := units(s)
	if i < 0 || int(i) >= len(u) {
		// Java's message depends on its internal Latin-1/UTF-16 encoding.
		for _, c := range u {
			if c > 0xFF {
				panic(NewStringIndexOutOfBoundsException("index " + itoa(i) + ", length " + itoa(int32(len(u)))))
			}
		}
		stringIndexError(i)
	}
	return u[i]
}

// CodePointAt is s.codePointAt(i).
func CodePointAt(s string, i int32) int32 {
	u := units(s)
	if i < 0 || int(i) >= len(u) {
		panic(NewStringIndexOutOfBoundsException("index " + itoa(i) + ", length " + itoa(int32(len(u)))))
	}
	c := u[i]
	if isHigh(c) && int(i)+1 < len(u) && isLow(u[i+1]) {
		return toCodePoint(c, u[i+1])
	}
	return int32(c)
}

func isHigh(c uint16) bool { return c >= 0xD800 && c <= 0xDBFF }
func isLow(c uint16) bool  { return c >= 0xDC00 && c <= 0xDFFF }
func toCodePoint(h, l uint16) int32 {
	return (int32(h)-0xD800)<<10 + int32(l) - 0xDC00 + 0x10000
}

func itoa(i int32) string { return strconv.Itoa(int(i)) }

// Substring is s.substring(begin, end).
func Substring(s string, begin, end int32) string {
	if isASCII(s) {
		if begin < 0 || begin > end || int(end) > len(s) {
			panic(NewStringIndexOutOfBoundsException("begin " + itoa(begin) + ", end " + itoa(end) + ", length " + itoa(int32(len(s)))))
		}
		return s[begin:end]
	}
	u := units(s)
	if begin < 0 || begin > end || int(end) > len(u) {
		panic(NewStringIndexOutOfBoundsException("begin " + itoa(begin) + ", end " + itoa(end) + ", length " + itoa(int32(len(u)))))
	}
	return encodeUnits(u[begin:end])
}

// Substring1 is s.substring(begin).
func Substring1(s string, begin int32) string { return Substring(s, begin, StrLength(s)) }

// Chars is s.toCharArray(): a fresh UTF-16 array.
func Chars(s string) []uint16 {
	if isASCII(s) {
		out := make([]uint16, len(s))
		for i := 0; i < len(s); i++ {
			out[i] = uint16(s[i])
		}
		return out
	}
	return append([]uint16(nil), units(s)...)
}

// ToCharArray is s.toCharArray().
func ToCharArray(s string) []uint16 { return Chars(s) }

// NewStringFromChars is new String(char[]) / String.valueOf(char[]).
func NewStringFromChars(cs []uint16) string { return encodeUnits(cs) }

// NewStringFromCharsRange is new String(char[], offset, count).
func NewStringFromCharsRange(cs []uint16, offset, count int32) string {
	if offset < 0 || count < 0 || int(offset) > len(cs)-int(count) {
		panic(NewStringIndexOutOfBoundsException("offset " + itoa(offset) + ", count " + itoa(count) + ", length " + itoa(int32(len(cs)))))
	}
	return encodeUnits(cs[offset : offset+count])
}

// StringOfChar is String.valueOf(char) / Character.toString(c).
func StringOfChar(c uint16) string {
	if c < 0x80 {
		return asciiStrings[c]
	}
	return string(appendUnit(nil, c))
}

// StringOfCodePoint is Character.toString(int codePoint) / new String(int[]...).
func StringOfCodePoint(cp int32) string {
	if cp >= 0xD800 && cp <= 0xDFFF {
		return StringOfChar(uint16(cp))
	}
	if cp < 0 || cp > 0x10FFFF {
		panic(NewIllegalArgumentException("Not a valid Unicode code point: 0x" + upperHex(uint32(cp))))
	}
	return string(rune(cp))
}

func upperHex(v uint32) string {
	s := strconv.FormatUint(uint64(v), 16)
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' {
			b[i] = c - 32
		}
	}
	return string(b)
}

var asciiStrings = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// IndexOf is s.indexOf(str, fromIndex); use 0 for the one-argument form.
func IndexOf(s, sub string, from int32) int32 {
	if from < 0 {
		from = 0
	}
	if isASCII(s) {
		if int(from) > len(s) {
			if sub == "" {
				return int32(len(s))
			}
			return -1
		}
		if i := indexString(s[from:], sub); i >= 0 {
			return from + int32(i)
		}
		return -1
	}
	return indexUnits(units(s), unitsOf(sub), from)
}

func indexString(s, sub string) int {
	// strings.Index without importing the whole package here.
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i:i+n] == sub {
			return i
		}
	}
	return -1
}

func unitsOf(s string) []uint16 {
	if isASCII(s) {
		return Chars(s)
	}
	return units(s)
}

func indexUnits(u, sub []uint16, from int32) int32 {
	if int(from) >= len(u) {
		if len(sub) == 0 {
			return int32(len(u))
		}
		return -1
	}
outer:
	for i := int(from); i+len(sub) <= len(u); i++ {
		for j, c := range sub {
			if u[i+j] != c {
				continue outer
			}
		}
		return int32(i)
	}
	return -1
}

// IndexOfChar is s.indexOf(int ch, fromIndex) (ch may be a supplementary code point).
func IndexOfChar(s string, ch int32, from int32) int32 {
	if ch >= 0x10000 {
		return IndexOf(s, StringOfCodePoint(ch), from)
	}
	if from < 0 {
		from = 0
	}
	if ch < 0x80 && isASCII(s) {
		for i := int(from); i < len(s); i++ {
			if int32(s[i]) == ch {
				return int32(i)
			}
		}
		return -1
	}
	u := units(s)
	for i := int(from); i < len(u); i++ {
		if int32(u[i]) == ch {
			return int32(i)
		}
	}
	return -1
}

// LastIndexOf is s.lastIndexOf(str, fromIndex); pass StrLength(s) for the one-argument form.
func LastIndexOf(s, sub string, from int32) int32 {
	u, su := unitsOf(s), unitsOf(sub)
	i := min(int(from), len(u)-len(su))
	if i < 0 {
		return -1
	}
outer:
	for ; i >= 0; i-- {
		for j, c := range su {
			if u[i+j] != c {
				continue outer
			}
		}
		return int32(i)
	}
	return -1
}

// LastIndexOfChar is s.lastIndexOf(int ch, fromIndex).
func LastIndexOfChar(s string, ch int32, from int32) int32 {
	if ch >= 0x10000 {
		return LastIndexOf(s, StringOfCodePoint(ch), from)
	}
	u := unitsOf(s)
	for i := min(int(from), len(u)-1); i >= 0; i-- {
		if int32(u[i]) == ch {
			return int32(i)
		}
	}
	return -1
}

// Contains is s.contains(sub).
func Contains(s, sub string) bool { return IndexOf(s, sub, 0) >= 0 }

// StartsWith is s.startsWith(prefix) — byte comparison is exact for WTF-8
// except for a prefix ending in a high surrogate, handled via units.
func StartsWith(s, prefix string) bool {
	if len(prefix) <= len(s) && s[:len(prefix)] == prefix {
		return true
	}
	return !isASCII(prefix) && StartsWithAt(s, prefix, 0)
}

// StartsWithAt is s.startsWith(prefix, toffset).
func StartsWithAt(s, prefix string, off int32) bool {
	u, p := unitsOf(s), unitsOf(prefix)
	if off < 0 || int(off)+len(p) > len(u) {
		return false
	}
	for i, c := range p {
		if u[int(off)+i] != c {
			return false
		}
	}
	return true
}

// EndsWith is s.endsWith(suffix).
func EndsWith(s, suffix string) bool {
	if len(suffix) <= len(s) && s[len(s)-len(suffix):] == suffix {
		return true
	}
	if isASCII(suffix) {
		return false
	}
	return StartsWithAt(s, suffix, StrLength(s)-StrLength(suffix))
}

// StrHashCode is s.hashCode(): s[0]*31^(n-1) + ... over UTF-16 units.
func StrHashCode(s string) int32 {
	var h int32
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			h = 31*h + int32(s[i])
		}
		return h
	}
	for _, c := range units(s) {
		h = 31*h + int32(c)
	}
	return h
}

// CompareTo is s.compareTo(t): UTF-16 code-unit order (which differs from
// byte order for supplementary characters vs U+E000..U+FFFF).
func CompareTo(s, t string) int32 {
	if isASCII(s) && isASCII(t) {
		n := min(len(s), len(t))
		for i := 0; i < n; i++ {
			if s[i] != t[i] {
				return int32(s[i]) - int32(t[i])
			}
		}
		return int32(len(s) - len(t))
	}
	a, b := units(s), units(t)
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return int32(a[i]) - int32(b[i])
		}
	}
	return int32(len(a) - len(b))
}

// CompareToIgnoreCase is s.compareToIgnoreCase(t).
func CompareToIgnoreCase(s, t string) int32 {
	a, b := unitsOf(s), unitsOf(t)
	// JDK 16+: compares code points where a surrogate pair differs (StringUTF16.compareToCI).
	cpAt := func(u []uint16, k int) (int32, int) {
		c := u[k]
		if isHigh(c) && k+1 < len(u) && isLow(u[k+1]) {
			return toCodePoint(c, u[k+1]), 1
		}
		if isLow(c) && k > 0 && isHigh(u[k-1]) {
			return toCodePoint(u[k-1], c), 0
		}
		return int32(c), 0
	}
	k1, k2 := 0, 0
	for ; k1 < len(a) && k2 < len(b); k1, k2 = k1+1, k2+1 {
		c1, c2 := int32(a[k1]), int32(b[k2])
		if c1 == c2 || compareCodePointCI(c1, c2) == 0 {
			continue
		}
		cp1, s1 := cpAt(a, k1)
		cp2, s2 := cpAt(b, k2)
		k1, k2 = k1+s1, k2+s2
		if d := compareCodePointCI(cp1, cp2); d != 0 {
			return d
		}
	}
	return int32(len(a) - len(b))
}

// EqualsIgnoreCase is s.equalsIgnoreCase(t).
func EqualsIgnoreCase(s, t string) bool {
	if len(s) == len(t) && s == t {
		return true
	}
	return StrLength(s) == StrLength(t) && CompareToIgnoreCase(s, t) == 0
}

// Trim is s.trim(): strips units <= ' ' from both ends.
func Trim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] <= ' ' {
		i++
	}
	for j > i && s[j-1] <= ' ' {
		j--
	}
	return s[i:j]
}

// Strip is s.strip(): strips Character.isWhitespace code points.
func Strip(s string) string { return StripTrailing(StripLeading(s)) }

// StripLeading is s.stripLeading().
func StripLeading(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !IsWhitespaceCP(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// StripTrailing is s.stripTrailing().
func StripTrailing(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !IsWhitespaceCP(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// IsBlank is s.isBlank().
func IsBlank(s string) bool { return len(Strip(s)) == 0 }

// Repeat is s.repeat(count).
func Repeat(s string, count int32) string {
	if count < 0 {
		panic(NewIllegalArgumentException("count is negative: " + itoa(count)))
	}
	b := make([]byte, 0, len(s)*int(count))
	for i := int32(0); i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// ReplaceChar is s.replace(char, char).
func ReplaceChar(s string, old, repl uint16) string {
	if old < 0x80 && repl < 0x80 && isASCII(s) {
		b := []byte(s)
		for i := range b {
			if b[i] == byte(old) {
				b[i] = byte(repl)
			}
		}
		return string(b)
	}
	u := Chars(s)
	for i := range u {
		if u[i] == old {
			u[i] = repl
		}
	}
	return encodeUnits(u)
}

// Replace is s.replace(target, replacement) for CharSequences; an empty
// target inserts the replacement between every unit, as in Java.
func Replace(s, target, repl string) string {
	if target == "" {
		u := unitsOf(s)
		b := []byte(repl)
		for _, c := range u {
			b = appendUnit(b, c)
			b = append(b, repl...)
		}
		return string(b)
	}
	var b []byte
	from := int32(0)
	for {
		i := IndexOf(s, target, from)
		if i < 0 {
			break
		}
		b = append(b, Substring(s, from, i)...)
		b = append(b, repl...)
		from = i + StrLength(target)
	}
	if b == nil {
		return s
	}
	return string(append(b, Substring1(s, from)...))
}

// Join is String.join(sep, parts...).
func Join(sep string, parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + len(sep)
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

// ToUpperCase is s.toUpperCase() (root-locale rules for the common cases,
// including ß -> SS).
func ToUpperCase(s string) string {
	if isASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	}
	var b []byte
	for _, r := range runesOf(s) {
		if r == 'ß' {
			b = append(b, 'S', 'S')
			continue
		}
		b = appendCP(b, toUpperCP(r))
	}
	return string(b)
}

// ToLowerCase is s.toLowerCase() (root locale; final-sigma rule omitted).
func ToLowerCase(s string) string {
	if isASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	}
	var b []byte
	for _, r := range runesOf(s) {
		if r == 'İ' {
			b = append(b, "i\u0307"...)
			continue
		}
		b = appendCP(b, toLowerCP(r))
	}
	return string(b)
}

// runesOf returns the code points of s; lone surrogates stay as themselves.
func runesOf(s string) []int32 {
	u := unitsOf(s)
	out := make([]int32, 0, len(u))
	for i := 0; i < len(u); i++ {
		if isHigh(u[i]) && i+1 < len(u) && isLow(u[i+1]) {
			out = append(out, toCodePoint(u[i], u[i+1]))
			i++
		} else {
			out = append(out, int32(u[i]))
		}
	}
	return out
}

func appendCP(b []byte, cp int32) []byte {
	if cp >= 0xD800 && cp <= 0xDFFF {
		return appendUnit(b, uint16(cp))
	}
	return utf8.AppendRune(b, cp)
}

// StringValueOfChars is String.valueOf(char[]).
func StringValueOfChars(cs []uint16) string { return encodeUnits(cs) }

// CodePoints is s.codePoints().toArray().
func CodePoints(s string) []int32 { return runesOf(s) }

// CodePointCount is s.codePointCount(0, s.length()).
func CodePointCount(s string) int32 { return int32(len(runesOf(s))) }

// StrEquals is s.equals(t) for two non-null strings.
func StrEquals(s, t string) bool { return s == t }

func compareCodePointCI(c1, c2 int32) int32 {
	c1, c2 = CodePointToUpperCase(c1), CodePointToUpperCase(c2)
	if c1 != c2 {
		c1, c2 = CodePointToLowerCase(c1), CodePointToLowerCase(c2)
		if c1 != c2 {
			return c1 - c2
		}
	}
	return 0
}
