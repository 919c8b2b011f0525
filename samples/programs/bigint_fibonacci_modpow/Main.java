import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

// BigInteger：Fibonacci(200) 迭代与快速倍增、与 long 溢出对比、modPow/modInverse 玩具 RSA、阶乘末尾零、进制转换、gcd/lcm、位运算
public class Main {
    static BigInteger[] fibPair(int n) {
        if (n == 0) return new BigInteger[]{BigInteger.ZERO, BigInteger.ONE};
        BigInteger[] p = fibPair(n / 2);
        BigInteger a = p[0], b = p[1];
        BigInteger c = a.multiply(b.shiftLeft(1).subtract(a));
        BigInteger d = a.multiply(a).add(b.multiply(b));
        return n % 2 == 0 ? new BigInteger[]{c, d} : new BigInteger[]{d, c.add(d)};
    }

    public static void main(String[] args) {
        BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
        long la = 0, lb = 1;
        int firstOverflow = -1;
        List<Integer> marks = List.of(10, 50, 92, 93, 100, 150, 200);
        for (int i = 0; i <= 200; i++) {
            if (marks.contains(i)) {
                System.out.println("F(" + i + ") = " + a + " (位数 " + a.toString().length() + ", bitLength " + a.bitLength() + ") long=" + la);
            }
            if (firstOverflow < 0 && la < 0) firstOverflow = i;
            BigInteger t = a.add(b);
            a = b;
            b = t;
            long lt = la + lb;
            la = lb;
            lb = lt;
        }
        System.out.println("long 首次溢出为负于 F(" + firstOverflow + ")");
        BigInteger f200 = fibPair(200)[0];
        System.out.println("快速倍增 F(200) 一致: " + f200.equals(new BigInteger("280571172992510140037611932413038677189525")));
        System.out.println("F(1000) 末 20 位 = " + fibPair(1000)[0].mod(BigInteger.TEN.pow(20)) + ", 位数 " + fibPair(1000)[0].toString().length());
        System.out.println("F(200) mod 1e9+7 = " + f200.mod(BigInteger.valueOf(1_000_000_007)));
        System.out.println("gcd(F(200), F(150)) = " + f200.gcd(fibPair(150)[0]) + " = F(gcd(200,150)) = F(50) = " + fibPair(50)[0]);

        System.out.println("== modPow ==");
        BigInteger base = BigInteger.valueOf(2);
        System.out.println("2^100 = " + base.pow(100));
        System.out.println("2^100 mod 1e9+7 = " + base.modPow(BigInteger.valueOf(100), BigInteger.valueOf(1_000_000_007)));
        System.out.println("3^(10^18) mod 998244353 = " + BigInteger.valueOf(3).modPow(BigInteger.TEN.pow(18), BigInteger.valueOf(998244353)));
        System.out.println("(-7)^3 mod 10 = " + BigInteger.valueOf(-7).modPow(BigInteger.valueOf(3), BigInteger.TEN) + ", (-7) mod 10 = " + BigInteger.valueOf(-7).mod(BigInteger.TEN)
                + ", (-7) rem 10 = " + BigInteger.valueOf(-7).remainder(BigInteger.TEN));
        System.out.println("费马小定理 a^(p-1) mod p: " + BigInteger.valueOf(123456).modPow(BigInteger.valueOf(1_000_000_006), BigInteger.valueOf(1_000_000_007)));

        System.out.println("== 玩具 RSA ==");
        BigInteger p = new BigInteger("1000000007"), q = new BigInteger("998244353");
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        System.out.println("n = " + n + ", phi = " + phi + ", d = " + d + ", e*d mod phi = " + e.multiply(d).mod(phi));
        String msg = "你好RSA";
        StringBuilder dec = new StringBuilder();
        for (int cp : msg.codePoints().toArray()) {
            BigInteger m = BigInteger.valueOf(cp);
            BigInteger c = m.modPow(e, n);
            BigInteger back = c.modPow(d, n);
            dec.appendCodePoint(back.intValueExact());
            System.out.println("  '" + Character.toString(cp) + "' " + cp + " -> " + c + " -> " + back);
        }
        System.out.println("解密: " + dec + " 一致: " + dec.toString().equals(msg));
        try {
            BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9));
        } catch (ArithmeticException ex) {
            System.out.println("modInverse(6, 9): " + ex.getMessage());
        }

        System.out.println("== 阶乘 ==");
        BigInteger fact = BigInteger.ONE;
        for (int i = 1; i <= 100; i++) {
            fact = fact.multiply(BigInteger.valueOf(i));
            if (i == 20 || i == 21 || i == 50 || i == 100) {
                String s = fact.toString();
                int zeros = s.length() - s.replaceAll("0+$", "").length();
                System.out.println(i + "! 位数 " + s.length() + " 末尾零 " + zeros + " 前 15 位 " + s.substring(0, Math.min(15, s.length())) + " long 能否容纳 " + (fact.bitLength() < 64));
            }
        }
        System.out.println("100! 各位数字和 = " + fact.toString().chars().map(c -> c - '0').sum());

        System.out.println("== 进制与位运算 ==");
        BigInteger big = new BigInteger("-123456789012345678901234567890");
        System.out.println("十六进制 " + big.toString(16) + ", 36 进制 " + big.toString(36) + ", 解析回 " + new BigInteger(big.toString(36), 36).equals(big));
        System.out.println("2^64 - 1 = " + BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE) + " = Long.toUnsignedString(-1) " + Long.toUnsignedString(-1L));
        System.out.println("bitCount(2^100-1) = " + BigInteger.ONE.shiftLeft(100).subtract(BigInteger.ONE).bitCount() + ", testBit(-1, 1000) = " + BigInteger.ONE.negate().testBit(1000));
        System.out.println("-17 >> 2 = " + BigInteger.valueOf(-17).shiftRight(2) + " (long: " + (-17L >> 2) + "), -17 / 4 = " + BigInteger.valueOf(-17).divide(BigInteger.valueOf(4)));
        System.out.println("and/or/xor: " + BigInteger.valueOf(0b1100).and(BigInteger.valueOf(0b1010)) + " " + BigInteger.valueOf(0b1100).or(BigInteger.valueOf(0b1010)) + " "
                + BigInteger.valueOf(0b1100).xor(BigInteger.valueOf(0b1010)) + " not(5)=" + BigInteger.valueOf(5).not());
        BigInteger lcm = BigInteger.ONE;
        for (int i = 1; i <= 30; i++) {
            BigInteger bi = BigInteger.valueOf(i);
            lcm = lcm.multiply(bi).divide(lcm.gcd(bi));
        }
        System.out.println("lcm(1..30) = " + lcm + ", isProbablePrime(2^61-1) = " + BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE).isProbablePrime(50));
        System.out.println("sqrt(10^40+1) = " + BigInteger.TEN.pow(40).add(BigInteger.ONE).sqrt() + ", signum(-5) = " + BigInteger.valueOf(-5).signum()
                + ", compareTo = " + BigInteger.TEN.compareTo(BigInteger.TWO) + ", longValue 截断 = " + BigInteger.ONE.shiftLeft(64).add(BigInteger.TEN).longValue());
        try {
            BigInteger.ONE.shiftLeft(64).longValueExact();
        } catch (ArithmeticException ex) {
            System.out.println("longValueExact: " + ex.getMessage());
        }
    }
}
