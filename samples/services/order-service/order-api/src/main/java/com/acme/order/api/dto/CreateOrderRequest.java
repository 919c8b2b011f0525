package com.acme.order.api.dto;

import lombok.Data;

import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/**
 * 下单请求
 */
@Data
public class CreateOrderRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "用户ID不能为空")
    private Long userId;

    @NotBlank(message = "收货地址不能为空")
    private String address;

    /** 幂等键，由前端生成 */
    private String requestId;

    @Valid
    @NotEmpty(message = "商品明细不能为空")
    private List<OrderItemDTO> items;

    /** 优惠券编码，可为空 */
    private String couponCode;
}
