// Name resolution: scoping and shadowing, nested/inner/local/anonymous classes, imports (static,
// on-demand, opaque third-party), annotations, flow-scoped pattern variables.

import { describe, expect, test } from "vitest";
import { analyseSources, findExpr, inMethod, typeAt } from "./helpers.js";
import { typeToString } from "../../src/semantic/types.js";

describe("locals, parameters and fields", () => {
  const a = analyseSources(
    inMethod(
      `
    String x = "local";
    int len = x.length();
    for (int i = 0; i < 1; i++) { long x2 = i; }
    for (String s : names) { s.isEmpty(); }
    try (java.io.StringReader r = new java.io.StringReader("")) { r.read(); } catch (java.io.IOException | RuntimeException e) { e.getMessage(); }
    Function<Integer, Long> f = (Integer n) -> n.longValue();
    this.x.size();
    super.hashCode();`,
      { members: "  List<String> x; List<String> names; long count;", params: "" },
    ),
  );
  test("a local shadows a field; this.x reaches the field", () => {
    expect(typeAt(a, "x.length()")).toBe("int");
    expect(a.model.symbolOf(findExpr(a, "x", 0))?.kind).toBe("local");
    expect(typeAt(a, "this.x")).toBe("java.util.List<java.lang.String>");
    expect(a.model.symbolOf(findExpr(a, "this.x"))?.kind).toBe("field");
  });
  test("for, for-each, resources, multi-catch, explicit lambda parameters", () => {
    expect(typeAt(a, "i")).toBe("int");
    expect(typeAt(a, "s.isEmpty()")).toBe("boolean");
    expect(typeAt(a, "r.read()")).toBe("int");
    expect(typeAt(a, "e")).toBe("java.lang.Exception");
    expect(typeAt(a, "n.longValue()")).toBe("long");
    const r = a.model.symbolOf(findExpr(a, "s"));
    expect(r?.kind === "local" && r.localKind).toBe("foreach");
  });
  test("super calls resolve on the superclass", () => {
    expect(typeAt(a, "super.hashCode()")).toBe("int");
  });
});

test("parameters shadow fields and block scopes end", () => {
  const a = analyseSources(`package p;
class A {
  String v;
  int f(int v) { return v; }
  String g() { { int v = 1; } return v; }
}`);
  expect(typeAt(a, "v", 0)).toBe("int");
  expect(typeAt(a, "v", 1)).toBe("java.lang.String");
  expect(a.model.symbolOf(findExpr(a, "v", 0))?.kind).toBe("param");
});

test("inherited fields and methods, nested types visible in subclasses", () => {
  const a = analyseSources({
    "p/Base.java": `package p;
public class Base<T> { protected T value; protected java.util.List<T> all; public static class Node { public int depth; } public T get() { return value; } }`,
    "p/Sub.java": `package p;
public class Sub extends Base<String> {
  int f() { Node n = new Node(); return value.length() + n.depth + get().length() + all.get(0).length(); }
}`,
  });
  expect(typeAt(a, "value", 1)).toBe("java.lang.String");
  expect(typeAt(a, "new Node()")).toBe("p.Base.Node");
  expect(typeAt(a, "get()")).toBe("java.lang.String");
  expect(typeAt(a, "all.get(0)")).toBe("java.lang.String");
});

test("inner, local and anonymous classes see enclosing fields and captured locals", () => {
  const a = analyseSources(`package p;
import java.util.*;
class Outer {
  private Map<String, Integer> counts = new HashMap<>();
  class Inner { int peek(String k) { return counts.get(k); } Outer outer() { return Outer.this; } }
  static class Nested { String name; }
  Runnable make(final String prefix) {
    class Local { String tag() { return prefix + counts.size(); } }
    Local l = new Local();
    l.tag();
    return new Runnable() {
      int runs;
      public void run() { runs++; counts.put(prefix, runs); }
    };
  }
  Object inner() { return this.new Inner().peek("a"); }
}`);
  expect(typeAt(a, "counts.get(k)")).toBe("java.lang.Integer");
  expect(typeAt(a, "Outer.this")).toBe("p.Outer");
  expect(typeAt(a, "prefix + counts.size()")).toBe("java.lang.String");
  expect(typeAt(a, "l.tag()")).toBe("java.lang.String");
  expect(typeAt(a, "counts.put(prefix, runs)")).toBe("java.lang.Integer");
  expect(typeAt(a, "runs++")).toBe("int");
  expect(typeAt(a, "this.new Inner().peek(\"a\")")).toBe("int");
  const anon = a.model.declaredType(findExpr(a, "new Runnable() {\n      int runs;\n      public void run() { runs++; counts.put(prefix, runs); }\n    }"));
  expect(anon?.interfaces.map((t) => (t.kind === "class" ? t.fqn : ""))).toEqual(["java.lang.Runnable"]);
  expect(a.model.sourceTypes().map((t) => t.fqn)).toEqual(["p.Outer", "p.Outer.Inner", "p.Outer.Nested", "p.Outer$1Local", "p.Outer$2"]);
});

test("static imports: single, on-demand, project constants", () => {
  const a = analyseSources({
    "p/Consts.java": `package p; public class Consts { public static final int LIMIT = 10; public static String tag(int i) { return "" + i; } }`,
    "q/Use.java": `package q;
import static p.Consts.*;
import static java.lang.Math.max;
import static java.util.stream.Collectors.toList;
import java.util.List;
class Use { List<String> f(List<String> xs) { int m = max(LIMIT, 3); tag(m); return xs.stream().collect(toList()); } }`,
  });
  expect(typeAt(a, "max(LIMIT, 3)")).toBe("int");
  expect(typeAt(a, "LIMIT")).toBe("int");
  expect(typeAt(a, "tag(m)")).toBe("java.lang.String");
  expect(typeAt(a, "xs.stream().collect(toList())")).toBe("java.util.List<java.lang.String>");
});

test("imports: on-demand JDK and project packages, same package, fully qualified names", () => {
  const a = analyseSources({
    "com/acme/model/User.java": `package com.acme.model; public class User { public String name; }`,
    "com/acme/model/Role.java": `package com.acme.model; public enum Role { ADMIN }`,
    "com/acme/app/App.java": `package com.acme.app;
import com.acme.model.*;
import java.util.concurrent.*;
class App { Object f(User u) { Role r = Role.ADMIN; ConcurrentHashMap<String, User> m = new ConcurrentHashMap<>(); java.time.LocalDate d = java.time.LocalDate.now(); Helper h = new Helper(); return u.name + r + m.get("x").name + d.getYear() + h; } }`,
    "com/acme/app/Helper.java": `package com.acme.app; class Helper {}`,
  });
  expect(typeAt(a, "u.name")).toBe("java.lang.String");
  expect(typeAt(a, "Role.ADMIN")).toBe("com.acme.model.Role");
  expect(typeAt(a, 'm.get("x").name')).toBe("java.lang.String");
  expect(typeAt(a, "java.time.LocalDate.now()")).toBe("java.time.LocalDate");
  expect(a.model.symbolOf(findExpr(a, "java.time"))?.kind).toBe("package");
  expect(typeAt(a, "new Helper()")).toBe("com.acme.app.Helper");
  expect(a.model.diagnostics).toEqual([]);
});

test("third-party imports (outside the bundled stubs) become opaque types known by FQN; calls on them stay unknown", () => {
  const a = analyseSources(`package p;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.annotation.Autowired;
import com.vendor.metrics.Meter;
import com.vendor.metrics.MeterRegistry;
import org.springframework.web.bind.annotation.*;
@Service
@RestController
class S {
  private static final Meter LOG = MeterRegistry.meter(S.class);
  @Autowired private Repo repo;
  void f() { LOG.info("x"); Meter l = LOG; l.toString(); }
}`);
  expect(a.model.lookupType("com.vendor.metrics.Meter")?.origin).toBe("opaque");
  expect(typeAt(a, "LOG")).toBe("com.vendor.metrics.Meter");
  expect(typeAt(a, 'LOG.info("x")')).toBe("?unknown");
  expect(typeAt(a, "MeterRegistry.meter(S.class)")).toBe("?unknown");
  expect(typeAt(a, "l.toString()")).toBe("java.lang.String");
  const cls = a.model.sourceTypes()[0];
  const decl = cls.decl as import("../../src/parse/ast.js").ClassDecl;
  expect(decl.modifiers.annotations.map((x) => a.model.annotationFqn(x))).toEqual([
    "org.springframework.stereotype.Service",
    "org.springframework.web.bind.annotation.RestController",
  ]);
  // With one third-party on-demand import, an otherwise unknown capitalised name is taken from it.
  const repo = a.model.lookupType("p.S")?.fields.find((f) => f.name === "repo");
  expect(repo?.type).toEqual({ kind: "class", fqn: "org.springframework.web.bind.annotation.Repo", args: [] });
  expect(a.model.diagnostics).toEqual([]);
});

test("an unresolvable simple name is unknown, reported and not counted as typed", () => {
  const a = analyseSources(`package p;
class S { Repo repo; int f() { return repo.size() + missing; } }`);
  expect(typeAt(a, "repo")).toBe("?unknown");
  expect(a.model.diagnostics.map((d) => d.code)).toEqual(["J2X2001", "J2X2002"]);
  expect(a.model.stats.typedExpressions).toBe(0);
});

test("a.b.c ambiguity: variable before type before package", () => {
  const a = analyseSources(`package p;
class System2 { static String out = "s"; }
class A {
  String java = "v";
  void f() { int n = java.length(); Object o = System2.out.length(); }
}
class B { java.util.List<String> f() { return java.util.List.of(); } }`);
  expect(typeAt(a, "java.length()")).toBe("int");
  expect(typeAt(a, "System2.out.length()")).toBe("int");
  expect(typeAt(a, "java.util.List.of()")).toBe("java.util.List<java.lang.String>");
});

test("pattern variables: instanceof, && chains, negated early return, switch patterns", () => {
  const a = analyseSources(
    inMethod(`
    if (o instanceof String s && s.length() > 2) { s.trim(); }
    if (!(o instanceof Integer n)) { return; }
    n.intValue();
    Object r = switch (o) { case Long l -> l.longValue(); case String t when t.isEmpty() -> t; default -> o; };`, { params: "Object o" }),
  );
  expect(typeAt(a, "s.length()")).toBe("int");
  expect(typeAt(a, "s.trim()")).toBe("java.lang.String");
  expect(typeAt(a, "n.intValue()")).toBe("int");
  expect(typeAt(a, "l.longValue()")).toBe("long");
  expect(typeAt(a, "t.isEmpty()")).toBe("boolean");
});

test("symbolOf: chosen overload with instantiated signature, varargs calls, constructors; resolveTypeNode", () => {
  const a = analyseSources(`package p;
import java.util.*;
class A {
  Map.Entry<String, Integer> e;
  void f() { String.format("%d", 1); List<String> l = new ArrayList<>(List.of("a")); Collections.max(l); var v = l.get(0); }
}`);
  const fmt = a.model.symbolOf(findExpr(a, 'String.format("%d", 1)'));
  expect(fmt?.kind === "method" && [fmt.method.name, fmt.varargsCall, fmt.method.static]).toEqual(["format", true, true]);
  const ctor = a.model.symbolOf(findExpr(a, 'new ArrayList<>(List.of("a"))'));
  expect(ctor?.kind === "method" && ctor.method.name).toBe("<init>");
  const max = a.model.symbolOf(findExpr(a, "Collections.max(l)"));
  expect(max?.kind === "method" && max.typeArgs.map((t) => (t.kind === "class" ? t.fqn : t.kind))).toEqual(["java.lang.String"]);
  const type = a.model.lookupType("p.A")!;
  const field = type.fields[0];
  const decl = field.decl as import("../../src/parse/ast.js").FieldDecl;
  expect(a.model.resolveTypeNode(decl.type)).toEqual({
    kind: "class",
    fqn: "java.util.Map.Entry",
    args: [
      { kind: "class", fqn: "java.lang.String", args: [] },
      { kind: "class", fqn: "java.lang.Integer", args: [] },
    ],
  });
  expect(a.model.declaredType(type.decl!)).toBe(type);
  const v = a.model.symbolOf(findExpr(a, "l.get(0)"));
  expect(v?.kind === "method" && v.returnType).toEqual({ kind: "class", fqn: "java.lang.String", args: [] });
});

test("a method reference is a candidate only for function types of an arity its methods take (JLS §15.12.2.1)", () => {
  // Comparator.compare takes two arguments and String::trim one (its receiver): the Function overload is chosen.
  const a = analyseSources(inMethod("Comparator<String> c = null;\n    Object o = c.thenComparing(String::trim);"));
  const call = a.model.symbolOf(findExpr(a, "c.thenComparing(String::trim)"));
  expect(call?.kind === "method" && typeToString(call.params[0]!)).toMatch(/^java\.util\.function\.Function</);
  expect(a.model.symbolOf(findExpr(a, "String::trim"))?.kind).toBe("method");
});

test("a var initialised with an anonymous class has the anonymous class's type (JLS §14.4.1)", () => {
  const a = analyseSources(inMethod('var o = new Object() { String label = "x"; };\n    int n = o.label.length();'));
  expect(typeAt(a, "o.label")).toBe("java.lang.String");
  expect(a.model.symbolOf(findExpr(a, "o.label"))?.kind).toBe("field");
});

test("several arguments for one type variable widen it to their common supertype (List.of of two records sharing an interface)", () => {
  const a = analyseSources(inMethod("Object l = List.of(new A(), new B());", { after: "interface Ev {}\nrecord A() implements Ev {}\nrecord B() implements Ev {}" }));
  expect(typeAt(a, "List.of(new A(), new B())")).toBe("java.util.List<p.Ev>");
});

test("a collector nested in groupingBy learns its element type from the method reference beside it and the target (JLS §18.5.2)", () => {
  const a = analyseSources(
    inMethod(
      `List<Ord> orders = null;
    Object y = orders.stream().collect(Collectors.groupingBy(Ord::city, Collectors.filtering(o -> o.qty() > 1, Collectors.counting())));
    Object z = orders.stream().collect(Collectors.groupingBy(Ord::city, Collectors.mapping(o -> o.qty(), Collectors.toList())));`,
      { after: "record Ord(String city, int qty) {}" },
    ),
  );
  expect(typeAt(a, "o.qty()", 0)).toBe("int");
  expect(typeAt(a, "o.qty()", 1)).toBe("int");
});

test("a diamond whose argument is itself generic takes its type arguments from the target", () => {
  const a = analyseSources(inMethod("Map<Integer, List<String>> m = new TreeMap<>(Collections.reverseOrder());"));
  expect(typeAt(a, "new TreeMap<>(Collections.reverseOrder())")).toBe("java.util.TreeMap<java.lang.Integer, java.util.List<java.lang.String>>");
});

test("a lambda typed before its call's target fixes its parameters reports only what stays unresolved", () => {
  const src = (stmt: string) =>
    inMethod(stmt, { members: "record Order(String city, int qty) {}", params: "List<Order> orders" });
  // Nested in groupingBy, `o` is an Order once the target reaches filtering: no problem.
  const nested = analyseSources(src("Object m = orders.stream().collect(Collectors.groupingBy(Order::city, Collectors.filtering(o -> o.qty() > 1, Collectors.counting())));"));
  expect(nested.model.diagnostics).toEqual([]);
  expect(typeAt(nested, "o.qty()")).toBe("int");
  // Alone, nothing ever fixes `o`: it stays an Object and qty() is reported, once.
  const alone = analyseSources(src("Collectors.filtering(o -> o.qty() > 1, Collectors.counting());"));
  expect(alone.model.diagnostics.map((d) => d.code)).toEqual(["J2X2003"]);
});
