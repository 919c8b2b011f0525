// 带标签的 break/continue、嵌套循环、do/while、提前返回
public class Main {
    static int[][] grid = {
            {1, 2, 3, 4},
            {5, -6, 7, 8},
            {9, 10, 11, -12},
            {13, 14, 15, 16}
    };

    static String findFirstNegative() {
        outer:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    System.out.println("  找到负数，跳出外层循环");
                    break outer;
                }
                System.out.println("  检查 [" + r + "][" + c + "] = " + grid[r][c]);
            }
        }
        return "完成";
    }

    public static void main(String[] args) {
        System.out.println(findFirstNegative());
        int sumSkipRowsWithNeg = 0;
        rows:
        for (int[] row : grid) {
            for (int v : row) {
                if (v < 0) continue rows;
            }
            for (int v : row) sumSkipRowsWithNeg += v;
        }
        System.out.println("跳过含负数的行后求和: " + sumSkipRowsWithNeg);

        // 质数：带标签 continue
        StringBuilder primes = new StringBuilder();
        candidates:
        for (int n = 2; n < 40; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) continue candidates;
            }
            primes.append(n).append(' ');
        }
        System.out.println("质数: " + primes.toString().trim());

        // 标签块
        block:
        {
            System.out.println("进入标签块");
            if (grid.length == 4) break block;
            System.out.println("不会打印");
        }
        System.out.println("离开标签块");

        // do/while 至少执行一次
        int n = 0;
        do {
            System.out.println("do-while 执行, n=" + n);
            n++;
        } while (n < 0);
        int x = 27, steps = 0;
        while (x != 1) {
            x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
            steps++;
        }
        System.out.println("考拉兹 27 步数: " + steps);
        // for 多变量与逗号
        StringBuilder pairs = new StringBuilder();
        for (int i = 0, j = 10; i < j; i += 3, j -= 2) {
            pairs.append("(").append(i).append(",").append(j).append(")");
        }
        System.out.println("双变量 for: " + pairs);
        // 无限循环 + break
        int k = 0;
        for (; ; ) {
            if (++k * k > 50) break;
        }
        System.out.println("无限循环 break 时 k=" + k);
        // while 中 continue
        int i = 0, odd = 0;
        while (i < 10) {
            i++;
            if (i % 2 == 0) continue;
            odd += i;
        }
        System.out.println("奇数和: " + odd);
        // 嵌套标签 do-while
        int count = 0;
        loopA:
        do {
            count++;
            int m = 0;
            while (true) {
                m++;
                if (m == 3) continue loopA;
                if (count == 3) break loopA;
            }
        } while (count < 10);
        System.out.println("嵌套标签 do-while count=" + count);
        System.out.println("短路求值: " + (check("左", false) && check("右", true)) + " " + (check("左2", true) || check("右2", true)));
        System.out.println("非短路: " + (check("左3", false) & check("右3", true)));
        int depth = 0;
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                if (a == b) depth += a;
                else if (a > b) depth += 10;
        System.out.println("无花括号嵌套: " + depth);
    }

    static boolean check(String name, boolean v) {
        System.out.println("  求值 " + name);
        return v;
    }
}
