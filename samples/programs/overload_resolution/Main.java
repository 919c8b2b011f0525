import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

// 重载解析：基本类型拓宽 > 装箱 > 可变参数；int/long/Integer/Object/varargs
public class Main {
    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String f(Object x) { return "f(Object)"; }
    static String f(int... xs) { return "f(int...)"; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object x) { return "h(Object)"; }
    static String h(Integer... xs) { return "h(Integer...)"; }

    static String k(double x) { return "k(double)"; }
    static String k(Object x) { return "k(Object)"; }

    static String s(String x) { return "s(String)"; }
    static String s(Object x) { return "s(Object)"; }
    static String s(CharSequence x) { return "s(CharSequence)"; }

    static String c(char x) { return "c(char)"; }
    static String c(int x) { return "c(int)"; }

    static String l(List<?> x) { return "l(List)"; }
    static String l(Iterable<?> x) { return "l(Iterable)"; }
    static String l(java.util.Collection<?> x) { return "l(Collection)"; }
    static String ser(Serializable x) { return "ser(Serializable)"; }
    static String ser(Object x) { return "ser(Object)"; }

    static String v(Object... xs) { return "v(Object...) n=" + (xs == null ? "null" : String.valueOf(xs.length)); }

    static String b(byte x) { return "b(byte)"; }
    static String b(short x) { return "b(short)"; }
    static String b(float x) { return "b(float)"; }

    static class Animal {
        String speak(Animal other) { return "Animal.speak(Animal)"; }
        String speak(Dog other) { return "Animal.speak(Dog)"; }
    }

    static class Dog extends Animal {
        @Override
        String speak(Animal other) { return "Dog.speak(Animal)"; }
        @Override
        String speak(Dog other) { return "Dog.speak(Dog)"; }
    }

    public static void main(String[] args) {
        byte bt = 1;
        short sh = 2;
        char ch = 'c';
        Integer boxed = 5;
        Long boxedLong = 6L;
        System.out.println("f(5) -> " + f(5));
        System.out.println("f(5L) -> " + f(5L));
        System.out.println("f(byte) -> " + f(bt));
        System.out.println("f(char) -> " + f(ch));
        System.out.println("f(Integer) -> " + f(boxed));
        System.out.println("f(Long) -> " + f(boxedLong));
        System.out.println("f(\"字符串\") -> " + f("字符串"));
        System.out.println("f() -> " + f());
        System.out.println("f(1, 2) -> " + f(1, 2));
        System.out.println("f(3.0) -> " + f(3.0));
        System.out.println("g(5) -> " + g(5) + " (拓宽优先于装箱)");
        System.out.println("g(boxed) -> " + g(boxed));
        System.out.println("h(1) -> " + h(1) + " (装箱优先于可变参数)");
        System.out.println("h() -> " + h());
        System.out.println("h(1, 2) -> " + h(1, 2));
        System.out.println("k(5) -> " + k(5));
        System.out.println("k('x') -> " + k('x'));
        System.out.println("k(boxed) -> " + k(boxed));
        System.out.println("s(\"x\") -> " + s("x"));
        System.out.println("s(null) -> " + s(null) + " (最具体类型)");
        System.out.println("s(StringBuilder) -> " + s(new StringBuilder()));
        System.out.println("s((Object) \"x\") -> " + s((Object) "x"));
        System.out.println("c('a') -> " + c('a') + " c('a' + 1) -> " + c('a' + 1));
        System.out.println("c((char) ('a' + 1)) -> " + c((char) ('a' + 1)));
        System.out.println("l(ArrayList) -> " + l(new ArrayList<String>()));
        System.out.println("l((Iterable<?>) list) -> " + l((Iterable<?>) new ArrayList<String>()));
        System.out.println("l(Set.of()) -> " + l(java.util.Set.of()) + " ser(\"s\") -> " + ser("s") + " ser(new Object()) -> " + ser(new Object()));
        System.out.println("v() -> " + v());
        System.out.println("v(null, null) -> " + v(null, null));
        System.out.println("v((Object[]) null) -> " + v((Object[]) null));
        System.out.println("v((Object) null) -> " + v((Object) null));
        System.out.println("v(new String[]{a,b}) -> " + v(new String[]{"a", "b"}));
        System.out.println("v((Object) new String[]{a,b}) -> " + v((Object) new String[]{"a", "b"}));
        System.out.println("v(new int[]{1,2,3}) -> " + v(new int[]{1, 2, 3}));
        System.out.println("b(bt) -> " + b(bt) + " b(sh) -> " + b(sh) + " b(ch) -> " + b(ch) + " b(10L) -> " + b(10L));
        Animal a = new Dog();
        Animal d = new Dog();
        Dog realDog = new Dog();
        System.out.println("a.speak(d) -> " + a.speak(d) + " (参数按静态类型选重载)");
        System.out.println("a.speak(realDog) -> " + a.speak(realDog));
        System.out.println("a.speak((Dog) d) -> " + a.speak((Dog) d));
        System.out.println("new Animal().speak(realDog) -> " + new Animal().speak(realDog));
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 1));
        list.remove(1);
        System.out.println("list.remove(int 1) -> " + list);
        list.remove((Integer) 1);
        System.out.println("list.remove(Integer 1) -> " + list);
        StringBuilder sb = new StringBuilder();
        sb.append('a').append((int) 'a').append((char) 98).append(new char[]{'中'}).append((Object) "obj");
        System.out.println("append 重载: " + sb);
        System.out.println("Math.abs 重载: " + Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-5.0f) + " " + Math.abs(-5.0));
        System.out.println("String.valueOf(char[]) vs (Object): " + String.valueOf(new char[]{'是'}) + " " + String.valueOf((Object) "否"));
    }
}
