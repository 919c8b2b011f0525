// 中文与 emoji（代理对）上的 length/charAt/substring/indexOf
public class Main {
    public static void main(String[] args) {
        String s = "你好，世界";
        System.out.println("length = " + s.length());
        System.out.println("charAt(1) = " + s.charAt(1));
        System.out.println("substring(3) = " + s.substring(3));
        System.out.println("substring(0, 2) = " + s.substring(0, 2));
        System.out.println("indexOf(世) = " + s.indexOf('世'));
        System.out.println("indexOf(\"界\") = " + s.indexOf("界"));
        System.out.println("indexOf(不存在) = " + s.indexOf("不存在"));
        System.out.println("lastIndexOf(，) = " + s.lastIndexOf("，"));
        System.out.println("contains(世界) = " + s.contains("世界"));
        System.out.println("UTF-8 字节数 = " + s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        System.out.println("UTF-16 字节数 = " + s.getBytes(java.nio.charset.StandardCharsets.UTF_16BE).length);

        String e = "A😀B🇨🇳C";
        System.out.println("emoji 串 length = " + e.length());
        System.out.println("codePointCount = " + e.codePointCount(0, e.length()));
        System.out.println("indexOf(B) = " + e.indexOf('B'));
        System.out.println("indexOf(C) = " + e.indexOf("C"));
        System.out.println("charAt(1) 是高代理? " + Character.isHighSurrogate(e.charAt(1)));
        System.out.println("substring(1, 3) = " + e.substring(1, 3));
        String broken = e.substring(0, 2);
        System.out.println("截断代理对长度 = " + broken.length() + " 最后一个码值 = " + (int) broken.charAt(1));
        System.out.println("codePointAt(1) = " + e.codePointAt(1));
        System.out.println("codePointAt(2) (低代理) = " + e.codePointAt(2));
        System.out.println("offsetByCodePoints(0, 2) = " + e.offsetByCodePoints(0, 2));
        StringBuilder cps = new StringBuilder();
        e.codePoints().forEach(cp -> cps.append(Integer.toHexString(cp)).append(' '));
        System.out.println("码点列表: " + cps.toString().trim());
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < e.length(); i++) {
            units.append((int) e.charAt(i)).append(',');
        }
        System.out.println("代码单元: " + units);

        String mixed = "Java转Go：迁移🚀工具v2";
        System.out.println("toUpperCase = " + mixed.toUpperCase());
        System.out.println("toLowerCase = " + mixed.toLowerCase());
        System.out.println("replace = " + mixed.replace("Go", "TypeScript"));
        System.out.println("split(：) = " + String.join("|", mixed.split("：")));
        System.out.println("startsWith(Java) = " + mixed.startsWith("Java") + " endsWith(v2) = " + mixed.endsWith("v2"));
        System.out.println("strip = [" + "\u3000 全角空格 \t".strip() + "]");
        System.out.println("trim = [" + "\u3000 全角空格 \t".trim() + "]");
        System.out.println("isBlank(全角空格) = " + "\u3000".isBlank());
        System.out.println("repeat = " + "哈".repeat(3));
        System.out.println("chars 中的汉字数 = " + mixed.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count());
        System.out.println("compareTo(啊, 吧) = " + "啊".compareTo("吧"));
        System.out.println("compareTo(a, 中) = " + "a".compareTo("中"));
        System.out.println("compareTo(😀, \uFFFF) = " + "😀".compareTo("\uFFFF"));
        System.out.println("equalsIgnoreCase = " + "ÄBC".equalsIgnoreCase("äbc"));
        char[] arr = "汉字".toCharArray();
        System.out.println("toCharArray 长度 = " + arr.length);
        System.out.println("new String(char[], 1, 1) = " + new String(arr, 1, 1));
        System.out.println("String.valueOf(char[]) = " + String.valueOf(arr));
        System.out.println("lines: " + "第一行\n第二行\r\n第三行".lines().count());
        System.out.println("indent:\n" + "甲\n乙".indent(2));
        System.out.println("chars().sum() = " + "中文".chars().sum());
        System.out.println("intern 相同? " + (new String("迁移").intern() == "迁移"));
        try {
            s.substring(3, 10);
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println("越界: " + ex.getMessage());
        }
        try {
            s.charAt(-1);
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println("charAt(-1): " + ex.getMessage());
        }
    }
}
