import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

// 字符串工具：split 的正则与 limit、String.join、repeat、chars()/codePoints()、按码点反转、compareTo 排序
public class Main {
    static void showSplit(String s, String regex, int limit) {
        String[] parts = s.split(regex, limit);
        StringBuilder sb = new StringBuilder();
        for (String p : parts) sb.append('<').append(p).append('>');
        System.out.println("split(\"" + s + "\", \"" + regex + "\", " + limit + ") -> " + parts.length + " " + sb);
    }

    static String reverseChars(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0, j = cs.length - 1; i < j; i++, j--) {
            char t = cs[i];
            cs[i] = cs[j];
            cs[j] = t;
        }
        return new String(cs);
    }

    static String reverseCodePoints(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = cps.length - 1; i >= 0; i--) sb.appendCodePoint(cps[i]);
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println("== split ==");
        showSplit("a,b,,c,,", ",", 0);
        showSplit("a,b,,c,,", ",", -1);
        showSplit("a,b,,c,,", ",", 2);
        showSplit("a,b,,c,,", ",", 10);
        showSplit(",a,b", ",", 0);
        showSplit("", ",", 0);
        showSplit("北京 上海\t\t广州   深圳", "\\s+", 0);
        showSplit("  前后空格  ", "\\s+", 0);
        showSplit("一、二、三；四;五", "[、；;]", 0);
        showSplit("key=value=more", "=", 2);
        showSplit("1.2.3", ".", 0);
        showSplit("1.2.3", "\\.", 0);
        showSplit("a1b22c333d", "\\d+", 0);
        showSplit("abc", "", 0);
        showSplit("中文abc", "", 2);
        showSplit("x|y|z", "\\|", -1);
        showSplit("苹果-香蕉--橙子", "-", -1);

        System.out.println("== join / repeat ==");
        List<String> cities = List.of("北京", "上海", "广州");
        System.out.println(String.join("、", cities));
        System.out.println(String.join("", "a", "b", "c"));
        System.out.println("[" + String.join(",", List.of()) + "]");
        System.out.println(String.join(" -> ", "起点", "", "终点"));
        System.out.println("=".repeat(10) + " 标题 " + "=".repeat(10));
        System.out.println("[" + "abc".repeat(0) + "] [" + "好".repeat(5) + "] [" + "😀".repeat(3) + "] 长度 " + "😀".repeat(3).length());
        System.out.println(cities.stream().map(c -> c.repeat(2)).collect(Collectors.joining(", ", "{", "}")));
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat(-1): " + e.getMessage());
        }

        System.out.println("== chars() / codePoints() ==");
        String s = "Java编程😀!";
        System.out.println("length=" + s.length() + " codePointCount=" + s.codePointCount(0, s.length()));
        System.out.println("chars: " + Arrays.toString(s.chars().toArray()));
        System.out.println("codePoints: " + Arrays.toString(s.codePoints().toArray()));
        System.out.println("字母数(chars): " + s.chars().filter(Character::isLetter).count() + ", 大写: " + s.chars().filter(Character::isUpperCase).count());
        System.out.println("最大 char: " + s.chars().max().getAsInt() + ", 和: " + s.chars().sum());
        System.out.println("chars 映射回字符串: " + s.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("/")).length());
        System.out.println("码点转字符串: " + s.codePoints().mapToObj(Character::toString).collect(Collectors.joining("/")));
        System.out.println("十六进制码点: " + s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(" ")));

        System.out.println("== 反转 ==");
        String[] samples = {"hello", "你好世界", "a😀b", "👨‍👩‍👧", "𠮷野家", "", "x"};
        for (String t : samples) {
            String byChars = reverseChars(t);
            String byCp = reverseCodePoints(t);
            String bySb = new StringBuilder(t).reverse().toString();
            System.out.println("[" + t + "] chars=" + byChars.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(","))
                    + " 码点=[" + byCp + "] StringBuilder=[" + bySb + "] 相同? " + byCp.equals(bySb));
        }

        System.out.println("== compareTo ==");
        String[][] pairs = {{"apple", "Apple"}, {"apple", "apples"}, {"abc", "abd"}, {"a", ""}, {"中", "国"}, {"Z", "a"},
                {"张三", "张三丰"}, {"😀", "\uFFFF"}, {"10", "9"}, {"ABC", "abc"}};
        for (String[] p : pairs) {
            System.out.println("\"" + p[0] + "\".compareTo(\"" + p[1] + "\") = " + p[0].compareTo(p[1])
                    + ", IgnoreCase = " + p[0].compareToIgnoreCase(p[1]));
        }
        String[] names = {"王五", "banana", "Apple", "张三", "apple", "李四", "10号", "9号", "😀笑脸", "Ｚ全角", "_下划线"};
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        System.out.println("自然顺序: " + Arrays.toString(sorted));
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        System.out.println("忽略大小写: " + Arrays.toString(sorted));
        Arrays.sort(sorted, (a, b) -> b.length() != a.length() ? a.length() - b.length() : a.compareTo(b));
        System.out.println("按长度再字典序: " + Arrays.toString(sorted));
        System.out.println("== 其它 ==");
        System.out.println("\"  x  \".strip()=[" + "  x  ".strip() + "] isBlank(\"　\")=" + "\u3000".isBlank() + " trim 全角空格=[" + "\u3000x\u3000".trim() + "]");
        System.out.println("indexOf(\"编程\")=" + s.indexOf("编程") + " lastIndexOf('!')=" + s.lastIndexOf('!') + " contains(\"😀\")=" + s.contains("😀"));
        System.out.println("replaceAll 数字: " + "订单123号456".replaceAll("\\d", "#") + ", replaceFirst: " + "订单123号456".replaceFirst("\\d+", "N"));
        System.out.println("toUpperCase: " + "java编程ǅ".toUpperCase() + ", toLowerCase: " + "JAVA编程".toLowerCase());
        System.out.println("String.valueOf(char[]): " + String.valueOf(new char[]{'中', '文'}) + ", copyValueOf 子区间: " + String.copyValueOf("abcdef".toCharArray(), 2, 3));
    }
}
