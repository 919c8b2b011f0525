// Prints "key<TAB>value" lines for java.lang/java.util behaviour the Go
// runtime must reproduce; output is testdata/golden.txt, checked by
// jrt/golden_cases_test.go (which has a Go expression for each key).
// Run from src/emit/go/runtime: java testdata/gen/Golden.java > testdata/golden.txt
import java.math.*;
import java.util.*;

public class Golden {
    static void p(String k, Object v) { System.out.println(k + "\t" + esc(String.valueOf(v))); }
    static void t(String k, java.util.concurrent.Callable<Object> c) {
        try { p(k, c.call()); } catch (Throwable e) { p(k, "!" + e); }
    }
    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e || c == '\\') b.append(String.format("\\u%04x", (int) c)); else b.append(c);
        }
        return b.toString();
    }
    static final String[] STRS = {"", "a", "hello", "Hello World", "  padded \t\n", "héllo", "日本語テキスト", "emoji😀x", "\ud800lone", "x\udc00", "ß straße", "İstanbul", "ǅ", "\u2003em\u00a0nb\u2003", "ABCabc123"};

    public static void main(String[] a) {
        for (int i = 0; i < STRS.length; i++) {
            String s = STRS[i];
            p("len" + i, s.length());
            p("hash" + i, s.hashCode());
            p("upper" + i, s.toUpperCase());
            p("lower" + i, s.toLowerCase());
            p("trim" + i, "[" + s.trim() + "]");
            p("strip" + i, "[" + s.strip() + "]");
            p("blank" + i, s.isBlank());
            p("chars" + i, Arrays.toString(s.toCharArray()));
            t("charAt3_" + i, () -> (int) s.charAt(3));
            t("sub1_" + i, () -> s.substring(1));
            t("sub13_" + i, () -> s.substring(1, 3));
            p("idx_l" + i, s.indexOf("l"));
            p("idx_l2" + i, s.indexOf('l', 3));
            p("lidx_l" + i, s.lastIndexOf("l"));
            p("idx_emoji" + i, s.indexOf("😀"));
            p("rev" + i, new StringBuilder(s).reverse());
            for (int j = 0; j < STRS.length; j++) {
                p("cmp" + i + "_" + j, Integer.signum(s.compareTo(STRS[j])));
                p("cmpic" + i + "_" + j, Integer.signum(s.compareToIgnoreCase(STRS[j])));
                p("eqic" + i + "_" + j, s.equalsIgnoreCase(STRS[j]));
            }
        }
        p("cmpSupp", Integer.signum("\uffff".compareTo("😀")));
        String[] splits = {"a,b,,c,,", ",a,b", "a1b22c333", "  lead trail  ", "", "abc", "a||b"};
        String[] regs = {",", "\\d+", "\\s+", "", "\\|", "b", "x*"};
        for (int i = 0; i < splits.length; i++)
            for (int j = 0; j < regs.length; j++)
                for (int lim : new int[]{0, -1, 2})
                    p("split" + i + "_" + j + "_" + lim, Arrays.toString(splits[i].split(regs[j], lim)));
        p("replaceAll1", "a1b22c333".replaceAll("(\\d+)", "<$1>"));
        p("replaceAll2", "hello world".replaceAll("o", "0"));
        p("replaceAll3", "a.b.c".replaceAll("\\.", "\\$"));
        p("replaceFirst", "aaa".replaceFirst("a", "b"));
        p("replace1", "aaa".replace("aa", "b"));
        p("replace2", "abc".replace("", "-"));
        p("replaceChar", "hello".replace('l', 'L'));
        p("matches1", "abc123".matches("[a-z]+\\d+"));
        p("matches2", "abc123x".matches("[a-z]+\\d+"));
        p("join", String.join("-", "a", "b", "c"));
        p("repeat", "ab".repeat(3));
        // numbers
        int[] ints = {0, 1, -1, 7, -7, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -98765};
        for (int x : ints) {
            p("hex" + x, Integer.toHexString(x));
            p("oct" + x, Integer.toOctalString(x));
            p("bin" + x, Integer.toBinaryString(x));
            p("r36_" + x, Integer.toString(x, 36));
            p("bitc" + x, Integer.bitCount(x));
            p("hob" + x, Integer.highestOneBit(x));
            p("nlz" + x, Integer.numberOfLeadingZeros(x));
            p("ntz" + x, Integer.numberOfTrailingZeros(x));
            p("irev" + x, Integer.reverse(x));
            p("lhex" + x, Long.toHexString((long) x * 3));
            p("lhash" + x, Long.hashCode((long) x * 1234567891L));
            for (int y : new int[]{1, -1, 3, -3, 0, 7}) {
                t("div" + x + "_" + y, () -> x / y);
                t("rem" + x + "_" + y, () -> x % y);
                t("fdiv" + x + "_" + y, () -> Math.floorDiv(x, y));
                t("fmod" + x + "_" + y, () -> Math.floorMod(x, y));
                p("shl" + x + "_" + y, x << y);
                p("shr" + x + "_" + y, x >> y);
                p("ushr" + x + "_" + y, x >>> y);
                p("lshl" + x + "_" + y, (long) x << (y * 13));
                p("lushr" + x + "_" + y, ((long) x) >>> (y * 13));
                t("addx" + x + "_" + y, () -> Math.addExact(x, y * 1000));
                t("mulx" + x + "_" + y, () -> Math.multiplyExact(x, y * 1000));
            }
        }
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e10, 3e9, -3e9, 1e19, -1e19, 1e300,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123.456, -0.125, 4.35, 1.005, 2.675, 0.125, 1234567.891};
        for (int i = 0; i < ds.length; i++) {
            double d = ds[i];
            p("d2i" + i, (int) d);
            p("d2l" + i, (long) d);
            p("d2c" + i, (int) (char) d);
            p("d2s" + i, (short) d);
            p("d2b" + i, (byte) d);
            p("f2i" + i, (int) (float) d);
            p("round" + i, Math.round(d));
            p("roundf" + i, Math.round((float) d));
            p("rint" + i, Math.rint(d));
            p("signum" + i, Math.signum(d));
            p("dhash" + i, Double.hashCode(d));
            p("fhash" + i, Float.hashCode((float) d));
            p("max" + i, Math.max(d, -0.0));
            p("min" + i, Math.min(d, 0.0));
            p("cmp" + i, Double.compare(d, 0.0));
            p("abs" + i, Math.abs(d));
            for (String f : new String[]{"%f", "%.2f", "%.0f", "%.1f", "%10.3f", "%-10.1f|", "%e", "%.3e", "%E", "%,.2f", "%+.1f", "%(.2f", "%012.4f", "%g", "%.3g", "%s"}) {
                t("fmt" + f + "_" + i, () -> String.format(f, d));
            }
            t("fmtf" + i, () -> String.format("%.3f", (float) d));
        }
        long[] ls = {0, 1, -1, 42, -42, 1234567, -1234567, Long.MAX_VALUE, Long.MIN_VALUE, 255};
        for (int i = 0; i < ls.length; i++) {
            long v = ls[i];
            for (String f : new String[]{"%d", "%5d", "%-5d|", "%05d", "%,d", "%+d", "% d", "%(d", "%x", "%X", "%o", "%#x", "%08X", "%,015d"}) {
                t("fmtl" + f + "_" + i, () -> String.format(f, v));
                t("fmti" + f + "_" + i, () -> String.format(f, (int) v));
                t("fmtb" + f + "_" + i, () -> String.format(f, (byte) v));
            }
            t("fmtbig" + i, () -> String.format("%,d|%x", BigInteger.valueOf(v).multiply(BigInteger.valueOf(v)), BigInteger.valueOf(v)));
        }
        t("fmt_s", () -> String.format("%s|%10s|%-10s|%.2s|%S|%s", "abc", "abc", "abc", "abc", "abc", null));
        t("fmt_c", () -> String.format("%c%c%C", 'a', 0x1F600, 'b'));
        t("fmt_b", () -> String.format("%b %b %b %B", true, null, "x", false));
        t("fmt_pct", () -> String.format("100%% %n"));
        t("fmt_idx", () -> String.format("%2$s %1$s %<s", "a", "b"));
        t("fmt_miss", () -> String.format("%s %s", "a"));
        t("fmt_unk", () -> String.format("%q", 1));
        t("fmt_conv", () -> String.format("%d", "x"));
        t("fmt_conv2", () -> String.format("%d", 1.5));
        t("fmt_conv3", () -> String.format("%f", 1));
        t("fmt_width", () -> String.format("%-d", 1));
        t("fmt_prec", () -> String.format("%.2d", 1));
        t("fmt_h", () -> String.format("%h", "hello"));
        t("fmt_bd", () -> String.format("%.2f|%.3f|%f", new BigDecimal("1.005"), new BigDecimal("-2.5"), new BigDecimal("1e3")));
        // parse
        for (String s : new String[]{"0", "123", "-123", "+7", "2147483647", "2147483648", "-2147483648", "-2147483649", "abc", "", "-", "12a", " 1", "\u0661\u0662"}) {
            t("pi" + esc(s), () -> Integer.parseInt(s));
            t("pl" + esc(s), () -> Long.parseLong(s));
            t("pd" + esc(s), () -> Double.parseDouble(s));
        }
        for (String s : new String[]{"1.5", "1e3", "-.5", "5.", ".", "1e", "NaN", "-Infinity", "0x1p3", "1.5f", "1d", "  2.5  ", "1_000", "+1.0E-2"}) {
            t("pd" + esc(s), () -> Double.parseDouble(s));
            t("pf" + esc(s), () -> Float.parseFloat(s));
        }
        t("pir16", () -> Integer.parseInt("-ff", 16));
        t("pir2", () -> Integer.parseInt("1012", 2));
        t("pir37", () -> Integer.parseInt("1", 37));
        t("pil36", () -> Long.parseLong("zzzzzz", 36));
        // characters
        for (char c : new char[]{'a', 'Z', '5', ' ', '\t', '\u00a0', '\u2003', '日', 'é', 'ß', '\u0661', '_', '$', '\ud800', 'ǅ', 'µ', 'ÿ'}) {
            String k = String.format("%04x", (int) c);
            p("isDigit" + k, Character.isDigit(c));
            p("isLetter" + k, Character.isLetter(c));
            p("isLoD" + k, Character.isLetterOrDigit(c));
            p("isWs" + k, Character.isWhitespace(c));
            p("isUp" + k, Character.isUpperCase(c));
            p("isLo" + k, Character.isLowerCase(c));
            p("toUp" + k, (int) Character.toUpperCase(c));
            p("toLo" + k, (int) Character.toLowerCase(c));
            p("digit" + k, Character.digit(c, 16));
        }
        // valueOf / concat
        p("concat", "" + 1 + 'c' + 2L + 1.5f + 2.5 + true + null + (char) 0x41 + (short) -3 + (byte) 7);
        p("boolhash", Boolean.hashCode(true) + "," + Boolean.hashCode(false));
        p("chash", Character.hashCode('x'));
        // BigInteger / BigDecimal
        BigInteger b1 = new BigInteger("123456789012345678901234567890"), b2 = BigInteger.valueOf(-987654321);
        p("bi_add", b1.add(b2)); p("bi_mul", b1.multiply(b2)); p("bi_div", b1.divide(b2)); p("bi_rem", b1.remainder(b2));
        p("bi_mod", b2.mod(BigInteger.valueOf(7))); p("bi_pow", b2.pow(3)); p("bi_hash", b1.hashCode() + "," + b2.hashCode());
        p("bi_hex", b2.toString(16)); p("bi_long", b1.longValue()); p("bi_int", b1.intValue()); p("bi_dbl", b1.doubleValue());
        String[] decs = {"1.10", "2.5", "-2.5", "0.000001", "0.0000001", "123.456e5", "1E+3", "-0.00", "100", "3.14159"};
        for (int i = 0; i < decs.length; i++) {
            BigDecimal x = new BigDecimal(decs[i]);
            p("bd_str" + i, x); p("bd_plain" + i, x.toPlainString()); p("bd_scale" + i, x.scale()); p("bd_prec" + i, x.precision());
            p("bd_hash" + i, x.hashCode()); p("bd_strip" + i, x.stripTrailingZeros());
            for (RoundingMode m : RoundingMode.values()) t("bd_set" + i + m, () -> x.setScale(0, m));
            for (int j = 0; j < decs.length; j++) {
                BigDecimal y = new BigDecimal(decs[j]);
                p("bd_add" + i + "_" + j, x.add(y)); p("bd_mul" + i + "_" + j, x.multiply(y));
                p("bd_cmp" + i + "_" + j, x.compareTo(y)); p("bd_eq" + i + "_" + j, x.equals(y));
                t("bd_div" + i + "_" + j, () -> x.divide(y));
                t("bd_divs" + i + "_" + j, () -> x.divide(y, 4, RoundingMode.HALF_EVEN));
            }
        }
        p("bd_valueOf", BigDecimal.valueOf(0.1) + "," + BigDecimal.valueOf(1e23) + "," + BigDecimal.valueOf(100.0));
    }
}
