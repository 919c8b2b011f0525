package com.acme.broken.service;

import com.acme.broken.model.Coupon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 选择最优优惠券（正常文件）
 */
public class CouponService {
    private final List<Coupon> coupons = new ArrayList<>();

    public void register(Coupon coupon) {
        coupons.add(coupon);
    }

    public Optional<Coupon> best(BigDecimal amount) {
        return coupons.stream()
                .filter(c -> c.applicable(amount))
                .min(Comparator.comparing(c -> c.apply(amount)));
    }

    public static void main(String[] args) {
        CouponService s = new CouponService();
        s.register(new Coupon("A100", new BigDecimal("100"), new BigDecimal("10")));
        s.register(new Coupon("A300", new BigDecimal("300"), new BigDecimal("50")));
        System.out.println(s.best(new BigDecimal("350")).map(Coupon::toString).orElse("无可用优惠券"));
    }
}
