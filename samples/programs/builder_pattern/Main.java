import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

// 建造者模式：静态嵌套 Builder、链式调用、必填项校验、默认值、不可变结果、toBuilder 复制修改
public class Main {
    static final class HttpRequest {
        private final String method;
        private final String url;
        private final List<String> headers;
        private final String body;
        private final int timeoutMs;
        private final int retries;

        private HttpRequest(Builder b) {
            this.method = b.method;
            this.url = b.url;
            this.headers = Collections.unmodifiableList(new ArrayList<>(b.headers));
            this.body = b.body;
            this.timeoutMs = b.timeoutMs;
            this.retries = b.retries;
        }

        static Builder builder(String url) {
            return new Builder(url);
        }

        Builder toBuilder() {
            Builder b = new Builder(url).method(method).body(body).timeout(timeoutMs).retries(retries);
            b.headers.addAll(headers);
            return b;
        }

        List<String> headers() {
            return headers;
        }

        @Override
        public String toString() {
            return method + " " + url + " headers=" + headers + " body=" + (body == null ? "<无>" : "\"" + body + "\"")
                    + " timeout=" + timeoutMs + "ms retries=" + retries;
        }

        static final class Builder {
            private String method = "GET";
            private final String url;
            private final List<String> headers = new ArrayList<>();
            private String body;
            private int timeoutMs = 3000;
            private int retries = 0;
            private static int built = 0;

            private Builder(String url) {
                this.url = url;
            }

            Builder method(String m) {
                this.method = m.toUpperCase();
                return this;
            }

            Builder header(String name, String value) {
                headers.add(name + ": " + value);
                return this;
            }

            Builder body(String body) {
                this.body = body;
                return this;
            }

            Builder timeout(int ms) {
                this.timeoutMs = ms;
                return this;
            }

            Builder retries(int n) {
                this.retries = n;
                return this;
            }

            HttpRequest build() {
                List<String> problems = new ArrayList<>();
                if (url == null || url.isBlank()) problems.add("url 不能为空");
                else if (!url.startsWith("http://") && !url.startsWith("https://")) problems.add("url 协议不支持: " + url);
                if (timeoutMs <= 0) problems.add("timeout 必须为正: " + timeoutMs);
                if (retries < 0 || retries > 5) problems.add("retries 超出范围 0..5: " + retries);
                if (body != null && (method.equals("GET") || method.equals("DELETE"))) problems.add(method + " 不能带 body");
                if (!problems.isEmpty()) throw new IllegalStateException(String.join("; ", problems));
                built++;
                return new HttpRequest(this);
            }
        }
    }

    static class Pizza {
        enum Size { 小, 中, 大 }

        final Size size;
        final List<String> toppings;
        final boolean extraCheese;

        private Pizza(Size size, List<String> toppings, boolean extraCheese) {
            this.size = size;
            this.toppings = List.copyOf(toppings);
            this.extraCheese = extraCheese;
        }

        int price() {
            int base = switch (size) {
                case 小 -> 39;
                case 中 -> 59;
                case 大 -> 79;
            };
            return base + toppings.size() * 8 + (extraCheese ? 10 : 0);
        }

        @Override
        public String toString() {
            return size + "号披萨" + toppings + (extraCheese ? "+芝士" : "") + " ¥" + price();
        }

        static class Builder {
            private Size size = Size.中;
            private final List<String> toppings = new ArrayList<>();
            private boolean extraCheese;

            Builder size(Size s) {
                size = s;
                return this;
            }

            Builder add(String... ts) {
                for (String t : ts) {
                    if (toppings.contains(t)) continue;
                    toppings.add(t);
                }
                return this;
            }

            Builder cheese() {
                extraCheese = !extraCheese;
                return this;
            }

            Pizza build() {
                return new Pizza(size, toppings, extraCheese);
            }
        }
    }

    public static void main(String[] args) {
        HttpRequest r1 = HttpRequest.builder("https://api.example.com/订单/42").build();
        System.out.println(r1);
        HttpRequest r2 = HttpRequest.builder("https://api.example.com/orders")
                .method("post").header("Content-Type", "application/json; charset=UTF-8").header("X-用户", "张三")
                .body("{\"商品\":\"苹果\",\"数量\":3}").timeout(1500).retries(2).build();
        System.out.println(r2);
        HttpRequest r3 = r2.toBuilder().method("put").header("If-Match", "\"v7\"").retries(5).build();
        System.out.println(r3);
        System.out.println("r2 的 headers 未被修改: " + r2.headers().size() + " 个, r3: " + r3.headers().size() + " 个");
        try {
            r2.headers().add("X-Hack: 1");
        } catch (UnsupportedOperationException e) {
            System.out.println("headers 不可修改: " + e.getClass().getSimpleName());
        }
        String[][] bad = {{"", "GET", "1000", "0", null}, {"ftp://files", "GET", "0", "9", null},
                {"http://x", "get", "100", "-1", "正文"}, {"http://x", "DELETE", "-5", "6", "删除体"}, {"http://ok", "PATCH", "1", "5", ""}};
        for (String[] b : bad) {
            try {
                HttpRequest r = HttpRequest.builder(b[0]).method(b[1]).timeout(Integer.parseInt(b[2])).retries(Integer.parseInt(b[3])).body(b[4]).build();
                System.out.println("成功: " + r);
            } catch (IllegalStateException e) {
                System.out.println("失败: " + e.getMessage());
            }
        }
        System.out.println("成功构建次数: " + HttpRequest.Builder.built);

        System.out.println("== 披萨 ==");
        Pizza.Builder pb = new Pizza.Builder();
        Pizza p1 = pb.add("蘑菇", "青椒").build();
        Pizza p2 = pb.size(Pizza.Size.大).add("青椒", "培根", "菠萝").cheese().build();
        Pizza p3 = pb.cheese().size(Pizza.Size.小).build();
        Pizza p4 = new Pizza.Builder().build();
        System.out.println(p1);
        System.out.println(p2);
        System.out.println(p3);
        System.out.println(p4);
        System.out.println("p1 配料数不受后续 add 影响: " + p1.toppings.size());
        int total = 0;
        for (Pizza p : List.of(p1, p2, p3, p4)) total += p.price();
        System.out.println("总价 ¥" + total + ", 平均 ¥" + String.format("%.2f", total / 4.0));
        for (Pizza.Size s : Pizza.Size.values()) {
            System.out.println(s + "号空披萨 ¥" + new Pizza.Builder().size(s).build().price() + ", 全配料 ¥"
                    + new Pizza.Builder().size(s).add("a", "b", "c", "d", "e").cheese().build().price());
        }
    }
}
