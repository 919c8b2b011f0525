// The Go target IR: typed nodes named after the Go spec (and go/ast) that transforms build and
// the Go printer turns into gofmt-identical source; rules never produce Go text themselves.

/** Where a node came from in the Java source; never printed, read by reports and markers. */
export interface JavaLoc {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  col: number;
}

interface Node {
  javaLoc?: JavaLoc;
}

/**
 * Comment text as lines without the `//` prefix: `["Foo does x.", "", "More."]` prints as
 * `// Foo does x.`, `//`, `// More.`. Top-level doc comments must already be canonical Go doc
 * comment text (the Javadoc transform's job): gofmt reformats lists, code blocks and headings.
 */
export type CommentLines = readonly string[];

// ---------------------------------------------------------------------------------------------
// Expressions and types (Go's grammar makes types expressions; so does this IR)

export type Expr =
  | Ident
  | BasicLit
  | CompositeLit
  | KeyValueExpr
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | IndexListExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | Ellipsis
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType
  | UnionType;

export interface Ident extends Node {
  kind: "Ident";
  name: string;
}

/** `value` is the literal exactly as printed (quotes, prefixes), in gofmt's canonical form. */
export interface BasicLit extends Node {
  kind: "BasicLit";
  litKind: "INT" | "FLOAT" | "IMAG" | "CHAR" | "STRING";
  value: string;
}

export interface CompositeLit extends Node {
  kind: "CompositeLit";
  /** Omitted for elided element types inside another composite literal. */
  type?: Expr;
  elts: Expr[];
  /** One element per line (with gofmt's key/value column alignment) instead of one line. */
  multiline?: boolean;
}

export interface KeyValueExpr extends Node {
  kind: "KeyValueExpr";
  key: Expr;
  value: Expr;
}

export interface FuncLit extends Node {
  kind: "FuncLit";
  type: FuncType;
  body: BlockStmt;
}

/** Explicit parentheses; rarely needed, the printer adds the ones precedence requires. */
export interface ParenExpr extends Node {
  kind: "ParenExpr";
  x: Expr;
}

export interface SelectorExpr extends Node {
  kind: "SelectorExpr";
  x: Expr;
  sel: string;
}

/** `x[index]`: indexing, or instantiation with one type argument. */
export interface IndexExpr extends Node {
  kind: "IndexExpr";
  x: Expr;
  index: Expr;
}

/** `x[A, B]`: instantiation with several type arguments. */
export interface IndexListExpr extends Node {
  kind: "IndexListExpr";
  x: Expr;
  indices: Expr[];
}

export interface SliceExpr extends Node {
  kind: "SliceExpr";
  x: Expr;
  low?: Expr;
  high?: Expr;
  /** Three-index slice `x[l:h:m]`. */
  max?: Expr;
}

/** `x.(T)`, or `x.(type)` in a type switch when `type` is absent. */
export interface TypeAssertExpr extends Node {
  kind: "TypeAssertExpr";
  x: Expr;
  type?: Expr;
}

export interface CallExpr extends Node {
  kind: "CallExpr";
  fun: Expr;
  args: Expr[];
  /** The last argument is spread: `f(a, xs...)`. */
  ellipsis?: boolean;
}

/** `*x`: a pointer type or a dereference. */
export interface StarExpr extends Node {
  kind: "StarExpr";
  x: Expr;
}

export type UnaryOp = "+" | "-" | "!" | "^" | "&" | "<-" | "~";

export interface UnaryExpr extends Node {
  kind: "UnaryExpr";
  op: UnaryOp;
  x: Expr;
}

export type BinaryOp =
  | "||"
  | "&&"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "+"
  | "-"
  | "|"
  | "^"
  | "*"
  | "/"
  | "%"
  | "<<"
  | ">>"
  | "&"
  | "&^";

export interface BinaryExpr extends Node {
  kind: "BinaryExpr";
  op: BinaryOp;
  x: Expr;
  y: Expr;
}

/** `...T` as the type of a variadic parameter, or `[...]` as an array length. */
export interface Ellipsis extends Node {
  kind: "Ellipsis";
  elt?: Expr;
}

/** `[len]elt`; a slice when `len` is absent. */
export interface ArrayType extends Node {
  kind: "ArrayType";
  len?: Expr;
  elt: Expr;
}

export interface Field extends Node {
  /** Empty for an embedded struct field or an unnamed parameter. */
  names: string[];
  type: Expr;
  /** Struct tag content without quotes, e.g. `json:"id"`. */
  tag?: string;
  doc?: CommentLines;
  /** Trailing `//` comment on the field's line. */
  comment?: string;
}

export interface StructType extends Node {
  kind: "StructType";
  fields: Field[];
}

export interface FuncType extends Node {
  kind: "FuncType";
  typeParams?: Field[];
  params: Field[];
  results: Field[];
}

export interface InterfaceMethod extends Node {
  kind: "InterfaceMethod";
  name: string;
  type: FuncType;
  doc?: CommentLines;
  comment?: string;
}

/** An embedded interface or a type-set element such as `~int | ~int64`. */
export interface InterfaceEmbed extends Node {
  kind: "InterfaceEmbed";
  type: Expr;
  doc?: CommentLines;
  comment?: string;
}

export interface InterfaceType extends Node {
  kind: "InterfaceType";
  elems: (InterfaceMethod | InterfaceEmbed)[];
}

export interface MapType extends Node {
  kind: "MapType";
  key: Expr;
  value: Expr;
}

export interface ChanType extends Node {
  kind: "ChanType";
  /** `chan T`, `chan<- T` (send only), `<-chan T` (receive only). */
  dir: "both" | "send" | "recv";
  value: Expr;
}

/** A type-set union `~int | ~int64 | string` (go/ast spells it as binary `|` of `~` operands). */
export interface UnionType extends Node {
  kind: "UnionType";
  terms: { tilde: boolean; type: Expr }[];
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Stmt =
  | BlockStmt
  | ExprStmt
  | AssignStmt
  | IncDecStmt
  | DeclStmt
  | ReturnStmt
  | IfStmt
  | ForStmt
  | RangeStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | BranchStmt
  | LabeledStmt
  | GoStmt
  | DeferStmt
  | SendStmt
  | EmptyStmt
  | CommentGroup;

/** Every statement may carry a trailing `//` comment printed at the end of its last line. */
interface StmtNode extends Node {
  comment?: string;
}

export interface BlockStmt extends StmtNode {
  kind: "BlockStmt";
  list: Stmt[];
}

export interface ExprStmt extends StmtNode {
  kind: "ExprStmt";
  x: Expr;
}

export type AssignTok = "=" | ":=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "&^=";

export interface AssignStmt extends StmtNode {
  kind: "AssignStmt";
  lhs: Expr[];
  tok: AssignTok;
  rhs: Expr[];
}

export interface IncDecStmt extends StmtNode {
  kind: "IncDecStmt";
  x: Expr;
  tok: "++" | "--";
}

export interface DeclStmt extends StmtNode {
  kind: "DeclStmt";
  decl: GenDecl;
}

export interface ReturnStmt extends StmtNode {
  kind: "ReturnStmt";
  results: Expr[];
}

export interface IfStmt extends StmtNode {
  kind: "IfStmt";
  init?: Stmt;
  cond: Expr;
  body: BlockStmt;
  else?: IfStmt | BlockStmt;
}

export interface ForStmt extends StmtNode {
  kind: "ForStmt";
  init?: Stmt;
  cond?: Expr;
  post?: Stmt;
  body: BlockStmt;
}

export interface RangeStmt extends StmtNode {
  kind: "RangeStmt";
  key?: Expr;
  value?: Expr;
  /** `:=` or `=`; ignored when there is no key (`for range x`). */
  tok: ":=" | "=";
  x: Expr;
  body: BlockStmt;
}

/** `case a, b:` or, when `list` is absent, `default:`. Fallthrough is a `BranchStmt`. */
export interface CaseClause extends Node {
  kind: "CaseClause";
  list?: Expr[];
  body: Stmt[];
}

export interface SwitchStmt extends StmtNode {
  kind: "SwitchStmt";
  init?: Stmt;
  tag?: Expr;
  clauses: CaseClause[];
}

/** `switch bind := x.(type)`; `bind` absent for `switch x.(type)`. */
export interface TypeSwitchStmt extends StmtNode {
  kind: "TypeSwitchStmt";
  init?: Stmt;
  bind?: string;
  x: Expr;
  clauses: CaseClause[];
}

/** `case comm:` (a send, receive or receive-assignment) or, when `comm` is absent, `default:`. */
export interface CommClause extends Node {
  kind: "CommClause";
  comm?: SendStmt | ExprStmt | AssignStmt;
  body: Stmt[];
}

export interface SelectStmt extends StmtNode {
  kind: "SelectStmt";
  clauses: CommClause[];
}

export interface BranchStmt extends StmtNode {
  kind: "BranchStmt";
  tok: "break" | "continue" | "goto" | "fallthrough";
  label?: string;
}

export interface LabeledStmt extends StmtNode {
  kind: "LabeledStmt";
  label: string;
  stmt: Stmt;
}

export interface GoStmt extends StmtNode {
  kind: "GoStmt";
  call: CallExpr;
}

export interface DeferStmt extends StmtNode {
  kind: "DeferStmt";
  call: CallExpr;
}

export interface SendStmt extends StmtNode {
  kind: "SendStmt";
  chan: Expr;
  value: Expr;
}

export interface EmptyStmt extends StmtNode {
  kind: "EmptyStmt";
}

/** Free-standing `//` comment lines, as a statement or a top-level declaration. */
export interface CommentGroup extends Node {
  kind: "CommentGroup";
  lines: CommentLines;
}

// ---------------------------------------------------------------------------------------------
// Declarations

export type Decl = GenDecl | FuncDecl | CommentGroup;

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface ImportSpec extends Node {
  kind: "ImportSpec";
  /** Local name, `_` or `.`. */
  name?: string;
  path: string;
  comment?: string;
}

export interface ValueSpec extends Node {
  kind: "ValueSpec";
  names: string[];
  type?: Expr;
  values: Expr[];
  doc?: CommentLines;
  comment?: string;
}

export interface TypeSpec extends Node {
  kind: "TypeSpec";
  name: string;
  typeParams?: Field[];
  /** `type A = B`. */
  alias?: boolean;
  type: Expr;
  doc?: CommentLines;
  comment?: string;
}

export interface GenDecl extends Node {
  kind: "GenDecl";
  tok: "import" | "const" | "var" | "type";
  specs: Spec[];
  /** Parenthesised even with one spec. */
  grouped?: boolean;
  doc?: CommentLines;
}

export interface FuncDecl extends Node {
  kind: "FuncDecl";
  doc?: CommentLines;
  recv?: Field;
  name: string;
  /** Holds the type parameters too. */
  type: FuncType;
  /** Absent for a function implemented outside Go. */
  body?: BlockStmt;
}

export interface File extends Node {
  kind: "File";
  doc?: CommentLines;
  package: string;
  /** Printed as one import declaration: standard library first, then the rest, each sorted. */
  imports: ImportSpec[];
  decls: Decl[];
}

// ---------------------------------------------------------------------------------------------
// Factories: terse construction for transforms. Optional parts go in a trailing object.

type Extra<T> = Partial<Omit<T, "kind">>;

export const ident = (name: string): Ident => ({ kind: "Ident", name });
export const sel = (x: Expr | string, name: string): SelectorExpr => ({ kind: "SelectorExpr", x: asExpr(x), sel: name });
/** A qualified name: `qual("strings", "Builder")` is `strings.Builder`. */
export const qual = (pkg: string, name: string): SelectorExpr => sel(ident(pkg), name);
/** `fun(args)`; a string argument is an identifier, as everywhere in these factories. */
export const call = (fun: Expr | string, ...args: (Expr | string)[]): CallExpr => ({ kind: "CallExpr", fun: asExpr(fun), args: args.map(asExpr) });
/** `fun(args...)` with the last argument spread. */
export const callSpread = (fun: Expr | string, ...args: (Expr | string)[]): CallExpr => ({ ...call(fun, ...args), ellipsis: true });
export const star = (x: Expr | string): StarExpr => ({ kind: "StarExpr", x: asExpr(x) });
export const addr = (x: Expr | string): UnaryExpr => unary("&", x);
export const unary = (op: UnaryOp, x: Expr | string): UnaryExpr => ({ kind: "UnaryExpr", op, x: asExpr(x) });
export const not = (x: Expr | string): UnaryExpr => unary("!", x);
export const binary = (x: Expr | string, op: BinaryOp, y: Expr | string): BinaryExpr => ({
  kind: "BinaryExpr",
  op,
  x: asExpr(x),
  y: asExpr(y),
});
export const paren = (x: Expr): ParenExpr => ({ kind: "ParenExpr", x });
export const index = (x: Expr | string, i: Expr | string): IndexExpr => ({ kind: "IndexExpr", x: asExpr(x), index: asExpr(i) });
/** Generic instantiation `x[A]` or `x[A, B]`. */
export const inst = (x: Expr | string, ...types: Expr[]): IndexExpr | IndexListExpr =>
  types.length === 1 ? index(x, types[0]!) : { kind: "IndexListExpr", x: asExpr(x), indices: types };
export const sliceExpr = (x: Expr | string, low?: Expr, high?: Expr, max?: Expr): SliceExpr => ({
  kind: "SliceExpr",
  x: asExpr(x),
  ...(low && { low }),
  ...(high && { high }),
  ...(max && { max }),
});
export const typeAssert = (x: Expr | string, type?: Expr): TypeAssertExpr => ({
  kind: "TypeAssertExpr",
  x: asExpr(x),
  ...(type && { type }),
});
export const composite = (type: Expr | undefined, elts: Expr[], multiline = false): CompositeLit => ({
  kind: "CompositeLit",
  ...(type && { type }),
  elts,
  ...(multiline && { multiline }),
});
export const kv = (key: Expr | string, value: Expr): KeyValueExpr => ({ kind: "KeyValueExpr", key: asExpr(key), value });
export const funcLit = (type: FuncType, body: Stmt[]): FuncLit => ({ kind: "FuncLit", type, body: block(body) });

export const intLit = (n: number | bigint | string): BasicLit => ({ kind: "BasicLit", litKind: "INT", value: String(n) });
/** A float literal; integral values keep a `.0` so the literal stays untyped-float. */
export const floatLit = (n: number | string): BasicLit => {
  let value = String(n);
  if (typeof n === "number" && Number.isFinite(n) && !/[.e]/.test(value)) value += ".0";
  return { kind: "BasicLit", litKind: "FLOAT", value };
};
export const imagLit = (value: string): BasicLit => ({ kind: "BasicLit", litKind: "IMAG", value });
/** A Go interpreted string literal for `s` (UTF-16 text, lone surrogates escaped as `\uXXXX`). */
export const strLit = (s: string): BasicLit => ({ kind: "BasicLit", litKind: "STRING", value: quoteGo(s, '"') });
/** A raw string literal; `s` must not contain a backquote or a carriage return. */
export const rawStrLit = (s: string): BasicLit => ({ kind: "BasicLit", litKind: "STRING", value: "`" + s + "`" });
/** A rune literal for one code point. */
export const runeLit = (codePoint: number): BasicLit => ({
  kind: "BasicLit",
  litKind: "CHAR",
  value: quoteGo(String.fromCodePoint(codePoint), "'"),
});

export const field = (names: string | string[], type: Expr | string, extra?: Extra<Field>): Field => ({
  names: typeof names === "string" ? [names] : names,
  type: asExpr(type),
  ...extra,
});
export const embedded = (type: Expr | string, extra?: Extra<Field>): Field => ({ names: [], type: asExpr(type), ...extra });
/** An unnamed parameter or result. */
export const param = (type: Expr | string): Field => ({ names: [], type: asExpr(type) });
export const funcType = (params: Field[] = [], results: Field[] = [], typeParams?: Field[]): FuncType => ({
  kind: "FuncType",
  ...(typeParams && { typeParams }),
  params,
  results,
});
export const structType = (fields: Field[]): StructType => ({ kind: "StructType", fields });
export const interfaceType = (elems: (InterfaceMethod | InterfaceEmbed)[]): InterfaceType => ({ kind: "InterfaceType", elems });
export const method = (name: string, type: FuncType, extra?: Extra<InterfaceMethod>): InterfaceMethod => ({
  kind: "InterfaceMethod",
  name,
  type,
  ...extra,
});
export const embed = (type: Expr | string, extra?: Extra<InterfaceEmbed>): InterfaceEmbed => ({
  kind: "InterfaceEmbed",
  type: asExpr(type),
  ...extra,
});
/** Type-set union; a term given as `"~int"` is an approximation element. */
export const union = (...terms: (Expr | string)[]): UnionType => ({
  kind: "UnionType",
  terms: terms.map((t) =>
    typeof t === "string" && t.startsWith("~") ? { tilde: true, type: ident(t.slice(1)) } : { tilde: false, type: asExpr(t) },
  ),
});
export const mapType = (key: Expr | string, value: Expr | string): MapType => ({ kind: "MapType", key: asExpr(key), value: asExpr(value) });
export const sliceType = (elt: Expr | string): ArrayType => ({ kind: "ArrayType", elt: asExpr(elt) });
export const arrayType = (len: Expr | number, elt: Expr | string): ArrayType => ({
  kind: "ArrayType",
  len: typeof len === "number" ? intLit(len) : len,
  elt: asExpr(elt),
});
export const chanType = (value: Expr | string, dir: ChanType["dir"] = "both"): ChanType => ({ kind: "ChanType", dir, value: asExpr(value) });
export const ellipsis = (elt: Expr | string): Ellipsis => ({ kind: "Ellipsis", elt: asExpr(elt) });

export const block = (list: Stmt[]): BlockStmt => ({ kind: "BlockStmt", list });
export const exprStmt = (x: Expr, extra?: Extra<ExprStmt>): ExprStmt => ({ kind: "ExprStmt", x, ...extra });
export const assign = (lhs: Expr | string | (Expr | string)[], tok: AssignTok, rhs: Expr | Expr[], extra?: Extra<AssignStmt>): AssignStmt => ({
  kind: "AssignStmt",
  lhs: (Array.isArray(lhs) ? lhs : [lhs]).map(asExpr),
  tok,
  rhs: Array.isArray(rhs) ? rhs : [rhs],
  ...extra,
});
/** `lhs := rhs`. */
export const define = (lhs: string | string[], rhs: Expr | Expr[], extra?: Extra<AssignStmt>): AssignStmt => assign(lhs, ":=", rhs, extra);
export const incDec = (x: Expr | string, tok: "++" | "--"): IncDecStmt => ({ kind: "IncDecStmt", x: asExpr(x), tok });
export const ret = (...results: Expr[]): ReturnStmt => ({ kind: "ReturnStmt", results });
export const ifStmt = (cond: Expr, body: Stmt[], els?: IfStmt | Stmt[], init?: Stmt): IfStmt => ({
  kind: "IfStmt",
  ...(init && { init }),
  cond,
  body: block(body),
  ...(els && { else: Array.isArray(els) ? block(els) : els }),
});
export const forStmt = (parts: { init?: Stmt; cond?: Expr; post?: Stmt }, body: Stmt[]): ForStmt => ({ kind: "ForStmt", ...parts, body: block(body) });
export const rangeStmt = (
  parts: { key?: Expr | string; value?: Expr | string; tok?: ":=" | "=" },
  x: Expr,
  body: Stmt[],
): RangeStmt => ({
  kind: "RangeStmt",
  ...(parts.key !== undefined && { key: asExpr(parts.key) }),
  ...(parts.value !== undefined && { value: asExpr(parts.value) }),
  tok: parts.tok ?? ":=",
  x,
  body: block(body),
});
export const caseClause = (list: Expr[] | undefined, body: Stmt[]): CaseClause => ({ kind: "CaseClause", ...(list && { list }), body });
export const switchStmt = (tag: Expr | undefined, clauses: CaseClause[], init?: Stmt): SwitchStmt => ({
  kind: "SwitchStmt",
  ...(init && { init }),
  ...(tag && { tag }),
  clauses,
});
export const typeSwitch = (bind: string | undefined, x: Expr, clauses: CaseClause[]): TypeSwitchStmt => ({
  kind: "TypeSwitchStmt",
  ...(bind !== undefined && { bind }),
  x,
  clauses,
});
export const commClause = (comm: CommClause["comm"], body: Stmt[]): CommClause => ({ kind: "CommClause", ...(comm && { comm }), body });
export const selectStmt = (clauses: CommClause[]): SelectStmt => ({ kind: "SelectStmt", clauses });
export const branch = (tok: BranchStmt["tok"], label?: string): BranchStmt => ({ kind: "BranchStmt", tok, ...(label && { label }) });
export const labeled = (label: string, stmt: Stmt): LabeledStmt => ({ kind: "LabeledStmt", label, stmt });
export const goStmt = (c: CallExpr): GoStmt => ({ kind: "GoStmt", call: c });
export const deferStmt = (c: CallExpr): DeferStmt => ({ kind: "DeferStmt", call: c });
export const send = (chan: Expr | string, value: Expr): SendStmt => ({ kind: "SendStmt", chan: asExpr(chan), value });
export const emptyStmt = (): EmptyStmt => ({ kind: "EmptyStmt" });
export const declStmt = (decl: GenDecl): DeclStmt => ({ kind: "DeclStmt", decl });
export const comment = (...lines: string[]): CommentGroup => ({ kind: "CommentGroup", lines });

export const importSpec = (path: string, name?: string): ImportSpec => ({ kind: "ImportSpec", path, ...(name && { name }) });
export const valueSpec = (names: string | string[], type: Expr | string | undefined, values: Expr[] = [], extra?: Extra<ValueSpec>): ValueSpec => ({
  kind: "ValueSpec",
  names: typeof names === "string" ? [names] : names,
  ...(type !== undefined && { type: asExpr(type) }),
  values,
  ...extra,
});
export const typeSpec = (name: string, type: Expr, extra?: Extra<TypeSpec>): TypeSpec => ({ kind: "TypeSpec", name, type, ...extra });
export const genDecl = (tok: GenDecl["tok"], specs: Spec[], extra?: Extra<GenDecl>): GenDecl => ({ kind: "GenDecl", tok, specs, ...extra });
export const funcDecl = (name: string, type: FuncType, body: Stmt[] | undefined, extra?: Extra<FuncDecl>): FuncDecl => ({
  kind: "FuncDecl",
  name,
  type,
  ...(body && { body: block(body) }),
  ...extra,
});
export const file = (pkg: string, imports: ImportSpec[], decls: Decl[], doc?: CommentLines): File => ({
  kind: "File",
  package: pkg,
  imports,
  decls,
  ...(doc && { doc }),
});

function asExpr(x: Expr | string): Expr {
  return typeof x === "string" ? ident(x) : x;
}

/**
 * Quotes `s` as Go's strconv.Quote would for valid text: printable non-ASCII stays literal,
 * control and format characters are escaped. Lone UTF-16 surrogates become `\uXXXX`, which Go
 * rejects in a string; the transform must route such strings through jrt before this point.
 */
export function quoteGo(s: string, q: '"' | "'" = '"'): string {
  const out: string[] = [q];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case "\x07": out.push("\\a"); continue;
      case "\b": out.push("\\b"); continue;
      case "\f": out.push("\\f"); continue;
      case "\n": out.push("\\n"); continue;
      case "\r": out.push("\\r"); continue;
      case "\t": out.push("\\t"); continue;
      case "\v": out.push("\\v"); continue;
      case "\\": out.push("\\\\"); continue;
    }
    if (ch === q) out.push("\\" + q);
    else if (cp < 0x20 || cp === 0x7f) out.push("\\x" + cp.toString(16).padStart(2, "0"));
    else if (cp < 0x80 || isPrintable(cp)) out.push(ch);
    else if (cp < 0x10000) out.push("\\u" + cp.toString(16).padStart(4, "0"));
    else out.push("\\U" + cp.toString(16).padStart(8, "0"));
  }
  out.push(q);
  return out.join("");
}

/** An approximation of Go's unicode.IsPrint for non-ASCII code points via Unicode categories. */
function isPrintable(cp: number): boolean {
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return printable.test(String.fromCodePoint(cp));
}
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
