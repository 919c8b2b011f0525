// Mockito custom argument matcher, usually a lambda passed to argThat (signatures only).
package org.mockito;

@FunctionalInterface
public interface ArgumentMatcher<T> {
    boolean matches(T argument);
}
