import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

// BigDecimal 金额：按人均分摊（余数分给前几人）、按比例分摊（最大余额法）、含税价拆分、折扣与满减、各种舍入模式、compareTo vs equals
public class Main {
    static List<BigDecimal> splitEvenly(BigDecimal total, int n) {
        BigDecimal cents = total.movePointRight(2);
        BigDecimal[] qr = cents.divideAndRemainder(BigDecimal.valueOf(n));
        int extra = qr[1].intValueExact();
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal share = qr[0].add(i < Math.abs(extra) ? BigDecimal.valueOf(Integer.signum(extra)) : BigDecimal.ZERO);
            out.add(share.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY));
        }
        return out;
    }

    static List<BigDecimal> splitByWeights(BigDecimal total, int[] weights) {
        int sumW = 0;
        for (int w : weights) sumW += w;
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal[] remainders = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            BigDecimal exact = total.multiply(BigDecimal.valueOf(weights[i])).divide(BigDecimal.valueOf(sumW), 10, RoundingMode.HALF_EVEN);
            BigDecimal floor = exact.setScale(2, RoundingMode.DOWN);
            remainders[i] = exact.subtract(floor);
            out.add(floor);
            allocated = allocated.add(floor);
        }
        BigDecimal left = total.subtract(allocated);
        BigDecimal cent = new BigDecimal("0.01");
        while (left.signum() > 0) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) if (remainders[i].compareTo(remainders[best]) > 0) best = i;
            out.set(best, out.get(best).add(cent));
            remainders[best] = BigDecimal.valueOf(-1);
            left = left.subtract(cent);
        }
        return out;
    }

    static BigDecimal sum(List<BigDecimal> xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal x : xs) s = s.add(x);
        return s;
    }

    public static void main(String[] args) {
        String[][] cases = {{"100.00", "3"}, {"0.01", "3"}, {"0.05", "7"}, {"1000", "6"}, {"-10.00", "3"}, {"99999999.99", "4"}, {"12.3", "1"}};
        for (String[] c : cases) {
            List<BigDecimal> parts = splitEvenly(new BigDecimal(c[0]), Integer.parseInt(c[1]));
            System.out.println(c[0] + " 平分 " + c[1] + " 人: " + parts + " 合计 " + sum(parts));
        }
        System.out.println("== 按权重分摊 ==");
        int[][] weights = {{1, 1, 1}, {50, 30, 20}, {1, 2}, {3, 3, 3, 1}, {0, 1, 0}};
        for (int[] w : weights) {
            BigDecimal total = new BigDecimal("100.00");
            List<BigDecimal> parts = splitByWeights(total, w);
            System.out.println(java.util.Arrays.toString(w) + " -> " + parts + " 合计 " + sum(parts));
        }
        List<BigDecimal> rent = splitByWeights(new BigDecimal("8888.88"), new int[]{25, 18, 12, 9});
        System.out.println("房租 8888.88 按面积 25/18/12/9: " + rent + " 合计 " + sum(rent));

        System.out.println("== 含税价拆分(税率 13%) ==");
        BigDecimal rate = new BigDecimal("0.13");
        for (String gross : new String[]{"113.00", "99.99", "0.01", "1.13", "10000.00"}) {
            BigDecimal g = new BigDecimal(gross);
            BigDecimal net = g.divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP);
            BigDecimal tax = g.subtract(net);
            System.out.println(String.format("含税 %10s = 不含税 %10s + 税 %8s", g.toPlainString(), net.toPlainString(), tax.toPlainString()));
        }

        System.out.println("== 折扣与满减 ==");
        BigDecimal[] carts = {new BigDecimal("299.99"), new BigDecimal("300.00"), new BigDecimal("1288.5"), new BigDecimal("49.9")};
        for (BigDecimal cart : carts) {
            BigDecimal afterDiscount = cart.multiply(new BigDecimal("0.88")).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal reduction = cart.compareTo(new BigDecimal("300")) >= 0 ? cart.divideToIntegralValue(new BigDecimal("300")).multiply(new BigDecimal("40")) : BigDecimal.ZERO;
            BigDecimal afterReduction = cart.subtract(reduction).setScale(2);
            String better = afterDiscount.compareTo(afterReduction) <= 0 ? "八八折" : "满减";
            System.out.println("购物车 " + cart + ": 八八折 " + afterDiscount + ", 满300减40 " + afterReduction + " (减 " + reduction.stripTrailingZeros().toPlainString() + ") → 选" + better);
        }

        System.out.println("== 舍入模式 ==");
        String[] values = {"2.345", "2.355", "-2.345", "2.3450001", "-0.005", "0.005"};
        StringBuilder head = new StringBuilder(String.format("%-10s", "值"));
        for (RoundingMode m : new RoundingMode[]{RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
            head.append(String.format("%-10s", m));
        }
        System.out.println(head);
        for (String v : values) {
            StringBuilder row = new StringBuilder(String.format("%-10s", v));
            for (RoundingMode m : new RoundingMode[]{RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
                row.append(String.format("%-10s", new BigDecimal(v).setScale(2, m)));
            }
            System.out.println(row);
        }
        try {
            new BigDecimal("2.345").setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY: " + e.getMessage());
        }
        System.out.println("== 比较 ==");
        BigDecimal a = new BigDecimal("1.0"), b = new BigDecimal("1.00");
        System.out.println("1.0 equals 1.00: " + a.equals(b) + ", compareTo: " + a.compareTo(b) + ", stripTrailingZeros equals: " + a.stripTrailingZeros().equals(b.stripTrailingZeros()));
        System.out.println("new BigDecimal(0.1) = " + new BigDecimal(0.1));
        System.out.println("BigDecimal.valueOf(0.1) = " + BigDecimal.valueOf(0.1) + ", valueOf(100, 2) = " + BigDecimal.valueOf(100, 2));
        System.out.println("1E+3 toString/plain/engineering: " + new BigDecimal("1E+3") + " / " + new BigDecimal("1E+3").toPlainString() + " / " + new BigDecimal("12E+4").toEngineeringString());
        System.out.println("100 stripTrailingZeros = " + new BigDecimal("100").stripTrailingZeros() + ", 0.000 stripTrailingZeros = " + new BigDecimal("0.000").stripTrailingZeros());
        System.out.println("scale/precision of 123.4500: " + new BigDecimal("123.4500").scale() + "/" + new BigDecimal("123.4500").precision()
                + ", 负 scale: " + new BigDecimal("1E+3").scale());
        BigDecimal acc = BigDecimal.ZERO;
        double dacc = 0;
        for (int i = 0; i < 10; i++) {
            acc = acc.add(new BigDecimal("0.1"));
            dacc += 0.1;
        }
        System.out.println("0.1 累加 10 次: BigDecimal " + acc + ", double " + dacc);
        System.out.println("1/3 保留 10 位 = " + BigDecimal.ONE.divide(new BigDecimal(3), 10, RoundingMode.HALF_UP) + ", 2/3 MathContext(5) = "
                + new BigDecimal(2).divide(new BigDecimal(3), new java.math.MathContext(5)));
    }
}
