// Parser behaviour beyond shapes: text blocks, Unicode escapes, locations, Javadoc, comments,
// literal range errors and error recovery.

import { describe, expect, it } from "vitest";
import { parseJava } from "../../src/parse/index.js";
import type * as A from "../../src/parse/ast.js";
import { translateUnicodeEscapes, originalOffset } from "../../src/parse/unicode-escapes.js";
import { exprOf, stmts, parseClean } from "./helpers.js";
import { sx } from "./sexpr.js";

const q3 = '"""';

describe("text blocks (JLS §3.10.6)", () => {
  const rows: [string, string, string][] = [
    ["indentation stripped, closing line counts", `${q3}\n      hello\n        world\n      ${q3}`, "hello\n  world\n"],
    ["closing delimiter on the last content line", `${q3}\n    a\n      b${q3}`, "a\n  b"],
    ["closing delimiter left of the content", `${q3}\n      a\n    ${q3}`, "  a\n"],
    ["trailing spaces stripped", `${q3}\n  a   \n  b\t\n  ${q3}`, "a\nb\n"],
    ["\\s keeps a trailing space", `${q3}\n  a\\s\n  ${q3}`, "a \n"],
    ["line continuation", `${q3}\n  a \\\n  b\n  ${q3}`, "a b\n"],
    ["blank lines kept empty", `${q3}\n  a\n\n     \n  b\n  ${q3}`, "a\n\n\nb\n"],
    ["escaped quotes", `${q3}\n  say \\"""hi\\"""\n  ${q3}`, 'say """hi"""\n'],
    ["escapes after stripping", `${q3}\n  \\t1\\n2\\101\n  ${q3}`, "\t1\n2A\n"],
    ["CRLF normalised", `${q3}\r\n  a\r\n  b${q3}`, "a\nb"],
    ["spaces after the opening delimiter", `${q3}   \n  x${q3}`, "x"],
    ["empty", `${q3}\n${q3}`, ""],
  ];
  it.each(rows)("%s", (_name, src, want) => {
    const lit = exprOf(src) as A.Literal;
    expect(lit.kind).toBe("Literal");
    expect(lit.litKind).toBe("textBlock");
    expect(lit.value).toBe(want);
    expect(lit.raw).toBe(src);
  });
});

describe("unicode escapes (JLS §3.3)", () => {
  it("translates escapes anywhere in the source", () => {
    expect(stmts("int \\u0061bc = 1 \\u002b 2;")).toBe("(local int abc=(+ 1 2))");
    expect(stmts("char c = '\\uuu0041';")).toBe("(local char c='A')");
  });

  it("does not translate an escaped backslash followed by u", () => {
    // Java source `"\\u0061"` is a backslash-u string of six characters.
    expect((exprOf('"\\\\u0061"') as A.Literal).value).toBe("\\u0061");
    // Three backslashes: an escaped backslash, then a real escape.
    expect((exprOf('"\\\\\\u0061"') as A.Literal).value).toBe("\\a");
  });

  it("a backslash made by an escape does not start another escape", () => {
    // \u005c is `\`; the string is then `"\\"`-like: `\` + `\u005c` → `\\` → one backslash.
    expect((exprOf('"\\u005c\\u005c"') as A.Literal).value).toBe("\\");
  });

  it("escapes of U+2028/U+2029 stay inside string literals and text blocks", () => {
    expect((exprOf('"a\\u2028b\\u2029"') as A.Literal).value).toBe("a\u2028b\u2029");
    expect((exprOf('"""\n  x\\u2029y"""') as A.Literal).value).toBe("x\u2029y");
  });

  it("\\u000a ends a line comment", () => {
    const r = parseClean("class T { // comment \\u000a int x; }");
    expect(sx(r.unit)).toBe("(class T (field int x))");
  });

  it("maps locations back to the original text", () => {
    const src = "class T {\n  int \\u0061bc = 1 \\u002b 22;\n}";
    const f = (parseClean(src).unit.types[0] as A.ClassDecl).members[0] as A.FieldDecl;
    const d = f.declarators[0]!;
    expect(src.slice(d.start, d.end)).toBe("\\u0061bc = 1 \\u002b 22");
    const bin = d.init as A.Binary;
    expect(src.slice(bin.start, bin.end)).toBe("1 \\u002b 22");
    expect(src.slice(bin.right.start, bin.right.end)).toBe("22");
    expect(bin.right.line).toBe(2);
    expect(bin.right.col).toBe(src.split("\n")[1]!.indexOf("22") + 1);
    expect(f).toMatchObject({ line: 2, col: 3 });
  });

  it("reports a malformed escape with its position", () => {
    const r = parseJava("class T {\n  // bad \\u00G1 here\n}", "T.java");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "J2X1001", line: 2, column: 10, file: "T.java" });
    expect(r.diagnostics[0]!.message).toContain("illegal unicode escape");
  });

  it("offset map round-trips", () => {
    const t = translateUnicodeEscapes("a\\u0062c\\uuu0064e");
    expect(t.text).toBe("abcde");
    expect([0, 1, 2, 3, 4, 5].map((o) => originalOffset(t, o))).toEqual([0, 1, 7, 8, 16, 17]);
    const none = translateUnicodeEscapes("plain");
    expect(none.text).toBe("plain");
    expect(none.escAt.length).toBe(0);
  });
});

describe("literal range errors", () => {
  it("accepts the minimum int and long only after a minus", () => {
    expect(sx(exprOf("-2147483648"))).toBe("-2147483648");
    expect((exprOf("-2147483648") as A.Literal).value).toBe(-2147483648);
    expect((exprOf("-9223372036854775808L") as A.Literal).value).toBe("-9223372036854775808");
    const r = parseJava("class T { int a = 2147483648; int b = 0x1_0000_0000; long c = 9223372036854775808L; int d = - 2147483648; }", "T.java");
    expect(r.diagnostics.map((d) => [d.code, d.column, d.message])).toEqual([
      ["J2X1001", 19, "Syntax error: integer number too large: 2147483648"],
      ["J2X1001", 39, "Syntax error: integer number too large: 0x1_0000_0000"],
      ["J2X1001", 63, "Syntax error: long number too large: 9223372036854775808L"],
    ]);
  });

  it.each([
    ['String s = "a\\qb";', 22, "illegal escape character in literal"],
    ['String s = "abc;', 22, "unterminated string literal"],
    ["char c = 'ab';", 20, "malformed character literal"],
    ["char c = '\\z';", 20, "illegal escape character in literal"],
  ])("reports a bad literal once: %s", (decl, column, message) => {
    const r = parseJava(`class T { ${decl} }`, "T.java");
    expect(r.diagnostics.map((d) => [d.column, d.message])).toEqual([[column, `Syntax error: ${message}`]]);
  });
});

/** Every node's position must be consistent with the original text; returns how many were checked. */
function checkLocs(n: unknown, src: string, lineStarts: number[]): number {
  if (Array.isArray(n)) return n.reduce((k: number, x) => k + checkLocs(x, src, lineStarts), 0);
  if (!n || typeof n !== "object") return 0;
  let count = 0;
  const o = n as Record<string, unknown>;
  // Every node (an object with a kind) carries its position.
  const loc = typeof o["kind"] === "string" ? (o as unknown as A.Loc) : undefined;
  if (loc) {
    expect(loc.start).toBeGreaterThanOrEqual(0);
    expect(loc.end).toBeGreaterThanOrEqual(loc.start);
    expect(loc.end).toBeLessThanOrEqual(src.length);
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= loc.start) line++;
    expect([loc.line, loc.col]).toEqual([line + 1, loc.start - lineStarts[line]! + 1]);
    count++;
  }
  for (const k in o) count += checkLocs(o[k], src, lineStarts);
  return count;
}

describe("locations", () => {
  const src = [
    "package p;",
    "",
    "/** Doc. */",
    "public class A<T> {",
    "  private final Map<String, List<T>> m = new HashMap<>();",
    "  int f(int a, String... rest) {",
    '    String s = "😀" + a;',
    "    return switch (a) { case 1 -> a.b(c)[0]; default -> { yield x -> x; } };",
    "  }",
    "}",
  ].join("\r\n");

  it("every node has a loc consistent with offsets, lines and columns (CRLF)", () => {
    const r = parseClean(src);
    const starts = [0];
    for (let i = 0; i < src.length; i++) if (src[i] === "\n") starts.push(i + 1);
    expect(checkLocs(r.unit, src, starts)).toBeGreaterThan(40);
    expect(r.lines).toBe(10);
  });

  it("nodes cover exactly their source text", () => {
    const r = parseClean(src);
    const cls = r.unit.types[0] as A.ClassDecl;
    const text = (l: A.Loc): string => src.slice(l.start, l.end);
    expect(text(cls).startsWith("public class A<T> {")).toBe(true);
    const field = cls.members[0] as A.FieldDecl;
    expect(text(field)).toBe("private final Map<String, List<T>> m = new HashMap<>();");
    expect(text(field.type)).toBe("Map<String, List<T>>");
    expect(text(field.declarators[0]!.init!)).toBe("new HashMap<>()");
    const m = cls.members[1] as A.MethodDecl;
    expect(text(m.params[1]!)).toBe("String... rest");
    const decl = m.body!.stmts[0] as A.LocalVarDecl;
    const plus = decl.declarators[0]!.init as A.Binary;
    expect(text(plus)).toBe('"😀" + a');
    // UTF-16 columns: the emoji counts as two code units.
    expect(plus.right.col).toBe(src.split("\r\n")[6]!.indexOf("a;") + 1);
    const ret = m.body!.stmts[1] as A.ReturnStmt;
    const sw = ret.value as A.SwitchExpr;
    expect(text(sw).startsWith("switch (a)")).toBe(true);
    const body0 = sw.cases[0]!.body[0] as A.ExprStmt;
    expect(text(body0.expr)).toBe("a.b(c)[0]");
    expect(text((body0.expr as A.ArrayAccess).array)).toBe("a.b(c)");
    expect(text(sw.cases[0]!)).toBe("case 1 -> a.b(c)[0];");
    expect(sw.cases[0]!).toMatchObject({ line: 8, col: 25 });
  });
});

describe("line count", () => {
  it.each([
    ["", 0],
    ["class A {}", 1],
    ["class A {}\n", 1],
    ["class A {\n}\n", 2],
    ["class A {\r\n}", 2],
    ["class A {\r}\r\n\n", 3],
  ])("%j has %i lines", (src, n) => expect(parseJava(src, "A.java").lines).toBe(n));
});

describe("comments and Javadoc", () => {
  const src = `/** Type doc. */
@Deprecated
class A {
  /** Field doc. */
  int f;
  /* plain */ int g;
  /** Method doc. */
  @Override // trailing
  public String toString() { return ""; }
  /** Orphan? no: attached to h. */
  // a line comment between
  int h;
  /**/ int i;
  enum E {
    /** Constant doc. */
    X,
    Y
  }
  /** At the end of the body. */
}
// last
`;
  const r = parseClean(src);
  const a = r.unit.types[0] as A.ClassDecl;
  const byName = (name: string): A.Member =>
    a.members.find((m) => (m.kind === "FieldDecl" ? m.declarators[0]!.name === name : "name" in m && m.name === name))!;

  it("attaches the Javadoc directly before a declaration", () => {
    expect(a.doc).toBe("/** Type doc. */");
    expect((byName("f") as A.FieldDecl).doc).toBe("/** Field doc. */");
    expect((byName("g") as A.FieldDecl).doc).toBeUndefined();
    expect((byName("toString") as A.MethodDecl).doc).toBe("/** Method doc. */");
    expect((byName("h") as A.FieldDecl).doc).toBe("/** Orphan? no: attached to h. */");
    expect((byName("i") as A.FieldDecl).doc).toBeUndefined();
    const e = byName("E") as A.EnumDecl;
    expect(e.doc).toBeUndefined();
    expect(e.constants.map((c) => c.doc)).toEqual(["/** Constant doc. */", undefined]);
  });

  it("keeps every comment in source order with its style", () => {
    expect(r.unit.comments.map((c) => c.style)).toEqual([
      "javadoc",
      "javadoc",
      "block",
      "javadoc",
      "line",
      "javadoc",
      "line",
      "block",
      "javadoc",
      "javadoc",
      "line",
    ]);
    const last = r.unit.comments[r.unit.comments.length - 1]!;
    expect(last.text).toBe("// last");
    expect(last).toMatchObject({ line: 21, col: 1 });
  });
});

describe("error recovery", () => {
  const broken = [
    "class A {",
    "  void a() { int x = 1; }",
    "  void b() { int y = ; foo(; }",
    "  void c() { if (x { y(); } }",
    "  void d() { return; }",
    "}",
  ].join("\n");

  it("keeps the other methods and reports each error at its position", () => {
    const r = parseJava(broken, "src/A.java");
    const a = r.unit.types[0] as A.ClassDecl;
    expect(a.members.map((m) => (m as A.MethodDecl).name)).toEqual(["a", "b", "c", "d"]);
    expect(sx(a.members[0]!)).toBe("(method void a() {(local int x=1)})");
    expect(sx(a.members[3]!)).toBe("(method void d() {(return)})");
    expect(r.diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.message])).toEqual([
      ["J2X1001", "src/A.java", 3, 22, "Syntax error: unexpected ';'"],
      ["J2X1001", "src/A.java", 3, 28, "Syntax error: expected ')' but found ';'"],
      ["J2X1001", "src/A.java", 4, 20, "Syntax error: expected ')' but found '{'"],
    ]);
    // The broken initializer is an ErrorExpr, not a throw.
    expect(sx(a.members[1]!)).toContain("(error");
  });

  it.each([
    ["a misspelt modifier", "  publc void b() { x(); }", ["a", "c", "d"], [3, 3, "unexpected 'publc'"]],
    ["a broken parameter list", "  void b( { x(); }", ["a", "b", "c", "d"], [3, 11, "unexpected '{'"]],
    ["a missing semicolon after a field", "  int f\n  void b() { x(); }", ["a", "c", "d"], [3, 3, "unexpected 'int'"]],
  ] as const)("keeps the members after %s", (_what, line, names, [l, c, msg]) => {
    const src = `class A {\n  void a() {}\n${line}\n  void c() {}\n  int d;\n}\nclass B {}`;
    const r = parseJava(src, "A.java");
    const a = r.unit.types[0] as A.ClassDecl;
    expect(a.members.map((m) => (m.kind === "FieldDecl" ? m.declarators[0]!.name : (m as A.MethodDecl).name))).toEqual(names);
    expect(r.unit.types.map((t) => t.name)).toEqual(["A", "B"]);
    expect(r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[l, c, `Syntax error: ${msg}`]]);
  });

  it("reports lexer errors with a readable message", () => {
    const r = parseJava("class A {\n  int x = 1 # 2;\n  void d() {}\n}", "A.java");
    expect(r.diagnostics[0]).toMatchObject({ code: "J2X1001", line: 2, column: 13, message: "Syntax error: unexpected character '#'" });
    expect((r.unit.types[0] as A.ClassDecl).members.some((m) => m.kind === "MethodDecl" && m.name === "d")).toBe(true);
  });

  it("reports a missing brace at the end of the file", () => {
    const r = parseJava("class A {\n  void a() {\n", "A.java");
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.code === "J2X1001" && !/panda|Expecting/.test(d.message))).toBe(true);
    expect(r.diagnostics[r.diagnostics.length - 1]!.message).toContain("the end of the file");
    expect((r.unit.types[0] as A.ClassDecl).name).toBe("A");
  });

  it("never throws on any prefix of a real file", () => {
    const src = [
      "package p; import java.util.*;",
      "/** d */ public sealed interface S permits A, B {}",
      "record A(int x, List<String> l) implements S { A { if (x < 0) throw new IllegalArgumentException(); } }",
      "final class B implements S { int f(Object o) { return switch (o) { case A(var x, var l) when x > 0 -> x; case B b -> 1; default -> 0; }; } }",
      'class C<T extends Comparable<? super T>> { @SafeVarargs final void m(T... ts) { Runnable r = () -> System.out.println("x" + ts.length); String t = """',
      "    hi",
      '    """; int[] a = new int[] {1, 2}; for (int i = 0; i < a.length; i++) a[i] <<= 1; } }',
    ].join("\n");
    expect(parseJava(src, "S.java").diagnostics).toEqual([]);
    let diags = 0;
    for (let cut = 0; cut < src.length; cut += 7) {
      const r = parseJava(src.slice(0, cut), "S.java");
      expect(r.unit.kind).toBe("CompilationUnit");
      diags += r.diagnostics.length;
    }
    expect(diags).toBeGreaterThan(0);
  });

  it("survives garbage", () => {
    for (const g of ["}}}{{{ class", "class", "@", "class A { void m() { (((( } }", "enum { , }", "\u0000\u0001", "class A { int x = 'ab'; }"]) {
      const r = parseJava(g, "G.java");
      expect(r.unit.kind).toBe("CompilationUnit");
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it("keeps only the module name of module-info.java", () => {
    const r = parseClean("import a.B; @Deprecated open module com.example.app { requires transitive java.sql; exports com.example.api to x.y; }");
    expect(r.unit.moduleName).toBe("com.example.app");
    expect(r.unit.types).toEqual([]);
    expect(r.unit.imports.map((i) => i.name)).toEqual(["a.B"]);
  });

  it("skips a top-level method with a J2X1005", () => {
    const r = parseJava("void main() { }", "M.java");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["J2X1005"]);
  });
});

describe("defensive lowering", () => {
  it("turns a failure while lowering one member into J2X1005 and keeps the others", async () => {
    const { lexAndParse } = await import("../../src/parse/java-parser-adapter.js");
    const { Lowering } = await import("../../src/parse/lower.js");
    const { Locator } = await import("../../src/parse/locator.js");
    const { translateUnicodeEscapes } = await import("../../src/parse/unicode-escapes.js");
    const text = "class A {\n  int a;\n  int b;\n  int c;\n}";
    const tr = translateUnicodeEscapes(text);
    const raw = lexAndParse(tr.text);
    // Sabotage the second member as a lowering bug would: reading its CST throws.
    type Node = { children: Record<string, Node[]> };
    const cls = (raw.cst as unknown as Node).children["ordinaryCompilationUnit"]![0]!.children["typeDeclaration"]![0]!.children["classDeclaration"]![0]!;
    const body = cls.children["normalClassDeclaration"]![0]!.children["classBody"]![0]!;
    const member = body.children["classBodyDeclaration"]![1]!;
    Object.defineProperty(member, "children", {
      get() {
        throw new Error("boom");
      },
      set() {},
    });
    const diagnostics: import("../../src/diagnostics/diagnostic.js").Diagnostic[] = [];
    const unit = new Lowering({ file: "A.java", text: tr.text, locator: new Locator(text, tr), tokens: raw.tokens, comments: raw.comments, diagnostics }).compilationUnit(raw.cst);
    expect(sx(unit)).toBe("(class A (field int a) (field int c))");
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["J2X1005", 3, 3]]);
    expect(diagnostics[0]!.message).toContain("boom");
  });

  it("parses correctly after the parser instance is replaced", async () => {
    const { resetParser, lookaheadCacheStates } = await import("../../src/parse/index.js");
    // The cache probe sees the DFAs java-parser builds (the reset policy depends on it).
    parseClean("class A { void f() { Runnable r = () -> {}; var x = (String) o; } }");
    expect(lookaheadCacheStates()).toBeGreaterThan(10);
    resetParser();
    expect(lookaheadCacheStates()).toBe(0);
    expect(sx(parseClean("class A { int x = 1 + 2; }").unit)).toBe("(class A (field int x=(+ 1 2)))");
    expect(parseJava("class A { int x }", "A.java").diagnostics.map((d) => d.code)).toEqual(["J2X1001"]);
  });
});
