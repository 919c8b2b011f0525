import java.util.LinkedHashMap;
import java.util.Map;

// 自定义未检查异常从 main 逃逸：无包名的顶层类在 stderr 中只显示简单类名；退出码 1；之前的 finally 与 stdout 输出都保留
class OrderException extends RuntimeException {
    OrderException(String msg) {
        super(msg);
    }
}

public class Main {
    static final Map<String, Integer> STOCK = new LinkedHashMap<>();

    static void reserve(String sku, int qty) {
        int have = STOCK.getOrDefault(sku, 0);
        if (qty <= 0) throw new IllegalArgumentException("数量必须为正: " + qty);
        if (have < qty) throw new OrderException("库存不足");
        STOCK.put(sku, have - qty);
        System.out.println("预留 " + sku + " x" + qty + ", 剩余 " + (have - qty));
    }

    public static void main(String[] args) {
        STOCK.put("苹果", 10);
        STOCK.put("香蕉", 3);
        STOCK.put("橙子", 0);
        for (Map.Entry<String, Integer> e : STOCK.entrySet()) {
            System.out.println("初始库存 " + e.getKey() + " = " + e.getValue());
        }
        String[][] orders = {{"苹果", "4"}, {"香蕉", "2"}, {"苹果", "-1"}, {"苹果", "2"}, {"香蕉", "1"}, {"橙子", "abc"},
                {"苹果", "3"}, {"苹果", "1"}, {"香蕉", "1"}, {"苹果", "1"}};
        int done = 0;
        try {
            for (String[] o : orders) {
                try {
                    reserve(o[0], Integer.parseInt(o[1]));
                    done++;
                } catch (IllegalArgumentException e) {
                    System.out.println("跳过非法订单: " + e.getMessage());
                } finally {
                    System.out.println("  处理完 " + o[0] + " " + o[1] + ", 库存 " + STOCK);
                }
            }
            System.out.println("不会打印");
        } finally {
            System.out.println("外层 finally: 成功 " + done + " 单");
            System.out.flush();
        }
    }
}
