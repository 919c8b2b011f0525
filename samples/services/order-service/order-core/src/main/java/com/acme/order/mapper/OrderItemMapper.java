package com.acme.order.mapper;

import com.acme.order.domain.OrderItemEntity;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/**
 * 订单明细 Mapper，SQL 定义在 resources/mapper/OrderItemMapper.xml
 */
@Mapper
public interface OrderItemMapper {

    int batchInsert(@Param("items") List<OrderItemEntity> items);

    List<OrderItemEntity> listByOrderNo(@Param("orderNo") String orderNo);

    /**
     * 报表查询：orderBy 由后台管理页面传入（列名），使用 ${} 直接拼接
     */
    List<OrderItemEntity> listForReport(@Param("skuPrefix") String skuPrefix,
                                        @Param("orderBy") String orderBy,
                                        @Param("limit") int limit);
}
