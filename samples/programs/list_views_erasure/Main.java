import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

// 通过另一种元素类型看同一个列表：通配符、原始类型、未检查转换（写入穿透，取出时才检查类型）
public class Main {
    static double sum(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static int count(List<?> list) {
        return list.size();
    }

    static void addSquares(List<? super Integer> sink, int n) {
        for (int i = 1; i <= n; i++) sink.add(i * i);
    }

    static <T> T last(List<? extends T> list) {
        return list.get(list.size() - 1);
    }

    static int countOdd(Set<? extends Number> set) {
        int n = 0;
        for (Number x : set) if (x.intValue() % 2 != 0) n++;
        return n;
    }

    static void addAnswer(Set<? super Integer> sink) {
        sink.add(42);
    }

    static String describe(Object o) {
        if (o instanceof List<?> list) return "列表 " + list.size() + " 个, 首个 " + (list.isEmpty() ? "无" : list.get(0));
        return "不是列表";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<Integer> ints = new ArrayList<>(List.of(3, 1, 2));
        System.out.println("sum = " + sum(ints) + ", count = " + count(ints) + ", last = " + last(ints));
        List<Number> nums = new ArrayList<>();
        addSquares(nums, 3);
        addSquares(ints, 2);
        System.out.println("? super Integer: " + nums + " " + ints);

        List raw = ints;
        raw.add(10);
        System.out.println("原始类型写入: " + ints + " size " + raw.size());
        List<? extends Number> ro = ints;
        System.out.println("ro.get(0) = " + ro.get(0) + ", ro = " + ro + ", equals " + ro.equals(ints) + ", hashCode 相同 " + (ro.hashCode() == ints.hashCode()));
        Iterator<? extends Number> it = ro.iterator();
        while (it.hasNext()) if (it.next().intValue() % 2 == 0) it.remove();
        System.out.println("迭代器删除偶数: " + ints);

        System.out.println(describe(List.of("甲", "乙")) + "; " + describe(ints) + "; " + describe(new ArrayList<String>()) + "; " + describe("字符串"));

        List<Object> objects = new ArrayList<>(List.of("a", 2));
        List<String> strings = (List<String>) (List<?>) objects;
        System.out.println("size " + strings.size() + " first " + strings.get(0) + " " + strings);
        try {
            String s = strings.get(1);
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("取出时才抛 ClassCastException");
        }
        strings.add("c");
        strings.set(0, "z");
        System.out.println("写入穿透: " + objects);

        Object o = ints;
        List<String> fromObject = (List<String>) o;
        System.out.println("Object 转 List<String>: size " + fromObject.size() + " " + fromObject);

        Iterator<?> it2 = ((List<?>) ints).iterator();
        it2.next();
        ints.add(5);
        try {
            it2.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("视图的迭代器也是快速失败的");
        }
        Collections.reverse(raw);
        Collections.sort(raw);
        System.out.println("Collections 经原始类型排序: " + ints);
        Set<Integer> set = new TreeSet<>(List.of(5, 2, 7));
        Set<Object> sink = new TreeSet<>();
        sink.add(1);
        addAnswer(sink);
        System.out.println("Set<? extends Number>: 奇数 " + countOdd(set) + ", sum " + sum(set) + "; Set<? super Integer>: " + sink);
        List<Integer> fixed = List.of(1, 2);
        List<?> fixedView = fixed;
        try {
            ((List<Object>) fixedView).add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of 经视图也不可修改");
        }
    }
}
