// java.lang.Object behaviour over every runtime representation: String.valueOf
// (ToString), equals (Equals), hashCode (HashCode), natural ordering
// (Compare) and the boxed-primitive caches.
//
// Runtime representations: Java primitives are Go int32/int64/int16/int8/
// uint16/float32/float64/bool; boxed values are pointers to those (*int32 for
// Integer, ...); String is a WTF-8 Go string; null is nil; translated classes
// are pointers to structs with the methods below.

package jrt

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// Stringer is a class overriding toString().
type Stringer interface{ ToString() string }

// Equaler is a class overriding equals(Object).
type Equaler interface{ Equals(other any) bool }

// Hasher is a class overriding hashCode().
type Hasher interface{ HashCode() int32 }

// Comparable is a class implementing Comparable; the emitter gives
// compareTo an `any` parameter so collections can call it without generics.
type Comparable interface{ CompareTo(other any) int32 }

// ToString is String.valueOf(Object) and the string-conversion rule of `+`.
func ToString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return Str(x)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case int16:
		return strconv.FormatInt(int64(x), 10)
	case int8:
		return strconv.FormatInt(int64(x), 10)
	case uint16:
		return StringOfChar(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64:
		return DoubleToString(x)
	case float32:
		return FloatToString(x)
	case Stringer:
		if isNilValue(v) {
			return "null"
		}
		return x.ToString()
	case ThrowableI:
		if isNilValue(v) {
			return "null"
		}
		return ThrowableToString(x)
	case *int32, *int64, *int16, *int8, *uint16, *bool, *float64, *float32:
		rv := reflect.ValueOf(v)
		if rv.IsNil() {
			return "null"
		}
		return ToString(rv.Elem().Interface())
	case []uint16:
		return "[C@" + identityHex(v)
	case []int32:
		return "[I@" + identityHex(v)
	case fmt.Stringer:
		return x.String()
	}
	if isNilValue(v) {
		return "null"
	}
	if name, ok := javaArrayName(v); ok {
		return name + "@" + identityHex(v)
	}
	return fmt.Sprint(v)
}

// identityHex stands in for Object.hashCode in the default toString; Java's
// value is arbitrary too.
func identityHex(v any) string {
	return strconv.FormatUint(uint64(uint32(IdentityHashCode(v))), 16)
}

// IdentityHashCode is System.identityHashCode: derived from the address.
func IdentityHashCode(v any) int32 {
	if v == nil {
		return 0
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		p := uint64(rv.Pointer())
		p ^= p >> 33
		p *= 0xff51afd7ed558ccd
		p ^= p >> 33
		return int32(p) & 0x7fffffff
	}
	return 0
}

// unbox turns boxed pointers into their values; other values pass through.
func unbox(v any) any {
	switch x := v.(type) {
	case *int32:
		if x != nil {
			return *x
		}
	case *int64:
		if x != nil {
			return *x
		}
	case *int16:
		if x != nil {
			return *x
		}
	case *int8:
		if x != nil {
			return *x
		}
	case *uint16:
		if x != nil {
			return *x
		}
	case *bool:
		if x != nil {
			return *x
		}
	case *float64:
		if x != nil {
			return *x
		}
	case *float32:
		if x != nil {
			return *x
		}
	default:
		return v
	}
	return nil
}

// Equals is Objects.equals(a, b): a.equals(b) with null handling. Boxed
// numbers are equal only to the same box type with the same value, and
// Double/Float compare by bits (NaN equals NaN, 0.0 != -0.0) as in Java.
func Equals(a, b any) bool {
	a, b = unbox(a), unbox(b)
	if a == nil || b == nil {
		return a == nil && b == nil || isNilValue(a) && isNilValue(b)
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case int32, int64, int16, int8, uint16, bool, int:
		return a == b
	case float64:
		y, ok := b.(float64)
		return ok && DoubleToLongBits(x) == DoubleToLongBits(y)
	case float32:
		y, ok := b.(float32)
		return ok && FloatToIntBits(x) == FloatToIntBits(y)
	case Equaler:
		return x.Equals(b)
	}
	return identical(a, b)
}

// identical is Java's == on references.
func identical(a, b any) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Kind() == reflect.Slice {
		return ra.Pointer() == rb.Pointer() && ra.Len() == rb.Len()
	}
	return false
}

// HashCode is Objects.hashCode(v): 0 for null, Java's hash for boxed values
// and strings, the HashCode method for classes, identity otherwise.
func HashCode(v any) int32 {
	switch x := unbox(v).(type) {
	case nil:
		return 0
	case string:
		return StrHashCode(x)
	case int32:
		return x
	case int64:
		return int32(x ^ int64(uint64(x)>>32))
	case int:
		return int32(x)
	case int16:
		return int32(x)
	case int8:
		return int32(x)
	case uint16:
		return int32(x)
	case bool:
		if x {
			return 1231
		}
		return 1237
	case float64:
		b := DoubleToLongBits(x)
		return int32(b ^ int64(uint64(b)>>32))
	case float32:
		return FloatToIntBits(x)
	case Hasher:
		if isNilValue(x) {
			return 0
		}
		return x.HashCode()
	}
	return IdentityHashCode(v)
}

// Compare is natural ordering (Comparable.compareTo) over runtime values;
// comparing null throws NullPointerException as in Java.
func Compare(a, b any) int32 {
	a, b = unbox(a), unbox(b)
	if a == nil || b == nil {
		panic(&NullPointerException{})
	}
	switch x := a.(type) {
	case string:
		return CompareTo(x, b.(string))
	case int32:
		return IntegerCompare(x, b.(int32))
	case int64:
		return LongCompare(x, b.(int64))
	case int:
		return LongCompare(int64(x), int64(b.(int)))
	case int16:
		return int32(x) - int32(b.(int16))
	case int8:
		return int32(x) - int32(b.(int8))
	case uint16:
		return int32(x) - int32(b.(uint16))
	case bool:
		y := b.(bool)
		if x == y {
			return 0
		}
		if x {
			return 1
		}
		return -1
	case float64:
		return DoubleCompare(x, b.(float64))
	case float32:
		return DoubleCompare(float64(x), float64(b.(float32)))
	case Comparable:
		return x.CompareTo(b)
	}
	// A translated class whose compareTo takes its own type.
	if m := reflect.ValueOf(a).MethodByName("CompareTo"); m.IsValid() {
		return int32(m.Call([]reflect.Value{reflect.ValueOf(b)})[0].Int())
	}
	panic(NewClassCastException("class " + ClassNameOf(a) + " cannot be cast to class java.lang.Comparable"))
}

// ---- boxing ----

// Java caches boxes for small values, so `==` between boxed values of the
// same small number is true, and false for large ones; these tables
// reproduce that identity behaviour.
var (
	intCache   [256]int32
	longCache  [256]int64
	shortCache [256]int16
	byteCache  [256]int8
	charCache  [128]uint16
	trueBox    = true
	falseBox   = false
)

func init() {
	for i := range 256 {
		intCache[i] = int32(i - 128)
		longCache[i] = int64(i - 128)
		shortCache[i] = int16(i - 128)
		byteCache[i] = int8(i - 128)
	}
	for i := range charCache {
		charCache[i] = uint16(i)
	}
}

// BoxInt32 is Integer.valueOf(int) / autoboxing.
func BoxInt32(v int32) *int32 {
	if v >= -128 && v <= 127 {
		return &intCache[v+128]
	}
	return &v
}

// BoxInt64 is Long.valueOf(long).
func BoxInt64(v int64) *int64 {
	if v >= -128 && v <= 127 {
		return &longCache[v+128]
	}
	return &v
}

// BoxInt16 is Short.valueOf(short).
func BoxInt16(v int16) *int16 {
	if v >= -128 && v <= 127 {
		return &shortCache[v+128]
	}
	return &v
}

// BoxInt8 is Byte.valueOf(byte): every byte value is cached.
func BoxInt8(v int8) *int8 { return &byteCache[int(v)+128] }

// BoxChar is Character.valueOf(char): 0..127 cached.
func BoxChar(v uint16) *uint16 {
	if v < 128 {
		return &charCache[v]
	}
	return &v
}

// BoxBool is Boolean.valueOf(boolean): two shared boxes.
func BoxBool(v bool) *bool {
	if v {
		return &trueBox
	}
	return &falseBox
}

// BoxFloat64 is Double.valueOf(double): never cached.
func BoxFloat64(v float64) *float64 { return &v }

// BoxFloat32 is Float.valueOf(float).
func BoxFloat32(v float32) *float32 { return &v }

func npeUnbox(kind string) {
	panic(NewNullPointerException("Cannot invoke \"java.lang." + kind + "Value()\" because value is null"))
}

// Unbox is auto-unboxing: a nil box throws NullPointerException.
func Unbox[T int32 | int64 | int16 | int8 | uint16 | bool | float64 | float32](p *T) T {
	if p == nil {
		zero := Null[T]()
		npeUnbox(boxKind(any(zero)))
	}
	return *p
}

func boxKind(v any) string {
	switch v.(type) {
	case int32:
		return "Integer.int"
	case int64:
		return "Long.long"
	case int16:
		return "Short.short"
	case int8:
		return "Byte.byte"
	case uint16:
		return "Character.char"
	case bool:
		return "Boolean.boolean"
	case float64:
		return "Double.double"
	}
	return "Float.float"
}

// Java's Double.NaN etc. as functions for readability in emitted code.
var (
	DoubleNaN              = math.NaN()
	DoublePositiveInfinity = math.Inf(1)
	DoubleNegativeInfinity = math.Inf(-1)
)

// sliceItems returns the elements of any slice as []any (nil for a nil
// slice); ok is false when v is not a slice.
func sliceItems(v any) (items []any, ok bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return nil, false
	}
	if rv.IsNil() {
		return nil, true
	}
	items = make([]any, rv.Len())
	for i := range items {
		items[i] = rv.Index(i).Interface()
	}
	return items, true
}
