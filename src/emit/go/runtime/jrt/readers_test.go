package jrt

import "testing"

// Lines as BufferedReader.readLine splits them: "\n", "\r" and "\r\n" end a line, a last line
// without terminator counts, and a '\n' after a '\r' is skipped by read() too.
func TestBufferedReaderLines(t *testing.T) {
	r := NewBufferedReader(NewStringReader("a\r\nb\rc\n\nd"))
	var got []string
	for line := r.ReadLine(); !IsNullString(line); line = r.ReadLine() {
		got = append(got, line)
	}
	want := []string{"a", "b", "c", "", "d"}
	if len(got) != len(want) {
		t.Fatalf("lines %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("lines %q, want %q", got, want)
		}
	}
	r2 := NewBufferedReader(NewStringReader("x\r\n😀"))
	if l := r2.ReadLine(); l != "x" {
		t.Fatalf("first line %q", l)
	}
	if c := r2.Read(); c != 0xD83D {
		t.Fatalf("read after \\r\\n: %#x, want the high surrogate", c)
	}
}

func TestReaderClosed(t *testing.T) {
	r := NewBufferedReader(NewStringReader("x"))
	r.Close()
	r.Close()
	_, thrown := Catching(func() int { r.ReadLine(); return 0 })
	if thrown == nil || ThrowableToString(thrown) != "java.io.IOException: Stream closed" {
		t.Fatalf("readLine after close: %v", thrown)
	}
}
