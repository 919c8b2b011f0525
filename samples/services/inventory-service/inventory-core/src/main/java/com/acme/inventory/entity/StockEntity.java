package com.acme.inventory.entity;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Version;
import java.time.LocalDateTime;

/**
 * 库存表（JPA 实体）
 */
@Entity
@Table(name = "t_stock", indexes = {@Index(name = "uk_sku_wh", columnList = "sku_code,warehouse_code", unique = true)})
@Getter
@Setter
@NoArgsConstructor
@ToString
public class StockEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sku_code", nullable = false, length = 64)
    private String skuCode;

    @Column(name = "sku_name", length = 128)
    private String skuName;

    @Column(name = "warehouse_code", nullable = false, length = 32)
    private String warehouseCode;

    /** 总库存 */
    @Column(name = "total_qty", nullable = false)
    private Integer totalQty;

    /** 已锁定（已下单未出库） */
    @Column(name = "locked_qty", nullable = false)
    private Integer lockedQty;

    @Version
    private Long version;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = LocalDateTime.now();
    }

    public int available() {
        return totalQty - lockedQty;
    }
}
