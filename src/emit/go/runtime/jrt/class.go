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

// Cast is cast(v): v itself when it is null or an instance, else
// ClassCastException with Java's message.
func (c *Class) Cast(v any) any {
	if !isNilValue(v) && !c.IsInstance(v) {
		panic(NewClassCastException("Cannot cast " + ClassNameOf(v) + " to " + c.name))
	}
	return v
}

// IsAnonymousClass is isAnonymousClass() (binary names like "Main$1").
func (c *Class) IsAnonymousClass() bool {
	return c.GetSimpleName() == "" && c.name != SimpleName(c.name)
}

// RecordComponent is java.lang.reflect.RecordComponent: its name and the
// name of its (erased) type.
type RecordComponent struct{ typeName, name string }

// JavaClassName implements JavaClassNamer.
func (*RecordComponent) JavaClassName() string { return "java.lang.reflect.RecordComponent" }

// GetName is getName().
func (r *RecordComponent) GetName() string { return r.name }

// ToString is toString() ("int x").
func (r *RecordComponent) ToString() string { return r.typeName + " " + r.name }

var recordComponents = map[string][]*RecordComponent{}

// DeclareRecord records that class name is a record with these components,
// each "<type name> <name>" in declaration order. Translated records call it
// from init().
func DeclareRecord(name string, components ...string) {
	rc := make([]*RecordComponent, len(components))
	for i, c := range components {
		sp := strings.LastIndexByte(c, ' ')
		rc[i] = &RecordComponent{c[:sp], c[sp+1:]}
	}
	classMu.Lock()
	recordComponents[name] = rc
	classMu.Unlock()
}

var sealedPermits = map[string][]string{}

// DeclareSealed records that class name is sealed and permits these
// subclasses (binary names, in Java's order). Translated sealed classes and
// interfaces call it from init().
func DeclareSealed(name string, permitted ...string) {
	classMu.Lock()
	sealedPermits[name] = permitted
	classMu.Unlock()
}

// IsSealed is isSealed().
func (c *Class) IsSealed() bool {
	classMu.RLock()
	_, ok := sealedPermits[c.name]
	classMu.RUnlock()
	return ok
}

// GetPermittedSubclasses is getPermittedSubclasses(): nil (Java's null)
// unless the class is sealed.
func (c *Class) GetPermittedSubclasses() []*Class {
	classMu.RLock()
	names, ok := sealedPermits[c.name]
	classMu.RUnlock()
	if !ok {
		return nil
	}
	out := make([]*Class, len(names))
	for i, n := range names {
		out[i] = ClassNamed(n)
	}
	return out
}

// IsRecord is isRecord().
func (c *Class) IsRecord() bool { return c.GetRecordComponents() != nil }

// GetRecordComponents is getRecordComponents(): null for a class that is not a record.
func (c *Class) GetRecordComponents() []*RecordComponent {
	classMu.RLock()
	defer classMu.RUnlock()
	rc, ok := recordComponents[c.name]
	if !ok {
		return nil
	}
	return append([]*RecordComponent{}, rc...)
}
