package com.acme.inventory.service.impl;

import com.acme.inventory.api.dto.DeductItem;
import com.acme.inventory.api.dto.DeductRequest;
import com.acme.inventory.api.dto.DeductResult;
import com.acme.inventory.api.dto.StockDTO;
import com.acme.inventory.config.InventoryProperties;
import com.acme.inventory.entity.StockEntity;
import com.acme.inventory.entity.StockLogEntity;
import com.acme.inventory.mapper.StockLogMapper;
import com.acme.inventory.repository.StockRepository;
import com.acme.inventory.service.StockService;
import com.acme.inventory.strategy.RouterChain;
import com.acme.inventory.support.StockCache;
import com.acme.inventory.support.TenantContext;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * 库存服务实现。
 * 扣减步骤：获取信号量许可 → 按 SKU 排序（避免死锁）→ 逐个条件更新 → 写流水 → 更新本地缓存。
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class StockServiceImpl implements StockService {

    /** 记录当前线程正在处理的订单号，便于日志排查 */
    private static final ThreadLocal<String> CURRENT_ORDER = new ThreadLocal<>();

    private final StockRepository stockRepository;
    private final StockLogMapper stockLogMapper;
    private final StockCache stockCache;
    private final RouterChain routerChain;
    private final Semaphore deductSemaphore;
    private final InventoryProperties properties;

    private final LongAdder deductCount = new LongAdder();
    private final LongAdder rejectCount = new LongAdder();

    @Override
    @Transactional(rollbackFor = Exception.class)
    public DeductResult deduct(DeductRequest request) {
        CURRENT_ORDER.set(request.getOrderNo());
        boolean acquired = false;
        try {
            acquired = deductSemaphore.tryAcquire(properties.getAcquireTimeoutMs(), TimeUnit.MILLISECONDS);
            if (!acquired) {
                rejectCount.increment();
                return DeductResult.builder().success(false).message("系统繁忙，请重试").build();
            }
            // 幂等：同一订单已扣减过直接返回成功
            if (stockLogMapper.countByOrderAndType(request.getOrderNo(), StockLogEntity.TYPE_DEDUCT) > 0) {
                log.info("订单 {} 已扣减，幂等返回", request.getOrderNo());
                return DeductResult.ok();
            }
            List<DeductItem> items = new ArrayList<>(request.getItems());
            items.sort(Comparator.comparing(DeductItem::getSkuCode));
            DeductResult.DeductResultBuilder failed = DeductResult.builder().success(false).message("库存不足");
            boolean anyFailed = false;
            for (DeductItem item : items) {
                String wh = request.getWarehouseCode() != null
                        ? request.getWarehouseCode()
                        : routerChain.route(item.getSkuCode(), null);
                int rows = stockRepository.tryLock(item.getSkuCode(), wh, item.getQuantity());
                if (rows == 0) {
                    failed.failedSku(item.getSkuCode());
                    anyFailed = true;
                    continue;
                }
                stockLogMapper.insert(StockLogEntity.builder()
                        .orderNo(request.getOrderNo())
                        .skuCode(item.getSkuCode())
                        .warehouseCode(wh)
                        .changeQty(-item.getQuantity())
                        .type(StockLogEntity.TYPE_DEDUCT)
                        .createdAt(LocalDateTime.now())
                        .build());
                stockCache.decrease(item.getSkuCode(), item.getQuantity());
            }
            if (anyFailed) {
                // 抛出异常让事务回滚已锁定的部分
                DeductResult r = failed.build();
                log.warn("订单 {} 扣减失败 SKU={} 租户={}", request.getOrderNo(), r.getFailedSkus(), TenantContext.tenant());
                throw new StockShortageException(r);
            }
            deductCount.increment();
            return DeductResult.ok();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeductResult.builder().success(false).message("扣减被中断").build();
        } finally {
            if (acquired) {
                deductSemaphore.release();
            }
            CURRENT_ORDER.remove();
        }
    }

    @Override
    @Transactional(rollbackFor = Exception.class)
    public boolean release(String orderNo) {
        List<StockLogEntity> logs = stockLogMapper.listByOrder(orderNo);
        if (logs.isEmpty() || stockLogMapper.countByOrderAndType(orderNo, StockLogEntity.TYPE_RELEASE) > 0) {
            return false;
        }
        for (StockLogEntity l : logs) {
            if (!StockLogEntity.TYPE_DEDUCT.equals(l.getType())) {
                continue;
            }
            int qty = -l.getChangeQty();
            stockRepository.unlock(l.getSkuCode(), l.getWarehouseCode(), qty);
            stockLogMapper.insert(StockLogEntity.builder()
                    .orderNo(orderNo)
                    .skuCode(l.getSkuCode())
                    .warehouseCode(l.getWarehouseCode())
                    .changeQty(qty)
                    .type(StockLogEntity.TYPE_RELEASE)
                    .createdAt(LocalDateTime.now())
                    .build());
        }
        log.info("订单 {} 释放库存 {} 条", orderNo, logs.size());
        return true;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void confirm(String orderNo) {
        LambdaQueryWrapper<StockLogEntity> q = new LambdaQueryWrapper<StockLogEntity>()
                .eq(StockLogEntity::getOrderNo, orderNo)
                .eq(StockLogEntity::getType, StockLogEntity.TYPE_CONFIRM);
        if (stockLogMapper.selectCount(q) > 0) {
            return;
        }
        StockLogEntity confirm = new StockLogEntity();
        confirm.setOrderNo(orderNo);
        confirm.setType(StockLogEntity.TYPE_CONFIRM);
        confirm.setChangeQty(0);
        confirm.setCreatedAt(LocalDateTime.now());
        stockLogMapper.insert(confirm);
    }

    @Override
    @Transactional(readOnly = true)
    public StockDTO query(String skuCode) {
        List<StockEntity> rows = stockRepository.findBySkuCodeIn(List.of(skuCode));
        if (rows.isEmpty()) {
            return null;
        }
        int total = 0, locked = 0;
        for (StockEntity s : rows) {
            total += s.getTotalQty();
            locked += s.getLockedQty();
        }
        StockEntity first = rows.get(0);
        return StockDTO.builder()
                .skuCode(skuCode)
                .skuName(first.getSkuName())
                .warehouseCode(rows.size() == 1 ? first.getWarehouseCode() : "多仓")
                .total(total)
                .locked(locked)
                .build();
    }

    @Override
    public Map<String, Integer> availableOf(List<String> skuCodes) {
        Map<String, Integer> result = new HashMap<>();
        List<String> misses = new ArrayList<>();
        for (String sku : skuCodes) {
            Integer cached = stockCache.get(sku);
            if (cached != null) {
                result.put(sku, cached);
            } else {
                misses.add(sku);
            }
        }
        if (!misses.isEmpty()) {
            for (StockEntity s : stockRepository.findBySkuCodeIn(misses)) {
                result.merge(s.getSkuCode(), s.available(), Integer::sum);
            }
        }
        return result;
    }

    @Override
    @Transactional(rollbackFor = Exception.class)
    public synchronized int adjust(String skuCode, String warehouseCode, int delta, String operator) {
        StockEntity s = stockRepository.findBySkuCodeAndWarehouseCode(skuCode, warehouseCode)
                .orElseThrow(() -> new IllegalArgumentException("库存记录不存在: " + skuCode + "@" + warehouseCode));
        int newTotal = s.getTotalQty() + delta;
        if (newTotal < s.getLockedQty()) {
            throw new IllegalStateException("调整后总库存不能小于已锁定数量 " + s.getLockedQty());
        }
        s.setTotalQty(newTotal);
        stockRepository.save(s);
        stockCache.put(skuCode, s.available());
        log.info("人工调整库存 sku={} wh={} delta={} 操作人={}", skuCode, warehouseCode, delta, operator);
        return newTotal;
    }

    public Map<String, Long> metrics() {
        return Map.of("deduct", deductCount.sum(), "reject", rejectCount.sum(),
                "permitsLeft", (long) deductSemaphore.availablePermits());
    }

    public static String currentOrder() {
        return CURRENT_ORDER.get();
    }

    /**
     * 库存不足异常，携带扣减结果；运行时异常以触发事务回滚
     */
    public static class StockShortageException extends RuntimeException {
        private final DeductResult result;

        public StockShortageException(DeductResult result) {
            super("库存不足: " + result.getFailedSkus());
            this.result = result;
        }

        public DeductResult getResult() {
            return result;
        }
    }
}
