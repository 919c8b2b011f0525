package jrt

import "testing"

func TestArrayStore(t *testing.T) {
	objs := CovariantArray(make([]any, 2), "java.lang.String")
	ArrayStore[any](objs, 0, "s")
	ArrayStore[any](objs, 1, nil)
	_, thrown := Catching(func() int { ArrayStore[any](objs, 0, BoxInt32(1)); return 0 })
	if thrown == nil || ThrowableToString(thrown) != "java.lang.ArrayStoreException: java.lang.Integer" || objs[0] != "s" {
		t.Fatalf("store of an Integer into a String[]: %v, %v", thrown, objs)
	}
	_, thrown = Catching(func() int { ArrayStore[any](objs, 2, "x"); return 0 })
	if thrown == nil || thrown.JavaClassName() != "java.lang.ArrayIndexOutOfBoundsException" {
		t.Fatalf("index 2 of 2: %v", thrown)
	}
	plain := make([]any, 1)
	ArrayStore[any](plain, 0, BoxInt32(1)) // an Object[] takes anything
}
