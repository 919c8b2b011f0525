// SLF4J logger lookup (signatures only).
package org.slf4j;

public final class LoggerFactory {
    public static Logger getLogger(String name);
    public static Logger getLogger(Class<?> clazz);
}
