// JUnit 5 block of test code that may throw, passed to assertThrows/assertDoesNotThrow/assertAll (signatures only).
package org.junit.jupiter.api.function;

@FunctionalInterface
public interface Executable {
    void execute() throws Throwable;
}
