package com.acme.order.facade;

import com.acme.order.api.OrderFacade;
import com.acme.order.api.dto.CreateOrderRequest;
import com.acme.order.api.dto.OrderDTO;
import com.acme.order.api.dto.PageResult;
import com.acme.order.api.dto.Result;
import com.acme.order.exception.OrderException;
import com.acme.order.service.OrderService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.rpc.RpcContext;

import java.util.List;

/**
 * Dubbo 服务提供者
 */
@Slf4j
@DubboService(version = "1.0.0", group = "order", timeout = 5000)
@RequiredArgsConstructor
public class OrderFacadeImpl implements OrderFacade {

    private final OrderService orderService;

    @Override
    public Result<String> createOrder(CreateOrderRequest request) {
        String caller = RpcContext.getServerAttachment().getAttachment("caller");
        String ip = RpcContext.getServerAttachment().getRemoteHost();
        log.info("Dubbo 下单调用 caller={} ip={}", caller, ip);
        try {
            return Result.ok(orderService.create(request, ip));
        } catch (OrderException e) {
            return Result.fail(e.getErrorCode().code(), e.getMessage());
        }
    }

    @Override
    public Result<OrderDTO> getOrder(String orderNo) {
        return Result.ok(orderService.find(orderNo).orElse(null));
    }

    @Override
    public Result<PageResult<OrderDTO>> listByUser(Long userId, int pageNo, int pageSize) {
        return Result.ok(orderService.listByUser(userId, pageNo, pageSize));
    }

    @Override
    public Result<List<String>> cancelOrders(List<String> orderNos, String reason) {
        return Result.ok(orderService.cancelBatch(orderNos, reason));
    }
}
