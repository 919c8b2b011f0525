import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

// LRU 缓存：手写双向链表 + HashMap 版本，以及 LinkedHashMap(accessOrder) 版本，带命中率统计
public class Main {
    static final class LruCache<K, V> {
        private final class Node {
            K key;
            V value;
            Node prev, next;
        }

        private final int capacity;
        private final Map<K, Node> index = new HashMap<>();
        private final Node head = new Node(), tail = new Node();
        private int hits, misses, evictions;

        LruCache(int capacity) {
            if (capacity <= 0) throw new IllegalArgumentException("容量必须为正: " + capacity);
            this.capacity = capacity;
            head.next = tail;
            tail.prev = head;
        }

        private void unlink(Node n) {
            n.prev.next = n.next;
            n.next.prev = n.prev;
        }

        private void pushFront(Node n) {
            n.next = head.next;
            n.prev = head;
            head.next.prev = n;
            head.next = n;
        }

        V get(K key) {
            Node n = index.get(key);
            if (n == null) {
                misses++;
                return null;
            }
            hits++;
            unlink(n);
            pushFront(n);
            return n.value;
        }

        V computeIfAbsent(K key, Function<K, V> loader) {
            V v = get(key);
            if (v == null) {
                v = loader.apply(key);
                put(key, v);
            }
            return v;
        }

        void put(K key, V value) {
            Node n = index.get(key);
            if (n != null) {
                n.value = value;
                unlink(n);
                pushFront(n);
                return;
            }
            if (index.size() == capacity) {
                Node lru = tail.prev;
                unlink(lru);
                index.remove(lru.key);
                evictions++;
                System.out.println("    淘汰 " + lru.key + "=" + lru.value);
            }
            n = new Node();
            n.key = key;
            n.value = value;
            index.put(key, n);
            pushFront(n);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node n = head.next; n != tail; n = n.next) {
                sb.append(n.key).append('=').append(n.value);
                if (n.next != tail) sb.append(", ");
            }
            return sb.append("] 命中=").append(hits).append(" 未命中=").append(misses).append(" 淘汰=").append(evictions).toString();
        }
    }

    static final class LinkedLru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        LinkedLru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }

    public static void main(String[] args) {
        LruCache<String, Integer> cache = new LruCache<>(3);
        cache.put("北京", 2154);
        cache.put("上海", 2487);
        cache.put("广州", 1867);
        System.out.println("初始: " + cache);
        System.out.println("get(北京)=" + cache.get("北京"));
        cache.put("深圳", 1756);
        System.out.println("加入深圳后: " + cache);
        System.out.println("get(上海)=" + cache.get("上海") + " (已淘汰)");
        cache.put("广州", 1900);
        System.out.println("更新广州: " + cache);
        cache.put("杭州", 1220);
        System.out.println("加入杭州: " + cache);
        LruCache<Integer, Long> memo = new LruCache<>(4);
        int[] requests = {1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 3};
        int loads = 0;
        for (int r : requests) {
            final int[] counter = {0};
            memo.computeIfAbsent(r, k -> {
                counter[0]++;
                return (long) k * k * k;
            });
            loads += counter[0];
        }
        System.out.println("立方缓存: " + memo + " 加载次数=" + loads);
        LinkedLru<String, String> lhm = new LinkedLru<>(2);
        lhm.put("a", "甲");
        lhm.put("b", "乙");
        lhm.get("a");
        lhm.put("c", "丙");
        System.out.println("LinkedHashMap LRU: " + lhm);
        try {
            new LruCache<String, String>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("异常: " + e.getMessage());
        }
    }
}
