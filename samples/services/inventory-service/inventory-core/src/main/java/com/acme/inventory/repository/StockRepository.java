package com.acme.inventory.repository;

import com.acme.inventory.entity.StockEntity;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 库存仓储（Spring Data JPA）
 */
@Repository
public interface StockRepository extends JpaRepository<StockEntity, Long> {

    Optional<StockEntity> findBySkuCodeAndWarehouseCode(String skuCode, String warehouseCode);

    List<StockEntity> findBySkuCodeIn(Collection<String> skuCodes);

    List<StockEntity> findByWarehouseCodeOrderBySkuCodeAsc(String warehouseCode);

    /**
     * 条件扣减：可用库存足够时才锁定，返回受影响行数
     */
    @Modifying
    @Query("update StockEntity s set s.lockedQty = s.lockedQty + :qty, s.version = s.version + 1 "
            + "where s.skuCode = :sku and s.warehouseCode = :wh and s.totalQty - s.lockedQty >= :qty")
    int tryLock(@Param("sku") String skuCode, @Param("wh") String warehouseCode, @Param("qty") int qty);

    @Modifying
    @Query("update StockEntity s set s.lockedQty = s.lockedQty - :qty where s.skuCode = :sku and s.warehouseCode = :wh and s.lockedQty >= :qty")
    int unlock(@Param("sku") String skuCode, @Param("wh") String warehouseCode, @Param("qty") int qty);

    @Query(value = "SELECT * FROM t_stock WHERE total_qty - locked_qty < :threshold", nativeQuery = true)
    List<StockEntity> findLowStock(@Param("threshold") int threshold);
}
