// Table tests for the TS printer, one line per IR node kind, and a strict type-check of a printed corpus.

import ts from "typescript";
import { describe, expect, it } from "vitest";
import { printTsFile } from "../../src/emit/ts/printer.js";
import * as t from "../../src/ir/ts.js";
import { jrtSource, tsModule } from "./ts-corpus.js";

const { id, num, str, call, prop, binary, kw, typeRef, param } = t;

const printItem = (item: t.Module["body"][number]): string => printTsFile(t.module([], [item])).slice(0, -1);
const printExpr = (e: t.Expr): string => printItem(t.exprStmt(e)).slice(0, -1);
const printType = (ty: t.Type): string => printItem(t.typeAlias("T", ty)).slice("type T = ".length, -1);

describe("TS printer: expressions", () => {
  const cases: [t.Expr, string][] = [
    [id("x"), "x"],
    [t.thisExpr(), "this"],
    [num(1.5), "1.5"],
    [t.bigint(10), "10n"],
    [str('say "hi" é\n'), '"say \\"hi\\" é\\n"'],
    [t.bool(false), "false"],
    [t.nullLit(), "null"],
    [t.template(["a", "b`${c}\\"], id("x")), "`a${x}b\\`\\${c}\\\\`"],
    [t.array(num(1), t.spread(id("xs"))), "[1, ...xs]"],
    [t.object({}), "({})"],
    [prop("a", "b"), "a.b"],
    [prop(prop("a", "b", true), "c"), "a?.b.c"],
    [t.elem("a", num(0)), "a[0]"],
    [t.elem("a", num(0), true), "a?.[0]"],
    [call(prop("f", "g"), id("x"), t.spread(id("ys"))), "f.g(x, ...ys)"],
    [{ ...call("f"), optional: true }, "f?.()"],
    [{ ...call("f"), typeArgs: [kw("string")] }, "f<string>()"],
    [t.newExpr("Map", [], [kw("string"), kw("number")]), "new Map<string, number>()"],
    [t.unary("!", binary("a", "&&", "b")), "!(a && b)"],
    [t.unary("typeof", id("x")), "typeof x"],
    [t.update("++", id("i")), "i++"],
    [t.update("--", id("i"), true), "--i"],
    [binary(binary("a", "+", "b"), "*", "c"), "(a + b) * c"],
    [binary("a", "-", binary("b", "-", "c")), "a - (b - c)"],
    [binary(id("x"), "instanceof", id("Error")), "x instanceof Error"],
    [t.assign("x", num(1), ">>>="), "x >>>= 1"],
    [t.cond(id("a"), num(1), num(2)), "a ? 1 : 2"],
    [t.arrow([param("x", kw("number"))], binary("x", "*", num(2)), kw("number")), "(x: number): number => x * 2"],
    [t.arrow([], [t.ret()]), "() => {\n  return;\n}"],
    [t.as(id("x"), typeRef("T")), "x as T"],
    [prop(t.as(id("x"), typeRef("T")), "y"), "(x as T).y"],
    [t.nonNull(prop("a", "b")), "a.b!"],
  ];
  it.each(cases)("%#", (e, expected) => expect(printExpr(e)).toBe(expected));
});

describe("TS printer: types", () => {
  const cases: [t.Type, string][] = [
    [kw("unknown"), "unknown"],
    [kw("bigint"), "bigint"],
    [typeRef("jrt.List", kw("string")), "jrt.List<string>"],
    [t.union(kw("string"), kw("null")), "string | null"],
    [t.arrayOf(t.union(kw("string"), kw("null"))), "(string | null)[]"],
    [t.tuple(kw("number"), kw("bigint")), "[number, bigint]"],
    [t.fnType([param("a", kw("number")), param("rest", t.arrayOf(kw("string")), { rest: true })], kw("void")), "(a: number, ...rest: string[]) => void"],
    [t.litType("x"), '"x"'],
  ];
  it.each(cases)("%#", (ty, expected) => expect(printType(ty)).toBe(expected));
});

describe("TS printer: statements and declarations", () => {
  const cases: [t.Module["body"][number], string][] = [
    [t.varStmt("let", "x", num(1), kw("number")), "let x: number = 1;"],
    [t.ret(id("x")), "return x;"],
    [t.ifStmt(id("a"), [t.breakStmt()], t.ifStmt(id("b"), [t.continueStmt()])), "if (a) {\n  break;\n} else if (b) {\n  continue;\n}"],
    [t.forStmt({ init: t.varStmt("let", "i", num(0)), test: binary("i", "<", "n"), update: t.update("++", id("i")) }, []), "for (let i = 0; i < n; i++) {}"],
    [t.forOf("x", id("xs"), []), "for (const x of xs) {}"],
    [t.whileStmt(t.bool(true), []), "while (true) {}"],
    [t.doWhile([], id("ok")), "do {} while (ok);"],
    [t.labeled("outer", t.whileStmt(id("ok"), [t.breakStmt("outer")])), "outer: while (ok) {\n  break outer;\n}"],
    [t.switchStmt(id("k"), [t.caseOf(num(1), [t.breakStmt()]), t.caseOf(undefined, [])]), "switch (k) {\n  case 1:\n    break;\n  default:\n}"],
    [t.throwStmt(t.newExpr("Error", [str("x")])), 'throw new Error("x");'],
    [t.tryStmt([], { param: "e", body: [] }, [t.exprStmt(call("done"))]), "try {} catch (e) {} finally {\n  done();\n}"],
    [t.tryStmt([], { body: [] }), "try {} catch {}"],
    [t.typeAlias("Id", kw("string"), { exported: true, doc: ["An id."] }), "/**\n * An id.\n */\nexport type Id = string;"],
    [t.interfaceDecl("I", [t.propSig("x", kw("number"), { readonly: true, optional: true })], { extends: [typeRef("J")] }), "interface I extends J {\n  readonly x?: number;\n}"],
    [t.functionDecl("f", [param("a", kw("number"), { init: num(1) })], kw("void"), []), "function f(a: number = 1): void {}"],
    [
      t.classDecl("C", [
        t.property("n", kw("number"), num(0), { accessibility: "private", static: true }),
        t.ctor([param("x", kw("string"), { property: { accessibility: "protected", readonly: true } })], []),
        t.getter("size", kw("number"), [t.ret(num(0))]),
        t.method("m", [], kw("void"), undefined, { abstract: true }),
        t.staticBlock([]),
      ], { abstract: true, extends: typeRef("B", kw("string")), implements: [typeRef("I")], typeParams: [t.typeParam("T", kw("object"))] }),
      "abstract class C<T extends object> extends B<string> implements I {\n  private static n: number = 0;\n  constructor(protected readonly x: string) {}\n  get size(): number {\n    return 0;\n  }\n  abstract m(): void;\n  static {}\n}",
    ],
    [t.exportDecl(["a", { name: "b", alias: "c" }], "./m"), 'export { a, b as c } from "./m";'],
  ];
  it.each(cases)("%#", (item, expected) => expect(printItem(item)).toBe(expected));

  it("prints imports first, then items separated by blank lines", () => {
    const m = t.module([t.importDecl("./a", ["x", { name: "y", alias: "z" }], { typeOnly: true }), t.importDecl("./jrt", [], { namespace: "jrt" })], [t.varStmt("const", "a", num(1)), t.varStmt("const", "b", num(2))]);
    expect(printTsFile(m)).toBe('import type { x, y as z } from "./a";\nimport * as jrt from "./jrt";\n\nconst a = 1;\n\nconst b = 2;\n');
  });
});

describe("TS printer: the printed corpus type-checks in strict mode", () => {
  it("has no diagnostics", () => {
    const files = new Map([
      ["/main.ts", printTsFile(tsModule(3))],
      ["/jrt.ts", jrtSource],
    ]);
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) => {
      const text = files.get(name);
      return text !== undefined ? ts.createSourceFile(name, text, version) : getSourceFile(name, version);
    };
    host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
    host.readFile = (name) => files.get(name) ?? ts.sys.readFile(name);
    const program = ts.createProgram(["/main.ts"], options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
