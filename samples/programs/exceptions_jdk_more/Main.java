import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.DateTimeException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

// 更多 JDK 异常：并发、反射、时间与编码异常的创建、层次捕获与打印
public class Main {
    static void step(int n) throws Exception {
        switch (n) {
            case 0 -> throw new TimeoutException("等待超时 3 秒");
            case 1 -> throw new ExecutionException("任务失败", new IllegalStateException("库存不足"));
            case 2 -> throw new CancellationException("已取消");
            case 3 -> throw new CompletionException("完成异常", new ArithmeticException("除零"));
            case 4 -> throw new RejectedExecutionException("线程池已满");
            case 5 -> throw new IllegalAccessException("无权访问");
            case 6 -> throw new NoSuchMethodException("getName");
            case 7 -> throw new DateTimeException("日期非法: 2月30日");
            case 8 -> throw new UnsupportedEncodingException("GBK2");
            case 9 -> throw new SecurityException();
            default -> System.out.println("第 " + n + " 步正常");
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 10; i++) {
            try {
                step(i);
            } catch (IllegalStateException e) {
                System.out.println("IllegalStateException 分支: " + e);
            } catch (RuntimeException e) {
                System.out.println("RuntimeException 分支: " + e + (e.getCause() != null ? " 原因 " + e.getCause().getMessage() : ""));
            } catch (ReflectiveOperationException e) {
                System.out.println("反射异常: " + e.getClass().getName() + " " + e.getMessage());
            } catch (IOException e) {
                System.out.println("IO 异常: " + e);
            } catch (Exception e) {
                System.out.println("受检异常: " + e + (e.getCause() != null ? " 原因 " + e.getCause() : ""));
            }
        }
        Throwable t = new Throwable("可抛出");
        System.out.println(t.getMessage() + " | " + t);
        System.out.println(new TimeoutException().getMessage());
    }
}
