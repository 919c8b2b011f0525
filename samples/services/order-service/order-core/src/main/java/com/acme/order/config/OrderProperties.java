package com.acme.order.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * 订单相关配置，前缀 order.*
 */
@Data
@ConfigurationProperties(prefix = "order")
public class OrderProperties {

    /** 未支付订单自动取消时间 */
    private Duration payTimeout = Duration.ofMinutes(30);

    /** 单笔订单最大商品种类数 */
    private int maxItems = 50;

    /** 免运费门槛 */
    private BigDecimal freeShippingThreshold = new BigDecimal("99.00");

    /** 禁止下单的地区（省份名称） */
    private List<String> blockedRegions = new ArrayList<>();

    private final Executor executor = new Executor();

    @Data
    public static class Executor {
        private int coreSize = 8;
        private int maxSize = 32;
        private int queueCapacity = 1000;
        private long keepAliveSeconds = 60;
    }
}
