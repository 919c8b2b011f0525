// StringBuilder：append/insert/reverse（含代理对）/deleteCharAt/replace/setLength
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("迁移");
        sb.append("工具").append(2).append('版').append(1.5).append(true).append((Object) null).append(3L);
        System.out.println("append 链: " + sb);
        System.out.println("length=" + sb.length());
        sb.insert(0, "【").insert(sb.length(), "】");
        System.out.println("insert 首尾: " + sb);
        sb.insert(3, 42);
        System.out.println("insert(3, 42): " + sb);
        sb.deleteCharAt(3).deleteCharAt(3);
        System.out.println("deleteCharAt 两次: " + sb);
        sb.delete(5, 10);
        System.out.println("delete(5,10): " + sb);
        sb.replace(1, 3, "转换");
        System.out.println("replace(1,3): " + sb);
        sb.setCharAt(0, '[');
        System.out.println("setCharAt: " + sb);
        System.out.println("indexOf(转) = " + sb.indexOf("转") + " charAt(2) = " + sb.charAt(2));

        StringBuilder r1 = new StringBuilder("abc中文");
        System.out.println("reverse: " + r1.reverse());
        StringBuilder r2 = new StringBuilder("a😀b🚀c");
        String rev = r2.reverse().toString();
        System.out.println("reverse 保持代理对: " + rev + " 长度 " + rev.length());
        System.out.println("reverse 后码点数: " + rev.codePointCount(0, rev.length()));
        StringBuilder r3 = new StringBuilder("x😀");
        r3.deleteCharAt(1);
        System.out.println("删除高代理后剩下的码值: " + (int) r3.charAt(1) + " 长度 " + r3.length());
        StringBuilder r4 = new StringBuilder("😀");
        r4.appendCodePoint(0x1F600).appendCodePoint('中');
        System.out.println("appendCodePoint: " + r4 + " 长度 " + r4.length());

        StringBuilder trunc = new StringBuilder("0123456789");
        trunc.setLength(4);
        System.out.println("setLength(4): " + trunc);
        trunc.setLength(6);
        System.out.println("setLength(6) 补 \\0: " + trunc.toString().replace('\0', '_'));
        StringBuilder csv = new StringBuilder();
        String[] cols = {"编号", "名称", "数量"};
        for (String col : cols) {
            if (csv.length() > 0) csv.append(',');
            csv.append(col);
        }
        System.out.println("CSV 表头: " + csv);
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            chain.append(i).append(i < 4 ? "->" : "");
        }
        System.out.println("链: " + chain);
        System.out.println("substring(2,5): " + chain.substring(2, 5));
        System.out.println("compareTo: " + new StringBuilder("abc").compareTo(new StringBuilder("abd")));
        StringBuffer buf = new StringBuffer("线程安全");
        buf.append("的").insert(0, "旧的").reverse();
        System.out.println("StringBuffer: " + buf);
        char[] dst = new char[3];
        new StringBuilder("甲乙丙丁").getChars(1, 4, dst, 0);
        System.out.println("getChars: " + new String(dst));
        try {
            new StringBuilder("ab").insert(5, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert 越界: " + e.getClass().getSimpleName());
        }
        try {
            new StringBuilder("").deleteCharAt(0);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt 越界: " + e.getClass().getSimpleName());
        }
        System.out.println("回文判断: " + isPalindrome("上海自来水来自海上") + " " + isPalindrome("迁移工具"));
    }

    static boolean isPalindrome(String s) {
        return new StringBuilder(s).reverse().toString().equals(s);
    }
}
