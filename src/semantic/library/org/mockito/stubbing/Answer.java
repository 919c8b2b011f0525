// Mockito answer computing a stubbed call's result, usually a lambda (signatures only).
package org.mockito.stubbing;

import org.mockito.invocation.InvocationOnMock;

@FunctionalInterface
public interface Answer<T> {
    T answer(InvocationOnMock invocation) throws Throwable;
}
