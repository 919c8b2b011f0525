import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

// Object 方法在 record 与普通类中的对比：自动生成 vs 手写 equals/hashCode/toString，作为 HashMap 键、数组字段、覆写 record 访问器
public class Main {
    record Point(int x, int y) {
    }

    static final class PointClass {
        final int x, y;

        PointClass(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof PointClass)) return false;
            PointClass p = (PointClass) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }

        @Override
        public String toString() {
            return "PointClass(" + x + ", " + y + ")";
        }
    }

    static final class NoEquals {
        final int v;

        NoEquals(int v) {
            this.v = v;
        }
    }

    record Money(long cents, String currency) {
        Money {
            Objects.requireNonNull(currency, "currency");
            currency = currency.toUpperCase();
        }

        @Override
        public String toString() {
            return currency + " " + cents / 100 + "." + String.format("%02d", Math.abs(cents % 100));
        }
    }

    record Tags(String name, String[] values) {
    }

    record TagsFixed(String name, List<String> values) {
        TagsFixed {
            values = List.copyOf(values);
        }
    }

    record CaseInsensitive(String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CaseInsensitive c && c.name.equalsIgnoreCase(name);
        }

        @Override
        public int hashCode() {
            return name.toLowerCase().hashCode();
        }

        @Override
        public String name() {
            return "«" + name + "»";
        }
    }

    record Pair<A, B>(A first, B second) {
    }

    record Empty() {
    }

    public static void main(String[] args) {
        Point p1 = new Point(1, 2), p2 = new Point(1, 2), p3 = new Point(2, 1);
        PointClass c1 = new PointClass(1, 2), c2 = new PointClass(1, 2);
        System.out.println("record toString: " + p1 + ", class toString: " + c1);
        System.out.println("record equals: " + p1.equals(p2) + " " + p1.equals(p3) + ", == " + (p1 == p2));
        System.out.println("class equals: " + c1.equals(c2) + ", record 与 class 互等? " + p1.equals(c1));
        System.out.println("record hashCode: " + p1.hashCode() + " " + p3.hashCode() + ", class hashCode: " + c1.hashCode());
        System.out.println("Point(0,0).hashCode = " + new Point(0, 0).hashCode() + ", Point(-1, MIN).hashCode = " + new Point(-1, Integer.MIN_VALUE).hashCode());
        Map<Point, String> byRecord = new HashMap<>();
        byRecord.put(p1, "甲");
        byRecord.put(p2, "乙");
        byRecord.put(p3, "丙");
        Map<PointClass, String> byClass = new HashMap<>();
        byClass.put(c1, "甲");
        byClass.put(c2, "乙");
        System.out.println("record 键 size=" + byRecord.size() + " get(1,2)=" + byRecord.get(new Point(1, 2)));
        System.out.println("class 键 size=" + byClass.size() + " get(1,2)=" + byClass.get(new PointClass(1, 2)));
        Set<NoEquals> noEq = new HashSet<>();
        NoEquals n1 = new NoEquals(7);
        noEq.add(n1);
        noEq.add(new NoEquals(7));
        noEq.add(n1);
        System.out.println("未覆写 equals 的类 set size=" + noEq.size() + ", contains(new 7)=" + noEq.contains(new NoEquals(7)) + ", contains(同一实例)=" + noEq.contains(n1));

        Money m1 = new Money(12345, "cny"), m2 = new Money(12345, "CNY"), m3 = new Money(-5, "usd");
        System.out.println("紧凑构造规范化: " + m1 + " equals " + m2 + " = " + m1.equals(m2) + ", hash 相同 " + (m1.hashCode() == m2.hashCode()));
        System.out.println("负数金额(toString 丢失符号): " + m3 + ", cents=" + m3.cents() + ", currency()=" + m3.currency());
        try {
            new Money(1, null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }

        String[] arr = {"红", "绿"};
        Tags t1 = new Tags("颜色", arr), t2 = new Tags("颜色", new String[]{"红", "绿"});
        System.out.println("数组字段 record equals(内容相同) = " + t1.equals(t2) + ", 同一数组 = " + t1.equals(new Tags("颜色", arr)));
        String s = t1.toString();
        System.out.println("数组字段 toString 以 " + s.substring(0, s.indexOf("values=") + 7) + " 开头, 含 [Ljava.lang.String; = " + s.contains("[Ljava.lang.String;"));
        List<String> src = new ArrayList<>(List.of("红", "绿"));
        TagsFixed f1 = new TagsFixed("颜色", src);
        src.add("蓝");
        System.out.println("List 字段防御性复制: " + f1 + ", equals = " + f1.equals(new TagsFixed("颜色", List.of("红", "绿"))) + ", hash = " + f1.hashCode());

        CaseInsensitive a = new CaseInsensitive("Java"), b = new CaseInsensitive("JAVA");
        System.out.println("覆写 equals 的 record: " + a.equals(b) + ", hash 相等 " + (a.hashCode() == b.hashCode()) + ", toString " + a + ", name() " + a.name());
        Set<CaseInsensitive> langs = new HashSet<>(List.of(a, new CaseInsensitive("Go")));
        System.out.println("集合含 JAVA: " + langs.contains(b) + ", 含 go: " + langs.contains(new CaseInsensitive("go")) + ", size " + langs.size());

        Pair<String, Integer> pa = new Pair<>("年龄", 30);
        Pair<String, Integer> pb = new Pair<>("年龄", 30);
        Pair<String, Long> pc = new Pair<>("年龄", 30L);
        System.out.println("泛型 record: " + pa + " equals " + pa.equals(pb) + ", Integer vs Long: " + pa.equals(pc) + ", hash " + pa.hashCode() + " / " + pc.hashCode());
        Pair<String, String> nulls = new Pair<>(null, null);
        System.out.println("null 组件: " + nulls + ", hash " + nulls.hashCode() + ", equals " + nulls.equals(new Pair<>(null, null)));
        System.out.println("空 record: " + new Empty() + ", equals " + new Empty().equals(new Empty()) + ", hash " + new Empty().hashCode());
        Pair<Point, Money> nested = new Pair<>(new Point(3, 4), new Money(100, "eur"));
        System.out.println("嵌套: " + nested + ", hash " + nested.hashCode());
        Pair<Double, Double> dz = new Pair<>(0.0, -0.0);
        System.out.println("Double 组件: " + dz + ", first.equals(second) = " + dz.first().equals(dz.second()) + ", Point(0,0) equals Point(-0,0) = " + new Point(0, 0).equals(new Point(-0, 0)));
        System.out.println("Objects.hash(1, 2) = " + Objects.hash(1, 2) + ", Point(1,2).hashCode = " + p1.hashCode() + ", c1 = " + c1.hashCode());
        System.out.println("Objects.equals(null, null) = " + Objects.equals(null, null) + ", Objects.toString(null, \"无\") = " + Objects.toString(null, "无"));
    }
}
