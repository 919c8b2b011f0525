package com.acme.inventory.facade;

import com.acme.inventory.api.InventoryFacade;
import com.acme.inventory.api.dto.DeductRequest;
import com.acme.inventory.api.dto.DeductResult;
import com.acme.inventory.api.dto.StockDTO;
import com.acme.inventory.service.StockService;
import com.acme.inventory.service.impl.StockServiceImpl;
import com.acme.inventory.support.TenantContext;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.rpc.RpcContext;

import java.util.List;
import java.util.Map;

/**
 * 库存 Dubbo 服务提供者（order-service 通过 @DubboReference 调用）
 */
@Slf4j
@DubboService(version = "1.0.0", group = "inventory", timeout = 3000, retries = 0)
@RequiredArgsConstructor
public class InventoryFacadeImpl implements InventoryFacade {

    private final StockService stockService;

    @Override
    public DeductResult deduct(DeductRequest request) {
        String tenant = RpcContext.getServerAttachment().getAttachment("tenant");
        String traceId = RpcContext.getServerAttachment().getAttachment("traceId");
        TenantContext.set(tenant, traceId == null ? "无" : traceId);
        try {
            return stockService.deduct(request);
        } catch (StockServiceImpl.StockShortageException e) {
            return e.getResult();
        } finally {
            TenantContext.clear();
        }
    }

    @Override
    public boolean release(String orderNo) {
        return stockService.release(orderNo);
    }

    @Override
    public StockDTO queryStock(String skuCode) {
        return stockService.query(skuCode);
    }

    @Override
    public Map<String, Integer> batchQuery(List<String> skuCodes) {
        if (skuCodes == null || skuCodes.isEmpty()) {
            return Map.of();
        }
        if (skuCodes.size() > 500) {
            throw new IllegalArgumentException("批量查询最多 500 个 SKU，实际 " + skuCodes.size());
        }
        return stockService.availableOf(skuCodes);
    }
}
