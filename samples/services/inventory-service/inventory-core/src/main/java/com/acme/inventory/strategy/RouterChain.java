package com.acme.inventory.strategy;

import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * 依次尝试所有路由策略（按 @Order 排序注入的 List）
 */
@Slf4j
@Component
public class RouterChain {

    private final List<WarehouseRouter> routers;
    private final WarehouseRouter fallback;

    public RouterChain(List<WarehouseRouter> routers,
                       @Qualifier("defaultWarehouseRouter") WarehouseRouter fallback) {
        this.routers = routers;
        this.fallback = fallback;
        log.info("已加载 {} 个仓库路由策略: {}", routers.size(), routers.stream().map(WarehouseRouter::name).toList());
    }

    public String route(String skuCode, String region) {
        for (WarehouseRouter r : routers) {
            Optional<String> wh = r.route(skuCode, region);
            if (wh.isPresent()) {
                log.debug("SKU {} 地区 {} 命中策略 {} -> {}", skuCode, region, r.name(), wh.get());
                return wh.get();
            }
        }
        return fallback.route(skuCode, region).orElseThrow();
    }
}
