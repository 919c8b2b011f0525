package com.acme.order.service;

import com.acme.order.api.dto.CreateOrderRequest;
import com.acme.order.api.dto.OrderDTO;
import com.acme.order.api.dto.PageResult;

import java.util.List;
import java.util.Optional;

/**
 * 订单领域服务
 */
public interface OrderService {

    String create(CreateOrderRequest request, String clientIp);

    Optional<OrderDTO> find(String orderNo);

    PageResult<OrderDTO> listByUser(Long userId, int pageNo, int pageSize);

    boolean cancel(String orderNo, String reason);

    List<String> cancelBatch(List<String> orderNos, String reason);

    void markPaid(String orderNo);
}
