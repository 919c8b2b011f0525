// float（不是 double）运算：累加误差、Kahan 求和、比较陷阱、float 与 double 混合、精度边界
public class Main {
    public static void main(String[] args) {
        float f = 0f;
        for (int i = 0; i < 10; i++) {
            f += 0.1f;
        }
        System.out.println("0.1f 累加 10 次 = " + f + ", == 1.0f ? " + (f == 1.0f));
        double d = 0;
        for (int i = 0; i < 10; i++) {
            d += 0.1;
        }
        System.out.println("0.1 累加 10 次 = " + d + ", == 1.0 ? " + (d == 1.0));
        float big = 0f;
        for (int i = 0; i < 1_000_000; i++) {
            big += 0.1f;
        }
        System.out.println("0.1f 累加 100 万次 = " + big);
        float kahan = 0f, comp = 0f;
        for (int i = 0; i < 1_000_000; i++) {
            float y = 0.1f - comp;
            float t = kahan + y;
            comp = (t - kahan) - y;
            kahan = t;
        }
        System.out.println("Kahan 求和 = " + kahan);
        float step = 16777216f;
        System.out.println("2^24 = " + step + ", +1 = " + (step + 1f) + ", +2 = " + (step + 2f) + ", (int)(2^24 + 1f) = " + (int) (step + 1f));
        float counter = 16777200f;
        int loops = 0;
        while (counter < 16777220f && loops < 40) {
            counter += 1f;
            loops++;
        }
        System.out.println("从 16777200 逐一加到上限: counter=" + counter + " loops=" + loops);

        System.out.println("== 价格计算 (float) ==");
        float[] prices = {19.99f, 0.01f, 199.9f, 1234.56f, 3.3f};
        String[] names = {"牛奶", "口香糖", "耳机", "手机壳套装", "面包"};
        float total = 0f;
        for (int i = 0; i < prices.length; i++) {
            float line = prices[i] * 3;
            total += line;
            System.out.println(names[i] + " x3 = " + line + " (double: " + (double) prices[i] * 3 + ")");
        }
        System.out.println("合计 float = " + total);
        System.out.println("合计 *100 取整 = " + (int) (total * 100) + ", Math.round = " + Math.round(total * 100));
        float discount = total * 0.85f;
        System.out.println("八五折 = " + discount + ", 格式化 = " + String.format("%.2f", discount));

        System.out.println("== 打印与转换 ==");
        float[] samples = {0.1f, 1.0f / 3, 2.0f / 3, 100f / 7, 1e7f, 1.0e-5f, 123456789f, 0.3f, Float.MIN_VALUE, Float.MAX_VALUE,
                -0.0f, 1f / 0, 0f / 0, 3.4028235e38f * 2, (float) 1e40, (float) 1e-50};
        for (float s : samples) {
            System.out.println(s + " | double=" + (double) s + " | bits=0x" + Integer.toHexString(Float.floatToIntBits(s)));
        }
        System.out.println("0.1f == 0.1 ? " + (0.1f == 0.1) + ", 0.5f == 0.5 ? " + (0.5f == 0.5));
        System.out.println("(float) 0.1 == 0.1f ? " + ((float) 0.1 == 0.1f));
        System.out.println("0.1f + 0.2f = " + (0.1f + 0.2f) + ", 0.1 + 0.2 = " + (0.1 + 0.2));
        System.out.println("0.1f + 0.2 (提升为 double) = " + (0.1f + 0.2));
        System.out.println("1.1f * 1.1f = " + (1.1f * 1.1f) + ", 1.1 * 1.1 = " + (1.1 * 1.1));
        System.out.println("Float.compare(0.0f, -0.0f) = " + Float.compare(0.0f, -0.0f) + ", 0.0f == -0.0f ? " + (0.0f == -0.0f));
        float nan = Float.NaN;
        System.out.println("NaN == NaN ? " + (nan == nan) + ", Float.isNaN = " + Float.isNaN(nan) + ", Float.compare(NaN, +Inf) = " + Float.compare(nan, Float.POSITIVE_INFINITY));
        System.out.println("Math.ulp(1f) = " + Math.ulp(1f) + ", Math.ulp(1e6f) = " + Math.ulp(1e6f));
        System.out.println("(long) 1e20f = " + (long) 1e20f + ", (int) -1e20f = " + (int) -1e20f + ", (int) NaN = " + (int) Float.NaN);
        System.out.println("Float.parseFloat(\"3.14159265358979\") = " + Float.parseFloat("3.14159265358979"));
        System.out.println("Float.valueOf(\"1e-46\") = " + Float.valueOf("1e-46") + ", Float.valueOf(\"1e39\") = " + Float.valueOf("1e39"));

        System.out.println("== 逐步缩小 ==");
        float h = 1f;
        int halvings = 0;
        while (h / 2 != 0f) {
            h /= 2;
            halvings++;
        }
        System.out.println("float 可连续减半 " + halvings + " 次, 最小 = " + h);
        float eps = 1f;
        while (1f + eps / 2 != 1f) {
            eps /= 2;
        }
        System.out.println("float 机器 epsilon = " + eps);
        float avg = 0f;
        float[] readings = {36.6f, 36.7f, 36.8f, 37.1f, 36.9f, 38.2f, 36.5f};
        for (int i = 0; i < readings.length; i++) {
            avg += (readings[i] - avg) / (i + 1);
            System.out.println("第 " + (i + 1) + " 次体温 " + readings[i] + " 平均 " + avg);
        }
        float x = 10f;
        x %= 3.3f;
        System.out.println("10f % 3.3f = " + x + ", -10f % 3f = " + (-10f % 3f));
        float compound = 1000f;
        for (int year = 1; year <= 5; year++) {
            compound *= 1.035f;
            System.out.println("第 " + year + " 年本息 " + compound);
        }
    }
}
