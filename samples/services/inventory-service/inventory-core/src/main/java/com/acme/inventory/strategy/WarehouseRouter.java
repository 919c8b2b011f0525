package com.acme.inventory.strategy;

import java.util.Optional;

/**
 * 仓库路由策略：根据 SKU 与收货地区选择发货仓
 */
public interface WarehouseRouter {

    /** 策略名称，用于日志 */
    String name();

    /** 无法决定时返回 empty，交给下一个策略 */
    Optional<String> route(String skuCode, String region);
}
