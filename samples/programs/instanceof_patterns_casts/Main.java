import java.util.ArrayList;
import java.util.List;

// instanceof 模式匹配、强制类型转换、ClassCastException
public class Main {
    static class Animal {
        String sound() {
            return "...";
        }
    }

    static class Dog extends Animal {
        @Override
        String sound() {
            return "汪";
        }

        void fetch() {
            System.out.println("  狗狗去捡球");
        }
    }

    static class Cat extends Animal {
        @Override
        String sound() {
            return "喵";
        }
    }

    static String describe(Object o) {
        if (o instanceof Integer i && i > 100) {
            return "大整数 " + i;
        } else if (o instanceof Integer i) {
            return "整数 " + (i * 2);
        } else if (o instanceof String s && !s.isEmpty()) {
            return "字符串 长度" + s.length() + " 首字 " + s.charAt(0);
        } else if (o instanceof String) {
            return "空字符串";
        } else if (o instanceof int[] arr) {
            return "int 数组 长度" + arr.length;
        } else if (o instanceof List<?> list) {
            return "列表 大小" + list.size();
        } else if (!(o instanceof Animal a)) {
            return "其它: " + o;
        } else {
            return "动物 叫声" + a.sound();
        }
    }

    public static void main(String[] args) {
        Object[] things = {42, 1000, "迁移", "", new int[]{1, 2}, List.of("a"), new Dog(), new Cat(), 3.5, null, 'c'};
        for (Object o : things) {
            System.out.println(describe(o));
        }
        Animal a = new Dog();
        if (a instanceof Dog d) {
            d.fetch();
        }
        Animal c = new Cat();
        try {
            Dog wrong = (Dog) c;
            wrong.fetch();
        } catch (ClassCastException e) {
            System.out.println("ClassCastException 捕获: Cat 不能转 Dog");
        }
        Object s = "字符串";
        try {
            Integer n = (Integer) s;
            System.out.println(n);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: String 不能转 Integer");
        }
        Object nul = null;
        Dog fromNull = (Dog) nul;
        System.out.println("null 强转不抛异常: " + fromNull);
        System.out.println("null instanceof Object: " + (nul instanceof Object));
        List<Object> raw = new ArrayList<>();
        raw.add("文字");
        raw.add(7);
        @SuppressWarnings("unchecked")
        List<String> strings = (List<String>) (List<?>) raw;
        System.out.println("泛型擦除后转换不检查, size=" + strings.size());
        try {
            String second = strings.get(1);
            System.out.println(second);
        } catch (ClassCastException e) {
            System.out.println("取出时才抛 ClassCastException");
        }
        Object[] objs = new String[2];
        try {
            objs[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        double dd = 3.99;
        int truncated = (int) dd;
        long rounded = Math.round(dd);
        System.out.println("数值转换: " + truncated + " " + rounded + " " + (char) 26085 + " " + (short) 65535);
        Number num = 3;
        System.out.println("Number 转 double: " + num.doubleValue() + " 类名: " + num.getClass().getName());
        Animal[] zoo = {new Dog(), new Cat(), new Animal()};
        int dogs = 0;
        for (Animal z : zoo) {
            if (z instanceof Dog) dogs++;
            System.out.print(z.sound() + " ");
        }
        System.out.println();
        System.out.println("狗的数量: " + dogs);
        System.out.println("Dog.class.isInstance(a): " + Dog.class.isInstance(a) + " Cat.class.cast(c) ok: " + (Cat.class.cast(c) != null));
        System.out.println("getSimpleName: " + a.getClass().getSimpleName() + " 父类: " + a.getClass().getSuperclass().getSimpleName());
    }
}
