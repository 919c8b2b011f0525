package com.acme.order.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * 支付服务的 Feign 客户端（HTTP）
 */
@FeignClient(name = "payment-service", url = "${payment.service.url:}", path = "/api/v1/payments",
        fallback = PaymentClientFallback.class)
public interface PaymentClient {

    @PostMapping("/prepay")
    PaymentResponse prepay(@RequestHeader("X-Request-Id") String requestId, @RequestBody PaymentRequest request);

    @GetMapping("/{orderNo}/status")
    PaymentResponse queryStatus(@PathVariable("orderNo") String orderNo);

    @PostMapping("/{orderNo}/refund")
    PaymentResponse refund(@PathVariable("orderNo") String orderNo, @RequestBody PaymentRequest request);
}
