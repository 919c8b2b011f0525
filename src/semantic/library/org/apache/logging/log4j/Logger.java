// Log4j2 logger: the methods services call on a `log` field (signatures only).
package org.apache.logging.log4j;

public interface Logger {
    String getName();

    boolean isTraceEnabled();
    void trace(String message);
    void trace(String message, Object p0);
    void trace(String message, Object p0, Object p1);
    void trace(String message, Object... params);
    void trace(String message, Throwable t);
    void trace(Object message);

    boolean isDebugEnabled();
    void debug(String message);
    void debug(String message, Object p0);
    void debug(String message, Object p0, Object p1);
    void debug(String message, Object... params);
    void debug(String message, Throwable t);
    void debug(Object message);

    boolean isInfoEnabled();
    void info(String message);
    void info(String message, Object p0);
    void info(String message, Object p0, Object p1);
    void info(String message, Object... params);
    void info(String message, Throwable t);
    void info(Object message);

    boolean isWarnEnabled();
    void warn(String message);
    void warn(String message, Object p0);
    void warn(String message, Object p0, Object p1);
    void warn(String message, Object... params);
    void warn(String message, Throwable t);
    void warn(Object message);

    boolean isErrorEnabled();
    void error(String message);
    void error(String message, Object p0);
    void error(String message, Object p0, Object p1);
    void error(String message, Object... params);
    void error(String message, Throwable t);
    void error(Object message);

    boolean isFatalEnabled();
    void fatal(String message);
    void fatal(String message, Object p0);
    void fatal(String message, Object p0, Object p1);
    void fatal(String message, Object... params);
    void fatal(String message, Throwable t);
    void fatal(Object message);
}
