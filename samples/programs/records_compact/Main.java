import java.util.HashSet;
import java.util.List;
import java.util.Set;

// record：自动 equals/hashCode/toString、紧凑构造器校验、静态工厂、嵌套与泛型 record
public class Main {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("坐标越界: " + x + "," + y);
            }
        }

        Point scale(int k) {
            return new Point(x * k, y * k);
        }

        double dist() {
            return Math.sqrt(x * x + y * y);
        }
    }

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) {
                int t = lo;
                lo = hi;
                hi = t;
            }
        }

        int length() {
            return hi - lo;
        }
    }

    record Person(String name, int age, List<String> tags) {
        Person(String name) {
            this(name, 18, List.of());
        }

        Person {
            name = name.strip();
            tags = List.copyOf(tags);
        }

        @Override
        public String name() {
            return "《" + name + "》";
        }
    }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }
    }

    record Line(Point from, Point to) {}

    record Empty() {}

    record Measure(double value, float f, long l, char c, boolean b, byte by, short s) {}

    interface Shape {
        double area();
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println("p = " + p + " dist = " + p.dist());
        System.out.println("equals: " + p.equals(q) + " ==: " + (p == q) + " hashCode 相等: " + (p.hashCode() == q.hashCode()));
        System.out.println("Point(3,4).hashCode = " + p.hashCode() + " ORIGIN.hashCode = " + Point.ORIGIN.hashCode());
        System.out.println("scale: " + p.scale(-2) + " ORIGIN: " + Point.ORIGIN);
        try {
            new Point(-5000, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("紧凑构造器校验: " + e.getMessage());
        }
        Range r = new Range(10, 3);
        System.out.println("Range 自动交换: " + r + " length=" + r.length());
        Person person = new Person("  张三  ", 30, new java.util.ArrayList<>(List.of("开发", "架构")));
        System.out.println("Person: " + person);
        System.out.println("重写的访问器 name(): " + person.name());
        Person young = new Person("李四");
        System.out.println("辅助构造器: " + young);
        try {
            person.tags().add("测试");
        } catch (UnsupportedOperationException e) {
            System.out.println("tags 不可变: UnsupportedOperationException");
        }
        Pair<String, Integer> pair = new Pair<>("数量", 5);
        Pair<String, List<Integer>> pair2 = pair.withSecond(List.of(1, 2));
        System.out.println("泛型 record: " + pair + " " + pair2);
        System.out.println("Pair hashCode: " + pair.hashCode());
        Line line = new Line(Point.ORIGIN, p);
        System.out.println("嵌套 record: " + line + " equals: " + line.equals(new Line(new Point(0, 0), new Point(3, 4))));
        System.out.println("空 record: " + new Empty() + " equals: " + new Empty().equals(new Empty()) + " hash: " + new Empty().hashCode());
        Measure m = new Measure(-0.0, 1.5f, 1L << 40, '中', true, (byte) -1, (short) 7);
        System.out.println("各类型字段 toString: " + m);
        System.out.println("-0.0 与 0.0 的 record 相等? " + m.equals(new Measure(0.0, 1.5f, 1L << 40, '中', true, (byte) -1, (short) 7)));
        System.out.println("NaN record 相等? " + new Circle(Double.NaN).equals(new Circle(Double.NaN)));
        Shape s = new Circle(2);
        System.out.printf("Circle 面积 %.4f %s%n", s.area(), s);
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) set.add(new Point(i % 2, 0));
        System.out.println("HashSet<Point> 去重 size=" + set.size());
        Object o = new Point(7, 8);
        if (o instanceof Point pt && pt.x() < pt.y()) {
            System.out.println("模式匹配 record: x=" + pt.x() + " y=" + pt.y());
        }
        System.out.println("isRecord: " + Point.class.isRecord() + " 组件数: " + Point.class.getRecordComponents().length);
    }
}
