package jrt

// StackTraceElement is java.lang.StackTraceElement.
type StackTraceElement struct {
	class, method, file string
	line                int32
}

// JavaClassName implements JavaClassNamer.
func (*StackTraceElement) JavaClassName() string { return "java.lang.StackTraceElement" }

// GetClassName is getClassName() (a binary name, "Main$Inner").
func (e *StackTraceElement) GetClassName() string { return e.class }

// GetMethodName is getMethodName() ("<init>" for a constructor).
func (e *StackTraceElement) GetMethodName() string { return e.method }

// GetFileName is getFileName().
func (e *StackTraceElement) GetFileName() string { return e.file }

// GetLineNumber is getLineNumber() (the Java source line).
func (e *StackTraceElement) GetLineNumber() int32 { return e.line }

// ToString is "Main.main(Main.java:87)".
func (e *StackTraceElement) ToString() string {
	return e.class + "." + e.method + "(" + e.file + ":" + itoa(e.line) + ")"
}

// At records the Java frame a throwable is created in (the top of the stack
// trace the JVM fills in on construction). Go cannot name the Java frames
// below it, so getStackTrace() has this one frame.
func At[T ThrowableI](e T, class, method, file string, line int32) T {
	e.AsThrowable().stack = []*StackTraceElement{{class, method, file, line}}
	return e
}

// GetStackTrace is getStackTrace(): the frame recorded by At, if any.
func (t *Throwable) GetStackTrace() []*StackTraceElement {
	return append([]*StackTraceElement{}, t.stack...)
}
