import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

// 以 switch 表达式为主的计算器：词法分析、调度场算法转后缀、后缀求值（long 溢出检测）、中文运算符别名、单位换算
public class Main {
    enum Kind { NUM, OP, LPAREN, RPAREN }

    record Token(Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static String normalize(char c) {
        return switch (c) {
            case '＋', '加' -> "+";
            case '－', '减' -> "-";
            case '×', '*', '乘' -> "*";
            case '÷', '/', '除' -> "/";
            case '％', '%' -> "%";
            case '^' -> "^";
            case '（', '(' -> "(";
            case '）', ')' -> ")";
            default -> String.valueOf(c);
        };
    }

    static List<Token> lex(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < src.length() && Character.isDigit(src.charAt(j))) j++;
                out.add(new Token(Kind.NUM, src.substring(i, j)));
                i = j;
                continue;
            }
            String n = normalize(c);
            Kind k = switch (n) {
                case "+", "-", "*", "/", "%", "^" -> Kind.OP;
                case "(" -> Kind.LPAREN;
                case ")" -> Kind.RPAREN;
                default -> throw new IllegalArgumentException("未知字符 '" + c + "' 位于 " + i);
            };
            if (k == Kind.OP && n.equals("-") && (out.isEmpty() || out.get(out.size() - 1).kind() == Kind.OP || out.get(out.size() - 1).kind() == Kind.LPAREN)) {
                out.add(new Token(Kind.NUM, "0"));
            }
            out.add(new Token(k, n));
            i++;
        }
        return out;
    }

    static int precedence(String op) {
        return switch (op) {
            case "+", "-" -> 1;
            case "*", "/", "%" -> 2;
            case "^" -> 3;
            default -> throw new IllegalStateException("不是运算符: " + op);
        };
    }

    static List<Token> toPostfix(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        Deque<Token> ops = new ArrayDeque<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case NUM -> out.add(t);
                case OP -> {
                    while (!ops.isEmpty() && ops.peek().kind() == Kind.OP) {
                        int p1 = precedence(t.text()), p2 = precedence(ops.peek().text());
                        boolean rightAssoc = t.text().equals("^");
                        if (p2 > p1 || (p2 == p1 && !rightAssoc)) out.add(ops.pop());
                        else break;
                    }
                    ops.push(t);
                }
                case LPAREN -> ops.push(t);
                case RPAREN -> {
                    while (!ops.isEmpty() && ops.peek().kind() != Kind.LPAREN) out.add(ops.pop());
                    if (ops.isEmpty()) throw new IllegalArgumentException("括号不匹配: 多余的 )");
                    ops.pop();
                }
            }
        }
        while (!ops.isEmpty()) {
            Token t = ops.pop();
            if (t.kind() == Kind.LPAREN) throw new IllegalArgumentException("括号不匹配: 缺少 )");
            out.add(t);
        }
        return out;
    }

    static long eval(List<Token> postfix) {
        Deque<Long> st = new ArrayDeque<>();
        for (Token t : postfix) {
            if (t.kind() == Kind.NUM) {
                st.push(Long.parseLong(t.text()));
                continue;
            }
            if (st.size() < 2) throw new IllegalArgumentException("操作数不足: " + t.text());
            long b = st.pop(), a = st.pop();
            long r = switch (t.text()) {
                case "+" -> Math.addExact(a, b);
                case "-" -> Math.subtractExact(a, b);
                case "*" -> Math.multiplyExact(a, b);
                case "/" -> {
                    if (b == 0) throw new ArithmeticException("除数为零");
                    yield Math.floorDiv(a, b);
                }
                case "%" -> a % b;
                case "^" -> {
                    if (b < 0) throw new ArithmeticException("负指数: " + b);
                    long acc = 1;
                    for (long k = 0; k < b; k++) acc = Math.multiplyExact(acc, a);
                    yield acc;
                }
                default -> throw new IllegalStateException(t.text());
            };
            st.push(r);
        }
        if (st.size() != 1) throw new IllegalArgumentException("表达式不完整, 栈中剩余 " + st.size());
        return st.pop();
    }

    static String unit(double value, String from) {
        double meters = switch (from) {
            case "公里", "km" -> value * 1000;
            case "米", "m" -> value;
            case "厘米", "cm" -> value / 100;
            case "里" -> value * 500;
            case "英里", "mile" -> value * 1609.344;
            case "尺" -> value / 3;
            default -> Double.NaN;
        };
        String size = Double.isNaN(meters) ? "未知单位" : meters >= 1000 ? "远" : meters >= 1 ? "中" : "近";
        return String.format("%s%s = %.3f 米 [%s]", value, from, meters, size);
    }

    public static void main(String[] args) {
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7", "-7 / 2", "-7 % 3", "10 减 4 减 3",
                "（3 加 4）乘 5 除 2", "2 ^ 62 + 2 ^ 62", "2 ^ 63", "9223372036854775807 + 1", "1 / (3 - 3)",
                "((2)", "2 + * 3", "7 & 3", "-(-(-5))", "2 × (3 ＋ 4) － 1", "0 - 9223372036854775807 - 1", "5 2"};
        for (String in : inputs) {
            try {
                List<Token> tokens = lex(in);
                List<Token> post = toPostfix(tokens);
                long v = eval(post);
                System.out.println(in + " => 后缀 " + post + " = " + v);
            } catch (ArithmeticException e) {
                System.out.println(in + " => 算术错误: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println(in + " => 语法错误: " + e.getMessage());
            }
        }
        System.out.println("== 单位换算 ==");
        String[][] conv = {{"3.5", "公里"}, {"42", "cm"}, {"1", "mile"}, {"10", "里"}, {"6", "尺"}, {"2", "光年"}, {"-1.5", "m"}};
        for (String[] c : conv) System.out.println(unit(Double.parseDouble(c[0]), c[1]));
        System.out.println("== 成绩等级 ==");
        int[] scores = {100, 95, 90, 89, 75, 60, 59, 0, -1, 101};
        for (int s : scores) {
            String grade = switch (s < 0 || s > 100 ? -1 : s / 10) {
                case 10, 9 -> "优";
                case 8 -> "良";
                case 7, 6 -> {
                    String g = s >= 75 ? "中上" : "及格";
                    yield g;
                }
                case -1 -> "无效";
                default -> "不及格";
            };
            System.out.print(s + ":" + grade + " ");
        }
        System.out.println();
    }
}
