import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// 各种类型的字符串拼接，以及 char + int 的陷阱
public class Main {
    enum Color { 红, GREEN }

    record Point(int x, int y) {}

    static class Box {
        private final String label;

        Box(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return "Box(" + label + ")";
        }
    }

    public static void main(String[] args) {
        byte b = -5;
        short s = 300;
        char c = '字';
        int i = 42;
        long l = 9_000_000_000L;
        float f = 1.25f;
        double d = 0.1;
        boolean z = false;
        Object nul = null;
        String str = null;
        System.out.println("byte=" + b + " short=" + s + " char=" + c + " int=" + i);
        System.out.println("long=" + l + " float=" + f + " double=" + d + " boolean=" + z);
        System.out.println("null 对象=" + nul + " null 字符串=" + str);
        System.out.println("枚举=" + Color.红 + "," + Color.GREEN + " 记录=" + new Point(1, -2));
        System.out.println("自定义 toString=" + new Box("礼盒"));
        System.out.println("数组长度=" + new int[3].length + " List=" + List.of(1, 2, 3));
        Map<String, Integer> m = new TreeMap<>(Map.of("b", 2, "a", 1));
        System.out.println("Map=" + m);
        System.out.println("char[] 作为 String.valueOf: " + String.valueOf(new char[]{'甲', '乙'}));
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("1" + 2 * 3 + 4);
        System.out.println('a' + 1 + "b");
        System.out.println("b" + 'a' + 1);
        System.out.println('a' + 'b');
        System.out.println((char) ('a' + 1));
        System.out.println("" + 'a' + 'b');
        System.out.println('中' + '文');
        System.out.println("" + '中' + '文');
        System.out.println(1 + 'a' + 1L + "!" + 1.0f + 'a');
        System.out.println("x" + (i > 40) + (i == 42 ? "是" : "否"));
        System.out.println("负数: " + -i + " 取反: " + ~i + " 取非: " + !z);
        System.out.println("加括号: " + (i + l) + " 不加括号: " + i + l);
        System.out.println("double 运算: " + d * 3 + " float 运算: " + f / 3);
        System.out.println("Long.MIN_VALUE: " + Long.MIN_VALUE + " Double.MIN_VALUE: " + Double.MIN_VALUE);
        char[] arr = {'你', '好'};
        System.out.println("char[] println: " + String.valueOf(arr));
        System.out.println(arr);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("StringBuilder 拼接: " + sb + sb.length());
        String t = "";
        t += c;
        t += i;
        t += c + i;
        System.out.println("+= 混合: " + t);
        String u = "" + null + null;
        System.out.println("null + null: " + u + " 长度 " + u.length());
        System.out.println("拼接 1e10: " + 1e10 + " 拼接 100.0f: " + 100.0f + " 拼接 1e-5f: " + 1e-5f);
        System.out.println("三元内 char: " + (true ? 'Y' : "N") + " " + (false ? 'Y' : 'N'));
        System.out.println("Integer + String: " + Integer.valueOf(7) + "7" + " Character: " + Character.valueOf('人'));
        System.out.println(String.valueOf(i) + String.valueOf(z) + String.valueOf(d) + String.valueOf(c));
        System.out.println("concat: " + "甲".concat("乙").concat(String.valueOf(3)));
        System.out.println("Integer.toString(255, 16) = " + Integer.toString(255, 16) + " Long.toString(-8, 2) = " + Long.toString(-8, 2));
    }
}
