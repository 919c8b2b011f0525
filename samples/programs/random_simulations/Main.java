import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

// new Random(42) 驱动的模拟：掷骰子统计、蒙特卡洛估算 π、随机游走、抽奖(洗牌)、排队模拟、带权重的随机选择
public class Main {
    public static void main(String[] args) {
        Random rnd = new Random(42);
        System.out.println("前 10 个 nextInt(6)+1: ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(rnd.nextInt(6) + 1).append(' ');
        System.out.println(sb.toString().trim());

        int[] counts = new int[13];
        for (int i = 0; i < 6000; i++) counts[rnd.nextInt(6) + 1 + rnd.nextInt(6) + 1]++;
        System.out.println("== 两颗骰子 6000 次 ==");
        for (int s = 2; s <= 12; s++) {
            System.out.println(String.format("%2d: %4d %s", s, counts[s], "*".repeat(counts[s] / 40)));
        }

        Random mc = new Random(42);
        int inside = 0;
        int[] checkpoints = {100, 1000, 10000, 100000};
        int ci = 0;
        for (int i = 1; i <= 100000; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1.0) inside++;
            if (i == checkpoints[ci]) {
                double pi = 4.0 * inside / i;
                System.out.println(String.format("蒙特卡洛 n=%6d π≈%.5f 误差 %.5f", i, pi, Math.abs(pi - Math.PI)));
                ci = Math.min(ci + 1, checkpoints.length - 1);
            }
        }

        Random walk = new Random(2024);
        int pos = 0, maxPos = 0, minPos = 0, returns = 0;
        for (int step = 0; step < 1000; step++) {
            pos += walk.nextBoolean() ? 1 : -1;
            maxPos = Math.max(maxPos, pos);
            minPos = Math.min(minPos, pos);
            if (pos == 0) returns++;
        }
        System.out.println("随机游走 1000 步: 终点 " + pos + " 最高 " + maxPos + " 最低 " + minPos + " 回到原点 " + returns + " 次");

        List<String> participants = new ArrayList<>(List.of("张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑十一", "王十二"));
        Collections.shuffle(participants, new Random(42));
        System.out.println("洗牌后: " + participants);
        System.out.println("一等奖: " + participants.get(0) + ", 二等奖: " + participants.subList(1, 3) + ", 三等奖: " + participants.subList(3, 6));

        String[] prizes = {"谢谢参与", "优惠券", "积分", "耳机", "手机"};
        int[] weights = {600, 250, 120, 25, 5};
        int totalW = 0;
        for (int w : weights) totalW += w;
        int[] won = new int[prizes.length];
        Random lottery = new Random(7);
        for (int i = 0; i < 2000; i++) {
            int r = lottery.nextInt(totalW);
            int k = 0;
            while (r >= weights[k]) r -= weights[k++];
            won[k]++;
        }
        System.out.println("== 加权抽奖 2000 次 ==");
        for (int i = 0; i < prizes.length; i++) {
            System.out.println(String.format("%-6s 权重 %3d 期望 %6.1f 实际 %4d", prizes[i], weights[i], 2000.0 * weights[i] / totalW, won[i]));
        }

        System.out.println("== 银行排队 (单窗口) ==");
        Random q = new Random(99);
        double clock = 0, serverFree = 0, totalWait = 0, maxWait = 0;
        int customers = 12;
        for (int c = 1; c <= customers; c++) {
            clock += -Math.log(1 - q.nextDouble()) * 4.0;
            double service = 2 + q.nextInt(5);
            double start = Math.max(clock, serverFree);
            double wait = start - clock;
            serverFree = start + service;
            totalWait += wait;
            maxWait = Math.max(maxWait, wait);
            System.out.println(String.format("顾客%2d 到达 %6.2f 开始 %6.2f 等待 %5.2f 服务 %.0f", c, clock, start, wait, service));
        }
        System.out.println(String.format("平均等待 %.3f, 最长等待 %.3f", totalWait / customers, maxWait));

        Random g = new Random(42);
        double sum = 0, sumSq = 0;
        int n = 5000;
        for (int i = 0; i < n; i++) {
            double v = 170 + g.nextGaussian() * 8;
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / n;
        System.out.println(String.format("身高模拟 均值 %.4f 标准差 %.4f", mean, Math.sqrt(sumSq / n - mean * mean)));
        Random same1 = new Random(123), same2 = new Random(123);
        boolean identical = true;
        for (int i = 0; i < 100; i++) if (same1.nextLong() != same2.nextLong()) identical = false;
        System.out.println("相同种子序列一致: " + identical + ", nextInt() = " + new Random(0).nextInt() + ", nextLong() = " + new Random(-1).nextLong()
                + ", nextFloat() = " + new Random(Long.MIN_VALUE).nextFloat());
    }
}
