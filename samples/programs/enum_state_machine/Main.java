import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

// 订单状态机：枚举常量带抽象方法实现各自的转移；非法转移抛异常；EnumMap 统计；values()/ordinal()/compareTo
public class Main {
    enum Event { 支付, 发货, 签收, 取消, 退款, 超时 }

    enum State {
        待支付("WAIT_PAY") {
            State on(Event e) {
                switch (e) {
                    case 支付: return 已支付;
                    case 取消: case 超时: return 已关闭;
                    default: return null;
                }
            }
        },
        已支付("PAID") {
            State on(Event e) {
                return switch (e) {
                    case 发货 -> 已发货;
                    case 退款 -> 退款中;
                    default -> null;
                };
            }
        },
        已发货("SHIPPED") {
            State on(Event e) {
                return e == Event.签收 ? 已完成 : e == Event.退款 ? 退款中 : null;
            }
        },
        退款中("REFUNDING") {
            State on(Event e) {
                return e == Event.退款 ? 已关闭 : null;
            }

            @Override
            boolean terminal() {
                return false;
            }
        },
        已完成("DONE") {
            State on(Event e) {
                return null;
            }

            @Override
            boolean terminal() {
                return true;
            }
        },
        已关闭("CLOSED") {
            State on(Event e) {
                return null;
            }

            @Override
            boolean terminal() {
                return true;
            }
        };

        final String code;

        State(String code) {
            this.code = code;
        }

        abstract State on(Event e);

        boolean terminal() {
            return false;
        }

        State fire(Event e) {
            State next = on(e);
            if (next == null) {
                throw new IllegalStateException(name() + "(" + code + ") 不接受事件 " + e);
            }
            return next;
        }
    }

    static class Order {
        final String id;
        State state = State.待支付;
        final List<String> history = new ArrayList<>();

        Order(String id) {
            this.id = id;
        }

        void apply(Event... events) {
            for (Event e : events) {
                try {
                    State before = state;
                    state = state.fire(e);
                    history.add(before + "-" + e + "->" + state);
                } catch (IllegalStateException ex) {
                    history.add("拒绝: " + ex.getMessage());
                }
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("== 转移表 ==");
        StringBuilder head = new StringBuilder(String.format("%-5s", ""));
        for (Event e : Event.values()) head.append(String.format("%-6s", e));
        System.out.println(head);
        for (State s : State.values()) {
            StringBuilder row = new StringBuilder(String.format("%-5s", s));
            for (Event e : Event.values()) {
                State n = s.on(e);
                row.append(String.format("%-6s", n == null ? "-" : n.name()));
            }
            System.out.println(row + (s.terminal() ? " (终态)" : ""));
        }
        Order[] orders = {new Order("A001"), new Order("A002"), new Order("A003"), new Order("A004"), new Order("A005")};
        orders[0].apply(Event.支付, Event.发货, Event.签收);
        orders[1].apply(Event.发货, Event.支付, Event.退款, Event.退款, Event.支付);
        orders[2].apply(Event.超时, Event.支付);
        orders[3].apply(Event.支付, Event.发货, Event.退款, Event.签收, Event.退款);
        orders[4].apply(Event.取消, Event.取消);
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (Order o : orders) {
            System.out.println("订单 " + o.id + " 最终 " + o.state + " [" + o.state.code + "] ordinal=" + o.state.ordinal());
            for (String h : o.history) System.out.println("    " + h);
            counts.merge(o.state, 1, Integer::sum);
        }
        System.out.println("状态统计: " + counts);
        System.out.println("valueOf(\"已支付\") = " + State.valueOf("已支付") + ", compareTo(已完成) = " + State.已支付.compareTo(State.已完成));
        try {
            State.valueOf("PAID");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(\"PAID\"): " + e.getMessage());
        }
        System.out.println("常量类是否为 State: " + (State.已完成.getClass() == State.class) + ", getDeclaringClass: " + State.已完成.getDeclaringClass().getSimpleName());
        int reachable = 0;
        boolean[] seen = new boolean[State.values().length];
        List<State> queue = new ArrayList<>(List.of(State.待支付));
        seen[State.待支付.ordinal()] = true;
        while (!queue.isEmpty()) {
            State s = queue.remove(0);
            reachable++;
            for (Event e : Event.values()) {
                State n = s.on(e);
                if (n != null && !seen[n.ordinal()]) {
                    seen[n.ordinal()] = true;
                    queue.add(n);
                }
            }
        }
        System.out.println("从 待支付 可达状态数: " + reachable);
    }
}
