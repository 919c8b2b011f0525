import java.util.Locale;

// String.format / printf 的常见格式说明符
public class Main {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d]", 42, 42, 42, 42, 42));
        System.out.println(String.format("[%08d] [%08d]", 123, -123));
        System.out.println(String.format("[%,d] [%,d] [%,.2f]", 1234567, -9876543210L, 1234567.891));
        System.out.println(String.format("[%x] [%X] [%08x] [%o] [%#x]", 255, 255, 48879, 8, 255));
        System.out.println(String.format("[%x] (负数)", -1));
        System.out.println(String.format("[%5.2f] [%.2f] [%10.3f] [%-10.1f|]", 3.14159, 2.675, -1.5, 9.99));
        System.out.println(String.format("[%.2f] [%.2f] [%.1f] [%.1f]", 0.125, 0.135, 0.05, 0.15));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s]", "迁移", "右对齐", "左对齐", "截断字符串"));
        System.out.println(String.format("[%s] [%S] [%s]", null, "lower", (Object) null));
        System.out.println(String.format("[%b] [%b] [%b] [%b]", true, null, "x", 0));
        System.out.println(String.format("[%c] [%c] [%c]", 'A', '中', 0x1F600));
        System.out.println(String.format("[%e] [%.2e] [%E]", 12345.678, 0.000123, 1e100));
        System.out.println(String.format("%%d 字面百分号: 100%%"));
        System.out.println(String.format("%2$s 在 %1$s 之后", "第一", "第二"));
        System.out.println(String.format("%s %<s %s", "重复", "下一个"));
        System.out.println(String.format("[%10.4s]", "abcdefg"));
        System.out.println(String.format("[%h]", "hi"));
        System.out.println(String.format("[%d] [%d] [%d]", (byte) -1, (short) 300, Long.MIN_VALUE));
        System.out.println(String.format("[%x] [%x]", (byte) -1, Long.MAX_VALUE));
        System.out.println(String.format("[%s] [%s] [%s]", 1.0f, 1e10, new int[0].length));
        System.out.println(String.format("[%-6s|%6s]", "中文", "中文"));
        System.out.println(String.format(Locale.ROOT, "%,d", 1000000));
        System.out.println(String.format(Locale.GERMANY, "德国: %,.2f", 1234567.891));
        System.out.println(String.format(Locale.FRANCE, "法国: %,d", 1234567));
        System.out.println(String.format("[%(d] [%(.1f]", -15, -2.5));
        System.out.println(String.format("[% d] [% d]", 5, -5));
        System.out.println(String.format("%n").length());
        System.out.printf("printf: %s 共 %d 件, 单价 %.2f 元, 合计 %,.2f 元%n", "键盘", 1200, 199.5, 1200 * 199.5);
        System.out.printf(Locale.US, "%-8s|%8s|%n", "名称", "数量");
        String row = "%-6s%6d%10.2f%n";
        System.out.printf(row, "苹果", 3, 4.5);
        System.out.printf(row, "橙子", 12, 10.25);
        System.out.printf(row, "西瓜", 100, 1234.5);
        System.out.println("formatted: " + "%s=%d".formatted("键", 7));
        System.out.println(String.join(",", "a", "b", "c"));
        try {
            String.format("%d", "不是数字");
        } catch (java.util.IllegalFormatException e) {
            System.out.println("格式异常: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            String.format("%s %s", "只有一个");
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("缺少参数: " + e.getMessage());
        }
    }
}
