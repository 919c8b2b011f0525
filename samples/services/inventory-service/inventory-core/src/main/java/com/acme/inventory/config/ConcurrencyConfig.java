package com.acme.inventory.config;

import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 并发相关 Bean
 */
@Slf4j
@Configuration
public class ConcurrencyConfig {

    @Bean(name = "inventoryScheduler", destroyMethod = "shutdownNow")
    public ScheduledExecutorService inventoryScheduler() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "inventory-sched-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newScheduledThreadPool(2, tf);
    }

    /** 扣减并发控制：公平信号量 */
    @Bean
    public Semaphore deductSemaphore(InventoryProperties properties) {
        log.info("扣减并发许可数 = {}", properties.getMaxConcurrentDeduct());
        return new Semaphore(properties.getMaxConcurrentDeduct(), true);
    }
}
