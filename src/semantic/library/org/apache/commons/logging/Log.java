// Apache Commons Logging log: the methods services call on a `log` field (signatures only).
package org.apache.commons.logging;

public interface Log {
    boolean isTraceEnabled();
    void trace(Object message);
    void trace(Object message, Throwable t);

    boolean isDebugEnabled();
    void debug(Object message);
    void debug(Object message, Throwable t);

    boolean isInfoEnabled();
    void info(Object message);
    void info(Object message, Throwable t);

    boolean isWarnEnabled();
    void warn(Object message);
    void warn(Object message, Throwable t);

    boolean isErrorEnabled();
    void error(Object message);
    void error(Object message, Throwable t);

    boolean isFatalEnabled();
    void fatal(Object message);
    void fatal(Object message, Throwable t);
}
