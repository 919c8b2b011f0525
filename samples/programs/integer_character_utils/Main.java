// Integer/Long/Character 工具方法：parseInt、进制转换、bitCount、Character 分类（含中文）
public class Main {
    public static void main(String[] args) {
        System.out.println("parseInt(\"-123\") = " + Integer.parseInt("-123"));
        System.out.println("parseInt(\"+77\") = " + Integer.parseInt("+77"));
        System.out.println("parseInt(\"ff\", 16) = " + Integer.parseInt("ff", 16));
        System.out.println("parseInt(\"-1010\", 2) = " + Integer.parseInt("-1010", 2));
        System.out.println("parseInt(\"zz\", 36) = " + Integer.parseInt("zz", 36));
        System.out.println("parseUnsignedInt(\"4294967295\") = " + Integer.parseUnsignedInt("4294967295"));
        System.out.println("valueOf(\"0042\") = " + Integer.valueOf("0042"));
        System.out.println("decode(\"0x1F\") = " + Integer.decode("0x1F") + " decode(\"010\") = " + Integer.decode("010") + " decode(\"#FF\") = " + Integer.decode("#FF"));
        System.out.println("parseInt(\"１２３\") 全角数字 = " + Integer.parseInt("１２３"));
        for (String bad : new String[]{"", " 1", "2147483648", "1.0", "一二三", null}) {
            try {
                Integer.parseInt(bad);
            } catch (NumberFormatException e) {
                System.out.println("NumberFormatException: " + e.getMessage());
            }
        }
        System.out.println("Long.parseLong(\"9223372036854775807\") = " + Long.parseLong("9223372036854775807"));
        int[] vals = {0, 1, -1, 255, -256, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v : vals) {
            System.out.println(v + ": bin=" + Integer.toBinaryString(v) + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v)
                    + " bitCount=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                    + " highest=" + Integer.highestOneBit(v) + " lowest=" + Integer.lowestOneBit(v));
        }
        System.out.println("Long.toBinaryString(-1L).length() = " + Long.toBinaryString(-1L).length());
        System.out.println("Long.toHexString(Long.MIN_VALUE) = " + Long.toHexString(Long.MIN_VALUE));
        System.out.println("Long.bitCount(0xF0F0F0F0F0L) = " + Long.bitCount(0xF0F0F0F0F0L));
        System.out.println("Integer.toString(-255, 16) = " + Integer.toString(-255, 16) + " toUnsignedString(-1) = " + Integer.toUnsignedString(-1));
        System.out.println("Integer.reverse(1) = " + Integer.reverse(1));
        System.out.println("Integer.compareUnsigned(-1, 1) = " + Integer.compareUnsigned(-1, 1));
        System.out.println("Integer.divideUnsigned(-1, 2) = " + Integer.divideUnsigned(-1, 2));
        System.out.println("Integer.toUnsignedLong(-1) = " + Integer.toUnsignedLong(-1));
        System.out.println("Integer.sum/max/min = " + Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(3, 4));
        System.out.println("Short.parseShort(\"-32768\") = " + Short.parseShort("-32768") + " Byte.parseByte(\"7f\", 16) = " + Byte.parseByte("7f", 16));
        System.out.println("Byte.toUnsignedInt((byte)-1) = " + Byte.toUnsignedInt((byte) -1));
        String sample = "A z 中 文 ５ 7 _ ! 😀 ㊀ Ⅻ ß \t";
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') continue;
            System.out.println(String.format("U+%04X %s digit=%b letter=%b letterOrDigit=%b alpha=%b upper=%b lower=%b ws=%b ideographic=%b javaStart=%b type=%d",
                    cp, cp == '\t' ? "\\t" : new String(Character.toChars(cp)), Character.isDigit(cp), Character.isLetter(cp), Character.isLetterOrDigit(cp),
                    Character.isAlphabetic(cp), Character.isUpperCase(cp), Character.isLowerCase(cp), Character.isWhitespace(cp),
                    Character.isIdeographic(cp), Character.isJavaIdentifierStart(cp), Character.getType(cp)));
        }
        System.out.println("Character.digit('f', 16) = " + Character.digit('f', 16) + " digit('９', 10) = " + Character.digit('９', 10) + " digit('x', 10) = " + Character.digit('x', 10));
        System.out.println("Character.forDigit(11, 16) = " + Character.forDigit(11, 16));
        System.out.println("Character.getNumericValue('Ⅻ') = " + Character.getNumericValue('Ⅻ') + " ('五') = " + Character.getNumericValue('五'));
        System.out.println("Character.toUpperCase('ß') = " + Character.toUpperCase('ß') + " \"ß\".toUpperCase() = " + "ß".toUpperCase());
        System.out.println("Character.toChars(0x4E2D) = " + new String(Character.toChars(0x4E2D)));
        System.out.println("Character.isSurrogate('\\uD83D') = " + Character.isSurrogate('\uD83D'));
        System.out.println("Character.isSupplementaryCodePoint(0x1F600) = " + Character.isSupplementaryCodePoint(0x1F600));
        System.out.println("Character.UnicodeBlock.of('中') = " + Character.UnicodeBlock.of('中'));
        System.out.println("Character.UnicodeScript.of('カ') = " + Character.UnicodeScript.of('カ'));
        System.out.println("Character.getName('中') = " + Character.getName('中'));
        System.out.println("Character.MIN_RADIX/MAX_RADIX = " + Character.MIN_RADIX + "/" + Character.MAX_RADIX);
    }
}
