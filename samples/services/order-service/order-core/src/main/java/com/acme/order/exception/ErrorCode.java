package com.acme.order.exception;

/**
 * 订单服务错误码
 */
public enum ErrorCode {
    PARAM_INVALID(40001, "参数错误"),
    ORDER_NOT_FOUND(40401, "订单不存在"),
    STOCK_NOT_ENOUGH(40901, "库存不足"),
    DUPLICATE_REQUEST(40902, "重复提交"),
    STATUS_CONFLICT(40903, "订单状态已变更"),
    RATE_LIMITED(42901, "操作太频繁，请稍后再试"),
    CREATE_DISABLED(50301, "下单功能暂时关闭"),
    PAYMENT_FAILED(50201, "支付失败"),
    SYSTEM_ERROR(50000, "系统繁忙");

    private final int code;
    private final String message;

    ErrorCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }
}
