import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// LinkedHashMap 插入序 vs 访问序（get/put/getOrDefault 对顺序的影响）、最近浏览、Collections.frequency/max/min/nCopies、
// Arrays.fill/copyOfRange/sort(带比较器)/asList 视图
public class Main {
    public static void main(String[] args) {
        Map<String, Integer> insertion = new LinkedHashMap<>();
        Map<String, Integer> access = new LinkedHashMap<>(16, 0.75f, true);
        for (String k : new String[]{"北京", "上海", "广州", "深圳", "杭州"}) {
            insertion.put(k, k.hashCode() % 100);
            access.put(k, k.hashCode() % 100);
        }
        System.out.println("初始 插入序: " + insertion.keySet() + " 访问序: " + access.keySet());
        insertion.get("北京");
        access.get("北京");
        System.out.println("get(北京) 后: " + insertion.keySet() + " | " + access.keySet());
        insertion.put("上海", 0);
        access.put("上海", 0);
        System.out.println("put(上海) 已存在: " + insertion.keySet() + " | " + access.keySet());
        access.getOrDefault("广州", -1);
        access.getOrDefault("不存在", -1);
        System.out.println("getOrDefault(广州) 后访问序: " + access.keySet());
        access.containsKey("深圳");
        System.out.println("containsKey(深圳) 不改变顺序: " + access.keySet());
        insertion.remove("北京");
        insertion.put("北京", 1);
        System.out.println("插入序 删除再加入 北京: " + insertion.keySet());
        access.putIfAbsent("杭州", 99);
        access.merge("深圳", 1, Integer::sum);
        System.out.println("putIfAbsent(杭州)/merge(深圳) 后: " + access);
        for (Map.Entry<String, Integer> e : access.entrySet()) e.setValue(e.getValue() * 2);
        System.out.println("遍历 setValue 不改变访问序: " + access);

        System.out.println("== 最近浏览(容量 4) ==");
        LinkedHashMap<String, Integer> recent = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                boolean drop = size() > 4;
                if (drop) System.out.println("  淘汰 " + eldest.getKey());
                return drop;
            }
        };
        String[] views = {"手机", "耳机", "手机", "电脑", "键盘", "鼠标", "耳机", "显示器", "手机"};
        for (String v : views) {
            recent.merge(v, 1, Integer::sum);
            System.out.println("浏览 " + v + " -> " + recent);
        }
        List<String> newestFirst = new ArrayList<>(recent.keySet());
        Collections.reverse(newestFirst);
        System.out.println("最新在前: " + newestFirst);

        System.out.println("== Collections ==");
        List<String> votes = Arrays.asList("甲", "乙", "甲", "丙", "甲", "乙", "丁", "甲", "丙");
        for (String c : new String[]{"甲", "乙", "丙", "丁", "戊"}) System.out.print(c + "=" + Collections.frequency(votes, c) + " ");
        System.out.println();
        System.out.println("frequency(null) = " + Collections.frequency(Arrays.asList("a", null, null), null));
        System.out.println("max = " + Collections.max(votes) + ", min = " + Collections.min(votes));
        System.out.println("按票数 max = " + Collections.max(votes, Comparator.comparingInt(v -> Collections.frequency(votes, v))));
        List<Integer> nums = Arrays.asList(5, -3, 17, 0, -20, 8);
        System.out.println("max(绝对值) = " + Collections.max(nums, Comparator.comparingInt(Math::abs)) + ", min(逆序) = " + Collections.min(nums, Comparator.reverseOrder()));
        try {
            Collections.max(new ArrayList<Integer>());
        } catch (java.util.NoSuchElementException e) {
            System.out.println("空集合 max 抛 NoSuchElementException");
        }
        List<String> dashes = Collections.nCopies(5, "—");
        System.out.println("nCopies: " + String.join("", dashes) + " size=" + dashes.size() + " " + Collections.nCopies(3, 0) + " " + Collections.nCopies(0, "x"));
        try {
            dashes.set(0, "x");
        } catch (UnsupportedOperationException e) {
            System.out.println("nCopies 不可修改");
        }
        List<String> grid = new ArrayList<>(Collections.nCopies(3, "空"));
        grid.set(1, "满");
        System.out.println("复制后可修改: " + grid + ", disjoint=" + Collections.disjoint(grid, List.of("满")) + ", indexOfSubList=" + Collections.indexOfSubList(votes, List.of("甲", "乙")));

        System.out.println("== Arrays ==");
        int[] seats = new int[10];
        Arrays.fill(seats, -1);
        Arrays.fill(seats, 2, 5, 7);
        System.out.println("fill: " + Arrays.toString(seats));
        char[] bar = new char[8];
        Arrays.fill(bar, '█');
        Arrays.fill(bar, 5, 8, '░');
        System.out.println("进度条: " + new String(bar));
        int[] src = {10, 20, 30, 40, 50};
        System.out.println("copyOfRange(1,3)=" + Arrays.toString(Arrays.copyOfRange(src, 1, 3)) + " copyOfRange(3,8)=" + Arrays.toString(Arrays.copyOfRange(src, 3, 8))
                + " copyOfRange(5,5)=" + Arrays.toString(Arrays.copyOfRange(src, 5, 5)));
        String[] strs = Arrays.copyOfRange(new String[]{"a", "b"}, 1, 4);
        System.out.println("String copyOfRange 补 null: " + Arrays.toString(strs));
        try {
            Arrays.copyOfRange(src, 6, 7);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("copyOfRange 起点越界抛 ArrayIndexOutOfBoundsException");
        }
        String[] people = {"王小明:28", "李雷:35", "韩梅梅:28", "Tom:41", "张三:19", "Ann:35"};
        Arrays.sort(people, Comparator.comparingInt((String p) -> Integer.parseInt(p.split(":")[1])).thenComparing(p -> p.split(":")[0]));
        System.out.println("按年龄再姓名: " + Arrays.toString(people));
        Arrays.sort(people, 1, 4, Comparator.reverseOrder());
        System.out.println("区间 [1,4) 逆序: " + Arrays.toString(people));
        Integer[] boxed = {3, 1, 2};
        List<Integer> view = Arrays.asList(boxed);
        boxed[0] = 99;
        view.set(1, 42);
        System.out.println("asList 视图双向同步: " + view + " " + Arrays.toString(boxed));
        Integer[] byLastDigit = {25, 13, 7, 40, 33, 17, 102};
        Arrays.sort(byLastDigit, Comparator.comparingInt((Integer x) -> x % 10).thenComparing(Comparator.reverseOrder()));
        System.out.println("按个位再逆序: " + Arrays.toString(byLastDigit));
    }
}
