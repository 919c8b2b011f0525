package com.acme.broken.util;

/**
 * GBK 编码、无 BOM 的文件（合法的 Java 代码）。
 * 工具在未指定编码时应能探测出 GBK，或报告编码问题，而不是产生乱码。
 */
public final class GbkTextUtil {

    public static final String 默认分隔符 = "，";

    private GbkTextUtil() {
    }

    /** 把金额格式化为“人民币 12.50 元” */
    public static String 格式化金额(long 分) {
        long 元 = 分 / 100;
        long 余 = Math.abs(分 % 100);
        return "人民币 " + (分 < 0 && 元 == 0 ? "-" : "") + 元 + "." + (余 < 10 ? "0" : "") + 余 + " 元";
    }

    /** 统计字符串中的汉字个数 */
    public static int 汉字个数(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            if (c >= '\u4e00' && c <= '\u9fa5') {
                n++;
            }
        }
        return n;
    }

    public static String 拼接(String... 片段) {
        return String.join(默认分隔符, 片段);
    }
}
