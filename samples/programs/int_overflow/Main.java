// 整数溢出与回绕：int/long/short/byte 在各种运算下的行为
public class Main {
    static int addInts(int a, int b) {
        return a + b;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("int 最大值: " + max);
        System.out.println("int 最小值: " + min);
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("-min = " + (-min));
        System.out.println("max * 2 = " + (max * 2));
        System.out.println("min / -1 = " + (min / -1));
        System.out.println("addInts(max, max) = " + addInts(max, max));

        long lmax = Long.MAX_VALUE;
        System.out.println("long 最大值: " + lmax);
        System.out.println("lmax + 1 = " + (lmax + 1));
        System.out.println("Long.MIN_VALUE * -1 = " + (Long.MIN_VALUE * -1));
        // 先用 int 运算再扩展到 long，常见陷阱
        long wrong = 1000000 * 1000000;
        long right = 1000000L * 1000000;
        System.out.println("1000000 * 1000000 (int) = " + wrong);
        System.out.println("1000000L * 1000000 = " + right);
        long micros = 24 * 60 * 60 * 1000 * 1000;
        System.out.println("一天的微秒数(错误) = " + micros);
        System.out.println("一天的微秒数(正确) = " + 24L * 60 * 60 * 1000 * 1000);

        short s = Short.MAX_VALUE;
        s++;
        System.out.println("Short.MAX_VALUE + 1 (s++) = " + s);
        short s2 = (short) 40000;
        System.out.println("(short) 40000 = " + s2);
        byte b = Byte.MAX_VALUE;
        b += 1;
        System.out.println("Byte.MAX_VALUE += 1 -> " + b);
        byte b2 = (byte) 200;
        System.out.println("(byte) 200 = " + b2);
        System.out.println("(byte) 200 & 0xFF = " + (b2 & 0xFF));
        System.out.println("(byte) -129 = " + (byte) -129);
        System.out.println("(int) 3000000000L = " + (int) 3000000000L);
        System.out.println("(short) -32769 = " + (short) -32769);
        System.out.println("(char) -1 as int = " + (int) (char) -1);
        System.out.println("(int) 1e10 = " + (int) 1e10);
        System.out.println("(long) 1e19 = " + (long) 1e19);
        System.out.println("(int) -1e10 = " + (int) -1e10);
        System.out.println("(int) Double.NaN = " + (int) Double.NaN);
        System.out.println("(byte) 300.7 = " + (byte) 300.7);
        System.out.println("(int) -2.9 = " + (int) -2.9);
        System.out.println("(long) Float.POSITIVE_INFINITY = " + (long) Float.POSITIVE_INFINITY);

        // 累加溢出：计算哈希式的滚动值
        int h = 0;
        for (int i = 0; i < 20; i++) {
            h = 31 * h + (i * 7919);
        }
        System.out.println("滚动哈希 = " + h);
        long lh = 1125899906842597L;
        String text = "订单号-2024";
        for (int i = 0; i < text.length(); i++) {
            lh = 31 * lh + text.charAt(i);
        }
        System.out.println("长哈希 = " + lh);

        // Math.addExact 会抛异常
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact 异常: " + e.getMessage());
        }
        try {
            Math.multiplyExact(lmax, 2L);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact 异常: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact 异常: " + e.getMessage());
        }
        System.out.println("Integer.MAX_VALUE + Integer.MAX_VALUE (long) = " + ((long) max + max));
        System.out.println("Short.MIN_VALUE = " + Short.MIN_VALUE + ", Byte.MIN_VALUE = " + Byte.MIN_VALUE);
        System.out.println("Character.MAX_VALUE = " + (int) Character.MAX_VALUE);
        System.out.println("Integer.SIZE=" + Integer.SIZE + " Long.BYTES=" + Long.BYTES);
    }
}
