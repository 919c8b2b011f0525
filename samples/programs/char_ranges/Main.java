// char 循环：'a'..'z'、'A'..'Z'、数字、中文区间（天干地支、CJK 部首附近）、全角字符，char 与 int 的转换
public class Main {
    public static void main(String[] args) {
        StringBuilder lower = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            lower.append(c);
        }
        System.out.println("小写: " + lower + " 长度=" + lower.length());
        StringBuilder upper = new StringBuilder();
        for (char c = 'Z'; c >= 'A'; c -= 2) {
            upper.append(c);
        }
        System.out.println("大写倒序隔一个: " + upper);
        int sum = 0;
        for (char c = '0'; c <= '9'; c++) {
            sum += c - '0';
        }
        System.out.println("数字和: " + sum);
        System.out.print("字母与序号: ");
        for (char c = 'a'; c < 'a' + 6; c++) {
            System.out.print(c + "=" + (c - 'a' + 1) + " ");
        }
        System.out.println();
        System.out.print("char + int 拼接: ");
        for (char c = 'x'; c <= 'z'; c++) {
            System.out.print(c + 1);
            System.out.print((char) (c + 1));
            System.out.print(' ');
        }
        System.out.println();

        String stems = "甲乙丙丁戊己庚辛壬癸";
        String branches = "子丑寅卯辰巳午未申酉戌亥";
        System.out.print("六十甲子前 12 个: ");
        for (int i = 0; i < 12; i++) {
            System.out.print("" + stems.charAt(i % 10) + branches.charAt(i % 12) + " ");
        }
        System.out.println();
        System.out.println("2024 年: " + stems.charAt((2024 - 4) % 10) + branches.charAt((2024 - 4) % 12));
        System.out.println("1984 年: " + stems.charAt((1984 - 4) % 10) + branches.charAt((1984 - 4) % 12));

        System.out.println("CJK 起始 8 个:");
        for (char c = '\u4E00'; c < '\u4E08'; c++) {
            System.out.println("  U+" + Integer.toHexString(c).toUpperCase() + " " + c + " 十进制=" + (int) c + " isLetter=" + Character.isLetter(c)
                    + " isIdeographic=" + Character.isIdeographic(c));
        }
        System.out.print("CJK 末尾附近: ");
        for (char c = '\u9FA0'; c <= '\u9FA5'; c++) {
            System.out.print(c);
        }
        System.out.println();
        int count = 0;
        for (char c = '一'; c <= '龥'; c++) {
            if (Character.isIdeographic(c)) count++;
        }
        System.out.println("U+4E00..U+9FA5 中表意字符个数: " + count);

        String nums = "零一二三四五六七八九";
        int n = 2024;
        StringBuilder cn = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            cn.append(nums.charAt(c - '0'));
        }
        System.out.println(n + " -> " + cn);
        System.out.print("全角数字: ");
        for (char c = '０'; c <= '９'; c++) {
            System.out.print(c);
        }
        System.out.println();
        System.out.print("全角转半角: ");
        String mixed = "ＡＢＣ１２３　ｘｙｚ！";
        StringBuilder half = new StringBuilder();
        for (char c : mixed.toCharArray()) {
            if (c == '\u3000') half.append(' ');
            else if (c >= '\uFF01' && c <= '\uFF5E') half.append((char) (c - 0xFEE0));
            else half.append(c);
        }
        System.out.println("[" + half + "]");

        System.out.println("char 回绕:");
        char top = '\uFFFE';
        for (int i = 0; i < 4; i++) {
            System.out.print((int) top + " ");
            top++;
        }
        System.out.println();
        char zero = 0;
        zero--;
        System.out.println("(char) 0 - 1 = " + (int) zero);
        char c1 = 'a';
        c1 += 25;
        System.out.println("'a' += 25 -> " + c1);
        c1 += '中';
        System.out.println("再 += '中' -> " + (int) c1 + " " + c1);
        int[] freq = new int[26];
        String text = "The Quick Brown Fox Jumps Over The Lazy Dog 中文不计";
        for (char c : text.toLowerCase().toCharArray()) {
            if (c >= 'a' && c <= 'z') freq[c - 'a']++;
        }
        StringBuilder fs = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            if (freq[c - 'a'] > 1) fs.append(c).append(':').append(freq[c - 'a']).append(' ');
        }
        System.out.println("出现多次的字母: " + fs.toString().trim());
        System.out.println("Character.toUpperCase('ß') = " + Character.toUpperCase('ß') + ", \"ß\".toUpperCase() = " + "ß".toUpperCase());
        System.out.println("Character.toChars(0x1F600).length = " + Character.toChars(0x1F600).length);
        System.out.println("(char) 65 + (char) 66 = " + ((char) 65 + (char) 66) + ", \"\" + (char) 65 + (char) 66 = " + "" + (char) 65 + (char) 66);
        System.out.println("'中' - '一' = " + ('中' - '一') + ", (char)('一' + 1) = " + (char) ('一' + 1));
        System.out.println("Character.MAX_VALUE = " + (int) Character.MAX_VALUE + ", MIN_VALUE = " + (int) Character.MIN_VALUE);
    }
}
