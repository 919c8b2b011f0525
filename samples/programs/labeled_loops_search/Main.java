// 嵌套带标签循环：素数搜索（continue outer）、矩阵中查找目标（break outer）、孪生素数、鞍点、三数之和、数独行列检查
public class Main {
    public static void main(String[] args) {
        System.out.print("100 以内素数: ");
        int primeCount = 0;
        outer:
        for (int n = 2; n < 100; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) continue outer;
            }
            primeCount++;
            System.out.print(n + " ");
        }
        System.out.println();
        System.out.println("个数 = " + primeCount);

        System.out.print("孪生素数对(<200): ");
        int prev = -1, pairs = 0;
        scan:
        for (int n = 3; n < 200; n += 2) {
            int d = 3;
            while (d * d <= n) {
                if (n % d == 0) continue scan;
                d += 2;
            }
            if (prev > 0 && n - prev == 2) {
                System.out.print("(" + prev + "," + n + ") ");
                pairs++;
            }
            prev = n;
        }
        System.out.println();
        System.out.println("对数 = " + pairs);

        int[][] m = {
                {1, 4, 7, 11, 15},
                {2, 5, 8, 12, 19},
                {3, 6, 9, 16, 22},
                {10, 13, 14, 17, 24},
                {18, 21, 23, 26, 30}};
        int[] targets = {5, 20, 30, 1, 0, 14};
        for (int target : targets) {
            int fr = -1, fc = -1, steps = 0;
            search:
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    steps++;
                    if (m[i][j] > target) continue search;
                    if (m[i][j] == target) {
                        fr = i;
                        fc = j;
                        break search;
                    }
                }
            }
            int r = 0, c = m[0].length - 1, steps2 = 0;
            boolean found2 = false;
            while (r < m.length && c >= 0) {
                steps2++;
                if (m[r][c] == target) {
                    found2 = true;
                    break;
                } else if (m[r][c] > target) c--;
                else r++;
            }
            System.out.println("查找 " + target + ": " + (fr >= 0 ? "(" + fr + "," + fc + ")" : "未找到") + " 比较 " + steps + " 次; 阶梯法 " + found2 + " 比较 " + steps2 + " 次");
        }

        int[][] saddle = {{3, 8, 4}, {9, 7, 6}, {5, 2, 1}, {11, 10, 12}};
        System.out.println("鞍点(行最小且列最大):");
        int found = 0;
        rows:
        for (int i = 0; i < saddle.length; i++) {
            cols:
            for (int j = 0; j < saddle[i].length; j++) {
                for (int k = 0; k < saddle[i].length; k++) {
                    if (saddle[i][k] < saddle[i][j]) continue cols;
                }
                for (int k = 0; k < saddle.length; k++) {
                    if (saddle[k][j] > saddle[i][j]) continue rows;
                }
                System.out.println("  (" + i + "," + j + ") = " + saddle[i][j]);
                found++;
            }
        }
        System.out.println("  共 " + found + " 个");

        int[] nums = {-4, -1, -1, 0, 1, 2, 3, 5};
        int target = 4;
        String result = "无";
        int tries = 0;
        triple:
        {
            for (int i = 0; i < nums.length; i++) {
                for (int j = i + 1; j < nums.length; j++) {
                    for (int k = j + 1; k < nums.length; k++) {
                        tries++;
                        if (nums[i] + nums[j] + nums[k] == target) {
                            result = nums[i] + " + " + nums[j] + " + " + nums[k];
                            break triple;
                        }
                    }
                }
            }
            result = "遍历完毕仍未找到";
        }
        System.out.println("三数之和为 " + target + ": " + result + " (尝试 " + tries + " 次)");

        int[][] grid = {
                {5, 3, 4, 6, 7, 8, 9, 1, 2},
                {6, 7, 2, 1, 9, 5, 3, 4, 8},
                {1, 9, 8, 3, 4, 2, 5, 6, 7},
                {8, 5, 9, 7, 6, 1, 4, 2, 3},
                {4, 2, 6, 8, 5, 3, 7, 9, 1},
                {7, 1, 3, 9, 2, 4, 8, 5, 6},
                {9, 6, 1, 5, 3, 7, 2, 8, 4},
                {2, 8, 7, 4, 1, 9, 6, 3, 5},
                {3, 4, 5, 2, 8, 6, 1, 7, 9}};
        for (int round = 0; round < 2; round++) {
            if (round == 1) grid[4][4] = 3;
            String verdict = "数独有效";
            check:
            for (int unit = 0; unit < 27; unit++) {
                boolean[] seen = new boolean[10];
                for (int cell = 0; cell < 9; cell++) {
                    int r, c;
                    if (unit < 9) {
                        r = unit;
                        c = cell;
                    } else if (unit < 18) {
                        r = cell;
                        c = unit - 9;
                    } else {
                        r = (unit - 18) / 3 * 3 + cell / 3;
                        c = (unit - 18) % 3 * 3 + cell % 3;
                    }
                    int v = grid[r][c];
                    if (seen[v]) {
                        verdict = "第 " + (round + 1) + " 轮无效: " + (unit < 9 ? "行" : unit < 18 ? "列" : "宫") + " " + (unit % 9) + " 重复数字 " + v + " 于 (" + r + "," + c + ")";
                        break check;
                    }
                    seen[v] = true;
                }
            }
            System.out.println(verdict);
        }

        int count = 0;
        StringBuilder sb = new StringBuilder();
        pyth:
        for (int a = 1; a < 30; a++) {
            for (int b = a; b < 30; b++) {
                for (int c = b; c < 30; c++) {
                    if (a * a + b * b == c * c) {
                        sb.append("(").append(a).append(",").append(b).append(",").append(c).append(")");
                        if (++count == 6) break pyth;
                        continue pyth;
                    }
                }
            }
        }
        System.out.println("勾股数(每个 a 取首个, 最多 6 组): " + sb);
        System.out.println("九九乘法表(乘积超过 30 时跳到下一行; 从第 8 行起乘积超过 20 时整体结束, 该行不打印):");
        table:
        for (int r = 1; r <= 9; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= r; c++) {
                if (r >= 8 && r * c > 20) break table;
                if (r * c > 30) {
                    System.out.println(line.append("…"));
                    continue table;
                }
                line.append(c).append("×").append(r).append("=").append(r * c).append(' ');
            }
            System.out.println(line.toString().trim());
        }
        int i = 0, j;
        loop:
        do {
            j = 0;
            while (true) {
                if (j > i) break;
                if ((i + j) % 5 == 4) {
                    i++;
                    continue loop;
                }
                j++;
            }
            i++;
        } while (i < 10);
        System.out.println("do/while 标签 continue 结束: i=" + i + " j=" + j);
    }
}
