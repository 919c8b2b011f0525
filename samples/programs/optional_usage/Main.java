import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

// Optional：of/ofNullable/empty、map/flatMap/filter、orElse 与 orElseGet 的求值差异、orElseThrow
public class Main {
    record Address(String city, String street) {}

    record User(String name, Address address, String email) {}

    static final Map<Integer, User> USERS = Map.of(
            1, new User("张三", new Address("上海", "南京路"), "zs@example.com"),
            2, new User("李四", null, null),
            3, new User("王五", new Address("北京", null), "ww@example.com"));

    static Optional<User> find(int id) {
        return Optional.ofNullable(USERS.get(id));
    }

    static String fallback(String why) {
        System.out.println("    (计算默认值: " + why + ")");
        return "默认";
    }

    public static void main(String[] args) {
        for (int id = 1; id <= 4; id++) {
            String city = find(id).map(User::address).map(Address::city).orElse("未知城市");
            String street = find(id).map(User::address).map(Address::street).orElseGet(() -> "无街道");
            String email = find(id).flatMap(u -> Optional.ofNullable(u.email())).filter(e -> e.endsWith(".com")).orElse("无邮箱");
            System.out.println("用户 " + id + ": 城市=" + city + " 街道=" + street + " 邮箱=" + email);
        }
        System.out.println("orElse 总是求值:");
        String v1 = Optional.of("有值").orElse(fallback("orElse"));
        System.out.println("  结果 " + v1);
        System.out.println("orElseGet 惰性求值:");
        String v2 = Optional.of("有值").orElseGet(() -> fallback("orElseGet"));
        System.out.println("  结果 " + v2);
        try {
            find(9).orElseThrow(() -> new IllegalArgumentException("用户不存在: 9"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.empty().get();
        } catch (NoSuchElementException e) {
            System.out.println("empty.get(): " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) -> NPE");
        }
        Optional<String> name = find(1).map(User::name);
        name.ifPresent(n -> System.out.println("ifPresent: " + n));
        find(5).ifPresentOrElse(u -> System.out.println("找到"), () -> System.out.println("ifPresentOrElse: 未找到 5"));
        System.out.println("toString: " + name + " " + Optional.empty() + " isPresent=" + name.isPresent() + " isEmpty=" + name.isEmpty());
        System.out.println("or: " + find(7).map(User::name).or(() -> Optional.of("备用用户")).get());
        System.out.println("stream count: " + find(2).stream().count() + " " + find(8).stream().count());
        System.out.println("equals: " + Optional.of("a").equals(Optional.of("a")) + " " + Optional.empty().equals(Optional.ofNullable(null)));
        OptionalInt maxAge = List.of(30, 25, 41).stream().mapToInt(Integer::intValue).max();
        OptionalDouble avg = List.<Integer>of().stream().mapToInt(Integer::intValue).average();
        System.out.println("OptionalInt=" + maxAge + " getAsInt=" + maxAge.getAsInt() + " 空 average=" + avg + " orElse=" + avg.orElse(-1));
        Optional<Integer> parsed = parse("123").flatMap(n -> n > 100 ? Optional.of(n * 2) : Optional.empty());
        System.out.println("链式解析: " + parsed.orElse(0) + " 失败: " + parse("abc").orElse(-1));
        Optional<Optional<String>> nested = Optional.of(Optional.of("嵌套"));
        System.out.println("嵌套 Optional flatMap: " + nested.flatMap(o -> o).get());
    }

    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
