import java.util.ArrayList;
import java.util.List;

// 访问者模式：接口 + 双分派，购物车中不同商品类型的计价、计税、打印访问者，以及表达式树的求值/打印访问者
public class Main {
    interface ItemVisitor<R> {
        R visitBook(Book b);

        R visitFood(Food f);

        R visitGadget(Gadget g);
    }

    interface Item {
        <R> R accept(ItemVisitor<R> v);

        String title();
    }

    record Book(String title, long priceCents, boolean ebook) implements Item {
        public <R> R accept(ItemVisitor<R> v) {
            return v.visitBook(this);
        }
    }

    record Food(String title, long priceCents, double kg) implements Item {
        public <R> R accept(ItemVisitor<R> v) {
            return v.visitFood(this);
        }
    }

    record Gadget(String title, long priceCents, int warrantyYears) implements Item {
        public <R> R accept(ItemVisitor<R> v) {
            return v.visitGadget(this);
        }
    }

    static class TaxVisitor implements ItemVisitor<Long> {
        public Long visitBook(Book b) {
            return b.ebook() ? b.priceCents() * 6 / 100 : 0L;
        }

        public Long visitFood(Food f) {
            return Math.round(f.priceCents() * f.kg() * 0.09);
        }

        public Long visitGadget(Gadget g) {
            return g.priceCents() * 13 / 100;
        }
    }

    static class ShippingVisitor implements ItemVisitor<Long> {
        public Long visitBook(Book b) {
            return b.ebook() ? 0L : 500L;
        }

        public Long visitFood(Food f) {
            return 800L + (long) Math.ceil(f.kg()) * 200;
        }

        public Long visitGadget(Gadget g) {
            return g.priceCents() >= 100_000 ? 0L : 1200L;
        }
    }

    static class DescribeVisitor implements ItemVisitor<String> {
        public String visitBook(Book b) {
            return (b.ebook() ? "电子书《" : "纸质书《") + b.title() + "》";
        }

        public String visitFood(Food f) {
            return "食品 " + f.title() + " " + f.kg() + "kg";
        }

        public String visitGadget(Gadget g) {
            return "数码 " + g.title() + " 保修" + g.warrantyYears() + "年";
        }
    }

    static String yuan(long cents) {
        String sign = cents < 0 ? "-" : "";
        long a = Math.abs(cents);
        return sign + "¥" + a / 100 + "." + (a % 100 < 10 ? "0" : "") + a % 100;
    }

    interface Expr {
        <R> R accept(ExprVisitor<R> v);
    }

    interface ExprVisitor<R> {
        R num(Num n);

        R add(Add a);

        R mul(Mul m);

        R neg(Neg n);
    }

    record Num(int value) implements Expr {
        public <R> R accept(ExprVisitor<R> v) {
            return v.num(this);
        }
    }

    record Add(Expr l, Expr r) implements Expr {
        public <R> R accept(ExprVisitor<R> v) {
            return v.add(this);
        }
    }

    record Mul(Expr l, Expr r) implements Expr {
        public <R> R accept(ExprVisitor<R> v) {
            return v.mul(this);
        }
    }

    record Neg(Expr e) implements Expr {
        public <R> R accept(ExprVisitor<R> v) {
            return v.neg(this);
        }
    }

    static class Eval implements ExprVisitor<Integer> {
        int visits = 0;

        public Integer num(Num n) {
            visits++;
            return n.value();
        }

        public Integer add(Add a) {
            visits++;
            return a.l().accept(this) + a.r().accept(this);
        }

        public Integer mul(Mul m) {
            visits++;
            return m.l().accept(this) * m.r().accept(this);
        }

        public Integer neg(Neg n) {
            visits++;
            return -n.e().accept(this);
        }
    }

    static class Show implements ExprVisitor<String> {
        public String num(Num n) {
            return n.value() < 0 ? "(" + n.value() + ")" : String.valueOf(n.value());
        }

        public String add(Add a) {
            return "(" + a.l().accept(this) + " + " + a.r().accept(this) + ")";
        }

        public String mul(Mul m) {
            return m.l().accept(this) + " × " + m.r().accept(this);
        }

        public String neg(Neg n) {
            return "-" + n.e().accept(this);
        }
    }

    public static void main(String[] args) {
        List<Item> cart = new ArrayList<>();
        cart.add(new Book("三体", 9900, false));
        cart.add(new Book("Java 并发编程", 4500, true));
        cart.add(new Food("大米", 6000, 5.0));
        cart.add(new Food("茶叶", 25800, 0.25));
        cart.add(new Gadget("耳机", 89900, 1));
        cart.add(new Gadget("笔记本电脑", 699900, 2));
        cart.add(new Book("免费小册子", 0, true));
        TaxVisitor tax = new TaxVisitor();
        ShippingVisitor ship = new ShippingVisitor();
        DescribeVisitor desc = new DescribeVisitor();
        long sumPrice = 0, sumTax = 0, sumShip = 0;
        for (Item it : cart) {
            long t = it.accept(tax);
            long s = it.accept(ship);
            sumTax += t;
            sumShip += s;
            long price = it.accept(new ItemVisitor<Long>() {
                public Long visitBook(Book b) {
                    return b.priceCents();
                }

                public Long visitFood(Food f) {
                    return Math.round(f.priceCents() * f.kg());
                }

                public Long visitGadget(Gadget g) {
                    return g.priceCents();
                }
            });
            sumPrice += price;
            System.out.println(String.format("%-22s 价 %12s 税 %10s 运费 %8s", it.accept(desc), yuan(price), yuan(t), yuan(s)));
        }
        System.out.println("商品 " + yuan(sumPrice) + " 税 " + yuan(sumTax) + " 运费 " + yuan(sumShip) + " 合计 " + yuan(sumPrice + sumTax + sumShip));
        int[] kinds = new int[3];
        for (Item it : cart) {
            int k = it.accept(new ItemVisitor<Integer>() {
                public Integer visitBook(Book b) {
                    return 0;
                }

                public Integer visitFood(Food f) {
                    return 1;
                }

                public Integer visitGadget(Gadget g) {
                    return 2;
                }
            });
            kinds[k]++;
        }
        System.out.println("书 " + kinds[0] + " 食品 " + kinds[1] + " 数码 " + kinds[2]);
        System.out.println("record toString: " + cart.get(2));
        System.out.println("yuan 边界: " + yuan(0) + " " + yuan(5) + " " + yuan(-105) + " " + yuan(Long.MAX_VALUE));

        System.out.println("== 表达式访问者 ==");
        Expr[] exprs = {
                new Num(42),
                new Add(new Num(1), new Mul(new Num(2), new Num(3))),
                new Mul(new Add(new Num(1), new Num(2)), new Neg(new Num(-4))),
                new Neg(new Add(new Mul(new Num(100000), new Num(100000)), new Num(7))),
                new Add(new Num(Integer.MAX_VALUE), new Num(1)),
                new Neg(new Num(Integer.MIN_VALUE)),
                new Mul(new Num(-3), new Add(new Num(-2), new Neg(new Num(5)))),
                new Add(new Add(new Add(new Num(1), new Num(2)), new Num(3)), new Num(4)),
                new Mul(new Mul(new Num(65536), new Num(65536)), new Num(3))
        };
        for (Expr e : exprs) {
            Eval ev = new Eval();
            int v = e.accept(ev);
            System.out.println(e.accept(new Show()) + " = " + v + " (访问 " + ev.visits + " 个节点)");
        }
        System.out.println("结构相等: " + new Add(new Num(1), new Num(2)).equals(new Add(new Num(1), new Num(2))));
    }
}
