// 在基类构造函数中调用被重写的方法：子类字段尚未初始化
public class Main {
    static abstract class Widget {
        protected final String name;

        Widget(String name) {
            this.name = name;
            System.out.println("Widget 构造: " + describe());
            render();
        }

        abstract String describe();

        void render() {
            System.out.println("Widget.render " + name);
        }
    }

    static class Button extends Widget {
        private String label = "确定";
        private int width = 80;
        private final int height;
        private static int created;

        Button(String name) {
            super(name);
            height = 30;
            created++;
            System.out.println("Button 构造完成: " + describe());
        }

        @Override
        String describe() {
            return name + "[label=" + label + ", width=" + width + ", height=" + height + "]";
        }

        @Override
        void render() {
            System.out.println("Button.render label.length=" + (label == null ? "null!" : label.length()));
        }
    }

    static class IconButton extends Button {
        private final String icon = "⭐";
        private final String lazyIcon;

        IconButton() {
            super("图标按钮");
            lazyIcon = "🔔";
        }

        @Override
        String describe() {
            return super.describe() + " icon=" + icon + " lazyIcon=" + lazyIcon;
        }
    }

    static class Parent {
        String who = "父类字段";

        String who() {
            return "父类方法";
        }

        static String kind() {
            return "Parent.kind";
        }
    }

    static class Child extends Parent {
        String who = "子类字段";

        @Override
        String who() {
            return "子类方法";
        }

        static String kind() {
            return "Child.kind";
        }

        String both() {
            return who + "/" + super.who + "/" + who() + "/" + super.who();
        }
    }

    public static void main(String[] args) {
        new Button("按钮一");
        System.out.println("----");
        new IconButton();
        System.out.println("----");
        Parent p = new Child();
        System.out.println("字段不多态: " + p.who);
        System.out.println("方法多态: " + p.who());
        System.out.println("强转后字段: " + ((Child) p).who);
        System.out.println("静态方法按声明类型: " + Parent.kind() + " " + Child.kind());
        System.out.println("both: " + ((Child) p).both());
        System.out.println("Button.created = " + Button.created);
    }
}
