import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

// equals/hashCode/toString/compareTo 契约，以及违反契约的后果
public class Main {
    static final class Money implements Comparable<Money> {
        private final long cents;
        private final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Money)) return false;
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cents, currency);
        }

        @Override
        public int compareTo(Money o) {
            int c = currency.compareTo(o.currency);
            return c != 0 ? c : Long.compare(cents, o.cents);
        }

        @Override
        public String toString() {
            return String.format("%s %d.%02d", currency, cents / 100, cents % 100);
        }
    }

    // 只重写 equals 不重写 hashCode
    static class BadKey {
        final String id;

        BadKey(String id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BadKey b && b.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.length(); // 故意较差但合法的哈希
        }

        @Override
        public String toString() {
            return "BadKey(" + id + ")";
        }
    }

    // compareTo 与 equals 不一致
    static class Person implements Comparable<Person> {
        final String name;
        final int age;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        @Override
        public int compareTo(Person o) {
            return Integer.compare(age, o.age);
        }

        @Override
        public String toString() {
            return name + "(" + age + ")";
        }
    }

    static class MutableKey {
        int v;

        MutableKey(int v) {
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MutableKey m && m.v == v;
        }

        @Override
        public int hashCode() {
            return v;
        }
    }

    public static void main(String[] args) {
        Money a = new Money(1050, "CNY");
        Money b = new Money(1050, "CNY");
        Money c = new Money(999, "USD");
        System.out.println("a=" + a + " b=" + b + " c=" + c);
        System.out.println("a.equals(b)=" + a.equals(b) + " a==b=" + (a == b) + " hash 相等=" + (a.hashCode() == b.hashCode()));
        System.out.println("a.hashCode()=" + a.hashCode());
        System.out.println("Objects.hash(1,2,3)=" + Objects.hash(1, 2, 3) + " Objects.hash()=" + Objects.hash());
        System.out.println("a.equals(null)=" + a.equals(null) + " a.equals(\"x\")=" + a.equals("CNY 10.50"));
        Set<Money> set = new HashSet<>(List.of(a, c));
        System.out.println("set.contains(b)=" + set.contains(b));
        List<Money> monies = new ArrayList<>(List.of(c, new Money(5, "CNY"), a, new Money(-250, "EUR")));
        Collections.sort(monies);
        System.out.println("排序: " + monies);
        System.out.println("负数金额: " + new Money(-250, "EUR") + " (注意 % 的符号)");

        Map<BadKey, String> m = new HashMap<>();
        m.put(new BadKey("甲"), "一");
        m.put(new BadKey("乙"), "二");
        m.put(new BadKey("甲"), "三");
        System.out.println("BadKey map 大小=" + m.size() + " get(甲)=" + m.get(new BadKey("甲")));

        TreeSet<Person> byAge = new TreeSet<>();
        byAge.add(new Person("张三", 30));
        byAge.add(new Person("李四", 25));
        byAge.add(new Person("王五", 30));
        System.out.println("TreeSet 按年龄去重: " + byAge + " 大小=" + byAge.size());
        Set<Person> hs = new HashSet<>();
        Person p = new Person("赵六", 40);
        hs.add(p);
        hs.add(p);
        hs.add(new Person("赵六", 40));
        System.out.println("HashSet 按引用相等: 大小=" + hs.size());

        Set<MutableKey> mk = new HashSet<>();
        MutableKey k = new MutableKey(1);
        mk.add(k);
        k.v = 2;
        System.out.println("修改键后 contains=" + mk.contains(k) + " size=" + mk.size());
        System.out.println("compareTo 对称性: " + Integer.signum(a.compareTo(c)) + " " + Integer.signum(c.compareTo(a)));
        System.out.println("String.CASE_INSENSITIVE_ORDER: " + String.CASE_INSENSITIVE_ORDER.compare("ABC", "abc"));
        System.out.println("Boolean.compare(true,false)=" + Boolean.compare(true, false) + " Character.compare('a','中')=" + Character.compare('a', '中'));
        System.out.println("List.equals 跨实现: " + new ArrayList<>(List.of(1, 2)).equals(java.util.Arrays.asList(1, 2)));
        System.out.println("List.hashCode: " + List.of(1, 2, 3).hashCode() + " Set.hashCode: " + Set.of(1, 2, 3).hashCode());
        System.out.println("Map.hashCode: " + Map.of("a", 1).hashCode() + " 空 List: " + List.of().hashCode());
        System.out.println("Arrays.hashCode: " + java.util.Arrays.hashCode(new int[]{1, 2, 3}));
    }
}
