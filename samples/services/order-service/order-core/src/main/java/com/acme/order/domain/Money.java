package com.acme.order.domain;

import lombok.Value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 金额值对象（不可变），单位：元，保留两位小数
 */
@Value
public class Money implements Comparable<Money> {
    public static final Money ZERO = Money.of("0");

    BigDecimal amount;
    String currency;

    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan).setScale(2, RoundingMode.HALF_UP), "CNY");
    }

    public static Money of(BigDecimal yuan) {
        return new Money(yuan.setScale(2, RoundingMode.HALF_UP), "CNY");
    }

    public Money add(Money other) {
        checkCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money subtract(Money other) {
        checkCurrency(other);
        BigDecimal r = amount.subtract(other.amount);
        // 金额不能为负，优惠超过总价时按 0 计
        return new Money(r.signum() < 0 ? BigDecimal.ZERO.setScale(2) : r, currency);
    }

    public Money multiply(int times) {
        return new Money(amount.multiply(BigDecimal.valueOf(times)), currency);
    }

    /** 分为单位，用于支付渠道 */
    public long toCents() {
        return amount.movePointRight(2).longValueExact();
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    private void checkCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("币种不一致: " + currency + " vs " + other.currency);
        }
    }
}
