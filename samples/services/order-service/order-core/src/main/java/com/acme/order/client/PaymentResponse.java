package com.acme.order.client;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * 支付服务响应
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class PaymentResponse {
    public static final String SUCCESS = "SUCCESS";
    public static final String PENDING = "PENDING";
    public static final String FAILED = "FAILED";

    private String orderNo;
    private String status;
    private String payUrl;
    private String message;

    public static PaymentResponse pending(String orderNo, String message) {
        return new PaymentResponse(orderNo, PENDING, null, message);
    }

    public boolean isSuccess() {
        return SUCCESS.equals(status);
    }
}
