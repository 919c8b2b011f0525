import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

// 枚举：字段、构造器、方法、每个常量的抽象方法实现、values/valueOf/ordinal/switch
public class Main {
    enum OrderStatus {
        CREATED("已创建", 0) {
            @Override
            OrderStatus next() {
                return PAID;
            }
        },
        PAID("已支付", 10) {
            @Override
            OrderStatus next() {
                return SHIPPED;
            }
        },
        SHIPPED("已发货", 20) {
            @Override
            OrderStatus next() {
                return DONE;
            }
        },
        DONE("已完成", 30) {
            @Override
            OrderStatus next() {
                return this;
            }

            @Override
            boolean terminal() {
                return true;
            }
        },
        CANCELLED("已取消", -1) {
            @Override
            OrderStatus next() {
                throw new IllegalStateException("已取消的订单不能流转");
            }

            @Override
            boolean terminal() {
                return true;
            }
        };

        private final String label;
        private final int code;
        private static int lookups;

        OrderStatus(String label, int code) {
            this.label = label;
            this.code = code;
        }

        abstract OrderStatus next();

        boolean terminal() {
            return false;
        }

        String label() {
            return label;
        }

        static OrderStatus byCode(int code) {
            lookups++;
            for (OrderStatus s : values()) {
                if (s.code == code) return s;
            }
            throw new IllegalArgumentException("未知状态码: " + code);
        }
    }

    enum Op implements java.util.function.IntBinaryOperator {
        ADD("+") {
            public int applyAsInt(int a, int b) { return a + b; }
        },
        SUB("-") {
            public int applyAsInt(int a, int b) { return a - b; }
        },
        MUL("*") {
            public int applyAsInt(int a, int b) { return a * b; }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        @Override
        public String toString() {
            return "运算符" + symbol;
        }
    }

    enum Planet { 水星, 金星, 地球 }

    static String classify(OrderStatus s) {
        switch (s) {
            case CREATED:
            case PAID:
                return "进行中(旧 switch)";
            case SHIPPED:
                return "运输中";
            default:
                return "已结束";
        }
    }

    public static void main(String[] args) {
        for (OrderStatus s : OrderStatus.values()) {
            System.out.println(s.ordinal() + " " + s + " name=" + s.name() + " label=" + s.label() + " code=" + s.code
                    + " terminal=" + s.terminal() + " " + classify(s)
                    + " 类=" + (s.getClass() == OrderStatus.class ? "OrderStatus" : "常量子类")
                    + " declaring=" + s.getDeclaringClass().getSimpleName());
        }
        OrderStatus s = OrderStatus.CREATED;
        StringBuilder path = new StringBuilder(s.label());
        while (!s.terminal()) {
            s = s.next();
            path.append(" -> ").append(s.label());
        }
        System.out.println("流转: " + path);
        try {
            OrderStatus.CANCELLED.next();
        } catch (IllegalStateException e) {
            System.out.println("异常: " + e.getMessage());
        }
        System.out.println("valueOf(PAID) = " + OrderStatus.valueOf("PAID"));
        try {
            OrderStatus.valueOf("paid");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf 失败: " + e.getMessage());
        }
        System.out.println("byCode(20) = " + OrderStatus.byCode(20) + " lookups=" + OrderStatus.lookups);
        System.out.println("compareTo: " + OrderStatus.PAID.compareTo(OrderStatus.DONE));
        System.out.println("== 比较: " + (OrderStatus.valueOf("DONE") == OrderStatus.DONE));
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " 7,3 => " + op.applyAsInt(7, 3));
        }
        String desc = switch (OrderStatus.byCode(10)) {
            case CREATED, PAID -> "待发货";
            case SHIPPED -> "运输中";
            case DONE, CANCELLED -> {
                String t = "终态";
                yield t + "!";
            }
        };
        System.out.println("箭头 switch: " + desc);
        EnumMap<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        counts.put(OrderStatus.DONE, 5);
        counts.put(OrderStatus.CREATED, 2);
        counts.put(OrderStatus.PAID, 1);
        System.out.println("EnumMap 按序: " + counts);
        EnumSet<OrderStatus> active = EnumSet.range(OrderStatus.CREATED, OrderStatus.SHIPPED);
        System.out.println("EnumSet.range: " + active + " complementOf: " + EnumSet.complementOf(active));
        System.out.println("EnumSet.of: " + EnumSet.of(OrderStatus.DONE, OrderStatus.CREATED) + " noneOf: " + EnumSet.noneOf(Planet.class));
        for (Map.Entry<OrderStatus, Integer> e : counts.entrySet()) {
            System.out.print(e.getKey().label() + "=" + e.getValue() + ";");
        }
        System.out.println();
        System.out.println("中文枚举: " + java.util.Arrays.toString(Planet.values()) + " 地球.ordinal=" + Planet.地球.ordinal());
        System.out.println("Planet.valueOf(金星) = " + Planet.valueOf("金星"));
        System.out.println("hashCode 不打印；equals: " + Planet.水星.equals(Planet.水星));
    }
}
