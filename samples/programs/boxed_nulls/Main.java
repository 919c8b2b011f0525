import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

// 包装类型的 null 处理：拆箱 NPE、三元表达式陷阱、Map.get 返回 null
public class Main {
    static Integer lookup(Map<String, Integer> m, String k) {
        return m.get(k);
    }

    static int unsafeUnbox(Integer v) {
        return v;
    }

    public static void main(String[] args) {
        Map<String, Integer> stock = new HashMap<>();
        stock.put("苹果", 10);
        stock.put("香蕉", null);
        System.out.println("苹果库存: " + lookup(stock, "苹果"));
        System.out.println("香蕉库存: " + lookup(stock, "香蕉"));
        System.out.println("containsKey(香蕉): " + stock.containsKey("香蕉"));
        System.out.println("getOrDefault(香蕉, 0): " + stock.getOrDefault("香蕉", 0));
        System.out.println("getOrDefault(西瓜, 0): " + stock.getOrDefault("西瓜", 0));
        try {
            int n = stock.get("西瓜");
            System.out.println("不会到这里 " + n);
        } catch (NullPointerException e) {
            System.out.println("拆箱 null 抛出 NullPointerException");
        }
        try {
            unsafeUnbox(null);
        } catch (NullPointerException e) {
            System.out.println("方法参数拆箱 null -> NPE");
        }
        Integer maybe = null;
        boolean flag = false;
        try {
            // 三元表达式中 int 与 Integer 混用会导致拆箱
            Integer r = flag ? 1 : maybe;
            System.out.println("不会到这里 " + r);
        } catch (NullPointerException e) {
            System.out.println("三元表达式拆箱 null -> NPE");
        }
        Integer safe = flag ? Integer.valueOf(1) : maybe;
        System.out.println("全部为 Integer 的三元: " + safe);
        try {
            Boolean b = null;
            if (b) {
                System.out.println("不会到这里");
            }
        } catch (NullPointerException e) {
            System.out.println("if (Boolean null) -> NPE");
        }
        try {
            Integer a = null;
            System.out.println(a == 0);
        } catch (NullPointerException e) {
            System.out.println("null == 0 -> NPE");
        }
        Integer p = null;
        System.out.println("null == null 比较引用: " + (p == null));
        System.out.println("字符串拼接 null: " + p + "/" + (Object) null);
        System.out.println("String.valueOf((Object) null) = " + String.valueOf((Object) null));
        System.out.println("Objects.equals(null, null) = " + Objects.equals(null, null));
        System.out.println("Objects.equals(1, null) = " + Objects.equals(1, null));
        System.out.println("Objects.hashCode(null) = " + Objects.hashCode(null));
        System.out.println("Objects.toString(null, \"默认\") = " + Objects.toString(null, "默认"));
        System.out.println("Objects.requireNonNullElse(null, 5) = " + Objects.requireNonNullElse(null, 5));
        try {
            Objects.requireNonNull(p, "参数 p 不能为空");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : new String[]{"甲", "乙", "甲", "丙", "甲"}) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("merge 计数 甲=" + counts.get("甲") + " 乙=" + counts.get("乙") + " 丁=" + counts.get("丁"));
        counts.computeIfPresent("乙", (k, v) -> null);
        System.out.println("computeIfPresent 返回 null 删除键: " + counts.containsKey("乙"));
        Integer total = null;
        for (Integer v : new Integer[]{3, null, 4}) {
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        System.out.println("跳过 null 求和 = " + total);
        String s = null;
        System.out.println("\"abc\".equals(null) = " + "abc".equals(s));
        try {
            System.out.println(s.length());
        } catch (NullPointerException e) {
            System.out.println("null.length() -> NPE");
        }
        switchOnNull(null);
        switchOnNull("有");
    }

    static void switchOnNull(String s) {
        try {
            switch (s) {
                case "有" -> System.out.println("switch 命中: 有");
                default -> System.out.println("switch default");
            }
        } catch (NullPointerException e) {
            System.out.println("switch(null) -> NPE");
        }
    }
}
