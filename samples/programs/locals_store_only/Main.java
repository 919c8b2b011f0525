// 只写不读的局部变量（Java 允许，Go 要求“使用”）与赋值表达式
public class Main {
    static int scan(int[] tags) {
        boolean sawDynamic = false;
        boolean sawConstant = false;
        String last = null;
        int size = 0;
        for (int tag : tags) {
            switch (tag) {
                case 17:
                    sawDynamic = true;
                    sawConstant = true;
                    size += 5;
                    break;
                case 18:
                    sawDynamic = true;
                    size += 5;
                    break;
                default:
                    last = "标签" + tag;
                    size += 3;
            }
        }
        int copy;
        copy = size;
        return copy;
    }

    public static void main(String[] args) {
        System.out.println("大小 " + scan(new int[] {1, 17, 18, 4}));
        String line;
        int n = 0;
        String[] input = {"第一行", "第二行"};
        while (n < input.length && (line = input[n]) != null) {
            System.out.println(n + ": " + line);
            n++;
        }
    }
}
