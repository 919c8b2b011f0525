package com.acme.broken.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 优惠券（正常文件）
 */
public final class Coupon {
    private final String code;
    private final BigDecimal threshold;
    private final BigDecimal discount;

    public Coupon(String code, BigDecimal threshold, BigDecimal discount) {
        this.code = Objects.requireNonNull(code, "券码不能为空");
        this.threshold = threshold;
        this.discount = discount;
    }

    public String getCode() {
        return code;
    }

    public boolean applicable(BigDecimal amount) {
        return amount.compareTo(threshold) >= 0;
    }

    public BigDecimal apply(BigDecimal amount) {
        return applicable(amount) ? amount.subtract(discount).max(BigDecimal.ZERO) : amount;
    }

    @Override
    public String toString() {
        return "满" + threshold + "减" + discount + "(" + code + ")";
    }
}
