// System.out and System.err. Standard output is fully buffered for speed;
// it is flushed at exit and before anything is written to standard error, so
// the interleaving seen on a shared terminal matches Java's line-flushed
// streams in the common case.

package jrt

import (
	"bufio"
	"io"
	"os"
	"sync"
)

// PrintStream is java.io.PrintStream over a Go writer.
type PrintStream struct {
	mu       sync.Mutex
	w        *bufio.Writer
	before   *PrintStream // flushed before every write (stdout for stderr)
	autoSync bool         // flush after every call (stderr)
}

// Out is System.out; Err is System.err.
var (
	Out = &PrintStream{w: bufio.NewWriterSize(os.Stdout, 64<<10)}
	Err = &PrintStream{w: bufio.NewWriterSize(os.Stderr, 4<<10), before: Out, autoSync: true}
)

// NewPrintStream wraps any writer (tests, files); it is flushed on Flush only.
func NewPrintStream(w io.Writer) *PrintStream { return &PrintStream{w: bufio.NewWriter(w)} }

func (p *PrintStream) write(s string) {
	if p.before != nil {
		p.before.Flush()
	}
	p.mu.Lock()
	p.w.WriteString(ToExternalUTF8(s))
	if p.autoSync {
		p.w.Flush()
	}
	p.mu.Unlock()
}

// Print is print(x) with String.valueOf conversion.
func (p *PrintStream) Print(v any) { p.write(ToString(v)) }

// Println is println() with no argument or println(x) with one.
func (p *PrintStream) Println(v ...any) {
	if len(v) == 0 {
		p.write("\n")
		return
	}
	p.write(ToString(v[0]) + "\n")
}

// PrintChars is print(char[]) which, unlike print(Object), prints the text.
func (p *PrintStream) PrintChars(cs []uint16) { p.write(NewStringFromChars(cs)) }

// Printf is printf/format with Java's Formatter rules.
func (p *PrintStream) Printf(format string, args ...any) *PrintStream {
	p.write(Format(format, args...))
	return p
}

// PrintfLocale is printf(locale, format, args...).
func (p *PrintStream) PrintfLocale(loc *Locale, format string, args ...any) *PrintStream {
	p.write(FormatLocale(loc, format, args...))
	return p
}

// Append is append(csq) / append(c): the text of v, returning the stream.
func (p *PrintStream) Append(v any) *PrintStream {
	p.write(ToString(v))
	return p
}

// Write appends raw text (already a Java string).
func (p *PrintStream) Write(s string) { p.write(s) }

// Flush writes out buffered output.
func (p *PrintStream) Flush() {
	p.mu.Lock()
	p.w.Flush()
	p.mu.Unlock()
}

// ToExternalUTF8 converts WTF-8 to UTF-8 for output: like Java's UTF-8
// encoder, an unpaired surrogate becomes '?'.
func ToExternalUTF8(s string) string {
	i := indexSurrogate(s)
	if i < 0 {
		return s
	}
	b := []byte(s[:i])
	for i < len(s) {
		if isSurrogateAt(s, i) {
			b = append(b, '?')
			i += 3
			continue
		}
		b = append(b, s[i])
		i++
	}
	return string(b)
}
