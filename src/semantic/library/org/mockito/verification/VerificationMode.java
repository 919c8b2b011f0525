// Mockito verification mode: times(n), never(), atLeast(n)… (signatures only).
package org.mockito.verification;

public interface VerificationMode {
}
