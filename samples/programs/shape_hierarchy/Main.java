import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

// 图形继承体系：抽象类与抽象方法、toString/equals 覆写、super 调用、protected 字段、多态集合排序与统计
public class Main {
    static abstract class Shape implements Comparable<Shape> {
        private static int created = 0;
        protected final String name;
        protected final int id;

        Shape(String name) {
            this.name = name;
            this.id = ++created;
        }

        abstract double area();

        abstract double perimeter();

        String kind() {
            return "图形";
        }

        Shape scale(double k) {
            throw new UnsupportedOperationException(kind() + " 不支持缩放");
        }

        @Override
        public int compareTo(Shape o) {
            return Double.compare(area(), o.area());
        }

        @Override
        public String toString() {
            return String.format("%s#%d[%s 面积=%.3f 周长=%.3f]", kind(), id, name, area(), perimeter());
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(String name, double r) {
            super(name);
            if (r < 0) throw new IllegalArgumentException("半径不能为负: " + r);
            this.r = r;
        }

        double area() {
            return Math.PI * r * r;
        }

        double perimeter() {
            return 2 * Math.PI * r;
        }

        @Override
        String kind() {
            return "圆";
        }

        @Override
        Shape scale(double k) {
            return new Circle(name + "x" + k, r * k);
        }
    }

    static class Rect extends Shape {
        final double w, h;

        Rect(String name, double w, double h) {
            super(name);
            this.w = w;
            this.h = h;
        }

        double area() {
            return w * h;
        }

        double perimeter() {
            return 2 * (w + h);
        }

        @Override
        String kind() {
            return "矩形";
        }

        @Override
        Shape scale(double k) {
            return new Rect(name + "x" + k, w * k, h * k);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Rect)) return false;
            Rect other = (Rect) o;
            return getClass() == other.getClass() && w == other.w && h == other.h;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(w) * 31 + Double.hashCode(h);
        }
    }

    static class Square extends Rect {
        Square(String name, double side) {
            super(name, side, side);
        }

        @Override
        String kind() {
            return "正方形";
        }

        @Override
        public String toString() {
            return super.toString() + " 边长=" + w;
        }
    }

    static class Triangle extends Shape {
        final double a, b, c;

        Triangle(String name, double a, double b, double c) {
            super(name);
            if (a + b <= c || a + c <= b || b + c <= a) {
                throw new IllegalArgumentException("不能构成三角形: " + a + "," + b + "," + c);
            }
            this.a = a;
            this.b = b;
            this.c = c;
        }

        double area() {
            double s = (a + b + c) / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }

        double perimeter() {
            return a + b + c;
        }

        @Override
        String kind() {
            return a == b && b == c ? "等边三角形" : "三角形";
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle("井盖", 0.6));
        shapes.add(new Rect("桌面", 1.2, 0.8));
        shapes.add(new Square("地砖", 0.6));
        shapes.add(new Triangle("屋顶", 3, 4, 5));
        shapes.add(new Triangle("路标", 1, 1, 1));
        shapes.add(new Circle("点", 0));
        shapes.add(new Rect("细线", 1e-3, 1e3));
        for (Shape s : shapes) System.out.println(s);
        try {
            shapes.add(new Triangle("坏三角", 1, 2, 3));
        } catch (IllegalArgumentException e) {
            System.out.println("构造失败: " + e.getMessage());
        }
        try {
            new Circle("负圆", -1);
        } catch (IllegalArgumentException e) {
            System.out.println("构造失败: " + e.getMessage());
        }
        System.out.println("== 按面积排序 ==");
        List<Shape> sorted = new ArrayList<>(shapes);
        sorted.sort(null);
        for (Shape s : sorted) System.out.println(String.format("  %-6s %10.4f", s.name, s.area()));
        System.out.println("== 按周长倒序，再按 id ==");
        sorted.sort(Comparator.comparingDouble(Shape::perimeter).reversed().thenComparingInt(s -> s.id));
        for (Shape s : sorted) System.out.println("  " + s.id + " " + s.name + " " + String.format("%.2f", s.perimeter()));
        double total = 0;
        int rects = 0;
        for (Shape s : shapes) {
            total += s.area();
            if (s instanceof Rect) rects++;
        }
        System.out.println("总面积 = " + String.format("%.6f", total) + ", 矩形(含正方形) " + rects + " 个");
        System.out.println("== 缩放 ==");
        for (Shape s : shapes) {
            try {
                Shape t = s.scale(2);
                System.out.println(s.name + " -> " + t + " 面积比 " + (s.area() == 0 ? "n/a" : String.format("%.1f", t.area() / s.area())));
            } catch (UnsupportedOperationException e) {
                System.out.println(s.name + " 缩放失败: " + e.getMessage());
            }
        }
        System.out.println("== equals ==");
        Rect r1 = new Rect("甲", 2, 3);
        Rect r2 = new Rect("乙", 2, 3);
        Rect sq1 = new Square("丙", 2);
        Rect r3 = new Rect("丁", 2, 2);
        System.out.println("r1.equals(r2) = " + r1.equals(r2) + ", hash 相同 = " + (r1.hashCode() == r2.hashCode()));
        System.out.println("r3.equals(sq1) = " + r3.equals(sq1) + ", sq1.equals(r3) = " + sq1.equals(r3));
        System.out.println("compareTo(r3, sq1) = " + r3.compareTo(sq1) + ", kind: " + r3.kind() + " vs " + sq1.kind());
        System.out.println("getClass().getSimpleName(): " + sq1.getClass().getSimpleName());
        Shape biggest = shapes.get(0);
        for (Shape s : shapes) if (s.compareTo(biggest) > 0) biggest = s;
        System.out.println("最大: " + biggest.name + ", 最后 id = " + new Circle("计数", 1).id);
    }
}
