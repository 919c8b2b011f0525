// 未捕获的异常从 main 逃逸：退出码 1，stderr 第一行为异常描述
public class Main {
    static int stage = 0;

    static void validate(int[] stock) {
        for (int i = 0; i < stock.length; i++) {
            stage = i;
            if (stock[i] < 0) {
                throw new IllegalStateException("坏了");
            }
            System.out.println("检查第 " + i + " 项库存: " + stock[i]);
        }
    }

    public static void main(String[] args) {
        System.out.println("开始校验");
        try {
            validate(new int[]{3, 2});
        } finally {
            System.out.println("第一轮 finally 执行");
        }
        try {
            validate(new int[]{5, -1, 7});
        } finally {
            System.out.println("第二轮 finally 仍然执行, stage=" + stage);
            System.out.flush();
        }
        System.out.println("不会打印");
    }
}
