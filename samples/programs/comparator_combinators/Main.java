import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

// Comparator.comparing/thenComparing/reversed/nullsFirst/nullsLast/comparingInt
public class Main {
    record Employee(String name, String dept, int age, Double salary) {}

    static void show(String title, List<Employee> list, Comparator<Employee> cmp) {
        List<Employee> copy = new ArrayList<>(list);
        copy.sort(cmp);
        StringBuilder sb = new StringBuilder(title).append(": ");
        for (Employee e : copy) {
            sb.append(e.name()).append('(').append(e.dept()).append(',').append(e.age()).append(',').append(e.salary()).append(") ");
        }
        System.out.println(sb.toString().trim());
    }

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("张伟", "研发", 30, 25000.0),
                new Employee("王芳", "市场", 28, 18000.0),
                new Employee("李娜", "研发", 25, 22000.0),
                new Employee("刘洋", "财务", 35, null),
                new Employee("陈静", "市场", 28, 21000.0),
                new Employee("Alice", "研发", 30, 30000.0),
                new Employee("bob", "财务", 41, 15000.0));
        show("按年龄", staff, Comparator.comparingInt(Employee::age));
        show("按年龄逆序", staff, Comparator.comparingInt(Employee::age).reversed());
        show("按部门再按年龄", staff, Comparator.comparing(Employee::dept).thenComparingInt(Employee::age));
        show("按部门再按年龄逆序再按姓名", staff, Comparator.comparing(Employee::dept)
                .thenComparing(Employee::age, Comparator.reverseOrder())
                .thenComparing(Employee::name));
        show("薪水 nullsFirst", staff, Comparator.comparing(Employee::salary, Comparator.nullsFirst(Comparator.naturalOrder())));
        show("薪水 nullsLast 逆序", staff, Comparator.comparing(Employee::salary, Comparator.nullsLast(Comparator.<Double>reverseOrder())));
        show("姓名忽略大小写", staff, Comparator.comparing(Employee::name, String.CASE_INSENSITIVE_ORDER));
        show("姓名长度再自然序", staff, Comparator.comparing((Employee e) -> e.name().length()).thenComparing(Employee::name));
        Comparator<Employee> byDept = Comparator.comparing(Employee::dept);
        show("(部门,姓名).reversed 整体反转", staff, byDept.thenComparing(Employee::name).reversed());
        List<String> withNulls = new ArrayList<>(Arrays.asList("香蕉", null, "apple", null, "Cherry"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst 字符串: " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>naturalOrder().reversed()));
        System.out.println("nullsLast 逆序: " + withNulls);
        try {
            new ArrayList<>(Arrays.asList("a", null)).sort(Comparator.naturalOrder());
        } catch (NullPointerException e) {
            System.out.println("naturalOrder 遇 null -> NPE");
        }
        Comparator<String> byLastChar = Comparator.comparing(s -> s.charAt(s.length() - 1));
        List<String> cities = new ArrayList<>(List.of("北京", "南京", "东京", "西安", "长安"));
        cities.sort(byLastChar.thenComparing(Comparator.naturalOrder()));
        System.out.println("按末字再自然序: " + cities);
        System.out.println("compare 结果: " + Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2));
        Comparator<int[]> byFirstThenSecond = Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]);
        int[][] pts = {{2, 1}, {1, 5}, {2, 9}, {1, 3}};
        Arrays.sort(pts, byFirstThenSecond);
        System.out.println("int[] 排序: " + Arrays.deepToString(pts));
        System.out.println("max by salary: " + staff.stream().filter(e -> e.salary() != null).max(Comparator.comparingDouble(Employee::salary)).map(Employee::name).orElse("无"));
        System.out.println("min by (age,name): " + staff.stream().min(Comparator.comparingInt(Employee::age).thenComparing(Employee::name)).get().name());
    }
}
