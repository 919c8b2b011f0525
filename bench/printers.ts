// Measures the two candidate TS printers on ~50k lines of generated IR: @babel/generator (the
// shipped printTsFile) against ts-morph's TypeScript factory + printer (lowered here, since only
// the benchmark needs it). Run: npx tsx bench/printers.ts

import { performance } from "node:perf_hooks";
import { ts } from "ts-morph";
import { printGoFile } from "../src/emit/go/printer.js";
import { printTsFile } from "../src/emit/ts/printer.js";
import type * as ir from "../src/ir/ts.js";
import { goCorpus } from "../test/emit/go-corpus.js";
import { tsModule } from "../test/emit/ts-corpus.js";

const f = ts.factory;

// ---------------------------------------------------------------------------------------------
// IR → TypeScript AST (the ts-morph candidate)

function printWithTsMorph(m: ir.Module): string {
  const statements = [...m.imports.map(importDecl), ...m.body.map(topLevel)];
  const sourceFile = f.createSourceFile(statements, f.createToken(ts.SyntaxKind.EndOfFileToken), ts.NodeFlags.None);
  const text = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(sourceFile);
  // TypeScript's printer indents by 4 spaces with no option to change it: halve leading indentation.
  return text.replace(/^((?: {4})+)/gm, (s) => " ".repeat(s.length / 2));
}

function importDecl(d: ir.ImportDecl): ts.Statement {
  const bindings = d.namespace
    ? f.createNamespaceImport(f.createIdentifier(d.namespace))
    : f.createNamedImports(d.names.map((n) => f.createImportSpecifier(false, n.alias ? f.createIdentifier(n.name) : undefined, f.createIdentifier(n.alias ?? n.name))));
  return f.createImportDeclaration(undefined, f.createImportClause(d.typeOnly ?? false, undefined, bindings), f.createStringLiteral(d.from));
}

function withDoc<T extends ts.Node>(node: T, doc: ir.DocLines | undefined): T {
  if (doc && doc.length > 0) {
    ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, "*\n" + doc.map((l) => (l === "" ? " *" : " * " + l)).join("\n") + "\n ", true);
  }
  return node;
}

function mods(m: ir.Modifiers & { exported?: boolean }): ts.Modifier[] {
  const out: ts.Modifier[] = [];
  if (m.exported) out.push(f.createModifier(ts.SyntaxKind.ExportKeyword));
  if (m.accessibility === "public") out.push(f.createModifier(ts.SyntaxKind.PublicKeyword));
  if (m.accessibility === "private") out.push(f.createModifier(ts.SyntaxKind.PrivateKeyword));
  if (m.accessibility === "protected") out.push(f.createModifier(ts.SyntaxKind.ProtectedKeyword));
  if (m.static) out.push(f.createModifier(ts.SyntaxKind.StaticKeyword));
  if (m.abstract) out.push(f.createModifier(ts.SyntaxKind.AbstractKeyword));
  if (m.override) out.push(f.createModifier(ts.SyntaxKind.OverrideKeyword));
  if (m.readonly) out.push(f.createModifier(ts.SyntaxKind.ReadonlyKeyword));
  return out;
}

function topLevel(item: ir.Module["body"][number]): ts.Statement {
  switch (item.kind) {
    case "ExportDecl":
      return f.createExportDeclaration(
        undefined,
        false,
        f.createNamedExports(item.names.map((n) => f.createExportSpecifier(false, n.alias ? n.name : undefined, n.alias ?? n.name))),
        item.from !== undefined ? f.createStringLiteral(item.from) : undefined,
      );
    case "ClassDecl":
      return withDoc(
        f.createClassDeclaration(
          mods(item),
          item.name,
          typeParams(item.typeParams),
          [
            ...(item.extends ? [f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [heritage(item.extends)])] : []),
            ...(item.implements ? [f.createHeritageClause(ts.SyntaxKind.ImplementsKeyword, item.implements.map(heritage))] : []),
          ],
          item.members.map(member),
        ),
        item.doc,
      );
    case "InterfaceDecl":
      return withDoc(
        f.createInterfaceDeclaration(
          mods(item),
          item.name,
          typeParams(item.typeParams),
          item.extends ? [f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, item.extends.map(heritage))] : undefined,
          item.members.map((m) =>
            m.kind === "PropertySignature"
              ? withDoc(f.createPropertySignature(mods(m), m.name, m.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined, type(m.type)), m.doc)
              : withDoc(f.createMethodSignature(undefined, m.name, undefined, typeParams(m.typeParams), m.params.map(param), type(m.result)), m.doc),
          ),
        ),
        item.doc,
      );
    case "TypeAliasDecl":
      return withDoc(f.createTypeAliasDeclaration(mods(item), item.name, typeParams(item.typeParams), type(item.type)), item.doc);
    case "FunctionDecl":
      return withDoc(
        f.createFunctionDeclaration(mods(item), undefined, item.name, typeParams(item.typeParams), item.params.map(param), item.result && type(item.result), block(item.body)),
        item.doc,
      );
    default:
      return stmt(item);
  }
}

function member(m: ir.ClassMember): ts.ClassElement {
  switch (m.kind) {
    case "PropertyDecl":
      return withDoc(f.createPropertyDeclaration(mods(m), m.name, undefined, m.type && type(m.type), m.init && expr(m.init)), m.doc);
    case "ConstructorDecl":
      return withDoc(f.createConstructorDeclaration(mods(m), m.params.map(param), block(m.body)), m.doc);
    case "MethodDecl":
      return withDoc(
        f.createMethodDeclaration(mods(m), undefined, m.name, undefined, typeParams(m.typeParams), m.params.map(param), m.result && type(m.result), m.body && block(m.body)),
        m.doc,
      );
    case "GetterDecl":
      return withDoc(f.createGetAccessorDeclaration(mods(m), m.name, [], m.result && type(m.result), block(m.body)), m.doc);
    case "StaticBlock":
      return f.createClassStaticBlockDeclaration(f.createBlock(m.body.map(stmt), true));
  }
}

function heritage(r: ir.TypeRef): ts.ExpressionWithTypeArguments {
  return f.createExpressionWithTypeArguments(entityExpr(r.name), r.args?.map(type));
}

function param(p: ir.Param): ts.ParameterDeclaration {
  return f.createParameterDeclaration(
    p.property ? mods(p.property) : undefined,
    p.rest ? f.createToken(ts.SyntaxKind.DotDotDotToken) : undefined,
    p.name,
    p.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    p.type && type(p.type),
    p.init && expr(p.init),
  );
}

function typeParams(ps: ir.TypeParam[] | undefined): ts.TypeParameterDeclaration[] | undefined {
  return ps?.map((p) => f.createTypeParameterDeclaration(undefined, p.name, p.constraint && type(p.constraint), p.default && type(p.default)));
}

const keywords = {
  number: ts.SyntaxKind.NumberKeyword,
  string: ts.SyntaxKind.StringKeyword,
  boolean: ts.SyntaxKind.BooleanKeyword,
  bigint: ts.SyntaxKind.BigIntKeyword,
  void: ts.SyntaxKind.VoidKeyword,
  unknown: ts.SyntaxKind.UnknownKeyword,
  any: ts.SyntaxKind.AnyKeyword,
  never: ts.SyntaxKind.NeverKeyword,
  undefined: ts.SyntaxKind.UndefinedKeyword,
  object: ts.SyntaxKind.ObjectKeyword,
} as const;

function type(t: ir.Type): ts.TypeNode {
  switch (t.kind) {
    case "TypeRef":
      return f.createTypeReferenceNode(t.name, t.args?.map(type));
    case "KeywordType":
      return t.name === "null" ? f.createLiteralTypeNode(f.createNull()) : f.createKeywordTypeNode(keywords[t.name]);
    case "LiteralType":
      return f.createLiteralTypeNode(
        typeof t.value === "string" ? f.createStringLiteral(t.value) : typeof t.value === "number" ? f.createNumericLiteral(t.value) : t.value ? f.createTrue() : f.createFalse(),
      );
    case "UnionType":
      return f.createUnionTypeNode(t.types.map(type));
    case "ArrayType":
      return f.createArrayTypeNode(type(t.elem));
    case "TupleType":
      return f.createTupleTypeNode(t.elems.map(type));
    case "FunctionType":
      return f.createFunctionTypeNode(typeParams(t.typeParams), t.params.map(param), type(t.result));
  }
}

function entityExpr(name: string): ts.Expression {
  const parts = name.split(".");
  let out: ts.Expression = f.createIdentifier(parts[0]!);
  for (let i = 1; i < parts.length; i++) out = f.createPropertyAccessExpression(out, parts[i]!);
  return out;
}

function block(b: ir.Block): ts.Block {
  return f.createBlock(b.body.map(stmt), true);
}

function varList(s: ir.VarStmt): ts.VariableDeclarationList {
  const flags = s.declKind === "const" ? ts.NodeFlags.Const : s.declKind === "let" ? ts.NodeFlags.Let : ts.NodeFlags.None;
  return f.createVariableDeclarationList(
    s.decls.map((d) => f.createVariableDeclaration(d.name, undefined, d.type && type(d.type), d.init && expr(d.init))),
    flags,
  );
}

function stmt(s: ir.Stmt): ts.Statement {
  switch (s.kind) {
    case "Block":
      return block(s);
    case "VarStmt":
      return withDoc(f.createVariableStatement(s.exported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined, varList(s)), s.doc);
    case "ExprStmt":
      return f.createExpressionStatement(expr(s.expr));
    case "ReturnStmt":
      return f.createReturnStatement(s.value && expr(s.value));
    case "IfStmt":
      return f.createIfStatement(expr(s.test), stmt(s.then), s.else && stmt(s.else));
    case "ForStmt":
      return f.createForStatement(s.init && (s.init.kind === "VarStmt" ? varList(s.init) : expr(s.init)), s.test && expr(s.test), s.update && expr(s.update), stmt(s.body));
    case "ForOfStmt":
      return f.createForOfStatement(
        undefined,
        f.createVariableDeclarationList([f.createVariableDeclaration(s.name)], s.declKind === "const" ? ts.NodeFlags.Const : ts.NodeFlags.Let),
        expr(s.iterable),
        stmt(s.body),
      );
    case "WhileStmt":
      return f.createWhileStatement(expr(s.test), stmt(s.body));
    case "DoWhileStmt":
      return f.createDoStatement(stmt(s.body), expr(s.test));
    case "BreakStmt":
      return f.createBreakStatement(s.label);
    case "ContinueStmt":
      return f.createContinueStatement(s.label);
    case "LabeledStmt":
      return f.createLabeledStatement(s.label, stmt(s.body));
    case "SwitchStmt":
      return f.createSwitchStatement(
        expr(s.discriminant),
        f.createCaseBlock(s.cases.map((c) => (c.test ? f.createCaseClause(expr(c.test), c.body.map(stmt)) : f.createDefaultClause(c.body.map(stmt))))),
      );
    case "ThrowStmt":
      return f.createThrowStatement(expr(s.value));
    case "TryStmt":
      return f.createTryStatement(
        block(s.block),
        s.handler && f.createCatchClause(s.handler.param, block(s.handler.body)),
        s.finalizer && block(s.finalizer),
      );
    case "EmptyStmt":
      return f.createEmptyStatement();
  }
}

const binaryTokens: Record<ir.BinaryOp | ir.AssignOp, ts.BinaryOperator> = {
  "+": ts.SyntaxKind.PlusToken,
  "-": ts.SyntaxKind.MinusToken,
  "*": ts.SyntaxKind.AsteriskToken,
  "/": ts.SyntaxKind.SlashToken,
  "%": ts.SyntaxKind.PercentToken,
  "**": ts.SyntaxKind.AsteriskAsteriskToken,
  "==": ts.SyntaxKind.EqualsEqualsToken,
  "!=": ts.SyntaxKind.ExclamationEqualsToken,
  "===": ts.SyntaxKind.EqualsEqualsEqualsToken,
  "!==": ts.SyntaxKind.ExclamationEqualsEqualsToken,
  "<": ts.SyntaxKind.LessThanToken,
  "<=": ts.SyntaxKind.LessThanEqualsToken,
  ">": ts.SyntaxKind.GreaterThanToken,
  ">=": ts.SyntaxKind.GreaterThanEqualsToken,
  "<<": ts.SyntaxKind.LessThanLessThanToken,
  ">>": ts.SyntaxKind.GreaterThanGreaterThanToken,
  ">>>": ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  "&": ts.SyntaxKind.AmpersandToken,
  "|": ts.SyntaxKind.BarToken,
  "^": ts.SyntaxKind.CaretToken,
  "&&": ts.SyntaxKind.AmpersandAmpersandToken,
  "||": ts.SyntaxKind.BarBarToken,
  "??": ts.SyntaxKind.QuestionQuestionToken,
  instanceof: ts.SyntaxKind.InstanceOfKeyword,
  in: ts.SyntaxKind.InKeyword,
  "=": ts.SyntaxKind.EqualsToken,
  "+=": ts.SyntaxKind.PlusEqualsToken,
  "-=": ts.SyntaxKind.MinusEqualsToken,
  "*=": ts.SyntaxKind.AsteriskEqualsToken,
  "/=": ts.SyntaxKind.SlashEqualsToken,
  "%=": ts.SyntaxKind.PercentEqualsToken,
  "<<=": ts.SyntaxKind.LessThanLessThanEqualsToken,
  ">>=": ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ">>>=": ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  "&=": ts.SyntaxKind.AmpersandEqualsToken,
  "|=": ts.SyntaxKind.BarEqualsToken,
  "^=": ts.SyntaxKind.CaretEqualsToken,
  "&&=": ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  "||=": ts.SyntaxKind.BarBarEqualsToken,
  "??=": ts.SyntaxKind.QuestionQuestionEqualsToken,
};

const prefixTokens = {
  "!": ts.SyntaxKind.ExclamationToken,
  "-": ts.SyntaxKind.MinusToken,
  "+": ts.SyntaxKind.PlusToken,
  "~": ts.SyntaxKind.TildeToken,
} as const;

function inChain(e: ir.Expr): boolean {
  for (;;) {
    if (e.kind !== "PropertyAccess" && e.kind !== "ElementAccess" && e.kind !== "CallExpr") return false;
    if (e.optional) return true;
    e = e.kind === "CallExpr" ? e.callee : e.object;
  }
}

function expr(e: ir.Expr): ts.Expression {
  switch (e.kind) {
    case "Identifier":
      return f.createIdentifier(e.name);
    case "ThisExpr":
      return f.createThis();
    case "SuperExpr":
      return f.createSuper();
    case "NumericLiteral":
      return f.createNumericLiteral(e.value);
    case "BigIntLiteral":
      return f.createBigIntLiteral(e.value + "n");
    case "StringLiteral":
      return f.createStringLiteral(e.value);
    case "BooleanLiteral":
      return e.value ? f.createTrue() : f.createFalse();
    case "NullLiteral":
      return f.createNull();
    case "TemplateLiteral":
      if (e.exprs.length === 0) return f.createNoSubstitutionTemplateLiteral(e.quasis[0]!);
      return f.createTemplateExpression(
        f.createTemplateHead(e.quasis[0]!),
        e.exprs.map((x, i) => f.createTemplateSpan(expr(x), i === e.exprs.length - 1 ? f.createTemplateTail(e.quasis[i + 1]!) : f.createTemplateMiddle(e.quasis[i + 1]!))),
      );
    case "ArrayLiteral":
      return f.createArrayLiteralExpression(e.elements.map(expr));
    case "ObjectLiteral":
      return f.createObjectLiteralExpression(
        e.props.map((p) => (p.kind === "SpreadElement" ? f.createSpreadAssignment(expr(p.expr)) : f.createPropertyAssignment(/^[A-Za-z_$][\w$]*$/.test(p.key) ? p.key : f.createStringLiteral(p.key), expr(p.value)))),
        true,
      );
    case "PropertyAccess":
      return inChain(e)
        ? f.createPropertyAccessChain(expr(e.object), e.optional ? f.createToken(ts.SyntaxKind.QuestionDotToken) : undefined, e.name)
        : f.createPropertyAccessExpression(expr(e.object), e.name);
    case "ElementAccess":
      return inChain(e)
        ? f.createElementAccessChain(expr(e.object), e.optional ? f.createToken(ts.SyntaxKind.QuestionDotToken) : undefined, expr(e.index))
        : f.createElementAccessExpression(expr(e.object), expr(e.index));
    case "CallExpr":
      return inChain(e)
        ? f.createCallChain(expr(e.callee), e.optional ? f.createToken(ts.SyntaxKind.QuestionDotToken) : undefined, e.typeArgs?.map(type), e.args.map(expr))
        : f.createCallExpression(expr(e.callee), e.typeArgs?.map(type), e.args.map(expr));
    case "NewExpr":
      return f.createNewExpression(expr(e.callee), e.typeArgs?.map(type), e.args.map(expr));
    case "UnaryExpr":
      if (e.op === "typeof") return f.createTypeOfExpression(expr(e.operand));
      if (e.op === "void") return f.createVoidExpression(expr(e.operand));
      if (e.op === "delete") return f.createDeleteExpression(expr(e.operand));
      return f.createPrefixUnaryExpression(prefixTokens[e.op], expr(e.operand));
    case "UpdateExpr": {
      const op = e.op === "++" ? ts.SyntaxKind.PlusPlusToken : ts.SyntaxKind.MinusMinusToken;
      return e.prefix ? f.createPrefixUnaryExpression(op, expr(e.operand)) : f.createPostfixUnaryExpression(expr(e.operand), op);
    }
    case "BinaryExpr":
      return f.createBinaryExpression(expr(e.left), binaryTokens[e.op], expr(e.right));
    case "AssignExpr":
      return f.createBinaryExpression(expr(e.target), binaryTokens[e.op], expr(e.value));
    case "ConditionalExpr":
      return f.createConditionalExpression(expr(e.test), f.createToken(ts.SyntaxKind.QuestionToken), expr(e.then), f.createToken(ts.SyntaxKind.ColonToken), expr(e.else));
    case "ArrowFunction":
      return f.createArrowFunction(
        undefined,
        typeParams(e.typeParams),
        e.params.map(param),
        e.result && type(e.result),
        f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
        e.body.kind === "Block" ? block(e.body) : expr(e.body),
      );
    case "AsExpr":
      return f.createAsExpression(expr(e.expr), type(e.type));
    case "NonNullExpr":
      return f.createNonNullExpression(expr(e.expr));
    case "SpreadElement":
      return f.createSpreadElement(expr(e.expr));
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement

function measure(name: string, run: () => string, rounds: number): { name: string; ms: number; lines: number } {
  let lines = 0;
  for (let i = 0; i < 2; i++) lines = run().split("\n").length; // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, ms: times[Math.floor(times.length / 2)]!, lines };
}

// tsModule(1) prints ~160 lines: 310 units make a module of about 50k lines.
const units = Number(process.env.UNITS ?? 310);
const module = tsModule(units);
const rounds = Number(process.env.ROUNDS ?? 7);
const results = [measure("@babel/generator", () => printTsFile(module), rounds), measure("ts-morph (TS factory + printer)", () => printWithTsMorph(module), rounds)];
for (const r of results) console.log(`${r.name.padEnd(34)} ${r.lines} lines  median ${r.ms.toFixed(1)} ms  ${((r.lines / r.ms) * 1000).toFixed(0)} lines/s`);

// The Go printer on its corpus, repeated, for scale.
const goFiles = Array.from({ length: 200 }, () => goCorpus()).flat();
const go = measure("Go printer (gofmt-identical)", () => goFiles.map((c) => printGoFile(c.file)).join(""), rounds);
console.log(`${go.name.padEnd(34)} ${go.lines} lines  median ${go.ms.toFixed(1)} ms  ${((go.lines / go.ms) * 1000).toFixed(0)} lines/s`);
