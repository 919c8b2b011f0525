package com.acme.order.client;

import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * 预支付/退款请求
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class PaymentRequest {
    private String orderNo;
    private Long userId;
    /** 金额，单位：分 */
    private long amountCents;
    @Builder.Default
    private String channel = "ALIPAY";
    private String subject;
}
