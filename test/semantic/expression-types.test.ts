// One-line table tests: an expression placed in a method body → its type as typeToString renders it.

import { describe, expect, test } from "vitest";
import { exprType } from "./helpers.js";

type Row = [setup: string, expr: string, expected: string];

function table(name: string, rows: Row[], opts: Parameters<typeof exprType>[2] = {}): void {
  describe(name, () => {
    test.each(rows)("%s ⟹ %s", (setup, expr, expected) => {
      expect(exprType(setup, expr, opts)).toBe(expected);
    });
  });
}

table("literals", [
  ["", "1", "int"],
  ["", "1L", "long"],
  ["", "1.5f", "float"],
  ["", "1.5", "double"],
  ["", "'c'", "char"],
  ['', '"s"', "java.lang.String"],
  ["", "true", "boolean"],
  ["", "null", "null"],
  ["", '"""\n    text\n    """', "java.lang.String"],
]);

table("numeric promotion and operators", [
  ["byte b = 1; short s = 2;", "b + s", "int"],
  ["char c = 'a';", "c + 1", "int"],
  ["int i = 1; long l = 2;", "i * l", "long"],
  ["int i = 1; float f = 2;", "i / f", "float"],
  ["long l = 1; double d = 2;", "l - d", "double"],
  ["Integer a = 1; Long b = 2L;", "a + b", "long"],
  ["char c = 'a';", "-c", "int"],
  ["byte b = 1;", "~b", "int"],
  ["long l = 1;", "l << 2", "long"],
  ["int i = 1;", "i >>> 1L", "int"],
  ["int i = 1;", "i & 3", "int"],
  ["boolean a = true, b = false;", "a ^ b", "boolean"],
  ["Boolean a = true;", "a & false", "boolean"],
  ["int i = 1;", "i < 2", "boolean"],
  ["boolean c = true;", "!c", "boolean"],
  ["char c = 'a';", "c++", "char"],
  ["byte b = 1;", "b += 300", "byte"],
  ["String s = null;", "s += 1", "java.lang.String"],
  ["int i = 1;", '"x" + i', "java.lang.String"],
  ["char c = 'a';", "c + \"\" + 1", "java.lang.String"],
  ["Object o = null;", "o + \"\"", "java.lang.String"],
]);

table("conditionals, casts, instanceof, arrays, class literals", [
  ["boolean c = true;", "c ? 1 : 2L", "long"],
  ["boolean c = true; Integer x = 1;", "c ? x : 0", "int"],
  ["boolean c = true;", 'c ? "a" : null', "java.lang.String"],
  ["boolean c = true;", "c ? 1 : null", "java.lang.Integer"],
  ["", "List.of(1, 2.5)", "java.util.List<java.lang.Number>"],
  ["", "Arrays.asList(new ArrayList<String>(), new LinkedList<String>())", "java.util.List<java.util.AbstractList<java.lang.String>>"],
  ["boolean c = true;", "c ? 'x' : 0", "char"],
  ["boolean c = true; Character ch = 'y';", "c ? ch : 65", "char"],
  ["boolean c = true;", "c ? 'x' : 70000", "int"],
  ["boolean c = true; int i = 0;", "c ? 'x' : i", "int"],
  ["boolean c = true; byte b = 1; short s = 2;", "c ? b : s", "short"],
  ["boolean c = true; byte b = 1;", "c ? b : -128", "byte"],
  ["boolean c = true;", "c ? new ArrayList<String>() : new LinkedList<String>()", "java.util.AbstractList"],
  ["Object o = 1;", "(String) o", "java.lang.String"],
  ["double d = 1;", "(int) d", "int"],
  ["Object o = 1;", "o instanceof String", "boolean"],
  ["int[] a = new int[3];", "a[0]", "int"],
  ["int[][] a = new int[3][];", "a[0]", "int[]"],
  ["String[] a = {};", "a.length", "int"],
  ["", "new String[2][3]", "java.lang.String[][]"],
  ["", "new int[] {1, 2}", "int[]"],
  ["int[] a = {};", "a.clone()", "int[]"],
  ["", "String.class", "java.lang.Class<java.lang.String>"],
  ["", "int.class", "java.lang.Class<java.lang.Integer>"],
  ["String s = \"\";", "s.getClass()", "java.lang.Class<? extends java.lang.String>"],
]);

table("fields and methods with generic substitution", [
  ["Map<String, List<Integer>> m = new HashMap<>();", 'm.get("k")', "java.util.List<java.lang.Integer>"],
  ["Map<String, List<Integer>> m = new HashMap<>();", 'm.get("k").get(0)', "java.lang.Integer"],
  ["Map<String, Integer> m = new HashMap<>();", "m.entrySet()", "java.util.Set<java.util.Map.Entry<java.lang.String, java.lang.Integer>>"],
  ["Map<String, Integer> m = new HashMap<>();", "m.entrySet().iterator().next().getValue()", "java.lang.Integer"],
  ["List<? extends Number> l = null;", "l.get(0)", "java.lang.Number"],
  ["ArrayList<String> l = new ArrayList<>();", "l.iterator()", "java.util.Iterator<java.lang.String>"],
  ["", "System.out", "java.io.PrintStream"],
  ["", "Integer.MAX_VALUE", "int"],
  ["", "Math.max(1, 2L)", "long"],
  ["", "Math.abs(-1.5f)", "float"],
  ["", 'String.valueOf(1).length()', "int"],
  ["StringBuilder sb = new StringBuilder();", 'sb.append("a").append(1)', "java.lang.StringBuilder"],
  ["List<String> l = new ArrayList<>();", "l.toArray(new String[0])", "java.lang.String[]"],
]);

table("overload resolution", [
  ["", "over(1)", "int"],
  ["", "over(1L)", "long"],
  ["byte b = 1;", "over(b)", "int"],
  ["Integer i = 1;", "over(i)", "java.lang.Integer"],
  ["", 'over("s")', "java.lang.Object"],
  ["", "over(1, 2, 3)", "java.lang.String"],
  ["", "over()", "java.lang.String"],
  ["", "over(1.5)", "long"],
  ["List<Integer> l = new ArrayList<>(); int i = 0;", "l.remove(i)", "java.lang.Integer"],
  ["List<Integer> l = new ArrayList<>(); Integer i = 0;", "l.remove(i)", "boolean"],
  ["char c = 'a';", "String.valueOf(c)", "java.lang.String"],
  ["Object o = null;", "Objects.equals(o, o)", "boolean"],
], {
  members: `
  int over(int x) { return x; }
  long over(long x) { return x; }
  long over(float x) { return 0; }
  long over(double x) { return 0; }
  Integer over(Integer x) { return x; }
  Object over(Object x) { return x; }
  String over(int... xs) { return ""; }`,
});

table("generic methods and inference", [
  ["", "Collections.emptyList()", "java.util.List<java.lang.Object>"],
  ["", "List.of(1, 2)", "java.util.List<java.lang.Integer>"],
  ["", 'List.of("a", "b", "c", "d")', "java.util.List<java.lang.String>"],
  ["", 'Arrays.asList("a", "b")', "java.util.List<java.lang.String>"],
  ["", 'Map.of("a", 1)', "java.util.Map<java.lang.String, java.lang.Integer>"],
  ["", 'Optional.of("x").map(s -> s.length())', "java.util.Optional<java.lang.Integer>"],
  ["", 'Optional.ofNullable("x").orElse("y")', "java.lang.String"],
  ["", "identity(42)", "java.lang.Integer"],
  ["", 'pair("a", 1L)', "java.util.Map.Entry<java.lang.String, java.lang.Long>"],
  ["List<String> xs = null;", "xs.stream().map(x -> x.length())", "java.util.stream.Stream<java.lang.Integer>"],
  ["List<String> xs = null;", "xs.stream().map(String::length).collect(Collectors.toList())", "java.util.List<java.lang.Integer>"],
  ["List<String> xs = null;", "xs.stream().collect(Collectors.toSet())", "java.util.Set<java.lang.String>"],
  ["List<String> xs = null;", "xs.stream().collect(Collectors.groupingBy(String::length))", "java.util.Map<java.lang.Integer, java.util.List<java.lang.String>>"],
  ["List<String> xs = null;", "xs.stream().collect(Collectors.toMap(s -> s, s -> s.length()))", "java.util.Map<java.lang.String, java.lang.Integer>"],
  ["List<String> xs = null;", 'xs.stream().collect(Collectors.joining(","))', "java.lang.String"],
  ["List<String> xs = null;", "xs.stream().mapToInt(String::length).sum()", "int"],
  ["List<String> xs = null;", "xs.stream().filter(s -> !s.isEmpty()).findFirst()", "java.util.Optional<java.lang.String>"],
  ["List<String> xs = null;", "xs.stream().sorted(Comparator.comparing(String::length)).toList()", "java.util.List<java.lang.String>"],
  ["List<List<String>> xs = null;", "xs.stream().flatMap(l -> l.stream())", "java.util.stream.Stream<java.lang.String>"],
  ["List<String> xs = null;", "xs.stream().reduce(0, (a, s) -> a + s.length(), Integer::sum)", "java.lang.Integer"],
  ["", "CompletableFuture.supplyAsync(() -> 1).thenApply(x -> x + 1L)", "java.util.concurrent.CompletableFuture<java.lang.Long>"],
  ["Map<String, List<Integer>> m = new HashMap<>();", 'm.computeIfAbsent("k", k -> new ArrayList<>())', "java.util.List<java.lang.Integer>"],
], {
  imports: "import java.util.concurrent.*;",
  members: `
  static <T> T identity(T t) { return t; }
  static <K, V> Map.Entry<K, V> pair(K k, V v) { return null; }`,
});

table("target typing", [
  ["List<String> l = Collections.emptyList();", "l", "java.util.List<java.lang.String>"],
  ["", "(List<String>) new ArrayList<String>()", "java.util.List<java.lang.String>"],
  ["Function<String, Integer> f = s -> s.length();", "f.apply(\"\")", "java.lang.Integer"],
  ["Supplier<List<String>> s = ArrayList::new;", "s.get()", "java.util.List<java.lang.String>"],
  ["Runnable r = () -> {};", "r", "java.lang.Runnable"],
  ["BiFunction<Integer, Integer, Integer> f = (a, b) -> a + b;", "f", "java.util.function.BiFunction<java.lang.Integer, java.lang.Integer, java.lang.Integer>"],
  ["Comparator<String> c = (a, b) -> a.compareTo(b);", "c.compare(\"a\", \"b\")", "int"],
]);

table("var, switch expressions, enums, records", [
  ['var x = "s";', "x", "java.lang.String"],
  ["var m = new HashMap<String, Integer>();", "m", "java.util.HashMap<java.lang.String, java.lang.Integer>"],
  ["var l = List.of(1);", "l.get(0)", "java.lang.Integer"],
  ["int k = 1;", 'switch (k) { case 1 -> "a"; default -> "b"; }', "java.lang.String"],
  ["int k = 1;", "switch (k) { case 1 -> 1; default -> { yield 2L; } }", "long"],
  ["Color c = Color.RED;", "c.ordinal()", "int"],
  ["", "Color.values()", "p.T.Color[]"],
  ["", 'Color.valueOf("RED")', "p.T.Color"],
  ["", "Color.RED.name()", "java.lang.String"],
  ["", "Color.RED.compareTo(Color.BLUE)", "int"],
  ["", "Color.RED.hex", "java.lang.String"],
  ["Point p = new Point(1, 2);", "p.x()", "int"],
  ["", "new Point(1, 2)", "p.Point"],
  ["Point p = null;", "p.hashCode()", "int"],
  ["Point p = null;", "p.equals(p)", "boolean"],
], {
  members: `
  enum Color { RED("f00"), BLUE("00f"); final String hex; Color(String h) { hex = h; } }`,
  after: "record Point(int x, int y) {}",
});

table("method references, explicit type arguments, bounded type variables", [
  ["List<String> xs = null;", "xs.stream().map(this::len)", "java.util.stream.Stream<java.lang.Integer>"],
  ["List<String> xs = null;", "xs.stream().map(StringBuilder::new)", "java.util.stream.Stream<java.lang.StringBuilder>"],
  ["List<String> xs = null;", "xs.stream().toArray(String[]::new)", "java.lang.String[]"],
  ["List<String> xs = null;", "xs.stream().map(String::valueOf)", "java.util.stream.Stream<java.lang.String>"],
  ["List<String> xs = null;", "System.out::println", "?unknown"],
  ["Consumer<String> c = System.out::println;", "c", "java.util.function.Consumer<java.lang.String>"],
  ["", "Collections.<String>emptyList()", "java.util.List<java.lang.String>"],
  ["", "max(1, 2)", "java.lang.Integer"],
  ["", "Executors.newSingleThreadExecutor().submit(() -> 42)", "java.util.concurrent.Future<java.lang.Integer>"],
  ["", "Executors.newSingleThreadExecutor().submit(() -> System.out.println())", "java.util.concurrent.Future<?>"],
  ["Map<String, Integer> m = new HashMap<>();", "m.getOrDefault(\"a\", 0) + 1", "int"],
  ["Map<String, Integer> m = new HashMap<>();", "m.merge(\"a\", 1, Integer::sum)", "java.lang.Integer"],
  ["Optional<String> o = Optional.empty();", "o.orElseThrow(() -> new IllegalStateException())", "java.lang.String"],
], {
  imports: "import java.util.concurrent.*;",
  members: `
  int len(String s) { return s.length(); }
  static <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) > 0 ? a : b; }`,
});

// JLS §5.1.10: a member read through `Box<?>` is typed by the parameter's declared bound, as the
// captured variable's upper bound is; a bound mentioning type variables is left alone.
table("capture of an unbounded wildcard", [
  ["Box<?> b = null;", "b.get().area()", "double"],
  ["Box<?> b = null;", "b.item.area()", "double"],
  ["List<Box<?>> bs = null;", "bs.get(0).get()", "p.T.Shape"],
  ["Ranked<?> r = null;", "r.get()", "java.lang.Object"],
], {
  members: `
  interface Shape { double area(); }
  static class Box<S extends Shape> { S item; S get() { return item; } }
  static class Ranked<R extends Comparable<R>> { R get() { return null; } }`,
});

// JLS §18.5.2: a poly expression (generic call, diamond, conditional, lambda result) nested in an
// argument takes its type arguments from the outer call's target when its own arguments leave them open.
table("inference from the target through nested poly expressions", [
  ["List<String> w = null; w.sort(Comparator.nullsFirst(Comparator.naturalOrder()));", "Comparator.naturalOrder()", "java.util.Comparator<java.lang.String>"],
  ["Comparator<Emp> c = Comparator.comparing(Emp::salary, Comparator.nullsFirst(Comparator.naturalOrder()));", "Comparator.naturalOrder()", "java.util.Comparator<java.lang.Double>"],
  ["Comparator<Emp> c = Comparator.comparing(Emp::salary, Comparator.nullsFirst(Comparator.naturalOrder()));", "Emp::salary", "java.util.function.Function<p.T.Emp, java.lang.Double>"],
  ["Optional<Integer> p = Optional.of(1).flatMap(n -> n > 0 ? Optional.of(n) : Optional.empty());", "Optional.empty()", "java.util.Optional<java.lang.Integer>"],
  ["Optional<Integer> p = Optional.of(1).flatMap(n -> { if (n > 0) return Optional.of(n); return Optional.empty(); });", "Optional.empty()", "java.util.Optional<java.lang.Integer>"],
  ["List<Integer> s = Collections.synchronizedList(new ArrayList<>());", "new ArrayList<>()", "java.util.ArrayList<java.lang.Integer>"],
  ["TreeMap<String, Integer> m = new TreeMap<>(Comparator.reverseOrder());", "Comparator.reverseOrder()", "java.util.Comparator<java.lang.String>"],
  ["List<String> l = true ? Collections.emptyList() : new ArrayList<>();", "new ArrayList<>()", "java.util.ArrayList<java.lang.String>"],
  ["Set<String> s = null;", "new TreeSet<>(s.stream().collect(Collectors.toSet()))", "java.util.TreeSet<java.lang.String>"],
  ["List<String> xs = null; int n = xs.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size));", "List::size", "java.util.function.Function<java.util.List<java.lang.String>, java.lang.Integer>"],
  ["List<Emp> es = null;", "es.stream().collect(Collectors.groupingBy(Emp::name, TreeMap::new, Collectors.filtering(e -> e.salary() > 1, Collectors.counting())))", "java.util.TreeMap<java.lang.String, java.lang.Long>"],
  ["List<Emp> es = null; Map<String, Long> m = es.stream().collect(Collectors.groupingBy(Emp::name, TreeMap::new, Collectors.counting()));", "TreeMap::new", "java.util.function.Supplier<java.util.TreeMap<java.lang.String, java.lang.Long>>"],
  ["int k = 1;", "switch (k) { case 1 -> { long g = 2; yield g; } default -> 0; }", "long"],
], { members: "record Emp(String name, Double salary) {}" });
