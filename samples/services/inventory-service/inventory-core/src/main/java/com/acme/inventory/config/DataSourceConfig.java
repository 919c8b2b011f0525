package com.acme.inventory.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * 数据源配置：主库（达梦）用于写，从库用于报表查询
 */
@Configuration
public class DataSourceConfig {

    @Bean(name = "primaryDataSource", destroyMethod = "close")
    @Primary
    public DataSource primaryDataSource(
            @Value("${inventory.db.primary.url:jdbc:dm://10.10.2.31:5236/INVENTORY}") String url,
            @Value("${inventory.db.primary.username:INV_RW}") String username,
            @Value("${inventory.db.primary.password:}") String password) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("库存主库连接池");
        cfg.setDriverClassName("dm.jdbc.driver.DmDriver");
        cfg.setJdbcUrl(url);
        cfg.setUsername(username);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(40);
        cfg.setConnectionTimeout(3000);
        return new HikariDataSource(cfg);
    }

    @Bean(name = "replicaDataSource", destroyMethod = "close")
    public DataSource replicaDataSource(
            @Value("${inventory.db.replica.url:jdbc:kingbase8://10.10.2.32:54321/inventory}") String url,
            @Value("${inventory.db.replica.username:INV_RO}") String username,
            @Value("${inventory.db.replica.password:}") String password) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("库存从库连接池");
        cfg.setDriverClassName("com.kingbase8.Driver");
        cfg.setJdbcUrl(url);
        cfg.setUsername(username);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(10);
        cfg.setReadOnly(true);
        return new HikariDataSource(cfg);
    }

    @Bean
    @Primary
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean(name = "reportJdbcTemplate")
    public JdbcTemplate reportJdbcTemplate(@Qualifier("replicaDataSource") DataSource replica) {
        JdbcTemplate t = new JdbcTemplate(replica);
        t.setQueryTimeout(30);
        return t;
    }
}
