import java.io.IOException;
import java.io.UncheckedIOException;

// 异常链：cause、initCause、逐层包装、查找根因、包装受检异常
public class Main {
    static class DaoException extends Exception {
        DaoException(String msg, Throwable cause) {
            super(msg, cause);
        }
    }

    static class ServiceException extends RuntimeException {
        ServiceException(String msg, Throwable cause) {
            super(msg, cause);
        }
    }

    static void jdbc() throws IOException {
        throw new IOException("连接被拒绝: 10.0.0.8:3306");
    }

    static void dao() throws DaoException {
        try {
            jdbc();
        } catch (IOException e) {
            throw new DaoException("查询订单失败", e);
        }
    }

    static void service() {
        try {
            dao();
        } catch (DaoException e) {
            throw new ServiceException("下单服务不可用", e);
        }
    }

    static Throwable rootCause(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && cur.getCause() != cur) {
            cur = cur.getCause();
        }
        return cur;
    }

    public static void main(String[] args) {
        try {
            service();
        } catch (ServiceException e) {
            int level = 0;
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println("  ".repeat(level) + "第 " + level + " 层: " + t.getClass().getName() + ": " + t.getMessage());
                level++;
            }
            System.out.println("根因: " + rootCause(e).getMessage());
            System.out.println("toString: " + e);
        }
        IllegalStateException ise = new IllegalStateException("外层");
        ise.initCause(new ArithmeticException("除零"));
        System.out.println("initCause: " + ise.getCause());
        try {
            ise.initCause(new RuntimeException("再次设置"));
        } catch (IllegalStateException e) {
            System.out.println("重复 initCause: " + e.getMessage().startsWith("Can't overwrite cause"));
        }
        RuntimeException wrapped = new RuntimeException(new IOException("磁盘已满"));
        System.out.println("仅 cause 构造的消息: " + wrapped.getMessage());
        try {
            try {
                jdbc();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (UncheckedIOException e) {
            System.out.println("UncheckedIOException cause: " + e.getCause().getMessage());
        }
        Exception noCause = new Exception("无原因");
        System.out.println("getCause() == null: " + (noCause.getCause() == null));
        Exception withNullCause = new Exception("显式 null", null);
        System.out.println("显式 null cause: " + withNullCause.getCause());
        try {
            retry(3);
        } catch (RuntimeException e) {
            System.out.println("重试失败: " + e.getMessage() + " 被抑制 " + e.getSuppressed().length + " 个");
            for (Throwable s : e.getSuppressed()) System.out.println("  - " + s.getMessage());
        }
        StackTraceElement[] st = new Throwable().getStackTrace();
        System.out.println("栈顶方法: " + st[0].getMethodName() + " 类: " + st[0].getClassName());
    }

    static void retry(int times) {
        RuntimeException last = new RuntimeException("全部 " + times + " 次尝试失败");
        for (int i = 1; i <= times; i++) {
            try {
                if (i <= times) throw new IllegalStateException("第 " + i + " 次超时");
            } catch (IllegalStateException e) {
                last.addSuppressed(e);
            }
        }
        throw last;
    }
}
