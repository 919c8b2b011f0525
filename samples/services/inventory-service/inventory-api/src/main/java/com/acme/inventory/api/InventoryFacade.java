package com.acme.inventory.api;

import com.acme.inventory.api.dto.DeductRequest;
import com.acme.inventory.api.dto.DeductResult;
import com.acme.inventory.api.dto.StockDTO;

import java.util.List;
import java.util.Map;

/**
 * 库存服务 Dubbo 接口。
 * 版本 1.0.0，分组 inventory。
 */
public interface InventoryFacade {

    /** 按订单扣减库存（同一订单号幂等） */
    DeductResult deduct(DeductRequest request);

    /** 释放订单占用的库存（取消订单时调用） */
    boolean release(String orderNo);

    /** 查询单个 SKU 的库存 */
    StockDTO queryStock(String skuCode);

    /** 批量查询可用库存：skuCode -> 可用数量 */
    Map<String, Integer> batchQuery(List<String> skuCodes);
}
