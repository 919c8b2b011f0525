import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

// 固定种子的 java.util.Random：nextInt/nextInt(bound)/nextLong/nextDouble/nextBoolean/nextGaussian/ints
public class Main {
    public static void main(String[] args) {
        Random r = new Random(12345L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt(): " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println("nextInt(100): " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(7)).append(' ');
        System.out.println("nextInt(7) 非 2 的幂: " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(1 << 20)).append(' ');
        System.out.println("nextInt(2^20) 2 的幂: " + sb.toString().trim());
        System.out.println("nextLong: " + r.nextLong() + " " + r.nextLong());
        System.out.println("nextDouble: " + r.nextDouble() + " " + r.nextDouble());
        System.out.println("nextFloat: " + r.nextFloat());
        System.out.println("nextBoolean: " + r.nextBoolean() + " " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("nextGaussian: " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[6];
        r.nextBytes(bytes);
        System.out.println("nextBytes: " + java.util.Arrays.toString(bytes));
        System.out.println("nextInt(10, 20): " + r.nextInt(10, 20));
        System.out.println("ints(5, 0, 6): " + r.ints(5, 0, 6).boxed().collect(Collectors.toList()));
        Random same1 = new Random(42), same2 = new Random(42);
        boolean allSame = true;
        for (int i = 0; i < 100; i++) allSame &= same1.nextInt(1000) == same2.nextInt(1000);
        System.out.println("相同种子序列一致: " + allSame);
        Random dice = new Random(2024);
        int[] faces = new int[6];
        for (int i = 0; i < 6000; i++) faces[dice.nextInt(6)]++;
        System.out.println("掷骰 6000 次分布: " + java.util.Arrays.toString(faces));
        Random lottery = new Random(888);
        List<Integer> pool = new ArrayList<>();
        for (int i = 1; i <= 33; i++) pool.add(i);
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < 6; i++) picked.add(pool.remove(lottery.nextInt(pool.size())));
        picked.sort(null);
        System.out.println("双色球红球: " + picked + " 蓝球: " + (lottery.nextInt(16) + 1));
        Random walk = new Random(7);
        int pos = 0, maxPos = 0;
        for (int i = 0; i < 1000; i++) {
            pos += walk.nextBoolean() ? 1 : -1;
            maxPos = Math.max(maxPos, pos);
        }
        System.out.println("随机游走 1000 步: 终点=" + pos + " 最远=" + maxPos);
        Random mc = new Random(31415);
        int inside = 0, n = 20000;
        for (int i = 0; i < n; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1) inside++;
        }
        System.out.println("蒙特卡洛估算 π ≈ " + (4.0 * inside / n));
        Random names = new Random(99);
        String[] surnames = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇"};
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(surnames[names.nextInt(surnames.length)]).append(given[names.nextInt(given.length)]).append(' ');
        System.out.println("随机姓名: " + sb.toString().trim());
        r.setSeed(12345L);
        System.out.println("setSeed 重置后首个 nextInt: " + r.nextInt());
    }
}
