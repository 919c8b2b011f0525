import java.util.ArrayList;
import java.util.List;
import java.util.Random;

// do/while 重试循环（确定性的失败序列、指数退避、熔断）与利用 switch 贯穿（fall-through）实现的状态机和累计权限
public class Main {
    static class FlakyService {
        private final boolean[] script;
        private int calls;

        FlakyService(boolean... script) {
            this.script = script;
        }

        String call(String req) throws Exception {
            int n = calls++;
            if (n < script.length && !script[n]) throw new Exception("第 " + (n + 1) + " 次调用失败: 超时");
            return "响应(" + req + ")#" + (n + 1);
        }
    }

    static String withRetry(FlakyService svc, String req, int maxAttempts, List<String> log) {
        int attempt = 0;
        long backoff = 100;
        String result = null;
        do {
            attempt++;
            try {
                result = svc.call(req);
                log.add("  尝试 " + attempt + " 成功");
            } catch (Exception e) {
                log.add("  尝试 " + attempt + " 失败: " + e.getMessage() + ", 等待 " + backoff + "ms");
                backoff = Math.min(backoff * 2, 1000);
            }
        } while (result == null && attempt < maxAttempts);
        return result == null ? "放弃(" + attempt + " 次)" : result;
    }

    enum Breaker { CLOSED, OPEN, HALF_OPEN }

    static int permissions(String role) {
        int p = 0;
        switch (role) {
            case "超级管理员":
                p |= 32;
            case "管理员":
                p |= 16;
                p |= 8;
            case "编辑":
                p |= 4;
            case "作者":
                p |= 2;
            case "访客":
                p |= 1;
                break;
            case "封禁":
                p = 0;
                break;
            default:
                p = -1;
        }
        return p;
    }

    static String describe(int p) {
        if (p < 0) return "未知角色";
        String[] names = {"读", "写", "审核", "发布", "删除", "配置"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) if ((p & (1 << i)) != 0) sb.append(names[i]);
        return sb.length() == 0 ? "无" : sb.toString();
    }

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int state = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\0';
            switch (state) {
                case 0:
                    if (c == '"') {
                        state = 2;
                        break;
                    }
                    if (c == ' ' || c == '\0') break;
                    state = 1;
                case 1:
                    if (c == ' ' || c == '\0') {
                        out.add(cur.toString());
                        cur.setLength(0);
                        state = 0;
                    } else {
                        cur.append(c);
                    }
                    break;
                case 2:
                    if (c == '"' || c == '\0') {
                        out.add("«" + cur + "»");
                        cur.setLength(0);
                        state = 0;
                    } else {
                        cur.append(c);
                    }
                    break;
                default:
                    throw new IllegalStateException("state " + state);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        Object[][] cases = {
                {new FlakyService(true), 3},
                {new FlakyService(false, false, true), 3},
                {new FlakyService(false, false, false, false), 3},
                {new FlakyService(false, false, false, false, false, true), 6},
                {new FlakyService(false), 1},
                {new FlakyService(), 0}};
        int idx = 0;
        for (Object[] c : cases) {
            List<String> log = new ArrayList<>();
            String r = withRetry((FlakyService) c[0], "订单-" + (++idx), (Integer) c[1], log);
            System.out.println("请求 " + idx + " (最多 " + c[1] + " 次): " + r);
            log.forEach(System.out::println);
        }

        System.out.println("== 熔断器 ==");
        Random rnd = new Random(7);
        Breaker state = Breaker.CLOSED;
        int failures = 0, openTicks = 0;
        StringBuilder trace = new StringBuilder();
        for (int tick = 1; tick <= 30; tick++) {
            boolean ok = rnd.nextInt(100) >= (tick < 15 ? 60 : 10);
            switch (state) {
                case CLOSED:
                    if (!ok && ++failures >= 3) {
                        state = Breaker.OPEN;
                        openTicks = 0;
                    } else if (ok) {
                        failures = 0;
                    }
                    break;
                case OPEN:
                    if (++openTicks >= 4) state = Breaker.HALF_OPEN;
                    break;
                case HALF_OPEN:
                    state = ok ? Breaker.CLOSED : Breaker.OPEN;
                    failures = 0;
                    openTicks = 0;
                    break;
            }
            trace.append(ok ? '+' : '-').append(state.name().charAt(0));
            if (tick % 10 == 0) {
                System.out.println("tick " + (tick - 9) + "-" + tick + ": " + trace);
                trace.setLength(0);
            }
        }
        System.out.println("最终状态: " + state);

        System.out.println("== 贯穿权限 ==");
        for (String role : new String[]{"超级管理员", "管理员", "编辑", "作者", "访客", "封禁", "路人"}) {
            int p = permissions(role);
            System.out.println(String.format("%-6s %3d %8s %s", role, p, p < 0 ? "-" : Integer.toBinaryString(p), describe(p)));
        }
        System.out.println("== 贯穿分词状态机 ==");
        String[] lines = {"hello world", "  多个   空格  ", "命令 \"带 空格 的参数\" 结尾", "\"未闭合的引号", "", "a\"b c\""};
        for (String l : lines) System.out.println("[" + l + "] -> " + tokenize(l));

        System.out.println("== 月份天数(贯穿) ==");
        int[] years = {1900, 2000, 2023, 2024};
        for (int y : years) {
            int total = 0;
            for (int m = 1; m <= 12; m++) {
                int days;
                switch (m) {
                    case 2:
                        days = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28;
                        break;
                    case 4: case 6: case 9: case 11:
                        days = 30;
                        break;
                    default:
                        days = 31;
                }
                total += days;
            }
            System.out.println(y + " 年共 " + total + " 天");
        }
        int k = 0, n = 5;
        do {
            k += n--;
        } while (n > 0);
        System.out.println("do/while 求和 5..1 = " + k + ", n = " + n);
        int once = 0;
        do {
            once++;
        } while (false);
        System.out.println("do/while(false) 执行次数 = " + once);
    }
}
