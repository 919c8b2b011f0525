import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

// 自定义集合：环形缓冲区 + 内部类迭代器（访问外部实例字段、fail-fast、remove），以及带步长的区间迭代器与过滤迭代器
public class Main {
    static class RingBuffer<T> implements Iterable<T> {
        private final Object[] data;
        private int head;
        private int size;
        private int modCount;

        RingBuffer(int capacity) {
            data = new Object[capacity];
        }

        boolean offer(T item) {
            modCount++;
            if (size == data.length) {
                data[head] = item;
                head = (head + 1) % data.length;
                return false;
            }
            data[(head + size) % data.length] = item;
            size++;
            return true;
        }

        @SuppressWarnings("unchecked")
        T poll() {
            if (size == 0) throw new NoSuchElementException("缓冲区为空");
            T v = (T) data[head];
            data[head] = null;
            head = (head + 1) % data.length;
            size--;
            modCount++;
            return v;
        }

        int size() {
            return size;
        }

        @Override
        public Iterator<T> iterator() {
            return new Itr();
        }

        private class Itr implements Iterator<T> {
            private int cursor = 0;
            private int lastRet = -1;
            private int expected = modCount;

            public boolean hasNext() {
                return cursor < size;
            }

            @SuppressWarnings("unchecked")
            public T next() {
                if (expected != modCount) throw new ConcurrentModificationException("迭代期间被修改");
                if (cursor >= size) throw new NoSuchElementException("没有更多元素, cursor=" + cursor);
                lastRet = cursor;
                return (T) data[(head + cursor++) % data.length];
            }

            public void remove() {
                if (lastRet < 0) throw new IllegalStateException("remove 前必须先 next");
                for (int i = lastRet; i < size - 1; i++) {
                    data[(head + i) % data.length] = data[(head + i + 1) % data.length];
                }
                data[(head + size - 1) % data.length] = null;
                size--;
                cursor = lastRet;
                lastRet = -1;
                modCount++;
                expected = modCount;
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (T t : this) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(t);
            }
            return sb.append("] head=").append(head).append(" size=").append(size).toString();
        }
    }

    static class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            if (step == 0) throw new IllegalArgumentException("step 不能为 0");
            this.from = from;
            this.to = to;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                long next = from;

                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    int v = (int) next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static <T> Iterable<T> filter(Iterable<T> src, Predicate<? super T> p) {
        return () -> new Iterator<T>() {
            final Iterator<T> it = src.iterator();
            T pending;
            boolean ready;

            public boolean hasNext() {
                while (!ready && it.hasNext()) {
                    T c = it.next();
                    if (p.test(c)) {
                        pending = c;
                        ready = true;
                    }
                }
                return ready;
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return pending;
            }
        };
    }

    public static void main(String[] args) {
        RingBuffer<String> rb = new RingBuffer<>(4);
        String[] words = {"一", "二", "三", "四", "五", "六"};
        for (String w : words) {
            boolean fresh = rb.offer(w);
            System.out.println("offer " + w + " 新增=" + fresh + " -> " + rb);
        }
        System.out.println("poll = " + rb.poll() + " -> " + rb);
        rb.offer("七");
        rb.offer("八");
        System.out.println("再 offer 七 八 -> " + rb);
        Iterator<String> it = rb.iterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("五") || s.equals("八")) {
                it.remove();
                System.out.println("  删除 " + s + " -> " + rb);
            }
        }
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("重复 remove: " + e.getMessage());
        }
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("越界 next: " + e.getMessage());
        }
        try {
            for (String s : rb) {
                if (s.equals("六")) rb.offer("九");
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME: " + e.getMessage() + " -> " + rb);
        }
        Iterator<String> a = rb.iterator();
        Iterator<String> b = rb.iterator();
        a.next();
        System.out.println("两个独立迭代器: a 第二个=" + a.next() + ", b 第一个=" + b.next());
        while (rb.size() > 0) System.out.print(rb.poll() + " ");
        System.out.println();
        try {
            rb.poll();
        } catch (NoSuchElementException e) {
            System.out.println("空 poll: " + e.getMessage());
        }

        System.out.println("== Range ==");
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 20, 3)) sb.append(i).append(' ');
        System.out.println("0..20 步长3: " + sb.toString().trim());
        sb.setLength(0);
        for (int i : new Range(10, -5, -4)) sb.append(i).append(' ');
        System.out.println("10..-5 步长-4: " + sb.toString().trim());
        sb.setLength(0);
        for (int i : new Range(Integer.MAX_VALUE - 5, Integer.MAX_VALUE, 2)) sb.append(i).append(' ');
        System.out.println("接近 MAX 不溢出: " + sb.toString().trim());
        int count = 0;
        for (int ignored : new Range(5, 5, 1)) count++;
        System.out.println("空区间次数: " + count);
        try {
            new Range(0, 1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("非法步长: " + e.getMessage());
        }
        System.out.println("== 过滤迭代器 ==");
        sb.setLength(0);
        for (int i : filter(new Range(1, 50, 1), n -> n % 7 == 0 || Integer.toString(n).contains("7"))) sb.append(i).append(',');
        System.out.println("含 7 或 7 的倍数: " + sb);
        RingBuffer<String> names = new RingBuffer<>(8);
        for (String n : new String[]{"张三", "Alice", "李四", "Bob", "王小五", "😀Emoji"}) names.offer(n);
        sb.setLength(0);
        for (String n : filter(names, s -> s.codePointAt(0) > 127)) sb.append(n).append(' ');
        System.out.println("非 ASCII 开头: " + sb.toString().trim());
        Iterable<String> empty = filter(names, s -> false);
        System.out.println("全过滤掉 hasNext: " + empty.iterator().hasNext());
    }
}
