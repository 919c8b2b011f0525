// Spring Boot bootstrap class (signatures only).
package org.springframework.boot;

import org.springframework.context.ConfigurableApplicationContext;

public class SpringApplication {
    public SpringApplication(Class<?>... primarySources) {}
    public static ConfigurableApplicationContext run(Class<?> primarySource, String... args);
    public static ConfigurableApplicationContext run(Class<?>[] primarySources, String[] args);
    public ConfigurableApplicationContext run(String... args);
    public void setRegisterShutdownHook(boolean registerShutdownHook);
    public void setAdditionalProfiles(String... profiles);
    public void setLazyInitialization(boolean lazyInitialization);
}
