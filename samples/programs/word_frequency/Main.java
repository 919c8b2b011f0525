import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// 词频统计：中英文混合文本，英文按单词、中文按双字词切分，HashMap 计数后按频次/字典序排序 entries
public class Main {
    static final String TEXT = """
            Java 迁移到 Go，Java 迁移到 TypeScript。迁移工具要保证输出一致！
            The tool translates Java to Go and Java to TypeScript; the output must match, byte for byte.
            迁移工具的测试用例：订单、库存、支付。订单系统 (order system) 和库存系统 (stock system)。
            Don't panic: it's a TEST, a test, and the Test again... 测试测试再测试。
            """;

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) && !isCjk(c) || c == '\'' && word.length() > 0) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (isCjk(c)) {
                cjk.append(c);
            } else if (cjk.length() > 0) {
                if (cjk.length() == 1) {
                    tokens.add(cjk.toString());
                } else {
                    for (int j = 0; j + 1 < cjk.length(); j++) {
                        tokens.add(cjk.substring(j, j + 2));
                    }
                }
                cjk.setLength(0);
            }
        }
        return tokens;
    }

    public static void main(String[] args) {
        List<String> tokens = tokenize(TEXT);
        System.out.println("词元总数: " + tokens.size());
        System.out.println("前 15 个: " + tokens.subList(0, 15));
        Map<String, Integer> freq = new HashMap<>();
        for (String t : tokens) {
            freq.merge(t, 1, Integer::sum);
        }
        System.out.println("不同词元: " + freq.size());
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort((a, b) -> {
            int c = Integer.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        System.out.println("== 频次前 20 ==");
        for (int i = 0; i < 20 && i < entries.size(); i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.println(String.format("%2d. %-12s %3d %s", i + 1, e.getKey(), e.getValue(), "*".repeat(e.getValue())));
        }
        Map<Integer, List<String>> byCount = new TreeMap<>(Collections.reverseOrder());
        for (Map.Entry<String, Integer> e : freq.entrySet()) {
            byCount.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        System.out.println("== 按频次分组 ==");
        for (Map.Entry<Integer, List<String>> e : byCount.entrySet()) {
            List<String> words = e.getValue();
            Collections.sort(words);
            if (words.size() > 8) {
                System.out.println(e.getKey() + " 次: " + words.subList(0, 8) + " ... 共 " + words.size() + " 个");
            } else {
                System.out.println(e.getKey() + " 次: " + words);
            }
        }
        int english = 0, chinese = 0;
        for (String t : freq.keySet()) {
            if (isCjk(t.charAt(0))) chinese++;
            else english++;
        }
        System.out.println("英文词 " + english + " 个, 中文词 " + chinese + " 个");
        String longest = "";
        for (String t : freq.keySet()) {
            if (t.length() > longest.length() || t.length() == longest.length() && t.compareTo(longest) < 0) longest = t;
        }
        System.out.println("最长词元: " + longest + " (" + longest.length() + ")");
        Map<Character, Integer> firstChars = new TreeMap<>();
        for (String t : tokens) {
            firstChars.merge(t.charAt(0), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        firstChars.forEach((k, v) -> {
            if (v >= 3) sb.append(k).append('=').append(v).append(' ');
        });
        System.out.println("首字符出现 >=3 次: " + sb.toString().trim());
        System.out.println("getOrDefault(\"rust\") = " + freq.getOrDefault("rust", 0) + ", 含 \"迁移\"? " + freq.containsKey("迁移")
                + ", \"java\" = " + freq.get("java") + ", \"Java\" = " + freq.get("Java"));
        freq.entrySet().removeIf(e -> e.getValue() < 3);
        TreeMap<String, Integer> sorted = new TreeMap<>(freq);
        System.out.println("至少 3 次(字典序): " + sorted);
        System.out.println("第一个/最后一个键: " + sorted.firstKey() + " / " + sorted.lastKey());
    }
}
