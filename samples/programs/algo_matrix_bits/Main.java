import java.util.Arrays;

// 矩阵运算（乘法、转置、旋转、快速幂、行列式）与位运算技巧
public class Main {
    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                for (int t = 0; t < k; t++) c[i][j] += a[i][t] * b[t][j];
        return c;
    }

    static long[][] pow(long[][] a, int e) {
        int n = a.length;
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        while (e > 0) {
            if ((e & 1) == 1) r = mul(r, a);
            a = mul(a, a);
            e >>= 1;
        }
        return r;
    }

    static int[][] transpose(int[][] m) {
        int[][] t = new int[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
        return t;
    }

    static int[][] rotate(int[][] m) {
        int n = m.length;
        int[][] r = new int[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) r[j][n - 1 - i] = m[i][j];
        return r;
    }

    static double det(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        double d = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
            if (m[p][c] == 0) return 0;
            if (p != c) {
                double[] t = m[p];
                m[p] = m[c];
                m[c] = t;
                d = -d;
            }
            d *= m[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) m[r][k] -= f * m[c][k];
            }
        }
        return d;
    }

    public static void main(String[] args) {
        long[][] a = {{1, 2}, {3, 4}}, b = {{5, 6}, {7, 8}};
        System.out.println("A×B = " + Arrays.deepToString(mul(a, b)));
        System.out.println("fib 矩阵快速幂 F(90) = " + pow(new long[][]{{1, 1}, {1, 0}}, 90)[0][1]);
        int[][] m = {{1, 2, 3}, {4, 5, 6}};
        System.out.println("转置 = " + Arrays.deepToString(transpose(m)));
        int[][] sq = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        System.out.println("顺时针旋转 = " + Arrays.deepToString(rotate(sq)));
        System.out.println("行列式 = " + det(new double[][]{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}) + " 奇异 = " + det(new double[][]{{1, 2}, {2, 4}}));
        StringBuilder spiral = new StringBuilder();
        int[][] s = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
        int top = 0, bottom = s.length - 1, left = 0, right = s[0].length - 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) spiral.append(s[top][j]).append(' ');
            top++;
            for (int i = top; i <= bottom; i++) spiral.append(s[i][right]).append(' ');
            right--;
            if (top <= bottom) for (int j = right; j >= left; j--) spiral.append(s[bottom][j]).append(' ');
            bottom--;
            if (left <= right) for (int i = bottom; i >= top; i--) spiral.append(s[i][left]).append(' ');
            left++;
        }
        System.out.println("螺旋遍历 = " + spiral.toString().trim());

        System.out.println("--- 位运算技巧 ---");
        for (int x : new int[]{0, 1, 6, 16, 255, -8, Integer.MIN_VALUE}) {
            System.out.printf("x=%d 是2的幂=%b 最低位1=%d 去掉最低位1=%d 取绝对值(无分支)=%d 奇偶=%s%n",
                    x, x > 0 && (x & (x - 1)) == 0, x & -x, x & (x - 1), (x ^ (x >> 31)) - (x >> 31), (x & 1) == 0 ? "偶" : "奇");
        }
        int p = 13, q = 29;
        p ^= q;
        q ^= p;
        p ^= q;
        System.out.println("异或交换: p=" + p + " q=" + q);
        int[] arr = {4, 1, 2, 1, 2, 7, 4};
        int single = 0;
        for (int v : arr) single ^= v;
        System.out.println("只出现一次的数 = " + single);
        int mask = 0b1011;
        StringBuilder subsets = new StringBuilder();
        for (int sub = mask; ; sub = (sub - 1) & mask) {
            subsets.append(Integer.toBinaryString(sub)).append(' ');
            if (sub == 0) break;
        }
        System.out.println("枚举 1011 的子集: " + subsets.toString().trim());
        System.out.println("popcount 手写(0xF0F0) = " + popcount(0xF0F0) + " Integer.bitCount = " + Integer.bitCount(0xF0F0));
        System.out.println("下一个 2 的幂(100) = " + nextPow2(100) + " (1) = " + nextPow2(1) + " (1024) = " + nextPow2(1024));
        System.out.println("格雷码 0..7: " + gray());
        int a1 = Integer.MAX_VALUE, b1 = Integer.MAX_VALUE - 2;
        System.out.println("无溢出平均值 = " + ((a1 & b1) + ((a1 ^ b1) >> 1)) + " 溢出平均值 = " + ((a1 + b1) / 2) + " 无符号移位 = " + ((a1 + b1) >>> 1));
        long bits = 0;
        for (int i : new int[]{0, 5, 63}) bits |= 1L << i;
        System.out.println("long 位图 = " + Long.toBinaryString(bits).length() + " 位, 值=" + bits + " 测试第5位=" + ((bits >>> 5) & 1));
    }

    static int popcount(int x) {
        int c = 0;
        while (x != 0) {
            x &= x - 1;
            c++;
        }
        return c;
    }

    static int nextPow2(int x) {
        x--;
        x |= x >> 1;
        x |= x >> 2;
        x |= x >> 4;
        x |= x >> 8;
        x |= x >> 16;
        return x + 1;
    }

    static String gray() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(String.format("%3s", Integer.toBinaryString(i ^ (i >> 1))).replace(' ', '0')).append(' ');
        return sb.toString().trim();
    }
}
