import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

// 泛型方法、上下界通配符、泛型接口、递归边界、类型推断
public class Main {
    interface Repository<T, ID extends Comparable<ID>> {
        void save(T entity);

        T findById(ID id);

        List<T> findAll();

        default long count() {
            return findAll().size();
        }
    }

    interface Identified<ID> {
        ID id();
    }

    static class InMemoryRepository<T extends Identified<ID>, ID extends Comparable<ID>> implements Repository<T, ID> {
        private final Map<ID, T> store = new TreeMap<>();

        @Override
        public void save(T entity) {
            store.put(entity.id(), entity);
        }

        @Override
        public T findById(ID id) {
            return store.get(id);
        }

        @Override
        public List<T> findAll() {
            return new ArrayList<>(store.values());
        }
    }

    record Product(Long id, String name, double price) implements Identified<Long> {}

    static double sum(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i * i);
    }

    static <T> void copy(List<? super T> dst, List<? extends T> src) {
        dst.addAll(src);
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T, R> List<R> mapAll(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    static <T> List<T> filter(List<T> in, Predicate<? super T> p) {
        List<T> out = new ArrayList<>();
        for (T t : in) if (p.test(t)) out.add(t);
        return out;
    }

    static int countWildcard(List<?> list) {
        int n = 0;
        for (Object o : list) if (o != null) n++;
        return n;
    }

    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) {
        K best = null;
        V bv = null;
        for (Map.Entry<K, V> e : m.entrySet()) {
            if (bv == null || e.getValue().compareTo(bv) > 0) {
                best = e.getKey();
                bv = e.getValue();
            }
        }
        return best;
    }

    static abstract class Builder<B extends Builder<B>> {
        protected final StringBuilder sb = new StringBuilder();

        @SuppressWarnings("unchecked")
        B add(String s) {
            sb.append(s).append(';');
            return (B) this;
        }

        abstract String build();
    }

    static class HtmlBuilder extends Builder<HtmlBuilder> {
        HtmlBuilder bold(String s) {
            sb.append("<b>").append(s).append("</b>;");
            return this;
        }

        String build() {
            return sb.toString();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static int rawTypes() {
        List raw = new ArrayList();
        raw.add("字符串");
        raw.add(1);
        List<String> typed = raw;
        return typed.size();
    }

    public static void main(String[] args) {
        InMemoryRepository<Product, Long> repo = new InMemoryRepository<>();
        repo.save(new Product(3L, "键盘", 199.0));
        repo.save(new Product(1L, "鼠标", 89.5));
        repo.save(new Product(2L, "显示器", 1299.0));
        System.out.println("findAll(按 id 排序): " + repo.findAll());
        System.out.println("findById(2) = " + repo.findById(2L) + " count = " + repo.count());
        List<Integer> ints = List.of(1, 2, 3);
        List<Double> doubles = List.of(1.5, 2.5);
        System.out.println("sum(ints) = " + sum(ints) + " sum(doubles) = " + sum(doubles));
        List<Number> numbers = new ArrayList<>();
        List<Object> objects = new ArrayList<>();
        fill(numbers, 4);
        fill(objects, 3);
        System.out.println("? super Integer 写入: " + numbers + " " + objects);
        copy(objects, List.of("甲", "乙"));
        System.out.println("copy 后: " + objects + " 非 null 计数: " + countWildcard(objects));
        System.out.println("max(ints) = " + max(ints) + " max(strings) = " + max(List.of("苹果", "香蕉", "橘子")));
        List<String> names = mapAll(repo.findAll(), Product::name);
        List<Integer> lengths = mapAll(names, String::length);
        System.out.println("mapAll: " + names + " -> " + lengths);
        System.out.println("filter 价格>100: " + mapAll(filter(repo.findAll(), p -> p.price() > 100), Product::id));
        Map<String, Integer> scores = new TreeMap<>(Map.of("张三", 88, "李四", 95, "王五", 70));
        System.out.println("argMax = " + argMax(scores));
        System.out.println("递归泛型 Builder: " + new HtmlBuilder().add("开始").bold("重要").add("结束").build());
        System.out.println("原始类型 size = " + rawTypes());
        Comparator<Product> byPrice = Comparator.comparingDouble(Product::price);
        List<Product> sorted = new ArrayList<>(repo.findAll());
        sorted.sort(byPrice.reversed());
        System.out.println("按价格降序: " + mapAll(sorted, Product::name));
        List<? extends Number> ro = ints;
        Number first = ro.get(0);
        System.out.println("? extends 只读 first=" + first);
        List<List<? extends CharSequence>> nested = new ArrayList<>();
        nested.add(List.of("a", "b"));
        nested.add(List.of(new StringBuilder("建造者")));
        System.out.println("嵌套通配符: " + nested);
        String[] arr = {"c", "a", "b"};
        Arrays.sort(arr, Comparator.<String>naturalOrder().reversed());
        System.out.println("显式类型参数: " + Arrays.toString(arr));
        System.out.println("Collections.<Integer>emptyList(): " + java.util.Collections.<Integer>emptyList());
    }
}
