// Double.toString / Float.toString 的各种边界值
public class Main {
    public static void main(String[] args) {
        double[] ds = {1.0, 0.1 + 0.2, 1e7, 9999999.0, 1e-3, 1e-4, 1.0E10, 123456789.123, 100.0, -0.0,
                0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
                Double.MIN_VALUE, Double.MIN_NORMAL, 1.0 / 3, 2.0 / 3, 0.5, 1e21, 1e-7, 12345.678e3, 3.0e-5,
                Math.PI, Math.E, 0.1f, 4.35 * 100, 1.1 * 1.1};
        for (double d : ds) {
            System.out.println(d);
        }
        float[] fs = {1.0f, 0.1f + 0.2f, 1e7f, 1e-4f, 1.0E10f, Float.MIN_VALUE, Float.MAX_VALUE, 3.14159265f,
                -0.0f, Float.NaN, 1.0f / 3, 16777217f, 0.3f, 100f / 7};
        for (float f : fs) {
            System.out.println("f: " + f);
        }
        System.out.println("String.valueOf(2.50) = " + String.valueOf(2.50));
        System.out.println("Double.toString(1e-300 * 1e-300) = " + Double.toString(1e-300 * 1e-300));
        System.out.println("0.0 == -0.0: " + (0.0 == -0.0));
        System.out.println("Double.valueOf(0.0).equals(-0.0): " + Double.valueOf(0.0).equals(-0.0));
        System.out.println("NaN == NaN: " + (Double.NaN == Double.NaN));
        System.out.println("Double.valueOf(NaN).equals(NaN): " + Double.valueOf(Double.NaN).equals(Double.NaN));
        System.out.println("Double.compare(0.0, -0.0) = " + Double.compare(0.0, -0.0));
        System.out.println("Math.min(0.0, -0.0) = " + Math.min(0.0, -0.0));
        System.out.println("1.0 / -0.0 = " + (1.0 / -0.0));
        System.out.println("(float) 0.1 == 0.1 ? " + ((float) 0.1 == 0.1));
        System.out.println("(double) 0.1f = " + (double) 0.1f);
        System.out.println("Double.parseDouble(\"1e3\") = " + Double.parseDouble("1e3"));
        System.out.println("Double.parseDouble(\" 2.5 \") = " + Double.parseDouble(" 2.5 "));
        System.out.println("Float.parseFloat(\"3.4028235E38\") = " + Float.parseFloat("3.4028235E38"));
        System.out.println("Double.toHexString(1.0) = " + Double.toHexString(1.0));
        System.out.println("Double.doubleToLongBits(1.0) = " + Double.doubleToLongBits(1.0));
        System.out.println("Float.floatToIntBits(-0.0f) = " + Float.floatToIntBits(-0.0f));
        System.out.println("Math.ulp(1.0) = " + Math.ulp(1.0));
        System.out.println("价格合计: " + (19.99 + 0.01) + " 元");
        double total = 0;
        for (int i = 0; i < 10; i++) total += 0.1;
        System.out.println("十次 0.1 累加 = " + total);
        System.out.println("int + double: " + (1 + 2.0) + " long + float: " + (3L + 0.5f));
        System.out.println("printf: " + String.format("%.3f|%10.4f|%-8.1f|%e|%.0f|%.0f", Math.PI, Math.E, -2.25, 12345.678, 2.5, 3.5));
        System.out.println("printf NaN/Inf: " + String.format("%f %f %.2f", Double.NaN, Double.NEGATIVE_INFINITY, -0.0));
        System.out.println("%g: " + String.format("%g %g", 0.0001234, 123456789.0));
        System.out.println("Float.MIN_NORMAL=" + Float.MIN_NORMAL + " Double.MAX_EXPONENT=" + Double.MAX_EXPONENT);
    }
}
