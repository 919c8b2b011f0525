import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

// Arrays：sort/binarySearch/fill/asList/toString/deepToString/equals/copyOf/多维数组
public class Main {
    public static void main(String[] args) {
        int[] a = {42, -7, 13, 0, 99, 13, -100};
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        System.out.println("原数组=" + Arrays.toString(a) + " 排序后=" + Arrays.toString(sorted));
        System.out.println("binarySearch(13)=" + Arrays.binarySearch(sorted, 13) + " binarySearch(5)=" + Arrays.binarySearch(sorted, 5) + " binarySearch(1000)=" + Arrays.binarySearch(sorted, 1000));
        int[] part = {9, 8, 7, 6, 5, 4};
        Arrays.sort(part, 1, 4);
        System.out.println("部分排序[1,4)=" + Arrays.toString(part));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1.0, Double.NEGATIVE_INFINITY};
        Arrays.sort(ds);
        System.out.println("double 排序(含 -0.0/NaN)=" + Arrays.toString(ds));
        String[] words = {"香蕉", "apple", "Banana", "苹果", "cherry", "橙子"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        System.out.println("字符串自然序=" + Arrays.toString(w1));
        Arrays.sort(w1, String.CASE_INSENSITIVE_ORDER);
        System.out.println("忽略大小写=" + Arrays.toString(w1));
        Arrays.sort(w1, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("按长度再逆序=" + Arrays.toString(w1));
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("fill=" + Arrays.toString(filled));
        char[] stars = new char[4];
        Arrays.fill(stars, '★');
        System.out.println("char fill=" + new String(stars));
        System.out.println("默认值: int=" + Arrays.toString(new int[2]) + " boolean=" + Arrays.toString(new boolean[2]) + " double=" + Arrays.toString(new double[2]) + " String=" + Arrays.toString(new String[2]) + " char=" + (int) (new char[1])[0]);
        List<String> asList = Arrays.asList("一", "二", "三");
        asList.set(0, "壹");
        System.out.println("asList set 可以=" + asList);
        try {
            asList.add("四");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add -> UnsupportedOperationException");
        }
        String[] backing = {"x", "y"};
        List<String> view = Arrays.asList(backing);
        backing[0] = "改";
        System.out.println("asList 是视图=" + view);
        int[][] matrix = {{1, 2, 3}, {4, 5}, {}};
        System.out.println("deepToString=" + Arrays.deepToString(matrix) + " toString 只打印引用? " + Arrays.toString(matrix).startsWith("[[I@"));
        String[][][] cube = {{{"a"}, {"b", "c"}}, {{"中"}}};
        System.out.println("三维=" + Arrays.deepToString(cube));
        int[] x = {1, 2, 3}, y = {1, 2, 3};
        System.out.println("== " + (x == y) + " equals(Object) " + x.equals(y) + " Arrays.equals " + Arrays.equals(x, y));
        int[][] m1 = {{1}, {2}}, m2 = {{1}, {2}};
        System.out.println("Arrays.equals 二维 " + Arrays.equals(m1, m2) + " deepEquals " + Arrays.deepEquals(m1, m2));
        System.out.println("hashCode=" + Arrays.hashCode(x) + " deepHashCode=" + Arrays.deepHashCode(m1));
        System.out.println("copyOf 扩展=" + Arrays.toString(Arrays.copyOf(x, 5)) + " 截断=" + Arrays.toString(Arrays.copyOf(x, 2)) + " copyOfRange=" + Arrays.toString(Arrays.copyOfRange(sorted, 2, 5)));
        System.out.println("compare=" + Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " mismatch=" + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println("Integer[] 逆序=" + Arrays.toString(boxed));
        int[] pre = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(pre, Integer::sum);
        System.out.println("前缀和=" + Arrays.toString(pre));
        int[] sq = new int[6];
        Arrays.setAll(sq, i -> i * i);
        System.out.println("setAll=" + Arrays.toString(sq) + " stream sum=" + Arrays.stream(sq).sum());
        int[][] jag = new int[3][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            Arrays.fill(jag[i], i);
        }
        System.out.println("锯齿数组=" + Arrays.deepToString(jag));
        long[][] grid = new long[2][3];
        grid[1][2] = Long.MAX_VALUE;
        System.out.println("long 二维=" + Arrays.deepToString(grid));
        System.out.println("null 数组 toString=" + Arrays.toString((int[]) null));
        Object[] objs = {1, "二", null, new int[]{3}, new String[]{"四"}};
        System.out.println("混合 deepToString=" + Arrays.deepToString(objs));
        System.out.println("数组长度与 clone 独立: " + (a.clone() != a) + " " + a.length);
        try {
            int[] neg = new int[-1];
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException: " + e.getMessage());
        }
    }
}
