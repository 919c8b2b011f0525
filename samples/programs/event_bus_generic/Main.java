import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

// 泛型事件总线：按事件类型注册 lambda 监听器、优先级、过滤、一次性订阅、取消订阅、监听器异常隔离、死信
public class Main {
    interface Event {
        String source();
    }

    record OrderCreated(String source, String orderId, long amountCents) implements Event {
    }

    record StockLow(String source, String sku, int left) implements Event {
    }

    record UserMessage(String source, String text) implements Event {
    }

    static final class Subscription<E extends Event> {
        final Class<E> type;
        final Consumer<? super E> handler;
        final int priority;
        final String name;
        final boolean once;
        Predicate<? super E> filter = e -> true;
        boolean active = true;

        Subscription(Class<E> type, String name, int priority, boolean once, Consumer<? super E> handler) {
            this.type = type;
            this.name = name;
            this.priority = priority;
            this.once = once;
            this.handler = handler;
        }

        Subscription<E> when(Predicate<? super E> p) {
            this.filter = p;
            return this;
        }

        boolean deliver(Event e) {
            E typed = type.cast(e);
            if (!filter.test(typed)) return false;
            handler.accept(typed);
            if (once) active = false;
            return true;
        }
    }

    static class EventBus {
        private final Map<Class<?>, List<Subscription<?>>> subs = new LinkedHashMap<>();
        private final List<String> deadLetters = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private int delivered;

        <E extends Event> Subscription<E> on(Class<E> type, String name, int priority, Consumer<? super E> handler) {
            return add(new Subscription<>(type, name, priority, false, handler));
        }

        <E extends Event> Subscription<E> once(Class<E> type, String name, Consumer<? super E> handler) {
            return add(new Subscription<>(type, name, 0, true, handler));
        }

        private <E extends Event> Subscription<E> add(Subscription<E> s) {
            List<Subscription<?>> list = subs.computeIfAbsent(s.type, k -> new ArrayList<>());
            int i = 0;
            while (i < list.size() && list.get(i).priority >= s.priority) i++;
            list.add(i, s);
            return s;
        }

        void off(Subscription<?> s) {
            s.active = false;
        }

        int publish(Event e) {
            List<Subscription<?>> list = subs.get(e.getClass());
            if (list == null) {
                deadLetters.add(e.toString());
                return 0;
            }
            int count = 0;
            for (Subscription<?> s : new ArrayList<>(list)) {
                if (!s.active) continue;
                try {
                    if (s.deliver(e)) count++;
                } catch (RuntimeException ex) {
                    errors.add(s.name + " 处理 " + e.getClass().getSimpleName() + " 失败: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
                }
            }
            list.removeIf(s -> !s.active);
            if (count == 0) deadLetters.add(e.toString());
            delivered += count;
            return count;
        }
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        List<String> log = new ArrayList<>();
        long[] revenue = {0};
        Map<String, Integer> lowStock = new LinkedHashMap<>();

        bus.on(OrderCreated.class, "审计", 1, e -> log.add("[审计] " + e.orderId() + " 来自 " + e.source()));
        bus.on(OrderCreated.class, "营收", 10, e -> revenue[0] += e.amountCents());
        bus.on(OrderCreated.class, "大单提醒", 5, e -> log.add("[大单] " + e.orderId() + " 金额 " + e.amountCents() / 100.0))
                .when(e -> e.amountCents() >= 100_000);
        Subscription<StockLow> stock = bus.on(StockLow.class, "补货", 0, e -> lowStock.merge(e.sku(), e.left(), Math::min));
        bus.once(StockLow.class, "首次告警", e -> log.add("[首次告警] " + e.sku() + " 仅剩 " + e.left()));
        bus.on(UserMessage.class, "敏感词", 3, e -> {
            if (e.text().contains("退款")) throw new IllegalArgumentException("消息含敏感词: " + e.text());
            log.add("[消息] " + e.source() + ": " + e.text());
        });
        bus.on(UserMessage.class, "长度统计", 1, e -> log.add("[长度] " + e.text().length() + "/" + e.text().codePointCount(0, e.text().length())));
        Consumer<Event> generic = e -> log.add("[通用] " + e.source());
        bus.on(UserMessage.class, "通用", -1, generic);

        List<Event> events = List.of(
                new OrderCreated("网页", "O-1", 5_990),
                new OrderCreated("App", "O-2", 150_000),
                new StockLow("仓库A", "SKU-苹果", 5),
                new StockLow("仓库B", "SKU-苹果", 2),
                new UserMessage("张三", "你好，请问何时发货？😀"),
                new UserMessage("李四", "我要退款"),
                new StockLow("仓库A", "SKU-香蕉", 0),
                new OrderCreated("小程序", "O-3", 100_000));
        for (Event e : events) {
            int n = bus.publish(e);
            System.out.println("发布 " + e + " -> " + n + " 个监听器");
        }
        bus.off(stock);
        System.out.println("取消补货订阅后发布: " + bus.publish(new StockLow("仓库C", "SKU-梨", 1)));
        System.out.println("无人订阅的事件: " + bus.publish(new Event() {
            public String source() {
                return "匿名";
            }

            @Override
            public String toString() {
                return "匿名事件";
            }
        }));
        System.out.println("== 日志 ==");
        log.forEach(System.out::println);
        System.out.println("== 错误 ==");
        bus.errors.forEach(System.out::println);
        System.out.println("== 死信 ==");
        bus.deadLetters.forEach(System.out::println);
        System.out.println("营收(分) = " + revenue[0] + ", 低库存 = " + lowStock + ", 投递总数 = " + bus.delivered);
        System.out.println("OrderCreated 监听器顺序: " + bus.subs.get(OrderCreated.class).stream().map(s -> s.name + "(" + s.priority + ")").toList());
        System.out.println("StockLow 剩余监听器: " + bus.subs.get(StockLow.class).size());
    }
}
