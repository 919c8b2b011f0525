import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

// 基于 TreeMap 的排行榜：分数→玩家集合、同分按名字排序、排名(并列)、区间查询 headMap/tailMap/subMap、floor/ceiling、分数更新
public class Main {
    static class Leaderboard {
        private final TreeMap<Integer, TreeSet<String>> byScore = new TreeMap<>(Comparator.reverseOrder());
        private final Map<String, Integer> scoreOf = new HashMap<>();

        void submit(String player, int score) {
            Integer old = scoreOf.get(player);
            if (old != null) {
                if (score <= old) return;
                TreeSet<String> set = byScore.get(old);
                set.remove(player);
                if (set.isEmpty()) byScore.remove(old);
            }
            scoreOf.put(player, score);
            byScore.computeIfAbsent(score, k -> new TreeSet<>()).add(player);
        }

        int rank(String player) {
            Integer s = scoreOf.get(player);
            if (s == null) return -1;
            int better = 0;
            for (TreeSet<String> set : byScore.headMap(s, false).values()) better += set.size();
            return better + 1;
        }

        List<String> top(int n) {
            List<String> out = new ArrayList<>();
            int lastRank = 0, seen = 0;
            for (Map.Entry<Integer, TreeSet<String>> e : byScore.entrySet()) {
                int rank = seen + 1;
                for (String p : e.getValue()) {
                    if (out.size() >= n) return out;
                    out.add(rank + ". " + p + " " + e.getKey() + (rank == lastRank ? " (并列)" : ""));
                    lastRank = rank;
                    seen++;
                }
            }
            return out;
        }
    }

    public static void main(String[] args) {
        Leaderboard lb = new Leaderboard();
        Object[][] subs = {{"张三", 870}, {"李四", 920}, {"王五", 870}, {"Alice", 990}, {"Bob", 650}, {"赵六", 920},
                {"张三", 860}, {"Bob", 1000}, {"钱七", 0}, {"孙八", -50}, {"周九", 870}, {"Alice", 990}, {"吴十", Integer.MAX_VALUE}};
        for (Object[] s : subs) lb.submit((String) s[0], (Integer) s[1]);
        System.out.println("== 前 10 ==");
        lb.top(10).forEach(System.out::println);
        System.out.println("前 3: " + lb.top(3));
        for (String p : new String[]{"吴十", "Alice", "王五", "周九", "孙八", "不存在"}) System.out.println(p + " 排名 " + lb.rank(p));
        System.out.println("分数桶: " + lb.byScore);
        System.out.println("最高分 " + lb.byScore.firstKey() + ", 最低分 " + lb.byScore.lastKey());

        TreeMap<Integer, String> grades = new TreeMap<>();
        grades.put(90, "A");
        grades.put(80, "B");
        grades.put(70, "C");
        grades.put(60, "D");
        grades.put(Integer.MIN_VALUE, "F");
        System.out.println("== 成绩区间 floorEntry ==");
        for (int sc : new int[]{100, 90, 89, 60, 59, 0, -1, Integer.MIN_VALUE}) System.out.print(sc + "→" + grades.floorEntry(sc).getValue() + " ");
        System.out.println();
        System.out.println("ceilingKey(75)=" + grades.ceilingKey(75) + " higherKey(90)=" + grades.higherKey(90) + " lowerKey(60)=" + grades.lowerKey(60)
                + " floorKey(Integer.MIN_VALUE)=" + grades.floorKey(Integer.MIN_VALUE));

        TreeMap<String, Integer> cities = new TreeMap<>();
        String[] names = {"北京", "上海", "广州", "深圳", "杭州", "成都", "Boston", "austin", "Zurich", "南京"};
        for (int i = 0; i < names.length; i++) cities.put(names[i], (i + 1) * 100);
        System.out.println("== 字符串键(按 UTF-16 排序) ==");
        System.out.println(cities);
        System.out.println("headMap(\"北京\") = " + cities.headMap("北京"));
        System.out.println("tailMap(\"杭州\", false) = " + cities.tailMap("杭州", false));
        System.out.println("subMap(\"Z\", \"南\") = " + cities.subMap("Z", "南"));
        System.out.println("descendingKeySet = " + cities.descendingKeySet());
        NavigableMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.putAll(cities);
        ci.put("BOSTON", 1);
        System.out.println("忽略大小写 map: " + ci + " size=" + ci.size());
        System.out.println("pollFirstEntry = " + cities.pollFirstEntry() + ", pollLastEntry = " + cities.pollLastEntry() + ", 剩 " + cities.size());
        Map.Entry<String, Integer> first = cities.firstEntry();
        try {
            first.setValue(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("firstEntry 快照不可修改");
        }
        TreeMap<Integer, Integer> hist = new TreeMap<>();
        int[] latencies = {12, 7, 45, 7, 300, 12, 12, 88, 45, 1, 999, 7};
        for (int l : latencies) hist.merge(l / 10 * 10, 1, Integer::sum);
        System.out.println("延迟直方图(10ms 桶): " + hist);
        int cumulative = 0;
        for (Map.Entry<Integer, Integer> e : hist.entrySet()) {
            cumulative += e.getValue();
            System.out.println(String.format("  <%4d ms: %-12s %5.1f%%", e.getKey() + 10, "#".repeat(e.getValue()), 100.0 * cumulative / latencies.length));
        }
    }
}
