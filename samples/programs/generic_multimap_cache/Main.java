import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

// 泛型缓存：Map<K, List<V>> 多值映射、带容量与命中统计的加载缓存、按 TTL(逻辑时钟) 过期、泛型方法 invert/index
public class Main {
    static class MultiMap<K, V> {
        private final Map<K, List<V>> map;

        MultiMap(boolean sorted) {
            map = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        }

        void put(K k, V v) {
            map.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }

        List<V> get(K k) {
            return Collections.unmodifiableList(map.getOrDefault(k, List.of()));
        }

        boolean remove(K k, V v) {
            List<V> vs = map.get(k);
            if (vs == null || !vs.remove(v)) return false;
            if (vs.isEmpty()) map.remove(k);
            return true;
        }

        int size() {
            int n = 0;
            for (List<V> vs : map.values()) n += vs.size();
            return n;
        }

        <R> MultiMap<V, K> invert() {
            MultiMap<V, K> out = new MultiMap<>(false);
            map.forEach((k, vs) -> vs.forEach(v -> out.put(v, k)));
            return out;
        }

        @Override
        public String toString() {
            return map.toString();
        }
    }

    static class LoadingCache<K, V> {
        private final int capacity;
        private final long ttl;
        private final Function<? super K, ? extends V> loader;
        private final LinkedHashMap<K, V> values = new LinkedHashMap<>(16, 0.75f, true);
        private final Map<K, Long> loadedAt = new LinkedHashMap<>();
        long now;
        int hits, misses, evictions, expirations;

        LoadingCache(int capacity, long ttl, Function<? super K, ? extends V> loader) {
            this.capacity = capacity;
            this.ttl = ttl;
            this.loader = loader;
        }

        V get(K key) {
            Long at = loadedAt.get(key);
            if (at != null && now - at >= ttl) {
                values.remove(key);
                loadedAt.remove(key);
                expirations++;
            }
            V v = values.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
            v = loader.apply(key);
            if (values.size() >= capacity) {
                K eldest = values.keySet().iterator().next();
                values.remove(eldest);
                loadedAt.remove(eldest);
                evictions++;
            }
            values.put(key, v);
            loadedAt.put(key, now);
            return v;
        }

        String stats() {
            int total = hits + misses;
            return String.format("命中 %d 未命中 %d 命中率 %.1f%% 淘汰 %d 过期 %d 当前 %s", hits, misses, total == 0 ? 0.0 : 100.0 * hits / total,
                    evictions, expirations, values.keySet());
        }
    }

    static <K, V> Map<K, List<V>> index(List<V> items, Function<? super V, ? extends K> key) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        for (V v : items) out.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        return out;
    }

    record Book(String title, String author, int year) {
    }

    public static void main(String[] args) {
        MultiMap<String, String> tags = new MultiMap<>(true);
        tags.put("水果", "苹果");
        tags.put("水果", "香蕉");
        tags.put("红色", "苹果");
        tags.put("红色", "草莓");
        tags.put("水果", "草莓");
        tags.put("黄色", "香蕉");
        tags.put("水果", "苹果");
        System.out.println("multimap: " + tags + " size=" + tags.size());
        System.out.println("get(水果) = " + tags.get("水果") + ", get(蓝色) = " + tags.get("蓝色"));
        System.out.println("invert: " + tags.invert());
        System.out.println("remove(黄色, 香蕉) = " + tags.remove("黄色", "香蕉") + ", remove(黄色, 香蕉) = " + tags.remove("黄色", "香蕉")
                + ", remove(水果, 苹果) = " + tags.remove("水果", "苹果") + " -> " + tags);
        try {
            tags.get("红色").add("番茄");
        } catch (UnsupportedOperationException e) {
            System.out.println("只读视图不可修改");
        }
        MultiMap<Integer, String> byLen = new MultiMap<>(false);
        for (String w : List.of("a", "中文", "bc", "😀", "三个字")) byLen.put(w.length(), Character.toString(w.codePointAt(0)));
        System.out.println("按 UTF-16 长度: " + byLen + ", 😀 的首 char 为高代理? " + Character.isHighSurrogate("😀".charAt(0)));

        System.out.println("== 加载缓存 ==");
        List<String> loads = new ArrayList<>();
        LoadingCache<Integer, String> cache = new LoadingCache<>(3, 5, id -> {
            loads.add("加载" + id);
            return "用户" + id + "#" + id * id;
        });
        int[] requests = {1, 2, 1, 3, 4, 1, 2, 5, 1, 1, 6, 1};
        for (int r : requests) {
            String v = cache.get(r);
            System.out.println("t=" + cache.now + " get(" + r + ") = " + v + " | " + cache.stats());
            cache.now++;
        }
        System.out.println("加载记录: " + loads);

        System.out.println("== 索引 ==");
        List<Book> books = List.of(new Book("三体", "刘慈欣", 2006), new Book("球状闪电", "刘慈欣", 2004), new Book("活着", "余华", 1993),
                new Book("兄弟", "余华", 2005), new Book("Dune", "Herbert", 1965), new Book("流浪地球", "刘慈欣", 2000));
        Map<String, List<Book>> byAuthor = index(books, Book::author);
        byAuthor.forEach((a, bs) -> System.out.println(a + ": " + bs.stream().map(Book::title).toList()));
        Map<Integer, List<Book>> byDecade = index(books, b -> b.year() / 10 * 10);
        new TreeMap<>(byDecade).forEach((d, bs) -> System.out.println(d + "年代: " + bs.size() + " 本"));
        Map<Boolean, List<String>> titles = Main.<Boolean, String>index(books.stream().map(Book::title).toList(), t -> t.length() > 2);
        System.out.println("书名长于 2: " + titles);
    }
}
