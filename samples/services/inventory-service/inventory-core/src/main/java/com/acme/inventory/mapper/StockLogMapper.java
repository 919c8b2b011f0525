package com.acme.inventory.mapper;

import com.acme.inventory.entity.StockLogEntity;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/**
 * ¿â´æÁ÷Ë® Mapper£¨MyBatis-Plus£©
 */
@Mapper
public interface StockLogMapper extends BaseMapper<StockLogEntity> {

    @Select("SELECT * FROM t_stock_log WHERE order_no = #{orderNo} AND deleted = 0 ORDER BY id")
    List<StockLogEntity> listByOrder(@Param("orderNo") String orderNo);

    @Select("SELECT COUNT(1) FROM t_stock_log WHERE order_no = #{orderNo} AND type = #{type} AND deleted = 0")
    int countByOrderAndType(@Param("orderNo") String orderNo, @Param("type") String type);
}
