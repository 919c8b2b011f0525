import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

// 泛型 Result<T, E>：sealed 接口 + record 实现，map/flatMap/mapError/orElse/fold，收集多个结果，用于表单校验与下单流程
public class Main {
    sealed interface Result<T, E> permits Ok, Err {
        static <T, E> Result<T, E> ok(T value) {
            return new Ok<>(value);
        }

        static <T, E> Result<T, E> err(E error) {
            return new Err<>(error);
        }

        default boolean isOk() {
            return this instanceof Ok;
        }

        default <U> Result<U, E> map(Function<? super T, ? extends U> f) {
            if (this instanceof Ok<T, E> ok) return new Ok<>(f.apply(ok.value()));
            return new Err<>(((Err<T, E>) this).error());
        }

        default <U> Result<U, E> flatMap(Function<? super T, Result<U, E>> f) {
            if (this instanceof Ok<T, E> ok) return f.apply(ok.value());
            return new Err<>(((Err<T, E>) this).error());
        }

        default <F> Result<T, F> mapError(Function<? super E, ? extends F> f) {
            if (this instanceof Err<T, E> err) return new Err<>(f.apply(err.error()));
            return new Ok<>(((Ok<T, E>) this).value());
        }

        default T orElse(T fallback) {
            return this instanceof Ok<T, E> ok ? ok.value() : fallback;
        }

        default <R> R fold(Function<? super T, ? extends R> onOk, Function<? super E, ? extends R> onErr) {
            if (this instanceof Ok<T, E> ok) return onOk.apply(ok.value());
            return onErr.apply(((Err<T, E>) this).error());
        }
    }

    record Ok<T, E>(T value) implements Result<T, E> {
    }

    record Err<T, E>(E error) implements Result<T, E> {
    }

    enum ErrorCode { 格式错误, 超出范围, 余额不足, 商品不存在 }

    record Failure(ErrorCode code, String detail) {
        @Override
        public String toString() {
            return code + "(" + detail + ")";
        }
    }

    static Result<Integer, Failure> parseQty(String s) {
        try {
            int q = Integer.parseInt(s);
            if (q <= 0 || q > 99) return Result.err(new Failure(ErrorCode.超出范围, "数量 " + q));
            return Result.ok(q);
        } catch (NumberFormatException e) {
            return Result.err(new Failure(ErrorCode.格式错误, "\"" + s + "\""));
        }
    }

    static Result<Long, Failure> priceOf(String sku) {
        return switch (sku) {
            case "茶杯" -> Result.ok(2500L);
            case "茶壶" -> Result.ok(18800L);
            case "茶叶" -> Result.ok(9900L);
            default -> Result.err(new Failure(ErrorCode.商品不存在, sku));
        };
    }

    static Result<Long, Failure> charge(long balance, long amount) {
        return amount > balance ? Result.err(new Failure(ErrorCode.余额不足, "需 " + amount + " 有 " + balance)) : Result.ok(balance - amount);
    }

    static <T, E> Result<List<T>, List<E>> collect(List<Result<T, E>> results) {
        List<T> oks = new ArrayList<>();
        List<E> errs = new ArrayList<>();
        for (Result<T, E> r : results) {
            if (r instanceof Ok<T, E> ok) oks.add(ok.value());
            else errs.add(((Err<T, E>) r).error());
        }
        return errs.isEmpty() ? Result.ok(oks) : Result.err(errs);
    }

    public static void main(String[] args) {
        String[] qtys = {"3", "0", "abc", "99", "100", "-1", "", "２"};
        for (String q : qtys) {
            Result<Integer, Failure> r = parseQty(q);
            System.out.println("parseQty(\"" + q + "\") = " + r + " isOk=" + r.isOk() + " orElse(1)=" + r.orElse(1));
        }
        System.out.println("== 下单流程 ==");
        String[][] orders = {{"茶杯", "4"}, {"茶壶", "1"}, {"茶壶", "2"}, {"咖啡", "1"}, {"茶叶", "x"}, {"茶叶", "10"}};
        long balance = 50000;
        for (String[] o : orders) {
            final long bal = balance;
            Result<Long, Failure> r = priceOf(o[0])
                    .flatMap(p -> parseQty(o[1]).map(q -> p * q))
                    .flatMap(total -> charge(bal, total));
            String line = r.fold(left -> "成功, 余额 " + left / 100.0, f -> "失败: " + f);
            System.out.println(o[0] + " x " + o[1] + " -> " + line);
            balance = r.orElse(balance);
        }
        System.out.println("最终余额(分) = " + balance);
        Result<String, String> e = Result.<Integer, Failure>err(new Failure(ErrorCode.格式错误, "x"))
                .map(String::valueOf)
                .mapError(f -> f.code().name() + "/" + f.code().ordinal());
        System.out.println("mapError: " + e);
        Result<Integer, String> chained = Result.<Integer, String>ok(10).map(x -> x * 3).flatMap(x -> x > 20 ? Result.ok(x - 20) : Result.err("太小"))
                .map(x -> x / 3);
        System.out.println("链式: " + chained);
        System.out.println("== 批量收集 ==");
        List<Result<Integer, Failure>> all = new ArrayList<>();
        for (String q : new String[]{"1", "2", "3"}) all.add(parseQty(q));
        System.out.println("全部成功: " + collect(all));
        all.add(parseQty("零"));
        all.add(parseQty("500"));
        Result<List<Integer>, List<Failure>> mixed = collect(all);
        System.out.println("部分失败: " + mixed);
        System.out.println("失败数: " + mixed.fold(List::size, List::size) + ", 类型: " + mixed.getClass().getSimpleName());
        System.out.println("equals: " + Result.ok(1).equals(Result.ok(1)) + " " + Result.ok(1).equals(Result.err(1)) + ", hash 相同 " + (Result.ok("a").hashCode() == new Ok<>("a").hashCode()));
        Result<Void, String> unit = Result.ok(null);
        System.out.println("Ok(null): " + unit + " orElse = " + unit.orElse(null) + " map -> " + unit.map(v -> "非空"));
    }
}
