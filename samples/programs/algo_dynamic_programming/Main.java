import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// 动态规划：斐波那契记忆化、0/1 背包、LCS、编辑距离、最长递增子序列、零钱兑换
public class Main {
    static Map<Integer, Long> memo = new HashMap<>();

    static long fib(int n) {
        if (n < 2) return n;
        Long cached = memo.get(n);
        if (cached != null) return cached;
        long v = fib(n - 1) + fib(n - 2);
        memo.put(n, v);
        return v;
    }

    static int knapsack(int[] w, int[] v, int cap, List<Integer> chosen) {
        int n = w.length;
        int[][] dp = new int[n + 1][cap + 1];
        for (int i = 1; i <= n; i++) {
            for (int c = 0; c <= cap; c++) {
                dp[i][c] = dp[i - 1][c];
                if (w[i - 1] <= c) dp[i][c] = Math.max(dp[i][c], dp[i - 1][c - w[i - 1]] + v[i - 1]);
            }
        }
        for (int i = n, c = cap; i > 0; i--) {
            if (dp[i][c] != dp[i - 1][c]) {
                chosen.add(i - 1);
                c -= w[i - 1];
            }
        }
        Collections.reverse(chosen);
        return dp[n][cap];
    }

    static String lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++)
            for (int j = 1; j <= b.length(); j++)
                dp[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
        StringBuilder sb = new StringBuilder();
        for (int i = a.length(), j = b.length(); i > 0 && j > 0; ) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) {
                sb.append(a.charAt(i - 1));
                i--;
                j--;
            } else if (dp[i - 1][j] >= dp[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return sb.reverse().toString();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static List<Integer> lis(int[] a) {
        int n = a.length;
        int[] len = new int[n], parent = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            parent[i] = -1;
            for (int j = 0; j < i; j++) {
                if (a[j] < a[i] && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    parent[i] = j;
                }
            }
            if (len[i] > len[best]) best = i;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = best; i >= 0; i = parent[i]) out.add(a[i]);
        Collections.reverse(out);
        return out;
    }

    static int coinChange(int[] coins, int amount) {
        int[] dp = new int[amount + 1];
        java.util.Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int x = 1; x <= amount; x++)
            for (int c : coins)
                if (c <= x && dp[x - c] != Integer.MAX_VALUE) dp[x] = Math.min(dp[x], dp[x - c] + 1);
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }

    static long countWays(int[] coins, int amount) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int c : coins)
            for (int x = c; x <= amount; x++) ways[x] += ways[x - c];
        return ways[amount];
    }

    public static void main(String[] args) {
        System.out.println("fib(10)=" + fib(10) + " fib(50)=" + fib(50) + " fib(90)=" + fib(90) + " fib(93) 溢出=" + fib(93));
        int[] w = {2, 3, 4, 5, 9}, v = {3, 4, 5, 8, 10};
        List<Integer> chosen = new ArrayList<>();
        System.out.println("背包容量 20 最大价值=" + knapsack(w, v, 20, chosen) + " 选择物品下标=" + chosen);
        String[][] pairs = {{"ABCBDAB", "BDCABA"}, {"迁移工具链", "迁移的工具"}, {"kitten", "sitting"}, {"", "空"}, {"相同", "相同"}};
        for (String[] p : pairs) {
            System.out.println("LCS(" + p[0] + ", " + p[1] + ")=\"" + lcs(p[0], p[1]) + "\" 编辑距离=" + editDistance(p[0], p[1]));
        }
        System.out.println("LIS=" + lis(new int[]{10, 9, 2, 5, 3, 7, 101, 18, 4, 19}));
        System.out.println("零钱兑换 [1,5,10,25] 63 分最少硬币数=" + coinChange(new int[]{1, 5, 10, 25}, 63) + " [2] 3 分=" + coinChange(new int[]{2}, 3));
        System.out.println("人民币 [1,2,5,10,20,50,100] 凑 100 元方案数=" + countWays(new int[]{1, 2, 5, 10, 20, 50, 100}, 100));
        long[][] pascal = new long[15][];
        for (int i = 0; i < pascal.length; i++) {
            pascal[i] = new long[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        System.out.println("杨辉三角第 14 行=" + java.util.Arrays.toString(pascal[14]));
        int[][] grid = {{1, 3, 1, 2}, {1, 5, 1, 9}, {4, 2, 1, 1}};
        int[][] d = new int[3][4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                d[i][j] = grid[i][j] + (i == 0 && j == 0 ? 0 : Math.min(i > 0 ? d[i - 1][j] : Integer.MAX_VALUE, j > 0 ? d[i][j - 1] : Integer.MAX_VALUE));
        System.out.println("网格最小路径和=" + d[2][3]);
    }
}
