// byte/short 运算与强制转换：校验和、传感器数据打包、有符号/无符号转换、复合赋值的隐式窄化
public class Main {
    static byte checksum(byte[] data) {
        byte sum = 0;
        for (byte b : data) {
            sum += b;
        }
        return sum;
    }

    static int crc8(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                if ((crc & 0x80) != 0) {
                    crc = ((crc << 1) ^ 0x07) & 0xFF;
                } else {
                    crc = (crc << 1) & 0xFF;
                }
            }
        }
        return crc;
    }

    static short packTemperature(double celsius) {
        return (short) Math.round(celsius * 100);
    }

    static byte[] toBigEndian(short v) {
        return new byte[]{(byte) (v >> 8), (byte) v};
    }

    static short fromBigEndian(byte hi, byte lo) {
        return (short) ((hi << 8) | (lo & 0xFF));
    }

    static short wrongFromBigEndian(byte hi, byte lo) {
        return (short) ((hi << 8) | lo);
    }

    public static void main(String[] args) {
        System.out.println("== byte 范围与回绕 ==");
        byte b = 120;
        for (int i = 0; i < 12; i++) {
            System.out.print(b + " ");
            b++;
        }
        System.out.println();
        byte nb = -125;
        for (int i = 0; i < 6; i++) {
            nb -= 1;
            System.out.print(nb + " ");
        }
        System.out.println();
        byte m = 100;
        m *= 3;
        System.out.println("100 *= 3 -> " + m);
        byte d = -128;
        d /= -1;
        System.out.println("-128 /= -1 -> " + d);
        byte neg = (byte) -(byte) -128;
        System.out.println("(byte) -(-128) -> " + neg);
        byte sh = (byte) 0x81;
        System.out.println("(byte)0x81 >> 1 = " + (sh >> 1) + ", >>> 1 = " + (sh >>> 1) + ", (byte)(>>> 1) = " + (byte) (sh >>> 1)
                + ", &0xFF >>> 1 = " + ((sh & 0xFF) >>> 1));
        sh >>>= 1;
        System.out.println("sh >>>= 1 -> " + sh);

        System.out.println("== short 运算 ==");
        short s = 32000;
        s += 1000;
        System.out.println("32000 += 1000 -> " + s);
        short t = (short) (s * 2);
        System.out.println("(short)(s * 2) -> " + t);
        short u = Short.MIN_VALUE;
        System.out.println("Short.MIN_VALUE - 1 (int) = " + (u - 1) + ", (short) = " + (short) (u - 1));
        System.out.println("(short) 65535 = " + (short) 65535 + ", (short) 65536 = " + (short) 65536 + ", (short) -65537 = " + (short) -65537);
        System.out.println("(short) 1e6 = " + (short) 1e6 + ", (short)(int) 1e6 = " + (short) (int) 1e6 + ", (short) -1.9 = " + (short) -1.9);
        System.out.println("(byte) 'A' = " + (byte) 'A' + ", (byte) '中' = " + (byte) '中' + ", (short) '中' = " + (short) '中'
                + ", (char)(short) -1 = " + (int) (char) (short) -1);
        System.out.println("(short) Character.MAX_VALUE = " + (short) Character.MAX_VALUE);

        System.out.println("== 校验和 ==");
        byte[] msg = "订单OK".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder hex = new StringBuilder();
        for (byte x : msg) {
            hex.append(String.format("%02X ", x));
        }
        System.out.println("UTF-8 字节: " + hex.toString().trim());
        StringBuilder signed = new StringBuilder();
        for (byte x : msg) {
            signed.append(x).append(',');
        }
        System.out.println("有符号值: " + signed);
        System.out.println("byte 累加和: " + checksum(msg) + ", 无符号: " + (checksum(msg) & 0xFF));
        System.out.println("CRC-8: " + crc8(msg) + " (0x" + Integer.toHexString(crc8(msg)) + ")");
        System.out.println("CRC-8(\"123456789\"): 0x" + Integer.toHexString(crc8("123456789".getBytes())));

        System.out.println("== 温度打包 ==");
        double[] temps = {23.45, -0.01, -40.0, 327.67, 327.68, -327.68, -327.69, 0.005, -0.005};
        for (double c : temps) {
            short p = packTemperature(c);
            byte[] be = toBigEndian(p);
            short back = fromBigEndian(be[0], be[1]);
            short wrong = wrongFromBigEndian(be[0], be[1]);
            System.out.println(c + " -> " + p + " [" + be[0] + "," + be[1] + "] -> " + back + " 错误解码=" + wrong + " 还原=" + back / 100.0);
        }

        System.out.println("== 混合运算提升 ==");
        byte b1 = 10, b2 = 20;
        int sum = b1 + b2;
        byte sumB = (byte) (b1 + b2);
        short sh1 = 300;
        byte nar = (byte) sh1;
        char ch = (char) b1;
        System.out.println("b1 + b2 = " + sum + " (byte)=" + sumB + " (byte)300=" + nar + " (char)10 as int=" + (int) ch);
        final byte fb = 10;
        byte folded = fb + 5;
        System.out.println("常量折叠 byte = " + folded);
        byte[] arr = {127, -128, 0, -1, 64};
        int total = 0;
        for (int i = 0; i < arr.length; i++) {
            arr[i] += 1;
            total += arr[i];
        }
        System.out.println("每个元素 +1: " + java.util.Arrays.toString(arr) + " 总和=" + total);
        short[] hist = new short[4];
        for (int i = 0; i < 40000; i++) {
            hist[i % 4]++;
        }
        System.out.println("short 直方图 (每格 10000): " + java.util.Arrays.toString(hist));
        for (int i = 0; i < 100000; i++) {
            hist[0]++;
        }
        System.out.println("再加 100000 后: " + hist[0]);
        System.out.println("Byte.toUnsignedInt(-1) = " + Byte.toUnsignedInt((byte) -1) + ", Short.toUnsignedInt(-1) = " + Short.toUnsignedInt((short) -1));
        System.out.println("Byte.compare(-1, 1) = " + Byte.compare((byte) -1, (byte) 1) + ", Short.compare(MIN, MAX) = " + Short.compare(Short.MIN_VALUE, Short.MAX_VALUE));
        System.out.println("Byte.parseByte(\"-128\") = " + Byte.parseByte("-128") + ", Short.parseShort(\"7fff\", 16) = " + Short.parseShort("7fff", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("parseByte(\"128\"): " + e.getMessage());
        }
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("parseShort(\"40000\"): " + e.getMessage());
        }
        System.out.println("Short.reverseBytes(0x1234) = 0x" + Integer.toHexString(Short.reverseBytes((short) 0x1234)));
        System.out.println("Short.reverseBytes((short)0x80FF) = " + Short.reverseBytes((short) 0x80FF));
    }
}
