import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

// TreeMap/TreeSet 导航方法、PriorityQueue（toString 为堆数组顺序）、BitSet
public class Main {
    record Task(String name, int priority) {}

    public static void main(String[] args) {
        TreeMap<Integer, String> grades = new TreeMap<>();
        grades.put(90, "优");
        grades.put(80, "良");
        grades.put(60, "及格");
        grades.put(0, "不及格");
        for (int score : new int[]{95, 85, 72, 59, 60}) {
            System.out.println(score + " 分 -> " + grades.floorEntry(score).getValue());
        }
        System.out.println("firstKey=" + grades.firstKey() + " lastEntry=" + grades.lastEntry() + " ceilingKey(61)=" + grades.ceilingKey(61) + " higherKey(90)=" + grades.higherKey(90));
        System.out.println("headMap(80)=" + grades.headMap(80) + " tailMap(80)=" + grades.tailMap(80) + " subMap(1,90)=" + grades.subMap(1, 90));
        NavigableMap<Integer, String> desc = grades.descendingMap();
        System.out.println("descendingMap=" + desc + " pollFirstEntry=" + grades.pollFirstEntry() + " 剩余=" + grades);
        TreeMap<String, Integer> cn = new TreeMap<>(Comparator.reverseOrder());
        for (String s : "张三 李四 王五 赵六 阿明 Bob alice".split(" ")) cn.put(s, s.length());
        System.out.println("逆序 TreeMap<String>: " + cn);
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(java.util.List.of("b", "A", "a", "C", "B"));
        System.out.println("忽略大小写 TreeSet: " + ci);
        TreeSet<Integer> ts = new TreeSet<>(java.util.List.of(15, 3, 9, 27, 1, 9));
        System.out.println("TreeSet=" + ts + " floor(10)=" + ts.floor(10) + " ceiling(10)=" + ts.ceiling(10) + " lower(1)=" + ts.lower(1) + " headSet(9,true)=" + ts.headSet(9, true) + " descendingSet=" + ts.descendingSet());

        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int v : new int[]{5, 1, 8, 3, 9, 2, 7}) pq.offer(v);
        System.out.println("PriorityQueue toString(堆顺序)=" + pq + " peek=" + pq.peek());
        StringBuilder out = new StringBuilder();
        while (!pq.isEmpty()) out.append(pq.poll()).append(' ');
        System.out.println("poll 顺序: " + out.toString().trim());
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        for (int v : new int[]{5, 1, 8, 3}) maxHeap.add(v);
        System.out.println("最大堆=" + maxHeap + " poll=" + maxHeap.poll());
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).thenComparing(Task::name));
        tasks.add(new Task("写文档", 3));
        tasks.add(new Task("修复线上故障", 1));
        tasks.add(new Task("代码评审", 2));
        tasks.add(new Task("喝咖啡", 3));
        tasks.add(new Task("发布", 1));
        while (!tasks.isEmpty()) {
            Task t = tasks.poll();
            System.out.println("  处理 P" + t.priority() + " " + t.name());
        }
        // 前 K 大
        int[] data = {12, 45, 7, 23, 56, 89, 34, 11, 67};
        PriorityQueue<Integer> topK = new PriorityQueue<>();
        for (int d : data) {
            topK.offer(d);
            if (topK.size() > 3) topK.poll();
        }
        System.out.println("Top3 (最小堆)=" + new TreeSet<>(topK));

        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(3, 6);
        bits.set(64);
        System.out.println("BitSet=" + bits + " cardinality=" + bits.cardinality() + " length=" + bits.length() + " get(4)=" + bits.get(4));
        BitSet other = new BitSet();
        other.set(4, 10);
        BitSet and = (BitSet) bits.clone();
        and.and(other);
        BitSet or = (BitSet) bits.clone();
        or.or(other);
        BitSet xor = (BitSet) bits.clone();
        xor.xor(other);
        System.out.println("and=" + and + " or=" + or + " xor=" + xor);
        bits.flip(0, 4);
        bits.clear(64);
        System.out.println("flip(0,4)+clear(64)=" + bits + " nextSetBit(2)=" + bits.nextSetBit(2) + " nextClearBit(0)=" + bits.nextClearBit(0));
        System.out.println("toLongArray[0]=" + bits.toLongArray()[0]);
        BitSet sieve = new BitSet(50);
        sieve.set(2, 50);
        for (int i = 2; i * i < 50; i++) {
            if (sieve.get(i)) for (int j = i * i; j < 50; j += i) sieve.clear(j);
        }
        System.out.println("BitSet 筛法质数=" + sieve);
    }
}
