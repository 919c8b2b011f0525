// Integer.MIN_VALUE / Long.MIN_VALUE 边界：abs、取反、除法、取余、Math.*Exact、比较器减法陷阱、绝对值距离
import java.util.Arrays;
import java.util.Comparator;

public class Main {
    static int badCompare(int a, int b) {
        return a - b;
    }

    static String tryExact(String label, java.util.function.IntSupplier op) {
        try {
            return label + " = " + op.getAsInt();
        } catch (ArithmeticException e) {
            return label + " -> ArithmeticException: " + e.getMessage();
        }
    }

    static String tryExactLong(String label, java.util.function.LongSupplier op) {
        try {
            return label + " = " + op.getAsLong();
        } catch (ArithmeticException e) {
            return label + " -> ArithmeticException: " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        long lmin = Long.MIN_VALUE;
        System.out.println("Math.abs(MIN_VALUE) = " + Math.abs(min));
        System.out.println("-MIN_VALUE = " + (-min));
        System.out.println("MIN_VALUE * -1 = " + (min * -1));
        System.out.println("MIN_VALUE / -1 = " + (min / -1));
        System.out.println("MIN_VALUE % -1 = " + (min % -1));
        System.out.println("MIN_VALUE / 2 = " + (min / 2) + ", >> 1 = " + (min >> 1) + ", >>> 1 = " + (min >>> 1));
        System.out.println("MIN_VALUE / 10 = " + (min / 10) + ", % 10 = " + (min % 10));
        System.out.println("Math.floorDiv(MIN, -1) = " + Math.floorDiv(min, -1) + ", floorMod(MIN, 3) = " + Math.floorMod(min, 3));
        System.out.println("MIN_VALUE - 1 = " + (min - 1) + ", MIN_VALUE + MIN_VALUE = " + (min + min));
        System.out.println("(long) MIN_VALUE * -1 = " + ((long) min * -1) + ", Math.abs((long) MIN) = " + Math.abs((long) min));
        System.out.println("Long: abs = " + Math.abs(lmin) + ", / -1 = " + (lmin / -1) + ", % -1 = " + (lmin % -1));
        System.out.println("Integer.signum(MIN) = " + Integer.signum(min) + ", Integer.reverse(MIN) = " + Integer.reverse(min)
                + ", numberOfLeadingZeros = " + Integer.numberOfLeadingZeros(min) + ", bitCount = " + Integer.bitCount(min));
        System.out.println("Integer.toString(MIN, 16) = " + Integer.toString(min, 16) + ", toHexString = " + Integer.toHexString(min)
                + ", toString(MIN, 2) = " + Integer.toString(min, 2));
        System.out.println("Integer.parseInt(\"-2147483648\") = " + Integer.parseInt("-2147483648"));
        System.out.println("(int) -2147483648L = " + (int) -2147483648L + ", (int) 2147483648L = " + (int) 2147483648L);
        System.out.println("(short) MIN = " + (short) min + ", (byte) MIN = " + (byte) min + ", (char) MIN as int = " + (int) (char) min);
        System.out.println("(double) MIN = " + (double) min + ", (float) MIN = " + (float) min + ", (int)(double) MIN - 1 = " + (int) ((double) min - 1));
        System.out.println("Integer.MIN_VALUE == -Integer.MIN_VALUE ? " + (min == -min));

        System.out.println("== Math.*Exact ==");
        System.out.println(tryExact("negateExact(MIN)", () -> Math.negateExact(min)));
        System.out.println(tryExact("absExact(MIN)", () -> Math.absExact(min)));
        System.out.println(tryExact("absExact(-5)", () -> Math.absExact(-5)));
        System.out.println(tryExact("subtractExact(MIN, 1)", () -> Math.subtractExact(min, 1)));
        System.out.println(tryExact("multiplyExact(MIN, -1)", () -> Math.multiplyExact(min, -1)));
        System.out.println(tryExact("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE)));
        System.out.println(tryExact("decrementExact(MIN)", () -> Math.decrementExact(min)));
        System.out.println(tryExact("toIntExact(2^31)", () -> Math.toIntExact(1L << 31)));
        System.out.println(tryExact("toIntExact(-2^31)", () -> Math.toIntExact(-(1L << 31))));
        System.out.println(tryExactLong("negateExact(Long.MIN)", () -> Math.negateExact(lmin)));
        System.out.println(tryExactLong("multiplyExact(Long.MIN, -1)", () -> Math.multiplyExact(lmin, -1L)));
        System.out.println(tryExactLong("addExact(Long.MAX, 1)", () -> Math.addExact(Long.MAX_VALUE, 1L)));
        System.out.println(tryExactLong("multiplyHigh(MAX, MAX)", () -> Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE)));
        System.out.println(tryExact("MIN / 0", () -> min / 0));
        System.out.println(tryExact("MIN % 0", () -> min % 0));

        System.out.println("== 比较器减法陷阱 ==");
        Integer[] vals = {3, min, Integer.MAX_VALUE, -1, 0, min + 1, 100};
        Integer[] good = vals.clone();
        Arrays.sort(good, Comparator.naturalOrder());
        for (int i = 0; i + 1 < vals.length; i++) {
            int a = vals[i], b = vals[i + 1];
            System.out.println("  " + a + " vs " + b + ": a-b=" + badCompare(a, b) + " compare=" + Integer.compare(a, b)
                    + (Integer.signum(badCompare(a, b)) != Integer.compare(a, b) ? " <- 符号错误" : ""));
        }
        System.out.println("Integer.compare: " + Arrays.toString(good));
        System.out.println("badCompare(MAX, MIN) = " + badCompare(Integer.MAX_VALUE, min) + ", Integer.compare = " + Integer.compare(Integer.MAX_VALUE, min));
        System.out.println("Integer.compareUnsigned(MIN, 1) = " + Integer.compareUnsigned(min, 1) + ", divideUnsigned(MIN, 3) = " + Integer.divideUnsigned(min, 3)
                + ", remainderUnsigned(MIN, 3) = " + Integer.remainderUnsigned(min, 3));

        System.out.println("== 中点与距离 ==");
        int lo = 2_000_000_000, hi = 2_100_000_000;
        System.out.println("(lo + hi) / 2 = " + ((lo + hi) / 2) + ", lo + (hi - lo) / 2 = " + (lo + (hi - lo) / 2) + ", (lo + hi) >>> 1 = " + ((lo + hi) >>> 1));
        int[][] pairs = {{min, 0}, {min, Integer.MAX_VALUE}, {-5, 5}, {min, -1}, {0, min}};
        for (int[] p : pairs) {
            int dist = Math.abs(p[0] - p[1]);
            long safe = Math.abs((long) p[0] - p[1]);
            System.out.println("距离(" + p[0] + ", " + p[1] + ") int=" + dist + " long=" + safe);
        }
        System.out.println("== 数字转中文位数 ==");
        int[] tests = {min, -1, 0, 7, Integer.MAX_VALUE, -1000};
        for (int t : tests) {
            int digits = 0;
            int v = t;
            do {
                digits++;
                v /= 10;
            } while (v != 0);
            String sign = t < 0 ? "负数" : "非负";
            System.out.println(t + ": " + sign + ", " + digits + " 位, 取反=" + (-t) + ", 取反后为负? " + (-t < 0) + ", ~t=" + (~t));
        }
        long acc = 0;
        int counter = min;
        for (int i = 0; i < 5; i++) {
            acc += counter;
            counter--;
        }
        System.out.println("从 MIN 开始递减 5 次累加(long) = " + acc + ", counter = " + counter);
    }
}
