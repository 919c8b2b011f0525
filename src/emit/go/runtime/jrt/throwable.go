// Java exceptions as Go values: Throwable, the class registry behind
// instanceof/catch matching, and the built-in java.lang/java.util/java.io types.
//
// A Java exception class becomes a Go struct that embeds its superclass
// struct, all the way down to Throwable, so fields and methods are inherited.
// Go embedding has no virtual dispatch, so every class also reports its Java
// name through JavaClassName, and catch clauses match on that name through a
// registry of parent classes (RegisterClass) rather than on Go types; user
// classes register themselves in init().

package jrt

import (
	"reflect"
	"strings"
	"sync"
)

// ThrowableI is implemented by every Java exception value (a pointer to a
// struct that embeds Throwable and declares its own JavaClassName).
type ThrowableI interface {
	AsThrowable() *Throwable
	JavaClassName() string
	GetMessage() string
}

// Throwable holds the state java.lang.Throwable has. A Java null message is
// HasMessage == false.
type Throwable struct {
	Message    string
	HasMessage bool
	Cause      ThrowableI
	causeSet   bool // Java's cause == this: a cause (even null) is given once, by a constructor or initCause
	suppressed []ThrowableI
	stack      []*StackTraceElement // see At
}

// AsThrowable gives access to the embedded Throwable from any subclass.
func (t *Throwable) AsThrowable() *Throwable { return t }

// JavaClassName is overridden by every subclass; Throwable's own is the root.
func (t *Throwable) JavaClassName() string { return "java.lang.Throwable" }

// NewThrowable is `new Throwable(msg)`; use &Throwable{} for a null message.
func NewThrowable(msg string) *Throwable {
	t := &Throwable{}
	t.SetMessage(msg)
	return t
}

// SetMessage is the super(message) constructor call.
func (t *Throwable) SetMessage(msg string) { t.Message, t.HasMessage = msg, true }

// InitCause is super(message, cause) / initCause(cause).
func (t *Throwable) InitCause(cause ThrowableI) {
	if t.causeSet {
		what := "a null"
		if cause != nil {
			what = ThrowableToString(cause)
		}
		panic(NewIllegalStateException("Can't overwrite cause with " + what))
	}
	if cause != nil && cause.AsThrowable() == t {
		panic(NewIllegalArgumentException("Self-causation not permitted"))
	}
	t.Cause, t.causeSet = cause, true
}

// SetCauseAndMessage is the super(cause) constructor: the message becomes
// cause.toString(), or stays null when cause is null.
func (t *Throwable) SetCauseAndMessage(cause ThrowableI) {
	t.Cause, t.causeSet = cause, true
	if cause != nil {
		t.SetMessage(ThrowableToString(cause))
	}
}

// GetMessage returns the message (NullString when there is none).
func (t *Throwable) GetMessage() string {
	if !t.HasMessage {
		return NullString
	}
	return t.Message
}

// GetLocalizedMessage is GetMessage, as in Java's default implementation.
func (t *Throwable) GetLocalizedMessage() string { return t.GetMessage() }

// GetCause returns the cause or nil.
func (t *Throwable) GetCause() ThrowableI { return t.Cause }

// AddSuppressed records an exception suppressed by try-with-resources.
func (t *Throwable) AddSuppressed(e ThrowableI) {
	if e == nil {
		panic(NewNullPointerException("Cannot suppress a null exception."))
	}
	if e.AsThrowable() == t {
		panic(NewIllegalArgumentException("Self-suppression not permitted"))
	}
	t.suppressed = append(t.suppressed, e)
}

// GetSuppressed returns the suppressed exceptions in the order added.
func (t *Throwable) GetSuppressed() []ThrowableI { return append([]ThrowableI(nil), t.suppressed...) }

// ThrowableToString is Throwable.toString(): "java.lang.X: msg" or just the
// class name when the message is null. A subclass overriding getMessage()
// (a GetMessage method on the outer type) is honoured.
func ThrowableToString(e ThrowableI) string {
	t := e.AsThrowable()
	// The interface call reaches an overriding GetMessage on the outer type.
	msg := e.GetMessage()
	if IsNullString(msg) || !t.HasMessage && msg == "" {
		return e.JavaClassName()
	}
	return e.JavaClassName() + ": " + msg
}

// Throw raises a Java exception; throwing null raises NullPointerException
// as the JVM does.
func Throw(e ThrowableI) {
	if e == nil || isNilValue(e) {
		panic(&NullPointerException{})
	}
	panic(e)
}

func isNilValue(v any) bool {
	if v == nil {
		return true
	}
	if s, ok := v.(string); ok {
		return IsNullString(s)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface, reflect.Func, reflect.Chan:
		return rv.IsNil()
	}
	return false
}

// ---- class registry ----

var (
	classMu      sync.RWMutex
	classParents = map[string][]string{}
)

// RegisterClass declares a Java class (or interface) and its direct
// supertypes (superclass first, then interfaces). Translated classes call it
// from init() so IsInstance and catch matching see user hierarchies.
func RegisterClass(name string, supers ...string) {
	classMu.Lock()
	classParents[name] = supers
	classMu.Unlock()
}

// GetSuperclass is Class.getSuperclass(): a class's first registered parent
// (RegisterClass lists the superclass first), null for Object, interfaces and
// unregistered classes. A class's chain always starts with a class, so an
// interface is a registered name whose list is empty or starts with an
// interface; a JDK interface is not registered, so an interface extending
// only JDK interfaces is taken for a class (getClass() never returns one).
func (c *Class) GetSuperclass() *Class {
	classMu.RLock()
	defer classMu.RUnlock()
	if c.name == "java.lang.Object" || isRegisteredInterface(c.name) {
		return nil
	}
	if supers := classParents[c.name]; len(supers) > 0 {
		return ClassNamed(supers[0])
	}
	if strings.HasPrefix(c.name, "[") || c.name == "java.lang.Number" {
		return ClassNamed("java.lang.Object")
	}
	return nil
}

func isRegisteredInterface(name string) bool {
	supers, ok := classParents[name]
	return ok && (len(supers) == 0 || isRegisteredInterface(supers[0]))
}

// IsSubclass reports whether class is target or inherits from it.
func IsSubclass(class, target string) bool {
	if class == target || target == "java.lang.Object" {
		return true
	}
	classMu.RLock()
	supers := classParents[class]
	classMu.RUnlock()
	for _, s := range supers {
		if IsSubclass(s, target) {
			return true
		}
	}
	return false
}

// classDistance is how many superclass steps separate class from target (-1: not a subclass).
func classDistance(class, target string) int {
	if class == target {
		return 0
	}
	classMu.RLock()
	supers := classParents[class]
	classMu.RUnlock()
	best := -1
	for _, s := range supers {
		if d := classDistance(s, target); d >= 0 && (best < 0 || d+1 < best) {
			best = d + 1
		}
	}
	return best
}

// JavaClassNamer is implemented by translated classes (and exceptions).
type JavaClassNamer interface{ JavaClassName() string }

// IsInstance is Java's `v instanceof className` for values carrying a class
// name, boxed primitives and strings. null is never an instance.
func IsInstance(v any, className string) bool {
	if v == nil || isNilValue(v) {
		return false
	}
	return IsSubclass(ClassNameOf(v), className)
}

// ClassNameOf returns the Java class name of a runtime value.
func ClassNameOf(v any) string {
	switch x := v.(type) {
	case JavaClassNamer:
		return x.JavaClassName()
	case string:
		return "java.lang.String"
	case *int32, int32:
		return "java.lang.Integer"
	case *int64, int64:
		return "java.lang.Long"
	case *int16, int16:
		return "java.lang.Short"
	case *int8, int8:
		return "java.lang.Byte"
	case *uint16, uint16:
		return "java.lang.Character"
	case *float64, float64:
		return "java.lang.Double"
	case *float32, float32:
		return "java.lang.Float"
	case *bool, bool:
		return "java.lang.Boolean"
	}
	return "java.lang.Object"
}

// SimpleName is Class.getSimpleName() for a dotted name.
func SimpleName(className string) string {
	return className[strings.LastIndexAny(className, ".$")+1:]
}

func init() {
	for _, n := range []string{"Integer", "Long", "Short", "Byte", "Double", "Float"} {
		RegisterClass("java.lang."+n, "java.lang.Number", "java.lang.Comparable")
	}
	RegisterClass("java.lang.String", "java.lang.Object", "java.lang.CharSequence", "java.lang.Comparable")
	RegisterClass("java.lang.Character", "java.lang.Object", "java.lang.Comparable")
	RegisterClass("java.lang.Boolean", "java.lang.Object", "java.lang.Comparable")
	RegisterClass("java.lang.Throwable", "java.lang.Object")
	for _, c := range builtinThrowables {
		RegisterClass(c[0], c[1])
	}
}

// builtinThrowables lists each built-in exception class with its superclass.
var builtinThrowables = [][2]string{
	{"java.lang.Exception", "java.lang.Throwable"},
	{"java.lang.Error", "java.lang.Throwable"},
	{"java.lang.RuntimeException", "java.lang.Exception"},
	{"java.lang.IllegalArgumentException", "java.lang.RuntimeException"},
	{"java.lang.NumberFormatException", "java.lang.IllegalArgumentException"},
	{"java.lang.IllegalStateException", "java.lang.RuntimeException"},
	{"java.lang.NullPointerException", "java.lang.RuntimeException"},
	{"java.lang.ArithmeticException", "java.lang.RuntimeException"},
	{"java.lang.IndexOutOfBoundsException", "java.lang.RuntimeException"},
	{"java.lang.ArrayIndexOutOfBoundsException", "java.lang.IndexOutOfBoundsException"},
	{"java.lang.StringIndexOutOfBoundsException", "java.lang.IndexOutOfBoundsException"},
	{"java.lang.ClassCastException", "java.lang.RuntimeException"},
	{"java.lang.UnsupportedOperationException", "java.lang.RuntimeException"},
	{"java.lang.NegativeArraySizeException", "java.lang.RuntimeException"},
	{"java.lang.ArrayStoreException", "java.lang.RuntimeException"},
	{"java.lang.CloneNotSupportedException", "java.lang.Exception"},
	{"java.lang.InterruptedException", "java.lang.Exception"},
	{"java.lang.ReflectiveOperationException", "java.lang.Exception"},
	{"java.lang.ClassNotFoundException", "java.lang.ReflectiveOperationException"},
	{"java.lang.StackOverflowError", "java.lang.Error"},
	{"java.lang.OutOfMemoryError", "java.lang.Error"},
	{"java.lang.AssertionError", "java.lang.Error"},
	{"java.util.NoSuchElementException", "java.lang.RuntimeException"},
	{"java.util.InputMismatchException", "java.util.NoSuchElementException"},
	{"java.util.ConcurrentModificationException", "java.lang.RuntimeException"},
	{"java.util.EmptyStackException", "java.lang.RuntimeException"},
	{"java.util.IllegalFormatException", "java.lang.IllegalArgumentException"},
	{"java.util.MissingFormatArgumentException", "java.util.IllegalFormatException"},
	{"java.util.UnknownFormatConversionException", "java.util.IllegalFormatException"},
	{"java.util.IllegalFormatConversionException", "java.util.IllegalFormatException"},
	{"java.util.MissingFormatWidthException", "java.util.IllegalFormatException"},
	{"java.util.IllegalFormatPrecisionException", "java.util.IllegalFormatException"},
	{"java.util.IllegalFormatFlagsException", "java.util.IllegalFormatException"},
	{"java.util.FormatFlagsConversionMismatchException", "java.util.IllegalFormatException"},
	{"java.util.regex.PatternSyntaxException", "java.lang.IllegalArgumentException"},
	{"java.io.IOException", "java.lang.Exception"},
	{"java.io.FileNotFoundException", "java.io.IOException"},
	{"java.io.UncheckedIOException", "java.lang.RuntimeException"},
	{"java.lang.IllegalAccessException", "java.lang.ReflectiveOperationException"},
	{"java.lang.InstantiationException", "java.lang.ReflectiveOperationException"},
	{"java.lang.NoSuchMethodException", "java.lang.ReflectiveOperationException"},
	{"java.lang.NoSuchFieldException", "java.lang.ReflectiveOperationException"},
	{"java.lang.SecurityException", "java.lang.RuntimeException"},
	{"java.util.concurrent.TimeoutException", "java.lang.Exception"},
	{"java.util.concurrent.ExecutionException", "java.lang.Exception"},
	{"java.util.concurrent.CancellationException", "java.lang.IllegalStateException"},
	{"java.util.concurrent.CompletionException", "java.lang.RuntimeException"},
	{"java.util.concurrent.RejectedExecutionException", "java.lang.RuntimeException"},
	{"java.time.DateTimeException", "java.lang.RuntimeException"},
	{"java.io.UnsupportedEncodingException", "java.io.IOException"},
}
