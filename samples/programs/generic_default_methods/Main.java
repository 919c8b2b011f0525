import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

// 接口中的泛型默认方法：仓储接口的 findBy/groupBy/mapAll，默认方法调用抽象方法，子接口覆写默认方法，静态泛型工厂
public class Main {
    interface Identified<ID extends Comparable<ID>> {
        ID id();
    }

    interface Repository<ID extends Comparable<ID>, T extends Identified<ID>> {
        List<T> all();

        void save(T t);

        default Optional<T> findById(ID id) {
            for (T t : all()) {
                if (t.id().compareTo(id) == 0) return Optional.of(t);
            }
            return Optional.empty();
        }

        default List<T> findBy(Predicate<? super T> p) {
            List<T> out = new ArrayList<>();
            for (T t : all()) if (p.test(t)) out.add(t);
            return out;
        }

        default <R> List<R> mapAll(Function<? super T, ? extends R> f) {
            List<R> out = new ArrayList<>();
            for (T t : all()) out.add(f.apply(t));
            return out;
        }

        default <K> Map<K, List<T>> groupBy(Function<? super T, K> key) {
            Map<K, List<T>> out = new LinkedHashMap<>();
            for (T t : all()) out.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
            return out;
        }

        default <U extends Comparable<? super U>> Optional<T> maxBy(Function<? super T, U> f) {
            T best = null;
            for (T t : all()) {
                if (best == null || f.apply(t).compareTo(f.apply(best)) > 0) best = t;
            }
            return Optional.ofNullable(best);
        }

        default String describe() {
            return getClass().getSimpleName() + " 共 " + all().size() + " 条";
        }

        static <ID extends Comparable<ID>, T extends Identified<ID>> Repository<ID, T> inMemory() {
            List<T> store = new ArrayList<>();
            return new Repository<>() {
                public List<T> all() {
                    return store;
                }

                public void save(T t) {
                    store.removeIf(x -> x.id().compareTo(t.id()) == 0);
                    store.add(t);
                }

                @Override
                public String describe() {
                    return "内存仓储 共 " + store.size() + " 条";
                }
            };
        }
    }

    interface SortedRepository<ID extends Comparable<ID>, T extends Identified<ID>> extends Repository<ID, T> {
        Comparator<? super T> order();

        @Override
        default List<T> findBy(Predicate<? super T> p) {
            List<T> out = Repository.super.findBy(p);
            out.sort(order());
            return out;
        }
    }

    record Employee(Integer id, String name, String dept, int salary) implements Identified<Integer> {
    }

    record Sku(String id, String title, long stock) implements Identified<String> {
    }

    static class EmployeeRepo implements SortedRepository<Integer, Employee> {
        private final List<Employee> list = new ArrayList<>();

        public List<Employee> all() {
            return list;
        }

        public void save(Employee e) {
            list.add(e);
        }

        public Comparator<? super Employee> order() {
            return Comparator.comparingInt(Employee::salary).reversed().thenComparing(Employee::name);
        }
    }

    public static void main(String[] args) {
        EmployeeRepo repo = new EmployeeRepo();
        repo.save(new Employee(3, "王芳", "研发", 32000));
        repo.save(new Employee(1, "张伟", "研发", 28000));
        repo.save(new Employee(7, "李娜", "销售", 18000));
        repo.save(new Employee(4, "Tom", "销售", 18000));
        repo.save(new Employee(9, "赵强", "财务", 21000));
        repo.save(new Employee(2, "Anna", "研发", 32000));
        System.out.println(repo.describe());
        System.out.println("findById(7) = " + repo.findById(7).map(Employee::name).orElse("无"));
        System.out.println("findById(8) = " + repo.findById(8).map(Employee::name).orElse("无"));
        System.out.println("研发(按薪资倒序): " + repo.findBy(e -> e.dept().equals("研发")).stream().map(Employee::name).toList());
        System.out.println("薪资>=20000: " + repo.findBy(e -> e.salary() >= 20000).stream().map(e -> e.name() + ":" + e.salary()).toList());
        List<String> labels = repo.<String>mapAll(e -> e.id() + "-" + e.name());
        System.out.println("mapAll: " + labels);
        List<Integer> lens = repo.mapAll(e -> e.name().length());
        System.out.println("名字长度: " + lens);
        Map<String, List<Employee>> byDept = repo.groupBy(Employee::dept);
        byDept.forEach((d, es) -> System.out.println("  " + d + ": " + es.stream().mapToInt(Employee::salary).sum() + " 共 " + es.size() + " 人"));
        Map<Boolean, List<Employee>> byHigh = repo.groupBy(e -> e.salary() > 25000);
        System.out.println("高薪分组键: " + byHigh.keySet() + ", true 组 " + byHigh.get(true).size() + " 人");
        System.out.println("最高薪(首个): " + repo.maxBy(Employee::salary).map(Employee::name).orElse("-"));
        System.out.println("名字字典序最大: " + repo.maxBy(Employee::name).map(Employee::name).orElse("-"));

        Repository<String, Sku> skus = Repository.inMemory();
        System.out.println(skus.describe() + ", 空仓储 maxBy: " + skus.maxBy(Sku::stock).isPresent());
        skus.save(new Sku("A-01", "苹果", 120));
        skus.save(new Sku("B-02", "香蕉", 0));
        skus.save(new Sku("A-03", "橙子", 55));
        skus.save(new Sku("A-01", "红苹果", 90));
        System.out.println(skus.describe());
        System.out.println("全部: " + skus.all());
        System.out.println("缺货: " + skus.findBy(s -> s.stock() == 0));
        System.out.println("按前缀分组: " + skus.groupBy(s -> s.id().charAt(0)));
        System.out.println("库存最多: " + skus.maxBy(Sku::stock).orElseThrow());
        System.out.println("总库存: " + skus.mapAll(Sku::stock).stream().mapToLong(Long::longValue).sum());
        Repository<String, Sku> copy = Repository.<String, Sku>inMemory();
        skus.all().forEach(copy::save);
        System.out.println("复制后 findById(A-03): " + copy.findById("A-03").orElseThrow().title() + ", 不存在: " + copy.findById("Z").isEmpty());
    }
}
