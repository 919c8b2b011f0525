package com.acme.order.api.dto;

import com.acme.order.api.enums.OrderStatus;
import lombok.Data;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 订单视图对象
 */
@Data
public class OrderDTO implements Serializable {
    private static final long serialVersionUID = 2L;

    private String orderNo;
    private Long userId;
    private OrderStatus status;
    private BigDecimal totalAmount;
    private BigDecimal payAmount;
    private String address;
    private LocalDateTime createdAt;
    private List<OrderItemDTO> items = new ArrayList<>();
}
