package com.acme.inventory.strategy;

import com.acme.inventory.config.InventoryProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * 按省份就近选仓
 */
@Component
@Order(1)
@RequiredArgsConstructor
public class RegionWarehouseRouter implements WarehouseRouter {

    private final InventoryProperties properties;

    @Override
    public String name() {
        return "就近仓";
    }

    @Override
    public Optional<String> route(String skuCode, String region) {
        if (region == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getRegionWarehouse().get(region));
    }
}
