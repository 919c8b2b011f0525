package com.acme.inventory.service;

import com.acme.inventory.api.dto.DeductRequest;
import com.acme.inventory.api.dto.DeductResult;
import com.acme.inventory.api.dto.StockDTO;

import java.util.List;
import java.util.Map;

/**
 * ø‚¥Ê¡Ï”Ú∑˛ŒÒ
 */
public interface StockService {

    DeductResult deduct(DeductRequest request);

    boolean release(String orderNo);

    void confirm(String orderNo);

    StockDTO query(String skuCode);

    Map<String, Integer> availableOf(List<String> skuCodes);

    int adjust(String skuCode, String warehouseCode, int delta, String operator);
}
