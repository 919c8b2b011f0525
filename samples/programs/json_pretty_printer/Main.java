import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// 迷你 JSON：解析器（对象/数组/字符串转义/数字/布尔/null）+ 美化打印 + 紧凑输出 + 路径查询
public class Main {
    static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            ws();
            if (i != s.length()) throw error("多余的字符");
            return v;
        }

        private RuntimeException error(String msg) {
            return new IllegalArgumentException(msg + " (位置 " + i + ")");
        }

        private void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
        }

        private Object value() {
            ws();
            if (i >= s.length()) throw error("意外结束");
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || Character.isDigit(c)) return number();
                    throw error("非法字符 '" + c + "'");
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) throw error("期望 " + word);
            i += word.length();
            return v;
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                String k = string();
                ws();
                if (s.charAt(i++) != ':') throw error("期望 ':'");
                m.put(k, value());
                ws();
                char c = s.charAt(i++);
                if (c == '}') return m;
                if (c != ',') throw error("期望 ',' 或 '}'");
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                ws();
                char c = s.charAt(i++);
                if (c == ']') return l;
                if (c != ',') throw error("期望 ',' 或 ']'");
            }
        }

        private String string() {
            if (s.charAt(i) != '"') throw error("期望字符串");
            i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case '"' -> sb.append('"');
                        case '\\' -> sb.append('\\');
                        case '/' -> sb.append('/');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> throw error("非法转义 \\" + e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private Number number() {
            int start = i;
            if (s.charAt(i) == '-') i++;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || ".eE+-".indexOf(s.charAt(i)) >= 0)) i++;
            String t = s.substring(start, i);
            if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
            long l = Long.parseLong(t);
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Number) (int) l : (Number) l;
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static void pretty(Object v, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int k = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(pad).append("  ").append(quote((String) e.getKey())).append(": ");
                pretty(e.getValue(), indent + 1, out);
                out.append(++k < m.size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean simple = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
            if (simple) {
                out.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) out.append(", ");
                    pretty(l.get(i), indent, out);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                out.append(pad).append("  ");
                pretty(l.get(i), indent + 1, out);
                out.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else if (v instanceof String s) {
            out.append(quote(s));
        } else {
            out.append(v);
        }
    }

    static String compact(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, val) -> sb.append(sb.length() > 1 ? "," : "").append(quote((String) k)).append(':').append(compact(val)));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) sb.append(sb.length() > 1 ? "," : "").append(compact(o));
            return sb.append(']').toString();
        }
        return v instanceof String s ? quote(s) : String.valueOf(v);
    }

    static Object path(Object root, String p) {
        Object cur = root;
        for (String part : p.split("\\.")) {
            if (cur instanceof Map<?, ?> m) cur = m.get(part);
            else if (cur instanceof List<?> l) cur = l.get(Integer.parseInt(part));
            else return null;
        }
        return cur;
    }

    public static void main(String[] args) {
        String src = "{\"服务\":\"order-service\",\"版本\":2,\"启用\":true,\"权重\":0.75,\"大数\":12345678901,"
                + "\"标签\":[\"核心\",\"交易\",\"\\u4e2d\\u6587\"],\"依赖\":[{\"名称\":\"库存\",\"协议\":\"dubbo\",\"超时\":3000},"
                + "{\"名称\":\"支付\",\"协议\":\"http\",\"重试\":null}],\"空对象\":{},\"空数组\":[],\"转义\":\"换行\\n制表\\t引号\\\"斜杠\\\\\","
                + "\"科学计数\":1.5e3,\"负数\":-42}";
        Object doc = new Parser(src).parse();
        StringBuilder out = new StringBuilder();
        pretty(doc, 0, out);
        System.out.println(out);
        System.out.println("紧凑: " + compact(doc));
        System.out.println("往返一致: " + compact(new Parser(compact(doc)).parse()).equals(compact(doc)));
        for (String p : new String[]{"服务", "依赖.0.名称", "依赖.1.重试", "标签.2", "大数", "权重", "不存在.x"}) {
            Object v = path(doc, p);
            System.out.println("路径 " + p + " = " + v + (v == null ? "" : " (" + v.getClass().getSimpleName() + ")"));
        }
        for (String bad : new String[]{"{\"a\":}", "[1,2", "{\"a\" 1}", "tru", "\"\\x\"", "[1] 2"}) {
            try {
                new Parser(bad).parse();
                System.out.println("意外成功: " + bad);
            } catch (IllegalArgumentException e) {
                System.out.println("解析 " + bad + " 失败: " + e.getMessage());
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("解析 " + bad + " 失败: 意外结束");
            }
        }
    }
}
