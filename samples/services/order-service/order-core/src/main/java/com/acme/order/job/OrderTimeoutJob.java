package com.acme.order.job;

import com.acme.order.config.OrderProperties;
import com.acme.order.mapper.OrderMapper;
import com.acme.order.service.OrderService;
import com.acme.order.service.impl.OrderServiceImpl;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 定时任务：取消超时未支付订单、重置限流计数
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class OrderTimeoutJob {

    private final OrderMapper orderMapper;
    private final OrderService orderService;
    private final OrderServiceImpl orderServiceImpl;
    private final OrderProperties properties;

    /** 防止上一次还没跑完又开始下一次 */
    private final AtomicBoolean running = new AtomicBoolean(false);

    @Scheduled(fixedDelay = 60_000, initialDelay = 30_000)
    public void cancelExpired() {
        if (!running.compareAndSet(false, true)) {
            log.warn("上一次超时取消任务仍在执行，跳过");
            return;
        }
        try {
            LocalDateTime deadline = LocalDateTime.now().minus(properties.getPayTimeout());
            List<String> expired = orderMapper.findExpiredUnpaid(deadline, 500);
            if (expired.isEmpty()) {
                return;
            }
            List<String> cancelled = orderService.cancelBatch(expired, "超时未支付自动取消");
            log.info("超时取消 扫描={} 成功={}", expired.size(), cancelled.size());
        } finally {
            running.set(false);
        }
    }

    @Scheduled(cron = "0 * * * * ?")
    public void resetRateLimit() {
        orderServiceImpl.resetRateCounters();
    }
}
