// switch 字符串（旧式与箭头）、文本块
public class Main {
    static String command(String cmd) {
        String result;
        switch (cmd) {
            case "启动":
            case "start":
                result = "正在启动";
                break;
            case "停止":
                result = "正在停止";
                break;
            case "":
                result = "空命令";
                break;
            default:
                result = "未知命令: " + cmd;
        }
        return result;
    }

    static int priority(String level) {
        return switch (level.toUpperCase()) {
            case "S" -> 3;
            case "A", "B" -> {
                int base = level.equalsIgnoreCase("A") ? 2 : 1;
                yield base;
            }
            default -> 0;
        };
    }

    public static void main(String[] args) {
        for (String c : new String[]{"启动", "start", "停止", "", "重启", "Start"}) {
            System.out.println("[" + c + "] => " + command(c));
        }
        for (String p : new String[]{"s", "A", "b", "c"}) {
            System.out.println("优先级 " + p + " = " + priority(p));
        }
        String json = """
                {
                  "服务": "order-service",
                  "端口": 8080,
                  "标签": ["核心", "交易"]
                }
                """;
        System.out.print(json);
        System.out.println("文本块行数: " + json.lines().count() + " 以换行结尾: " + json.endsWith("\n"));
        String sql = """
            SELECT id, name \
            FROM t_order \
            WHERE status = 'PAID'""";
        System.out.println("SQL: " + sql);
        String trailing = """
            尾随空格保留:\s
            引号 \""" 与 \\ 反斜杠
              缩进两格
            """;
        System.out.print(trailing.replace(' ', '·'));
        String poem = """
            床前明月光，
            疑是地上霜。""";
        System.out.println(poem);
        System.out.println("poem 长度 = " + poem.length());
        String tmpl = """
            订单 %s 金额 %.2f
            """.formatted("A001", 99.5);
        System.out.print(tmpl);
        String nested = """
                \t制表符\t分隔
                Unicode: \u4e2d
            """;
        System.out.print(nested.replace("\t", "<TAB>"));
        int yielded = 0;
        for (String w : "一 二 三 四 五".split(" ")) {
            yielded += switch (w) {
                case "一": yield 1;
                case "二": yield 2;
                case "三": {
                    int t = 1 + 2;
                    yield t;
                }
                default: yield 10;
            };
        }
        System.out.println("switch 表达式累加 = " + yielded);
        String hashCollide = "Aa";
        switch (hashCollide) {
            case "BB" -> System.out.println("错误地命中 BB");
            case "Aa" -> System.out.println("正确命中 Aa（哈希相同）");
            default -> System.out.println("未命中");
        }
    }
}
