package com.acme.order.api.dto;

import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

import javax.validation.constraints.Min;
import javax.validation.constraints.NotBlank;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * 订单明细
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OrderItemDTO implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    private String skuCode;
    private String skuName;
    @Min(value = 1, message = "购买数量至少为 1")
    private int quantity;
    private BigDecimal unitPrice;
}
