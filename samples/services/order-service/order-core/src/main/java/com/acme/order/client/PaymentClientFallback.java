package com.acme.order.client;

import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/**
 * 支付服务降级：Sentinel 熔断后返回“处理中”，由对账任务兜底
 */
@Slf4j
@Component
public class PaymentClientFallback implements PaymentClient {

    @Override
    public PaymentResponse prepay(String requestId, PaymentRequest request) {
        log.warn("支付服务不可用，预支付降级 orderNo={}", request.getOrderNo());
        return PaymentResponse.pending(request.getOrderNo(), "支付服务繁忙，请稍后重试");
    }

    @Override
    public PaymentResponse queryStatus(String orderNo) {
        return PaymentResponse.pending(orderNo, "状态未知");
    }

    @Override
    public PaymentResponse refund(String orderNo, PaymentRequest request) {
        log.error("退款降级，需要人工处理 orderNo={}", orderNo);
        return PaymentResponse.pending(orderNo, "退款排队中");
    }
}
