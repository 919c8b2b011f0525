import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Stack;

// ArrayList/LinkedList/ArrayDeque/Stack 的操作与打印
public class Main {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        list.add("甲");
        list.add("丙");
        list.add(1, "乙");
        list.addAll(List.of("丁", "戊"));
        list.addAll(0, List.of("零"));
        System.out.println("ArrayList: " + list + " size=" + list.size());
        System.out.println("get(2)=" + list.get(2) + " indexOf(丁)=" + list.indexOf("丁") + " contains(己)=" + list.contains("己"));
        list.set(0, "〇");
        System.out.println("set(0): " + list);
        System.out.println("remove(1)=" + list.remove(1) + " remove(\"戊\")=" + list.remove("戊") + " -> " + list);
        System.out.println("subList(1,3)=" + list.subList(1, 3));
        list.subList(1, 3).clear();
        System.out.println("subList.clear 后: " + list);
        try {
            list.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("越界: " + e.getMessage());
        }
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1));
        nums.sort(null);
        System.out.println("sort(null): " + nums + " toArray 长度: " + nums.toArray(new Integer[0]).length);
        System.out.println("空列表: " + new ArrayList<>() + " isEmpty=" + new ArrayList<>().isEmpty());

        LinkedList<Integer> ll = new LinkedList<>();
        ll.add(2);
        ll.addFirst(1);
        ll.addLast(3);
        ll.push(0);
        System.out.println("LinkedList: " + ll + " peekFirst=" + ll.peekFirst() + " peekLast=" + ll.peekLast());
        System.out.println("pop=" + ll.pop() + " pollLast=" + ll.pollLast() + " -> " + ll);
        ll.add(null);
        System.out.println("LinkedList 允许 null: " + ll);

        Deque<String> dq = new ArrayDeque<>();
        dq.offerFirst("b");
        dq.offerFirst("a");
        dq.offerLast("c");
        dq.push("栈顶");
        System.out.println("ArrayDeque: " + dq);
        System.out.println("peek=" + dq.peek() + " pop=" + dq.pop() + " pollLast=" + dq.pollLast() + " -> " + dq);
        try {
            dq.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque 不允许 null");
        }
        Deque<Integer> emptyDq = new ArrayDeque<>();
        System.out.println("空 deque poll=" + emptyDq.poll() + " peek=" + emptyDq.peek());
        try {
            emptyDq.pop();
        } catch (NoSuchElementException e) {
            System.out.println("空 deque pop -> NoSuchElementException");
        }
        Queue<String> q = new ArrayDeque<>();
        q.offer("第一");
        q.offer("第二");
        q.offer("第三");
        StringBuilder order = new StringBuilder();
        while (!q.isEmpty()) order.append(q.poll()).append(' ');
        System.out.println("队列 FIFO: " + order.toString().trim());
        Iterable<String> desc = ((ArrayDeque<String>) dq)::descendingIterator;
        StringBuilder rev = new StringBuilder();
        for (String s : desc) rev.append(s);
        System.out.println("descendingIterator: " + rev);

        Stack<Character> stack = new Stack<>();
        for (char c : "迁移工具".toCharArray()) stack.push(c);
        System.out.println("Stack: " + stack + " peek=" + stack.peek() + " search(移)=" + stack.search('移'));
        StringBuilder popped = new StringBuilder();
        while (!stack.empty()) popped.append(stack.pop());
        System.out.println("出栈: " + popped);
        System.out.println("括号匹配: " + balanced("{[()()]}") + " " + balanced("([)]") + " " + balanced("（（））") + " " + balanced("(("));
        System.out.println("逆波兰 3 4 + 2 * 7 - = " + rpn("3 4 + 2 * 7 -"));
    }

    static boolean balanced(String s) {
        Deque<Character> st = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{', '（' -> st.push(c);
                case ')' -> { if (st.isEmpty() || st.pop() != '(') return false; }
                case ']' -> { if (st.isEmpty() || st.pop() != '[') return false; }
                case '}' -> { if (st.isEmpty() || st.pop() != '{') return false; }
                case '）' -> { if (st.isEmpty() || st.pop() != '（') return false; }
                default -> { }
            }
        }
        return st.isEmpty();
    }

    static int rpn(String expr) {
        Deque<Integer> st = new ArrayDeque<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> {
                    int b = st.pop(), a = st.pop();
                    st.push(a - b);
                }
                default -> st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }
}
