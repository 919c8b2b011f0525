// 旧式 switch 贯穿、箭头 switch、switch 表达式与 yield、int/char/enum/String 上的 switch
public class Main {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String fallThrough(int n) {
        StringBuilder sb = new StringBuilder();
        switch (n) {
            case 1:
                sb.append("一");
            case 2:
                sb.append("二");
            case 3:
                sb.append("三");
                break;
            case 4: {
                sb.append("四");
            }
            default:
                sb.append("默认");
            case 5:
                sb.append("五");
        }
        return sb.toString();
    }

    static int daysIn(int month, boolean leap) {
        return switch (month) {
            case 2 -> leap ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            default -> throw new IllegalArgumentException("非法月份: " + month);
        };
    }

    static String dayType(Day d) {
        return switch (d) {
            case SAT, SUN -> "周末";
            case FRI -> {
                String s = "快到周末";
                yield s + "了";
            }
            default -> "工作日";
        };
    }

    static int charScore(char c) {
        int score;
        switch (c) {
            case 'a', 'e' -> score = 1;
            case '中' -> score = 100;
            default -> {
                if (Character.isDigit(c)) score = c - '0';
                else score = -1;
            }
        }
        return score;
    }

    static String oldStyleYield(String s) {
        return switch (s) {
            case "甲":
                System.out.println("  (甲 分支贯穿到 乙)");
            case "乙":
                yield "甲或乙";
            default:
                yield "其它";
        };
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 6; i++) {
            System.out.println("fallThrough(" + i + ") = " + fallThrough(i));
        }
        for (int m = 1; m <= 12; m += 1) {
            System.out.print(daysIn(m, false) + (m < 12 ? "," : "\n"));
        }
        System.out.println("闰年二月: " + daysIn(2, true));
        try {
            daysIn(13, false);
        } catch (IllegalArgumentException e) {
            System.out.println("异常: " + e.getMessage());
        }
        for (Day d : Day.values()) {
            System.out.print(d + "=" + dayType(d) + " ");
        }
        System.out.println();
        for (char c : "ae中7x".toCharArray()) {
            System.out.print(c + ":" + charScore(c) + " ");
        }
        System.out.println();
        System.out.println(oldStyleYield("甲"));
        System.out.println(oldStyleYield("乙"));
        System.out.println(oldStyleYield("丙"));
        long big = 3;
        int narrowed = switch ((int) big) {
            case 3 -> 'x';
            default -> 0;
        };
        System.out.println("switch 表达式结果为 int: " + narrowed);
        Object o = switch (2) {
            case 1 -> "字符串";
            case 2 -> 2.5;
            default -> 'c';
        };
        System.out.println("混合类型 switch 表达式: " + o + " " + o.getClass().getSimpleName());
        double promoted = switch (1) {
            case 1 -> 1;
            default -> 2.5;
        };
        System.out.println("数值提升: " + promoted);
        byte b = 2;
        switch (b) {
            case 1:
                System.out.println("byte 1");
                break;
            case 2:
                System.out.println("byte 2");
                break;
        }
        Integer boxed = 3;
        switch (boxed) {
            case 3 -> System.out.println("Integer 拆箱 switch: 3");
            default -> System.out.println("其它");
        }
        final int K = 10;
        switch (10) {
            case K -> System.out.println("常量表达式 case: K");
            case K + 1 -> System.out.println("K+1");
            default -> System.out.println("默认");
        }
        int nested = 0;
        for (int i = 0; i < 5; i++) {
            switch (i % 3) {
                case 0:
                    continue;
                case 1:
                    nested += 10;
                    break;
                default:
                    nested += 1;
            }
            nested += 100;
        }
        System.out.println("switch 内 continue/break: " + nested);
    }
}
