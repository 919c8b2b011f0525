package com.acme.order.domain;

import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

import java.math.BigDecimal;

/**
 * 订单明细表 t_order_item
 */
@Getter
@Setter
@NoArgsConstructor
@ToString(exclude = "snapshotJson")
@EqualsAndHashCode(of = {"orderNo", "skuCode"})
public class OrderItemEntity {
    private Long id;
    private String orderNo;
    private String skuCode;
    private String skuName;
    private Integer quantity;
    private BigDecimal unitPrice;
    /** 下单时的商品快照，JSON 格式 */
    private String snapshotJson;

    public BigDecimal subtotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
