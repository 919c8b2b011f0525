import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// CSV 解析器：引号字段、转义双引号、字段内逗号与换行、空字段、错误行；解析后做销售汇总与格式化输出
public class Main {
    static class CsvException extends Exception {
        final int line;

        CsvException(int line, String msg) {
            super("第 " + line + " 行: " + msg);
            this.line = line;
        }
    }

    static List<List<String>> parse(String text) throws CsvException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldStarted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) throw new CsvException(line, "引号出现在字段中间 (列 " + (row.size() + 1) + ")");
                inQuotes = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r') {
                // 忽略 CR
            } else if (c == '\n') {
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (inQuotes) throw new CsvException(line, "引号未闭合");
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        String csv = "区域,商品,单价,数量,备注\r\n"
                + "华东,\"苹果, 红富士\",5.5,120,\"说明: \"\"特级\"\"\"\n"
                + "华北,香蕉,3.2,80,\n"
                + "华东,香蕉,3.0,200,\"多行\n备注\"\n"
                + "华南,荔枝,12.75,40,季节性\n"
                + ",空区域,1,1,\n"
                + "华北,苹果,6,0,\"\"\n"
                + "华南,\"芒果\",9.9,-3,退货\n"
                + "华东,葡萄 🍇,15.0,33,表情";
        List<List<String>> rows = parse(csv);
        System.out.println("行数(含表头): " + rows.size());
        List<String> header = rows.get(0);
        System.out.println("表头: " + header);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) sb.append(" | ");
                sb.append('[').append(row.get(c).replace("\n", "\\n")).append(']');
            }
            System.out.println(r + ": " + row.size() + " 列 " + sb);
        }

        Map<String, double[]> byRegion = new LinkedHashMap<>();
        Map<String, Integer> qtyByProduct = new LinkedHashMap<>();
        double grand = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String region = row.get(0).isEmpty() ? "(未知)" : row.get(0);
            double price = Double.parseDouble(row.get(2));
            int qty = Integer.parseInt(row.get(3));
            double amount = price * qty;
            grand += amount;
            double[] acc = byRegion.computeIfAbsent(region, k -> new double[2]);
            acc[0] += amount;
            acc[1] += qty;
            String product = row.get(1).split(",")[0].trim();
            qtyByProduct.merge(product, qty, Integer::sum);
        }
        System.out.println("== 区域汇总 ==");
        System.out.println(String.format("%-8s|%10s|%6s", "区域", "金额", "数量"));
        System.out.println("-".repeat(26));
        for (Map.Entry<String, double[]> e : byRegion.entrySet()) {
            System.out.println(String.format("%-8s|%10.2f|%6d", e.getKey(), e.getValue()[0], (int) e.getValue()[1]));
        }
        System.out.println(String.format("%-8s|%10.2f|", "合计", grand));
        System.out.println("按商品数量: " + qtyByProduct);

        System.out.println("== 重新输出为 CSV ==");
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) sb.append(',');
                sb.append(quote(row.get(c)));
            }
            System.out.println(sb.toString().replace("\n", "⏎"));
        }

        System.out.println("== 往返一致性 ==");
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            List<String> q = new ArrayList<>();
            for (String f : row) q.add(quote(f));
            out.append(String.join(",", q)).append('\n');
        }
        List<List<String>> again = parse(out.toString());
        System.out.println("重新解析相同? " + again.equals(rows));

        System.out.println("== 错误输入 ==");
        String[] bad = {"a,b\n\"未闭合,c", "x,y\nab\"c\",d", "ok,\"好\"\n1,2,3\n"};
        for (String b : bad) {
            try {
                List<List<String>> res = parse(b);
                System.out.println("解析成功: " + res + " 各行列数 " + res.stream().map(List::size).toList());
            } catch (CsvException e) {
                System.out.println("CsvException line=" + e.line + " msg=" + e.getMessage());
            }
        }
        System.out.println("空输入: " + parse("") + ", 只有逗号: " + parse(",") + ", 只有换行: " + parse("\n") + ", 空引号: " + parse("\"\""));
        System.out.println("split 对比: " + "a,,b,,".split(",").length + " 段 vs 解析 " + parse("a,,b,,").get(0).size() + " 段");
    }
}
