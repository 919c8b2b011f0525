import java.util.ArrayList;
import java.util.List;

// try-with-resources 三个资源：逆序关闭、close 抛异常被 suppressed、主体异常与 close 异常并存、构造中途失败、catch/finally 顺序
public class Main {
    static final List<String> EVENTS = new ArrayList<>();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnOpen, boolean failOnClose) throws Exception {
            if (failOnOpen) {
                EVENTS.add("打开失败 " + name);
                throw new Exception("无法打开 " + name);
            }
            this.name = name;
            this.failOnClose = failOnClose;
            EVENTS.add("打开 " + name);
        }

        void use(boolean fail) {
            EVENTS.add("使用 " + name);
            if (fail) throw new IllegalStateException("使用 " + name + " 时出错");
        }

        @Override
        public void close() throws Exception {
            EVENTS.add("关闭 " + name);
            if (failOnClose) throw new java.io.IOException("关闭 " + name + " 失败");
        }
    }

    static void scenario(String title, boolean[] openFail, boolean[] closeFail, boolean bodyFail) {
        EVENTS.clear();
        System.out.println("== " + title + " ==");
        try (Res db = new Res("数据库", openFail[0], closeFail[0]);
             Res file = new Res("文件", openFail[1], closeFail[1]);
             Res lock = new Res("锁", openFail[2], closeFail[2])) {
            db.use(false);
            file.use(false);
            lock.use(bodyFail);
            EVENTS.add("主体完成");
        } catch (Exception e) {
            EVENTS.add("catch 执行");
            System.out.println("捕获 " + e.getClass().getSimpleName() + ": " + e.getMessage());
            Throwable[] sup = e.getSuppressed();
            System.out.println("suppressed 数量 " + sup.length);
            for (Throwable s : sup) System.out.println("  suppressed " + s.getClass().getSimpleName() + ": " + s.getMessage());
        } finally {
            EVENTS.add("finally 执行");
        }
        System.out.println("事件: " + String.join(" → ", EVENTS));
    }

    static class Tx implements AutoCloseable {
        private boolean committed;
        private final String id;

        Tx(String id) {
            this.id = id;
            System.out.println("  开启事务 " + id);
        }

        void commit() {
            committed = true;
            System.out.println("  提交 " + id);
        }

        @Override
        public void close() {
            if (!committed) System.out.println("  回滚 " + id);
            System.out.println("  释放 " + id);
        }
    }

    static int transfer(int amount) {
        try (Tx tx = new Tx("T" + amount)) {
            if (amount <= 0) throw new IllegalArgumentException("金额必须为正: " + amount);
            if (amount > 1000) return -1;
            tx.commit();
            return amount;
        }
    }

    public static void main(String[] args) {
        boolean[] none = {false, false, false};
        scenario("全部正常", none, none, false);
        scenario("主体抛异常", none, none, true);
        scenario("一个 close 抛异常", none, new boolean[]{false, true, false}, false);
        scenario("三个 close 都抛异常", none, new boolean[]{true, true, true}, false);
        scenario("主体与 close 都抛异常", none, new boolean[]{true, false, true}, true);
        scenario("第二个资源打开失败", new boolean[]{false, true, false}, new boolean[]{true, false, false}, false);
        scenario("第一个资源打开失败", new boolean[]{true, false, false}, none, true);

        System.out.println("== 事务 ==");
        for (int amt : new int[]{100, 0, 5000}) {
            try {
                System.out.println("transfer(" + amt + ") = " + transfer(amt));
            } catch (IllegalArgumentException e) {
                System.out.println("transfer(" + amt + ") 异常: " + e.getMessage());
            }
        }
        System.out.println("== 手动 addSuppressed ==");
        Exception primary = new Exception("主异常");
        primary.addSuppressed(new RuntimeException("附加一"));
        primary.addSuppressed(new Error("附加二"));
        for (Throwable t : primary.getSuppressed()) System.out.println("  " + t);
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println("自我抑制: " + e.getMessage());
        }
        try {
            primary.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("抑制 null: " + e.getMessage());
        }
        try (Res nothing = null) {
            System.out.println("null 资源体内, nothing == null: " + (nothing == null));
        } catch (Exception e) {
            System.out.println("不会到这里");
        }
    }
}
