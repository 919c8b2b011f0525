// Apache Commons Logging lookup (signatures only).
package org.apache.commons.logging;

public abstract class LogFactory {
    public static Log getLog(String name);
    public static Log getLog(Class<?> clazz);
}
