import java.util.HashSet;
import java.util.Set;

// equals 与 ==、字符串哈希码、常量折叠
public class Main {
    static final String PREFIX = "订单";

    static String build(String a, String b) {
        return a + b;
    }

    public static void main(String[] args) {
        String a = "订单123";
        String b = "订单123";
        String c = new String("订单123");
        String d = PREFIX + "123";
        String suffix = "123";
        String e = PREFIX + suffix;
        String f = build(PREFIX, "123");
        System.out.println("字面量 == 字面量: " + (a == b));
        System.out.println("字面量 == new String: " + (a == c));
        System.out.println("字面量 equals new String: " + a.equals(c));
        System.out.println("常量折叠 ==: " + (a == d));
        System.out.println("运行时拼接 ==: " + (a == e));
        System.out.println("方法拼接 ==: " + (a == f));
        System.out.println("intern 后 ==: " + (a == e.intern()));
        String[] words = {"", "a", "ab", "abc", "中", "中文", "Java转Go", "Aa", "BB", "polygenelubricants",
                "订单123", "🚀", "hello world", "迁移工具", "\0"};
        for (String w : words) {
            System.out.println("hash(\"" + w.replace("\0", "\\0") + "\") = " + w.hashCode());
        }
        System.out.println("Aa 与 BB 哈希冲突: " + ("Aa".hashCode() == "BB".hashCode()));
        Set<String> set = new HashSet<>();
        set.add(a);
        set.add(c);
        set.add(e);
        System.out.println("HashSet 去重后大小: " + set.size());
        System.out.println("contentEquals(StringBuilder): " + a.contentEquals(new StringBuilder("订单").append(123)));
        System.out.println("StringBuilder equals 比较引用: " + new StringBuilder("x").equals(new StringBuilder("x")));
        System.out.println("compareTo: " + "apple".compareTo("banana") + " " + "abc".compareTo("ab") + " " + "B".compareTo("a"));
        System.out.println("compareToIgnoreCase: " + "B".compareToIgnoreCase("a"));
        System.out.println("regionMatches: " + "迁移工具箱".regionMatches(2, "工具", 0, 2));
        Object o = a;
        System.out.println("Object equals: " + o.equals(c) + " 哈希一致: " + (o.hashCode() == c.hashCode()));
        System.out.println("空串 isEmpty: " + "".isEmpty() + " 长度 " + "".length());
        System.out.println("String.valueOf(char) == String.valueOf(char): " + (String.valueOf('x') == String.valueOf('x')));
        System.out.println("switch 与 equals 一致: " + classify(c));
        int h = 0;
        for (char ch : "订单123".toCharArray()) {
            h = 31 * h + ch;
        }
        System.out.println("手算哈希 = " + h + " 与 hashCode 一致: " + (h == a.hashCode()));
    }

    static String classify(String s) {
        switch (s) {
            case "订单123":
                return "命中订单";
            default:
                return "未命中";
        }
    }
}
