package com.acme.inventory.config;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 库存配置，前缀 inventory.*
 */
@Getter
@Setter
@ConfigurationProperties(prefix = "inventory")
public class InventoryProperties {

    /** 同时允许的扣减并发数（信号量许可数） */
    private int maxConcurrentDeduct = 64;

    /** 获取许可的最长等待毫秒数 */
    private long acquireTimeoutMs = 200;

    /** 快照任务周期（秒） */
    private int snapshotIntervalSeconds = 300;

    /** 低库存告警阈值 */
    private int lowStockThreshold = 10;

    /** 省份 -> 默认仓库 */
    private Map<String, String> regionWarehouse = new LinkedHashMap<>();

    /** 默认仓库 */
    private String defaultWarehouse = "WH-SH-01";
}
