package shapes;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/** A JDK superclass with no TypeScript counterpart is dropped: super(...) and super.m() become stubs. */
public class TaskExecutor extends ScheduledThreadPoolExecutor {
    private final int size;

    public TaskExecutor(int size) {
        super(size);
        this.size = size;
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        super.afterExecute(r, t);
        System.out.println(size);
    }

    public static ScheduledThreadPoolExecutor anonymous() {
        return new ScheduledThreadPoolExecutor(2) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                super.afterExecute(r, t);
            }
        };
    }
}
