import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// 装箱/拆箱与 Integer 缓存的 == 比较
public class Main {
    static String kind(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName();
    }

    public static void main(String[] args) {
        Integer a = 127, b = 127;
        Integer c = 128, d = 128;
        System.out.println("127 == 127: " + (a == b));
        System.out.println("128 == 128: " + (c == d));
        System.out.println("128 equals 128: " + c.equals(d));
        Integer e = -128, f = -128;
        System.out.println("-128 == -128: " + (e == f));
        Integer g = -129, h = -129;
        System.out.println("-129 == -129: " + (g == h));
        System.out.println("Integer.valueOf(100) == Integer.valueOf(100): " + (Integer.valueOf(100) == Integer.valueOf(100)));
        Long l1 = 127L, l2 = 127L;
        System.out.println("Long 127 == 127: " + (l1 == l2));
        Long l3 = 1000L;
        System.out.println("Long 1000 == 1000 (拆箱比较): " + (l3 == 1000));
        Character ch1 = 'a', ch2 = 'a';
        System.out.println("Character 'a' == 'a': " + (ch1 == ch2));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean == : " + (t1 == t2));
        Short s1 = 100, s2 = 100;
        System.out.println("Short 100 == 100: " + (s1 == s2));
        Byte b1 = (byte) 200, b2 = (byte) 200;
        System.out.println("Byte == : " + (b1 == b2) + " 值=" + b1);

        // equals 跨类型
        Long big = 10L;
        Integer small = 10;
        System.out.println("Long(10).equals(Integer(10)): " + big.equals(small));
        System.out.println("Long(10).equals(10L): " + big.equals(10L));
        System.out.println("big == small (拆箱比较): " + (big.longValue() == small));

        // 算术时拆箱
        Integer sum = 0;
        for (int i = 1; i <= 100; i++) {
            sum += i;
        }
        System.out.println("1..100 求和 = " + sum + " 类型=" + kind(sum));
        Integer x = 1000;
        Integer y = x;
        x++;
        System.out.println("x++ 后 x=" + x + " y=" + y + " x==y? " + (x == y));

        // 集合中的装箱
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) list.add(i * 100);
        list.remove(1);              // 按下标删除
        list.remove(Integer.valueOf(300)); // 按对象删除
        System.out.println("list = " + list);
        Map<Long, String> byId = new HashMap<>();
        byId.put(1L, "一号");
        System.out.println("get(1) (Integer 键) = " + byId.get(1));
        System.out.println("get(1L) = " + byId.get(1L));

        // 三元表达式里的类型
        Object o1 = true ? 1 : "字符串";
        Object o2 = true ? 1 : 2.0;
        Object o3 = true ? (Integer) 1 : (Double) 2.0;
        Object o4 = false ? 'a' : 98;
        Object o5 = true ? Integer.valueOf(7) : Long.valueOf(8);
        System.out.println("o1=" + o1 + " " + kind(o1));
        System.out.println("o2=" + o2 + " " + kind(o2));
        System.out.println("o3=" + o3 + " " + kind(o3));
        System.out.println("o4=" + o4 + " " + kind(o4));
        System.out.println("o5=" + o5 + " " + kind(o5));

        // compareTo 与 hashCode
        System.out.println("Integer.compare(3, 7) = " + Integer.compare(3, 7));
        System.out.println("Integer(5).compareTo(5) = " + Integer.valueOf(5).compareTo(5));
        System.out.println("Integer.hashCode(-7) = " + Integer.hashCode(-7));
        System.out.println("Long.hashCode(1L<<32) = " + Long.hashCode(1L << 32));
        System.out.println("Double.hashCode(1.5) = " + Double.hashCode(1.5));
        System.out.println("Boolean.hashCode(true) = " + Boolean.hashCode(true) + " false=" + Boolean.hashCode(false));
        System.out.println("Character.hashCode('中') = " + Character.hashCode('中'));
        Object boxed = 42;
        if (boxed instanceof Integer n && n > 40) {
            System.out.println("模式匹配拆箱: " + (n + 1));
        }
        double dd = Integer.valueOf(3);
        long ll = Short.valueOf((short) 9);
        System.out.println("拓宽拆箱: " + dd + " " + ll);
        System.out.println("Integer.MAX_VALUE 装箱 +1 = " + (Integer.valueOf(Integer.MAX_VALUE) + 1));
    }
}
