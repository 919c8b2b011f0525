import java.util.ArrayList;
import java.util.List;

// 自定义异常层次、受检/非受检、multi-catch、catch 顺序、重新抛出
public class Main {
    static class BizException extends Exception {
        private final int code;

        BizException(int code, String message) {
            super(message);
            this.code = code;
        }

        int code() {
            return code;
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
        }
    }

    static class StockException extends BizException {
        final String sku;

        StockException(String sku, int wanted, int left) {
            super(4001, "库存不足: " + sku + " 需要 " + wanted + " 剩余 " + left);
            this.sku = sku;
        }
    }

    static class PaymentException extends BizException {
        PaymentException(String msg) {
            super(5001, msg);
        }
    }

    static class ValidationError extends RuntimeException {
        final List<String> fields;

        ValidationError(List<String> fields) {
            super("校验失败: " + String.join(", ", fields));
            this.fields = fields;
        }
    }

    static void placeOrder(String sku, int qty, double balance) throws BizException {
        List<String> bad = new ArrayList<>();
        if (sku == null || sku.isBlank()) bad.add("sku");
        if (qty <= 0) bad.add("qty");
        if (!bad.isEmpty()) throw new ValidationError(bad);
        if (qty > 5) throw new StockException(sku, qty, 5);
        if (balance < qty * 10.0) throw new PaymentException("余额不足: " + balance);
        if (sku.equals("BOOM")) throw new IllegalStateException("系统内部错误");
        if (sku.equals("NUM")) Integer.parseInt("不是数字");
        System.out.println("  下单成功: " + sku + " x" + qty);
    }

    static String handle(String sku, int qty, double balance) {
        try {
            placeOrder(sku, qty, balance);
            return "OK";
        } catch (StockException e) {
            return "库存异常 code=" + e.code() + " sku=" + e.sku + " msg=" + e.getMessage();
        } catch (BizException e) {
            return "业务异常 " + e;
        } catch (ValidationError | NumberFormatException e) {
            return "输入错误 " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "运行时异常 " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static void rethrowPrecise(boolean first) throws StockException, PaymentException {
        try {
            if (first) throw new StockException("A1", 9, 1);
            throw new PaymentException("支付网关超时");
        } catch (BizException e) {
            System.out.println("  记录日志后重新抛出: " + e.getClass().getSimpleName());
            throw e; // 精确重新抛出
        }
    }

    public static void main(String[] args) {
        System.out.println(handle("SKU-1", 2, 100));
        System.out.println(handle("SKU-2", 9, 100));
        System.out.println(handle("SKU-3", 3, 5.5));
        System.out.println(handle("", 0, 0));
        System.out.println(handle("BOOM", 1, 100));
        System.out.println(handle("NUM", 1, 100));
        for (boolean b : new boolean[]{true, false}) {
            try {
                rethrowPrecise(b);
            } catch (StockException | PaymentException e) {
                System.out.println("精确捕获: " + e);
            }
        }
        Throwable t = new StockException("X", 1, 0);
        System.out.println("instanceof Exception: " + (t instanceof Exception) + " RuntimeException: " + (t instanceof RuntimeException));
        try {
            Object o = List.of();
            ((List<Object>) o).add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException message=" + e.getMessage());
        }
        try {
            throw new Error("严重错误");
        } catch (Throwable th) {
            System.out.println("捕获 Error: " + th);
        }
        try {
            assertPositive(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        RuntimeException noMsg = new RuntimeException();
        System.out.println("无消息异常: " + noMsg + " getMessage=" + noMsg.getMessage());
        RuntimeException fromCause = new RuntimeException(new IllegalStateException("内层"));
        System.out.println("由 cause 构造: " + fromCause.getMessage());
        System.out.println("getLocalizedMessage: " + new BizException(1, "本地化").getLocalizedMessage());
    }

    static void assertPositive(int n) {
        if (n <= 0) throw new IllegalArgumentException("必须为正数，实际为 " + n);
    }
}
