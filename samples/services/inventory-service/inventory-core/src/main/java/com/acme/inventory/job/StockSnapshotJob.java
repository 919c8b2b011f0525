package com.acme.inventory.job;

import com.acme.inventory.config.InventoryProperties;
import com.acme.inventory.entity.StockEntity;
import com.acme.inventory.repository.StockRepository;
import com.acme.inventory.support.StockCache;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * 周期性地把数据库库存刷新到本地缓存，并检查低库存
 */
@Slf4j
@Component
public class StockSnapshotJob {

    private final StockRepository stockRepository;
    private final StockCache stockCache;
    private final InventoryProperties properties;
    private final ScheduledExecutorService scheduler;

    private ScheduledFuture<?> refreshTask;
    private ScheduledFuture<?> alertTask;

    public StockSnapshotJob(StockRepository stockRepository,
                            StockCache stockCache,
                            InventoryProperties properties,
                            @Qualifier("inventoryScheduler") ScheduledExecutorService scheduler) {
        this.stockRepository = stockRepository;
        this.stockCache = stockCache;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @PostConstruct
    public void start() {
        int interval = properties.getSnapshotIntervalSeconds();
        refreshTask = scheduler.scheduleWithFixedDelay(this::refresh, 0, interval, TimeUnit.SECONDS);
        alertTask = scheduler.scheduleAtFixedRate(this::checkLowStock, 60, 600, TimeUnit.SECONDS);
        log.info("库存快照任务已启动，周期 {} 秒", interval);
    }

    @PreDestroy
    public void stop() {
        if (refreshTask != null) {
            refreshTask.cancel(false);
        }
        if (alertTask != null) {
            alertTask.cancel(true);
        }
        log.info("库存快照任务已停止，最后缓存版本 {}", stockCache.version());
    }

    void refresh() {
        try {
            Map<String, Integer> snapshot = new HashMap<>();
            for (StockEntity s : stockRepository.findAll()) {
                snapshot.merge(s.getSkuCode(), s.available(), Integer::sum);
            }
            stockCache.replaceAll(snapshot);
            log.debug("库存缓存已刷新，共 {} 个 SKU", snapshot.size());
        } catch (RuntimeException e) {
            // 吞掉异常，否则 ScheduledExecutorService 会停止后续调度
            log.error("刷新库存缓存失败", e);
        }
    }

    void checkLowStock() {
        List<StockEntity> low = stockRepository.findLowStock(properties.getLowStockThreshold());
        for (StockEntity s : low) {
            log.warn("低库存告警：{}（{}）仓库 {} 可用 {}", s.getSkuName(), s.getSkuCode(), s.getWarehouseCode(), s.available());
        }
    }
}
