package com.acme.inventory.entity;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableLogic;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.time.LocalDateTime;

/**
 * 库存流水表（MyBatis-Plus 实体）
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
@TableName("t_stock_log")
public class StockLogEntity {

    public static final String TYPE_DEDUCT = "扣减";
    public static final String TYPE_RELEASE = "释放";
    public static final String TYPE_CONFIRM = "确认";

    @TableId(type = IdType.ASSIGN_ID)
    private Long id;

    private String orderNo;

    private String skuCode;

    private String warehouseCode;

    /** 变更数量，扣减为负 */
    private Integer changeQty;

    /** 流水类型：扣减/释放/确认 */
    private String type;

    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;

    @TableLogic
    private Integer deleted;
}
