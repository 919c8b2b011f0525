import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;

// ArrayDeque 滑动窗口：单调队列求窗口最大/最小值、限流器(固定窗口的时间戳队列)、移动平均、回文检查、撤销栈
public class Main {
    static int[] windowMax(int[] a, int k) {
        if (k <= 0 || k > a.length) return new int[0];
        int[] out = new int[a.length - k + 1];
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < a.length; i++) {
            while (!dq.isEmpty() && dq.peekFirst() <= i - k) dq.pollFirst();
            while (!dq.isEmpty() && a[dq.peekLast()] <= a[i]) dq.pollLast();
            dq.offerLast(i);
            if (i >= k - 1) out[i - k + 1] = a[dq.peekFirst()];
        }
        return out;
    }

    static int[] windowMin(int[] a, int k) {
        int[] neg = new int[a.length];
        for (int i = 0; i < a.length; i++) neg[i] = -a[i];
        int[] m = windowMax(neg, k);
        for (int i = 0; i < m.length; i++) m[i] = -m[i];
        return m;
    }

    static class RateLimiter {
        final int limit;
        final long window;
        final Deque<Long> hits = new ArrayDeque<>();

        RateLimiter(int limit, long window) {
            this.limit = limit;
            this.window = window;
        }

        boolean allow(long now) {
            while (!hits.isEmpty() && now - hits.peekFirst() >= window) hits.pollFirst();
            if (hits.size() >= limit) return false;
            hits.offerLast(now);
            return true;
        }
    }

    public static void main(String[] args) {
        int[] data = {1, 3, -1, -3, 5, 3, 6, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 0};
        for (int k : new int[]{1, 3, 4, 12, 13, 0}) {
            System.out.println("k=" + k + " max=" + Arrays.toString(windowMax(data, k)) + " min=" + Arrays.toString(windowMin(new int[]{4, 2, 12, 3, 8, 1, 7}, Math.min(k, 7))));
        }
        int[] temps = {22, 25, 19, 30, 28, 28, 17, 24, 31, 26};
        String[] days = {"一", "二", "三", "四", "五", "六", "日", "一", "二", "三"};
        int[] w3 = windowMax(temps, 3);
        for (int i = 0; i < w3.length; i++) System.out.println("周" + days[i] + "起三天最高温 " + w3[i] + "°C");

        System.out.println("== 限流器: 每 10 个时间单位最多 3 次 ==");
        RateLimiter rl = new RateLimiter(3, 10);
        long[] times = {0, 1, 2, 3, 9, 10, 11, 12, 12, 25, 26, 27, 28, 35, 36};
        StringBuilder sb = new StringBuilder();
        int allowed = 0;
        for (long t : times) {
            boolean ok = rl.allow(t);
            if (ok) allowed++;
            sb.append(t).append(ok ? "✓ " : "✗ ");
        }
        System.out.println(sb.toString().trim());
        System.out.println("通过 " + allowed + "/" + times.length + ", 队列中 " + rl.hits);

        System.out.println("== 移动平均 (窗口 4) ==");
        double[] prices = {10.0, 10.5, 11.0, 9.5, 12.0, 12.5, 8.0, 10.0};
        Deque<Double> win = new ArrayDeque<>();
        double sum = 0;
        for (double p : prices) {
            win.addLast(p);
            sum += p;
            if (win.size() > 4) sum -= win.removeFirst();
            System.out.println(String.format("价格 %5.2f 窗口 %-24s 平均 %.3f", p, win, sum / win.size()));
        }

        System.out.println("== 双端队列回文 ==");
        for (String s : new String[]{"level", "上海自来水来自海上", "abca", "a", ""}) {
            Deque<Character> d = new ArrayDeque<>();
            for (char c : s.toCharArray()) d.addLast(c);
            boolean pal = true;
            while (d.size() > 1) if (!d.pollFirst().equals(d.pollLast())) {
                pal = false;
                break;
            }
            System.out.println("[" + s + "] " + pal);
        }

        System.out.println("== 撤销/重做 ==");
        Deque<String> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();
        StringBuilder doc = new StringBuilder();
        String[] ops = {"+你好", "+，", "+世界", "undo", "undo", "redo", "+Java", "redo", "undo", "undo", "undo", "undo", "redo"};
        for (String op : ops) {
            if (op.startsWith("+")) {
                String text = op.substring(1);
                doc.append(text);
                undo.push(text);
                redo.clear();
            } else if (op.equals("undo")) {
                if (undo.isEmpty()) {
                    System.out.println("  无可撤销");
                    continue;
                }
                String t = undo.pop();
                doc.setLength(doc.length() - t.length());
                redo.push(t);
            } else {
                if (redo.isEmpty()) {
                    System.out.println("  无可重做");
                    continue;
                }
                String t = redo.pop();
                doc.append(t);
                undo.push(t);
            }
            System.out.println(String.format("%-6s -> [%s] undo=%s redo=%s", op, doc, undo, redo));
        }
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        dq.offerFirst(1);
        dq.offerLast(2);
        dq.push(0);
        dq.add(3);
        System.out.print("正序: " + dq + " 逆序: [");
        for (Iterator<Integer> it = dq.descendingIterator(); it.hasNext(); ) System.out.print(it.next() + (it.hasNext() ? ", " : ""));
        System.out.println("] peekFirst=" + dq.peekFirst() + " peekLast=" + dq.peekLast());
        try {
            dq.addLast(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque 不允许 null");
        }
        ArrayDeque<Integer> empty = new ArrayDeque<>();
        System.out.println("空队列 pollFirst=" + empty.pollFirst() + " peekLast=" + empty.peekLast());
        try {
            empty.removeFirst();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("空队列 removeFirst 抛 NoSuchElementException");
        }
    }
}
