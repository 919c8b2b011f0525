import java.util.Arrays;
import java.util.List;

// 可变参数：空参数、数组直接传递、null、泛型可变参数
public class Main {
    static int sum(int... nums) {
        int total = 0;
        for (int n : nums) total += n;
        return total;
    }

    static String join(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(parts[i]);
        }
        return sb.toString() + " (" + parts.length + " 个)";
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        return Arrays.asList(items);
    }

    static String count(String label, String... xs) {
        return label + ": " + (xs == null ? "数组为 null" : xs.length + " 个 " + Arrays.toString(xs));
    }

    static void mutate(int... xs) {
        if (xs.length > 0) xs[0] = -1;
    }

    static double average(double first, double... rest) {
        double s = first;
        for (double r : rest) s += r;
        return s / (1 + rest.length);
    }

    static String format(String fmt, Object... args) {
        return String.format(fmt, args);
    }

    public static void main(String[] args) {
        System.out.println("sum() = " + sum());
        System.out.println("sum(1) = " + sum(1));
        System.out.println("sum(1,2,3,4) = " + sum(1, 2, 3, 4));
        int[] arr = {10, 20, 30};
        System.out.println("sum(arr) = " + sum(arr));
        mutate(arr);
        System.out.println("传数组会被修改: " + Arrays.toString(arr));
        int a = 5;
        mutate(a);
        System.out.println("传单个值不会被修改: " + a);
        System.out.println(join("、", "甲", "乙", "丙"));
        System.out.println(join("-"));
        System.out.println(join("+", 1, 2.5, 'c', true, null));
        System.out.println(join(",", (Object[]) new String[]{"x", "y"}));
        System.out.println(join(",", (Object) new String[]{"x", "y"}).replaceAll("@[0-9a-f]+", "@HASH"));
        System.out.println(count("空"));
        System.out.println(count("一个", "唯一"));
        System.out.println(count("null 数组", (String[]) null));
        System.out.println(count("null 元素", (String) null));
        List<String> l = listOf("春", "夏", "秋", "冬");
        System.out.println("泛型可变参数: " + l + " size=" + l.size());
        List<Integer> nums = listOf(3, 1, 2);
        System.out.println("Integer 列表: " + nums);
        List<int[]> arrays = listOf(new int[]{1, 2});
        System.out.println("int[] 作为单个元素: size=" + arrays.size() + " 内部长度=" + arrays.get(0).length);
        System.out.println("Arrays.asList(int[]) size = " + Arrays.asList(new int[]{1, 2, 3}).size());
        System.out.println("Arrays.asList(Integer[]) size = " + Arrays.asList(new Integer[]{1, 2, 3}).size());
        System.out.println("average(1) = " + average(1) + " average(1,2,3,4) = " + average(1, 2, 3, 4));
        System.out.println(format("%s 有 %d 个 %s", "仓库", 12, "货架"));
        System.out.println(format("没有参数"));
        String[] empty = {};
        System.out.println(count("空数组", empty));
        Object[] objs = {"a", 1};
        System.out.println("String.format 展开 Object[]: " + String.format("%s-%s", objs));
        System.out.println("main 的 args 长度 = " + args.length);
    }
}
