package jrt

import "unsafe"

// Java's null String. Translated code keeps String as Go's string, so null
// needs a value of that type: NullString is a one-byte string whose data
// pointer no other string has. It survives copies, interfaces and
// collections, IsNullString recognises it, and ToString/Str print it as
// "null". (A zero-length sentinel would not do: Go drops the data pointer of
// an empty string converted to an interface.)
var nullStringData = [1]byte{}

// NullString is the String null.
var NullString = unsafe.String(&nullStringData[0], 1)

// IsNullString is `s == null` for a String.
func IsNullString(s string) bool {
	return len(s) == 1 && unsafe.StringData(s) == &nullStringData[0]
}

// Str is a String operand of `+`: null becomes "null".
func Str(s string) string {
	if IsNullString(s) {
		return "null"
	}
	return s
}

// Null is the value Java gives an unset T: null, which for String is NullString.
func Null[T any]() T {
	var zero T
	if p, ok := any(&zero).(*string); ok {
		*p = NullString
	}
	return zero
}

// NewStringArray is `new String[n]`: every element null.
func NewStringArray(n int32) []string {
	a := NewArray[string](n)
	fillNullStrings(a)
	return a
}

// fillNullStrings sets every element of a new String array to null (other
// element types already start as Java's defaults).
func fillNullStrings[T any](a []T) {
	if s, ok := any(a).([]string); ok {
		for i := range s {
			s[i] = NullString
		}
	}
}

// NonNullString is a String that is dereferenced (a switch selector): null
// throws NullPointerException.
func NonNullString(s string) string {
	if IsNullString(s) {
		panic(&NullPointerException{})
	}
	return s
}
