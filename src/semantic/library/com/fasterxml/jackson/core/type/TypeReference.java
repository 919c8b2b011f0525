// Jackson's super type token, subclassed anonymously to capture a generic type (signatures only).
package com.fasterxml.jackson.core.type;

public abstract class TypeReference<T> {
    protected TypeReference() {}
    public java.lang.reflect.Type getType();
}
