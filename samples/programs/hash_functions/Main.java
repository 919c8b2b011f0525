import java.nio.charset.StandardCharsets;

// 手写哈希函数：FNV-1a(32/64)、djb2、sdbm、Java String.hashCode 复刻、简单一致性哈希，long/int 在循环中溢出
public class Main {
    static int fnv1a32(byte[] data) {
        int h = 0x811C9DC5;
        for (byte b : data) {
            h ^= (b & 0xFF);
            h *= 16777619;
        }
        return h;
    }

    static long fnv1a64(byte[] data) {
        long h = 0xCBF29CE484222325L;
        for (byte b : data) {
            h ^= (b & 0xFF);
            h *= 0x100000001B3L;
        }
        return h;
    }

    static long djb2(String s) {
        long h = 5381;
        for (int i = 0; i < s.length(); i++) {
            h = ((h << 5) + h) + s.charAt(i);
        }
        return h;
    }

    static int djb2Int(String s) {
        int h = 5381;
        for (char c : s.toCharArray()) {
            h = h * 33 ^ c;
        }
        return h;
    }

    static long sdbm(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = s.charAt(i) + (h << 6) + (h << 16) - h;
        }
        return h;
    }

    static int javaHash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    static int mix32(int x) {
        x ^= x >>> 16;
        x *= 0x7FEB352D;
        x ^= x >>> 15;
        x *= 0x846CA68B;
        x ^= x >>> 16;
        return x;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static void main(String[] args) {
        String[] inputs = {"", "a", "abc", "hello", "Hello", "订单", "订单号-20240101", "😀表情", "Aa", "BB",
                "polygenelubricants", "The quick brown fox jumps over the lazy dog"};
        System.out.println("== FNV-1a 32/64 (UTF-8 字节) ==");
        for (String s : inputs) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            int h32 = fnv1a32(bytes);
            long h64 = fnv1a64(bytes);
            System.out.println("[" + s + "] bytes=" + bytes.length + " fnv32=" + h32 + " (0x" + Integer.toHexString(h32)
                    + ") unsigned=" + Integer.toUnsignedString(h32) + " fnv64=" + h64 + " (0x" + Long.toHexString(h64) + ")");
        }
        System.out.println("== djb2 / sdbm ==");
        for (String s : inputs) {
            System.out.println("[" + s + "] djb2=" + djb2(s) + " djb2Int=" + djb2Int(s) + " sdbm=" + sdbm(s)
                    + " sdbm%1024=" + Math.floorMod(sdbm(s), 1024L) + " sdbm%1024(rem)=" + (sdbm(s) % 1024));
        }
        System.out.println("== Java String.hashCode 复刻 ==");
        int mismatches = 0;
        for (String s : inputs) {
            int mine = javaHash(s);
            int jdk = s.hashCode();
            if (mine != jdk) mismatches++;
            System.out.println("[" + s + "] mine=" + mine + " jdk=" + jdk + " abs=" + Math.abs(mine) + " bucket16=" + (mine & 15)
                    + " spread=" + (mine ^ (mine >>> 16)));
        }
        System.out.println("不一致数量: " + mismatches);
        System.out.println("\"Aa\" 与 \"BB\" 碰撞: " + ("Aa".hashCode() == "BB".hashCode()));
        System.out.println("\"polygenelubricants\" 哈希是 MIN_VALUE: " + ("polygenelubricants".hashCode() == Integer.MIN_VALUE));
        System.out.println("Math.abs(MIN_VALUE) 仍为负: " + Math.abs("polygenelubricants".hashCode()));

        System.out.println("== 整数混合函数 ==");
        int x = 0;
        long z = 0;
        for (int i = 0; i < 8; i++) {
            x = mix32(x + i);
            z = mix64(z + 0x9E3779B97F4A7C15L);
            System.out.println(i + ": mix32=" + x + " mix64=" + z + " hi=" + (int) (z >>> 32) + " lo=" + (int) z
                    + " unsigned64=" + Long.toUnsignedString(z));
        }

        System.out.println("== 一致性哈希环 (FNV-1a 32) ==");
        String[] nodes = {"节点-北京", "节点-上海", "节点-深圳"};
        long[] ring = new long[nodes.length * 4];
        String[] owner = new String[ring.length];
        int k = 0;
        for (String n : nodes) {
            for (int v = 0; v < 4; v++) {
                ring[k] = Integer.toUnsignedLong(fnv1a32((n + "#" + v).getBytes(StandardCharsets.UTF_8)));
                owner[k] = n;
                k++;
            }
        }
        for (int i = 1; i < ring.length; i++) {
            for (int j = i; j > 0 && ring[j - 1] > ring[j]; j--) {
                long t = ring[j]; ring[j] = ring[j - 1]; ring[j - 1] = t;
                String o = owner[j]; owner[j] = owner[j - 1]; owner[j - 1] = o;
            }
        }
        for (int i = 0; i < ring.length; i++) {
            System.out.println("  " + ring[i] + " -> " + owner[i]);
        }
        String[] keys = {"用户1001", "用户1002", "order:42", "order:43", "商品-苹果", "商品-香蕉", "session-x"};
        for (String key : keys) {
            long h = Integer.toUnsignedLong(fnv1a32(key.getBytes(StandardCharsets.UTF_8)));
            String target = owner[0];
            for (int i = 0; i < ring.length; i++) {
                if (ring[i] >= h) {
                    target = owner[i];
                    break;
                }
            }
            System.out.println(key + " (" + h + ") => " + target);
        }

        System.out.println("== 多项式滚动哈希溢出 ==");
        long acc = 1;
        int accInt = 1;
        for (int i = 1; i <= 25; i += 3) {
            acc = acc * 1_000_003L + i;
            accInt = accInt * 1_000_003 + i;
            System.out.println("i=" + i + " long=" + acc + " int=" + accInt + " (int)long=" + (int) acc);
        }
    }
}
