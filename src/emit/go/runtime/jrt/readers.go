package jrt

// Reader is java.io.Reader as far as java2x maps it: one char (a UTF-16
// unit) at a time, -1 at the end.
type Reader interface {
	Read() int32
	Close()
}

func streamClosed() { panic(NewIOException("Stream closed")) }

// StringReader is java.io.StringReader: the string's UTF-16 units.
type StringReader struct {
	units  []uint16
	pos    int
	closed bool
}

// NewStringReader is `new StringReader(s)` (NullPointerException for null, as Java).
func NewStringReader(s string) *StringReader {
	return &StringReader{units: Chars(NonNullString(s))}
}

// Read is read(): the next unit, or -1 at the end; IOException once closed.
func (r *StringReader) Read() int32 {
	if r.closed {
		streamClosed()
	}
	if r.pos >= len(r.units) {
		return -1
	}
	r.pos++
	return int32(r.units[r.pos-1])
}

// Close is close(); closing twice is allowed.
func (r *StringReader) Close() { r.closed = true }

// BufferedReader is java.io.BufferedReader. Buffering is invisible to the
// program, so it reads its Reader char by char; what it keeps is Java's
// line state: after a line ended by '\r', a following '\n' is skipped by the
// next read or readLine.
type BufferedReader struct {
	in     Reader
	skipLF bool
	closed bool
}

// NewBufferedReader is `new BufferedReader(in)` (NullPointerException for null, as Java).
func NewBufferedReader(in Reader) *BufferedReader {
	if in == nil || isNilValue(in) {
		panic(&NullPointerException{})
	}
	return &BufferedReader{in: in}
}

func (r *BufferedReader) next() int32 {
	if r.closed {
		streamClosed()
	}
	c := r.in.Read()
	if r.skipLF {
		r.skipLF = false
		if c == '\n' {
			c = r.in.Read()
		}
	}
	return c
}

// Read is read(): the next char, or -1 at the end.
func (r *BufferedReader) Read() int32 { return r.next() }

// ReadLine is readLine(): the next line without its terminator ("\n", "\r"
// or "\r\n"), or null at the end.
func (r *BufferedReader) ReadLine() string {
	var line []uint16
	for {
		c := r.next()
		switch c {
		case -1:
			if line == nil {
				return NullString
			}
			return encodeUnits(line)
		case '\r':
			r.skipLF = true
			return encodeUnits(line)
		case '\n':
			return encodeUnits(line)
		}
		line = append(line, uint16(c))
	}
}

// Close is close(): closes the underlying reader once.
func (r *BufferedReader) Close() {
	if !r.closed {
		r.closed = true
		r.in.Close()
	}
}
