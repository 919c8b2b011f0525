package com.acme.inventory.strategy;

import com.acme.inventory.config.InventoryProperties;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * 兜底策略：总是返回默认仓。单独注入 WarehouseRouter 时使用它（@Primary）
 */
@Primary
@Component("defaultWarehouseRouter")
@Order(100)
public class DefaultWarehouseRouter implements WarehouseRouter {

    private final String defaultWarehouse;

    public DefaultWarehouseRouter(InventoryProperties properties) {
        this.defaultWarehouse = properties.getDefaultWarehouse();
    }

    @Override
    public String name() {
        return "默认仓";
    }

    @Override
    public Optional<String> route(String skuCode, String region) {
        return Optional.of(defaultWarehouse);
    }
}
