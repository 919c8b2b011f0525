package com.acme.inventory.web;

import com.acme.inventory.api.dto.StockDTO;
import com.acme.inventory.service.StockService;
import com.acme.inventory.support.StockCache;
import com.acme.inventory.support.TenantContext;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * 库存运维接口
 */
@RestController
@RequestMapping("/admin/stock")
@RequiredArgsConstructor
public class StockAdminController {

    private final StockService stockService;
    private final StockCache stockCache;

    @GetMapping("/{skuCode}")
    public ResponseEntity<StockDTO> get(@PathVariable String skuCode) {
        StockDTO dto = stockService.query(skuCode);
        return dto == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(dto);
    }

    @PutMapping("/{skuCode}/adjust")
    public Map<String, Object> adjust(@PathVariable String skuCode,
                                      @RequestParam String warehouse,
                                      @RequestParam int delta,
                                      @RequestHeader(value = "X-Operator", defaultValue = "未知") String operator) {
        TenantContext.setOperator(operator);
        try {
            int total = stockService.adjust(skuCode, warehouse, delta, operator);
            return Map.of("skuCode", skuCode, "total", total, "提示", "调整成功");
        } finally {
            TenantContext.clear();
        }
    }

    @GetMapping("/cache")
    public Map<String, Object> cache() {
        return Map.of("version", stockCache.version(), "entries", stockCache.snapshot());
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    public ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("错误", e.getMessage()));
    }
}
