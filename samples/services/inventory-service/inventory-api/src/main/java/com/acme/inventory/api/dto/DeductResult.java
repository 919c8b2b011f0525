package com.acme.inventory.api.dto;

import lombok.Builder;
import lombok.Data;
import lombok.Singular;

import java.io.Serializable;
import java.util.List;

/**
 * 扣减结果
 */
@Data
@Builder
public class DeductResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private boolean success;
    private String message;
    /** 库存不足的 SKU */
    @Singular
    private List<String> failedSkus;

    public static DeductResult ok() {
        return DeductResult.builder().success(true).message("扣减成功").build();
    }
}
