package com.acme.inventory.api.dto;

import lombok.Data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * 扣减请求
 */
@Data
public class DeductRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private String orderNo;
    /** 仓库编码，为空时由路由策略决定 */
    private String warehouseCode;
    private List<DeductItem> items = new ArrayList<>();
}
