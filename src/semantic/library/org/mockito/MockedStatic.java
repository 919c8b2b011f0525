// Mockito scoped mock of a class's static methods, closed by try-with-resources (signatures only).
package org.mockito;

import org.mockito.stubbing.OngoingStubbing;

public interface MockedStatic<T> extends AutoCloseable {
    <S> OngoingStubbing<S> when(Verification verification);
    void verify(Verification verification);
    void close();

    @FunctionalInterface
    interface Verification {
        void apply() throws Throwable;
    }
}
