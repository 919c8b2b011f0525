package com.acme.inventory.mq;

import com.acme.inventory.service.StockService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * 监听 Kafka 埋点主题中的取消事件（兜底：Dubbo 释放调用失败时补偿）
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class OrderCancelledListener {

    private final StockService stockService;

    @KafkaListener(topics = "order.track.events", groupId = "inventory-track-group", concurrency = "3")
    public void onTrackEvent(ConsumerRecord<String, String> record, Acknowledgment ack) {
        String value = record.value();
        if (value != null && value.startsWith("cancelled:")) {
            String orderNo = value.substring("cancelled:".length());
            boolean released = stockService.release(orderNo);
            log.info("补偿释放 orderNo={} released={} partition={} offset={}", orderNo, released, record.partition(), record.offset());
        }
        ack.acknowledge();
    }
}
