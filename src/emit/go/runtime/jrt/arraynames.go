package jrt

import "reflect"

// javaArrayName is the JVM name of an array class ("[I", "[Ljava.lang.String;")
// for a Go slice standing for a Java array, as Object.toString prints it.
func javaArrayName(v any) (string, bool) {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Slice {
		return "", false
	}
	return "[" + javaDescriptor(t.Elem()), true
}

var primitiveDescriptors = map[reflect.Kind]string{
	reflect.Int32: "I", reflect.Int64: "J", reflect.Int16: "S", reflect.Int8: "B",
	reflect.Uint16: "C", reflect.Bool: "Z", reflect.Float64: "D", reflect.Float32: "F",
}

var boxNames = map[reflect.Kind]string{
	reflect.Int32: "java.lang.Integer", reflect.Int64: "java.lang.Long", reflect.Int16: "java.lang.Short", reflect.Int8: "java.lang.Byte",
	reflect.Uint16: "java.lang.Character", reflect.Bool: "java.lang.Boolean", reflect.Float64: "java.lang.Double", reflect.Float32: "java.lang.Float",
}

func javaDescriptor(t reflect.Type) string {
	if d, ok := primitiveDescriptors[t.Kind()]; ok {
		return d
	}
	switch {
	case t.Kind() == reflect.Slice:
		return "[" + javaDescriptor(t.Elem())
	case t.Kind() == reflect.String:
		return "Ljava.lang.String;"
	case t.Kind() == reflect.Pointer && boxNames[t.Elem().Kind()] != "":
		return "L" + boxNames[t.Elem().Kind()] + ";"
	case t.Implements(reflect.TypeFor[JavaClassNamer]()) && t.Kind() == reflect.Pointer:
		return "L" + reflect.Zero(t).Interface().(JavaClassNamer).JavaClassName() + ";"
	}
	return "Ljava.lang.Object;"
}

// NegativeIndex is a[i] for a negative constant i, which Go rejects at
// compile time: Java throws when it runs, naming the length (Go's own panic
// for a negative index does not), or NPE for a null array.
func NegativeIndex[T any](a []T, i int32) *T {
	if a == nil {
		panic(&NullPointerException{})
	}
	panic(NewArrayIndexOutOfBoundsException("Index " + itoa(i) + " out of bounds for length " + itoa(int32(len(a)))))
}
