// HikariCP pool configuration: the setters and getters services call (signatures only).
package com.zaxxer.hikari;

import java.util.Properties;

public class HikariConfig {
    public HikariConfig() {}
    public HikariConfig(Properties properties) {}
    public HikariConfig(String propertyFileName) {}

    public void setJdbcUrl(String jdbcUrl);
    public String getJdbcUrl();
    public void setUsername(String username);
    public String getUsername();
    public void setPassword(String password);
    public String getPassword();
    public void setDriverClassName(String driverClassName);
    public String getDriverClassName();
    public void setPoolName(String poolName);
    public String getPoolName();
    public void setMaximumPoolSize(int maxPoolSize);
    public int getMaximumPoolSize();
    public void setMinimumIdle(int minIdle);
    public int getMinimumIdle();
    public void setConnectionTimeout(long connectionTimeoutMs);
    public long getConnectionTimeout();
    public void setIdleTimeout(long idleTimeoutMs);
    public long getIdleTimeout();
    public void setMaxLifetime(long maxLifetimeMs);
    public long getMaxLifetime();
    public void setValidationTimeout(long validationTimeoutMs);
    public void setLeakDetectionThreshold(long leakDetectionThresholdMs);
    public void setConnectionTestQuery(String connectionTestQuery);
    public void setAutoCommit(boolean isAutoCommit);
    public boolean isAutoCommit();
    public void setReadOnly(boolean readOnly);
    public boolean isReadOnly();
    public void setSchema(String schema);
    public void addDataSourceProperty(String propertyName, Object value);
}
