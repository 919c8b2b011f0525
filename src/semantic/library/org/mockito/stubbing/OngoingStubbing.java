// Mockito stubbing in progress, returned by when(mock.call()) (signatures only).
package org.mockito.stubbing;

public interface OngoingStubbing<T> {
    OngoingStubbing<T> thenReturn(T value);
    OngoingStubbing<T> thenReturn(T value, T... values);
    OngoingStubbing<T> thenThrow(Throwable... throwables);
    OngoingStubbing<T> thenThrow(Class<? extends Throwable> throwableType);
    OngoingStubbing<T> thenAnswer(Answer<?> answer);
    OngoingStubbing<T> then(Answer<?> answer);
    OngoingStubbing<T> thenCallRealMethod();
    <M> M getMock();
}
