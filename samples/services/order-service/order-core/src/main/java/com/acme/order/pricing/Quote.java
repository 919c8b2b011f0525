package com.acme.order.pricing;

import lombok.Data;

import java.util.List;

/**
 * 报价结果（金额单位：分）
 */
@Data
public class Quote {
    private String sku;
    private int quantity;
    private long unitPriceCents;
    private long totalCents;
    private String currency;
    private List<String> rules;
}
