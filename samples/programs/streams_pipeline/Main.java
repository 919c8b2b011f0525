import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

// 流：map/filter/reduce、IntStream.range/sum/average、sorted/distinct/limit/skip、惰性求值顺序
public class Main {
    public static void main(String[] args) {
        List<Integer> nums = List.of(5, 3, 8, 3, 1, 9, 5, 2, 8, 7);
        System.out.println("filter 偶数 map 平方: " + nums.stream().filter(n -> n % 2 == 0).map(n -> n * n).collect(Collectors.toList()));
        System.out.println("distinct: " + nums.stream().distinct().collect(Collectors.toList()));
        System.out.println("sorted: " + nums.stream().sorted().collect(Collectors.toList()));
        System.out.println("sorted 逆序 distinct limit 3: " + nums.stream().sorted((a, b) -> b - a).distinct().limit(3).collect(Collectors.toList()));
        System.out.println("skip 7: " + nums.stream().skip(7).collect(Collectors.toList()));
        System.out.println("reduce 求和: " + nums.stream().reduce(0, Integer::sum));
        System.out.println("reduce 无初值(max): " + nums.stream().reduce(Integer::max).get());
        System.out.println("reduce 拼接: " + Stream.of("甲", "乙", "丙").reduce("", (a, b) -> a + b));
        System.out.println("count/anyMatch/allMatch/noneMatch: " + nums.stream().count() + " " + nums.stream().anyMatch(n -> n > 8) + " " + nums.stream().allMatch(n -> n > 0) + " " + nums.stream().noneMatch(n -> n == 4));
        System.out.println("findFirst: " + nums.stream().filter(n -> n > 5).findFirst().orElse(-1));
        System.out.println("IntStream.range(0,5): " + Arrays.toString(IntStream.range(0, 5).toArray()) + " rangeClosed sum(1..100)=" + IntStream.rangeClosed(1, 100).sum());
        System.out.println("average: " + IntStream.of(1, 2, 3, 4).average().getAsDouble() + " 空 average 存在? " + IntStream.empty().average().isPresent());
        System.out.println("summaryStatistics: " + IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics());
        System.out.println("mapToObj: " + IntStream.rangeClosed(1, 5).mapToObj(i -> "第" + i).collect(Collectors.joining(",")));
        System.out.println("boxed max: " + IntStream.of(3, 1, 4).boxed().max(Integer::compare).get());
        System.out.println("LongStream 阶乘 20: " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println("iterate 2 的幂: " + Stream.iterate(1, x -> x * 2).limit(11).map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.println("iterate 带条件: " + IntStream.iterate(100, x -> x > 0, x -> x / 3).boxed().collect(Collectors.toList()));
        System.out.println("generate: " + Stream.generate(() -> "哈").limit(4).collect(Collectors.joining()));
        System.out.println("flatMap: " + Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(String::valueOf).collect(Collectors.joining("+")));
        System.out.println("chars 汉字码点: " + "迁移".chars().mapToObj(Integer::toHexString).collect(Collectors.toList()));
        System.out.println("takeWhile/dropWhile: " + Stream.of(1, 2, 5, 1, 7).takeWhile(x -> x < 5).collect(Collectors.toList()) + " " + Stream.of(1, 2, 5, 1, 7).dropWhile(x -> x < 5).collect(Collectors.toList()));
        System.out.println("惰性求值顺序:");
        List<String> r = Stream.of("a", "bb", "ccc", "dddd")
                .peek(s -> System.out.println("  peek " + s))
                .filter(s -> {
                    System.out.println("  filter " + s);
                    return s.length() >= 2;
                })
                .map(s -> {
                    System.out.println("  map " + s);
                    return s.toUpperCase();
                })
                .limit(2)
                .collect(Collectors.toList());
        System.out.println("结果: " + r);
        System.out.println("sorted 是屏障:");
        Stream.of(3, 1, 2).peek(x -> System.out.println("  前 " + x)).sorted().forEach(x -> System.out.println("  后 " + x));
        double total = Stream.of("12.5", "7.25", "0.25").mapToDouble(Double::parseDouble).sum();
        System.out.println("mapToDouble sum: " + total);
        System.out.println("数组流: " + Arrays.stream(new String[]{"x", "y", "z"}, 1, 3).collect(Collectors.toList()));
        System.out.println("Stream.concat: " + Stream.concat(Stream.of(1), Stream.of(2, 3)).collect(Collectors.toList()));
        System.out.println("toArray: " + Arrays.toString(Stream.of("春", "夏").toArray(String[]::new)));
        try {
            Stream<Integer> s = nums.stream();
            s.count();
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("流只能消费一次: " + e.getMessage());
        }
    }
}
