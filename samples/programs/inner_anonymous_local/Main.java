import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

// 内部类访问外部实例、静态嵌套类、匿名类与局部类捕获变量
public class Main {
    private int count = 0;
    private final String name;
    private static int instances = 0;

    Main(String name) {
        this.name = name;
        instances++;
    }

    class Counter {
        private int count = 100;

        void increment() {
            count++;
            Main.this.count += 10;
        }

        String show() {
            return name + ": 内部 count=" + count + " 外部 count=" + Main.this.count;
        }
    }

    static class Range implements Iterable<Integer> {
        private final int from, to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int cur = from;

                @Override
                public boolean hasNext() {
                    return cur < to;
                }

                @Override
                public Integer next() {
                    return cur++;
                }
            };
        }
    }

    interface Greeter {
        String greet(String who);
    }

    Greeter makeGreeter(String prefix) {
        int len = prefix.length();
        class LocalGreeter implements Greeter {
            private int calls;

            public String greet(String who) {
                calls++;
                return prefix + "，" + who + "！(前缀长度 " + len + "，第 " + calls + " 次，来自 " + name + ")";
            }
        }
        return new LocalGreeter();
    }

    public static void main(String[] args) {
        Main outer = new Main("外部甲");
        Main.Counter c1 = outer.new Counter();
        Main.Counter c2 = outer.new Counter();
        c1.increment();
        c1.increment();
        c2.increment();
        System.out.println(c1.show());
        System.out.println(c2.show());
        Main other = new Main("外部乙");
        Counter c3 = other.new Counter();
        c3.increment();
        System.out.println(c3.show());
        System.out.println("instances = " + instances);

        int sum = 0;
        for (int i : new Range(1, 6)) {
            sum += i;
        }
        System.out.println("Range 求和 = " + sum);

        Greeter g = outer.makeGreeter("你好");
        System.out.println(g.greet("张三"));
        System.out.println(g.greet("李四"));

        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int captured = i;
            suppliers.add(new Supplier<String>() {
                @Override
                public String get() {
                    return "匿名类捕获 " + captured;
                }
            });
            suppliers.add(() -> "lambda 捕获 " + captured * captured);
        }
        for (Supplier<String> s : suppliers) {
            System.out.println(s.get());
        }
        int[] box = {0};
        IntSupplier next = () -> ++box[0];
        next.getAsInt();
        next.getAsInt();
        System.out.println("通过数组绕过 effectively final: " + box[0]);

        Object anon = new Object() {
            int hidden = 7;

            @Override
            public String toString() {
                return "匿名 Object hidden=" + hidden;
            }
        };
        System.out.println(anon);
        var withField = new Object() {
            String label = "var 推断匿名类型";
        };
        System.out.println(withField.label);
        Runnable r = new Runnable() {
            int runs = 0;

            @Override
            public void run() {
                runs++;
                System.out.println("Runnable 运行 " + runs + " 次 this 是匿名类: " + (this.getClass().isAnonymousClass()));
            }
        };
        r.run();
        r.run();
        System.out.println("外部 count 最终 = " + outer.count + " / " + other.count);
    }
}
