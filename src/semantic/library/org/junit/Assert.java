// JUnit 4 assertions, usually imported statically by test classes (signatures only).
package org.junit;

import org.junit.function.ThrowingRunnable;

public class Assert {
    public static void assertEquals(Object expected, Object actual);
    public static void assertEquals(String message, Object expected, Object actual);
    public static void assertEquals(long expected, long actual);
    public static void assertEquals(String message, long expected, long actual);
    public static void assertEquals(double expected, double actual, double delta);
    public static void assertEquals(String message, double expected, double actual, double delta);
    public static void assertEquals(float expected, float actual, float delta);
    public static void assertNotEquals(Object unexpected, Object actual);
    public static void assertNotEquals(String message, Object unexpected, Object actual);
    public static void assertNotEquals(long unexpected, long actual);

    public static void assertTrue(boolean condition);
    public static void assertTrue(String message, boolean condition);
    public static void assertFalse(boolean condition);
    public static void assertFalse(String message, boolean condition);

    public static void assertNull(Object object);
    public static void assertNull(String message, Object object);
    public static void assertNotNull(Object object);
    public static void assertNotNull(String message, Object object);
    public static void assertSame(Object expected, Object actual);
    public static void assertSame(String message, Object expected, Object actual);
    public static void assertNotSame(Object unexpected, Object actual);

    public static void assertArrayEquals(Object[] expecteds, Object[] actuals);
    public static void assertArrayEquals(String message, Object[] expecteds, Object[] actuals);
    public static void assertArrayEquals(byte[] expecteds, byte[] actuals);
    public static void assertArrayEquals(char[] expecteds, char[] actuals);
    public static void assertArrayEquals(int[] expecteds, int[] actuals);
    public static void assertArrayEquals(long[] expecteds, long[] actuals);
    public static void assertArrayEquals(double[] expecteds, double[] actuals, double delta);

    public static <T extends Throwable> T assertThrows(Class<T> expectedThrowable, ThrowingRunnable runnable);
    public static <T extends Throwable> T assertThrows(String message, Class<T> expectedThrowable, ThrowingRunnable runnable);

    public static void fail();
    public static void fail(String message);
}
