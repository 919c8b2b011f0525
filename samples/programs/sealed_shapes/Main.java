import java.util.List;

// sealed 接口/类、permits、final/non-sealed 子类、穷举 switch（Java 17 无模式 switch，使用 instanceof）
public class Main {
    sealed interface Expr permits Num, Add, Mul, Neg, Var {}

    record Num(int value) implements Expr {}

    record Add(Expr left, Expr right) implements Expr {}

    record Mul(Expr left, Expr right) implements Expr {}

    record Neg(Expr inner) implements Expr {}

    record Var(String name) implements Expr {}

    static int eval(Expr e, java.util.Map<String, Integer> env) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left(), env) + eval(a.right(), env);
        if (e instanceof Mul m) return eval(m.left(), env) * eval(m.right(), env);
        if (e instanceof Neg n) return -eval(n.inner(), env);
        if (e instanceof Var v) {
            Integer val = env.get(v.name());
            if (val == null) throw new IllegalArgumentException("未定义变量: " + v.name());
            return val;
        }
        throw new AssertionError("不可达");
    }

    static String show(Expr e) {
        if (e instanceof Num n) return n.value() < 0 ? "(" + n.value() + ")" : String.valueOf(n.value());
        if (e instanceof Add a) return "(" + show(a.left()) + " + " + show(a.right()) + ")";
        if (e instanceof Mul m) return show(m.left()) + " * " + show(m.right());
        if (e instanceof Neg n) return "-" + show(n.inner());
        return ((Var) e).name();
    }

    static Expr simplify(Expr e) {
        if (e instanceof Add a) {
            Expr l = simplify(a.left()), r = simplify(a.right());
            if (l instanceof Num n && n.value() == 0) return r;
            if (r instanceof Num n && n.value() == 0) return l;
            if (l instanceof Num x && r instanceof Num y) return new Num(x.value() + y.value());
            return new Add(l, r);
        }
        if (e instanceof Mul m) {
            Expr l = simplify(m.left()), r = simplify(m.right());
            if (l instanceof Num n && n.value() == 1) return r;
            if (r instanceof Num n && n.value() == 1) return l;
            if ((l instanceof Num n && n.value() == 0) || (r instanceof Num k && k.value() == 0)) return new Num(0);
            return new Mul(l, r);
        }
        if (e instanceof Neg n && n.inner() instanceof Neg inner) return simplify(inner.inner());
        return e;
    }

    static abstract sealed class Vehicle permits Car, Truck, Bike {
        abstract int wheels();
    }

    static final class Car extends Vehicle {
        int wheels() {
            return 4;
        }
    }

    static non-sealed class Truck extends Vehicle {
        int wheels() {
            return 6;
        }
    }

    static class BigTruck extends Truck {
        @Override
        int wheels() {
            return 18;
        }
    }

    static final class Bike extends Vehicle {
        int wheels() {
            return 2;
        }
    }

    enum Kind { CAR, TRUCK, BIKE }

    static Kind kind(Vehicle v) {
        if (v instanceof Car) return Kind.CAR;
        if (v instanceof Truck) return Kind.TRUCK;
        return Kind.BIKE;
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(3), new Var("x")), new Neg(new Num(-4)));
        java.util.Map<String, Integer> env = java.util.Map.of("x", 5);
        System.out.println(show(e) + " = " + eval(e, env));
        Expr messy = new Add(new Num(0), new Mul(new Num(1), new Add(new Num(2), new Num(3))));
        System.out.println(show(messy) + " 化简为 " + show(simplify(messy)));
        Expr zero = new Mul(new Var("y"), new Num(0));
        System.out.println(show(zero) + " 化简为 " + show(simplify(zero)));
        Expr dbl = new Neg(new Neg(new Var("z")));
        System.out.println(show(dbl) + " 化简为 " + show(simplify(dbl)));
        try {
            eval(new Var("未知"), env);
        } catch (IllegalArgumentException ex) {
            System.out.println("错误: " + ex.getMessage());
        }
        System.out.println("record 结构相等: " + e.equals(new Add(new Mul(new Num(3), new Var("x")), new Neg(new Num(-4)))));
        System.out.println("toString: " + e);
        List<Vehicle> fleet = List.of(new Car(), new Truck(), new BigTruck(), new Bike());
        int total = 0;
        for (Vehicle v : fleet) {
            String label = switch (kind(v)) {
                case CAR -> "小汽车";
                case TRUCK -> "卡车";
                case BIKE -> "自行车";
            };
            System.out.println(label + " " + v.getClass().getSimpleName() + " 轮子=" + v.wheels());
            total += v.wheels();
        }
        System.out.println("总轮数 = " + total);
        System.out.println("Expr 是 sealed: " + Expr.class.isSealed() + " permits 数: " + Expr.class.getPermittedSubclasses().length);
        System.out.println("Truck 是 sealed: " + Truck.class.isSealed());
    }
}
