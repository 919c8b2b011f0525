package com.acme.order.api.enums;

import java.util.Arrays;

/**
 * 订单状态，code 持久化到数据库
 */
public enum OrderStatus {
    CREATED(10, "待支付"),
    PAID(20, "已支付"),
    SHIPPED(30, "已发货"),
    FINISHED(40, "已完成"),
    CANCELLED(90, "已取消");

    private final int code;
    private final String desc;

    OrderStatus(int code, String desc) {
        this.code = code;
        this.desc = desc;
    }

    public int getCode() {
        return code;
    }

    public String getDesc() {
        return desc;
    }

    public boolean canCancel() {
        return this == CREATED || this == PAID;
    }

    public static OrderStatus of(int code) {
        return Arrays.stream(values())
                .filter(s -> s.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("未知订单状态: " + code));
    }
}
