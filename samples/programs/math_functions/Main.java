// Math：floorDiv/floorMod、abs(MIN_VALUE)、round、sqrt/pow 打印、三角函数、截断
public class Main {
    public static void main(String[] args) {
        System.out.println("abs(MIN_VALUE) = " + Math.abs(Integer.MIN_VALUE));
        System.out.println("abs(Long.MIN_VALUE) = " + Math.abs(Long.MIN_VALUE));
        System.out.println("abs(-0.0) = " + Math.abs(-0.0));
        System.out.println("absExact 异常: " + tryAbsExact());
        double[] rs = {2.5, 3.5, -2.5, -3.5, 0.49999999999999994, -0.5, 1e20, Double.NaN};
        for (double r : rs) {
            System.out.println("round(" + r + ") = " + Math.round(r) + "  rint=" + Math.rint(r) + "  floor=" + Math.floor(r) + "  ceil=" + Math.ceil(r));
        }
        System.out.println("round(2.5f) = " + Math.round(2.5f) + " round(-2.5f) = " + Math.round(-2.5f));
        System.out.println("sqrt(2) = " + Math.sqrt(2));
        System.out.println("sqrt(-1) = " + Math.sqrt(-1));
        System.out.println("sqrt(16) = " + Math.sqrt(16));
        System.out.println("cbrt(27) = " + Math.cbrt(27));
        System.out.println("pow(2, 10) = " + Math.pow(2, 10));
        System.out.println("pow(2, 0.5) = " + Math.pow(2, 0.5));
        System.out.println("pow(10, -2) = " + Math.pow(10, -2));
        System.out.println("pow(0, 0) = " + Math.pow(0, 0));
        System.out.println("pow(-8, 1.0/3) = " + Math.pow(-8, 1.0 / 3));
        System.out.println("pow(2, 64) = " + Math.pow(2, 64));
        System.out.println("(long) pow(2, 62) = " + (long) Math.pow(2, 62));
        System.out.println("hypot(3, 4) = " + Math.hypot(3, 4));
        System.out.println("exp(1) = " + Math.exp(1) + " log(E) = " + Math.log(Math.E) + " log10(1000) = " + Math.log10(1000));
        System.out.println("log(0) = " + Math.log(0) + " log(-1) = " + Math.log(-1));
        System.out.println("sin(PI/6) = " + Math.sin(Math.PI / 6));
        System.out.println("cos(PI) = " + Math.cos(Math.PI) + " tan(PI/4) = " + Math.tan(Math.PI / 4));
        System.out.println("atan2(1, 1) = " + Math.atan2(1, 1) + " toDegrees = " + Math.toDegrees(Math.atan2(1, 1)));
        System.out.println("toRadians(180) = " + Math.toRadians(180));
        System.out.println("floorDiv(-7, 2) = " + Math.floorDiv(-7, 2) + " floorMod(-7, 2) = " + Math.floorMod(-7, 2));
        System.out.println("floorDiv(7, -2) = " + Math.floorDiv(7, -2) + " floorMod(7, -2) = " + Math.floorMod(7, -2));
        System.out.println("floorMod(-1L, 5) = " + Math.floorMod(-1L, 5));
        System.out.println("max(-0.0, 0.0) = " + Math.max(-0.0, 0.0) + " min(NaN, 1) = " + Math.min(Double.NaN, 1));
        System.out.println("signum(-3.2) = " + Math.signum(-3.2) + " signum(0.0) = " + Math.signum(0.0));
        System.out.println("Integer.signum(-99) = " + Integer.signum(-99));
        System.out.println("negateExact(5) = " + Math.negateExact(5));
        System.out.println("ceilDiv 手写(7,2) = " + -Math.floorDiv(-7, 2));
        System.out.println("fma(2,3,4) = " + Math.fma(2.0, 3.0, 4.0));
        System.out.println("nextUp(1.0) = " + Math.nextUp(1.0));
        System.out.println("scalb(1.5, 4) = " + Math.scalb(1.5, 4));
        System.out.println("StrictMath.sqrt(3) = " + StrictMath.sqrt(3));
        // 利息计算
        double principal = 10000, rate = 0.035;
        for (int year = 1; year <= 3; year++) {
            double amount = principal * Math.pow(1 + rate, year);
            System.out.printf("第 %d 年本息: %.2f (原始 %s)%n", year, amount, amount);
        }
        // 两点距离与三角形面积
        double a = 3, b = 4, c = 5, s = (a + b + c) / 2;
        System.out.println("海伦公式面积 = " + Math.sqrt(s * (s - a) * (s - b) * (s - c)));
        System.out.println("整数平方根(999999) = " + (int) Math.sqrt(999999));
        System.out.println("Math.PI * 1e6 取整 = " + (long) (Math.PI * 1e6));
    }

    static String tryAbsExact() {
        try {
            return String.valueOf(Math.multiplyExact(Integer.MIN_VALUE, -1));
        } catch (ArithmeticException e) {
            return e.getMessage();
        }
    }
}
