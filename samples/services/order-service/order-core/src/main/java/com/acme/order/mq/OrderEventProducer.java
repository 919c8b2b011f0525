package com.acme.order.mq;

import com.acme.order.domain.OrderEntity;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.client.producer.SendCallback;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * 订单事件生产者：RocketMQ 发送订单创建/取消事件，Kafka 发送埋点数据
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class OrderEventProducer {

    /** 库存服务消费此 Topic 以确认扣减 */
    public static final String TOPIC_ORDER_CREATED = "order-created-topic";
    public static final String TOPIC_ORDER_CANCELLED = "order-cancelled-topic";
    /** 大数据埋点 */
    public static final String KAFKA_TOPIC_TRACK = "order.track.events";

    private final RocketMQTemplate rocketMQTemplate;
    private final KafkaTemplate<String, String> kafkaTemplate;

    public void sendOrderCreated(OrderEntity order) {
        String payload = String.format("{\"orderNo\":\"%s\",\"userId\":%d,\"amount\":\"%s\"}",
                order.getOrderNo(), order.getUserId(), order.getPayAmount());
        rocketMQTemplate.asyncSend(TOPIC_ORDER_CREATED + ":CREATED",
                MessageBuilder.withPayload(payload).setHeader("KEYS", order.getOrderNo()).build(),
                new SendCallback() {
                    @Override
                    public void onSuccess(SendResult sendResult) {
                        log.info("订单创建消息发送成功 orderNo={} msgId={}", order.getOrderNo(), sendResult.getMsgId());
                    }

                    @Override
                    public void onException(Throwable e) {
                        log.error("订单创建消息发送失败 orderNo={}", order.getOrderNo(), e);
                    }
                });
        kafkaTemplate.send(KAFKA_TOPIC_TRACK, order.getOrderNo(), "created:" + order.getOrderNo());
    }

    public void sendOrderCancelled(String orderNo, String reason) {
        rocketMQTemplate.syncSend(TOPIC_ORDER_CANCELLED, "{\"orderNo\":\"" + orderNo + "\",\"reason\":\"" + reason + "\"}");
        kafkaTemplate.send(KAFKA_TOPIC_TRACK, orderNo, "cancelled:" + orderNo);
    }
}
