// System.exit(3)：finally 不会执行，之后的代码不会运行
public class Main {
    static int process(String[] lines) {
        int bad = 0;
        for (String line : lines) {
            String[] parts = line.split("=");
            if (parts.length != 2) {
                System.out.println("格式错误: " + line);
                bad++;
                continue;
            }
            System.out.println("配置项 " + parts[0].trim() + " -> " + parts[1].trim());
        }
        return bad;
    }

    public static void main(String[] args) {
        String[] config = {"server.port = 8080", "spring.application.name=order-service", "错误的行", "nacos.addr=127.0.0.1:8848"};
        int bad = process(config);
        System.out.println("错误行数: " + bad);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("关闭钩子执行")));
        try {
            if (bad > 0) {
                System.out.println("配置校验失败，退出码 3");
                System.out.flush();
                System.exit(3);
            }
        } finally {
            System.out.println("finally 不会执行");
        }
        System.out.println("不会打印");
    }
}
