// try-with-resources：关闭顺序、被抑制的异常、getSuppressed、资源为 null
public class Main {
    static class Res implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("  打开 " + name);
        }

        void use(boolean fail) {
            System.out.println("  使用 " + name);
            if (fail) throw new IllegalStateException("使用 " + name + " 时失败");
        }

        @Override
        public void close() {
            System.out.println("  关闭 " + name);
            if (failOnClose) throw new IllegalArgumentException("关闭 " + name + " 失败");
        }
    }

    static class Failing implements AutoCloseable {
        Failing() throws Exception {
            throw new Exception("构造资源失败");
        }

        @Override
        public void close() {
            System.out.println("  不会被调用");
        }
    }

    static void report(Throwable e) {
        System.out.println("  主异常: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable[] sup = e.getSuppressed();
        System.out.println("  被抑制数量: " + sup.length);
        for (Throwable s : sup) {
            System.out.println("    suppressed: " + s.getClass().getSimpleName() + ": " + s.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("1. 正常关闭顺序（逆序）");
        try (Res a = new Res("A", false); Res b = new Res("B", false)) {
            a.use(false);
            b.use(false);
        }
        System.out.println("2. 主体抛异常，close 也抛异常");
        try (Res a = new Res("A", true); Res b = new Res("B", true)) {
            b.use(true);
        } catch (IllegalStateException e) {
            report(e);
        } finally {
            System.out.println("  finally 在关闭之后执行");
        }
        System.out.println("3. 只有 close 抛异常");
        try (Res a = new Res("C", true)) {
            a.use(false);
        } catch (IllegalArgumentException e) {
            report(e);
        }
        System.out.println("4. 第二个资源构造失败，第一个仍然被关闭");
        try (Res a = new Res("D", false); Failing f = new Failing()) {
            System.out.println("  不会执行");
        } catch (Exception e) {
            report(e);
        }
        System.out.println("5. null 资源不会调用 close");
        try (Res n = null) {
            System.out.println("  资源为 null: " + (n == null));
        }
        System.out.println("6. 已存在的 effectively final 变量作资源");
        Res outer = new Res("E", false);
        try (outer) {
            outer.use(false);
        }
        System.out.println("7. 手动 addSuppressed");
        Exception main = new Exception("主");
        main.addSuppressed(new RuntimeException("附加一"));
        main.addSuppressed(new RuntimeException("附加二"));
        report(main);
        System.out.println("8. lambda 作为 AutoCloseable");
        try (AutoCloseable ac = () -> System.out.println("  lambda close")) {
            System.out.println("  lambda 资源主体");
        }
        System.out.println("9. 嵌套 try-with-resources");
        try (Res x = new Res("外", false)) {
            try (Res y = new Res("内", true)) {
                y.use(false);
            } catch (IllegalArgumentException e) {
                System.out.println("  内层捕获: " + e.getMessage());
            }
            x.use(false);
        }
        System.out.println("10. StringReader 真实资源");
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.StringReader("第一行\n第二行\n"))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                System.out.println("  读取 " + (++n) + ": " + line);
            }
        }
    }
}
