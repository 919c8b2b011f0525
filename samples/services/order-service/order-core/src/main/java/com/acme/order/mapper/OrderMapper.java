package com.acme.order.mapper;

import com.acme.order.domain.OrderEntity;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 订单主表 Mapper（注解方式）
 */
@Mapper
public interface OrderMapper {

    @Insert("INSERT INTO t_order(order_no, user_id, status, total_amount, discount_amount, pay_amount, address, request_id, version, created_at, updated_at) "
            + "VALUES(#{orderNo}, #{userId}, #{status.code}, #{totalAmount}, #{discountAmount}, #{payAmount}, #{address}, #{requestId}, 0, NOW(), NOW())")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insert(OrderEntity order);

    @Results(id = "orderMap", value = {
            @Result(column = "order_no", property = "orderNo"),
            @Result(column = "user_id", property = "userId"),
            @Result(column = "total_amount", property = "totalAmount"),
            @Result(column = "pay_amount", property = "payAmount"),
            @Result(column = "created_at", property = "createdAt")
    })
    @Select("SELECT * FROM t_order WHERE order_no = #{orderNo}")
    OrderEntity findByOrderNo(@Param("orderNo") String orderNo);

    @Select("SELECT * FROM t_order WHERE request_id = #{requestId} LIMIT 1")
    OrderEntity findByRequestId(@Param("requestId") String requestId);

    @Select("SELECT * FROM t_order WHERE user_id = #{userId} ORDER BY created_at DESC LIMIT #{offset}, #{limit}")
    List<OrderEntity> listByUser(@Param("userId") Long userId, @Param("offset") int offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM t_order WHERE user_id = #{userId}")
    long countByUser(@Param("userId") Long userId);

    /** 乐观锁更新状态 */
    @Update("UPDATE t_order SET status = #{newStatus}, version = version + 1, updated_at = NOW() "
            + "WHERE order_no = #{orderNo} AND status = #{oldStatus} AND version = #{version}")
    int casStatus(@Param("orderNo") String orderNo, @Param("oldStatus") int oldStatus,
                  @Param("newStatus") int newStatus, @Param("version") int version);

    @Select("SELECT order_no FROM t_order WHERE status = 10 AND created_at < #{deadline} LIMIT #{limit}")
    List<String> findExpiredUnpaid(@Param("deadline") LocalDateTime deadline, @Param("limit") int limit);
}
