package com.acme.order.web;

import com.acme.order.api.dto.CreateOrderRequest;
import com.acme.order.api.dto.OrderDTO;
import com.acme.order.api.dto.PageResult;
import com.acme.order.api.dto.Result;
import com.acme.order.exception.ErrorCode;
import com.acme.order.exception.OrderException;
import com.acme.order.service.OrderService;
import com.acme.order.service.OrderStatsService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.servlet.http.HttpServletRequest;
import javax.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * 订单 REST 接口
 */
@Slf4j
@Validated
@RestController
@RequestMapping("/api/v1/orders")
@RequiredArgsConstructor
public class OrderController {

    private final OrderService orderService;
    private final OrderStatsService statsService;

    @PostMapping
    public Result<String> create(@Valid @RequestBody CreateOrderRequest request,
                                 @RequestHeader(value = "X-Forwarded-For", required = false) String forwardedFor,
                                 HttpServletRequest servletRequest) {
        String ip = forwardedFor != null ? forwardedFor.split(",")[0].trim() : servletRequest.getRemoteAddr();
        return Result.ok(orderService.create(request, ip));
    }

    @GetMapping("/{orderNo}")
    public ResponseEntity<Result<OrderDTO>> get(@PathVariable("orderNo") String orderNo) {
        return orderService.find(orderNo)
                .map(o -> ResponseEntity.ok(Result.ok(o)))
                .orElseGet(() -> ResponseEntity.status(404).body(Result.fail(ErrorCode.ORDER_NOT_FOUND.code(), "订单不存在: " + orderNo)));
    }

    @GetMapping
    public Result<PageResult<OrderDTO>> list(@RequestParam("userId") Long userId,
                                             @RequestParam(value = "pageNo", defaultValue = "1") int pageNo,
                                             @RequestParam(value = "pageSize", defaultValue = "20") int pageSize) {
        return Result.ok(orderService.listByUser(userId, pageNo, pageSize));
    }

    @PostMapping("/{orderNo}/cancel")
    public Result<Boolean> cancel(@PathVariable String orderNo,
                                  @RequestParam(value = "reason", required = false, defaultValue = "用户主动取消") String reason) {
        return Result.ok(orderService.cancel(orderNo, reason));
    }

    @DeleteMapping("/batch")
    public Result<List<String>> cancelBatch(@RequestBody List<String> orderNos) {
        if (orderNos.size() > 200) {
            throw new OrderException(ErrorCode.PARAM_INVALID, "单次最多取消 200 个订单");
        }
        return Result.ok(orderService.cancelBatch(orderNos, "运营批量取消"));
    }

    @PostMapping("/{orderNo}/paid")
    public Result<Void> paidCallback(@PathVariable String orderNo, @RequestBody Map<String, String> payload) {
        log.info("支付回调 orderNo={} payload={}", orderNo, payload);
        if (!"SUCCESS".equals(payload.get("status"))) {
            return Result.fail(ErrorCode.PAYMENT_FAILED.code(), "支付状态异常: " + payload.get("status"));
        }
        orderService.markPaid(orderNo);
        return Result.ok(null);
    }

    @GetMapping("/stats")
    public Result<Map<Long, Long>> stats(@RequestParam("userIds") List<Long> userIds) throws InterruptedException {
        return Result.ok(statsService.countByUsers(userIds));
    }
}
