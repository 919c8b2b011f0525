// JUnit 5 assertions, usually imported statically by test classes (signatures only).
package org.junit.jupiter.api;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

public class Assertions {
    public static void assertEquals(short expected, short actual);
    public static void assertEquals(short expected, short actual, String message);
    public static void assertEquals(byte expected, byte actual);
    public static void assertEquals(byte expected, byte actual, String message);
    public static void assertEquals(int expected, int actual);
    public static void assertEquals(int expected, int actual, String message);
    public static void assertEquals(int expected, int actual, Supplier<String> messageSupplier);
    public static void assertEquals(long expected, long actual);
    public static void assertEquals(long expected, long actual, String message);
    public static void assertEquals(float expected, float actual);
    public static void assertEquals(float expected, float actual, String message);
    public static void assertEquals(double expected, double actual);
    public static void assertEquals(double expected, double actual, String message);
    public static void assertEquals(double expected, double actual, double delta);
    public static void assertEquals(double expected, double actual, double delta, String message);
    public static void assertEquals(char expected, char actual);
    public static void assertEquals(char expected, char actual, String message);
    public static void assertEquals(Object expected, Object actual);
    public static void assertEquals(Object expected, Object actual, String message);
    public static void assertEquals(Object expected, Object actual, Supplier<String> messageSupplier);
    public static void assertNotEquals(Object unexpected, Object actual);
    public static void assertNotEquals(Object unexpected, Object actual, String message);

    public static void assertTrue(boolean condition);
    public static void assertTrue(boolean condition, String message);
    public static void assertTrue(boolean condition, Supplier<String> messageSupplier);
    public static void assertTrue(BooleanSupplier booleanSupplier);
    public static void assertFalse(boolean condition);
    public static void assertFalse(boolean condition, String message);
    public static void assertFalse(boolean condition, Supplier<String> messageSupplier);
    public static void assertFalse(BooleanSupplier booleanSupplier);

    public static void assertNull(Object actual);
    public static void assertNull(Object actual, String message);
    public static void assertNotNull(Object actual);
    public static void assertNotNull(Object actual, String message);
    public static void assertSame(Object expected, Object actual);
    public static void assertSame(Object expected, Object actual, String message);
    public static void assertNotSame(Object unexpected, Object actual);

    public static void assertArrayEquals(byte[] expected, byte[] actual);
    public static void assertArrayEquals(char[] expected, char[] actual);
    public static void assertArrayEquals(int[] expected, int[] actual);
    public static void assertArrayEquals(long[] expected, long[] actual);
    public static void assertArrayEquals(double[] expected, double[] actual);
    public static void assertArrayEquals(Object[] expected, Object[] actual);
    public static void assertArrayEquals(Object[] expected, Object[] actual, String message);
    public static void assertIterableEquals(Iterable<?> expected, Iterable<?> actual);

    public static <T extends Throwable> T assertThrows(Class<T> expectedType, Executable executable);
    public static <T extends Throwable> T assertThrows(Class<T> expectedType, Executable executable, String message);
    public static void assertDoesNotThrow(Executable executable);
    public static void assertDoesNotThrow(Executable executable, String message);
    public static void assertAll(Executable... executables);
    public static void assertAll(String heading, Executable... executables);
    public static void assertTimeout(java.time.Duration timeout, Executable executable);

    public static <V> V fail();
    public static <V> V fail(String message);
    public static <V> V fail(String message, Throwable cause);
    public static <V> V fail(Throwable cause);
}
