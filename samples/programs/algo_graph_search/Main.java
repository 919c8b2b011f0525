import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

// 图算法：BFS 最短路、DFS 递归/迭代、拓扑排序、Dijkstra、连通分量、迷宫
public class Main {
    static Map<String, List<String>> graph = new LinkedHashMap<>();

    static void edge(String a, String b) {
        graph.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        graph.computeIfAbsent(b, k -> new ArrayList<>());
    }

    static List<String> bfsPath(String from, String to) {
        Map<String, String> prev = new LinkedHashMap<>();
        Deque<String> q = new ArrayDeque<>();
        q.add(from);
        prev.put(from, null);
        while (!q.isEmpty()) {
            String cur = q.poll();
            if (cur.equals(to)) break;
            for (String n : graph.get(cur)) {
                if (!prev.containsKey(n)) {
                    prev.put(n, cur);
                    q.add(n);
                }
            }
        }
        if (!prev.containsKey(to)) return List.of();
        List<String> path = new ArrayList<>();
        for (String at = to; at != null; at = prev.get(at)) path.add(0, at);
        return path;
    }

    static void dfs(String node, java.util.Set<String> seen, List<String> order) {
        if (!seen.add(node)) return;
        order.add(node);
        for (String n : graph.get(node)) dfs(n, seen, order);
    }

    static List<String> topo() {
        Map<String, Integer> indeg = new TreeMap<>();
        for (String k : graph.keySet()) indeg.putIfAbsent(k, 0);
        for (List<String> outs : graph.values()) for (String o : outs) indeg.merge(o, 1, Integer::sum);
        PriorityQueue<String> ready = new PriorityQueue<>();
        indeg.forEach((k, v) -> {
            if (v == 0) ready.add(k);
        });
        List<String> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            out.add(n);
            for (String m : graph.get(n)) if (indeg.merge(m, -1, Integer::sum) == 0) ready.add(m);
        }
        return out;
    }

    static int[] dijkstra(int[][][] adj, int src) {
        int[] dist = new int[adj.length];
        Arrays.fill(dist, Integer.MAX_VALUE);
        dist[src] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
        pq.add(new int[]{src, 0});
        while (!pq.isEmpty()) {
            int[] top = pq.poll();
            if (top[1] > dist[top[0]]) continue;
            for (int[] e : adj[top[0]]) {
                int nd = top[1] + e[1];
                if (nd < dist[e[0]]) {
                    dist[e[0]] = nd;
                    pq.add(new int[]{e[0], nd});
                }
            }
        }
        return dist;
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) {
        // 服务依赖图：网关 -> 订单 -> 库存 ...
        edge("网关", "订单服务");
        edge("网关", "用户服务");
        edge("订单服务", "库存服务");
        edge("订单服务", "支付服务");
        edge("支付服务", "账务服务");
        edge("库存服务", "仓储服务");
        edge("用户服务", "账务服务");
        edge("仓储服务", "物流服务");
        System.out.println("邻接表: " + graph);
        System.out.println("BFS 网关->物流服务: " + String.join(" -> ", bfsPath("网关", "物流服务")));
        System.out.println("BFS 用户服务->库存服务: " + bfsPath("用户服务", "库存服务"));
        List<String> order = new ArrayList<>();
        dfs("网关", new java.util.HashSet<>(), order);
        System.out.println("DFS 递归: " + order);
        List<String> iter = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("网关");
        while (!stack.isEmpty()) {
            String n = stack.pop();
            if (!seen.add(n)) continue;
            iter.add(n);
            List<String> next = graph.get(n);
            for (int i = next.size() - 1; i >= 0; i--) stack.push(next.get(i));
        }
        System.out.println("DFS 迭代: " + iter);
        System.out.println("拓扑排序(字典序最小): " + topo());
        int[][][] adj = {
                {{1, 4}, {2, 1}},
                {{3, 1}},
                {{1, 2}, {3, 5}},
                {{4, 3}},
                {}};
        System.out.println("Dijkstra 距离: " + Arrays.toString(dijkstra(adj, 0)));
        int n = 8;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int[][] unions = {{0, 1}, {2, 3}, {1, 3}, {5, 6}};
        for (int[] u : unions) parent[find(parent, u[0])] = find(parent, u[1]);
        Map<Integer, List<Integer>> comps = new TreeMap<>();
        for (int i = 0; i < n; i++) comps.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        System.out.println("并查集连通分量: " + comps.values());
        String[] maze = {
                "S.#.....",
                ".##.###.",
                "....#...",
                "#.#...#E"};
        int rows = maze.length, cols = maze[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        Deque<int[]> q = new ArrayDeque<>();
        q.add(new int[]{0, 0});
        dist[0][0] = 0;
        int[][] dirs = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        while (!q.isEmpty()) {
            int[] c = q.poll();
            for (int[] d : dirs) {
                int r = c[0] + d[0], col = c[1] + d[1];
                if (r >= 0 && r < rows && col >= 0 && col < cols && maze[r].charAt(col) != '#' && dist[r][col] < 0) {
                    dist[r][col] = dist[c[0]][c[1]] + 1;
                    q.add(new int[]{r, col});
                }
            }
        }
        System.out.println("迷宫 S->E 最短步数: " + dist[3][7]);
        for (int[] row : dist) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(String.format("%3s", v < 0 ? "#" : String.valueOf(v)));
            System.out.println(sb);
        }
    }
}
