package com.acme.order.pricing;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 报价服务：目录价 × 数量，再按折扣策略减免（纯 Java 逻辑，无外部依赖）
 */
@Service
@RequiredArgsConstructor
public class PricingService {

    private static final Map<String, Long> CATALOG = new TreeMap<>();

    static {
        CATALOG.put("SKU-APPLE", 350L);
        CATALOG.put("SKU-PEAR", 420L);
        CATALOG.put("SKU-MELON", 1299L);
    }

    private final DiscountPolicy discountPolicy;

    public Quote quote(String sku, int quantity, String coupon) {
        Long unit = CATALOG.get(sku);
        if (unit == null) {
            throw new IllegalArgumentException("未知商品: " + sku);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("数量必须为正数: " + quantity);
        }
        int percent = discountPolicy.percentFor(quantity, coupon);
        long gross = unit * quantity;
        long discount = gross * percent / 100;
        List<String> rules = new ArrayList<>();
        if (discountPolicy.isBulk(quantity)) {
            rules.add("bulk");
        }
        if (percent > 0) {
            rules.add("discount " + percent + "%");
        }
        Quote quote = new Quote();
        quote.setSku(sku);
        quote.setQuantity(quantity);
        quote.setUnitPriceCents(unit);
        quote.setTotalCents(gross - discount);
        quote.setCurrency("CNY");
        quote.setRules(rules);
        return quote;
    }
}
