package com.acme.order.service;

import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 订单号生成器：yyyyMMddHHmmss + 机器号 + 自增序列
 */
@Component
public class OrderNoGenerator {

    private static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final AtomicLong sequence = new AtomicLong();
    private final int workerId;
    private String lastSecond = "";
    private int sameSecondCount;

    public OrderNoGenerator() {
        this.workerId = Math.abs(System.getenv().getOrDefault("HOSTNAME", "local").hashCode()) % 100;
    }

    /**
     * synchronized 保证同一秒内计数正确
     */
    public synchronized String next() {
        String now = LocalDateTime.now().format(FMT);
        if (now.equals(lastSecond)) {
            sameSecondCount++;
        } else {
            lastSecond = now;
            sameSecondCount = 0;
        }
        long seq = sequence.incrementAndGet() % 100000;
        return String.format("%s%02d%05d", now, workerId, seq);
    }

    public synchronized int countInCurrentSecond() {
        return sameSecondCount;
    }

    public long issued() {
        return sequence.get();
    }
}
