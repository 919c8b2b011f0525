// java.lang.StringBuilder (and StringBuffer): text kept as WTF-8 bytes, since
// the typical use is append...toString; index-based edits on non-ASCII
// content go through UTF-16 units so they behave exactly as in Java.

package jrt

// StringBuilder is java.lang.StringBuilder. The zero value is empty and ready.
type StringBuilder struct {
	b   []byte
	n16 int // length in UTF-16 units
}

// JavaClassName implements JavaClassNamer.
func (*StringBuilder) JavaClassName() string { return "java.lang.StringBuilder" }

// NewStringBuilder is new StringBuilder(initial); pass "" for the empty one.
func NewStringBuilder(initial string) *StringBuilder {
	sb := &StringBuilder{}
	sb.AppendString(initial)
	return sb
}

// AppendString appends a string, joining a trailing high surrogate with a
// leading low surrogate.
func (sb *StringBuilder) AppendString(s string) *StringBuilder {
	s = Str(s)
	if len(s) >= 3 && isSurrogateAt(s, 0) && s[1] >= 0xB0 && len(sb.b) >= 3 {
		u := units(s)
		sb.b = appendUnit(sb.b, u[0])
		sb.b = append(sb.b, s[3:]...)
	} else {
		sb.b = append(sb.b, s...)
	}
	sb.n16 += int(StrLength(s))
	return sb
}

// Append is append(x) for any value, using String.valueOf rules.
func (sb *StringBuilder) Append(v any) *StringBuilder {
	if c, ok := v.(uint16); ok {
		return sb.AppendChar(c)
	}
	return sb.AppendString(ToString(v))
}

// AppendChar is append(char).
func (sb *StringBuilder) AppendChar(c uint16) *StringBuilder {
	if c < 0x80 {
		sb.b = append(sb.b, byte(c))
	} else {
		sb.b = appendUnit(sb.b, c)
	}
	sb.n16++
	return sb
}

// AppendCodePoint is appendCodePoint(int).
func (sb *StringBuilder) AppendCodePoint(cp int32) *StringBuilder {
	return sb.AppendString(StringOfCodePoint(cp))
}

// AppendChars is append(char[]).
func (sb *StringBuilder) AppendChars(cs []uint16) *StringBuilder {
	for _, c := range cs {
		sb.AppendChar(c)
	}
	return sb
}

// ToString is toString().
func (sb *StringBuilder) ToString() string { return string(sb.b) }

// Length is length().
func (sb *StringBuilder) Length() int32 { return int32(sb.n16) }

// IsEmpty is isEmpty().
func (sb *StringBuilder) IsEmpty() bool { return sb.n16 == 0 }

func (sb *StringBuilder) ascii() bool { return sb.n16 == len(sb.b) }

func (sb *StringBuilder) units() []uint16 { return decodeWTF8(string(sb.b)) }

func (sb *StringBuilder) setUnits(u []uint16) {
	sb.b = []byte(encodeUnits(u))
	sb.n16 = len(u)
}

func (sb *StringBuilder) checkIndex(i int32) {
	if i < 0 || int(i) >= sb.n16 {
		panic(NewStringIndexOutOfBoundsException("index " + itoa(i) + ", length " + itoa(int32(sb.n16))))
	}
}

// CharAt is charAt(i).
func (sb *StringBuilder) CharAt(i int32) uint16 {
	sb.checkIndex(i)
	if sb.ascii() {
		return uint16(sb.b[i])
	}
	return sb.units()[i]
}

// SetCharAt is setCharAt(i, c).
func (sb *StringBuilder) SetCharAt(i int32, c uint16) {
	sb.checkIndex(i)
	if sb.ascii() && c < 0x80 {
		sb.b[i] = byte(c)
		return
	}
	u := sb.units()
	u[i] = c
	sb.setUnits(u)
}

// DeleteCharAt is deleteCharAt(i).
func (sb *StringBuilder) DeleteCharAt(i int32) *StringBuilder {
	sb.checkIndex(i)
	if sb.ascii() {
		sb.b = append(sb.b[:i], sb.b[i+1:]...)
		sb.n16--
		return sb
	}
	u := sb.units()
	sb.setUnits(append(u[:i], u[i+1:]...))
	return sb
}

// Delete is delete(start, end); end is clamped to length().
func (sb *StringBuilder) Delete(start, end int32) *StringBuilder {
	n := int32(sb.n16)
	if end > n {
		end = n
	}
	if start < 0 || start > end {
		panic(NewStringIndexOutOfBoundsException("start " + itoa(start) + ", end " + itoa(end) + ", length " + itoa(n)))
	}
	if sb.ascii() {
		sb.b = append(sb.b[:start], sb.b[end:]...)
		sb.n16 -= int(end - start)
		return sb
	}
	u := sb.units()
	sb.setUnits(append(u[:start], u[end:]...))
	return sb
}

// Insert is insert(offset, x) for any value.
func (sb *StringBuilder) Insert(offset int32, v any) *StringBuilder {
	if offset < 0 || int(offset) > sb.n16 {
		panic(NewStringIndexOutOfBoundsException("offset " + itoa(offset) + ", length " + itoa(int32(sb.n16))))
	}
	s := ToString(v)
	if sb.ascii() && isASCII(s) {
		sb.b = append(sb.b[:offset], append([]byte(s), sb.b[offset:]...)...)
		sb.n16 += len(s)
		return sb
	}
	u := sb.units()
	ins := unitsOf(s)
	out := make([]uint16, 0, len(u)+len(ins))
	out = append(append(append(out, u[:offset]...), ins...), u[offset:]...)
	sb.setUnits(out)
	return sb
}

// Replace is replace(start, end, str).
func (sb *StringBuilder) Replace(start, end int32, s string) *StringBuilder {
	n := int32(sb.n16)
	if start < 0 || start > n || start > end {
		panic(NewStringIndexOutOfBoundsException("start " + itoa(start) + ", end " + itoa(end) + ", length " + itoa(n)))
	}
	end = min(end, n)
	u := sb.units()
	out := append(append(append([]uint16{}, u[:start]...), unitsOf(s)...), u[end:]...)
	sb.setUnits(out)
	return sb
}

// Reverse is reverse(): surrogate pairs keep their order, as in Java.
func (sb *StringBuilder) Reverse() *StringBuilder {
	if sb.ascii() {
		for i, j := 0, len(sb.b)-1; i < j; i, j = i+1, j-1 {
			sb.b[i], sb.b[j] = sb.b[j], sb.b[i]
		}
		return sb
	}
	u := sb.units()
	for i, j := 0, len(u)-1; i < j; i, j = i+1, j-1 {
		u[i], u[j] = u[j], u[i]
	}
	// Pairs now read low,high: swap them back.
	for i := 0; i+1 < len(u); i++ {
		if isLow(u[i]) && isHigh(u[i+1]) {
			u[i], u[i+1] = u[i+1], u[i]
			i++
		}
	}
	sb.setUnits(u)
	return sb
}

// SetLength is setLength(n): truncates or pads with '\u0000'.
func (sb *StringBuilder) SetLength(n int32) {
	if n < 0 {
		panic(NewStringIndexOutOfBoundsException("String index out of range: " + itoa(n)))
	}
	if int(n) >= sb.n16 {
		for int(n) > sb.n16 {
			sb.AppendChar(0)
		}
		return
	}
	if sb.ascii() {
		sb.b = sb.b[:n]
		sb.n16 = int(n)
		return
	}
	sb.setUnits(sb.units()[:n])
}

// IndexOf is indexOf(str, fromIndex).
func (sb *StringBuilder) IndexOf(s string, from int32) int32 { return IndexOf(string(sb.b), s, from) }

// LastIndexOf is lastIndexOf(str).
func (sb *StringBuilder) LastIndexOf(s string) int32 {
	return LastIndexOf(string(sb.b), s, int32(sb.n16))
}

// Substring is substring(start, end).
func (sb *StringBuilder) Substring(start, end int32) string {
	n := int32(sb.n16)
	if start < 0 || end > n || start > end {
		panic(NewStringIndexOutOfBoundsException("start " + itoa(start) + ", end " + itoa(end) + ", length " + itoa(n)))
	}
	return Substring(string(sb.b), start, end)
}

// Substring1 is substring(start).
func (sb *StringBuilder) Substring1(start int32) string { return sb.Substring(start, int32(sb.n16)) }

// CompareTo is compareTo(StringBuilder) (Java 11+).
func (sb *StringBuilder) CompareTo(o any) int32 {
	return CompareTo(string(sb.b), string(o.(*StringBuilder).b))
}
