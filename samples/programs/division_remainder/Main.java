// 整数除法与取余的符号规则，以及 floorDiv/floorMod
public class Main {
    static void show(int a, int b) {
        System.out.printf("%4d / %-3d = %3d   %4d %% %-3d = %3d   floorDiv=%3d floorMod=%3d%n",
                a, b, a / b, a, b, a % b, Math.floorDiv(a, b), Math.floorMod(a, b));
    }

    public static void main(String[] args) {
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}, {100, 7}, {-100, 7}};
        for (int[] p : pairs) {
            show(p[0], p[1]);
        }
        System.out.println("long: " + (-9L / 4) + " " + (-9L % 4) + " " + Math.floorMod(-9L, 4L));
        System.out.println("double %: " + (7.5 % 2) + " " + (-7.5 % 2) + " " + (7.5 % -2));
        System.out.println("double 除零: " + (1.0 / 0) + " " + (-1.0 / 0) + " " + (0.0 / 0));
        System.out.println("Math.IEEEremainder(7.5, 2) = " + Math.IEEEremainder(7.5, 2));
        try {
            int zero = 0;
            System.out.println(10 / zero);
        } catch (ArithmeticException e) {
            System.out.println("整数除零: " + e.getMessage());
        }
        try {
            long zero = 0;
            System.out.println(10L % zero);
        } catch (ArithmeticException e) {
            System.out.println("取余除零: " + e.getMessage());
        }
        System.out.println("MIN_VALUE / -1 = " + (Integer.MIN_VALUE / -1));
        System.out.println("MIN_VALUE % -1 = " + (Integer.MIN_VALUE % -1));
        System.out.println("奇偶判断(-3 % 2 == 1)? " + (-3 % 2 == 1) + "，正确写法 " + (-3 % 2 != 0));
        // 将分钟数拆成小时分钟，包括负数
        int[] minutes = {125, -125, 59, -1};
        for (int m : minutes) {
            System.out.println(m + " 分钟 => " + (m / 60) + " 小时 " + (m % 60) + " 分; floor: "
                    + Math.floorDiv(m, 60) + " 小时 " + Math.floorMod(m, 60) + " 分");
        }
        // 循环数组下标
        String[] days = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
        for (int offset = -9; offset <= 9; offset += 6) {
            System.out.println("偏移 " + offset + " -> " + days[Math.floorMod(offset, 7)]);
        }
        short sh = -17;
        byte by = 5;
        System.out.println("short/byte: " + (sh / by) + " " + (sh % by));
        char c = 'd';
        System.out.println("char / 3 = " + (c / 3) + " char % 3 = " + (c % 3));
        System.out.println("整数平均值(-3+-4)/2 = " + ((-3 + -4) / 2) + " >>1 = " + ((-3 + -4) >> 1));
    }
}
