import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

// 通过 Collection/Set/Deque 接口类型调用 forEach
public class Main {
    static int total = 0;

    static void printAll(String label, Collection<String> items) {
        StringBuilder sb = new StringBuilder(label).append(":");
        items.forEach(s -> sb.append(' ').append(s));
        System.out.println(sb);
    }

    static void sum(Collection<Integer> numbers) {
        numbers.forEach(n -> total += n);
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>(List.of("北京", "上海", "深圳"));
        Set<String> set = new TreeSet<>(Set.of("乙", "甲", "丙"));
        Set<String> linked = new LinkedHashSet<>(List.of("第三", "第一", "第二"));
        Deque<String> deque = new ArrayDeque<>();
        deque.addLast("尾");
        deque.addFirst("头");
        printAll("列表", list);
        printAll("有序集合", set);
        printAll("插入顺序集合", linked);
        printAll("双端队列", deque);
        set.forEach(s -> System.out.println("集合元素 " + s + " 长度 " + s.length()));
        deque.forEach(System.out::println);
        sum(new TreeSet<>(List.of(5, 3, 9)));
        sum(new ArrayList<>(List.of(1, 2)));
        System.out.println("总和 " + total);
    }
}
