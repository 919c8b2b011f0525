import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

// lambda 与四种方法引用：静态、特定对象实例、任意对象实例、构造器
public class Main {
    static int square(int x) {
        return x * x;
    }

    private final String prefix;

    Main(String prefix) {
        this.prefix = prefix;
    }

    String tag(String s) {
        return prefix + s;
    }

    static class Item {
        final String name;
        final int qty;

        Item(String name) {
            this(name, 1);
        }

        Item(String name, int qty) {
            this.name = name;
            this.qty = qty;
        }

        @Override
        public String toString() {
            return name + "×" + qty;
        }
    }

    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    public static void main(String[] args) {
        // 1. 静态方法引用
        Function<Integer, Integer> sq = Main::square;
        System.out.println("静态方法引用: " + sq.apply(12));
        BinaryOperator<Integer> max = Math::max;
        System.out.println("Math::max: " + max.apply(-3, 7));
        // 2. 特定对象的实例方法引用
        Main tagger = new Main("【标签】");
        Function<String, String> t = tagger::tag;
        System.out.println("绑定实例方法: " + t.apply("订单"));
        String base = "迁移工具";
        Predicate<String> startsWith = base::startsWith;
        System.out.println("base::startsWith: " + startsWith.test("迁移") + " " + startsWith.test("工具"));
        // 3. 任意对象的实例方法引用
        Function<String, Integer> len = String::length;
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        System.out.println("String::length: " + len.apply("你好世界") + " equalsIgnoreCase: " + eq.apply("Go", "GO"));
        // 4. 构造器引用
        Function<String, Item> mk = Item::new;
        BiFunction<String, Integer, Item> mk2 = Item::new;
        Supplier<List<String>> listMaker = ArrayList::new;
        Function<Integer, int[]> arrMaker = int[]::new;
        System.out.println("构造器引用: " + mk.apply("苹果") + " " + mk2.apply("梨", 3) + " " + listMaker.get() + " 数组长度 " + arrMaker.apply(4).length);

        // 组合
        Function<Integer, Integer> plus1 = x -> x + 1;
        Function<Integer, Integer> times2 = x -> x * 2;
        System.out.println("andThen: " + plus1.andThen(times2).apply(5) + " compose: " + plus1.compose(times2).apply(5));
        Predicate<String> isEmpty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        System.out.println("negate/or/and: " + isEmpty.negate().test("") + " " + isEmpty.or(longish).test("abcd") + " " + isEmpty.negate().and(longish).test("ab"));
        System.out.println("Function.identity: " + Function.identity().apply("同一个"));
        UnaryOperator<String> upper = String::toUpperCase;
        System.out.println("UnaryOperator: " + upper.apply("java2x"));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return b == 0 ? a : applyAsInt(b, a % b);
            }
        };
        System.out.println("gcd(84, 36) = " + gcd.applyAsInt(84, 36));
        TriFunction<Integer, Integer, Integer, Integer> mad = (a, b, c) -> a * b + c;
        System.out.println("自定义函数式接口: " + mad.apply(3, 4, 5));

        // 捕获与柯里化
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        Function<Integer, Integer> add10 = adder.apply(10);
        System.out.println("柯里化: " + add10.apply(5) + " " + adder.apply(-1).apply(1));
        List<Runnable> tasks = new ArrayList<>();
        String[] names = {"甲", "乙", "丙"};
        for (String n : names) {
            tasks.add(() -> System.out.println("  执行任务 " + n));
        }
        tasks.forEach(Runnable::run);
        // 在集合上使用
        List<String> words = new ArrayList<>(Arrays.asList("香蕉", "apple", "Cherry", "葡萄", "banana"));
        words.removeIf(w -> w.startsWith("b"));
        words.replaceAll(String::toUpperCase);
        words.sort(String::compareTo);
        System.out.println("removeIf/replaceAll/sort: " + words);
        Supplier<Supplier<String>> nested = () -> () -> "嵌套 Supplier";
        System.out.println(nested.get().get());
        Runnable recursive = new Runnable() {
            int depth = 0;

            public void run() {
                if (++depth < 3) run();
                System.out.println("  递归深度 " + depth);
            }
        };
        recursive.run();
        Function<Object, String> objToString = Object::toString;
        System.out.println("Object::toString 作用于 Integer: " + objToString.apply(99));
        Integer five = 5;
        Comparable<Integer> c = five::compareTo;
        System.out.println("five::compareTo(3) = " + c.compareTo(3));
    }
}
