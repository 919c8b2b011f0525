package jrt

import "testing"

func TestStackTraceFrame(t *testing.T) {
	e := At(NewIllegalStateException("x"), "Main$Inner", "<init>", "Main.java", 12)
	st := e.GetStackTrace()
	if len(st) != 1 || st[0].ToString() != "Main$Inner.<init>(Main.java:12)" || st[0].GetMethodName() != "<init>" {
		t.Fatalf("frames %v", st)
	}
	if n := len(NewIllegalStateException("y").GetStackTrace()); n != 0 {
		t.Fatalf("a throwable without At has %d frames", n)
	}
}
