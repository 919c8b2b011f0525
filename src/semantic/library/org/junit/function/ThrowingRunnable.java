// JUnit 4.13 block of test code that may throw, passed to Assert.assertThrows (signatures only).
package org.junit.function;

@FunctionalInterface
public interface ThrowingRunnable {
    void run() throws Throwable;
}
