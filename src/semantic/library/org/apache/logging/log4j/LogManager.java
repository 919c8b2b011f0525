// Log4j2 logger lookup (signatures only).
package org.apache.logging.log4j;

public final class LogManager {
    public static Logger getLogger();
    public static Logger getLogger(String name);
    public static Logger getLogger(Class<?> clazz);
}
