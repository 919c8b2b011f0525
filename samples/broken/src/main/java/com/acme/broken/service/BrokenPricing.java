package com.acme.broken.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * 含语法错误的文件：用于测试解析器的错误恢复。
 * 错误 1（第 18 行）：if 条件缺少右括号。
 * 错误 2（第 28 行）：语句缺少分号。
 * 文件其余部分是合法的，解析器应能恢复并继续识别后面的方法。
 */
public class BrokenPricing {

    private static final BigDecimal VIP_RATE = new BigDecimal("0.95");

    public BigDecimal price(BigDecimal base, boolean vip) {
        // 下一行缺少右括号
        if (vip && base.signum() > 0 {
            return base.multiply(VIP_RATE);
        }
        return base;
    }

    public BigDecimal total(List<BigDecimal> prices) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal p : prices) {
            // 下一行缺少分号
            sum = sum.add(p)
        }
        return sum;
    }

    public String label(BigDecimal amount) {
        return amount.compareTo(new BigDecimal("1000")) >= 0 ? "大额订单" : "普通订单";
    }
}
