// 凯撒密码（英文字母与中文常用区间位移）、维吉尼亚密码、回文判断（忽略标点、中文回文、码点级别）
public class Main {
    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        int k = ((shift % 26) + 26) % 26;
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + k) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + k) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String caesarCjk(String s, int shift) {
        final int base = 0x4E00, size = 0x9FA5 - 0x4E00 + 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FA5) {
                int off = Math.floorMod(c - base + shift, size);
                sb.append((char) (base + off));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String vigenere(String s, String key, boolean encrypt) {
        StringBuilder sb = new StringBuilder();
        int j = 0;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c) && c < 128) {
                int k = Character.toLowerCase(key.charAt(j % key.length())) - 'a';
                if (!encrypt) k = -k;
                char base = Character.isUpperCase(c) ? 'A' : 'a';
                sb.append((char) (base + Math.floorMod(c - base + k, 26)));
                j++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isPalindromeChars(String s) {
        for (int i = 0, j = s.length() - 1; i < j; i++, j--) {
            if (s.charAt(i) != s.charAt(j)) return false;
        }
        return true;
    }

    static boolean isPalindromeLoose(String s) {
        int[] cps = s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
            if (cps[i] != cps[j]) return false;
        }
        return true;
    }

    static String longestPalindromicSubstring(String s) {
        String best = "";
        for (int i = 0; i < s.length(); i++) {
            for (int j = s.length(); j > i + best.length(); j--) {
                String sub = s.substring(i, j);
                if (isPalindromeChars(sub)) {
                    best = sub;
                    break;
                }
            }
        }
        return best;
    }

    public static void main(String[] args) {
        String plain = "Hello, World! Attack at Dawn 凌晨进攻 xyz";
        int[] shifts = {3, 13, 26, 27, -1, -29, 0};
        for (int sh : shifts) {
            String enc = caesar(plain, sh);
            System.out.println("shift " + sh + ": " + enc + " | 解密回: " + caesar(enc, -sh).equals(plain));
        }
        System.out.println("ROT13 两次: " + caesar(caesar("Why did the chicken", 13), 13));
        int[] cjkShifts = {1, -1, 100, 20902, -20903};
        for (int sh : cjkShifts) {
            String enc = caesarCjk("密码学很有趣，一龥", sh);
            System.out.println("中文位移 " + sh + ": " + enc + " -> " + caesarCjk(enc, -sh));
        }
        String key = "LEMON";
        String msg = "Attack at dawn! 攻击 Retreat?";
        String v = vigenere(msg, key, true);
        System.out.println("Vigenere: " + v);
        System.out.println("解密: " + vigenere(v, key, false));

        System.out.println("== 暴力破解凯撒 ==");
        String secret = caesar("the treasure is under the old tree", 11);
        String[] common = {"the", "is", "and"};
        int bestShift = -1, bestScore = -1;
        for (int sh = 0; sh < 26; sh++) {
            String cand = caesar(secret, -sh);
            int score = 0;
            for (String w : cand.split(" ")) {
                for (String cw : common) if (w.equals(cw)) score++;
            }
            if (score > 0) System.out.println("  shift " + sh + " 得分 " + score + ": " + cand);
            if (score > bestScore) {
                bestScore = score;
                bestShift = sh;
            }
        }
        System.out.println("最佳 shift = " + bestShift);

        System.out.println("== 回文 ==");
        String[] tests = {"上海自来水来自海上", "黄山落叶松叶落山黄", "A man, a plan, a canal: Panama", "racecar", "Racecar",
                "不是回文", "", "a", "😀好😀", "ab😀ba", "𠮷a𠮷", "12321", "1232", "雾锁山头山锁雾，天连水尾水连天"};
        for (String t : tests) {
            System.out.println("[" + t + "] 严格=" + isPalindromeChars(t) + " 宽松=" + isPalindromeLoose(t)
                    + " 反转相等=" + new StringBuilder(t).reverse().toString().equals(t));
        }
        System.out.println("== 最长回文子串 ==");
        String[] texts = {"我爱上海自来水来自海上的风景", "babad", "forgeeksskeegfor", "abc", "人人为我我为人人"};
        for (String t : texts) {
            String p = longestPalindromicSubstring(t);
            System.out.println(t + " -> " + p + " (长度 " + p.length() + ")");
        }
        int count = 0;
        StringBuilder found = new StringBuilder();
        for (int n = 100; n < 1000; n++) {
            String sq = String.valueOf((long) n * n);
            if (isPalindromeChars(sq)) {
                count++;
                found.append(n).append("²=").append(sq).append(' ');
            }
        }
        System.out.println("平方为回文的三位数: " + count + " 个: " + found.toString().trim());
    }
}
