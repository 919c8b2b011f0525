package jrt

import (
	"os"
	"strings"
	"testing"
)

// Every class in builtinThrowables is declared in exceptions.go embedding its
// superclass, with a NewX(msg) constructor, so the emitter can create it.
func TestBuiltinThrowablesAreDeclared(t *testing.T) {
	src, err := os.ReadFile("exceptions.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	simple := func(fqn string) string { return fqn[strings.LastIndex(fqn, ".")+1:] }
	for _, c := range builtinThrowables {
		name, super := simple(c[0]), simple(c[1])
		for _, want := range []string{
			"type " + name + " struct{ " + super + " }",
			"return \"" + c[0] + "\"",
			"func New" + name + "(msg string) *" + name + " {",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("exceptions.go lacks %q", want)
			}
		}
	}
}

// A caught TimeoutException is an Exception (catch by hierarchy) and prints as Java does.
func TestConcurrentExceptionsKnowTheirHierarchy(t *testing.T) {
	var e ThrowableI = NewTimeoutException("超时")
	if !IsSubclass(ClassNameOf(e), "java.lang.Exception") || IsSubclass(ClassNameOf(e), "java.lang.RuntimeException") {
		t.Fatal("TimeoutException extends Exception, not RuntimeException")
	}
	if got := ThrowableToString(NewCancellationException("x")); got != "java.util.concurrent.CancellationException: x" {
		t.Fatalf("toString = %q", got)
	}
}
