import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

// Collectors：toList/joining/groupingBy/counting/toMap/partitioningBy/mapping/summing/averaging
public class Main {
    record Order(String id, String customer, String city, String product, int qty, double price) {
        double amount() {
            return qty * price;
        }
    }

    public static void main(String[] args) {
        List<Order> orders = List.of(
                new Order("O1", "张三", "上海", "键盘", 2, 199.0),
                new Order("O2", "李四", "北京", "鼠标", 5, 59.9),
                new Order("O3", "张三", "上海", "显示器", 1, 1299.0),
                new Order("O4", "王五", "广州", "键盘", 1, 199.0),
                new Order("O5", "李四", "北京", "显示器", 2, 1299.0),
                new Order("O6", "赵六", "上海", "鼠标", 3, 59.9),
                new Order("O7", "王五", "广州", "耳机", 4, 299.0));
        System.out.println("toList ids: " + orders.stream().map(Order::id).collect(Collectors.toList()));
        System.out.println("joining: " + orders.stream().map(Order::customer).distinct().collect(Collectors.joining("、", "客户[", "]")));
        Map<String, Long> countByCity = orders.stream().collect(Collectors.groupingBy(Order::city, TreeMap::new, Collectors.counting()));
        System.out.println("每城市订单数(TreeMap): " + countByCity);
        Map<String, Long> hashCount = orders.stream().collect(Collectors.groupingBy(Order::product, Collectors.counting()));
        System.out.println("每商品订单数(HashMap 顺序): " + hashCount);
        Map<String, Double> amountByCustomer = orders.stream().collect(Collectors.groupingBy(Order::customer, TreeMap::new, Collectors.summingDouble(Order::amount)));
        amountByCustomer.forEach((k, v) -> System.out.printf("  %s 消费 %.2f%n", k, v));
        Map<String, List<String>> productsByCity = orders.stream().collect(Collectors.groupingBy(Order::city, TreeMap::new, Collectors.mapping(Order::product, Collectors.toList())));
        System.out.println("每城市商品: " + productsByCity);
        Map<Boolean, List<String>> bigOrders = orders.stream().collect(Collectors.partitioningBy(o -> o.amount() >= 1000, Collectors.mapping(Order::id, Collectors.toList())));
        System.out.println("partitioningBy 金额>=1000: " + bigOrders);
        Map<String, Order> byId = orders.stream().collect(Collectors.toMap(Order::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        System.out.println("toMap LinkedHashMap keys: " + byId.keySet());
        Map<String, Integer> qtyByProduct = orders.stream().collect(Collectors.toMap(Order::product, Order::qty, Integer::sum, TreeMap::new));
        System.out.println("toMap 合并数量: " + qtyByProduct);
        try {
            orders.stream().collect(Collectors.toMap(Order::customer, Order::id));
        } catch (IllegalStateException e) {
            System.out.println("toMap 重复键: " + e.getMessage());
        }
        System.out.println("averagingInt qty: " + orders.stream().collect(Collectors.averagingInt(Order::qty)));
        IntSummaryStatistics st = orders.stream().collect(Collectors.summarizingInt(Order::qty));
        System.out.println("summarizingInt: " + st);
        System.out.println("maxBy 金额: " + orders.stream().collect(Collectors.maxBy(Comparator.comparingDouble(Order::amount))).map(Order::id).orElse("-"));
        Map<String, Map<String, Integer>> nested = orders.stream().collect(Collectors.groupingBy(Order::city, TreeMap::new,
                Collectors.groupingBy(Order::customer, TreeMap::new, Collectors.summingInt(Order::qty))));
        System.out.println("二级分组: " + nested);
        System.out.println("collectingAndThen 计数: " + orders.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        System.out.println("toSet(排序后): " + new java.util.TreeSet<>(orders.stream().map(Order::city).collect(Collectors.toSet())));
        System.out.println("filtering: " + orders.stream().collect(Collectors.groupingBy(Order::city, TreeMap::new, Collectors.filtering(o -> o.qty() > 1, Collectors.counting()))));
        System.out.println("reducing: " + orders.stream().collect(Collectors.reducing(0, Order::qty, Integer::sum)));
        String report = orders.stream()
                .sorted(Comparator.comparingDouble(Order::amount).reversed().thenComparing(Order::id))
                .limit(3)
                .map(o -> String.format("%s:%s:%.1f", o.id(), o.product(), o.amount()))
                .collect(Collectors.joining(" | "));
        System.out.println("前三大订单: " + report);
        Map<Integer, List<String>> byLen = List.of("一", "二三", "四五六", "七", "八九").stream().collect(Collectors.groupingBy(String::length));
        System.out.println("按长度分组(HashMap<Integer>): " + byLen);
    }
}
