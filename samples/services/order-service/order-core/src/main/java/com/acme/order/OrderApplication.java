package com.acme.order;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.discovery.EnableDiscoveryClient;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import com.acme.order.config.OrderProperties;

/**
 * 订单服务启动类
 */
@SpringBootApplication
@EnableDubbo(scanBasePackages = "com.acme.order.facade")
@EnableDiscoveryClient
@EnableFeignClients(basePackages = "com.acme.order.client")
@EnableAsync
@EnableScheduling
@EnableTransactionManagement
@EnableConfigurationProperties(OrderProperties.class)
@MapperScan("com.acme.order.mapper")
public class OrderApplication {

    public static void main(String[] args) {
        // JVM 参数参考：-Xms2g -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=200
        SpringApplication.run(OrderApplication.class, args);
    }
}
