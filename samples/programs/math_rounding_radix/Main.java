// Math.round/floor/ceil/rint 在负数与 .5 上的行为、取整方式对比、Integer.toBinaryString/toHexString 负数、
// Long.parseLong/Integer.parseInt 各种进制、Character.getNumericValue/digit/forDigit
public class Main {
    public static void main(String[] args) {
        double[] vals = {2.5, -2.5, 1.5, -1.5, 0.5, -0.5, 2.4, -2.4, 2.6, -2.6, -0.0, 0.49999999999999994, -7.0, 1e16 + 1, Double.NaN, Double.NEGATIVE_INFINITY};
        System.out.println(String.format("%-22s %6s %6s %6s %6s %6s", "值", "round", "floor", "ceil", "rint", "(long)"));
        for (double v : vals) {
            System.out.println(String.format("%-22s %6d %6s %6s %6s %6d", v, Math.round(v), Math.floor(v), Math.ceil(v), Math.rint(v), (long) v));
        }
        float[] fvals = {2.5f, -2.5f, -0.5f, 1.4999999f, 16777217f};
        for (float f : fvals) {
            System.out.println("Math.round(" + f + "f) = " + Math.round(f) + " (int)");
        }
        System.out.println("Math.round(Long.MAX_VALUE as double) = " + Math.round((double) Long.MAX_VALUE) + ", Math.round(-1e20) = " + Math.round(-1e20)
                + ", Math.round(1e10f) = " + Math.round(1e10f));
        System.out.println("四舍五入到 2 位: " + Math.round(2.345 * 100) / 100.0 + " " + Math.round(-2.345 * 100) / 100.0 + " " + Math.round(1.005 * 100) / 100.0);
        System.out.println("floorDiv/floorMod vs / %:");
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {-1, 5}, {Integer.MIN_VALUE, 7}};
        for (int[] p : pairs) {
            System.out.println(String.format("  %d,%d: / = %d  %% = %d  floorDiv = %d  floorMod = %d  ceil = %d", p[0], p[1], p[0] / p[1], p[0] % p[1],
                    Math.floorDiv(p[0], p[1]), Math.floorMod(p[0], p[1]), -Math.floorDiv(-(long) p[0], p[1])));
        }
        System.out.println("分页: ");
        for (int total : new int[]{0, 1, 9, 10, 11, 95}) {
            int pages = (total + 9) / 10;
            System.out.println("  " + total + " 条 -> " + pages + " 页, ceil 法 " + (int) Math.ceil(total / 10.0) + ", 最后一页 " + (total == 0 ? 0 : (total - 1) % 10 + 1) + " 条");
        }

        System.out.println("== 进制字符串 ==");
        int[] ints = {0, 1, -1, 10, -10, 255, -256, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : ints) {
            System.out.println(String.format("%11d bin=%s hex=%s oct=%s r36=%s", i, Integer.toBinaryString(i), Integer.toHexString(i), Integer.toOctalString(i), Integer.toString(i, 36)));
        }
        long[] longs = {-1L, Long.MIN_VALUE, 1L << 40, -(1L << 40)};
        for (long l : longs) {
            System.out.println(l + " bin长度=" + Long.toBinaryString(l).length() + " hex=" + Long.toHexString(l) + " r7=" + Long.toString(l, 7) + " unsigned=" + Long.toUnsignedString(l));
        }
        System.out.println("byte -1 的二进制(需掩码): " + Integer.toBinaryString((byte) -1 & 0xFF) + ", 不掩码: " + Integer.toBinaryString((byte) -1));
        System.out.println("补零到 8 位: " + String.format("%8s", Integer.toBinaryString(5)).replace(' ', '0'));

        System.out.println("== 解析 ==");
        String[][] inputs = {{"1010", "2"}, {"-1010", "2"}, {"ff", "16"}, {"FF", "16"}, {"-80000000", "16"}, {"7fffffffffffffff", "16"},
                {"zz", "36"}, {"ZZ", "36"}, {"777", "8"}, {"12", "3"}, {"+z", "36"}, {"1111111111111111111111111111111111111111111111111111111111111111", "2"},
                {"8000000000000000", "16"}, {"19", "8"}, {"１２", "10"}, {"٣٤", "10"}};
        for (String[] in : inputs) {
            try {
                long v = Long.parseLong(in[0], Integer.parseInt(in[1]));
                System.out.println("Long.parseLong(\"" + in[0] + "\", " + in[1] + ") = " + v);
            } catch (NumberFormatException e) {
                System.out.println("Long.parseLong(\"" + in[0] + "\", " + in[1] + ") 失败: " + e.getMessage());
            }
        }
        System.out.println("parseUnsignedLong(全 1, 2) = " + Long.toUnsignedString(Long.parseUnsignedLong("1111111111111111111111111111111111111111111111111111111111111111", 2)));
        System.out.println("Integer.parseUnsignedInt(\"4294967295\") = " + Integer.parseUnsignedInt("4294967295"));
        System.out.println("Integer.valueOf(\"-0\") = " + Integer.valueOf("-0") + ", Integer.decode(\"0x1F\") = " + Integer.decode("0x1F") + ", decode(\"-010\") = " + Integer.decode("-010")
                + ", decode(\"#ff\") = " + Integer.decode("#ff"));

        System.out.println("== Character 数值 ==");
        char[] chars = {'0', '7', '9', 'a', 'A', 'z', 'Z', '中', '五', '①', 'Ⅻ', '٣', '５', '½', '-', ' '};
        for (char c : chars) {
            System.out.println("'" + c + "' getNumericValue=" + Character.getNumericValue(c) + " digit(c,10)=" + Character.digit(c, 10) + " digit(c,16)=" + Character.digit(c, 16)
                    + " digit(c,36)=" + Character.digit(c, 36) + " isDigit=" + Character.isDigit(c));
        }
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 36; d += 5) sb.append(Character.forDigit(d, 36));
        System.out.println("forDigit(0..35 步长 5, 36) = " + sb + ", forDigit(10, 10) = [" + (int) Character.forDigit(10, 10) + "]");
        String code = "3a-Z9";
        int sum = 0;
        for (char c : code.toCharArray()) {
            int v = Character.getNumericValue(c);
            if (v >= 0) sum += v;
        }
        System.out.println("\"" + code + "\" 数值和 = " + sum);
        String chineseDigits = "〇一二三四五六七八九";
        int parsed = 0;
        for (char c : "二〇二四".toCharArray()) parsed = parsed * 10 + chineseDigits.indexOf(c);
        System.out.println("中文数字 二〇二四 -> " + parsed);
    }
}
