// Table tests for the Go printer, one line per IR node kind, and a gofmt round-trip over a corpus.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { printGoFile } from "../../src/emit/go/printer.js";
import * as g from "../../src/ir/go.js";
import { goCorpus } from "./go-corpus.js";

const { ident, sel, call, binary, unary, intLit, strLit, field, funcType, param } = g;

/** The body of `func f() { … }` holding `stmts`, without the one-tab body indentation. */
function printStmts(...stmts: g.Stmt[]): string {
  const text = printGoFile(g.file("p", [], [g.funcDecl("f", funcType(), stmts)]));
  const body = text.slice(text.indexOf("{\n") + 2, text.lastIndexOf("\n}\n"));
  return body.replace(/^\t/gm, "");
}

function printDecl(decl: g.Decl): string {
  return printGoFile(g.file("p", [], [decl])).slice("package p\n\n".length, -1);
}

const printExpr = (x: g.Expr): string => printStmts(g.exprStmt(x));
const printType = (t: g.Expr): string => printDecl(g.genDecl("var", [g.valueSpec("_", t)])).slice("var _ ".length);

describe("Go printer: expressions", () => {
  const cases: [g.Expr, string][] = [
    [ident("x"), "x"],
    [intLit(42), "42"],
    [g.floatLit(0.5), "0.5"],
    [g.floatLit(3), "3.0"],
    [g.imagLit("1.5i"), "1.5i"],
    [g.runeLit(0x263a), "'☺'"],
    [g.runeLit(10), "'\\n'"],
    [strLit('a"b\\c\n'), '"a\\"b\\\\c\\n"'],
    [strLit("\u00a0"), '"\\u00a0"'],
    [strLit("😀"), '"😀"'],
    [g.rawStrLit("a\\b"), "`a\\b`"],
    [sel("a", "B"), "a.B"],
    [call(sel("fmt", "Println"), strLit("hi"), ident("x")), 'fmt.Println("hi", x)'],
    [g.callSpread("f", "a", "rest"), "f(a, rest...)"],
    [g.index("xs", binary("i", "+", intLit(1))), "xs[i+1]"],
    [g.inst("Map", ident("string"), ident("int")), "Map[string, int]"],
    [g.sliceExpr("s", ident("lo"), binary("hi", "-", intLit(1))), "s[lo : hi-1]"],
    [g.sliceExpr("s", undefined, ident("hi"), ident("max")), "s[:hi:max]"],
    [g.typeAssert("v", ident("Stringer")), "v.(Stringer)"],
    [g.star("p"), "*p"],
    [g.addr(g.composite(ident("T"), [])), "&T{}"],
    [unary("<-", "ch"), "<-ch"],
    [unary("-", unary("-", "x")), "- -x"],
    [unary("!", binary("a", "&&", "b")), "!(a && b)"],
    [binary(binary("a", "*", "b"), "+", "c"), "a*b + c"],
    [binary(binary("a", "+", "b"), "*", "c"), "(a + b) * c"],
    [binary("a", "+", binary("b", "+", "c")), "a + (b + c)"],
    [binary(binary("a", "+", "b"), "+", "c"), "a + b + c"],
    [binary(binary("a", "<", "b"), "||", binary("c", ">=", intLit(1))), "a < b || c >= 1"],
    [call("f", binary("a", "*", "b"), binary("c", "+", "d")), "f(a*b, c+d)"],
    [binary("a", "-", unary("-", "b")), "a - -b"],
    [binary("a", "&^", "b"), "a &^ b"],
    [g.paren(g.paren(ident("x"))), "(x)"],
    [sel(g.star("p"), "f"), "(*p).f"],
    [call(g.star(sel("pkg", "T")), "x"), "(*pkg.T)(x)"],
    [g.composite(g.sliceType("int"), [intLit(1), intLit(2)]), "[]int{1, 2}"],
    [g.composite(ident("P"), [g.kv("X", intLit(1)), g.kv("Y", intLit(2))]), "P{X: 1, Y: 2}"],
    [g.composite(g.mapType("string", "int"), [g.kv(strLit("a"), intLit(1)), g.kv(strLit("bcd"), intLit(2))], true), 'map[string]int{\n\t"a":   1,\n\t"bcd": 2,\n}'],
    [g.funcLit(funcType([field("x", "int")], [param("int")]), [g.ret(binary("x", "*", intLit(2)))]), "func(x int) int {\n\treturn x * 2\n}"],
    [g.funcLit(funcType(), []), "func() {}"],
    [call(g.funcLit(funcType(), [])), "func() {}()"],
  ];
  it.each(cases)("%#", (x, expected) => expect(printExpr(x)).toBe(expected));
});

describe("Go printer: types", () => {
  const cases: [g.Expr, string][] = [
    [g.sliceType("byte"), "[]byte"],
    [g.arrayType(4, "int"), "[4]int"],
    [g.mapType("string", g.sliceType(g.star("T"))), "map[string][]*T"],
    [g.chanType("int"), "chan int"],
    [g.chanType("int", "send"), "chan<- int"],
    [g.chanType("int", "recv"), "<-chan int"],
    [funcType([field(["a", "b"], "int"), field("rest", g.ellipsis("string"))], [param("error")]), "func(a, b int, rest ...string) error"],
    [funcType([], [param("int"), param("error")]), "func() (int, error)"],
    [g.structType([]), "struct{}"],
    [g.structType([field("A", "int", { tag: 'json:"a"' })]), 'struct {\n\tA int `json:"a"`\n}'],
    [g.interfaceType([]), "interface{}"],
    [g.interfaceType([g.embed(g.union("~int", "~int64"))]), "interface{ ~int | ~int64 }"],
    [g.interfaceType([g.method("Len", funcType([], [param("int")]))]), "interface{ Len() int }"],
    [g.inst(sel("jrt", "List"), ident("string")), "jrt.List[string]"],
  ];
  it.each(cases)("%#", (t, expected) => expect(printType(t)).toBe(expected));
});

describe("Go printer: statements", () => {
  const cases: [g.Stmt, string][] = [
    [g.exprStmt(call("f"), { comment: "why" }), "f() // why"],
    [g.assign(["a", "b"], "=", [ident("b"), ident("a")]), "a, b = b, a"],
    [g.define("x", intLit(1)), "x := 1"],
    [g.assign(sel("s", "n"), "+=", intLit(2)), "s.n += 2"],
    [g.incDec("i", "++"), "i++"],
    [g.declStmt(g.genDecl("var", [g.valueSpec("x", "int")])), "var x int"],
    [g.ret(), "return"],
    [g.ret(ident("x"), ident("nil")), "return x, nil"],
    [g.ifStmt(ident("ok"), [g.ret()]), "if ok {\n\treturn\n}"],
    [g.ifStmt(ident("ok"), [], [], g.define("v", call("f"))), "if v := f(); ok {\n} else {\n}"],
    [g.forStmt({}, [g.branch("break")]), "for {\n\tbreak\n}"],
    [g.forStmt({ cond: ident("ok") }, []), "for ok {\n}"],
    [g.forStmt({ init: g.define("i", intLit(0)), cond: binary("i", "<", "n"), post: g.incDec("i", "++") }, []), "for i := 0; i < n; i++ {\n}"],
    [g.rangeStmt({ key: "k", value: "v" }, ident("m"), []), "for k, v := range m {\n}"],
    [g.rangeStmt({ key: "i", tok: "=" }, ident("xs"), []), "for i = range xs {\n}"],
    [g.rangeStmt({}, ident("ch"), []), "for range ch {\n}"],
    [g.switchStmt(ident("x"), [g.caseClause([intLit(1)], [g.branch("fallthrough")]), g.caseClause(undefined, [])]), "switch x {\ncase 1:\n\tfallthrough\ndefault:\n}"],
    [g.switchStmt(undefined, []), "switch {\n}"],
    [g.typeSwitch("v", ident("x"), [g.caseClause([ident("int")], [])]), "switch v := x.(type) {\ncase int:\n}"],
    [g.typeSwitch(undefined, ident("x"), [g.caseClause([ident("nil")], [])]), "switch x.(type) {\ncase nil:\n}"],
    [g.selectStmt([g.commClause(g.exprStmt(unary("<-", "done")), [g.ret()]), g.commClause(undefined, [])]), "select {\ncase <-done:\n\treturn\ndefault:\n}"],
    [g.selectStmt([]), "select {}"],
    [g.labeled("loop", g.forStmt({}, [g.branch("continue", "loop")])), "loop:\nfor {\n\tcontinue loop\n}"],
    [g.branch("goto", "end"), "goto end"],
    [g.goStmt(call("work")), "go work()"],
    [g.deferStmt(call(sel("mu", "Unlock"))), "defer mu.Unlock()"],
    [g.send("ch", intLit(1)), "ch <- 1"],
    [g.block([g.exprStmt(call("f"))]), "{\n\tf()\n}"],
    [g.comment("Java:", "\tint x = 1;"), "// Java:\n//\tint x = 1;"],
  ];
  it.each(cases)("%#", (s, expected) => expect(printStmts(s)).toBe(expected));

  it("aligns consecutive trailing comments and breaks alignment after a multi-line statement", () => {
    expect(
      printStmts(
        g.define("a", intLit(1), { comment: "one" }),
        g.define("bbbb", intLit(2), { comment: "two" }),
        g.ifStmt(ident("ok"), [], undefined),
        g.define("c", intLit(3), { comment: "three" }),
      ),
    ).toBe("a := 1    // one\nbbbb := 2 // two\nif ok {\n}\nc := 3 // three");
  });

  it("ignores empty statements", () => {
    expect(printStmts(g.emptyStmt(), g.ret())).toBe("return");
  });
});

describe("Go printer: declarations", () => {
  const cases: [g.Decl, string][] = [
    [g.funcDecl("F", funcType(), []), "func F() {}"],
    [g.funcDecl("M", funcType([], [param("string")]), [g.ret(strLit(""))], { recv: field("r", g.star("R")) }), 'func (r *R) M() string {\n\treturn ""\n}'],
    [g.funcDecl("Map", funcType([field("xs", g.sliceType("T"))], [param(g.sliceType("U"))], [field(["T", "U"], "any")]), [g.ret(ident("nil"))]), "func Map[T, U any](xs []T) []U {\n\treturn nil\n}"],
    [g.funcDecl("F", funcType(), [], { doc: ["F does nothing."] }), "// F does nothing.\nfunc F() {}"],
    [g.genDecl("type", [g.typeSpec("P", g.star("T"), { typeParams: [field("T", g.star("int"))] })]), "type P[T *int,] *T"],
    [g.genDecl("type", [g.typeSpec("A", ident("B"), { alias: true })]), "type A = B"],
    [g.genDecl("type", [g.typeSpec("Num", g.interfaceType([g.embed(g.union("~int", "~float64"))]))]), "type Num interface{ ~int | ~float64 }"],
    [g.genDecl("const", [g.valueSpec("A", undefined, [intLit(1)]), g.valueSpec("Bcd", "int", [intLit(2)])]), "const (\n\tA       = 1\n\tBcd int = 2\n)"],
    [g.genDecl("var", [g.valueSpec(["a", "b"], "int")]), "var a, b int"],
    [g.genDecl("var", [g.valueSpec("x", undefined, [intLit(1)])], { grouped: true }), "var (\n\tx = 1\n)"],
    [g.genDecl("type", [g.typeSpec("S", g.structType([field("A", "int", { comment: "a" }), field("Bb", "string", { tag: 'json:"b"' }), g.embedded("E", { comment: "e" })]))]), 'type S struct {\n\tA  int    // a\n\tBb string `json:"b"`\n\tE         // e\n}'],
    [g.comment("free", "comment"), "// free\n// comment"],
  ];
  it.each(cases)("%#", (d, expected) => expect(printDecl(d)).toBe(expected));

  it("groups imports: standard library first, each group sorted, duplicates dropped", () => {
    const f = g.file("p", [g.importSpec("github.com/b/c"), g.importSpec("os"), g.importSpec("fmt"), g.importSpec("os"), g.importSpec("a.io/x", "x2")], []);
    expect(printGoFile(f)).toBe('package p\n\nimport (\n\t"fmt"\n\t"os"\n\n\tx2 "a.io/x"\n\t"github.com/b/c"\n)\n');
  });

  it("prints a single import without parentheses and a file doc comment", () => {
    expect(printGoFile(g.file("p", [g.importSpec("fmt")], [], ["Package p is small."]))).toBe('// Package p is small.\npackage p\n\nimport "fmt"\n');
  });
});

describe("Go printer: gofmt round trip", () => {
  const dir = mkdtempSync(join(tmpdir(), "java2x-gofmt-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = goCorpus();
  const paths = corpus.map(({ name, file }) => {
    const path = join(dir, `${name}.go`);
    writeFileSync(path, printGoFile(file));
    return path;
  });

  it("is gofmt-clean (gofmt -l lists nothing)", () => {
    expect(execFileSync("gofmt", ["-l", dir], { encoding: "utf8" })).toBe("");
  });

  it.each(corpus.map((c, i) => [c.name, paths[i]!, c.file] as const))("%s equals gofmt's output", (_name, path, file) => {
    expect(execFileSync("gofmt", [path], { encoding: "utf8" })).toBe(printGoFile(file));
  });
});
