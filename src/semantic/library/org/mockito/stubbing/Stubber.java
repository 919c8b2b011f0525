// Mockito stubbing of void methods and spies, returned by doThrow/doReturn/doNothing/doAnswer (signatures only).
package org.mockito.stubbing;

public interface Stubber {
    <T> T when(T mock);
    Stubber doThrow(Throwable... toBeThrown);
    Stubber doThrow(Class<? extends Throwable> toBeThrown);
    Stubber doReturn(Object toBeReturned);
    Stubber doNothing();
    Stubber doAnswer(Answer answer);
}
