package com.acme.order.api;

import com.acme.order.api.dto.CreateOrderRequest;
import com.acme.order.api.dto.OrderDTO;
import com.acme.order.api.dto.PageResult;
import com.acme.order.api.dto.Result;

import java.util.List;

/**
 * 订单服务对外暴露的 Dubbo 接口。
 * <p>调用方：网关聚合服务、客服系统。</p>
 */
public interface OrderFacade {

    /** 创建订单，返回订单号 */
    Result<String> createOrder(CreateOrderRequest request);

    /** 按订单号查询，不存在时 data 为 null */
    Result<OrderDTO> getOrder(String orderNo);

    /** 分页查询某个用户的订单 */
    Result<PageResult<OrderDTO>> listByUser(Long userId, int pageNo, int pageSize);

    /** 批量取消，返回成功取消的订单号 */
    Result<List<String>> cancelOrders(List<String> orderNos, String reason);
}
