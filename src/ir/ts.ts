// The TypeScript target IR: the subset of TypeScript that translated Java needs, as typed nodes
// that transforms build and the TS printer prints; rules never produce TypeScript text.

import type { JavaLoc } from "./go.js";

export type { JavaLoc };

interface Node {
  javaLoc?: JavaLoc;
}

/** TSDoc text as lines without the `/** * *\/` framing; printed as a `/** … *\/` block. */
export type DocLines = readonly string[];

// ---------------------------------------------------------------------------------------------
// Types

export type Type = TypeRef | KeywordType | LiteralType | UnionType | ArrayType | TupleType | FunctionType;

export interface TypeRef extends Node {
  kind: "TypeRef";
  /** Possibly qualified: `jrt.List`. */
  name: string;
  args?: Type[];
}

export interface KeywordType extends Node {
  kind: "KeywordType";
  name: "number" | "string" | "boolean" | "bigint" | "void" | "unknown" | "any" | "never" | "null" | "undefined" | "object";
}

export interface LiteralType extends Node {
  kind: "LiteralType";
  value: string | number | boolean;
}

export interface UnionType extends Node {
  kind: "UnionType";
  types: Type[];
}

export interface ArrayType extends Node {
  kind: "ArrayType";
  elem: Type;
}

export interface TupleType extends Node {
  kind: "TupleType";
  elems: Type[];
}

export interface FunctionType extends Node {
  kind: "FunctionType";
  typeParams?: TypeParam[];
  params: Param[];
  result: Type;
}

export interface TypeParam extends Node {
  name: string;
  constraint?: Type;
  default?: Type;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | Identifier
  | ThisExpr
  | SuperExpr
  | NumericLiteral
  | BigIntLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | TemplateLiteral
  | ArrayLiteral
  | ObjectLiteral
  | PropertyAccess
  | ElementAccess
  | CallExpr
  | NewExpr
  | UnaryExpr
  | UpdateExpr
  | BinaryExpr
  | AssignExpr
  | ConditionalExpr
  | ArrowFunction
  | AsExpr
  | NonNullExpr
  | SpreadElement;

export interface Identifier extends Node {
  kind: "Identifier";
  name: string;
}

export interface ThisExpr extends Node {
  kind: "ThisExpr";
}

export interface SuperExpr extends Node {
  kind: "SuperExpr";
}

/** A finite, non-negative number (negation is a `UnaryExpr`). */
export interface NumericLiteral extends Node {
  kind: "NumericLiteral";
  value: number;
}

/** `1n`; `value` holds the decimal digits. */
export interface BigIntLiteral extends Node {
  kind: "BigIntLiteral";
  value: string;
}

export interface StringLiteral extends Node {
  kind: "StringLiteral";
  value: string;
}

export interface BooleanLiteral extends Node {
  kind: "BooleanLiteral";
  value: boolean;
}

export interface NullLiteral extends Node {
  kind: "NullLiteral";
}

/** `` `q0${e0}q1` ``: `quasis` has one more element than `exprs`; quasis are cooked text. */
export interface TemplateLiteral extends Node {
  kind: "TemplateLiteral";
  quasis: string[];
  exprs: Expr[];
}

export interface ArrayLiteral extends Node {
  kind: "ArrayLiteral";
  elements: Expr[];
}

export interface ObjectProperty extends Node {
  kind: "ObjectProperty";
  key: string;
  value: Expr;
}

export interface ObjectLiteral extends Node {
  kind: "ObjectLiteral";
  props: (ObjectProperty | SpreadElement)[];
}

/** `a.b`, or `a?.b` when optional. */
export interface PropertyAccess extends Node {
  kind: "PropertyAccess";
  object: Expr;
  name: string;
  optional?: boolean;
}

export interface ElementAccess extends Node {
  kind: "ElementAccess";
  object: Expr;
  index: Expr;
  optional?: boolean;
}

export interface CallExpr extends Node {
  kind: "CallExpr";
  callee: Expr;
  typeArgs?: Type[];
  args: Expr[];
  /** `f?.()`. */
  optional?: boolean;
}

export interface NewExpr extends Node {
  kind: "NewExpr";
  callee: Expr;
  typeArgs?: Type[];
  args: Expr[];
}

export interface UnaryExpr extends Node {
  kind: "UnaryExpr";
  op: "!" | "-" | "+" | "~" | "typeof" | "void" | "delete";
  operand: Expr;
}

export interface UpdateExpr extends Node {
  kind: "UpdateExpr";
  op: "++" | "--";
  prefix: boolean;
  operand: Expr;
}

export type BinaryOp =
  | "+" | "-" | "*" | "/" | "%" | "**"
  | "==" | "!=" | "===" | "!==" | "<" | "<=" | ">" | ">="
  | "<<" | ">>" | ">>>" | "&" | "|" | "^"
  | "&&" | "||" | "??"
  | "instanceof" | "in";

/** Operands are printed with the parentheses precedence needs; the IR has none. */
export interface BinaryExpr extends Node {
  kind: "BinaryExpr";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "<<=" | ">>=" | ">>>=" | "&=" | "|=" | "^=" | "&&=" | "||=" | "??=";

export interface AssignExpr extends Node {
  kind: "AssignExpr";
  op: AssignOp;
  target: Expr;
  value: Expr;
}

export interface ConditionalExpr extends Node {
  kind: "ConditionalExpr";
  test: Expr;
  then: Expr;
  else: Expr;
}

export interface ArrowFunction extends Node {
  kind: "ArrowFunction";
  typeParams?: TypeParam[];
  params: Param[];
  result?: Type;
  body: Expr | Block;
}

export interface AsExpr extends Node {
  kind: "AsExpr";
  expr: Expr;
  type: Type;
}

/** `x!`. */
export interface NonNullExpr extends Node {
  kind: "NonNullExpr";
  expr: Expr;
}

/** `...x` in calls, array and object literals. */
export interface SpreadElement extends Node {
  kind: "SpreadElement";
  expr: Expr;
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Stmt =
  | Block
  | VarStmt
  | ExprStmt
  | ReturnStmt
  | IfStmt
  | ForStmt
  | ForOfStmt
  | WhileStmt
  | DoWhileStmt
  | BreakStmt
  | ContinueStmt
  | LabeledStmt
  | SwitchStmt
  | ThrowStmt
  | TryStmt
  | EmptyStmt;

export interface Block extends Node {
  kind: "Block";
  body: Stmt[];
}

export interface VarDeclarator extends Node {
  name: string;
  type?: Type;
  init?: Expr;
}

export interface VarStmt extends Node {
  kind: "VarStmt";
  declKind: "const" | "let" | "var";
  decls: VarDeclarator[];
  exported?: boolean;
  doc?: DocLines;
}

export interface ExprStmt extends Node {
  kind: "ExprStmt";
  expr: Expr;
}

export interface ReturnStmt extends Node {
  kind: "ReturnStmt";
  value?: Expr;
}

export interface IfStmt extends Node {
  kind: "IfStmt";
  test: Expr;
  then: Stmt;
  else?: Stmt;
}

export interface ForStmt extends Node {
  kind: "ForStmt";
  init?: VarStmt | Expr;
  test?: Expr;
  update?: Expr;
  body: Stmt;
}

export interface ForOfStmt extends Node {
  kind: "ForOfStmt";
  declKind: "const" | "let";
  name: string;
  iterable: Expr;
  body: Stmt;
}

export interface WhileStmt extends Node {
  kind: "WhileStmt";
  test: Expr;
  body: Stmt;
}

export interface DoWhileStmt extends Node {
  kind: "DoWhileStmt";
  body: Stmt;
  test: Expr;
}

export interface BreakStmt extends Node {
  kind: "BreakStmt";
  label?: string;
}

export interface ContinueStmt extends Node {
  kind: "ContinueStmt";
  label?: string;
}

export interface LabeledStmt extends Node {
  kind: "LabeledStmt";
  label: string;
  body: Stmt;
}

/** `case test:` or, when `test` is absent, `default:`. */
export interface SwitchCase extends Node {
  test?: Expr;
  body: Stmt[];
}

export interface SwitchStmt extends Node {
  kind: "SwitchStmt";
  discriminant: Expr;
  cases: SwitchCase[];
}

export interface ThrowStmt extends Node {
  kind: "ThrowStmt";
  value: Expr;
}

export interface TryStmt extends Node {
  kind: "TryStmt";
  block: Block;
  /** `catch (param) {…}`; `param` absent for `catch {…}`. */
  handler?: { param?: string; body: Block };
  finalizer?: Block;
}

export interface EmptyStmt extends Node {
  kind: "EmptyStmt";
}

// ---------------------------------------------------------------------------------------------
// Declarations

export type Accessibility = "public" | "private" | "protected";

export interface Modifiers {
  accessibility?: Accessibility;
  static?: boolean;
  readonly?: boolean;
  abstract?: boolean;
  override?: boolean;
}

export interface Param extends Node {
  name: string;
  type?: Type;
  optional?: boolean;
  rest?: boolean;
  init?: Expr;
  /** A constructor parameter property: `constructor(private readonly x: T)`. */
  property?: Modifiers;
}

export interface PropertyDecl extends Node, Modifiers {
  kind: "PropertyDecl";
  name: string;
  type?: Type;
  init?: Expr;
  doc?: DocLines;
}

export interface ConstructorDecl extends Node {
  kind: "ConstructorDecl";
  accessibility?: Accessibility;
  params: Param[];
  body: Block;
  doc?: DocLines;
}

export interface MethodDecl extends Node, Modifiers {
  kind: "MethodDecl";
  name: string;
  typeParams?: TypeParam[];
  params: Param[];
  result?: Type;
  /** Absent for an abstract method. */
  body?: Block;
  doc?: DocLines;
}

export interface GetterDecl extends Node, Modifiers {
  kind: "GetterDecl";
  name: string;
  result?: Type;
  body: Block;
  doc?: DocLines;
}

export interface StaticBlock extends Node {
  kind: "StaticBlock";
  body: Stmt[];
}

export type ClassMember = PropertyDecl | ConstructorDecl | MethodDecl | GetterDecl | StaticBlock;

/** Classes, including Java enums lowered to classes with static instances. */
export interface ClassDecl extends Node {
  kind: "ClassDecl";
  name: string;
  typeParams?: TypeParam[];
  extends?: TypeRef;
  implements?: TypeRef[];
  abstract?: boolean;
  exported?: boolean;
  members: ClassMember[];
  doc?: DocLines;
}

export interface PropertySignature extends Node {
  kind: "PropertySignature";
  name: string;
  type: Type;
  optional?: boolean;
  readonly?: boolean;
  doc?: DocLines;
}

export interface MethodSignature extends Node {
  kind: "MethodSignature";
  name: string;
  typeParams?: TypeParam[];
  params: Param[];
  result: Type;
  doc?: DocLines;
}

export interface InterfaceDecl extends Node {
  kind: "InterfaceDecl";
  name: string;
  typeParams?: TypeParam[];
  extends?: TypeRef[];
  members: (PropertySignature | MethodSignature)[];
  exported?: boolean;
  doc?: DocLines;
}

export interface TypeAliasDecl extends Node {
  kind: "TypeAliasDecl";
  name: string;
  typeParams?: TypeParam[];
  type: Type;
  exported?: boolean;
  doc?: DocLines;
}

export interface FunctionDecl extends Node {
  kind: "FunctionDecl";
  name: string;
  typeParams?: TypeParam[];
  params: Param[];
  result?: Type;
  body: Block;
  exported?: boolean;
  doc?: DocLines;
}

export type Decl = ClassDecl | InterfaceDecl | TypeAliasDecl | FunctionDecl;

export interface ImportDecl extends Node {
  kind: "ImportDecl";
  /** Named imports; `alias` for `name as alias`. */
  names: { name: string; alias?: string }[];
  /** `import * as ns from …` instead of named imports. */
  namespace?: string;
  from: string;
  typeOnly?: boolean;
}

/** `export { a, b as c } from "…"` or, without `from`, `export { a, b as c }`. */
export interface ExportDecl extends Node {
  kind: "ExportDecl";
  names: { name: string; alias?: string }[];
  from?: string;
}

export interface Module extends Node {
  kind: "Module";
  imports: ImportDecl[];
  body: (Decl | Stmt | ExportDecl)[];
}

// ---------------------------------------------------------------------------------------------
// Factories

type Extra<T> = Partial<Omit<T, "kind">>;

export const typeRef = (name: string, ...args: Type[]): TypeRef => ({ kind: "TypeRef", name, ...(args.length > 0 && { args }) });
export const kw = (name: KeywordType["name"]): KeywordType => ({ kind: "KeywordType", name });
export const union = (...types: Type[]): UnionType => ({ kind: "UnionType", types });
export const arrayOf = (elem: Type): ArrayType => ({ kind: "ArrayType", elem });
export const tuple = (...elems: Type[]): TupleType => ({ kind: "TupleType", elems });
export const fnType = (params: Param[], result: Type, typeParams?: TypeParam[]): FunctionType => ({
  kind: "FunctionType",
  ...(typeParams && { typeParams }),
  params,
  result,
});
export const litType = (value: LiteralType["value"]): LiteralType => ({ kind: "LiteralType", value });
export const typeParam = (name: string, constraint?: Type): TypeParam => ({ name, ...(constraint && { constraint }) });

export const id = (name: string): Identifier => ({ kind: "Identifier", name });
export const thisExpr = (): ThisExpr => ({ kind: "ThisExpr" });
export const superExpr = (): SuperExpr => ({ kind: "SuperExpr" });
export const num = (value: number): NumericLiteral => ({ kind: "NumericLiteral", value });
export const bigint = (value: bigint | number | string): BigIntLiteral => ({ kind: "BigIntLiteral", value: String(value) });
export const str = (value: string): StringLiteral => ({ kind: "StringLiteral", value });
export const bool = (value: boolean): BooleanLiteral => ({ kind: "BooleanLiteral", value });
export const nullLit = (): NullLiteral => ({ kind: "NullLiteral" });
export const template = (quasis: string[], ...exprs: Expr[]): TemplateLiteral => ({ kind: "TemplateLiteral", quasis, exprs });
export const array = (...elements: Expr[]): ArrayLiteral => ({ kind: "ArrayLiteral", elements });
export const object = (props: Record<string, Expr>): ObjectLiteral => ({
  kind: "ObjectLiteral",
  props: Object.entries(props).map(([key, value]) => ({ kind: "ObjectProperty", key, value })),
});
export const prop = (object: Expr | string, name: string, optional = false): PropertyAccess => ({
  kind: "PropertyAccess",
  object: asExpr(object),
  name,
  ...(optional && { optional }),
});
export const elem = (object: Expr | string, index: Expr, optional = false): ElementAccess => ({
  kind: "ElementAccess",
  object: asExpr(object),
  index,
  ...(optional && { optional }),
});
export const call = (callee: Expr | string, ...args: Expr[]): CallExpr => ({ kind: "CallExpr", callee: asExpr(callee), args });
export const newExpr = (callee: Expr | string, args: Expr[], typeArgs?: Type[]): NewExpr => ({
  kind: "NewExpr",
  callee: asExpr(callee),
  args,
  ...(typeArgs && { typeArgs }),
});
export const unary = (op: UnaryExpr["op"], operand: Expr): UnaryExpr => ({ kind: "UnaryExpr", op, operand });
export const update = (op: UpdateExpr["op"], operand: Expr, prefix = false): UpdateExpr => ({ kind: "UpdateExpr", op, prefix, operand });
export const binary = (left: Expr | string, op: BinaryOp, right: Expr | string): BinaryExpr => ({
  kind: "BinaryExpr",
  op,
  left: asExpr(left),
  right: asExpr(right),
});
export const assign = (target: Expr | string, value: Expr, op: AssignOp = "="): AssignExpr => ({ kind: "AssignExpr", op, target: asExpr(target), value });
export const cond = (test: Expr, then: Expr, els: Expr): ConditionalExpr => ({ kind: "ConditionalExpr", test, then, else: els });
export const arrow = (params: Param[], body: Expr | Stmt[], result?: Type): ArrowFunction => ({
  kind: "ArrowFunction",
  params,
  ...(result && { result }),
  body: Array.isArray(body) ? block(body) : body,
});
export const as = (expr: Expr, type: Type): AsExpr => ({ kind: "AsExpr", expr, type });
export const nonNull = (expr: Expr): NonNullExpr => ({ kind: "NonNullExpr", expr });
export const spread = (expr: Expr): SpreadElement => ({ kind: "SpreadElement", expr });

export const param = (name: string, type?: Type, extra?: Omit<Param, "name" | "type">): Param => ({ name, ...(type && { type }), ...extra });

export const block = (body: Stmt[]): Block => ({ kind: "Block", body });
export const varStmt = (declKind: VarStmt["declKind"], name: string, init?: Expr, type?: Type, extra?: Extra<VarStmt>): VarStmt => ({
  kind: "VarStmt",
  declKind,
  decls: [{ name, ...(type && { type }), ...(init && { init }) }],
  ...extra,
});
export const exprStmt = (expr: Expr): ExprStmt => ({ kind: "ExprStmt", expr });
export const ret = (value?: Expr): ReturnStmt => ({ kind: "ReturnStmt", ...(value && { value }) });
export const ifStmt = (test: Expr, then: Stmt[], els?: Stmt[] | IfStmt): IfStmt => ({
  kind: "IfStmt",
  test,
  then: block(then),
  ...(els && { else: Array.isArray(els) ? block(els) : els }),
});
export const forStmt = (parts: { init?: VarStmt | Expr; test?: Expr; update?: Expr }, body: Stmt[]): ForStmt => ({ kind: "ForStmt", ...parts, body: block(body) });
export const forOf = (name: string, iterable: Expr, body: Stmt[], declKind: ForOfStmt["declKind"] = "const"): ForOfStmt => ({
  kind: "ForOfStmt",
  declKind,
  name,
  iterable,
  body: block(body),
});
export const whileStmt = (test: Expr, body: Stmt[]): WhileStmt => ({ kind: "WhileStmt", test, body: block(body) });
export const doWhile = (body: Stmt[], test: Expr): DoWhileStmt => ({ kind: "DoWhileStmt", body: block(body), test });
export const breakStmt = (label?: string): BreakStmt => ({ kind: "BreakStmt", ...(label && { label }) });
export const continueStmt = (label?: string): ContinueStmt => ({ kind: "ContinueStmt", ...(label && { label }) });
export const labeled = (label: string, body: Stmt): LabeledStmt => ({ kind: "LabeledStmt", label, body });
export const switchStmt = (discriminant: Expr, cases: SwitchCase[]): SwitchStmt => ({ kind: "SwitchStmt", discriminant, cases });
export const caseOf = (test: Expr | undefined, body: Stmt[]): SwitchCase => ({ ...(test && { test }), body });
export const throwStmt = (value: Expr): ThrowStmt => ({ kind: "ThrowStmt", value });
export const tryStmt = (body: Stmt[], handler?: { param?: string; body: Stmt[] }, finalizer?: Stmt[]): TryStmt => ({
  kind: "TryStmt",
  block: block(body),
  ...(handler && { handler: { ...(handler.param && { param: handler.param }), body: block(handler.body) } }),
  ...(finalizer && { finalizer: block(finalizer) }),
});
export const emptyStmt = (): EmptyStmt => ({ kind: "EmptyStmt" });

export const property = (name: string, type?: Type, init?: Expr, extra?: Extra<PropertyDecl>): PropertyDecl => ({
  kind: "PropertyDecl",
  name,
  ...(type && { type }),
  ...(init && { init }),
  ...extra,
});
export const ctor = (params: Param[], body: Stmt[], extra?: Extra<ConstructorDecl>): ConstructorDecl => ({
  kind: "ConstructorDecl",
  params,
  body: block(body),
  ...extra,
});
export const method = (name: string, params: Param[], result: Type | undefined, body: Stmt[] | undefined, extra?: Extra<MethodDecl>): MethodDecl => ({
  kind: "MethodDecl",
  name,
  params,
  ...(result && { result }),
  ...(body && { body: block(body) }),
  ...extra,
});
export const getter = (name: string, result: Type | undefined, body: Stmt[], extra?: Extra<GetterDecl>): GetterDecl => ({
  kind: "GetterDecl",
  name,
  ...(result && { result }),
  body: block(body),
  ...extra,
});
export const staticBlock = (body: Stmt[]): StaticBlock => ({ kind: "StaticBlock", body });
export const classDecl = (name: string, members: ClassMember[], extra?: Extra<ClassDecl>): ClassDecl => ({ kind: "ClassDecl", name, members, ...extra });
export const propSig = (name: string, type: Type, extra?: Extra<PropertySignature>): PropertySignature => ({ kind: "PropertySignature", name, type, ...extra });
export const methodSig = (name: string, params: Param[], result: Type, extra?: Extra<MethodSignature>): MethodSignature => ({
  kind: "MethodSignature",
  name,
  params,
  result,
  ...extra,
});
export const interfaceDecl = (name: string, members: InterfaceDecl["members"], extra?: Extra<InterfaceDecl>): InterfaceDecl => ({
  kind: "InterfaceDecl",
  name,
  members,
  ...extra,
});
export const typeAlias = (name: string, type: Type, extra?: Extra<TypeAliasDecl>): TypeAliasDecl => ({ kind: "TypeAliasDecl", name, type, ...extra });
export const functionDecl = (name: string, params: Param[], result: Type | undefined, body: Stmt[], extra?: Extra<FunctionDecl>): FunctionDecl => ({
  kind: "FunctionDecl",
  name,
  params,
  ...(result && { result }),
  body: block(body),
  ...extra,
});
export const importDecl = (from: string, names: (string | { name: string; alias?: string })[], extra?: Extra<ImportDecl>): ImportDecl => ({
  kind: "ImportDecl",
  from,
  names: names.map((n) => (typeof n === "string" ? { name: n } : n)),
  ...extra,
});
export const exportDecl = (names: (string | { name: string; alias?: string })[], from?: string): ExportDecl => ({
  kind: "ExportDecl",
  names: names.map((n) => (typeof n === "string" ? { name: n } : n)),
  ...(from && { from }),
});
export const module = (imports: ImportDecl[], body: Module["body"]): Module => ({ kind: "Module", imports, body });

function asExpr(x: Expr | string): Expr {
  return typeof x === "string" ? id(x) : x;
}
