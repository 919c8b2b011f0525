package com.acme.order.web;

import com.acme.order.api.dto.Result;
import com.acme.order.pricing.PricingService;
import com.acme.order.pricing.Quote;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 报价接口：GET /api/v1/quotes/{sku}?qty=&coupon=
 */
@RestController
@RequestMapping("/api/v1/quotes")
@RequiredArgsConstructor
public class QuoteController {

    private final PricingService pricingService;

    @GetMapping("/{sku}")
    public Result<Quote> quote(@PathVariable("sku") String sku,
                               @RequestParam(value = "qty", defaultValue = "1") int qty,
                               @RequestParam(value = "coupon", required = false) String coupon) {
        return Result.ok(pricingService.quote(sku, qty, coupon));
    }
}
