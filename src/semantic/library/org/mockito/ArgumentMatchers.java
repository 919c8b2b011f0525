// Mockito argument matchers, usually imported statically (Mockito extends this class) (signatures only).
package org.mockito;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class ArgumentMatchers {
    public static <T> T any();
    public static <T> T any(Class<T> type);
    public static <T> T isA(Class<T> type);
    public static boolean anyBoolean();
    public static byte anyByte();
    public static char anyChar();
    public static int anyInt();
    public static long anyLong();
    public static float anyFloat();
    public static double anyDouble();
    public static short anyShort();
    public static String anyString();
    public static <T> List<T> anyList();
    public static <T> Set<T> anySet();
    public static <K, V> Map<K, V> anyMap();
    public static <T> Collection<T> anyCollection();
    public static <T> Iterable<T> anyIterable();

    public static boolean eq(boolean value);
    public static byte eq(byte value);
    public static char eq(char value);
    public static double eq(double value);
    public static float eq(float value);
    public static int eq(int value);
    public static long eq(long value);
    public static short eq(short value);
    public static <T> T eq(T value);
    public static <T> T same(T value);
    public static <T> T refEq(T value, String... excludeFields);

    public static <T> T isNull();
    public static <T> T notNull();
    public static <T> T isNotNull();
    public static <T> T nullable(Class<T> clazz);
    public static String contains(String substring);
    public static String matches(String regex);
    public static String startsWith(String prefix);
    public static String endsWith(String suffix);
    public static <T> T argThat(ArgumentMatcher<T> matcher);
}
