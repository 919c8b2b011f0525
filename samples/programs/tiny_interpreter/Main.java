import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// 一个小型解释器：词法分析、递归下降解析、AST 求值，支持变量、if/while、print 与中文标识符
public class Main {
    enum Kind { NUM, IDENT, STR, OP, LPAREN, RPAREN, LBRACE, RBRACE, SEMI, KEYWORD, EOF }

    record Token(Kind kind, String text, int pos) {
        @Override
        public String toString() {
            return kind + "(" + text + ")";
        }
    }

    static final class Lexer {
        private final String src;
        private int i;

        Lexer(String src) {
            this.src = src;
        }

        List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            while (true) {
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
                if (i >= src.length()) {
                    out.add(new Token(Kind.EOF, "", i));
                    return out;
                }
                char c = src.charAt(i);
                int start = i;
                if (Character.isDigit(c)) {
                    while (i < src.length() && Character.isDigit(src.charAt(i))) i++;
                    out.add(new Token(Kind.NUM, src.substring(start, i), start));
                } else if (Character.isLetter(c) || c == '_') {
                    while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
                    String word = src.substring(start, i);
                    boolean kw = word.equals("if") || word.equals("else") || word.equals("while") || word.equals("print") || word.equals("let");
                    out.add(new Token(kw ? Kind.KEYWORD : Kind.IDENT, word, start));
                } else if (c == '"') {
                    i++;
                    StringBuilder sb = new StringBuilder();
                    while (src.charAt(i) != '"') sb.append(src.charAt(i++));
                    i++;
                    out.add(new Token(Kind.STR, sb.toString(), start));
                } else if ("+-*/%<>=!".indexOf(c) >= 0) {
                    i++;
                    if (i < src.length() && src.charAt(i) == '=') i++;
                    out.add(new Token(Kind.OP, src.substring(start, i), start));
                } else {
                    i++;
                    Kind k = switch (c) {
                        case '(' -> Kind.LPAREN;
                        case ')' -> Kind.RPAREN;
                        case '{' -> Kind.LBRACE;
                        case '}' -> Kind.RBRACE;
                        case ';' -> Kind.SEMI;
                        default -> throw new IllegalArgumentException("位置 " + start + " 处的非法字符: '" + c + "'");
                    };
                    out.add(new Token(k, String.valueOf(c), start));
                }
            }
        }
    }

    sealed interface Node permits Num, Str, Var, Bin, Assign, Print, If, While, Block {}

    record Num(long v) implements Node {}

    record Str(String s) implements Node {}

    record Var(String name) implements Node {}

    record Bin(String op, Node l, Node r) implements Node {}

    record Assign(String name, Node value) implements Node {}

    record Print(Node value) implements Node {}

    record If(Node cond, Node then, Node otherwise) implements Node {}

    record While(Node cond, Node body) implements Node {}

    record Block(List<Node> stmts) implements Node {}

    static final class Parser {
        private final List<Token> toks;
        private int p;

        Parser(List<Token> toks) {
            this.toks = toks;
        }

        private Token peek() {
            return toks.get(p);
        }

        private boolean accept(Kind k, String text) {
            Token t = peek();
            if (t.kind() == k && (text == null || t.text().equals(text))) {
                p++;
                return true;
            }
            return false;
        }

        private Token expect(Kind k, String text) {
            Token t = peek();
            if (!accept(k, text)) throw new IllegalStateException("语法错误: 期望 " + (text != null ? text : k) + " 实际 " + t + " 位置 " + t.pos());
            return t;
        }

        Block program() {
            List<Node> stmts = new ArrayList<>();
            while (peek().kind() != Kind.EOF) stmts.add(statement());
            return new Block(stmts);
        }

        Node statement() {
            if (accept(Kind.KEYWORD, "print")) {
                Node v = expr();
                expect(Kind.SEMI, null);
                return new Print(v);
            }
            if (accept(Kind.KEYWORD, "let")) {
                String name = expect(Kind.IDENT, null).text();
                expect(Kind.OP, "=");
                Node v = expr();
                expect(Kind.SEMI, null);
                return new Assign(name, v);
            }
            if (accept(Kind.KEYWORD, "if")) {
                expect(Kind.LPAREN, null);
                Node c = expr();
                expect(Kind.RPAREN, null);
                Node t = block();
                Node e = accept(Kind.KEYWORD, "else") ? block() : null;
                return new If(c, t, e);
            }
            if (accept(Kind.KEYWORD, "while")) {
                expect(Kind.LPAREN, null);
                Node c = expr();
                expect(Kind.RPAREN, null);
                return new While(c, block());
            }
            String name = expect(Kind.IDENT, null).text();
            expect(Kind.OP, "=");
            Node v = expr();
            expect(Kind.SEMI, null);
            return new Assign(name, v);
        }

        Node block() {
            expect(Kind.LBRACE, null);
            List<Node> stmts = new ArrayList<>();
            while (!accept(Kind.RBRACE, null)) stmts.add(statement());
            return new Block(stmts);
        }

        Node expr() {
            Node l = additive();
            while (peek().kind() == Kind.OP && List.of("<", ">", "<=", ">=", "==", "!=").contains(peek().text())) {
                String op = toks.get(p++).text();
                l = new Bin(op, l, additive());
            }
            return l;
        }

        Node additive() {
            Node l = term();
            while (peek().kind() == Kind.OP && (peek().text().equals("+") || peek().text().equals("-"))) {
                String op = toks.get(p++).text();
                l = new Bin(op, l, term());
            }
            return l;
        }

        Node term() {
            Node l = factor();
            while (peek().kind() == Kind.OP && "*/%".contains(peek().text())) {
                String op = toks.get(p++).text();
                l = new Bin(op, l, factor());
            }
            return l;
        }

        Node factor() {
            Token t = peek();
            if (accept(Kind.NUM, null)) return new Num(Long.parseLong(t.text()));
            if (accept(Kind.STR, null)) return new Str(t.text());
            if (accept(Kind.IDENT, null)) return new Var(t.text());
            if (accept(Kind.OP, "-")) return new Bin("-", new Num(0), factor());
            if (accept(Kind.LPAREN, null)) {
                Node e = expr();
                expect(Kind.RPAREN, null);
                return e;
            }
            throw new IllegalStateException("语法错误: 意外的 " + t + " 位置 " + t.pos());
        }
    }

    static final class Interpreter {
        final Map<String, Object> env = new HashMap<>();
        final StringBuilder out = new StringBuilder();
        int steps;

        Object eval(Node n) {
            if (++steps > 100_000) throw new IllegalStateException("执行步数超限");
            if (n instanceof Num num) return num.v();
            if (n instanceof Str s) return s.s();
            if (n instanceof Var v) {
                if (!env.containsKey(v.name())) throw new IllegalStateException("未定义的变量: " + v.name());
                return env.get(v.name());
            }
            if (n instanceof Assign a) {
                env.put(a.name(), eval(a.value()));
                return null;
            }
            if (n instanceof Print pr) {
                out.append(eval(pr.value())).append('\n');
                return null;
            }
            if (n instanceof Block b) {
                for (Node s : b.stmts()) eval(s);
                return null;
            }
            if (n instanceof If f) {
                if (truthy(eval(f.cond()))) eval(f.then());
                else if (f.otherwise() != null) eval(f.otherwise());
                return null;
            }
            if (n instanceof While w) {
                while (truthy(eval(w.cond()))) eval(w.body());
                return null;
            }
            Bin b = (Bin) n;
            Object l = eval(b.l()), r = eval(b.r());
            if (b.op().equals("+") && (l instanceof String || r instanceof String)) return String.valueOf(l) + r;
            long x = (Long) l, y = (Long) r;
            return switch (b.op()) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> {
                    if (y == 0) throw new ArithmeticException("除数为零");
                    yield x / y;
                }
                case "%" -> x % y;
                case "<" -> x < y ? 1L : 0L;
                case ">" -> x > y ? 1L : 0L;
                case "<=" -> x <= y ? 1L : 0L;
                case ">=" -> x >= y ? 1L : 0L;
                case "==" -> x == y ? 1L : 0L;
                case "!=" -> x != y ? 1L : 0L;
                default -> throw new IllegalStateException("未知运算符 " + b.op());
            };
        }

        static boolean truthy(Object o) {
            return o instanceof Long l ? l != 0 : o != null && !o.toString().isEmpty();
        }
    }

    static void run(String title, String src) {
        System.out.println("== " + title);
        try {
            List<Token> toks = new Lexer(src).tokens();
            Block prog = new Parser(toks).program();
            Interpreter in = new Interpreter();
            try {
                in.eval(prog);
            } finally {
                System.out.print(in.out);
            }
            System.out.println("(语句数 " + prog.stmts().size() + "，求值步数 " + in.steps + ")");
        } catch (RuntimeException e) {
            System.out.println("错误: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        run("算术与优先级", "print 1 + 2 * 3; print (1 + 2) * 3; print -7 / 2; print -7 % 3; print 10 - 2 - 3;");
        run("中文变量与循环", """
                let 总和 = 0;
                let i = 1;
                while (i <= 10) {
                    总和 = 总和 + i;
                    i = i + 1;
                }
                print "总和=" + 总和;
                """);
        run("斐波那契", """
                let a = 0; let b = 1; let n = 0;
                while (n < 15) { let t = a + b; a = b; b = t; n = n + 1; }
                print "fib(15)=" + a;
                """);
        run("FizzBuzz", """
                let k = 1;
                while (k <= 15) {
                    if (k % 15 == 0) { print "FizzBuzz"; } else {
                        if (k % 3 == 0) { print "Fizz"; } else {
                            if (k % 5 == 0) { print "Buzz"; } else { print k; }
                        }
                    }
                    k = k + 1;
                }
                """);
        run("语法错误", "let x = (1 + 2;");
        run("运行时错误", "let x = 5; print x; print y;");
        run("除零", "print 1; print 10 / (5 - 5);");
        run("非法字符", "let x = 3 @ 4;");
        run("词法输出", "print 0;");
        System.out.println(new Lexer("let 变量 = 42 >= 7;").tokens());
    }
}
