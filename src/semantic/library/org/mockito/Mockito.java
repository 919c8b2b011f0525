// Mockito's entry point: creating, stubbing and verifying mocks, usually imported statically (signatures only).
package org.mockito;

import org.mockito.stubbing.Answer;
import org.mockito.stubbing.OngoingStubbing;
import org.mockito.stubbing.Stubber;
import org.mockito.verification.VerificationMode;

public class Mockito extends ArgumentMatchers {
    public static <T> T mock(Class<T> classToMock);
    public static <T> T mock(Class<T> classToMock, String name);
    public static <T> T mock(Class<T> classToMock, Answer defaultAnswer);
    public static <T> T spy(T object);
    public static <T> T spy(Class<T> classToSpy);
    public static <T> MockedStatic<T> mockStatic(Class<T> classToMock);

    public static <T> OngoingStubbing<T> when(T methodCall);
    public static <T> T verify(T mock);
    public static <T> T verify(T mock, VerificationMode mode);
    public static void verifyNoInteractions(Object... mocks);
    public static void verifyNoMoreInteractions(Object... mocks);
    public static <T> void reset(T... mocks);
    public static void clearInvocations(Object... mocks);

    public static VerificationMode times(int wantedNumberOfInvocations);
    public static VerificationMode never();
    public static VerificationMode atLeastOnce();
    public static VerificationMode atLeast(int minNumberOfInvocations);
    public static VerificationMode atMostOnce();
    public static VerificationMode atMost(int maxNumberOfInvocations);
    public static VerificationMode only();
    public static VerificationMode timeout(long millis);

    public static Stubber doThrow(Throwable... toBeThrown);
    public static Stubber doThrow(Class<? extends Throwable> toBeThrown);
    public static Stubber doReturn(Object toBeReturned);
    public static Stubber doReturn(Object toBeReturned, Object... toBeReturnedNext);
    public static Stubber doNothing();
    public static Stubber doAnswer(Answer answer);
    public static Stubber doCallRealMethod();
}
