import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

// HashMap/HashSet 的迭代顺序（Integer/String 键，Java 中确定且可复现）与 Linked/Tree 版本对比
public class Main {
    public static void main(String[] args) {
        Map<Integer, String> byInt = new HashMap<>();
        int[] keys = {100, 3, 17, 64, -5, 33, 16, 1, 1000, 48};
        for (int k : keys) byInt.put(k, "v" + k);
        System.out.println("HashMap<Integer>: " + byInt);
        Set<Integer> intSet = new HashSet<>();
        for (int i = 40; i >= 0; i -= 7) intSet.add(i);
        System.out.println("HashSet<Integer>: " + intSet);
        Set<Integer> grown = new HashSet<>();
        for (int i = 0; i < 20; i++) grown.add(i * 13);
        System.out.println("扩容后 HashSet<Integer>: " + grown);
        Map<String, Integer> byStr = new HashMap<>();
        String[] words = {"banana", "apple", "cherry", "订单", "库存", "支付", "用户", "Aa", "BB", "z"};
        for (int i = 0; i < words.length; i++) byStr.put(words[i], i);
        System.out.println("HashMap<String>: " + byStr);
        Set<String> strSet = new HashSet<>();
        for (String w : "北京 上海 广州 深圳 杭州 成都 武汉 西安".split(" ")) strSet.add(w);
        System.out.println("HashSet<String>: " + strSet);
        Map<String, Integer> linked = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) linked.put(words[i], i);
        System.out.println("LinkedHashMap: " + linked);
        Set<String> linkedSet = new LinkedHashSet<>(strSet);
        linkedSet.add("北京");
        linkedSet.add("南京");
        System.out.println("LinkedHashSet: " + linkedSet);
        Map<String, Integer> tree = new TreeMap<>(byStr);
        System.out.println("TreeMap<String>: " + tree);
        Map<Long, String> byLong = new HashMap<>();
        for (long l : new long[]{1L << 33, 7L, -1L, 1L << 40}) byLong.put(l, "L");
        System.out.println("HashMap<Long>: " + byLong.keySet());
        Map<Character, Integer> chars = new HashMap<>();
        for (char c : "hello世界".toCharArray()) chars.merge(c, 1, Integer::sum);
        System.out.println("HashMap<Character>: " + chars);
        Map<Boolean, String> bools = new HashMap<>();
        bools.put(true, "真");
        bools.put(false, "假");
        System.out.println("HashMap<Boolean>: " + bools);
        byInt.remove(3);
        byInt.put(2, "新");
        System.out.println("删除/插入后: " + byInt.keySet());
        Map<String, Integer> accessOrder = new LinkedHashMap<>(16, 0.75f, true);
        accessOrder.put("一", 1);
        accessOrder.put("二", 2);
        accessOrder.put("三", 3);
        accessOrder.get("一");
        System.out.println("访问顺序 LinkedHashMap: " + accessOrder);
        Map<Integer, String> nullKeys = new HashMap<>();
        nullKeys.put(null, "空键");
        nullKeys.put(5, null);
        System.out.println("null 键/值: " + nullKeys + " get(null)=" + nullKeys.get(null));
        System.out.println("HashMap.values(): " + byStr.values());
        System.out.println("entrySet 第一项: " + byStr.entrySet().iterator().next());
    }
}
