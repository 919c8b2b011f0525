// 位移：移位距离的掩码、算术右移与逻辑右移、byte/short 的提升
public class Main {
    public static void main(String[] args) {
        int x = 1;
        System.out.println("1 << 31 = " + (x << 31));
        System.out.println("1 << 32 = " + (x << 32));
        System.out.println("1 << 33 = " + (x << 33));
        System.out.println("1 << -1 = " + (x << -1));
        System.out.println("1L << 32 = " + (1L << 32));
        System.out.println("1L << 64 = " + (1L << 64));
        System.out.println("1L << 63 = " + (1L << 63));
        int neg = -16;
        System.out.println("-16 >> 2 = " + (neg >> 2));
        System.out.println("-16 >>> 2 = " + (neg >>> 2));
        System.out.println("-16 >>> 28 = " + (neg >>> 28));
        System.out.println("-1 >>> 0 = " + (-1 >>> 0));
        System.out.println("-1 >>> 32 = " + (-1 >>> 32));
        System.out.println("-1L >>> 1 = " + (-1L >>> 1));
        System.out.println("-1 >> 31 = " + (-1 >> 31));
        byte b = -128;
        System.out.println("byte -128 >>> 4 = " + (b >>> 4));
        System.out.println("(b & 0xFF) >>> 4 = " + ((b & 0xFF) >>> 4));
        b >>>= 4;
        System.out.println("b >>>= 4 -> " + b);
        short s = -1;
        s >>>= 10;
        System.out.println("short -1 >>>= 10 -> " + s);
        char c = '\uFFFF';
        c >>= 4;
        System.out.println("char 0xFFFF >>= 4 -> " + (int) c);
        int shift = 35;
        System.out.println("8 >> 35 = " + (8 >> shift));
        long lshift = 70;
        System.out.println("8L >> 70 = " + (8L >> lshift));
        System.out.println("int << long shift: " + (1 << 33L));

        // 位运算组合
        int flags = 0;
        final int READ = 1, WRITE = 1 << 1, EXEC = 1 << 2;
        flags |= READ | EXEC;
        System.out.println("flags = " + Integer.toBinaryString(flags));
        flags &= ~READ;
        System.out.println("清除 READ 后 = " + Integer.toBinaryString(flags));
        flags ^= WRITE;
        System.out.println("翻转 WRITE 后 = " + Integer.toBinaryString(flags) + " 可写? " + ((flags & WRITE) != 0));
        System.out.println("~0 = " + (~0) + " ~5 = " + (~5) + " ~-1L = " + (~-1L));
        int v = 0xCAFEBABE;
        System.out.println("0xCAFEBABE = " + v);
        System.out.println("高16位 = " + Integer.toHexString(v >>> 16) + " 低16位 = " + Integer.toHexString(v & 0xFFFF));
        System.out.println("字节序反转 = " + Integer.toHexString(Integer.reverseBytes(v)));
        System.out.println("rotateLeft(v, 8) = " + Integer.toHexString(Integer.rotateLeft(v, 8)));
        System.out.println("rotateRight(1, 1) = " + Integer.rotateRight(1, 1));
        long packed = ((long) 123456 << 32) | (0xFFFFFFFFL & -42);
        System.out.println("打包 = " + packed + " 高 = " + (int) (packed >> 32) + " 低 = " + (int) packed);
        System.out.println("优先级: 1 + 2 << 3 = " + (1 + 2 << 3) + "; 1 << 2 + 3 = " + (1 << 2 + 3));
        System.out.println("5 & 3 == 1: " + ((5 & 3) == 1));
        System.out.println("布尔位运算: " + (true ^ true) + " " + (true & false) + " " + (false | true));
    }
}
