// try/catch/finally 在各种退出路径上的执行顺序
public class Main {
    static StringBuilder trace = new StringBuilder();

    static int returnInTry() {
        int x = 1;
        try {
            trace.append("try;");
            return x;
        } finally {
            x = 99; // 不影响已计算的返回值
            trace.append("finally(x=").append(x).append(");");
        }
    }

    @SuppressWarnings("finally")
    static int returnInFinallyOverrides() {
        try {
            trace.append("try;");
            return 1;
        } finally {
            trace.append("finally;");
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallowsException() {
        try {
            trace.append("try;");
            throw new IllegalStateException("被吞掉的异常");
        } finally {
            trace.append("finally;");
            return "finally 返回值覆盖异常";
        }
    }

    static StringBuilder mutateReturned() {
        StringBuilder sb = new StringBuilder("原始");
        try {
            return sb;
        } finally {
            sb.append("+finally 修改");
        }
    }

    static String catchThenFinally(boolean fail) {
        try {
            trace.append("try;");
            if (fail) throw new RuntimeException("失败");
            trace.append("try 正常结束;");
            return "正常";
        } catch (RuntimeException e) {
            trace.append("catch(").append(e.getMessage()).append(");");
            return "已捕获";
        } finally {
            trace.append("finally;");
        }
    }

    static void exceptionInCatch() {
        try {
            try {
                throw new IllegalArgumentException("第一个");
            } catch (IllegalArgumentException e) {
                trace.append("catch1;");
                throw new IllegalStateException("catch 中抛出的第二个");
            } finally {
                trace.append("inner finally;");
            }
        } catch (IllegalStateException e) {
            trace.append("outer catch(").append(e.getMessage()).append(");");
        } finally {
            trace.append("outer finally;");
        }
    }

    static void exceptionInFinallyReplaces() {
        try {
            try {
                throw new RuntimeException("原始异常");
            } finally {
                trace.append("finally 抛出;");
                throw new UnsupportedOperationException("finally 中的异常");
            }
        } catch (RuntimeException e) {
            trace.append("捕获到: ").append(e.getMessage()).append(" suppressed=").append(e.getSuppressed().length).append(";");
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
                trace.append("f").append(i).append(';');
            }
        }
        return count;
    }

    static int nestedFinallyStack(int depth) {
        try {
            trace.append("进入").append(depth).append(';');
            if (depth == 3) return depth;
            return nestedFinallyStack(depth + 1) * 10;
        } finally {
            trace.append("离开").append(depth).append(';');
        }
    }

    static void show(String label, Object result) {
        System.out.println(label + " => " + result + " | 轨迹: " + trace);
        trace.setLength(0);
    }

    public static void main(String[] args) {
        show("try 中 return", returnInTry());
        show("finally 中 return 覆盖", returnInFinallyOverrides());
        show("finally return 吞异常", finallySwallowsException());
        show("返回引用后在 finally 中修改", mutateReturned());
        show("正常路径", catchThenFinally(false));
        show("异常路径", catchThenFinally(true));
        exceptionInCatch();
        show("catch 中再抛异常", "-");
        exceptionInFinallyReplaces();
        show("finally 中异常替换原异常", "-");
        show("循环中 continue/break 与 finally", loopWithFinally());
        show("递归 finally 栈", nestedFinallyStack(1));
        label:
        try {
            trace.append("try;");
            if (trace.length() > 0) break label;
            trace.append("不可达;");
        } finally {
            trace.append("break 标签也执行 finally;");
        }
        show("break 出 try", "-");
        try {
            int[] a = new int[2];
            a[2] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            trace.append("数组越界: ").append(e.getMessage()).append(';');
        } finally {
            trace.append("finally;");
        }
        show("运行时异常", "-");
    }
}
