package com.acme.order.config;

import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.client.RestTemplate;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 线程池与 HTTP 客户端配置
 */
@Slf4j
@Configuration
public class ExecutorConfig {

    /**
     * 下单流程使用的业务线程池：队列满时由调用线程执行（CallerRunsPolicy）
     */
    @Bean(name = "orderExecutor", destroyMethod = "shutdown")
    @Primary
    public ThreadPoolExecutor orderExecutor(OrderProperties properties) {
        OrderProperties.Executor cfg = properties.getExecutor();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                cfg.getCoreSize(),
                cfg.getMaxSize(),
                cfg.getKeepAliveSeconds(), TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(cfg.getQueueCapacity()),
                namedFactory("order-biz-"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        log.info("订单线程池初始化完成 core={} max={} queue={}", cfg.getCoreSize(), cfg.getMaxSize(), cfg.getQueueCapacity());
        return executor;
    }

    /**
     * 通知类任务线程池：丢弃并记录日志，避免拖垮主流程
     */
    @Bean(name = "notifyExecutor", destroyMethod = "shutdown")
    public ExecutorService notifyExecutor() {
        RejectedExecutionHandler logAndDrop = (r, ex) ->
                log.warn("通知线程池已满，丢弃任务 active={} queue={}", ex.getActiveCount(), ex.getQueue().size());
        return new ThreadPoolExecutor(2, 4, 30L, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(200), namedFactory("order-notify-"), logAndDrop);
    }

    /**
     * 报表导出线程池：满了直接拒绝（AbortPolicy）
     */
    @Bean(name = "reportExecutor", destroyMethod = "shutdown")
    public ThreadPoolExecutor reportExecutor() {
        return new ThreadPoolExecutor(1, 2, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(10), namedFactory("order-report-"), new ThreadPoolExecutor.AbortPolicy());
    }

    @Bean
    public RestTemplate restTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(2))
                .setReadTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    public AsyncHelper asyncHelper(@Qualifier("notifyExecutor") ExecutorService notifyExecutor) {
        return new AsyncHelper(notifyExecutor);
    }

    private static ThreadFactory namedFactory(String prefix) {
        AtomicInteger seq = new AtomicInteger(1);
        return r -> {
            Thread t = new Thread(r, prefix + seq.getAndIncrement());
            t.setDaemon(false);
            t.setUncaughtExceptionHandler((th, e) -> log.error("线程 {} 未捕获异常", th.getName(), e));
            return t;
        };
    }

    /**
     * 简单的异步执行包装
     */
    public static class AsyncHelper {
        private final ExecutorService executor;

        public AsyncHelper(ExecutorService executor) {
            this.executor = executor;
        }

        public void fireAndForget(String name, Runnable task) {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("异步任务 {} 失败: {}", name, e.getMessage());
                }
            });
        }
    }
}
