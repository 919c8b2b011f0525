import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

// List.of/Set.of/Map.of 的不可变性、拒绝 null、重复元素、copyOf
public class Main {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": 成功");
        } catch (UnsupportedOperationException e) {
            System.out.println(label + ": UnsupportedOperationException");
        } catch (NullPointerException e) {
            System.out.println(label + ": NullPointerException");
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": IllegalArgumentException " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> list = List.of("订单", "库存", "支付");
        System.out.println("List.of=" + list + " get(1)=" + list.get(1) + " indexOf(支付)=" + list.indexOf("支付"));
        attempt("List.of add", () -> list.add("物流"));
        attempt("List.of set", () -> list.set(0, "x"));
        attempt("List.of remove", () -> list.remove(0));
        attempt("List.of clear(空列表也抛)", () -> List.of().clear());
        attempt("List.of sort", () -> new ArrayList<>(list).sort(null));
        attempt("List.of 含 null", () -> List.of("a", null));
        attempt("List.of contains(null)", () -> List.of("a").contains(null));
        attempt("Set.of 重复", () -> Set.of("a", "a"));
        attempt("Map.of 重复键", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null 值", () -> Map.of("k", null));
        Set<Integer> set = Set.of(5, 3, 8);
        System.out.println("Set.of 排序后=" + new TreeSet<>(set) + " contains(3)=" + set.contains(3) + " size=" + set.size());
        Map<String, Integer> map = Map.of("一", 1, "二", 2, "三", 3);
        System.out.println("Map.of 排序后=" + new TreeMap<>(map) + " get(二)=" + map.get("二") + " getOrDefault=" + map.getOrDefault("四", 0));
        attempt("Map.of put", () -> map.put("四", 4));
        attempt("Map.of merge", () -> map.merge("一", 1, Integer::sum));
        Map<String, Integer> entries = Map.ofEntries(Map.entry("甲", 10), Map.entry("乙", 20));
        System.out.println("Map.ofEntries=" + new TreeMap<>(entries));
        List<String> mutable = new ArrayList<>(List.of("x", "y"));
        List<String> copy = List.copyOf(mutable);
        mutable.add("z");
        System.out.println("copyOf 是快照: mutable=" + mutable + " copy=" + copy);
        System.out.println("copyOf 不可变列表返回同一实例: " + (List.copyOf(list) == list));
        List<List<Integer>> nested = List.of(new ArrayList<>(List.of(1)), List.of(2));
        nested.get(0).add(99);
        System.out.println("浅不可变: " + nested);
        System.out.println("List.of equals ArrayList: " + list.equals(new ArrayList<>(list)) + " hashCode 相同: " + (list.hashCode() == new ArrayList<>(list).hashCode()));
        var unmodifiable = java.util.stream.Stream.of(3, 1, 2).toList();
        attempt("Stream.toList add", () -> unmodifiable.add(4));
        System.out.println("Stream.toList=" + unmodifiable);
        Map.Entry<String, Integer> e = Map.entry("键", 1);
        attempt("Map.entry setValue", () -> e.setValue(2));
        System.out.println("Map.entry=" + e + " key=" + e.getKey());
        List<Integer> sub = List.of(1, 2, 3, 4).subList(1, 3);
        System.out.println("subList=" + sub);
        attempt("subList add", () -> sub.add(5));
    }
}
