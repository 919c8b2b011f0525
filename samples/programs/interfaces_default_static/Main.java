import java.util.ArrayList;
import java.util.List;

// 抽象类、接口默认方法/静态方法/私有方法、菱形继承冲突解决
public class Main {
    interface Shape {
        double PI_APPROX = 3.14; // 接口常量

        double area();

        default String describe() {
            return name() + " 面积=" + String.format("%.2f", area());
        }

        default String name() {
            return "形状";
        }

        static Shape unit() {
            return () -> 1.0;
        }

        private String secret() {
            return "私有接口方法";
        }

        default String reveal() {
            return secret();
        }
    }

    interface Named {
        default String name() {
            return "有名字的";
        }
    }

    static abstract class Polygon implements Shape {
        private final int sides;

        protected Polygon(int sides) {
            this.sides = sides;
        }

        int sides() {
            return sides;
        }

        @Override
        public String name() {
            return sides + "边形";
        }

        public abstract double perimeter();

        @Override
        public String toString() {
            return getClass().getSimpleName() + "{边数=" + sides + ", 周长=" + perimeter() + "}";
        }
    }

    static class Rect extends Polygon {
        final double w, h;

        Rect(double w, double h) {
            super(4);
            this.w = w;
            this.h = h;
        }

        public double area() {
            return w * h;
        }

        public double perimeter() {
            return 2 * (w + h);
        }
    }

    static final class Square extends Rect implements Named {
        Square(double s) {
            super(s, s);
        }

        @Override
        public String name() {
            return "正方形(" + super.name() + "/" + Named.super.name() + ")";
        }
    }

    static class Circle implements Shape, Named {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return PI_APPROX * r * r;
        }

        @Override
        public String name() {
            return Named.super.name() + "圆";
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rect(2, 3.5));
        shapes.add(new Square(4));
        shapes.add(new Circle(1.5));
        shapes.add(Shape.unit());
        shapes.add(new Shape() {
            public double area() {
                return 0.5;
            }

            @Override
            public String describe() {
                return "匿名三角形 " + Shape.super.describe();
            }
        });
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.printf("总面积 %.3f%n", total);
        for (Shape s : shapes) {
            if (s instanceof Polygon p) {
                System.out.println(p + " sides=" + p.sides());
            }
        }
        System.out.println(shapes.get(0).reveal());
        System.out.println("接口常量 = " + Shape.PI_APPROX);
        System.out.println("Square instanceof Named: " + (shapes.get(1) instanceof Named));
        System.out.println("Rect instanceof Named: " + (shapes.get(0) instanceof Named));
        Comparable<String> cmp = "b"::compareTo;
        System.out.println("函数式接口: " + cmp.compareTo("a"));
    }
}
