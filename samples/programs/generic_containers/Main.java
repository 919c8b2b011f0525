import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

// 自己实现的泛型容器：二叉搜索树、单链表、Pair、嵌套泛型
public class Main {
    static final class Pair<K, V> {
        private final K key;
        private final V value;

        Pair(K key, V value) {
            this.key = key;
            this.value = value;
        }

        K key() {
            return key;
        }

        V value() {
            return value;
        }

        <R> Pair<K, R> mapValue(Function<? super V, ? extends R> f) {
            return new Pair<>(key, f.apply(value));
        }

        Pair<V, K> swap() {
            return new Pair<>(value, key);
        }

        @Override
        public String toString() {
            return "(" + key + ", " + value + ")";
        }
    }

    static final class LinkedList2<T> implements Iterable<T> {
        private static final class Node<T> {
            T val;
            Node<T> next;

            Node(T val, Node<T> next) {
                this.val = val;
                this.next = next;
            }
        }

        private Node<T> head;
        private int size;

        void addFirst(T v) {
            head = new Node<>(v, head);
            size++;
        }

        void addLast(T v) {
            Node<T> n = new Node<>(v, null);
            if (head == null) {
                head = n;
            } else {
                Node<T> cur = head;
                while (cur.next != null) cur = cur.next;
                cur.next = n;
            }
            size++;
        }

        T removeFirst() {
            if (head == null) throw new NoSuchElementException("链表为空");
            T v = head.val;
            head = head.next;
            size--;
            return v;
        }

        void reverse() {
            Node<T> prev = null, cur = head;
            while (cur != null) {
                Node<T> nx = cur.next;
                cur.next = prev;
                prev = cur;
                cur = nx;
            }
            head = prev;
        }

        <R> LinkedList2<R> map(Function<? super T, ? extends R> f) {
            LinkedList2<R> out = new LinkedList2<>();
            for (T t : this) out.addLast(f.apply(t));
            return out;
        }

        int size() {
            return size;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node<T> cur = head;

                public boolean hasNext() {
                    return cur != null;
                }

                public T next() {
                    if (cur == null) throw new NoSuchElementException();
                    T v = cur.val;
                    cur = cur.next;
                    return v;
                }
            };
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node<T> n = head; n != null; n = n.next) {
                sb.append(n.val);
                if (n.next != null) sb.append(" -> ");
            }
            return sb.append("]").toString();
        }
    }

    static final class BST<K extends Comparable<K>, V> {
        private final class Node {
            final K key;
            V value;
            Node left, right;

            Node(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private Node root;
        private int size;

        V put(K key, V value) {
            if (root == null) {
                root = new Node(key, value);
                size++;
                return null;
            }
            Node cur = root;
            while (true) {
                int c = key.compareTo(cur.key);
                if (c == 0) {
                    V old = cur.value;
                    cur.value = value;
                    return old;
                }
                Node next = c < 0 ? cur.left : cur.right;
                if (next == null) {
                    if (c < 0) cur.left = new Node(key, value);
                    else cur.right = new Node(key, value);
                    size++;
                    return null;
                }
                cur = next;
            }
        }

        V get(K key) {
            Node cur = root;
            while (cur != null) {
                int c = key.compareTo(cur.key);
                if (c == 0) return cur.value;
                cur = c < 0 ? cur.left : cur.right;
            }
            return null;
        }

        int height() {
            return height(root);
        }

        private int height(Node n) {
            return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right));
        }

        List<Pair<K, V>> inOrder() {
            List<Pair<K, V>> out = new ArrayList<>();
            walk(root, out);
            return out;
        }

        private void walk(Node n, List<Pair<K, V>> out) {
            if (n == null) return;
            walk(n.left, out);
            out.add(new Pair<>(n.key, n.value));
            walk(n.right, out);
        }

        K min() {
            if (root == null) return null;
            Node n = root;
            while (n.left != null) n = n.left;
            return n.key;
        }

        int size() {
            return size;
        }
    }

    static <T extends Comparable<? super T>> T maxOf(Iterable<T> items) {
        T best = null;
        for (T t : items) {
            if (best == null || t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    public static void main(String[] args) {
        LinkedList2<String> list = new LinkedList2<>();
        list.addLast("乙");
        list.addFirst("甲");
        list.addLast("丙");
        list.addLast("丁");
        System.out.println("链表: " + list + " size=" + list.size());
        list.reverse();
        System.out.println("反转: " + list);
        System.out.println("map 长度: " + list.map(s -> s + s).map(String::length));
        System.out.println("removeFirst: " + list.removeFirst() + " 剩余 " + list);
        System.out.println("maxOf(链表) = " + maxOf(list));
        LinkedList2<Integer> empty = new LinkedList2<>();
        try {
            empty.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("异常: " + e.getMessage());
        }

        BST<Integer, String> tree = new BST<>();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
        for (int k : keys) tree.put(k, "值" + k);
        System.out.println("put 已存在返回旧值: " + tree.put(40, "四十"));
        System.out.println("BST size=" + tree.size() + " height=" + tree.height() + " min=" + tree.min());
        System.out.println("中序: " + tree.inOrder());
        System.out.println("get(40)=" + tree.get(40) + " get(99)=" + tree.get(99));
        BST<String, Integer> words = new BST<>();
        for (String w : "迁移 工具 把 Java 转成 Go 和 TypeScript 工具".split(" ")) {
            Integer old = words.get(w);
            words.put(w, old == null ? 1 : old + 1);
        }
        System.out.println("词频(按字符串排序): " + words.inOrder());

        Pair<String, Integer> p = new Pair<>("年龄", 30);
        System.out.println("Pair: " + p + " swap: " + p.swap() + " mapValue: " + p.mapValue(v -> v / 7.0));
        Pair<String, Pair<Integer, List<String>>> nested = new Pair<>("外层", new Pair<>(1, List.of("x", "y")));
        System.out.println("嵌套泛型: " + nested + " 内层列表第二个: " + nested.value().value().get(1));
        List<Pair<String, List<Integer>>> table = new ArrayList<>();
        table.add(new Pair<>("偶数", List.of(2, 4, 6)));
        table.add(new Pair<>("奇数", List.of(1, 3)));
        int total = 0;
        for (Pair<String, List<Integer>> row : table) {
            for (int v : row.value()) total += v;
        }
        System.out.println("表格求和: " + total + " " + table);
        System.out.println("maxOf(List.of(3,9,2)) = " + maxOf(List.of(3, 9, 2)));
    }
}
