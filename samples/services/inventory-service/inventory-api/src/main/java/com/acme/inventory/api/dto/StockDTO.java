package com.acme.inventory.api.dto;

import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.io.Serializable;

/**
 * 库存视图
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class StockDTO implements Serializable {
    private static final long serialVersionUID = 1L;

    private String skuCode;
    private String skuName;
    private String warehouseCode;
    /** 总库存 */
    private int total;
    /** 已锁定 */
    private int locked;

    public int available() {
        return total - locked;
    }
}
