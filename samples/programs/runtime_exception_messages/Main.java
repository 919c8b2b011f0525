import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

// 运行时异常及其 getMessage()：/ by zero、数组越界、字符串越界、List 越界、NumberFormatException、ClassCast、
// 显式 NPE 消息（隐式 NPE 只打印类名，因为 JDK 17 的 helpful NPE 消息依赖字节码细节）、流中 lambda 抛出的异常
public class Main {
    enum Level { 低, 中, 高 }

    static void probe(String label, Supplier<Object> action) {
        try {
            Object r = action.get();
            System.out.println(label + " => 正常: " + r);
        } catch (NullPointerException e) {
            System.out.println(label + " => NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(label + " => " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static int parsePrice(String s) {
        return Integer.parseInt(s.trim());
    }

    public static void main(String[] args) {
        int zero = 0;
        long lzero = 0;
        int[] arr = {1, 2, 3};
        String s = "你好abc";
        List<String> list = new ArrayList<>(List.of("甲", "乙"));
        String nothing = null;

        System.out.println("== 算术 ==");
        probe("10 / 0", () -> 10 / zero);
        probe("10 % 0", () -> 10 % zero);
        probe("10L / 0L", () -> 10L / lzero);
        probe("10.0 / 0", () -> 10.0 / zero);
        probe("0.0 / 0", () -> 0.0 / zero);
        probe("Math.floorMod(5, 0)", () -> Math.floorMod(5, zero));
        probe("BigInteger 除以零", () -> java.math.BigInteger.TEN.divide(java.math.BigInteger.ZERO));
        probe("BigDecimal 1/3", () -> java.math.BigDecimal.ONE.divide(new java.math.BigDecimal(3)));
        try {
            int avg = 100 / zero;
            System.out.println(avg);
        } catch (ArithmeticException e) {
            System.out.println("直接捕获: getMessage=" + e.getMessage() + ", toString=" + e);
        }

        System.out.println("== 数组 ==");
        probe("arr[3]", () -> arr[3]);
        probe("arr[-1]", () -> arr[-1]);
        probe("new int[-2]", () -> new int[zero - 2]);
        int[][] grid = new int[2][3];
        probe("grid[1][5]", () -> grid[1][5]);
        probe("grid[2][0]", () -> grid[2][0]);
        probe("Arrays.copyOfRange(arr, 2, 1)", () -> java.util.Arrays.copyOfRange(arr, 2, 1));
        probe("System.arraycopy 越界", () -> {
            System.arraycopy(arr, 0, new int[2], 0, 3);
            return null;
        });
        probe("ArrayStore", () -> {
            Object[] objs = new String[1];
            objs[0] = 1;
            return objs;
        });

        System.out.println("== 字符串 ==");
        probe("charAt(10)", () -> s.charAt(10));
        probe("charAt(-1)", () -> s.charAt(-1));
        probe("substring(3, 10)", () -> s.substring(3, 10));
        probe("substring(4, 2)", () -> s.substring(4, 2));
        probe("substring(-1)", () -> s.substring(-1));
        probe("substring(6)", () -> "[" + s.substring(5) + "]");
        probe("StringBuilder.charAt(9)", () -> new StringBuilder(s).charAt(9));
        probe("StringBuilder.deleteCharAt(5)", () -> new StringBuilder("abc").deleteCharAt(5));
        probe("StringBuilder.insert(7)", () -> new StringBuilder("abc").insert(7, "x"));
        probe("codePointAt(5)", () -> s.codePointAt(5));
        probe("\"abc\".repeat(-2)", () -> "abc".repeat(-2));

        System.out.println("== 集合 ==");
        probe("list.get(2)", () -> list.get(2));
        probe("list.get(-1)", () -> list.get(-1));
        probe("list.set(5)", () -> list.set(5, "丙"));
        probe("list.add(4, x)", () -> {
            list.add(4, "x");
            return list;
        });
        probe("subList(1, 3)", () -> list.subList(1, 3));
        probe("List.of().get(0)", () -> List.of().get(0));
        probe("new ArrayList<>(-1)", () -> new ArrayList<String>(-1));
        probe("iterator.next() 空", () -> new ArrayList<String>().iterator().next());
        probe("TreeMap.firstKey 空", () -> new TreeMap<String, Integer>().firstKey());
        probe("List.of 修改", () -> List.of(1).add(2));
        probe("Map.of 重复键", () -> Map.of("k", 1, "k", 2));

        System.out.println("== 数字解析 ==");
        String[] inputs = {"123", " 42 ", "12.5", "", "abc", "2147483648", "-2147483649", "+7", "--1", "１２３", "0x1F", "1_000"};
        for (String in : inputs) {
            try {
                System.out.println("parseInt(\"" + in + "\") = " + Integer.parseInt(in));
            } catch (NumberFormatException e) {
                System.out.println("parseInt(\"" + in + "\") NumberFormatException: " + e.getMessage());
            }
        }
        probe("parseInt(null)", () -> Integer.parseInt(null));
        probe("parseInt(\"ff\", 16)", () -> Integer.parseInt("ff", 16));
        probe("parseInt(\"fg\", 16)", () -> Integer.parseInt("fg", 16));
        probe("parseInt(\"1\", 99)", () -> Integer.parseInt("1", 99));
        probe("parseLong(\"9223372036854775808\")", () -> Long.parseLong("9223372036854775808"));
        probe("parseDouble(\"1,5\")", () -> Double.parseDouble("1,5"));
        probe("parseDouble(\"\")", () -> Double.parseDouble(""));
        probe("valueOf(\"  3.5  \")", () -> Double.valueOf("  3.5  "));
        probe("new BigDecimal(\"1e\")", () -> new java.math.BigDecimal("1e"));

        System.out.println("== 类型与空值 ==");
        try {
            Object o = "字符串";
            Integer bad = (Integer) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException 消息以 \"class java.lang.String cannot be cast\" 开头: "
                    + e.getMessage().startsWith("class java.lang.String cannot be cast to class java.lang.Integer"));
        }
        probe("隐式 NPE: nothing.length()", () -> nothing.length());
        probe("隐式 NPE: 拆箱", () -> {
            Integer boxed = null;
            int v = boxed;
            return v;
        });
        try {
            Objects.requireNonNull(nothing, "订单号不能为空");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull 消息: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(nothing);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull 无消息: " + e.getMessage());
        }
        try {
            throw new NullPointerException("手动抛出: 用户为空");
        } catch (NullPointerException e) {
            System.out.println("显式 NPE: " + e.getMessage());
        }
        probe("Optional.of(null)", () -> java.util.Optional.of(nothing));
        probe("Optional.empty().get()", () -> java.util.Optional.empty().get());
        probe("Enum.valueOf", () -> Level.valueOf("跑步"));

        System.out.println("== 流中 lambda 抛出 ==");
        List<String> prices = List.of("12", " 30 ", "九十", "7");
        List<Integer> parsed = new ArrayList<>();
        try {
            prices.stream().map(Main::parsePrice).forEach(parsed::add);
        } catch (NumberFormatException e) {
            System.out.println("流中断: " + e.getMessage() + ", 已处理 " + parsed);
        }
        int sum = prices.stream().mapToInt(p -> {
            try {
                return parsePrice(p);
            } catch (NumberFormatException e) {
                System.out.println("  跳过无效价格 [" + p + "]");
                return 0;
            }
        }).sum();
        System.out.println("容错求和 = " + sum);
        try {
            int total = List.of(10, 5, 0, 2).stream().mapToInt(d -> 100 / d).sum();
            System.out.println(total);
        } catch (ArithmeticException e) {
            System.out.println("流中除零: " + e.getMessage());
        }
        try {
            List.of("a", "bb", "ccc").stream().map(w -> {
                if (w.length() == 2) throw new IllegalStateException("不喜欢长度为 2 的词: " + w);
                return w.toUpperCase();
            }).toList();
        } catch (IllegalStateException e) {
            System.out.println("自定义运行时异常: " + e.getMessage());
        }
    }
}
