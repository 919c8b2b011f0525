// 三元运算符的类型规则：数值提升、char 与 int 常量、装箱 null 陷阱
public class Main {
    static Integer nullInteger() {
        return null;
    }

    public static void main(String[] args) {
        boolean t = true, f = false;
        System.out.println(t ? 66 : 'a'); // 常量 66 可表示为 char，结果类型是 char
        System.out.println(f ? 1 : 'a');
        int i = 1;
        System.out.println(f ? i : 'a');
        System.out.println(t ? 'x' : 120);
        System.out.println(f ? 'x' : 120);
        System.out.println(t ? 1 : 2.0);
        System.out.println(t ? 1L : 2);
        System.out.println(t ? (short) 1 : 'b');
        System.out.println(t ? (byte) 1 : (short) 2);
        System.out.println(t ? 'a' : 65536);
        System.out.println(t ? Integer.valueOf(1) : Double.valueOf(2));
        System.out.println(t ? (Object) Integer.valueOf(1) : Double.valueOf(2));
        System.out.println(t ? 1 : "字符串");
        System.out.println(f ? null : 0);
        Integer maybe = t ? null : 0;
        System.out.println("t ? null : 0 -> " + maybe);
        try {
            Integer boom = f ? 1 : nullInteger();
            System.out.println(boom);
        } catch (NullPointerException e) {
            System.out.println("f ? 1 : nullInteger() -> NullPointerException");
        }
        Integer ok = f ? Integer.valueOf(1) : nullInteger();
        System.out.println("f ? Integer.valueOf(1) : nullInteger() -> " + ok);
        char c = t ? 'Y' : 'N';
        System.out.println("char 结果: " + c);
        long l = f ? 1 : Long.MAX_VALUE;
        System.out.println("long 结果: " + l);
        float fl = t ? 1 : 2.5f;
        System.out.println("float 结果: " + fl);
        Object boxedChar = t ? 'z' : 0;
        System.out.println("boxedChar 类型: " + boxedChar.getClass().getSimpleName() + " 值=" + boxedChar);
        Object boxedInt = t ? 'z' : i;
        System.out.println("boxedInt 类型: " + boxedInt.getClass().getSimpleName() + " 值=" + boxedInt);
        Object mixed = t ? 1 : 1.0;
        System.out.println("mixed 类型: " + mixed.getClass().getSimpleName() + " 值=" + mixed);
        int score = 75;
        String grade = score >= 90 ? "优" : score >= 80 ? "良" : score >= 60 ? "及格" : "不及格";
        System.out.println("嵌套三元: " + grade);
        int a = 5, b = 9;
        int max = a > b ? a : b;
        int min = a < b ? a : b;
        System.out.println("max=" + max + " min=" + min);
        System.out.println("带副作用: " + (a++ > 5 ? a : -a) + " a=" + a);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5; k++) sb.append(k % 2 == 0 ? '偶' : '奇');
        System.out.println("char 三元拼接: " + sb);
        System.out.println("int 三元拼接: " + (t ? 'a' : i) + (t ? 'a' : 0));
        Number n = t ? Integer.valueOf(5) : Long.valueOf(6);
        System.out.println("Integer/Long 三元: " + n + " " + n.getClass().getSimpleName());
        Comparable<?> cmp = t ? "字符串" : Integer.valueOf(1);
        System.out.println("引用类型三元: " + cmp);
    }
}
