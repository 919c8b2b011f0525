// 静态/实例初始化顺序，this()/super() 构造链
public class Main {
    static int counter = log("Main 静态字段", 0);

    static {
        log("Main 静态块", 1);
    }

    static int log(String what, int v) {
        System.out.println("  [" + what + "]");
        return v;
    }

    static class Base {
        static int baseStatic = log("Base 静态字段", 10);
        int baseField = log("Base 实例字段", 11);

        static {
            log("Base 静态块", 12);
        }

        {
            log("Base 实例块", 13);
        }

        Base() {
            this("默认");
            log("Base() 无参构造体", 14);
        }

        Base(String name) {
            super();
            log("Base(String) 构造体: " + name, 15);
        }
    }

    static class Derived extends Base {
        static final int CONST = 99; // 编译期常量不会触发初始化
        static int derivedStatic = log("Derived 静态字段", 20);
        int derivedField = log("Derived 实例字段", 21);

        static {
            log("Derived 静态块", 22);
        }

        {
            log("Derived 实例块", 23);
        }

        Derived() {
            log("Derived() 构造体", 24);
        }

        Derived(int x) {
            this();
            log("Derived(int) 构造体 x=" + x, 25);
        }

        Derived(String s) {
            super(s);
            log("Derived(String) 构造体 s=" + s, 26);
        }
    }

    static class Lazy {
        static {
            System.out.println("  [Lazy 静态块 —— 首次主动使用时才执行]");
        }

        static void touch() {
            System.out.println("  [Lazy.touch]");
        }
    }

    static class Holder {
        static final Holder INSTANCE = new Holder();
        static int a = 5;
        static int b;
        int snapshotA;

        Holder() {
            snapshotA = a;
            b++;
        }
    }

    public static void main(String[] args) {
        System.out.println("main 开始, counter=" + counter);
        System.out.println("读取编译期常量 Derived.CONST = " + Derived.CONST);
        System.out.println("--- new Derived() ---");
        new Derived();
        System.out.println("--- new Derived(7) ---");
        new Derived(7);
        System.out.println("--- new Derived(\"自定义\") ---");
        new Derived("自定义");
        System.out.println("--- Lazy ---");
        System.out.println("Lazy 类尚未初始化");
        Lazy.touch();
        Lazy.touch();
        System.out.println("--- Holder 单例与静态字段顺序 ---");
        System.out.println("INSTANCE.snapshotA = " + Holder.INSTANCE.snapshotA + " (a 尚未赋值)");
        System.out.println("Holder.a = " + Holder.a + " Holder.b = " + Holder.b);
        Object[] arr = new Derived[2];
        System.out.println("创建 Derived 数组不会构造元素: " + arr[0]);
    }
}
