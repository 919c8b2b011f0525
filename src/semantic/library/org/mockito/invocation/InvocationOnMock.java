// Mockito view of a call made on a mock, given to an Answer (signatures only).
package org.mockito.invocation;

public interface InvocationOnMock {
    Object getMock();
    java.lang.reflect.Method getMethod();
    Object[] getArguments();
    <T> T getArgument(int index);
    <T> T getArgument(int index, Class<T> clazz);
    Object callRealMethod() throws Throwable;
}
