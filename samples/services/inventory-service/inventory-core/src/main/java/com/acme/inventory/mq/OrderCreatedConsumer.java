package com.acme.inventory.mq;

import com.acme.inventory.service.StockService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.spring.annotation.ConsumeMode;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 消费订单服务发出的“订单已创建”消息，确认库存扣减
 */
@Slf4j
@Component
@RequiredArgsConstructor
@RocketMQMessageListener(topic = "order-created-topic", selectorExpression = "CREATED",
        consumerGroup = "inventory-order-created-group", consumeMode = ConsumeMode.CONCURRENTLY, maxReconsumeTimes = 5)
public class OrderCreatedConsumer implements RocketMQListener<String> {

    private static final Pattern ORDER_NO = Pattern.compile("\"orderNo\"\\s*:\\s*\"([^\"]+)\"");

    private final StockService stockService;

    @Override
    public void onMessage(String message) {
        Matcher m = ORDER_NO.matcher(message);
        if (!m.find()) {
            log.error("无法解析订单消息，丢弃: {}", message);
            return;
        }
        String orderNo = m.group(1);
        try {
            stockService.confirm(orderNo);
            log.info("订单 {} 库存确认完成", orderNo);
        } catch (RuntimeException e) {
            // 抛出异常触发 RocketMQ 重试
            log.warn("订单 {} 库存确认失败，等待重试", orderNo, e);
            throw e;
        }
    }
}
