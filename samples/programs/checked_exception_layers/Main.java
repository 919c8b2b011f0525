import java.util.ArrayList;
import java.util.List;

// 自定义受检异常穿过 控制器→服务→仓储 三层，每层 finally 记录日志；按父类顺序捕获；包装与 getCause；finally 中修改返回值的陷阱
public class Main {
    static final List<String> LOG = new ArrayList<>();

    static class AppException extends Exception {
        final String code;

        AppException(String code, String msg, Throwable cause) {
            super(msg, cause);
            this.code = code;
        }
    }

    static class NotFoundException extends AppException {
        NotFoundException(String what) {
            super("E404", "未找到: " + what, null);
        }
    }

    static class ValidationException extends AppException {
        final List<String> fields;

        ValidationException(List<String> fields) {
            super("E400", "校验失败: " + String.join(",", fields), null);
            this.fields = fields;
        }
    }

    static class StorageException extends AppException {
        StorageException(String msg, Throwable cause) {
            super("E500", msg, cause);
        }
    }

    static class Repository {
        String load(int id) throws NotFoundException, StorageException {
            LOG.add("  [仓储] 进入 load(" + id + ")");
            try {
                if (id <= 0) throw new NotFoundException("用户#" + id);
                if (id == 13) {
                    try {
                        int[] shards = new int[3];
                        shards[id % 5] = 1;
                    } catch (ArrayIndexOutOfBoundsException e) {
                        throw new StorageException("分片不可用", e);
                    }
                }
                if (id == 99) throw new IllegalStateException("连接池耗尽");
                return "用户" + id;
            } finally {
                LOG.add("  [仓储] finally load(" + id + ")");
            }
        }
    }

    static class Service {
        final Repository repo = new Repository();

        String profile(int id, String nickname) throws AppException {
            LOG.add(" [服务] 进入 profile(" + id + ")");
            try {
                List<String> bad = new ArrayList<>();
                if (nickname == null || nickname.isBlank()) bad.add("nickname");
                else if (nickname.length() > 6) bad.add("nickname.length");
                if (id > 1000) bad.add("id");
                if (!bad.isEmpty()) throw new ValidationException(bad);
                return repo.load(id) + "(" + nickname + ")";
            } finally {
                LOG.add(" [服务] finally profile(" + id + ")");
            }
        }
    }

    static class Controller {
        final Service service = new Service();

        String handle(int id, String nickname) {
            LOG.add("[控制器] 请求 " + id);
            try {
                return "200 " + service.profile(id, nickname);
            } catch (NotFoundException e) {
                return "404 " + e.getMessage();
            } catch (ValidationException e) {
                return "400 " + e.getMessage() + " 字段数=" + e.fields.size();
            } catch (AppException e) {
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                return "500 [" + e.code + "] " + e.getMessage() + " 根因=" + root.getClass().getSimpleName() + ": " + root.getMessage();
            } catch (RuntimeException e) {
                return "503 " + e.getClass().getSimpleName() + ": " + e.getMessage();
            } finally {
                LOG.add("[控制器] finally " + id);
            }
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        int x = 1;
        try {
            x = 2;
            return x;
        } finally {
            x = 3;
            LOG.add("finallyOverrides: finally 中 x=" + x);
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallows() {
        try {
            throw new IllegalStateException("会被吞掉");
        } finally {
            return "finally 的返回值";
        }
    }

    static String classify(Exception e) {
        try {
            throw e;
        } catch (ValidationException v) {
            return "校验";
        } catch (NotFoundException n) {
            return "不存在";
        } catch (AppException a) {
            return "应用(" + a.code + ")";
        } catch (RuntimeException r) {
            return "运行时";
        } catch (Exception other) {
            return "其它: " + other.getClass().getSimpleName();
        }
    }

    public static void main(String[] args) {
        Controller c = new Controller();
        Object[][] requests = {{7, "小明"}, {0, "小红"}, {-5, "无名"}, {13, "分片"}, {99, "池"}, {2000, ""}, {8, "超级长的昵称啊"}, {42, null}};
        for (Object[] r : requests) {
            LOG.clear();
            String resp = c.handle((Integer) r[0], (String) r[1]);
            System.out.println(resp);
            for (String l : LOG) System.out.println("    " + l);
        }
        LOG.clear();
        System.out.println("finallyOverrides() = " + finallyOverrides() + ", 日志: " + LOG);
        System.out.println("finallySwallows() = " + finallySwallows());
        Exception[] samples = {new ValidationException(List.of("a")), new NotFoundException("x"), new StorageException("s", null),
                new IllegalArgumentException("参数"), new java.io.IOException("磁盘"), new AppException("E1", "通用", null)};
        for (Exception e : samples) System.out.println(e.getClass().getSimpleName() + " -> " + classify(e));
        AppException wrapped = new StorageException("外层", new RuntimeException("中层", new NotFoundException("内层")));
        int depth = 0;
        for (Throwable t = wrapped; t != null; t = t.getCause()) {
            System.out.println("  ".repeat(depth++) + t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        System.out.println("toString: " + new NotFoundException("订单#1"));
        System.out.println("instanceof 链: " + (wrapped instanceof AppException) + " " + (wrapped.getCause() instanceof AppException)
                + " " + (wrapped.getCause().getCause() instanceof AppException));
    }
}
