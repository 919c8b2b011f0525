// 复合赋值的隐式窄化转换
public class Main {
    public static void main(String[] args) {
        byte b = 10;
        b += 300;
        System.out.println("byte 10 += 300 -> " + b);
        b *= 10;
        System.out.println("b *= 10 -> " + b);
        short s = 1000;
        s *= 1000;
        System.out.println("short 1000 *= 1000 -> " + s);
        s -= 70000;
        System.out.println("s -= 70000 -> " + s);
        char c = 'A';
        c += 1.7;
        System.out.println("char 'A' += 1.7 -> " + c);
        int i = 10;
        i += 3.9;
        System.out.println("int 10 += 3.9 -> " + i);
        i -= 0.5;
        System.out.println("i -= 0.5 -> " + i);
        i *= 2.5;
        System.out.println("i *= 2.5 -> " + i);
        i /= 0.3;
        System.out.println("i /= 0.3 -> " + i);
        int big = Integer.MAX_VALUE;
        big += 1L;
        System.out.println("int MAX += 1L -> " + big);
        long l = 5;
        l *= 1.5f;
        System.out.println("long 5 *= 1.5f -> " + l);
        float f = 16777216f;
        f += 1;
        System.out.println("float 16777216 += 1 -> " + f);
        int fromDouble = 7;
        fromDouble %= 2.5;
        System.out.println("int 7 %= 2.5 -> " + fromDouble);
        byte bb = -1;
        bb >>>= 1;
        System.out.println("byte -1 >>>= 1 -> " + bb);
        int k = 5;
        k = k++ + ++k;
        System.out.println("k = k++ + ++k -> " + k);
        int j = 1;
        j += j++ * 10;
        System.out.println("j += j++ * 10 -> " + j);
        int[] arr = {1, 2, 3};
        int idx = 0;
        arr[idx++] += 10;
        System.out.println("arr[idx++] += 10 -> arr=" + java.util.Arrays.toString(arr) + " idx=" + idx);
        int m = 3;
        m <<= 33;
        System.out.println("m <<= 33 -> " + m);
        short sum = 0;
        for (int n = 0; n < 400; n++) {
            sum += n * n;
        }
        System.out.println("short 平方和(溢出) = " + sum);
        byte checksum = 0;
        for (byte x : "校验和".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            checksum ^= x;
            checksum += 3;
        }
        System.out.println("UTF-8 校验和 = " + checksum);
        String str = "值";
        str += 1 + 2;
        str += 'c';
        str += 1.0f;
        str += null;
        System.out.println("字符串 += -> " + str);
        char ch = 'a';
        ch -= 'a' - 'A';
        System.out.println("大小写转换 -> " + ch);
    }
}
