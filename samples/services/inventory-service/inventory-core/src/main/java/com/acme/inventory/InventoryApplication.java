package com.acme.inventory;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * 库存服务启动类
 */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan("com.acme.inventory.config")
@EnableJpaRepositories("com.acme.inventory.repository")
@MapperScan("com.acme.inventory.mapper")
public class InventoryApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(InventoryApplication.class);
        app.setRegisterShutdownHook(true);
        app.run(args);
    }
}
