import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// 字符串算法：KMP、Rabin-Karp、Z 函数、回文、词频、凯撒密码、Run-length 编码
public class Main {
    static int[] prefixFunction(String p) {
        int[] pi = new int[p.length()];
        for (int i = 1, k = 0; i < p.length(); i++) {
            while (k > 0 && p.charAt(i) != p.charAt(k)) k = pi[k - 1];
            if (p.charAt(i) == p.charAt(k)) k++;
            pi[i] = k;
        }
        return pi;
    }

    static List<Integer> kmp(String text, String pat) {
        List<Integer> hits = new ArrayList<>();
        int[] pi = prefixFunction(pat);
        for (int i = 0, k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pat.charAt(k)) k = pi[k - 1];
            if (text.charAt(i) == pat.charAt(k)) k++;
            if (k == pat.length()) {
                hits.add(i - k + 1);
                k = pi[k - 1];
            }
        }
        return hits;
    }

    static List<Integer> rabinKarp(String text, String pat) {
        final long base = 131, mod = 1_000_000_007L;
        int m = pat.length();
        List<Integer> hits = new ArrayList<>();
        if (m > text.length()) return hits;
        long hp = 0, ht = 0, pow = 1;
        for (int i = 0; i < m; i++) {
            hp = (hp * base + pat.charAt(i)) % mod;
            ht = (ht * base + text.charAt(i)) % mod;
            if (i > 0) pow = pow * base % mod;
        }
        for (int i = 0; ; i++) {
            if (hp == ht && text.regionMatches(i, pat, 0, m)) hits.add(i);
            if (i + m >= text.length()) break;
            ht = (ht - text.charAt(i) * pow % mod + mod) % mod;
            ht = (ht * base + text.charAt(i + m)) % mod;
        }
        return hits;
    }

    static int[] zFunction(String s) {
        int n = s.length();
        int[] z = new int[n];
        for (int i = 1, l = 0, r = 0; i < n; i++) {
            if (i < r) z[i] = Math.min(r - i, z[i - l]);
            while (i + z[i] < n && s.charAt(z[i]) == s.charAt(i + z[i])) z[i]++;
            if (i + z[i] > r) {
                l = i;
                r = i + z[i];
            }
        }
        return z;
    }

    static String longestPalindrome(String s) {
        int bestLo = 0, bestLen = 0;
        for (int c = 0; c < s.length(); c++) {
            for (int odd = 0; odd < 2; odd++) {
                int lo = c, hi = c + odd;
                while (lo >= 0 && hi < s.length() && s.charAt(lo) == s.charAt(hi)) {
                    lo--;
                    hi++;
                }
                if (hi - lo - 1 > bestLen) {
                    bestLen = hi - lo - 1;
                    bestLo = lo + 1;
                }
            }
        }
        return s.substring(bestLo, bestLo + bestLen);
    }

    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + Math.floorMod(c - 'a' + k, 26)));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + Math.floorMod(c - 'A' + k, 26)));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "在迁移工具中，迁移规则决定迁移质量；迁移迁移再迁移。";
        System.out.println("KMP 查找 迁移: " + kmp(text, "迁移"));
        System.out.println("RK  查找 迁移: " + rabinKarp(text, "迁移"));
        System.out.println("KMP 重叠匹配 aaaa 中 aa: " + kmp("aaaa", "aa") + " RK: " + rabinKarp("aaaa", "aa"));
        System.out.println("前缀函数 abacabab: " + java.util.Arrays.toString(prefixFunction("abacabab")));
        System.out.println("Z 函数 aabxaab: " + java.util.Arrays.toString(zFunction("aabxaab")));
        System.out.println("indexOf 对照: " + text.indexOf("迁移", 1) + " lastIndexOf: " + text.lastIndexOf("迁移"));
        for (String s : new String[]{"babad", "上海自来水来自海上啊", "abba", "x", ""}) {
            System.out.println("最长回文(" + s + ") = \"" + longestPalindrome(s) + "\"");
        }
        String enc = caesar("Hello, 世界! xyz", 3);
        System.out.println("凯撒加密: " + enc + " 解密: " + caesar(enc, -3));
        System.out.println("RLE: " + rle("aaabccddddd") + " " + rle("哈哈哈嘿嘿"));
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : "to be or not to be that is the question to".split("\\s+")) freq.merge(w, 1, Integer::sum);
        System.out.println("词频: " + freq);
        Map<Character, Integer> cf = new TreeMap<>();
        for (char c : "迁移迁移工具工".toCharArray()) cf.merge(c, 1, Integer::sum);
        System.out.println("字频: " + cf);
        System.out.println("变位词: " + isAnagram("listen", "silent") + " " + isAnagram("迁移工具", "工具迁移") + " " + isAnagram("ab", "abc"));
        System.out.println("正则分割: " + java.util.Arrays.toString("a1b22c333d".split("\\d+")) + " 替换: " + "订单号: 2024-0001".replaceAll("\\d", "#"));
        System.out.println("matches: " + "13800138000".matches("1[3-9]\\d{9}") + " " + "12345".matches("1[3-9]\\d{9}"));
    }

    static boolean isAnagram(String a, String b) {
        char[] x = a.toCharArray(), y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }
}
