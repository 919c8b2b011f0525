import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

// BigInteger 阶乘/幂/模运算，BigDecimal 精度、scale、setScale 与 RoundingMode
public class Main {
    static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
        return r;
    }

    public static void main(String[] args) {
        System.out.println("20! = " + factorial(20));
        System.out.println("21! = " + factorial(21) + " (超出 long)");
        System.out.println("50! = " + factorial(50));
        System.out.println("50! 位数 = " + factorial(50).toString().length() + " bitLength = " + factorial(50).bitLength());
        BigInteger two = BigInteger.TWO;
        System.out.println("2^100 = " + two.pow(100));
        System.out.println("2^100 mod 1e9+7 = " + two.modPow(BigInteger.valueOf(100), BigInteger.valueOf(1_000_000_007)));
        System.out.println("gcd = " + new BigInteger("123456789012345678901234567890").gcd(new BigInteger("9876543210")));
        BigInteger neg = new BigInteger("-17");
        System.out.println("-17 / 5 = " + neg.divide(BigInteger.valueOf(5)) + " rem = " + neg.remainder(BigInteger.valueOf(5)) + " mod = " + neg.mod(BigInteger.valueOf(5)));
        System.out.println("isProbablePrime(2^61-1) = " + two.pow(61).subtract(BigInteger.ONE).isProbablePrime(30));
        System.out.println("十六进制 = " + new BigInteger("ff00ff00ff00ff00ff", 16) + " toString(36) = " + factorial(25).toString(36));
        System.out.println("Long.MAX+1 = " + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        try {
            BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact 异常: " + e.getMessage());
        }
        System.out.println("longValue 截断 = " + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValue());
        System.out.println("shiftLeft/And = " + BigInteger.ONE.shiftLeft(70).or(BigInteger.TEN) + " " + BigInteger.valueOf(-1).shiftRight(3));
        System.out.println("compareTo/signum = " + neg.compareTo(BigInteger.ZERO) + " " + neg.signum() + " abs=" + neg.abs() + " negate=" + neg.negate());

        System.out.println("0.1 + 0.2 (BigDecimal 字符串) = " + new BigDecimal("0.1").add(new BigDecimal("0.2")));
        System.out.println("new BigDecimal(0.1) = " + new BigDecimal(0.1));
        System.out.println("BigDecimal.valueOf(0.1) = " + BigDecimal.valueOf(0.1));
        BigDecimal price = new BigDecimal("19.990");
        System.out.println("price=" + price + " scale=" + price.scale() + " precision=" + price.precision() + " unscaled=" + price.unscaledValue());
        System.out.println("stripTrailingZeros = " + price.stripTrailingZeros() + " 1E+3 = " + new BigDecimal("1000").stripTrailingZeros() + " plain=" + new BigDecimal("1000").stripTrailingZeros().toPlainString());
        System.out.println("equals 看 scale: " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " compareTo: " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")));
        String[] inputs = {"2.345", "2.355", "-2.345", "2.5", "-2.5", "1.005"};
        RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};
        for (String in : inputs) {
            StringBuilder sb = new StringBuilder(in + ":");
            for (RoundingMode m : modes) {
                int scale = in.contains("5") && in.length() > 4 ? 2 : 0;
                sb.append(' ').append(m.name()).append('=').append(new BigDecimal(in).setScale(scale, m));
            }
            System.out.println(sb);
        }
        try {
            new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY 异常: " + e.getMessage());
        }
        try {
            BigDecimal.ONE.divide(new BigDecimal("3"));
        } catch (ArithmeticException e) {
            System.out.println("无限小数异常: " + e.getMessage());
        }
        System.out.println("1/3 (scale 10, HALF_UP) = " + BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP));
        System.out.println("2/3 MathContext(5) = " + new BigDecimal("2").divide(new BigDecimal("3"), new MathContext(5)));
        System.out.println("DECIMAL64 1/7 = " + BigDecimal.ONE.divide(BigDecimal.valueOf(7), MathContext.DECIMAL64));
        System.out.println("乘法 scale 相加: " + new BigDecimal("1.10").multiply(new BigDecimal("2.5")));
        System.out.println("科学计数: " + new BigDecimal("1E-10") + " plain=" + new BigDecimal("1E-10").toPlainString() + " eng=" + new BigDecimal("12345E3").toEngineeringString());
        System.out.println("movePointLeft: " + new BigDecimal("12345").movePointLeft(2) + " negate: " + new BigDecimal("0.00").negate());
        BigDecimal total = BigDecimal.ZERO;
        String[] amounts = {"9.99", "0.01", "100.005", "-3.50"};
        for (String a : amounts) total = total.add(new BigDecimal(a));
        System.out.println("金额合计 = " + total + " 四舍五入到分 = " + total.setScale(2, RoundingMode.HALF_UP));
        BigDecimal rate = new BigDecimal("0.0375");
        BigDecimal interest = new BigDecimal("12345.67").multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("利息 = " + interest);
        System.out.println("分摊 100 元给 3 人: " + splitEvenly(new BigDecimal("100.00"), 3));
        System.out.println("doubleValue/intValue = " + new BigDecimal("123.987").doubleValue() + " " + new BigDecimal("123.987").intValue());
        System.out.println("max/min = " + new BigDecimal("1.5").max(new BigDecimal("1.50")) + " " + new BigDecimal("-1").min(BigDecimal.ZERO));
    }

    static String splitEvenly(BigDecimal amount, int people) {
        BigDecimal each = amount.divide(BigDecimal.valueOf(people), 2, RoundingMode.DOWN);
        BigDecimal rest = amount.subtract(each.multiply(BigDecimal.valueOf(people)));
        return "每人 " + each + " 余 " + rest + " 给第一个人 → " + each.add(rest);
    }
}
