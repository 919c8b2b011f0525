import java.util.ArrayList;
import java.util.List;

// 静态计数器与静态嵌套类：实例编号分配、静态初始化块、嵌套类访问外部私有静态成员、静态工厂与缓存、实例内部类对比
public class Main {
    private static int totalCreated;
    private static final List<String> LOG = new ArrayList<>();

    static {
        LOG.add("Main 静态块执行");
    }

    static class Ticket {
        private static int nextNo = 1000;
        private static int cancelled;
        static final String PREFIX;

        static {
            PREFIX = "票-";
            LOG.add("Ticket 静态块执行, nextNo=" + nextNo);
        }

        final String no;
        final String passenger;
        boolean active = true;

        Ticket(String passenger) {
            this.no = PREFIX + nextNo++;
            this.passenger = passenger;
            totalCreated++;
        }

        void cancel() {
            if (!active) throw new IllegalStateException(no + " 已取消");
            active = false;
            cancelled++;
        }

        static int activeCount() {
            return nextNo - 1000 - cancelled;
        }

        @Override
        public String toString() {
            return no + "(" + passenger + (active ? "" : ",已取消") + ")";
        }

        static class Seat {
            private static final Seat[][] CACHE = new Seat[3][4];
            private static int lookups, misses;
            final int row;
            final char col;

            private Seat(int row, char col) {
                this.row = row;
                this.col = col;
            }

            static Seat of(int row, char col) {
                lookups++;
                int c = col - 'A';
                if (row < 1 || row > 3 || c < 0 || c > 3) throw new IllegalArgumentException("无效座位 " + row + col);
                if (CACHE[row - 1][c] == null) {
                    misses++;
                    CACHE[row - 1][c] = new Seat(row, col);
                }
                return CACHE[row - 1][c];
            }

            static String stats() {
                return "查找 " + lookups + " 次, 新建 " + misses + " 个";
            }

            @Override
            public String toString() {
                return row + "" + col;
            }
        }
    }

    static class Counter {
        static int shared;
        int own;

        void hit() {
            shared++;
            own++;
        }
    }

    class Session {
        final int id = ++totalCreated;

        String describe() {
            return "Session#" + id + " (外部 totalCreated=" + totalCreated + ")";
        }
    }

    static class Lazy {
        static {
            LOG.add("Lazy 静态块执行");
        }

        static final int CONST = 42;
        static int value = compute();

        static int compute() {
            LOG.add("Lazy.compute 执行");
            return CONST * 2;
        }
    }

    public static void main(String[] args) {
        LOG.add("main 开始");
        System.out.println("读取编译期常量 Lazy.CONST = " + Lazy.CONST);
        LOG.add("读取 CONST 之后");
        List<Ticket> tickets = new ArrayList<>();
        for (String p : new String[]{"张三", "李四", "王五", "赵六", "Ivy"}) tickets.add(new Ticket(p));
        System.out.println("出票: " + tickets);
        tickets.get(1).cancel();
        tickets.get(3).cancel();
        try {
            tickets.get(1).cancel();
        } catch (IllegalStateException e) {
            System.out.println("重复取消: " + e.getMessage());
        }
        System.out.println("有效票 " + Ticket.activeCount() + " 张, 已取消 " + Ticket.cancelled + " 张, 下一个编号 " + Ticket.nextNo);
        System.out.println("取消后: " + tickets);
        Ticket.Seat s1 = Ticket.Seat.of(1, 'A');
        Ticket.Seat s2 = Ticket.Seat.of(1, 'A');
        Ticket.Seat s3 = Ticket.Seat.of(3, 'D');
        System.out.println("座位缓存同一实例: " + (s1 == s2) + ", " + s1 + " " + s3 + ", " + Ticket.Seat.stats());
        for (String bad : new String[]{"0A", "2E", "4B", "2@"}) {
            try {
                Ticket.Seat.of(bad.charAt(0) - '0', bad.charAt(1));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println(Ticket.Seat.stats());
        Counter c1 = new Counter(), c2 = new Counter();
        for (int i = 0; i < 3; i++) c1.hit();
        for (int i = 0; i < 5; i++) c2.hit();
        System.out.println("c1.own=" + c1.own + " c2.own=" + c2.own + " shared=" + Counter.shared);
        Main outer = new Main();
        Main.Session sa = outer.new Session();
        Main.Session sb = outer.new Session();
        System.out.println(sa.describe());
        System.out.println(sb.describe());
        System.out.println("totalCreated = " + totalCreated);
        LOG.add("访问 Lazy.value 之前");
        System.out.println("Lazy.value = " + Lazy.value);
        System.out.println("== 初始化日志 ==");
        for (int i = 0; i < LOG.size(); i++) System.out.println((i + 1) + ". " + LOG.get(i));
        int before = Ticket.nextNo;
        Ticket t = null;
        for (int i = 0; i < 3; i++) t = new Ticket("批量" + i);
        System.out.println("批量出票 " + (Ticket.nextNo - before) + " 张, 最后 " + t + ", totalCreated=" + totalCreated);
    }
}
