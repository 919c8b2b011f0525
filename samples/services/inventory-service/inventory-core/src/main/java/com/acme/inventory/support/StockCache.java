package com.acme.inventory.support;

import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * 本地库存缓存：读多写少，使用读写锁
 */
@Component
public class StockCache {

    private final Map<String, Integer> available = new HashMap<>();
    private final ReadWriteLock rwLock = new ReentrantReadWriteLock();
    private final Lock readLock = rwLock.readLock();
    private final Lock writeLock = rwLock.writeLock();
    private volatile long version;

    public Integer get(String skuCode) {
        readLock.lock();
        try {
            return available.get(skuCode);
        } finally {
            readLock.unlock();
        }
    }

    public void put(String skuCode, int qty) {
        writeLock.lock();
        try {
            available.put(skuCode, qty);
            version++;
        } finally {
            writeLock.unlock();
        }
    }

    /** 原子地减少缓存中的可用量，不足时返回 false */
    public boolean decrease(String skuCode, int qty) {
        writeLock.lock();
        try {
            Integer cur = available.get(skuCode);
            if (cur == null || cur < qty) {
                return false;
            }
            available.put(skuCode, cur - qty);
            version++;
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    public void replaceAll(Map<String, Integer> snapshot) {
        writeLock.lock();
        try {
            available.clear();
            available.putAll(snapshot);
            version++;
        } finally {
            writeLock.unlock();
        }
    }

    public Map<String, Integer> snapshot() {
        readLock.lock();
        try {
            return Collections.unmodifiableMap(new HashMap<>(available));
        } finally {
            readLock.unlock();
        }
    }

    public long version() {
        return version;
    }
}
