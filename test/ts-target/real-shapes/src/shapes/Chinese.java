package shapes;

/** spring-cloud-alibaba's NacosConfigUtils shape: UnicodeBlock.of may be null and is compared by identity. */
public class Chinese {
    public static boolean isChinese(char c) {
        Character.UnicodeBlock ub = Character.UnicodeBlock.of(c);
        return ub == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || ub == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    public static void main(String[] args) {
        System.out.println(isChinese('中') + " " + isChinese('a') + " " + Character.UnicodeScript.of('a'));
    }
}
