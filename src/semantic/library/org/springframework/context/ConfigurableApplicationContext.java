// The Spring application context returned by SpringApplication.run (signatures only).
package org.springframework.context;

public interface ConfigurableApplicationContext extends java.io.Closeable {
    <T> T getBean(Class<T> requiredType);
    Object getBean(String name);
    <T> T getBean(String name, Class<T> requiredType);
    boolean containsBean(String name);
    String getId();
    boolean isActive();
    void close();
}
