import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

// PriorityQueue 应用：带优先级与到达时间的任务调度模拟、Dijkstra 最短路（城市路网）、Top-K 热词、合并 K 个有序列表
public class Main {
    record Task(String name, int priority, int arrival, int duration, int seq) {
    }

    static void schedule(List<Task> tasks, int workers) {
        List<Task> pending = new ArrayList<>(tasks);
        pending.sort(Comparator.comparingInt(Task::arrival).thenComparingInt(Task::seq));
        PriorityQueue<Task> ready = new PriorityQueue<>(Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::arrival).thenComparingInt(Task::seq));
        int[] freeAt = new int[workers];
        int time = 0, idx = 0, done = 0;
        long totalWait = 0;
        while (done < tasks.size()) {
            while (idx < pending.size() && pending.get(idx).arrival() <= time) ready.add(pending.get(idx++));
            boolean started = false;
            for (int w = 0; w < workers && !ready.isEmpty(); w++) {
                if (freeAt[w] <= time) {
                    Task t = ready.poll();
                    freeAt[w] = time + t.duration();
                    totalWait += time - t.arrival();
                    done++;
                    started = true;
                    System.out.println(String.format("t=%3d 工人%d 开始 %-6s 优先级 %d 等待 %d 结束于 %d", time, w, t.name(), t.priority(), time - t.arrival(), freeAt[w]));
                }
            }
            if (!started) {
                int next = Integer.MAX_VALUE;
                for (int f : freeAt) if (f > time) next = Math.min(next, f);
                if (idx < pending.size()) next = Math.min(next, pending.get(idx).arrival());
                time = next == Integer.MAX_VALUE ? time + 1 : next;
            }
        }
        int end = Arrays.stream(freeAt).max().getAsInt();
        System.out.println("全部完成于 t=" + end + ", 平均等待 " + String.format("%.2f", (double) totalWait / tasks.size()));
    }

    static String[] CITY = {"北京", "天津", "石家庄", "济南", "郑州", "南京", "上海", "武汉"};

    static void dijkstra(int[][] edges, int src) {
        int n = CITY.length;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(new int[]{e[1], e[2]});
            adj.get(e[1]).add(new int[]{e[0], e[2]});
        }
        long[] dist = new long[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[src] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        pq.add(new long[]{0, src});
        int pops = 0;
        while (!pq.isEmpty()) {
            long[] cur = pq.poll();
            pops++;
            int u = (int) cur[1];
            if (cur[0] > dist[u]) continue;
            for (int[] e : adj.get(u)) {
                long nd = dist[u] + e[1];
                if (nd < dist[e[0]]) {
                    dist[e[0]] = nd;
                    prev[e[0]] = u;
                    pq.add(new long[]{nd, e[0]});
                }
            }
        }
        System.out.println("从 " + CITY[src] + " 出发 (出队 " + pops + " 次):");
        for (int v = 0; v < n; v++) {
            if (dist[v] == Long.MAX_VALUE) {
                System.out.println("  " + CITY[v] + ": 不可达");
                continue;
            }
            List<String> path = new ArrayList<>();
            for (int x = v; x != -1; x = prev[x]) path.add(0, CITY[x]);
            System.out.println("  " + CITY[v] + ": " + dist[v] + " km " + String.join("→", path));
        }
    }

    public static void main(String[] args) {
        List<Task> tasks = List.of(
                new Task("备份", 1, 0, 30, 0), new Task("支付回调", 9, 2, 5, 1), new Task("发短信", 5, 2, 3, 2),
                new Task("报表", 2, 5, 20, 3), new Task("退款", 9, 6, 8, 4), new Task("推送", 5, 6, 2, 5),
                new Task("清理", 0, 7, 10, 6), new Task("风控", 8, 40, 4, 7), new Task("对账", 3, 41, 6, 8));
        System.out.println("== 单工人 ==");
        schedule(tasks, 1);
        System.out.println("== 两个工人 ==");
        schedule(tasks, 2);

        System.out.println("== Dijkstra ==");
        int[][] roads = {{0, 1, 137}, {0, 2, 283}, {1, 3, 330}, {2, 3, 305}, {2, 4, 412}, {3, 5, 617}, {4, 5, 694},
                {5, 6, 301}, {3, 6, 913}, {4, 7, 536}, {5, 7, 536}};
        dijkstra(roads, 0);
        dijkstra(roads, 6);

        System.out.println("== Top-K 热词 ==");
        String[] searches = ("手机 耳机 手机 电脑 手机 耳机 键盘 鼠标 电脑 手机 显示器 耳机 键盘 手机 平板 电脑 鼠标 键盘 耳机 手表").split(" ");
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String s : searches) counts.merge(s, 1, Integer::sum);
        int k = 4;
        PriorityQueue<java.util.Map.Entry<String, Integer>> heap = new PriorityQueue<>(
                (a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey()) : a.getValue() - b.getValue());
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            heap.offer(e);
            if (heap.size() > k) System.out.println("  淘汰 " + heap.poll());
        }
        List<String> top = new ArrayList<>();
        while (!heap.isEmpty()) top.add(0, heap.poll().toString());
        System.out.println("Top-" + k + ": " + top);

        System.out.println("== 合并 K 个有序列表 ==");
        int[][] lists = {{1, 4, 9, 16}, {-3, 0, 4}, {}, {2, 2, 2, 100}, {Integer.MIN_VALUE, Integer.MAX_VALUE}};
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int i = 0; i < lists.length; i++) if (lists[i].length > 0) pq.add(new int[]{lists[i][0], i, 0});
        StringBuilder merged = new StringBuilder();
        while (!pq.isEmpty()) {
            int[] c = pq.poll();
            merged.append(c[0]).append("(L").append(c[1]).append(") ");
            if (c[2] + 1 < lists[c[1]].length) pq.add(new int[]{lists[c[1]][c[2] + 1], c[1], c[2] + 1});
        }
        System.out.println(merged.toString().trim());
        PriorityQueue<String> names = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        names.addAll(List.of("欧阳娜娜", "李", "Tom", "张三", "司马相如", "王五"));
        StringBuilder order = new StringBuilder();
        while (!names.isEmpty()) order.append(names.poll()).append(' ');
        System.out.println("按长度再逆字典序出队: " + order.toString().trim());
        System.out.println("空队列 peek = " + names.peek() + ", poll = " + names.poll());
    }
}
