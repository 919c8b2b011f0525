// Generates testdata/doubles.txt and testdata/floats.txt: raw IEEE bits and
// Java 17's Double.toString / Float.toString of each value.
// Run from src/emit/go/runtime: java testdata/gen/GenFloatStrings.java
import java.io.*;
import java.util.*;

public class GenFloatStrings {
    public static void main(String[] args) throws IOException {
        Random r = new Random(20240617L);
        List<Double> ds = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1 + 0.2, 100.0, 1e7, 9999999.0, 1.0E-3, 1e-4,
            123456789.0, 1e21, 1e22, 1e23, 2e23, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.82879384806159E17, 0.001, 0.00099999,
            4.8726570057E288, 1.18575755E-316, 0.5, 0.25, 3.141592653589793, 2.718281828459045, 1.0 / 3, 2.0 / 3,
            (double) Long.MAX_VALUE, (double) Long.MIN_VALUE, (double) Integer.MAX_VALUE, 9007199254740993.0, 4.35, 1.005,
            Math.scalb(1 + 1.0 / 64, -21), 1e-5, 1e-300, 5e-324, 1.7976931348623157E308));
        for (int e = -325; e <= 309; e++) {
            ds.add(Double.parseDouble("1e" + e));
            ds.add(Double.parseDouble("5e" + e));
            ds.add(Double.parseDouble("1.5e" + e));
        }
        for (int e = -1074; e <= 1023; e++) ds.add(Math.scalb(1.0, e));
        for (int i = 0; i < 3000; i++) ds.add(Double.longBitsToDouble(r.nextLong()));
        for (int i = 0; i < 2000; i++) ds.add(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
        for (int i = 0; i < 1000; i++) ds.add((double) r.nextInt(100000000) / Math.pow(10, r.nextInt(12)));
        for (int i = 0; i < 1000; i++) ds.add((double) (r.nextLong() >> r.nextInt(64)));
        try (PrintWriter w = new PrintWriter(new FileWriter("testdata/doubles.txt"))) {
            for (double d : ds) {
                if (Double.isNaN(d)) d = Double.NaN;
                w.printf("%016x %s%n", Double.doubleToRawLongBits(d), Double.toString(d));
            }
        }
        List<Float> fs = new ArrayList<>(List.of(0.0f, -0.0f, 1.0f, 0.1f, 0.1f + 0.2f, 100.0f, 1e7f, 1.0E-3f, 1e-4f,
            123456789.0f, 1e10f, Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 3.14159265f, 1e-44f, 1.0f / 3, 16777217f, 0.3f));
        for (int e = -46; e <= 39; e++) {
            fs.add(Float.parseFloat("1e" + e));
            fs.add(Float.parseFloat("3e" + e));
        }
        for (int e = -149; e <= 127; e++) fs.add(Math.scalb(1.0f, e));
        for (int i = 0; i < 3000; i++) fs.add(Float.intBitsToFloat(r.nextInt()));
        for (int i = 0; i < 2000; i++) fs.add((float) (r.nextDouble() * Math.pow(10, r.nextInt(20) - 10)));
        for (int i = 0; i < 1000; i++) fs.add((float) r.nextInt(1000000) / (float) Math.pow(10, r.nextInt(8)));
        try (PrintWriter w = new PrintWriter(new FileWriter("testdata/floats.txt"))) {
            for (float f : fs) {
                if (Float.isNaN(f)) f = Float.NaN;
                w.printf("%08x %s%n", Float.floatToRawIntBits(f), Float.toString(f));
            }
        }
    }
}
