// System.out.print/println/printf 对每种类型的输出，以及 System.err
public class Main {
    enum Level { 低, HIGH }

    public static void main(String[] args) {
        System.out.println(true);
        System.out.println('汉');
        System.out.println((byte) -1);
        System.out.println((short) 12345);
        System.out.println(42);
        System.out.println(42L);
        System.out.println(1.5f);
        System.out.println(1.5);
        System.out.println(new char[]{'字', '符'});
        System.out.println("字符串");
        System.out.println((Object) null);
        System.out.println((String) null);
        System.out.println(Level.低);
        System.out.println(new StringBuilder("构建器"));
        System.out.println(java.util.List.of(1, 2));
        System.out.println(Integer.valueOf(7));
        System.out.println();
        System.out.print("print 不换行;");
        System.out.print(1);
        System.out.print('c');
        System.out.print(2.0);
        System.out.print(false);
        System.out.print(3L);
        System.out.print((Object) "对象");
        System.out.print(new char[]{'!', '\n'});
        System.out.printf("%d|%s|%c|%b|%.3f|%10.2e|%n", 7, "文本", '字', null, 1.0 / 3, 12345.6789);
        System.out.printf("%s %s %s %s%n", 1, 'x', 2.5f, Level.HIGH);
        System.out.printf("无参数%n");
        System.out.format("format 别名 %05.1f%n", 3.14159);
        System.out.append("append 返回 PrintStream ").append('!').append("\n");
        System.out.println("制表符\t分隔\t列");
        System.out.println("转义: \\ \" ' \u4e2d \101 \0".replace('\0', '0'));
        System.err.println("这是 stderr 输出，不计入 stdout");
        System.err.printf("stderr printf %d%n", 1);
        System.out.println("stdout 继续");
        System.out.println(String.valueOf((Object) null) + 'c' + 1 + 2L + 3.0f + 4.0 + true + (char) 20013);
        System.out.println(0.1f + 0.2f);
        System.out.println(0.1f + 0.2);
        System.out.println(100.0 / 3);
        System.out.println(1e16);
        System.out.println(123456789012L * 10);
        System.out.println((Object) new int[0].length);
        System.out.println(Character.valueOf('\u00e9'));
        System.out.println("多行\n字符串\n");
        System.out.println("最后一行没有换行符后的 print:");
        System.out.print("结束");
    }
}
