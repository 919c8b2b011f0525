import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

// 经由 Object 的强制转换：集合接口的检查转换与 ClassCastException
public class Main {
    static Object box(Object o) {
        return o;
    }

    @SuppressWarnings("unchecked")
    static String describe(Object o) {
        try {
            List<String> l = (List<String>) o;
            return "列表 " + l.size();
        } catch (ClassCastException e) {
            try {
                Map<String, Integer> m = (Map<String, Integer>) o;
                return "映射 " + m.size();
            } catch (ClassCastException e2) {
                return "既不是列表也不是映射";
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("张三", "李四"));
        Map<String, Integer> stock = new HashMap<>();
        stock.put("苹果", 3);
        Set<Integer> ids = new TreeSet<>(List.of(3, 1, 2));

        System.out.println(describe(names));
        System.out.println(describe(stock));
        System.out.println(describe("字符串"));
        System.out.println(describe(42));

        Collection<Integer> c = (Collection<Integer>) box(ids);
        System.out.println("集合 " + c + " 大小 " + c.size());
        try {
            Set<String> notSet = (Set<String>) (Object) names;
            System.out.println("不应到达 " + notSet.size());
        } catch (ClassCastException e) {
            System.out.println("列表不是 Set: ClassCastException");
        }
        try {
            List<String> fromText = (List<String>) (Object) "文本";
            System.out.println("不应到达 " + fromText.size());
        } catch (ClassCastException e) {
            System.out.println("字符串不是 List: ClassCastException");
        }
        Object nothing = null;
        List<String> nullList = (List<String>) nothing;
        System.out.println("null 转换为 List: " + nullList);
        Integer n = (Integer) (Object) 7;
        Number num = (Number) (Object) 2.5;
        String s = (String) box("你好");
        System.out.println(n + " " + num + " " + s + " " + s.length());
    }
}
