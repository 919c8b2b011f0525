package jrt

import (
	"strings"
	"sync"
)

// Class is java.lang.Class as far as programs compare, print and name
// classes: one object per class name, so == and equals behave as in Java.
type Class struct{ name string }

var (
	classObjectsMu sync.Mutex
	classObjects   = map[string]*Class{}
)

// ClassNamed is the Class object of a Java binary class name (a class literal).
func ClassNamed(name string) *Class {
	classObjectsMu.Lock()
	defer classObjectsMu.Unlock()
	c := classObjects[name]
	if c == nil {
		c = &Class{name}
		classObjects[name] = c
	}
	return c
}

// ClassOf is getClass(): the runtime class of v.
func ClassOf(v any) *Class {
	if isNilValue(v) {
		panic(&NullPointerException{})
	}
	return ClassNamed(ClassNameOf(v))
}

// JavaClassName implements JavaClassNamer.
func (*Class) JavaClassName() string { return "java.lang.Class" }

// GetName is getName() ("Main$Inner").
func (c *Class) GetName() string { return c.name }

// GetSimpleName is getSimpleName() ("Inner"; "" for an anonymous class).
func (c *Class) GetSimpleName() string {
	s := SimpleName(c.name)
	if strings.Trim(s, "0123456789") == "" {
		return ""
	}
	return s
}

// ToString is toString() ("class Main$Inner").
func (c *Class) ToString() string { return "class " + c.name }

// IsInstance is isInstance(v).
func (c *Class) IsInstance(v any) bool { return IsInstance(v, c.name) }
