// A corpus of Go IR files exercising every layout rule of the Go printer, shared by the gofmt
// round-trip test and the printer benchmark.

import * as g from "../../src/ir/go.js";

const { ident, sel, call, binary, unary, intLit, strLit, field, funcType, param } = g;

/** Struct with aligned fields, tags, embedding, comments and nested struct types. */
function structs(): g.File {
  const user = g.typeSpec(
    "User",
    g.structType([
      field("ID", "int64", { tag: 'json:"id"', comment: "primary key" }),
      field("Name", "string", { tag: 'json:"name"' }),
      field(["First", "Last"], "string"),
      g.embedded(sel("sync", "Mutex")),
      g.embedded(g.star("Base"), { comment: "embedded pointer" }),
      field("Emails", g.sliceType("string"), { doc: ["Emails are sorted.", "Never nil."] }),
      field("Tags", g.mapType("string", g.sliceType("string")), { comment: "by category" }),
      field("Address", g.structType([field("Street", "string"), field("Zip", "int", { comment: "five digits" })])),
      field("Age", "int32", { comment: "years" }),
      field("X", "float64", { tag: 'xml:"x,attr"', comment: "tagged and commented" }),
      field("naïve", "bool", { comment: "non-ASCII name" }),
    ]),
    { doc: ["User is a person with an account."] },
  );
  const single = g.typeSpec("Single", g.structType([field("only", "int", { comment: "one field" })]));
  const empty = g.typeSpec("Empty", g.structType([]));
  const point = g.genDecl("type", [
    g.typeSpec("Point", g.structType([field(["X", "Y"], "float64")])),
    g.typeSpec("Celsius", ident("float64"), { comment: "degrees" }),
    g.typeSpec("ID", ident("string"), { alias: true }),
  ]);
  return g.file("model", [g.importSpec("sync")], [g.genDecl("type", [user], { doc: user.doc }), g.genDecl("type", [single]), g.genDecl("type", [empty]), point]);
}

/** Interfaces, generics with constraints, methods with receivers. */
function generics(): g.File {
  const number = g.typeSpec("Number", g.interfaceType([g.embed(g.union("~int", "~int64", "~float64"))]), {
    doc: ["Number is a constraint."],
  });
  const stack = g.typeSpec("Stack", g.structType([field("items", g.sliceType("T"))]), { typeParams: [field("T", "any")] });
  const ptrParam = g.typeSpec("PtrTo", g.star("T"), { typeParams: [field("T", g.star("int"))] });
  const pair = g.typeSpec("Pair", g.structType([field("K", "K"), field("V", "V")]), {
    typeParams: [field("K", "comparable"), field("V", "any")],
  });
  const reader = g.typeSpec(
    "Reader",
    g.interfaceType([
      g.embed(sel("io", "Closer")),
      g.method("Read", funcType([field("p", g.sliceType("byte"))], [field("n", "int"), field("err", "error")]), {
        doc: ["Read reads."],
      }),
      g.method("Peek", funcType([param("int")], [param(g.sliceType("byte")), param("error")]), { comment: "may block" }),
    ]),
  );
  const stringer = g.typeSpec("Stringer", g.interfaceType([g.method("String", funcType([], [param("string")]))]));
  const sum = g.funcDecl(
    "Sum",
    funcType([field("xs", g.ellipsis("T"))], [param("T")], [field("T", "Number")]),
    [
      g.define("total", g.call(ident("T"), intLit(0))),
      g.rangeStmt({ key: "_", value: "x" }, ident("xs"), [g.assign("total", "+=", ident("x"))]),
      g.ret(ident("total")),
    ],
    { doc: ["Sum adds numbers."] },
  );
  const push = g.funcDecl("Push", funcType([field("v", "T")]), [g.assign(sel("s", "items"), "=", call("append", sel("s", "items"), ident("v")))], {
    recv: field("s", g.star(g.inst("Stack", ident("T")))),
  });
  const pop = g.funcDecl(
    "Pop",
    funcType([], [field("v", "T"), field("ok", "bool")]),
    [
      g.ifStmt(binary(call("len", sel("s", "items")), "==", intLit(0)), [g.ret(ident("v"), ident("false"))]),
      g.define("n", binary(call("len", sel("s", "items")), "-", intLit(1))),
      g.assign(["v", sel("s", "items")], "=", [g.index(sel("s", "items"), "n"), g.sliceExpr(sel("s", "items"), undefined, ident("n"))]),
      g.ret(ident("v"), ident("true")),
    ],
    { recv: field("s", g.star(g.inst("Stack", ident("T")))) },
  );
  const mapKeys = g.funcDecl(
    "Keys",
    funcType([field("m", g.mapType("K", "V"))], [param(g.sliceType("K"))], [field("K", "comparable"), field("V", "any")]),
    [
      g.define("out", call("make", g.sliceType("K"), intLit(0), call("len", "m"))),
      g.rangeStmt({ key: "k" }, ident("m"), [g.assign("out", "=", call("append", "out", ident("k")))]),
      g.exprStmt(call(sel("sort", "Slice"), ident("out"), g.funcLit(funcType([field(["i", "j"], "int")], [param("bool")]), [g.ret(binary(g.index("out", "i"), "<", g.index("out", "j")))]))),
      g.ret(ident("out")),
    ],
  );
  const noop = g.funcDecl("noop", funcType(), []);
  const inst = g.genDecl("var", [g.valueSpec("_", g.inst("Pair", ident("string"), ident("int")), [])]);
  return g.file(
    "generic",
    [g.importSpec("sort"), g.importSpec("io")],
    [g.genDecl("type", [number], { doc: number.doc }), g.genDecl("type", [stack]), g.genDecl("type", [ptrParam]), g.genDecl("type", [pair]), g.genDecl("type", [reader]), g.genDecl("type", [stringer]), sum, push, pop, mapKeys, noop, inst],
  );
}

/** Statements: switches, labeled loops, select, defer/go, comments, closures. */
function control(): g.File {
  const loop = g.labeled(
    "outer",
    g.forStmt({ init: g.define("i", intLit(0)), cond: binary("i", "<", "n"), post: g.incDec("i", "++") }, [
      g.forStmt({}, [
        g.ifStmt(binary(binary("i", "%", intLit(2)), "==", intLit(0)), [g.branch("continue", "outer")], [g.branch("break", "outer")]),
      ]),
    ]),
  );
  const sw = g.switchStmt(ident("x"), [
    g.caseClause([intLit(1), intLit(2)], [g.exprStmt(call(sel("fmt", "Println"), strLit("small"))), g.branch("fallthrough")]),
    g.caseClause([intLit(3)], [g.comment("nothing to do")]),
    g.caseClause(undefined, [g.ret()]),
  ]);
  const tsw = g.typeSwitch("v", ident("any"), [
    g.caseClause([ident("int"), ident("int64")], [g.exprStmt(call(sel("fmt", "Println"), ident("v")))]),
    g.caseClause([g.star(sel("strings", "Builder"))], [g.exprStmt(call(sel("v", "Reset")))]),
    g.caseClause([ident("nil")], []),
  ]);
  const sel_ = g.selectStmt([
    g.commClause(g.define(["v", "ok"], unary("<-", "ch")), [g.ifStmt(unary("!", "ok"), [g.ret()]), g.send("out", ident("v"))]),
    g.commClause(g.send("out", intLit(1)), []),
    g.commClause(undefined, [g.exprStmt(call(sel("time", "Sleep"), sel("time", "Millisecond")))]),
  ]);
  const body: g.Stmt[] = [
    g.comment("Java: for (int i = 0; i < n; i++) { ... }", "kept beside the stub"),
    g.define("n", intLit(10), { comment: "loop bound" }),
    g.define("ch", call("make", g.chanType("int"))),
    g.define("out", call("make", g.chanType("int", "send"), intLit(1)), { comment: "send-only" }),
    loop,
    sw,
    g.ifStmt(binary("err", "!=", "nil"), [g.exprStmt(call("panic", ident("err")))], g.ifStmt(binary("n", ">", intLit(3)), [g.assign("n", "=", intLit(3))], [g.assign("n", "-=", intLit(1))]), g.define("err", call("check"))),
    tsw,
    sel_,
    g.deferStmt(call(g.funcLit(funcType(), [g.ifStmt(binary("r", "!=", "nil"), [g.exprStmt(call(sel("fmt", "Println"), ident("r")))], undefined, g.define("r", call("recover")))]))),
    g.goStmt(call(g.funcLit(funcType([field("c", g.chanType("int", "recv"))]), [g.rangeStmt({ key: "v" }, ident("c"), [g.exprStmt(call(sel("fmt", "Println"), ident("v")))])]), ident("ch"))),
    g.switchStmt(undefined, [g.caseClause([binary("n", ">", intLit(0))], [g.exprStmt(call("f"))])], g.define("n", call("g"))),
    g.selectStmt([]),
    g.labeled("done", g.emptyStmt()),
    g.rangeStmt({}, call(sel("time", "Tick"), sel("time", "Second")), [g.branch("goto", "done")]),
    g.comment("trailing comment of the block"),
  ];
  return g.file("control", [g.importSpec("fmt"), g.importSpec("strings"), g.importSpec("time")], [
    g.funcDecl("run", funcType([field("x", "int"), field("any", "any")]), body),
    g.funcDecl("check", funcType([], [param("error")]), [g.ret(ident("nil"))]),
    g.funcDecl("f", funcType(), []),
    g.funcDecl("g", funcType([], [param("int")]), [g.ret(intLit(1))]),
  ]);
}

/** Expressions: precedence, spacing by depth, composite literals with aligned keys, literals. */
function expressions(): g.File {
  const a = ident("a"), b = ident("b"), c = ident("c"), i = ident("i");
  const values: [string, g.Expr][] = [
    ["e1", binary(binary(a, "*", b), "+", c)],
    ["e2", binary(a, "*", binary(b, "+", c))],
    ["e3", g.index("xs", binary(i, "+", intLit(1)))],
    ["e4", binary(binary(a, "+", b), "<", binary(c, "*", intLit(2)))],
    ["e5", binary(binary(binary(a, "==", b), "&&", binary(b, "==", c)), "||", unary("!", binary(a, "<", c)))],
    ["e6", call("f", binary(a, "+", b), binary(c, "*", intLit(2)))],
    ["e7", call("f", binary(a, "+", b))],
    ["e8", binary(a, "-", unary("-", b))],
    ["e9", binary(a, "/", g.star("p"))],
    ["e10", binary(a, "&", unary("^", b))],
    ["e11", unary("-", unary("-", a))],
    ["e12", binary(a, "-", binary(b, "-", c))],
    ["e13", binary(binary(a, "<<", intLit(3)), "|", binary(b, ">>", intLit(1)))],
    ["e14", g.sliceExpr("xs", binary(i, "+", intLit(1)), binary(i, "+", intLit(2)))],
    ["e15", g.sliceExpr("xs", intLit(1), undefined)],
    ["e16", g.sliceExpr("xs", undefined, ident("n"), ident("n"))],
    ["e17", g.typeAssert("v", g.star(sel("bytes", "Buffer")))],
    ["e18", sel(g.paren(g.star("p")), "field")],
    ["e19", sel(g.star("p"), "field")],
    ["e20", call(g.paren(g.star("T")), ident("x"))],
    ["e21", call(g.star("T"), ident("x"))],
    ["e22", g.floatLit(1.5)],
    ["e23", g.floatLit(2)],
    ["e24", g.imagLit("2i")],
    ["e25", g.runeLit(0x41)],
    ["e26", g.runeLit(0x27)],
    ["e27", strLit('tab\there "quoted" \\ é ☃ \u0000 \u200b')],
    ["e28", g.rawStrLit("raw \\d+ \"free\"")],
    ["e29", intLit("0x1F")],
    ["e30", g.callSpread("append", ident("xs"), ident("ys"))],
    ["e31", g.addr(g.composite(ident("T"), [g.kv("A", intLit(1))]))],
    ["e32", g.composite(g.sliceType("int"), [intLit(1), intLit(2), intLit(3)])],
    ["e33", unary("<-", "ch")],
    ["e34", binary(binary(a, "+", b), "*", c)],
    ["e35", binary(g.paren(binary(a, "+", b)), "*", c)],
    ["e36", call(sel(g.composite(ident("T"), []), "M"))],
    ["e37", binary(binary(binary(a, "*", b), "+", binary(c, "*", i)), "+", intLit(1))],
    ["e38", g.index(g.index("m", binary(a, "*", b)), binary(i, "-", intLit(1)))],
    ["e39", call(g.funcType([param("int")], [param("int")]), ident("f"))],
  ];
  const people = g.composite(
    g.mapType("string", "int"),
    [g.kv(strLit("alice"), intLit(30)), g.kv(strLit("bob"), intLit(4)), g.kv(strLit("christopher"), intLit(57))],
    true,
  );
  const nested = g.composite(
    g.sliceType(ident("Point")),
    [g.composite(undefined, [intLit(1), intLit(2)]), g.composite(undefined, [g.kv("X", intLit(3)), g.kv("Y", intLit(4))])],
    true,
  );
  const ratio = g.composite(
    ident("Config"),
    [
      g.kv("A", intLit(1)),
      g.kv("Bb", intLit(2)),
      g.kv("AVeryLongFieldNameThatBreaksTheRatioOfKeySizesAlignmentColumns", intLit(3)),
      g.kv("C", intLit(4)),
      g.kv("Handler", g.funcLit(funcType(), [g.exprStmt(call("f"))])),
      g.kv("D", intLit(5)),
    ],
    true,
  );
  return g.file("expr", [g.importSpec("bytes")], [
    g.genDecl(
      "var",
      values.map(([name, v]) => g.valueSpec(name, undefined, [v])),
    ),
    g.genDecl("var", [g.valueSpec("people", undefined, [people])]),
    g.genDecl("var", [g.valueSpec("points", undefined, [nested])]),
    g.genDecl("var", [g.valueSpec("config", undefined, [ratio])]),
    g.funcDecl(
      "cond",
      funcType(),
      [
        g.ifStmt(binary(ident("p"), "==", g.composite(ident("Point"), [])), [g.ret()]),
        g.ifStmt(g.paren(binary(a, ">", b)), [g.ret()]),
        g.forStmt({ cond: binary(binary(a, "*", b), "<", binary(c, "+", intLit(1))) }, [g.incDec(g.index("xs", binary(i, "+", intLit(1))), "++")]),
        g.assign(["a", "b"], "=", [binary(a, "+", b), binary(b, "*", intLit(2))]),
        g.assign("a", "<<=", intLit(2)),
        g.assign(g.star("p"), "&^=", ident("mask")),
      ],
    ),
  ]);
}

/** Const/var blocks with the type column, comments and doc comments; a file doc; free comments. */
function declarations(): g.File {
  const consts = g.genDecl(
    "const",
    [
      g.valueSpec("KindA", "Kind", [ident("iota")], { comment: "first" }),
      g.valueSpec("KindBee", undefined, [], { comment: "second" }),
      g.valueSpec("KindC", undefined, []),
      g.valueSpec("Max", undefined, [intLit(100)], { comment: "limit" }),
      g.valueSpec("Pi", "float64", [g.floatLit(3.14159)], { doc: ["Pi is approximate."] }),
      g.valueSpec(["X", "Y"], undefined, [intLit(1), intLit(2)]),
    ],
    { doc: ["Kinds of things."] },
  );
  const vars = g.genDecl("var", [
    g.valueSpec("mu", sel("sync", "Mutex"), []),
    g.valueSpec("count", "int", [], { comment: "guarded by mu" }),
    g.valueSpec("names", undefined, [g.composite(g.sliceType("string"), [])]),
  ]);
  const single = g.genDecl("var", [g.valueSpec("single", undefined, [intLit(1)], { comment: "alone" })]);
  const groupedOne = g.genDecl("const", [g.valueSpec("One", undefined, [intLit(1)])], { grouped: true });
  return g.file(
    "decls",
    [g.importSpec("sync"), g.importSpec("github.com/acme/jrt"), g.importSpec("example.com/x/y", "xy"), g.importSpec("os"), g.importSpec("sync")],
    [
      consts,
      vars,
      single,
      groupedOne,
      g.comment("TODO(java2x): the Java below could not be translated.", "", "\tpublic native void poke();"),
      g.funcDecl("Use", funcType(), [g.exprStmt(call(sel("jrt", "Use"), sel("xy", "Z"), sel("os", "Args")))], {
        doc: ["Use keeps the imports.", "", "It does nothing else."],
      }),
    ],
    ["Package decls is generated by java2x.", "", "Do not edit."],
  );
}

/** Long expressions and long signatures (nothing wraps: gofmt keeps long lines). */
function long(): g.File {
  let sum: g.Expr = ident("x0");
  for (let k = 1; k < 25; k++) sum = binary(sum, k % 3 === 0 ? "*" : "+", ident(`x${k}`));
  const params = Array.from({ length: 12 }, (_, k) => field(`parameterNumber${k}`, "string"));
  return g.file("long", [], [
    g.funcDecl("LongSignature", funcType(params, [param("error")]), []),
    g.funcDecl("LongSum", funcType([field(Array.from({ length: 25 }, (_, k) => `x${k}`), "int")], [param("int")]), [g.ret(sum)]),
  ]);
}

export function goCorpus(): { name: string; file: g.File }[] {
  return [
    { name: "structs", file: structs() },
    { name: "generics", file: generics() },
    { name: "control", file: control() },
    { name: "expressions", file: expressions() },
    { name: "declarations", file: declarations() },
    { name: "long", file: long() },
  ];
}
