// Golden data for the TS runtime: Double.toString / Float.toString / String.format of doubles on JDK 17.
// Run: see test/ts-runtime/gen/regen.sh. Output lines: <hex bits> <tab> <Java's string>.
import java.io.*;
import java.util.*;

public class GenNumbers {
  public static void main(String[] args) throws IOException {
    String dir = args[0];
    Random r = new Random(20240601L);
    List<Double> ds = new ArrayList<>();
    double[] edges = {0.0, -0.0, 1.0, -1.0, 0.1 + 0.2, 0.1, 0.2, 0.3, 100.0, 1e7, 9999999.0, 1e-3, 1e-4, 0.001, 0.0001,
      123456789.0, 1e21, 1e22, 1e23, 2e23, 1e-5, 1.0E10, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0E-3, 1.0 / 3, 2.0 / 3, Math.PI, Math.E,
      4.35, 0.5, 1.5, 2.5, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 9007199254740992.0, 9007199254740993.0, 4.9e-324,
      1.7976931348623157e308, 2.2250738585072014E-308, 5e-324, 1.0E-322, 12345.678, 0.000123, 3.0E-44, 1.1, 2.2, 3.3};
    for (double d : edges) ds.add(d);
    for (int e = -325; e <= 308; e++) { ds.add(Double.parseDouble("1e" + e)); ds.add(Double.parseDouble("5e" + e)); ds.add(Double.parseDouble("1.23e" + e)); }
    for (int e = -1074; e <= 1023; e += 3) ds.add(Math.scalb(1.0, e));
    for (int i = 0; i < 3000; i++) ds.add(Double.longBitsToDouble(r.nextLong()));
    for (int i = 0; i < 2000; i++) ds.add(r.nextDouble() * Math.pow(10, r.nextInt(30) - 10));
    for (int i = 0; i < 1000; i++) ds.add((double) r.nextInt(100000) / Math.pow(10, r.nextInt(8)));
    for (int i = 0; i < 500; i++) ds.add((double) r.nextLong());
    for (int i = 0; i < 500; i++) ds.add(r.nextInt(1000) * 0.1);
    try (PrintWriter w = new PrintWriter(new FileWriter(dir + "/double-tostring.txt"))) {
      for (double d : ds) w.println(Long.toHexString(Double.doubleToRawLongBits(d)) + "\t" + Double.toString(d));
    }
    List<Float> fs = new ArrayList<>();
    float[] fedges = {0f, -0f, 1f, -1f, 0.1f, 0.2f, 0.1f + 0.2f, 100f, 1e7f, 1e-3f, 1e-4f, 123456789f, 1e10f, 1e-10f,
      Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
      1.0E-44f, 3.4028235e38f, 16777216f, 16777217f, (float) Math.PI, 0.3f, 1.1f, 33.3f};
    for (float f : fedges) fs.add(f);
    for (int e = -45; e <= 38; e++) { fs.add(Float.parseFloat("1e" + e)); fs.add(Float.parseFloat("3.3e" + e)); }
    for (int i = 0; i < 3000; i++) fs.add(Float.intBitsToFloat(r.nextInt()));
    for (int i = 0; i < 1500; i++) fs.add(r.nextFloat() * (float) Math.pow(10, r.nextInt(20) - 8));
    for (int i = 0; i < 500; i++) fs.add((float) r.nextInt(100000) / (float) Math.pow(10, r.nextInt(6)));
    try (PrintWriter w = new PrintWriter(new FileWriter(dir + "/float-tostring.txt"))) {
      for (float f : fs) w.println(Integer.toHexString(Float.floatToRawIntBits(f)) + "\t" + Float.toString(f));
    }
    // String.format of doubles: hex bits, then the result of each pattern separated by tabs.
    String[] pats = {"%f", "%.2f", "%.0f", "%.3f", "%e", "%.3e", "%10.4f", "%-12.1f|", "%,.2f", "%+.1f", "%012.3f", "%.10f", "%(.2f", "%g"};
    try (PrintWriter w = new PrintWriter(new FileWriter(dir + "/double-format.txt"))) {
      w.println("#\t" + String.join("\t", pats));
      List<Double> fd = new ArrayList<>();
      double[] fe = {0.0, -0.0, 0.125, 0.375, 1.005, 2.675, 1.5, 2.5, -2.5, 0.5, 1e-7, 123456.789, 1e20, 9.995, 99.995,
        0.045, 1.45, -1.45, 1e300, Double.MIN_VALUE, 0.1 + 0.2, 1234567.891, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
      for (double d : fe) fd.add(d);
      for (int i = 0; i < 1500; i++) fd.add((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(16) - 6));
      for (int i = 0; i < 500; i++) fd.add(r.nextInt(200000) / 1000.0 - 100);
      for (double d : fd) {
        StringBuilder sb = new StringBuilder(Long.toHexString(Double.doubleToRawLongBits(d)));
        for (String p : pats) sb.append('\t').append(String.format(p, d));
        w.println(sb);
      }
    }
  }
}
