package com.acme.order.pricing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 折扣策略：批量折扣 + VIP 优惠券，总折扣不超过 30%
 */
@Component
public class DiscountPolicy {

    @Value("${order.quote.bulk-threshold:10}")
    private int bulkThreshold;

    @Value("${order.quote.bulk-percent:5}")
    private int bulkPercent;

    public int percentFor(int quantity, String coupon) {
        int percent = quantity >= bulkThreshold ? bulkPercent : 0;
        if (coupon != null && coupon.startsWith("VIP")) {
            percent += 10;
        }
        return Math.min(percent, 30);
    }

    public boolean isBulk(int quantity) {
        return quantity >= bulkThreshold;
    }
}
