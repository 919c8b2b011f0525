package com.acme.order.service;

import com.acme.order.mapper.OrderMapper;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 统计服务：并发汇总多个用户的订单数
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class OrderStatsService {

    private final OrderMapper orderMapper;
    @Qualifier("notifyExecutor")
    private final ExecutorService notifyExecutor;

    private volatile Map<Long, Long> lastSnapshot = new TreeMap<>();

    /**
     * 使用 CountDownLatch 等待所有子任务完成，最多等待 5 秒
     */
    public Map<Long, Long> countByUsers(List<Long> userIds) throws InterruptedException {
        Map<Long, Long> result = new java.util.concurrent.ConcurrentSkipListMap<>();
        CountDownLatch latch = new CountDownLatch(userIds.size());
        AtomicLong errors = new AtomicLong();
        for (Long uid : userIds) {
            notifyExecutor.submit(() -> {
                try {
                    result.put(uid, orderMapper.countByUser(uid));
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    log.warn("统计用户 {} 失败", uid, e);
                } finally {
                    latch.countDown();
                }
            });
        }
        boolean finished = latch.await(5, TimeUnit.SECONDS);
        if (!finished) {
            log.warn("统计超时，剩余 {} 个任务未完成", latch.getCount());
        }
        if (errors.get() > 0) {
            log.warn("统计过程中出现 {} 个错误", errors.get());
        }
        lastSnapshot = new TreeMap<>(result);
        return lastSnapshot;
    }

    @Async("orderExecutor")
    public CompletableFuture<String> exportReport(Long userId) {
        long count = orderMapper.countByUser(userId);
        String report = "用户 " + userId + " 共有订单 " + count + " 笔";
        log.info("报表生成完成: {}", report);
        return CompletableFuture.completedFuture(report);
    }

    public Map<Long, Long> getLastSnapshot() {
        return lastSnapshot;
    }
}
