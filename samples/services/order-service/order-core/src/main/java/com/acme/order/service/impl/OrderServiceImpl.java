package com.acme.order.service.impl;

import com.acme.inventory.api.InventoryFacade;
import com.acme.inventory.api.dto.DeductItem;
import com.acme.inventory.api.dto.DeductRequest;
import com.acme.inventory.api.dto.DeductResult;
import com.acme.order.api.dto.CreateOrderRequest;
import com.acme.order.api.dto.OrderDTO;
import com.acme.order.api.dto.OrderItemDTO;
import com.acme.order.api.dto.PageResult;
import com.acme.order.api.enums.OrderStatus;
import com.acme.order.client.PaymentClient;
import com.acme.order.client.PaymentRequest;
import com.acme.order.client.PaymentResponse;
import com.acme.order.client.UserCenterClient;
import com.acme.order.config.DynamicOrderConfig;
import com.acme.order.config.OrderProperties;
import com.acme.order.domain.Money;
import com.acme.order.domain.OrderEntity;
import com.acme.order.domain.OrderItemEntity;
import com.acme.order.exception.ErrorCode;
import com.acme.order.exception.OrderException;
import com.acme.order.mapper.OrderItemMapper;
import com.acme.order.mapper.OrderMapper;
import com.acme.order.mq.OrderEventProducer;
import com.acme.order.service.OrderNoGenerator;
import com.acme.order.service.OrderService;
import io.seata.spring.annotation.GlobalTransactional;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * 订单服务实现。
 * <p>下单流程：限流 → 幂等校验 → 并行查询用户/风控 → 扣库存（Dubbo） → 落库 → 预支付（Feign） → 发送消息。</p>
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class OrderServiceImpl implements OrderService {

    private final OrderMapper orderMapper;
    private final OrderItemMapper orderItemMapper;
    private final PaymentClient paymentClient;
    private final UserCenterClient userCenterClient;
    private final OrderEventProducer eventProducer;
    private final OrderNoGenerator orderNoGenerator;
    private final OrderProperties properties;
    private final DynamicOrderConfig dynamicConfig;
    @Qualifier("orderExecutor")
    private final ThreadPoolExecutor orderExecutor;

    @DubboReference(version = "1.0.0", group = "inventory", timeout = 3000, retries = 0, check = false)
    private InventoryFacade inventoryFacade;

    /** 用户维度的下单锁，防止同一用户并发下单造成重复扣减 */
    private final ConcurrentHashMap<Long, ReentrantLock> userLocks = new ConcurrentHashMap<>();

    /** 每个用户当前分钟的下单次数（简单的本地限流） */
    private final Map<Long, AtomicLong> minuteCounter = new ConcurrentHashMap<>();

    private final AtomicLong createdTotal = new AtomicLong();
    private final AtomicLong failedTotal = new AtomicLong();

    @Override
    @GlobalTransactional(name = "order-create", rollbackFor = Exception.class, timeoutMills = 60000)
    @Transactional(rollbackFor = Exception.class)
    public String create(CreateOrderRequest request, String clientIp) {
        if (!dynamicConfig.isCreateEnabled()) {
            throw new OrderException(ErrorCode.CREATE_DISABLED);
        }
        if (request.getItems().size() > properties.getMaxItems()) {
            throw new OrderException(ErrorCode.PARAM_INVALID, "商品种类超过上限 " + properties.getMaxItems());
        }
        checkRate(request.getUserId());

        ReentrantLock lock = userLocks.computeIfAbsent(request.getUserId(), k -> new ReentrantLock());
        boolean locked = false;
        try {
            locked = lock.tryLock(500, TimeUnit.MILLISECONDS);
            if (!locked) {
                throw new OrderException(ErrorCode.DUPLICATE_REQUEST, "同一用户正在下单");
            }
            if (request.getRequestId() != null) {
                OrderEntity existing = orderMapper.findByRequestId(request.getRequestId());
                if (existing != null) {
                    log.info("幂等命中 requestId={} orderNo={}", request.getRequestId(), existing.getOrderNo());
                    return existing.getOrderNo();
                }
            }
            return doCreate(request, clientIp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrderException(ErrorCode.SYSTEM_ERROR, "下单被中断", e);
        } catch (OrderException e) {
            failedTotal.incrementAndGet();
            throw e;
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private String doCreate(CreateOrderRequest request, String clientIp) {
        Money total = Money.ZERO;
        for (OrderItemDTO item : request.getItems()) {
            total = total.add(Money.of(item.getUnitPrice()).multiply(item.getQuantity()));
        }
        final long amountCents = total.toCents();

        // 并行：查询用户信息 + 风控校验
        CompletableFuture<UserCenterClient.UserInfo> userFuture =
                CompletableFuture.supplyAsync(() -> userCenterClient.getUser(request.getUserId()), orderExecutor);
        CompletableFuture<Boolean> riskFuture =
                CompletableFuture.supplyAsync(() -> userCenterClient.riskCheck(request.getUserId(), amountCents, clientIp), orderExecutor)
                        .completeOnTimeout(Boolean.TRUE, 800, TimeUnit.MILLISECONDS)
                        .exceptionally(ex -> {
                            log.warn("风控异常，默认放行: {}", ex.getMessage());
                            return Boolean.TRUE;
                        });
        CompletableFuture.allOf(userFuture, riskFuture).join();
        UserCenterClient.UserInfo user = userFuture.join();
        if (user != null && user.isFrozen()) {
            throw new OrderException(ErrorCode.PARAM_INVALID, "账号已冻结");
        }
        if (!riskFuture.join()) {
            throw new OrderException(ErrorCode.PARAM_INVALID, "风控拦截");
        }

        String orderNo = orderNoGenerator.next();
        DeductRequest deduct = new DeductRequest();
        deduct.setOrderNo(orderNo);
        deduct.setItems(request.getItems().stream()
                .map(i -> new DeductItem(i.getSkuCode(), i.getQuantity()))
                .collect(Collectors.toList()));
        DeductResult result = inventoryFacade.deduct(deduct);
        if (!result.isSuccess()) {
            throw new OrderException(ErrorCode.STOCK_NOT_ENOUGH, String.join(",", result.getFailedSkus()));
        }

        Money discount = couponDiscount(request.getCouponCode(), total);
        OrderEntity order = OrderEntity.builder()
                .orderNo(orderNo)
                .userId(request.getUserId())
                .status(OrderStatus.CREATED)
                .totalAmount(total.getAmount())
                .discountAmount(discount.getAmount())
                .payAmount(total.subtract(discount).getAmount())
                .address(request.getAddress())
                .requestId(request.getRequestId())
                .build();
        orderMapper.insert(order);

        List<OrderItemEntity> items = new ArrayList<>();
        for (OrderItemDTO dto : request.getItems()) {
            OrderItemEntity e = new OrderItemEntity();
            e.setOrderNo(orderNo);
            e.setSkuCode(dto.getSkuCode());
            e.setSkuName(dto.getSkuName());
            e.setQuantity(dto.getQuantity());
            e.setUnitPrice(dto.getUnitPrice());
            e.setSnapshotJson("{\"名称\":\"" + dto.getSkuName() + "\"}");
            items.add(e);
        }
        orderItemMapper.batchInsert(items);

        // 预支付 → 发送“订单已创建”消息；支付失败不影响下单
        PaymentRequest pay = PaymentRequest.builder()
                .orderNo(orderNo)
                .userId(request.getUserId())
                .amountCents(Money.of(order.getPayAmount()).toCents())
                .subject("订单 " + orderNo)
                .build();
        CompletableFuture
                .supplyAsync(() -> paymentClient.prepay(orderNo, pay), orderExecutor)
                .thenApply(PaymentResponse::getStatus)
                .thenAccept(status -> log.info("预支付完成 orderNo={} status={}", orderNo, status))
                .thenCompose(v -> CompletableFuture.runAsync(() -> eventProducer.sendOrderCreated(order), orderExecutor))
                .whenComplete((v, ex) -> {
                    if (ex != null) {
                        log.error("下单后置流程失败 orderNo={}", orderNo, ex);
                    }
                });

        createdTotal.incrementAndGet();
        log.info("下单成功 orderNo={} userId={} 金额={}", orderNo, request.getUserId(), order.getPayAmount());
        return orderNo;
    }

    private Money couponDiscount(String couponCode, Money total) {
        if (couponCode == null || couponCode.isBlank()) {
            return Money.ZERO;
        }
        // 满 100 减 10，满 300 减 40
        if (total.compareTo(Money.of("300")) >= 0) {
            return Money.of("40");
        } else if (total.compareTo(Money.of("100")) >= 0) {
            return Money.of("10");
        }
        return Money.ZERO;
    }

    private void checkRate(Long userId) {
        long count = minuteCounter.computeIfAbsent(userId, k -> new AtomicLong()).incrementAndGet();
        if (count > dynamicConfig.getPerUserPerMinute()) {
            throw new OrderException(ErrorCode.RATE_LIMITED);
        }
    }

    /** 由定时任务每分钟调用，清空计数 */
    public void resetRateCounters() {
        minuteCounter.clear();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDTO> find(String orderNo) {
        OrderEntity e = orderMapper.findByOrderNo(orderNo);
        if (e == null) {
            return Optional.empty();
        }
        OrderDTO dto = toDTO(e);
        for (OrderItemEntity item : orderItemMapper.listByOrderNo(orderNo)) {
            dto.getItems().add(OrderItemDTO.builder()
                    .skuCode(item.getSkuCode())
                    .skuName(item.getSkuName())
                    .quantity(item.getQuantity())
                    .unitPrice(item.getUnitPrice())
                    .build());
        }
        return Optional.of(dto);
    }

    @Override
    public PageResult<OrderDTO> listByUser(Long userId, int pageNo, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), 100);
        int offset = (Math.max(pageNo, 1) - 1) * size;
        long total = orderMapper.countByUser(userId);
        List<OrderDTO> records = orderMapper.listByUser(userId, offset, size).stream()
                .map(this::toDTO)
                .collect(Collectors.toList());
        return PageResult.<OrderDTO>builder().total(total).pageNo(pageNo).pageSize(size).records(records).build();
    }

    @Override
    @GlobalTransactional(name = "order-cancel", rollbackFor = Exception.class)
    public boolean cancel(String orderNo, String reason) {
        OrderEntity e = orderMapper.findByOrderNo(orderNo);
        if (e == null) {
            throw new OrderException(ErrorCode.ORDER_NOT_FOUND, orderNo);
        }
        if (!e.getStatus().canCancel()) {
            log.info("订单 {} 当前状态 {} 不可取消", orderNo, e.getStatus().getDesc());
            return false;
        }
        int updated = orderMapper.casStatus(orderNo, e.getStatus().getCode(), OrderStatus.CANCELLED.getCode(), e.getVersion());
        if (updated == 0) {
            throw new OrderException(ErrorCode.STATUS_CONFLICT, orderNo);
        }
        inventoryFacade.release(orderNo);
        if (e.isPaid()) {
            paymentClient.refund(orderNo, PaymentRequest.builder()
                    .orderNo(orderNo)
                    .userId(e.getUserId())
                    .amountCents(Money.of(e.getPayAmount()).toCents())
                    .subject("取消订单退款：" + reason)
                    .build());
        }
        eventProducer.sendOrderCancelled(orderNo, reason);
        return true;
    }

    @Override
    public List<String> cancelBatch(List<String> orderNos, String reason) {
        List<CompletableFuture<String>> futures = orderNos.stream()
                .map(no -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return cancel(no, reason) ? no : null;
                    } catch (OrderException ex) {
                        log.warn("批量取消失败 orderNo={} err={}", no, ex.getMessage());
                        return null;
                    }
                }, orderExecutor))
                .collect(Collectors.toList());
        return futures.stream()
                .map(CompletableFuture::join)
                .filter(no -> no != null)
                .collect(Collectors.toList());
    }

    @Override
    @Transactional(rollbackFor = Exception.class)
    public void markPaid(String orderNo) {
        OrderEntity e = Optional.ofNullable(orderMapper.findByOrderNo(orderNo))
                .orElseThrow(() -> new OrderException(ErrorCode.ORDER_NOT_FOUND, orderNo));
        synchronized (this) {
            if (e.getStatus() != OrderStatus.CREATED) {
                return;
            }
            orderMapper.casStatus(orderNo, OrderStatus.CREATED.getCode(), OrderStatus.PAID.getCode(), e.getVersion());
        }
    }

    public Map<String, Long> metrics() {
        return Map.of("created", createdTotal.get(), "failed", failedTotal.get(),
                "poolActive", (long) orderExecutor.getActiveCount(), "poolQueue", (long) orderExecutor.getQueue().size());
    }

    private OrderDTO toDTO(OrderEntity e) {
        OrderDTO dto = new OrderDTO();
        dto.setOrderNo(e.getOrderNo());
        dto.setUserId(e.getUserId());
        dto.setStatus(e.getStatus());
        dto.setTotalAmount(e.getTotalAmount());
        dto.setPayAmount(e.getPayAmount() == null ? BigDecimal.ZERO : e.getPayAmount());
        dto.setAddress(e.getAddress());
        dto.setCreatedAt(e.getCreatedAt());
        return dto;
    }
}
