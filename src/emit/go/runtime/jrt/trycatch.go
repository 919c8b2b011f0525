// try/catch/finally, try-with-resources and the mapping of Go runtime panics
// to the Java exceptions the JVM would have thrown.
//
// Emitted code runs a try body as a closure returning a control code: 0 means
// "completed normally"; the emitter assigns other codes to return/break/
// continue targets (storing any return value in a captured variable) and
// dispatches on the code Try returns. This keeps Java's abrupt-completion
// rules: a finally block that itself completes abruptly (non-zero code or a
// throw) overrides whatever the try/catch did.

package jrt

import (
	"fmt"
	"os"
	"regexp"
	"runtime"
	"strings"
)

// Catch is one catch clause: the Java class names it accepts (several for a
// multi-catch) and the handler, which returns a control code like the body.
type Catch struct {
	Classes []string
	Handler func(e ThrowableI) int
}

// CatchOf builds a Catch clause.
func CatchOf(handler func(e ThrowableI) int, classes ...string) Catch {
	return Catch{Classes: classes, Handler: handler}
}

func (c Catch) matches(e ThrowableI) bool {
	for _, cl := range c.Classes {
		if IsSubclass(e.JavaClassName(), cl) {
			return true
		}
	}
	return false
}

// Try runs try { body } catch ... finally { finally }. finally may be nil.
// It returns the control code of the construct; an exception that is not
// caught (or is thrown by a handler or the finally block) propagates as a
// panic after the finally block has run.
func Try(body func() int, finally func() int, catches ...Catch) int {
	ctl, thrown := Catching(body)
	if thrown != nil {
		for _, c := range catches {
			if c.matches(thrown) {
				e := thrown
				ctl, thrown = Catching(func() int { return c.Handler(e) })
				break
			}
		}
	}
	if finally != nil {
		fctl, fthrown := Catching(finally)
		if fthrown != nil {
			panic(fthrown)
		}
		if fctl != 0 {
			return fctl
		}
	}
	if thrown != nil {
		panic(thrown)
	}
	return ctl
}

// AutoCloseable is a try-with-resources resource.
type AutoCloseable interface{ Close() }

// WithResource is try (res) { body }: res is closed after body however body
// completes; an exception from Close is suppressed onto the body's exception,
// or thrown itself when body completed normally. Several resources nest
// (outermost first), which yields Java's reverse close order. A null
// resource is not closed.
func WithResource(res AutoCloseable, body func() int) int {
	ctl, thrown := Catching(body)
	if res != nil && !isNilValue(res) {
		_, cerr := Catching(func() int { res.Close(); return 0 })
		if cerr != nil {
			if thrown != nil {
				thrown.AsThrowable().AddSuppressed(cerr)
			} else {
				thrown = cerr
			}
		}
	}
	if thrown != nil {
		panic(thrown)
	}
	return ctl
}

// Catching runs f and returns its control code, or the Java exception it
// raised (Go runtime panics translated by ToThrowable).
func Catching(f func() int) (ctl int, thrown ThrowableI) {
	defer func() {
		if r := recover(); r != nil {
			thrown = ToThrowable(r)
		}
	}()
	return f(), nil
}

var indexPanic = regexp.MustCompile(`index out of range \[(-?\d+)\] with length (\d+)`)

// ToThrowable converts a recovered panic value to the Java exception the JVM
// would have raised in the same situation.
func ToThrowable(r any) ThrowableI {
	switch x := r.(type) {
	case ThrowableI:
		return x
	case *runtime.TypeAssertionError:
		return NewClassCastException(x.Error())
	case runtime.Error:
		msg := x.Error()
		switch {
		case strings.Contains(msg, "nil pointer dereference"), strings.Contains(msg, "nil map"):
			return &NullPointerException{}
		case strings.Contains(msg, "integer divide by zero"):
			return NewArithmeticException("/ by zero")
		case strings.Contains(msg, "index out of range"):
			if m := indexPanic.FindStringSubmatch(msg); m != nil {
				return NewArrayIndexOutOfBoundsException("Index " + m[1] + " out of bounds for length " + m[2])
			}
			return NewArrayIndexOutOfBoundsException(msg)
		case strings.Contains(msg, "slice bounds out of range"):
			return NewIndexOutOfBoundsException(msg)
		case strings.Contains(msg, "makeslice: len out of range"):
			return NewNegativeArraySizeException(msg)
		}
		return NewError(msg)
	case error:
		return NewError(x.Error())
	}
	return NewError(fmt.Sprint(r))
}

// StackTraceText is what printStackTrace prints, minus the "\tat" frames
// (Go frames would not match Java's): the exception, its suppressed
// exceptions and its "Caused by:" chain.
func StackTraceText(e ThrowableI) string {
	var b strings.Builder
	b.WriteString(ThrowableToString(e))
	b.WriteByte('\n')
	seen := map[*Throwable]bool{e.AsThrowable(): true}
	for _, s := range e.AsThrowable().suppressed {
		b.WriteString("\tSuppressed: " + ThrowableToString(s) + "\n")
	}
	for c := e.AsThrowable().Cause; c != nil && !seen[c.AsThrowable()]; c = c.AsThrowable().Cause {
		seen[c.AsThrowable()] = true
		b.WriteString("Caused by: " + ThrowableToString(c) + "\n")
	}
	return b.String()
}

// PrintStackTrace is e.printStackTrace() (to System.err).
func PrintStackTrace(e ThrowableI) { Err.Print(StackTraceText(e)) }

// RunMain runs a translated main method. An escaping exception is reported
// as the JVM reports it and the process exits with status 1.
func RunMain(main func()) {
	_, thrown := Catching(func() int { main(); return 0 })
	if thrown != nil {
		Err.Print("Exception in thread \"main\" " + StackTraceText(thrown))
		Exit(1)
	}
	runShutdownHooks()
	Out.Flush()
	Err.Flush()
}

// Exit is System.exit(status): run the shutdown hooks, flush both streams, then exit.
func Exit(status int32) {
	runShutdownHooks()
	Out.Flush()
	Err.Flush()
	os.Exit(int(status))
}
