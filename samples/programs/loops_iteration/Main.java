import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

// 增强 for（数组/Iterable/Map）、Iterator.remove、ListIterator、并发修改异常
public class Main {
    public static void main(String[] args) {
        int[] nums = {3, 1, 4, 1, 5, 9, 2, 6};
        int sum = 0;
        for (int n : nums) {
            n *= 2; // 不影响数组
            sum += n;
        }
        System.out.println("增强 for 修改变量不影响数组: " + Arrays.toString(nums) + " sum2x=" + sum);
        char[][] board = {{'井', '字'}, {'棋', '盘'}};
        StringBuilder sb = new StringBuilder();
        for (char[] row : board) {
            for (char ch : row) sb.append(ch);
            sb.append('/');
        }
        System.out.println("二维 char 数组: " + sb);
        List<String> fruits = new ArrayList<>(List.of("苹果", "香蕉", "樱桃", "榴莲", "芒果"));
        Iterator<String> it = fruits.iterator();
        while (it.hasNext()) {
            String f = it.next();
            if (f.contains("榴")) it.remove();
        }
        System.out.println("Iterator.remove 后: " + fruits);
        try {
            for (String f : fruits) {
                if (f.equals("香蕉")) fruits.remove(f);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("增强 for 中删除 -> ConcurrentModificationException");
        }
        List<String> copy = new ArrayList<>(List.of("a", "b", "c"));
        for (String s : copy) {
            if (s.equals("b")) {
                copy.remove(s); // 倒数第二个元素：不会抛异常
            }
        }
        System.out.println("删除倒数第二个元素不抛异常: " + copy);
        ListIterator<String> li = fruits.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String f = li.next();
            if (idx % 2 == 0) li.set(f + "!");
            else li.add("新" + idx);
        }
        System.out.println("ListIterator set/add: " + fruits);
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(' ');
        System.out.println("反向遍历: " + back.toString().trim());
        Map<String, Integer> prices = new LinkedHashMap<>();
        prices.put("笔", 5);
        prices.put("本子", 12);
        prices.put("书包", 150);
        for (Map.Entry<String, Integer> e : prices.entrySet()) {
            e.setValue(e.getValue() * 2);
        }
        System.out.println("entry.setValue: " + prices);
        prices.entrySet().removeIf(e -> e.getValue() > 100);
        System.out.println("entrySet.removeIf: " + prices);
        for (String k : prices.keySet()) System.out.print(k + " ");
        for (int v : prices.values()) System.out.print(v + " ");
        System.out.println();
        prices.forEach((k, v) -> System.out.print(k + "=" + v + ";"));
        System.out.println();
        Map<Integer, String> hm = new HashMap<>();
        for (int i = 20; i >= 0; i -= 3) hm.put(i, "v" + i);
        System.out.println("HashMap<Integer> 迭代顺序: " + hm.keySet());
        Iterable<Integer> countdown = () -> new Iterator<>() {
            int n = 3;

            public boolean hasNext() {
                return n > 0;
            }

            public Integer next() {
                return n--;
            }
        };
        for (int v : countdown) System.out.print(v + "..");
        System.out.println("发射!");
        fruits.forEach(s -> System.out.print("[" + s + "]"));
        System.out.println();
        Object[] mixed = {1, "二", 3.0, '四', null};
        int idx = 0;
        for (Object o : mixed) {
            System.out.print(idx++ + ":" + o + " ");
        }
        System.out.println();
        int[] empty = {};
        for (int e : empty) System.out.println("不会执行 " + e);
        System.out.println("空数组迭代结束");
        for (int i = 0, n = nums.length; i < n / 2; i++) {
            int tmp = nums[i];
            nums[i] = nums[n - 1 - i];
            nums[n - 1 - i] = tmp;
        }
        System.out.println("原地反转: " + Arrays.toString(nums));
    }
}
