// Prints the TS IR through @babel/generator (measured faster than ts-morph's printer, see
// printer-choice.md): the IR is lowered to plain Babel AST objects, then generated with a fixed
// style (2-space indentation, double quotes, semicolons, a blank line between top-level items).

import babelGenerator from "@babel/generator";
import type * as b from "@babel/types";
import type * as ir from "../../ir/ts.js";

const generate = babelGenerator.default ?? babelGenerator;
const options = { comments: true, jsescOption: { quotes: "double", minimal: true } } as const;

/** Prints a TypeScript module deterministically. */
export function printTsFile(file: ir.Module): string {
  const parts: string[] = [];
  if (file.imports.length > 0) parts.push(gen(program(file.imports.map(importDecl))));
  for (const item of file.body) parts.push(gen(program([topLevel(item)])));
  return parts.join("\n\n") + "\n";
}

function gen(node: b.Node): string {
  return generate(node, options).code;
}

function program(body: b.Statement[]): b.Program {
  return { type: "Program", body, directives: [], sourceType: "module" };
}

// ---------------------------------------------------------------------------------------------
// Module items and declarations

function importDecl(d: ir.ImportDecl): b.ImportDeclaration {
  const specifiers: b.ImportDeclaration["specifiers"] = d.namespace
    ? [{ type: "ImportNamespaceSpecifier", local: ident(d.namespace) }]
    : d.names.map((n) => ({ type: "ImportSpecifier", imported: ident(n.name), local: ident(n.alias ?? n.name) }));
  return { type: "ImportDeclaration", specifiers, source: strLit(d.from), importKind: d.typeOnly ? "type" : "value" };
}

function topLevel(item: ir.Module["body"][number]): b.Statement {
  switch (item.kind) {
    case "ExportDecl":
      return {
        type: "ExportNamedDeclaration",
        declaration: null,
        specifiers: item.names.map((n) => ({ type: "ExportSpecifier", local: ident(n.name), exported: ident(n.alias ?? n.name) })),
        source: item.from !== undefined ? strLit(item.from) : null,
      };
    case "ClassDecl":
    case "InterfaceDecl":
    case "TypeAliasDecl":
    case "FunctionDecl":
    case "VarStmt": {
      const decl = item.kind === "VarStmt" ? varStmt(item) : declaration(item);
      if (!item.exported) return withDoc(decl, item.doc);
      return withDoc<b.ExportNamedDeclaration>({ type: "ExportNamedDeclaration", declaration: decl, specifiers: [], source: null }, item.doc);
    }
    default:
      return stmt(item);
  }
}

function declaration(d: ir.Decl): b.Declaration {
  switch (d.kind) {
    case "ClassDecl":
      return {
        type: "ClassDeclaration",
        id: ident(d.name),
        typeParameters: typeParams(d.typeParams),
        superClass: d.extends ? entityExpr(d.extends.name) : null,
        superTypeParameters: d.extends?.args ? typeArgs(d.extends.args) : null,
        implements: d.implements?.map(heritage) ?? null,
        abstract: d.abstract ?? null,
        body: { type: "ClassBody", body: d.members.map(member) },
      };
    case "InterfaceDecl":
      return {
        type: "TSInterfaceDeclaration",
        id: ident(d.name),
        typeParameters: typeParams(d.typeParams),
        extends: d.extends?.map(heritage) ?? null,
        body: {
          type: "TSInterfaceBody",
          body: d.members.map((m) =>
            m.kind === "PropertySignature"
              ? withDoc<b.TSPropertySignature>(
                  { type: "TSPropertySignature", key: ident(m.name), typeAnnotation: annot(m.type), optional: m.optional ?? null, readonly: m.readonly ?? null },
                  m.doc,
                )
              : withDoc<b.TSMethodSignature>(
                  {
                    type: "TSMethodSignature",
                    kind: "method",
                    key: ident(m.name),
                    typeParameters: typeParams(m.typeParams),
                    parameters: m.params.map(simpleParam),
                    typeAnnotation: annot(m.result),
                  },
                  m.doc,
                ),
          ),
        },
      };
    case "TypeAliasDecl":
      return { type: "TSTypeAliasDeclaration", id: ident(d.name), typeParameters: typeParams(d.typeParams), typeAnnotation: type(d.type) };
    case "FunctionDecl":
      return {
        type: "FunctionDeclaration",
        id: ident(d.name),
        typeParameters: typeParams(d.typeParams),
        params: d.params.map(param),
        returnType: d.result ? annot(d.result) : null,
        body: blockStmt(d.body),
        generator: false,
        async: false,
      };
  }
}

function member(m: ir.ClassMember): b.ClassBody["body"][number] {
  switch (m.kind) {
    case "PropertyDecl":
      return withDoc<b.ClassProperty>(
        {
          type: "ClassProperty",
          key: ident(m.name),
          value: m.init ? expr(m.init) : null,
          typeAnnotation: m.type ? annot(m.type) : null,
          computed: false,
          ...modifiers(m),
          readonly: m.readonly ?? null,
        },
        m.doc,
      );
    case "ConstructorDecl":
      return withDoc<b.ClassMethod>(
        {
          type: "ClassMethod",
          kind: "constructor",
          key: ident("constructor"),
          params: m.params.map((p) => (p.property ? paramProperty(p) : param(p))),
          body: blockStmt(m.body),
          computed: false,
          static: false,
          generator: false,
          async: false,
          accessibility: m.accessibility ?? null,
        },
        m.doc,
      );
    case "MethodDecl": {
      const common = {
        key: ident(m.name),
        typeParameters: typeParams(m.typeParams),
        params: m.params.map(param),
        returnType: m.result ? annot(m.result) : null,
        computed: false,
        generator: false,
        async: false,
        ...modifiers(m),
      };
      if (!m.body) return withDoc<b.TSDeclareMethod>({ type: "TSDeclareMethod", kind: "method", ...common }, m.doc);
      return withDoc<b.ClassMethod>({ type: "ClassMethod", kind: "method", ...common, body: blockStmt(m.body) }, m.doc);
    }
    case "GetterDecl":
      return withDoc<b.ClassMethod>(
        {
          type: "ClassMethod",
          kind: "get",
          key: ident(m.name),
          params: [],
          returnType: m.result ? annot(m.result) : null,
          body: blockStmt(m.body),
          computed: false,
          generator: false,
          async: false,
          ...modifiers(m),
        },
        m.doc,
      );
    case "StaticBlock":
      return { type: "StaticBlock", body: m.body.map(stmt) };
  }
}

function modifiers(m: ir.Modifiers): { static: boolean; accessibility: ir.Accessibility | null; abstract: boolean | null; override: boolean } {
  return { static: m.static ?? false, accessibility: m.accessibility ?? null, abstract: m.abstract ?? null, override: m.override ?? false };
}

function heritage(r: ir.TypeRef): b.TSExpressionWithTypeArguments {
  return { type: "TSExpressionWithTypeArguments", expression: entityName(r.name), typeParameters: r.args ? typeArgs(r.args) : null };
}

/** TSDoc as a leading block comment; Babel re-indents continuation lines to the node's depth. */
function withDoc<T extends b.Node>(node: T, doc: ir.DocLines | undefined): T {
  if (doc && doc.length > 0) {
    const value = "*\n" + doc.map((l) => (l === "" ? " *" : " * " + l.replaceAll("*/", "*\\/"))).join("\n") + "\n ";
    node.leadingComments = [{ type: "CommentBlock", value }];
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Parameters and types

function param(p: ir.Param): b.Identifier | b.RestElement | b.AssignmentPattern {
  const id: b.Identifier = { type: "Identifier", name: p.name, typeAnnotation: p.type ? annot(p.type) : null, optional: p.optional ?? null };
  if (p.rest) {
    id.typeAnnotation = null;
    return { type: "RestElement", argument: id, typeAnnotation: p.type ? annot(p.type) : null };
  }
  if (p.init) return { type: "AssignmentPattern", left: id, right: expr(p.init) };
  return id;
}

function simpleParam(p: ir.Param): b.Identifier | b.RestElement {
  const out = param({ ...p, init: undefined });
  return out.type === "AssignmentPattern" ? (out.left as b.Identifier) : out;
}

function paramProperty(p: ir.Param): b.TSParameterProperty {
  const inner = param({ ...p, property: undefined });
  return {
    type: "TSParameterProperty",
    parameter: inner as b.Identifier | b.AssignmentPattern,
    accessibility: p.property?.accessibility ?? null,
    readonly: p.property?.readonly ?? null,
    override: p.property?.override ?? null,
  };
}

function typeParams(ps: ir.TypeParam[] | undefined): b.TSTypeParameterDeclaration | null {
  if (!ps || ps.length === 0) return null;
  return {
    type: "TSTypeParameterDeclaration",
    params: ps.map((p) => ({
      type: "TSTypeParameter",
      name: p.name,
      constraint: p.constraint ? type(p.constraint) : null,
      default: p.default ? type(p.default) : null,
    })),
  };
}

function typeArgs(args: ir.Type[]): b.TSTypeParameterInstantiation {
  return { type: "TSTypeParameterInstantiation", params: args.map(type) };
}

function annot(t: ir.Type): b.TSTypeAnnotation {
  return { type: "TSTypeAnnotation", typeAnnotation: type(t) };
}

const keywordTypes = {
  number: "TSNumberKeyword",
  string: "TSStringKeyword",
  boolean: "TSBooleanKeyword",
  bigint: "TSBigIntKeyword",
  void: "TSVoidKeyword",
  unknown: "TSUnknownKeyword",
  any: "TSAnyKeyword",
  never: "TSNeverKeyword",
  null: "TSNullKeyword",
  undefined: "TSUndefinedKeyword",
  object: "TSObjectKeyword",
} as const;

function type(t: ir.Type): b.TSType {
  switch (t.kind) {
    case "TypeRef":
      return { type: "TSTypeReference", typeName: entityName(t.name), typeParameters: t.args ? typeArgs(t.args) : null };
    case "KeywordType":
      return { type: keywordTypes[t.name] } as b.TSType;
    case "LiteralType": {
      const v = t.value;
      const literal: b.TSLiteralType["literal"] =
        typeof v === "string" ? strLit(v) : typeof v === "number" ? { type: "NumericLiteral", value: v } : { type: "BooleanLiteral", value: v };
      return { type: "TSLiteralType", literal };
    }
    case "UnionType":
      return { type: "TSUnionType", types: t.types.map(type) };
    case "ArrayType":
      return { type: "TSArrayType", elementType: type(t.elem) };
    case "TupleType":
      return { type: "TSTupleType", elementTypes: t.elems.map(type) };
    case "FunctionType":
      return { type: "TSFunctionType", typeParameters: typeParams(t.typeParams), parameters: t.params.map(simpleParam), typeAnnotation: annot(t.result) };
  }
}

function entityName(name: string): b.TSEntityName {
  const parts = name.split(".");
  let out: b.TSEntityName = ident(parts[0]!);
  for (let i = 1; i < parts.length; i++) out = { type: "TSQualifiedName", left: out, right: ident(parts[i]!) };
  return out;
}

function entityExpr(name: string): b.Expression {
  const parts = name.split(".");
  let out: b.Expression = ident(parts[0]!);
  for (let i = 1; i < parts.length; i++) out = { type: "MemberExpression", object: out, property: ident(parts[i]!), computed: false };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Statements

function blockStmt(bl: ir.Block): b.BlockStatement {
  return { type: "BlockStatement", body: bl.body.map(stmt), directives: [] };
}

function varStmt(s: ir.VarStmt): b.VariableDeclaration {
  return {
    type: "VariableDeclaration",
    kind: s.declKind,
    declarations: s.decls.map((d) => ({
      type: "VariableDeclarator",
      id: { type: "Identifier", name: d.name, typeAnnotation: d.type ? annot(d.type) : null },
      init: d.init ? expr(d.init) : null,
    })),
  };
}

function stmt(s: ir.Stmt): b.Statement {
  switch (s.kind) {
    case "Block":
      return blockStmt(s);
    case "VarStmt":
      return withDoc(varStmt(s), s.doc);
    case "ExprStmt":
      return { type: "ExpressionStatement", expression: expr(s.expr) };
    case "ReturnStmt":
      return { type: "ReturnStatement", argument: s.value ? expr(s.value) : null };
    case "IfStmt":
      return { type: "IfStatement", test: expr(s.test), consequent: stmt(s.then), alternate: s.else ? stmt(s.else) : null };
    case "ForStmt":
      return {
        type: "ForStatement",
        init: s.init ? (s.init.kind === "VarStmt" ? varStmt(s.init) : expr(s.init)) : null,
        test: s.test ? expr(s.test) : null,
        update: s.update ? expr(s.update) : null,
        body: stmt(s.body),
      };
    case "ForOfStmt":
      return {
        type: "ForOfStatement",
        left: { type: "VariableDeclaration", kind: s.declKind, declarations: [{ type: "VariableDeclarator", id: ident(s.name), init: null }] },
        right: expr(s.iterable),
        body: stmt(s.body),
        await: false,
      };
    case "WhileStmt":
      return { type: "WhileStatement", test: expr(s.test), body: stmt(s.body) };
    case "DoWhileStmt":
      return { type: "DoWhileStatement", body: stmt(s.body), test: expr(s.test) };
    case "BreakStmt":
      return { type: "BreakStatement", label: s.label ? ident(s.label) : null };
    case "ContinueStmt":
      return { type: "ContinueStatement", label: s.label ? ident(s.label) : null };
    case "LabeledStmt":
      return { type: "LabeledStatement", label: ident(s.label), body: stmt(s.body) };
    case "SwitchStmt":
      return {
        type: "SwitchStatement",
        discriminant: expr(s.discriminant),
        cases: s.cases.map((c) => ({ type: "SwitchCase", test: c.test ? expr(c.test) : null, consequent: c.body.map(stmt) })),
      };
    case "ThrowStmt":
      return { type: "ThrowStatement", argument: expr(s.value) };
    case "TryStmt":
      return {
        type: "TryStatement",
        block: blockStmt(s.block),
        handler: s.handler ? { type: "CatchClause", param: s.handler.param ? ident(s.handler.param) : null, body: blockStmt(s.handler.body) } : null,
        finalizer: s.finalizer ? blockStmt(s.finalizer) : null,
      };
    case "EmptyStmt":
      return { type: "EmptyStatement" };
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions (Babel's generator adds the parentheses precedence requires)

function ident(name: string): b.Identifier {
  return { type: "Identifier", name };
}

function strLit(value: string): b.StringLiteral {
  return { type: "StringLiteral", value };
}

const logicalOps = new Set(["&&", "||", "??"]);
const identifierName = /^[A-Za-z_$][\w$]*$/;

/** Whether `e` is part of an optional chain, whose later links must stay Optional* nodes. */
function inChain(e: ir.Expr): boolean {
  for (;;) {
    if (e.kind !== "PropertyAccess" && e.kind !== "ElementAccess" && e.kind !== "CallExpr") return false;
    if (e.optional) return true;
    e = e.kind === "CallExpr" ? e.callee : e.object;
  }
}

function args(list: ir.Expr[]): b.CallExpression["arguments"] {
  return list.map(expr);
}

function expr(e: ir.Expr): b.Expression {
  switch (e.kind) {
    case "Identifier":
      return ident(e.name);
    case "ThisExpr":
      return { type: "ThisExpression" };
    case "SuperExpr":
      return { type: "Super" } as unknown as b.Expression;
    case "NumericLiteral":
      return { type: "NumericLiteral", value: e.value };
    case "BigIntLiteral":
      return { type: "BigIntLiteral", value: e.value };
    case "StringLiteral":
      return strLit(e.value);
    case "BooleanLiteral":
      return { type: "BooleanLiteral", value: e.value };
    case "NullLiteral":
      return { type: "NullLiteral" };
    case "TemplateLiteral":
      return {
        type: "TemplateLiteral",
        quasis: e.quasis.map((q, i) => ({
          type: "TemplateElement",
          value: { raw: q.replace(/\\|`|\$\{/g, (m) => "\\" + m), cooked: q },
          tail: i === e.quasis.length - 1,
        })),
        expressions: e.exprs.map(expr),
      };
    case "ArrayLiteral":
      return { type: "ArrayExpression", elements: e.elements.map(expr) };
    case "ObjectLiteral":
      return {
        type: "ObjectExpression",
        properties: e.props.map((p) =>
          p.kind === "SpreadElement"
            ? { type: "SpreadElement", argument: expr(p.expr) }
            : { type: "ObjectProperty", key: identifierName.test(p.key) ? ident(p.key) : strLit(p.key), value: expr(p.value), computed: false, shorthand: false },
        ),
      };
    case "PropertyAccess":
    case "ElementAccess": {
      const property = e.kind === "PropertyAccess" ? ident(e.name) : expr(e.index);
      const computed = e.kind === "ElementAccess";
      if (inChain(e)) return { type: "OptionalMemberExpression", object: expr(e.object), property, computed, optional: e.optional ?? false };
      return { type: "MemberExpression", object: expr(e.object), property, computed };
    }
    case "CallExpr": {
      const typeParameters = e.typeArgs ? typeArgs(e.typeArgs) : null;
      if (inChain(e)) return { type: "OptionalCallExpression", callee: expr(e.callee), arguments: args(e.args), optional: e.optional ?? false, typeParameters };
      return { type: "CallExpression", callee: expr(e.callee), arguments: args(e.args), typeParameters };
    }
    case "NewExpr":
      return { type: "NewExpression", callee: expr(e.callee), arguments: args(e.args), typeParameters: e.typeArgs ? typeArgs(e.typeArgs) : null };
    case "UnaryExpr":
      return { type: "UnaryExpression", operator: e.op, argument: expr(e.operand), prefix: true };
    case "UpdateExpr":
      return { type: "UpdateExpression", operator: e.op, argument: expr(e.operand), prefix: e.prefix };
    case "BinaryExpr":
      if (logicalOps.has(e.op)) return { type: "LogicalExpression", operator: e.op as b.LogicalExpression["operator"], left: expr(e.left), right: expr(e.right) };
      return { type: "BinaryExpression", operator: e.op as b.BinaryExpression["operator"], left: expr(e.left), right: expr(e.right) };
    case "AssignExpr":
      return { type: "AssignmentExpression", operator: e.op, left: expr(e.target) as b.LVal, right: expr(e.value) };
    case "ConditionalExpr":
      return { type: "ConditionalExpression", test: expr(e.test), consequent: expr(e.then), alternate: expr(e.else) };
    case "ArrowFunction":
      return {
        type: "ArrowFunctionExpression",
        typeParameters: typeParams(e.typeParams),
        params: e.params.map(param),
        returnType: e.result ? annot(e.result) : null,
        body: e.body.kind === "Block" ? blockStmt(e.body) : expr(e.body),
        async: false,
        expression: e.body.kind !== "Block",
      };
    case "AsExpr":
      return { type: "TSAsExpression", expression: expr(e.expr), typeAnnotation: type(e.type) };
    case "NonNullExpr":
      return { type: "TSNonNullExpression", expression: expr(e.expr) };
    case "SpreadElement":
      // Only reachable inside argument and array lists, where Babel accepts a SpreadElement.
      return { type: "SpreadElement", argument: expr(e.expr) } as unknown as b.Expression;
  }
}
