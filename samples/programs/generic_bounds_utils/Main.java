import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

// 泛型工具方法：min/max 使用 <T extends Comparable<? super T>>、有界通配符 ? extends / ? super 的 copy/sum/addAll、显式类型实参 Main.<T>m()
public class Main {
    enum Day { 周一, 周二, 周三, 周四, 周五, 周六, 周日 }

    static class Version implements Comparable<Version> {
        final int major, minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        @Override
        public String toString() {
            return "v" + major + "." + minor;
        }
    }

    static class Release extends Version {
        final String codename;

        Release(int major, int minor, String codename) {
            super(major, minor);
            this.codename = codename;
        }

        @Override
        public String toString() {
            return super.toString() + "(" + codename + ")";
        }
    }

    static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        if (items.isEmpty()) throw new IllegalArgumentException("空集合没有最大值");
        T best = null;
        for (T t : items) if (best == null || t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T extends Comparable<? super T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @SafeVarargs
    static <T extends Comparable<? super T>> T minOf(T first, T... rest) {
        T m = first;
        for (T t : rest) m = min(m, t);
        return m;
    }

    static <T> T maxBy(List<? extends T> items, Comparator<? super T> cmp) {
        T best = items.get(0);
        for (T t : items) if (cmp.compare(t, best) > 0) best = t;
        return best;
    }

    static double sum(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static long sumExact(Collection<? extends Number> nums) {
        long s = 0;
        for (Number n : nums) s = Math.addExact(s, n.longValue());
        return s;
    }

    static <T> void copy(List<? super T> dst, List<? extends T> src) {
        for (T t : src) dst.add(t);
    }

    static void fillInts(List<? super Integer> dst, int from, int count) {
        for (int i = 0; i < count; i++) dst.add(from + i);
    }

    static <T extends Comparable<? super T>> boolean isSorted(List<T> list) {
        for (int i = 1; i < list.size(); i++) if (list.get(i - 1).compareTo(list.get(i)) > 0) return false;
        return true;
    }

    static <T extends Comparable<? super T>> int binarySearch(List<? extends T> list, T key) {
        int lo = 0, hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = list.get(mid).compareTo(key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    static <T> List<T> repeat(T value, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(value);
        return out;
    }

    static <A, B> List<String> zip(List<A> as, List<B> bs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++) out.add(as.get(i) + "=" + bs.get(i));
        return out;
    }

    public static void main(String[] args) {
        System.out.println("max(整数) = " + max(List.of(3, -7, 42, 0, Integer.MIN_VALUE)));
        System.out.println("max(字符串) = " + max(List.of("苹果", "香蕉", "apple", "Zebra", "橙子")));
        System.out.println("max(字符) = " + max(Arrays.asList('a', '中', 'Z', '~', '\u3000')));
        System.out.println("minOf(3.5, -0.0, 0.0, 2.0) = " + minOf(3.5, -0.0, 0.0, 2.0));
        System.out.println("minOf(0.0, -0.0) = " + minOf(0.0, -0.0) + ", minOf(NaN, 1.0) = " + minOf(Double.NaN, 1.0));
        System.out.println("minOf(单个) = " + minOf("唯一"));
        List<Release> releases = List.of(new Release(1, 8, "老版本"), new Release(17, 0, "长期支持"), new Release(11, 2, "中期"), new Release(17, 0, "同号"));
        Release newest = max(releases);
        System.out.println("max(Release) 通过 Comparable<Version> = " + newest);
        Version vm = min(new Version(2, 0), new Release(1, 9, "旧"));
        System.out.println("min(Version, Release) = " + vm);
        System.out.println("max(枚举 Day) = " + max(List.of(Day.周一, Day.周日, Day.周五)));
        try {
            max(List.<Integer>of());
        } catch (IllegalArgumentException e) {
            System.out.println("空集合: " + e.getMessage());
        }
        System.out.println("maxBy(名字长度) = " + maxBy(List.of("李", "欧阳修", "Tom", "张三"), Comparator.comparingInt(String::length)));
        Comparator<Object> byToString = Comparator.comparing(Object::toString);
        System.out.println("maxBy(Comparator<Object>) = " + maxBy(releases, byToString));

        List<Integer> ints = List.of(1, 2, 3, Integer.MAX_VALUE);
        List<Double> doubles = List.of(0.1, 0.2, 0.3);
        List<Number> mixed = new ArrayList<>();
        mixed.add(1);
        mixed.add(2.5f);
        mixed.add(3L);
        mixed.add((short) -4);
        mixed.add(new java.math.BigDecimal("0.125"));
        System.out.println("sum(ints) = " + sum(ints) + ", sumExact = " + sumExact(ints));
        System.out.println("sum(doubles) = " + sum(doubles) + ", sum(mixed) = " + sum(mixed) + ", sumExact(mixed) = " + sumExact(mixed));
        try {
            sumExact(List.of(Long.MAX_VALUE, 1L));
        } catch (ArithmeticException e) {
            System.out.println("sumExact 溢出: " + e.getMessage());
        }
        List<Object> sink = new ArrayList<>();
        copy(sink, List.of("文字", "text"));
        Main.<Number>copy(sink, ints);
        fillInts(sink, 100, 3);
        List<Number> numSink = new ArrayList<>();
        fillInts(numSink, -2, 4);
        System.out.println("copy 到 List<Object>: " + sink);
        System.out.println("fillInts 到 List<Number>: " + numSink + ", sum = " + sum(numSink));

        List<String> words = new ArrayList<>(List.of("阿", "八", "茶", "大", "额"));
        System.out.println("isSorted(" + words + ") = " + isSorted(words));
        words.sort(null);
        System.out.println("排序后 " + words + " isSorted = " + isSorted(words));
        List<Integer> sorted = List.of(-5, 0, 3, 3, 8, 13, 21);
        for (int key : new int[]{3, -5, 21, 4, -100, 100}) {
            System.out.println("binarySearch(" + key + ") = " + binarySearch(sorted, key));
        }
        System.out.println("binarySearch(Release, Version) = " + binarySearch(List.of(new Release(1, 0, "a"), new Release(2, 0, "b")), new Version(2, 0)));
        List<String> r = Main.<String>repeat("哈", 3);
        List<List<Integer>> nested = Main.<List<Integer>>repeat(List.of(1, 2), 2);
        System.out.println("显式类型实参 repeat: " + r + " " + nested + " " + Main.<Object>repeat(null, 2));
        System.out.println("zip: " + Main.<String, Integer>zip(List.of("一", "二", "三"), List.of(1, 2)));
        System.out.println("Collections.<Integer>emptyList().size() = " + java.util.Collections.<Integer>emptyList().size());
        List<? extends Number> ro = ints;
        Number first = ro.get(0);
        System.out.println("? extends 读取: " + first + ", 大小 " + ro.size());
    }
}
