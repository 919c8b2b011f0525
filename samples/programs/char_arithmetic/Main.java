// char 是 UTF-16 代码单元：算术、比较、与 int 混合
public class Main {
    public static void main(String[] args) {
        char a = 'A';
        char next = (char) (a + 1);
        System.out.println("a + 1 = " + (a + 1));
        System.out.println("(char)(a + 1) = " + next);
        a++;
        System.out.println("a++ 后 = " + a);
        a += 2;
        System.out.println("a += 2 后 = " + a);
        char zhong = '中';
        System.out.println("'中' 的码值 = " + (int) zhong);
        System.out.println("'中' + 1 = " + (char) (zhong + 1));
        System.out.println("十六进制 = " + Integer.toHexString(zhong));
        System.out.println("'a' + 'b' = " + ('a' + 'b'));
        System.out.println("\"\" + 'a' + 'b' = " + "" + 'a' + 'b');
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        char digit = '7';
        int value = digit - '0';
        System.out.println("'7' - '0' = " + value);
        char c = 'z';
        System.out.println("大写: " + (char) (c - 32));
        System.out.println("Character.toUpperCase = " + Character.toUpperCase(c));

        // 遍历字母表的一段
        StringBuilder sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'f'; ch++) {
            sb.append(ch);
        }
        System.out.println("字母: " + sb);
        StringBuilder han = new StringBuilder();
        for (char ch = '一'; ch < '一' + 5; ch++) {
            han.append(ch).append(' ');
        }
        System.out.println("汉字序列: " + han.toString().trim());

        // 代理对
        String emoji = "😀";
        char hi = emoji.charAt(0);
        char lo = emoji.charAt(1);
        System.out.println("高代理 = " + (int) hi + " 低代理 = " + (int) lo);
        System.out.println("isHighSurrogate = " + Character.isHighSurrogate(hi));
        System.out.println("码点 = " + Character.toCodePoint(hi, lo));
        System.out.println("码点十六进制 = " + Integer.toHexString(emoji.codePointAt(0)));
        char[] chars = Character.toChars(0x1F680);
        System.out.println("toChars 长度 = " + chars.length + " 字符串 = " + new String(chars));

        // char 溢出
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("Character.MAX_VALUE + 1 = " + (int) max);
        char min = 0;
        min--;
        System.out.println("0 - 1 as char = " + (int) min);

        // switch 上的 char
        String s = "Java转Go，9个字!";
        int letters = 0, digits = 0, others = 0;
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    letters += 10;
                    break;
                default:
                    if (Character.isLetter(ch)) letters++;
                    else if (Character.isDigit(ch)) digits++;
                    else others++;
            }
        }
        System.out.println("letters=" + letters + " digits=" + digits + " others=" + others);

        // 三元与 char
        int i = 5;
        System.out.println(true ? 'x' : 0);
        System.out.println(true ? 'x' : i);
        System.out.println(false ? 1 : 'y');
        char cc = 'A';
        cc *= 2;
        System.out.println("'A' *= 2 -> " + (int) cc);
        System.out.println("(char) 0x4E2D = " + (char) 0x4E2D);
        System.out.println("Character.getNumericValue('８') = " + Character.getNumericValue('８'));
        System.out.println("比较: " + ('中' > 'z') + " " + ('A' < 'a'));
    }
}
