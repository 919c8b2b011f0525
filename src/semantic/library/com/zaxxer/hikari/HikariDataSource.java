// HikariCP pooled data source (signatures only).
package com.zaxxer.hikari;

public class HikariDataSource extends HikariConfig implements javax.sql.DataSource, java.io.Closeable {
    public HikariDataSource() {}
    public HikariDataSource(HikariConfig configuration) {}
    public boolean isClosed();
    public void close();
}
