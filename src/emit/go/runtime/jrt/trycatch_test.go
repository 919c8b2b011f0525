package jrt

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Control codes an emitter would assign.
const (
	ctlNormal = iota
	ctlReturn
	ctlBreak
)

type myException struct{ IllegalStateException }

func (*myException) JavaClassName() string { return "com.example.MyException" }

func init() { RegisterClass("com.example.MyException", "java.lang.IllegalStateException") }

type resource struct {
	name string
	log  *[]string
	fail bool
}

func (r *resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
	if r.fail {
		panic(NewIllegalStateException("close " + r.name))
	}
}

func TestFinallyOnNormalExit(t *testing.T) {
	var log []string
	ctl := Try(func() int { log = append(log, "body"); return ctlNormal },
		func() int { log = append(log, "finally"); return ctlNormal })
	if ctl != ctlNormal || strings.Join(log, ",") != "body,finally" {
		t.Fatal(ctl, log)
	}
}

func TestFinallyOnReturnFromTry(t *testing.T) {
	var log []string
	result := 0
	f := func() int {
		if Try(func() int { result = 1; return ctlReturn },
			func() int { log = append(log, "finally"); return ctlNormal }) == ctlReturn {
			return result
		}
		return -1
	}
	if f() != 1 || len(log) != 1 {
		t.Fatal(log)
	}
}

func TestFinallyOverridesWithReturn(t *testing.T) {
	// try { throw } finally { return 2; } -> the exception is discarded.
	ctl := Try(func() int { panic(NewRuntimeException("lost")) }, func() int { return ctlReturn })
	if ctl != ctlReturn {
		t.Fatal(ctl)
	}
}

func TestCatchSubclassAndMultiCatch(t *testing.T) {
	var got string
	Try(func() int { Throw(&myException{}); return 0 }, nil,
		CatchOf(func(e ThrowableI) int { got = "iae"; return 0 }, "java.lang.IllegalArgumentException"),
		CatchOf(func(e ThrowableI) int { got = "multi " + e.JavaClassName(); return 0 },
			"java.io.IOException", "java.lang.RuntimeException"))
	if got != "multi com.example.MyException" {
		t.Fatal(got)
	}
	if !IsInstance(&myException{}, "java.lang.RuntimeException") || IsInstance(&myException{}, "java.lang.Error") {
		t.Fatal("IsInstance")
	}
}

func TestUncaughtPropagatesAfterFinally(t *testing.T) {
	var log []string
	_, thrown := Catching(func() int {
		return Try(func() int { panic(NewIOException("io")) },
			func() int { log = append(log, "finally"); return 0 },
			CatchOf(func(ThrowableI) int { log = append(log, "wrong"); return 0 }, "java.lang.RuntimeException"))
	})
	if thrown == nil || ThrowableToString(thrown) != "java.io.IOException: io" || strings.Join(log, ",") != "finally" {
		t.Fatal(thrown, log)
	}
}

func TestNestedAndRethrow(t *testing.T) {
	var log []string
	orig := NewRuntimeException("x")
	_, thrown := Catching(func() int {
		return Try(func() int {
			return Try(func() int { panic(orig) }, func() int { log = append(log, "inner finally"); return 0 },
				CatchOf(func(e ThrowableI) int { log = append(log, "inner catch"); panic(e) }, "java.lang.Exception"))
		}, func() int { log = append(log, "outer finally"); return 0 })
	})
	if thrown != orig || strings.Join(log, ",") != "inner catch,inner finally,outer finally" {
		t.Fatal(thrown, log)
	}
}

func TestTryWithResources(t *testing.T) {
	var log []string
	r1 := &resource{name: "r1", log: &log, fail: true}
	r2 := &resource{name: "r2", log: &log, fail: true}
	_, thrown := Catching(func() int {
		return WithResource(r1, func() int {
			return WithResource(r2, func() int {
				log = append(log, "body")
				panic(NewRuntimeException("body"))
			})
		})
	})
	if strings.Join(log, ",") != "body,close r2,close r1" {
		t.Fatal(log)
	}
	sup := thrown.AsThrowable().GetSuppressed()
	if thrown.GetMessage() != "body" || len(sup) != 2 || sup[0].GetMessage() != "close r2" || sup[1].GetMessage() != "close r1" {
		t.Fatal(thrown, sup)
	}
	// Body fine, close fails: the close exception is thrown.
	_, thrown = Catching(func() int { return WithResource(r1, func() int { return 0 }) })
	if thrown == nil || thrown.GetMessage() != "close r1" {
		t.Fatal(thrown)
	}
	// null resource is skipped.
	var nilRes *resource
	if WithResource(nilRes, func() int { return ctlBreak }) != ctlBreak {
		t.Fatal("ctl")
	}
}

func TestPanicMapping(t *testing.T) {
	cases := map[string]func(){
		"java.lang.NullPointerException": func() {
			var p *resource
			_ = p.name
		},
		"java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3": func() {
			a := make([]int32, 3)
			i := 5
			_ = a[i]
		},
		"java.lang.ArithmeticException: / by zero": func() {
			z := 0
			_ = 1 / z
		},
		"java.lang.ArithmeticException: / by zero (helper)": func() { DivInt64(1, 0) },
		"java.lang.ClassCastException":                      func() { var v any = "s"; _ = v.(*int32) },
		"java.lang.NullPointerException (unbox)":            func() { Unbox[int32](nil) },
	}
	for want, f := range cases {
		_, thrown := Catching(func() int { f(); return 0 })
		got := ThrowableToString(thrown)
		w := strings.TrimSuffix(strings.TrimSuffix(want, " (helper)"), " (unbox)")
		if !strings.HasPrefix(got, w) {
			t.Errorf("got %q want %q", got, w)
		}
	}
}

func TestThrowableToString(t *testing.T) {
	e := &RuntimeException{}
	if ThrowableToString(e) != "java.lang.RuntimeException" {
		t.Fatal(ThrowableToString(e))
	}
	c := &Exception{}
	c.SetCauseAndMessage(NewIOException("disk"))
	if ThrowableToString(c) != "java.lang.Exception: java.io.IOException: disk" || ToString(c) != ThrowableToString(c) {
		t.Fatal(ThrowableToString(c))
	}
	if !strings.Contains(StackTraceText(c), "Caused by: java.io.IOException: disk") {
		t.Fatal(StackTraceText(c))
	}
}

// TestRunMain runs this test binary as a child acting as a translated main.
func TestRunMain(t *testing.T) {
	if os.Getenv("JRT_RUNMAIN") == "1" {
		RunMain(func() {
			Out.Println("before")
			Err.Println("err line")
			Out.Print("partial")
			panic(NewIllegalStateException("boom"))
		})
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=TestRunMain")
	cmd.Env = append(os.Environ(), "JRT_RUNMAIN=1")
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v", err)
	}
	if out.String() != "before\npartial" {
		t.Fatalf("stdout %q", out.String())
	}
	if errb.String() != "err line\nException in thread \"main\" java.lang.IllegalStateException: boom\n" {
		t.Fatalf("stderr %q", errb.String())
	}
}
