import java.util.ArrayList;
import java.util.List;

// StringBuilder + String.format 生成报表：%-10s|%8.2f 对齐、千分位、百分比、负数括号、截断 %.5s、合计行、ASCII 条形图
public class Main {
    record Row(String region, String product, double revenue, double cost, int units) {
        double margin() {
            return revenue == 0 ? 0 : (revenue - cost) / revenue;
        }
    }

    static String line(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    public static void main(String[] args) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("华东", "笔记本电脑", 1_234_567.891, 987_654.321, 1523));
        rows.add(new Row("华北", "手机", 998_877.5, 1_100_000.0, 4410));
        rows.add(new Row("华南", "耳机", 45_678.005, 12_345.675, 987));
        rows.add(new Row("West", "Tablet", 0.0, 150.25, 0));
        rows.add(new Row("西南地区分公司", "超长的商品名称用于截断测试", 0.125, 0.135, 1));
        rows.add(new Row("东北", "键盘", -250.5, 100.0, -3));

        StringBuilder sb = new StringBuilder();
        String header = String.format("%-10s|%-8s|%14s|%14s|%8s|%7s", "区域", "商品", "收入", "成本", "毛利率", "数量");
        sb.append(header).append('\n');
        sb.append(line('-', 10)).append('+').append(line('-', 8)).append('+').append(line('-', 14)).append('+')
                .append(line('-', 14)).append('+').append(line('-', 8)).append('+').append(line('-', 7)).append('\n');
        double totalRev = 0, totalCost = 0;
        int totalUnits = 0;
        for (Row r : rows) {
            sb.append(String.format("%-10.10s|%-8.5s|%,14.2f|%,14.2f|%7.1f%%|%,7d%n", r.region(), r.product(), r.revenue(), r.cost(), r.margin() * 100, r.units()));
            totalRev += r.revenue();
            totalCost += r.cost();
            totalUnits += r.units();
        }
        sb.append(line('=', 66)).append('\n');
        sb.append(String.format("%-10s|%-8s|%,14.2f|%,14.2f|%7.1f%%|%,7d%n", "合计", "", totalRev, totalCost, (totalRev - totalCost) / totalRev * 100, totalUnits));
        System.out.print(sb);

        System.out.println();
        System.out.println("== 简单 %-10s|%8.2f ==");
        String[] names = {"苹果", "Banana", "荔枝🍒", "", "很长很长很长的名字啊", "a"};
        double[] prices = {5.5, 1234.567, -0.005, 0.005, 99999.999, -12.345};
        for (int i = 0; i < names.length; i++) {
            System.out.println(String.format("%-10s|%8.2f|", names[i], prices[i]));
        }
        System.out.println("== 负数括号与符号 ==");
        for (double v : new double[]{1234.5, -1234.5, 0.0, -0.0}) {
            System.out.println(String.format("[%(,.2f] [%+.1f] [% .3f] [%010.2f] [%-10.1f]", v, v, v, v, v));
        }
        System.out.println("== 整数格式 ==");
        for (long v : new long[]{0, 42, -42, 1_000_000, Long.MAX_VALUE, Integer.MIN_VALUE}) {
            System.out.println(String.format("[%,d] [%+d] [%08d] [%-8d] [%x] [%o]", v, v, v, v, v, v));
        }
        System.out.println("== 条形图 ==");
        double max = 0;
        for (Row r : rows) max = Math.max(max, r.revenue());
        for (Row r : rows) {
            int len = (int) Math.round(Math.max(0, r.revenue()) / max * 30);
            sb.setLength(0);
            sb.append(String.format("%-6.6s ", r.region()));
            sb.append("▇".repeat(len));
            if (len == 0) sb.append('·');
            sb.append(String.format(" %.1f%%", Math.max(0, r.revenue()) / max * 100));
            System.out.println(sb);
        }
        System.out.println("== 居中 ==");
        for (String t : new String[]{"报表", "季度汇总", "Q3", "年度经营分析报告"}) {
            int width = 20;
            int pad = Math.max(0, width - t.length());
            String centered = " ".repeat(pad / 2) + t + " ".repeat(pad - pad / 2);
            System.out.println("|" + centered + "|");
        }
        StringBuilder csv = new StringBuilder();
        for (Row r : rows) {
            if (csv.length() > 0) csv.append(';');
            csv.append(r.region()).append('=').append(String.format("%.0f", r.revenue()));
        }
        csv.insert(0, "[").append("]");
        System.out.println(csv);
        System.out.println("%.0f 的舍入: " + String.format("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, -1.5));
        System.out.println("%.2f 的舍入: " + String.format("%.2f %.2f %.2f %.2f", 1.005, 2.675, 1.115, -1.005));
        System.out.println("%s 与 %10.3s: [" + String.format("%s", 3.0) + "] [" + String.format("%10.3s", "汉字字符串") + "]");
    }
}
