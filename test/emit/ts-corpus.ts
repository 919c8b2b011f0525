// A realistic TS IR module, shaped like translated Java (classes, an enum as a class, interfaces,
// generics, loops, switch, try/finally), shared by the type-check test and the printer benchmark.

import * as t from "../../src/ir/ts.js";

const { id, num, str, call, prop, binary, assign, ret, kw, typeRef, param, block, exprStmt, varStmt } = t;

const int = kw("number");
const long = kw("bigint");
const string = kw("string");
const boolean = kw("boolean");
const voidT = kw("void");
const self = t.thisExpr;

/** The support module the corpus imports, as source text for an in-memory program. */
export const jrtSource = `export class JavaError extends Error {}
export class IllegalArgumentException extends JavaError {}
export function imul(a: number, b: number): number { return Math.imul(a, b); }
export interface Comparable<T> { compareTo(o: T): number; }
`;

/** Items of one "Java file" number `k`; names are unique per `k`. */
export function tsItems(k: number): t.Module["body"] {
  const Shape = `Shape${k}`;
  const Kind = `Kind${k}`;
  const Box = `Box${k}`;
  const Visitor = `Visitor${k}`;

  const kindEnum = t.classDecl(
    Kind,
    [
      t.property("CIRCLE", typeRef(Kind), t.newExpr(Kind, [str("CIRCLE"), num(0)]), { static: true, readonly: true }),
      t.property("SQUARE", typeRef(Kind), t.newExpr(Kind, [str("SQUARE"), num(1)]), { static: true, readonly: true }),
      t.property("VALUES", t.arrayOf(typeRef(Kind)), undefined, { static: true, accessibility: "private" }),
      t.staticBlock([exprStmt(assign(prop(Kind, "VALUES"), t.array(prop(Kind, "CIRCLE"), prop(Kind, "SQUARE"))))]),
      t.ctor([param("name", string, { property: { accessibility: "public", readonly: true } }), param("ordinal", int, { property: { readonly: true } })], []),
      t.method("values", [], t.arrayOf(typeRef(Kind)), [ret(t.array(t.spread(prop(Kind, "VALUES"))))], { static: true }),
      t.method("toString", [], string, [ret(prop(self(), "name"))]),
    ],
    { exported: true, doc: ["Java enum `Kind` lowered to a class with static instances."] },
  );

  const visitor = t.interfaceDecl(
    Visitor,
    [
      t.methodSig("visit", [param("shape", typeRef(Shape))], typeRef("R"), { doc: ["Called once per shape."] }),
      t.propSig("name", string, { readonly: true }),
      t.propSig("depth", int, { optional: true }),
    ],
    { exported: true, typeParams: [t.typeParam("R")] },
  );

  const area = t.method(
    "area",
    [],
    kw("number"),
    [
      t.switchStmt(prop(self(), "kind"), [
        t.caseOf(prop(Kind, "CIRCLE"), [ret(binary(binary(prop("Math", "PI"), "*", prop(self(), "size")), "*", prop(self(), "size")))]),
        t.caseOf(prop(Kind, "SQUARE"), [ret(call(prop("jrt", "imul"), prop(self(), "size"), prop(self(), "size")))]),
        t.caseOf(undefined, [t.throwStmt(t.newExpr(prop("jrt", "IllegalArgumentException"), [t.template(["bad kind ", "!"], prop(self(), "kind"))]))]),
      ]),
    ],
    { doc: ["Returns the area.", "", "@returns the area in square units"] },
  );

  const sum = t.method(
    "sum",
    [param("xs", t.arrayOf(int), { rest: true })],
    long,
    [
      varStmt("let", "total", t.bigint(0), long),
      t.labeled(
        "outer",
        t.forStmt({ init: varStmt("let", "i", num(0)), test: binary("i", "<", prop("xs", "length")), update: t.update("++", id("i")) }, [
          t.ifStmt(binary(t.elem("xs", id("i")), "<", num(0)), [t.continueStmt("outer")]),
          t.whileStmt(binary(binary(id("total"), ">", t.bigint("9007199254740993")), "&&", t.unary("!", prop(self(), "frozen"))), [
            exprStmt(assign("total", t.bigint(2), "/=")),
            t.breakStmt(),
          ]),
          exprStmt(assign("total", call("BigInt", t.elem("xs", id("i"))), "+=")),
        ]),
      ),
      t.doWhile([exprStmt(assign("total", call(prop("BigInt", "asIntN"), num(64), binary(id("total"), "*", t.bigint(3)))))], binary(id("total"), "<", t.bigint(0))),
      ret(id("total")),
    ],
  );

  const describe = t.method(
    "describe",
    [param("other", t.union(typeRef(Shape), kw("null")), { optional: true })],
    string,
    [
      varStmt("const", "label", binary(prop(prop("other", "kind", true), "name", false), "??", str("none"))),
      varStmt("let", "text", str(""), string),
      t.tryStmt(
        [
          t.forOf("s", call(prop(self(), "neighbours")), [exprStmt(assign("text", call(prop(id("s"), "toString")), "+="))]),
          t.ifStmt(binary(id("text"), "===", str("")), [t.throwStmt(t.newExpr("Error", [str("empty \"quoted\" \u00e9\n")]))], [exprStmt(assign("text", str(";"), "+="))]),
        ],
        { param: "e", body: [t.ifStmt(binary(id("e"), "instanceof", prop("jrt", "JavaError")), [ret(prop(t.as(id("e"), typeRef("Error")), "message"))], [t.throwStmt(id("e"))])] },
        [exprStmt(assign(prop(self(), "frozen"), t.bool(true)))],
      ),
      ret(t.template(["", ": ", " (", ")"], id("label"), id("text"), t.cond(binary(prop(self(), "size"), ">", num(10)), str("big"), str("small")))),
    ],
  );

  const shape = t.classDecl(
    Shape,
    [
      t.property("count", int, num(0), { static: true, accessibility: "private", doc: ["Instances created so far."] }),
      t.property("frozen", boolean, t.bool(false), { accessibility: "protected" }),
      t.property("children", t.arrayOf(typeRef(Shape)), t.array()),
      t.property("cache", typeRef("Map", string, t.tuple(int, long)), t.newExpr("Map", [], [string, t.tuple(int, long)]), { readonly: true }),
      t.ctor([param("kind", typeRef(Kind), { property: { accessibility: "public", readonly: true } }), param("size", int, { init: num(1) })], [
        exprStmt(call(t.superExpr())),
        exprStmt(t.update("++", prop(Shape, "count"))),
        exprStmt(assign(prop(self(), "size"), binary(id("size"), "|", num(0)))),
      ]),
      t.property("size", int, undefined, { accessibility: "public" }),
      t.getter("isEmpty", boolean, [ret(binary(prop(prop(self(), "children"), "length"), "===", num(0)))]),
      area,
      sum,
      describe,
      t.method("neighbours", [], t.arrayOf(typeRef(Shape)), [
        ret(call(prop(prop(self(), "children"), "filter"), t.arrow([param("c", typeRef(Shape))], binary(t.nonNull(prop(id("c"), "kind")), "!==", prop(Kind, "CIRCLE"))))),
      ]),
      t.method(
        "accept",
        [param("v", typeRef(Visitor, typeRef("R")))],
        typeRef("R"),
        [ret(call(prop("v", "visit"), self()))],
        { typeParams: [t.typeParam("R")] },
      ),
      t.method("toString", [], string, [ret(call(prop(self(), "describe")))], { override: true, accessibility: "public" }),
      t.method("compareTo", [param("o", typeRef(Shape))], int, [ret(binary(binary(prop(self(), "size"), "-", prop("o", "size")), "|", num(0)))]),
      t.method("hook", [param("f", t.fnType([param("s", typeRef(Shape))], voidT), { optional: true })], voidT, [
        exprStmt({ ...call(id("f"), self()), optional: true }),
        exprStmt(call(prop(prop(self(), "cache"), "set"), str("k"), t.array(num(1.5), t.bigint(7)))),
        exprStmt(t.unary("void", call(prop("Object", "freeze"), { ...t.object({ a: num(1), "b-c": t.nullLit() }), props: [...t.object({ a: num(1) }).props, t.spread(t.object({}))] }))),
      ]),
    ],
    {
      exported: true,
      abstract: false,
      extends: typeRef("Object"),
      implements: [typeRef("jrt.Comparable", typeRef(Shape))],
      doc: [`A shape (Java class \`com.example.${Shape}\`).`],
    },
  );

  const box = t.classDecl(
    Box,
    [
      t.property("value", typeRef("T"), undefined, { accessibility: "private" }),
      t.ctor([param("value", typeRef("T"))], [exprStmt(assign(prop(self(), "value"), id("value")))]),
      t.method("map", [param("f", t.fnType([param("x", typeRef("T"))], typeRef("U")))], typeRef(Box, typeRef("U")), [ret(t.newExpr(Box, [call("f", prop(self(), "value"))]))], {
        typeParams: [t.typeParam("U")],
      }),
    ],
    { exported: true, typeParams: [t.typeParam("T", kw("unknown"))] },
  );
  const base = t.classDecl(`Base${k}`, [t.method("get", [], typeRef("T"), undefined, { abstract: true, accessibility: "protected" })], {
    abstract: true,
    typeParams: [t.typeParam("T")],
  });

  return [
    kindEnum,
    visitor,
    t.typeAlias(`Pair${k}`, t.tuple(typeRef(Shape), t.union(int, kw("undefined"))), { exported: true }),
    t.typeAlias(`Mode${k}`, t.union(t.litType("read"), t.litType("write"), t.litType(0), t.litType(true))),
    shape,
    box,
    base,
    t.functionDecl(
      `main${k}`,
      [param("args", t.arrayOf(string))],
      voidT,
      [
        varStmt("const", "s", t.newExpr(Shape, [prop(Kind, "CIRCLE"), num(3)])),
        exprStmt(call(prop("console", "log"), call(prop("s", "describe")), prop("args", "length"), t.spread(id("args")))),
        t.ifStmt(binary(binary(binary(num(1), "+", num(2)), "*", num(3)), "===", binary(num(1), "+", binary(num(2), "*", num(3)))), [exprStmt(call(prop("console", "log"), str("never")))]),
        block([t.emptyStmt()]),
      ],
      { exported: true, doc: ["Entry point translated from `main(String[])`."] },
    ),
    varStmt("const", `DEFAULT${k}`, t.as(t.object({ size: num(1) }), typeRef("Record", string, int)), undefined, { exported: true }),
  ];
}

/** A module of `n` translated files' worth of declarations, importing the support module. */
export function tsModule(n: number): t.Module {
  const body: t.Module["body"] = [];
  for (let k = 0; k < n; k++) body.push(...tsItems(k));
  return t.module([t.importDecl("./jrt", [], { namespace: "jrt" })], body);
}
