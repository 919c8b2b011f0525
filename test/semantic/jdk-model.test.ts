// Pins representative signatures of the bundled JDK model, so a regeneration or decoder change that
// loses generics, varargs, constants or member types is caught.

import { describe, expect, it } from "vitest";
import { loadJdkModel } from "../../src/semantic/jdk/index.js";
import type { JType, MethodSymbol, TypeSymbol } from "../../src/semantic/types.js";
import { typeToString } from "../../src/semantic/types.js";

const jdk = loadJdkModel();

function type(fqn: string): TypeSymbol {
  const t = jdk.getType(fqn);
  if (!t) throw new Error(`missing ${fqn}`);
  return t;
}

function methods(fqn: string, name: string): MethodSymbol[] {
  return type(fqn).methods.filter((m) => m.name === name);
}

/** Java-like rendering of a method signature, type parameters with bounds included. */
function sig(m: MethodSymbol): string {
  const tps = m.typeParams.length
    ? `<${m.typeParams.map((p) => (p.bounds.length ? `${p.name} extends ${p.bounds.map(typeToString).join(" & ")}` : p.name)).join(", ")}> `
    : "";
  const params = m.params.map((p, i) =>
    m.varargs && i === m.params.length - 1 && p.kind === "array" ? `${typeToString(p.elem)}...` : typeToString(p),
  );
  return `${m.static ? "static " : ""}${tps}${typeToString(m.returnType)} ${m.name}(${params.join(", ")})`;
}

const cls = (fqn: string, args: JType[] = []): JType => ({ kind: "class", fqn, args });

describe("JDK model", () => {
  it("loads lazily and reports its JDK", () => {
    expect(loadJdkModel()).toBe(jdk);
    expect(jdk.version).toMatch(/^\d+/);
    expect(jdk.typeNames().length).toBeGreaterThan(500);
    expect(jdk.getType("com.acme.Nope")).toBeUndefined();
  });

  it("java.util.List: <E>, get(int): E, supertypes with arguments", () => {
    const list = type("java.util.List");
    expect(list).toMatchObject({ kind: "interface", pkg: "java.util", name: "List", origin: "jdk", abstract: true });
    expect(list.typeParams).toEqual([{ name: "E", bounds: [] }]);
    expect(list.superclass).toBeUndefined();
    expect(list.interfaces).toEqual([cls("java.util.Collection", [{ kind: "typevar", name: "E", owner: "java.util.List" }])]);
    const [get] = methods("java.util.List", "get");
    expect(get).toMatchObject({ params: [{ kind: "prim", name: "int" }], abstract: true, static: false, default: false });
    expect(get!.returnType).toEqual({ kind: "typevar", name: "E", owner: "java.util.List" });
    expect(methods("java.util.List", "sort")[0]!.default).toBe(true);
    expect(methods("java.util.List", "of").some((m) => m.varargs)).toBe(true);
  });

  it("member types use canonical names: java.util.Map.Entry", () => {
    const entry = type("java.util.Map.Entry");
    expect(entry).toMatchObject({ name: "Entry", pkg: "java.util", outer: "java.util.Map", inner: false, kind: "interface" });
    expect(entry.typeParams.map((p) => p.name)).toEqual(["K", "V"]);
    expect(type("java.util.Map").nested).toContain("java.util.Map.Entry");
    expect(jdk.getType("java.util.Map$Entry")).toBe(entry);
    const entrySet = methods("java.util.Map", "entrySet")[0]!;
    expect(typeToString(entrySet.returnType)).toBe("java.util.Set<java.util.Map.Entry<K, V>>");
    const simple = type("java.util.AbstractMap.SimpleEntry");
    expect(simple.interfaces.map(typeToString)).toContain("java.util.Map.Entry<K, V>");
    expect(simple.methods.filter((m) => m.name === "<init>")).toHaveLength(2);
  });

  it("Collections.sort has <T extends Comparable<? super T>> with a method-owned type variable", () => {
    const sorts = methods("java.util.Collections", "sort");
    expect(sorts.map(sig).sort()).toEqual([
      "static <T extends java.lang.Comparable<? super T>> void sort(java.util.List<T>)",
      "static <T> void sort(java.util.List<T>, java.util.Comparator<? super T>)",
    ]);
    const t = sorts.find((m) => m.params.length === 1)!.typeParams[0]!;
    const bound = t.bounds[0] as Extract<JType, { kind: "class" }>;
    expect(bound.args[0]).toEqual({
      kind: "wildcard",
      super: true,
      bound: { kind: "typevar", name: "T", owner: "java.util.Collections#sort" },
    });
    expect(methods("java.util.Collections", "max").map(sig)).toContain(
      "static <T extends java.lang.Object & java.lang.Comparable<? super T>> T max(java.util.Collection<? extends T>)",
    );
  });

  it("varargs: Arrays.asList and String.format", () => {
    expect(methods("java.util.Arrays", "asList").map(sig)).toEqual(["static <T> java.util.List<T> asList(T...)"]);
    expect(methods("java.util.Arrays", "asList")[0]!.params[0]).toEqual({
      kind: "array",
      elem: { kind: "typevar", name: "T", owner: "java.util.Arrays#asList" },
    });
    const formats = methods("java.lang.String", "format");
    expect(formats.map(sig).sort()).toEqual([
      "static java.lang.String format(java.lang.String, java.lang.Object...)",
      "static java.lang.String format(java.util.Locale, java.lang.String, java.lang.Object...)",
    ]);
    expect(formats.every((m) => m.varargs && m.static)).toBe(true);
  });

  it("compile-time constants", () => {
    const field = (fqn: string, name: string) => type(fqn).fields.find((f) => f.name === name)!;
    expect(field("java.lang.Integer", "MAX_VALUE")).toMatchObject({
      constValue: 2147483647,
      static: true,
      final: true,
      type: { kind: "prim", name: "int" },
    });
    expect(field("java.lang.Integer", "MIN_VALUE").constValue).toBe(-2147483648);
    expect(field("java.lang.Long", "MAX_VALUE").constLiteral).toBe("9223372036854775807L");
    expect(field("java.lang.Long", "MIN_VALUE").constLiteral).toBe("-9223372036854775808L");
    expect(field("java.lang.Character", "MAX_VALUE")).toMatchObject({ constValue: 0xffff, type: { kind: "prim", name: "char" } });
    expect(field("java.lang.Math", "PI").constValue).toBe(Math.PI);
    expect(field("java.lang.Double", "NaN").constValue).toBeNaN();
    expect(field("java.lang.Double", "POSITIVE_INFINITY").constValue).toBe(Infinity);
    expect(field("java.lang.Float", "MAX_VALUE").constValue).toBe(Math.fround(3.4028235e38));
    expect(field("java.lang.Boolean", "TRUE").constValue).toBeUndefined();
    expect(field("java.lang.Integer", "TYPE").constValue).toBeUndefined();
  });

  it("Stream.collect overloads and Collectors.groupingBy", () => {
    expect(methods("java.util.stream.Stream", "collect").map(sig).sort()).toEqual([
      "<R, A> R collect(java.util.stream.Collector<? super T, A, R>)",
      "<R> R collect(java.util.function.Supplier<R>, java.util.function.BiConsumer<R, ? super T>, java.util.function.BiConsumer<R, R>)",
    ]);
    const gb = methods("java.util.stream.Collectors", "groupingBy").map(sig);
    expect(gb).toHaveLength(3);
    expect(gb).toContain(
      "static <T, K> java.util.stream.Collector<T, ?, java.util.Map<K, java.util.List<T>>> groupingBy(java.util.function.Function<? super T, ? extends K>)",
    );
    expect(gb).toContain(
      "static <T, K, D, A, M extends java.util.Map<K, D>> java.util.stream.Collector<T, ?, M> groupingBy(java.util.function.Function<? super T, ? extends K>, java.util.function.Supplier<M>, java.util.stream.Collector<? super T, A, D>)",
    );
  });

  it("CompletableFuture.supplyAsync", () => {
    expect(methods("java.util.concurrent.CompletableFuture", "supplyAsync").map(sig).sort()).toEqual([
      "static <U> java.util.concurrent.CompletableFuture<U> supplyAsync(java.util.function.Supplier<U>)",
      "static <U> java.util.concurrent.CompletableFuture<U> supplyAsync(java.util.function.Supplier<U>, java.util.concurrent.Executor)",
    ]);
    expect(type("java.util.concurrent.CompletableFuture").interfaces.map(typeToString)).toEqual([
      "java.util.concurrent.Future<T>",
      "java.util.concurrent.CompletionStage<T>",
    ]);
  });

  it("enums: Thread.State constants in declaration order, values/valueOf", () => {
    const state = type("java.lang.Thread.State");
    expect(state.kind).toBe("enum");
    expect(state.enumConstants).toEqual(["NEW", "RUNNABLE", "BLOCKED", "WAITING", "TIMED_WAITING", "TERMINATED"]);
    expect(typeToString(state.superclass!)).toBe("java.lang.Enum<java.lang.Thread.State>");
    expect(state.methods.map((m) => m.name).sort()).toEqual(["valueOf", "values"]);
    expect(type("java.util.concurrent.TimeUnit").enumConstants).toContain("SECONDS");
    expect(type("java.time.temporal.ChronoUnit").enumConstants).toContain("DAYS");
  });

  it("on-demand package listing", () => {
    const util = jdk.typesInPackage("java.util");
    expect(util).toContain("ArrayList");
    expect(util).toContain("Map");
    expect(util).not.toContain("Map.Entry");
    expect(util).toEqual([...util].sort());
    expect(jdk.typesInPackage("java.util.function")).toContain("BiFunction");
    expect(jdk.hasPackage("java.util")).toBe(true);
    expect(jdk.hasPackage("java")).toBe(true);
    expect(jdk.hasPackage("java.util.concurrent.atomic")).toBe(true);
    expect(jdk.hasPackage("com.acme")).toBe(false);
    expect(jdk.typesInPackage("com.acme")).toEqual([]);
  });

  it("Math.abs overloads", () => {
    const abs = methods("java.lang.Math", "abs");
    expect(abs).toHaveLength(4);
    expect(abs.map((m) => typeToString(m.params[0]!)).sort()).toEqual(["double", "float", "int", "long"]);
  });

  it("drops bridge methods, keeps protected members and checked throws", () => {
    expect(methods("java.lang.String", "compareTo").map(sig)).toEqual(["int compareTo(java.lang.String)"]);
    expect(methods("java.lang.Integer", "compareTo").map(sig)).toEqual(["int compareTo(java.lang.Integer)"]);
    expect(methods("java.lang.Object", "clone")[0]).toMatchObject({
      access: "protected",
      throws: [cls("java.lang.CloneNotSupportedException")],
    });
    expect(type("java.util.AbstractList").fields.find((f) => f.name === "modCount")?.access).toBe("protected");
    expect(methods("java.lang.Thread", "sleep")[0]!.throws).toEqual([cls("java.lang.InterruptedException")]);
    expect(methods("java.io.BufferedReader", "readLine")[0]!.throws).toEqual([cls("java.io.IOException")]);
    const ctors = methods("java.util.ArrayList", "<init>");
    expect(ctors.map((m) => m.params.map(typeToString).join(","))).toEqual(
      expect.arrayContaining(["", "int", "java.util.Collection<? extends E>"]),
    );
  });

  it("type kinds, supertypes and class type variables", () => {
    expect(type("java.lang.Override").kind).toBe("annotation");
    expect(type("java.lang.FunctionalInterface").kind).toBe("annotation");
    expect(type("java.lang.Object").superclass).toBeUndefined();
    expect(typeToString(type("java.lang.RuntimeException").superclass!)).toBe("java.lang.Exception");
    expect(typeToString(type("java.lang.Integer").superclass!)).toBe("java.lang.Number");
    expect(type("java.lang.Integer").interfaces.map(typeToString)).toContain("java.lang.Comparable<java.lang.Integer>");
    expect(type("java.lang.String").final).toBe(true);
    expect(type("java.util.AbstractList").abstract).toBe(true);
    expect(type("java.lang.Enum").typeParams[0]).toEqual({
      name: "E",
      bounds: [cls("java.lang.Enum", [{ kind: "typevar", name: "E", owner: "java.lang.Enum" }])],
    });
    const fn = type("java.util.function.Function");
    expect(methods("java.util.function.Function", "apply")[0]!.abstract).toBe(true);
    expect(methods("java.util.function.Function", "identity").map(sig)).toEqual([
      "static <T> java.util.function.Function<T, T> identity()",
    ]);
    expect(fn.typeParams.map((p) => p.name)).toEqual(["T", "R"]);
  });

  it("covers the listed packages and common types", () => {
    for (const fqn of [
      "java.lang.StringBuilder",
      "java.lang.StrictMath",
      "java.lang.Record",
      "java.lang.ThreadLocal",
      "java.lang.SafeVarargs",
      "java.lang.ArrayIndexOutOfBoundsException",
      "java.lang.NegativeArraySizeException",
      "java.lang.CloneNotSupportedException",
      "java.util.ConcurrentModificationException",
      "java.util.Optional",
      "java.util.OptionalInt",
      "java.util.StringJoiner",
      "java.util.Scanner",
      "java.util.UUID",
      "java.util.stream.StreamSupport",
      "java.util.concurrent.ConcurrentHashMap",
      "java.util.concurrent.ThreadLocalRandom",
      "java.util.concurrent.CountDownLatch",
      "java.util.concurrent.atomic.AtomicInteger",
      "java.util.concurrent.locks.ReentrantLock",
      "java.math.BigDecimal",
      "java.math.RoundingMode",
      "java.time.LocalDate",
      "java.time.format.DateTimeFormatter",
      "java.text.SimpleDateFormat",
      "java.text.MessageFormat",
      "java.io.UncheckedIOException",
      "java.io.PrintStream",
      "java.nio.file.Files",
      "java.nio.file.StandardOpenOption",
      "java.nio.charset.StandardCharsets",
    ])
      expect(jdk.getType(fqn), fqn).toBeDefined();
    const utf8 = type("java.nio.charset.StandardCharsets").fields.find((f) => f.name === "UTF_8");
    expect(utf8?.type).toEqual(cls("java.nio.charset.Charset"));
  });

  it("parameter names come from debug info when the JDK has it, else arg0..", () => {
    for (const m of methods("java.util.List", "get")) expect(m.paramNames).toHaveLength(1);
    for (const m of methods("java.util.Collections", "sort")) expect(m.paramNames).toHaveLength(m.params.length);
  });

  it("decodes every type without error", () => {
    let count = 0;
    for (const fqn of jdk.typeNames()) {
      const t = type(fqn);
      expect(t.fqn).toBe(fqn);
      for (const n of t.nested) expect(jdk.getType(n), n).toBeDefined();
      count += t.methods.length;
    }
    expect(count).toBeGreaterThan(5000);
  });
});
