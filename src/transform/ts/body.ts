// Translates Java statements and expressions of one method into TS IR with Java's semantics:
// wrapping int arithmetic, exact long (bigint), char as a UTF-16 unit printed as a character,
// Java's string conversion by static type, catch by instanceof, lazily initialised statics.
// Anything without a faithful form throws Unsupported and the caller stubs the whole method.

import { mappedCall } from "./mapped.js";
import type * as J from "../../parse/ast.js";
import { locOf } from "../../parse/ast.js";
import * as ts from "../../ir/ts.js";
import type { JType, MethodSymbol, Ref, TypeSymbol } from "../../semantic/types.js";
import { typeToString } from "../../semantic/types.js";
import { type ClassInfo, type TsProgram, Unsupported, unsupported } from "./context.js";
import { type Arg, jdkInvoke, jdkNew, jdkStaticField, qname, strConv } from "./jdk.js";
import { localName, type Naming } from "./names.js";
import { classLiteral, javaBinaryName } from "./reflect.js";
import type { ModuleScope } from "./scope.js";
import { BOXES, isBoxed, isCharSequence, isString, jdkClassName, jdkInterfaceSam, jdkSam, primOf, samOf, subst, type TypeMapper } from "./types.js";

export const OBJECT: JType = { kind: "class", fqn: "java.lang.Object", args: [] };
export const INT: JType = { kind: "prim", name: "int" };
export const LONG: JType = { kind: "prim", name: "long" };
export const DOUBLE: JType = { kind: "prim", name: "double" };
export const BOOLEAN: JType = { kind: "prim", name: "boolean" };
export const STRING: JType = { kind: "class", fqn: "java.lang.String", args: [] };

/** What a method body is translated against. */
export interface MethodEnv {
  cls: ClassInfo;
  isStatic: boolean;
  /** `self` inside interface default methods (they are emitted as static helpers). */
  selfName?: string;
  /** In an `$init…` method: a bare `return` returns `this`. */
  inInit: boolean;
  returnType: JType;
  /** In a lambda whose result Java erases (the functional interface's return type is a type variable): box a Double/Float/Character result. */
  erasedReturn?: boolean;
}

export class Translator {
  private tmp = 0;
  /** Locals declared so far in this body (captured locals of enclosing bodies are not among them). */
  private readonly declared = new Set<string>();
  /** Pattern variables to declare before the statement being translated. */
  private pending: ts.Stmt[] = [];
  /** Pattern variables renamed because the name is already bound in this body (JS scoping is wider). */
  private readonly renamed = new Map<J.Node, string>();
  /** Names assigned after their declaration (they become `let`, the others `const`). */
  private readonly assigned = new Set<string>();

  constructor(
    readonly prog: TsProgram,
    readonly naming: Naming,
    readonly types: TypeMapper,
    readonly scope: ModuleScope,
    readonly env: MethodEnv,
    readonly source: string,
  ) {}

  get model() {
    return this.prog.model;
  }

  tsType(t: JType): ts.Type {
    return this.types.map(t, this.scope);
  }

  temp(base: string): string {
    return `$${base}${this.tmp++}`;
  }

  declare(name: string): void {
    this.declared.add(name);
  }

  /** Declaration nodes of locals by name, for references the parser did not produce as Names. */
  private readonly localDecls = new Map<string, J.Node>();
  private declOf(name: string): J.Node | undefined {
    return this.localDecls.get(name);
  }

  /** Scans a body for assigned names so untouched locals can be `const`. */
  scanAssigned(node: unknown): void {
    walk(node, (n) => {
      if (n.kind === "Assign" && n.target.kind === "Name") this.assigned.add(n.target.name);
      if (n.kind === "Unary" && (n.op === "++" || n.op === "--") && n.operand.kind === "Name") this.assigned.add(n.operand.name);
      if (n.kind === "LocalVarDecl") for (const d of n.declarators) this.localNames.add(d.name);
    });
  }
  /** Names of the body's local variables: a pattern binding (hoisted to the enclosing block) with one of these names is renamed. */
  private readonly localNames = new Set<string>();

  // -------------------------------------------------------------------------------------------
  // Statements

  block(stmts: J.Stmt[]): ts.Stmt[] {
    const out: ts.Stmt[] = [];
    for (const s of stmts) out.push(...this.stmt(s));
    return out;
  }

  stmt(s: J.Stmt): ts.Stmt[] {
    this.scope.line = s.line;
    const saved = this.pending;
    this.pending = [];
    const out = this.stmtInner(s);
    const pre = this.pending;
    this.pending = saved;
    return pre.length ? [...pre, ...out] : out;
  }

  private body(s: J.Stmt): ts.Stmt[] {
    return s.kind === "Block" ? this.block(s.stmts) : this.stmt(s);
  }

  private stmtInner(s: J.Stmt): ts.Stmt[] {
    switch (s.kind) {
      case "Block":
        return [ts.block(this.block(s.stmts))];
      case "LocalVarDecl": {
        // The parser reads `yield x;` in a switch expression as a declaration of `x` with type `yield`.
        const d = s.declarators[0];
        if (this.yieldType && s.type.kind === "ClassType" && s.type.segments.length === 1 && s.type.segments[0]!.name === "yield" && d && !d.init && s.declarators.length === 1) {
          return [ts.ret(this.localRef(d.name, this.declOf(d.name) ?? d))];
        }
        return this.localVars(s);
      }
      case "LocalClassDecl":
      case "EmptyStmt":
      case "AssertStmt":
        // Local classes are hoisted to module level; Java runs with assertions disabled.
        return [];
      case "ExprStmt":
        return [ts.exprStmt(this.exprStmt(s.expr))];
      case "IfStmt": {
        const els = s.else ? this.body(s.else) : undefined;
        const elseIf = els && els.length === 1 && els[0]!.kind === "IfStmt" ? (els[0] as ts.IfStmt) : els;
        return [ts.ifStmt(this.cond(s.cond), this.body(s.then), elseIf)];
      }
      case "WhileStmt":
        return [ts.whileStmt(this.cond(s.cond), this.body(s.body))];
      case "DoStmt":
        return [ts.doWhile(this.body(s.body), this.cond(s.cond))];
      case "ForStmt":
        return [this.forStmt(s)];
      case "ForEachStmt":
        return [this.forEach(s)];
      case "ReturnStmt": {
        if (this.env.inInit) return [ts.ret(ts.thisExpr())];
        return [ts.ret(s.value ? this.boxIfErased(this.exprAs(s.value, this.env.returnType), this.env.returnType, this.env.erasedReturn) : undefined)];
      }
      case "BreakStmt":
        return [ts.breakStmt(s.label)];
      case "ContinueStmt":
        return [ts.continueStmt(s.label)];
      case "YieldStmt":
        return [ts.ret(this.exprAs(s.value, this.yieldType ?? this.model.typeOf(s.value)))];
      case "ThrowStmt":
        return [ts.throwStmt(this.expr(s.expr))];
      case "TryStmt":
        return this.tryStmt(s);
      case "SwitchStmt":
        return this.switchStmt(s.selector, s.cases, undefined);
      case "SynchronizedStmt":
        // Single-threaded JS: the lock expression is still evaluated for its effects.
        return [ts.exprStmt(this.expr(s.lock)), ts.block(this.block(s.body.stmts))];
      case "LabeledStmt":
        return [ts.labeled(s.label, this.blockOrStmt(this.stmt(s.body)))];
      case "CtorCallStmt":
        return [this.ctorCall(s)];
    }
  }

  private blockOrStmt(stmts: ts.Stmt[]): ts.Stmt {
    return stmts.length === 1 ? stmts[0]! : ts.block(stmts);
  }

  private localVars(s: J.LocalVarDecl): ts.Stmt[] {
    return s.declarators.map((d) => {
      const ref = this.model.symbolOf(d);
      // The symbol's type already has the declarator's C-style dimensions (`char data[]`).
      const jt = ref && (ref.kind === "local" || ref.kind === "param") ? ref.type : arrayOf(this.model.resolveTypeNode(s.type), d.dims);
      const name = localName(d.name);
      this.declare(d.name);
      this.localDecls.set(d.name, d);
      const constant = !this.assigned.has(d.name);
      if (!d.init) return ts.varStmt("let", name + "!", undefined, this.tsType(jt));
      const init = d.init.kind === "ArrayInit" ? this.arrayInit(d.init, jt) : this.exprAs(d.init, jt);
      return ts.varStmt(constant ? "const" : "let", name, init, this.tsType(jt));
    });
  }

  private forStmt(s: J.ForStmt): ts.Stmt {
    let init: ts.VarStmt | ts.Expr | undefined;
    if (!Array.isArray(s.init)) {
      const decls = this.localVars(s.init) as ts.VarStmt[];
      init = { kind: "VarStmt", declKind: "let", decls: decls.flatMap((d) => d.decls) };
    } else if (s.init.length) init = this.seq(s.init.map((e) => this.exprStmt(e)));
    const update = s.update.length ? this.seq(s.update.map((e) => this.exprStmt(e))) : undefined;
    return ts.forStmt({ init, test: s.cond ? this.cond(s.cond) : undefined, update }, this.body(s.body));
  }

  /** Several expressions evaluated in order where JS wants one (for-loop updates). */
  private seq(es: ts.Expr[]): ts.Expr {
    return es.length === 1 ? es[0]! : ts.call(ts.prop("jrtx", "seq"), ...es);
  }

  private forEach(s: J.ForEachStmt): ts.Stmt {
    const it = this.model.typeOf(s.iterable);
    const name = localName(s.name);
    this.declare(s.name);
    const elemRef = this.model.symbolOf(s);
    const elemType = elemRef && (elemRef.kind === "local" || elemRef.kind === "param") ? elemRef.type : this.model.resolveTypeNode(s.varType);
    let iterable = this.expr(s.iterable);
    if (it.kind === "class" && this.prog.classOf(it.fqn)) iterable = ts.call(ts.prop("jrtx", "iterate"), ts.call(ts.prop(iterable, "iterator")));
    const body = this.body(s.body);
    const srcElem = it.kind === "array" ? it.elem : elemOfIterable(this, it);
    if (srcElem && isBoxed(srcElem) && elemType.kind === "prim") {
      const raw = this.temp(s.name);
      return ts.forOf(raw, iterable, [ts.varStmt("const", name, this.convert(ts.id(raw), srcElem, elemType)), ...body]);
    }
    return ts.forOf(name, iterable, body, this.assigned.has(s.name) ? "let" : "const");
  }

  private ctorCall(s: J.CtorCallStmt): ts.Stmt {
    const ref = this.model.symbolOf(s);
    if (!ref || ref.kind !== "method") unsupported("unresolved constructor call");
    const args = this.args(s.args, ref);
    const owner = this.prog.classOf(ref.method.owner);
    if (this.env.cls.mode === "native") {
      if (s.target === "this") unsupported("this(...) in a class extending a runtime class");
      return ts.exprStmt(ts.call(ts.superExpr(), ...args));
    }
    if (!owner) {
      // A runtime Throwable's constructor is one of its `$init…` methods.
      const throwableInit = this.naming.ctorName(ref.method);
      if (s.target === "super" && THROWABLE_INITS.has(throwableInit) && this.prog.isSubtype(ref.method.owner, "java.lang.Throwable")) return ts.exprStmt(ts.call(ts.prop(ts.superExpr(), throwableInit), ...args));
      // super() of Object / Enum / Record does nothing; a dropped superclass's constructor is lost.
      if (s.target === "super" && !ROOT_SUPERCLASSES.has(ref.method.owner)) unsupported(`constructor of ${ref.method.owner}, a superclass without a TypeScript counterpart`);
      return ts.emptyStmt();
    }
    const callee = s.target === "this" ? ts.thisExpr() : ts.superExpr();
    return ts.exprStmt(ts.call(ts.prop(callee, this.naming.ctorName(ref.method)), ...args));
  }

  private tryStmt(s: J.TryStmt): ts.Stmt[] {
    let body: ts.Stmt[] = this.block(s.block.stmts);
    for (let i = s.resources.length - 1; i >= 0; i--) body = this.withResource(s.resources[i]!, body);
    if (!s.catches.length && !s.finally) return [ts.block(body)];
    let handler: { param?: string; body: ts.Stmt[] } | undefined;
    if (s.catches.length) {
      const raw = this.temp("e");
      const wrapped = this.temp("t");
      const chain: ts.Stmt[] = [ts.varStmt("const", wrapped, ts.call(ts.prop("jrt", "wrapJsError"), ts.id(raw)))];
      let tail: ts.Stmt[] = [ts.throwStmt(ts.id(wrapped))];
      for (let i = s.catches.length - 1; i >= 0; i--) {
        const c = s.catches[i]!;
        this.declare(c.name);
        const types = c.types.map((t) => this.model.resolveTypeNode(t));
        const tests = types.map((t) => this.instanceTest(ts.id(wrapped), t));
        const catchAll = tests.some((t) => t === undefined);
        const cbody = [ts.varStmt("const", localName(c.name), ts.id(wrapped), types.length === 1 ? this.tsType(types[0]!) : undefined), ...this.block(c.body.stmts)];
        if (catchAll) tail = cbody;
        else tail = [ts.ifStmt(tests.reduce((a, b) => ts.binary(a!, "||", b!))!, cbody, tail.length === 1 && tail[0]!.kind === "IfStmt" ? (tail[0] as ts.IfStmt) : tail)];
      }
      chain.push(...tail);
      handler = { param: raw, body: chain };
    }
    return [ts.tryStmt(body, handler, s.finally ? this.block(s.finally.stmts) : undefined)];
  }

  /** try-with-resources for one resource: close in reverse order, suppression as Java does it. */
  private withResource(r: J.Resource, body: ts.Stmt[]): ts.Stmt[] {
    const out: ts.Stmt[] = [];
    let res: ts.Expr;
    if (r.kind === "LocalVarDecl") {
      out.push(...this.localVars(r));
      res = ts.id(localName(r.declarators[0]!.name));
    } else {
      res = this.expr(r);
    }
    const resType = r.kind === "LocalVarDecl" ? this.model.resolveTypeNode(r.type) : this.model.typeOf(r);
    const resTs = this.tsType(resType);
    if (resTs.kind === "KeywordType" && resTs.name === "unknown") unsupported(`try-with-resources on a ${typeToString(resType)}, a type without a TypeScript counterpart`);
    const primary = this.temp("primary");
    const caught = this.temp("e");
    const sup = this.temp("s");
    const close = ts.exprStmt(ts.call(ts.prop(res, "close")));
    out.push(
      ts.varStmt("let", primary, ts.nullLit(), ts.union(ts.typeRef("jrt.Throwable"), ts.kw("null"))),
      ts.tryStmt(
        body,
        { param: caught, body: [ts.exprStmt(ts.assign(primary, ts.call(ts.prop("jrt", "wrapJsError"), ts.id(caught)))), ts.throwStmt(ts.id(primary))] },
        [
          ts.ifStmt(ts.binary(res, "!==", ts.nullLit()), [
            ts.ifStmt(
              ts.binary(ts.id(primary), "!==", ts.nullLit()),
              [ts.tryStmt([close], { param: sup, body: [ts.exprStmt(ts.call(ts.prop(ts.id(primary), "addSuppressed"), ts.call(ts.prop("jrt", "wrapJsError"), ts.id(sup))))] })],
              [close],
            ),
          ]),
        ],
      ),
    );
    return [ts.block(out)];
  }

  private yieldType: JType | undefined;

  /** Switch statements (and, with `resultType`, switch expressions as the body of an IIFE). */
  private switchStmt(selector: J.Expr, cases: J.SwitchCase[], resultType: JType | undefined): ts.Stmt[] {
    const selT = this.model.typeOf(selector);
    const hasPattern = cases.some((c) => c.labels.some((l) => l.kind === "TypePattern" || l.kind === "RecordPattern") || c.guard);
    if (hasPattern) return this.patternSwitch(selector, cases, resultType);
    const selSym = selT.kind === "class" ? this.model.lookupType(selT.fqn) : undefined;
    let sel = this.expr(selector);
    if (isBoxed(selT) || isString(selT) || selSym?.kind === "enum") sel = ts.call(ts.prop("jrtx", "switchSel"), sel);
    // `switch (2)`: a literal selector has a literal TS type that no other case label is comparable to.
    else if (sel.kind === "NumericLiteral" || (sel.kind === "UnaryExpr" && sel.operand.kind === "NumericLiteral")) sel = ts.as(sel, ts.kw("number"));
    const tsCases: ts.SwitchCase[] = [];
    for (const c of cases) {
      const tests: (ts.Expr | undefined)[] = c.labels
        .filter((l) => !(l.kind === "Literal" && l.litKind === "null"))
        .map((l) => (selSym?.kind === "enum" && l.kind === "Name" ? this.staticField(selSym.fqn, l.name) : this.exprAs(l as J.Expr, primOf(selT) ? { kind: "prim", name: primOf(selT) as J.PrimitiveName } : selT)));
      if (c.isDefault) tests.push(undefined);
      const body = c.arrow ? this.arrowCaseBody(c, resultType) : this.block(c.body);
      tests.forEach((t, i) => tsCases.push(ts.caseOf(t, i === tests.length - 1 ? body : [])));
    }
    if (resultType && !cases.some((c) => c.isDefault)) tsCases.push(ts.caseOf(undefined, [ts.throwStmt(ts.newExpr(ts.prop("jrt", "IllegalStateException"), [ts.str("unexpected switch value")]))]));
    return [ts.switchStmt(sel, tsCases)];
  }

  private arrowCaseBody(c: J.SwitchCase, resultType: JType | undefined): ts.Stmt[] {
    const s = c.body[0];
    if (!s) return [ts.breakStmt()];
    if (resultType && s.kind === "ExprStmt") return [ts.ret(this.exprAs(s.expr, resultType))];
    // Each arrow case is its own scope in Java; JS switch cases share one.
    const body = s.kind === "Block" ? [ts.block(this.block(s.stmts))] : this.stmt(s);
    if (s.kind === "ThrowStmt" || resultType) return body;
    return [...body, ts.breakStmt()];
  }

  /** A switch with type patterns or guards becomes an if-chain over a temporary. */
  private patternSwitch(selector: J.Expr, cases: J.SwitchCase[], resultType: JType | undefined): ts.Stmt[] {
    const selT = this.model.typeOf(selector);
    const v = this.temp("sel");
    const out: ts.Stmt[] = [ts.varStmt("const", v, this.expr(selector), this.tsType(selT))];
    let chain: ts.Stmt[] = [ts.throwStmt(ts.newExpr(ts.prop("jrt", "IllegalStateException"), [ts.str("no switch case matched")]))];
    let defaultBody: ts.Stmt[] | undefined;
    const branches: { test: ts.Expr; body: ts.Stmt[] }[] = [];
    for (const c of cases) {
      const body = c.arrow ? this.arrowCaseBody(c, resultType).filter((x) => x.kind !== "BreakStmt") : this.block(c.body).filter((x) => x.kind !== "BreakStmt");
      if (c.isDefault) {
        defaultBody = body;
        continue;
      }
      for (const l of c.labels) {
        let test: ts.Expr;
        if (l.kind === "TypePattern" || l.kind === "RecordPattern") test = this.patternTest(ts.id(v), l);
        else if (l.kind === "Literal" && l.litKind === "null") test = ts.binary(ts.id(v), "===", ts.nullLit());
        else test = ts.binary(ts.id(v), "===", this.expr(l));
        if (c.guard) test = ts.binary(test, "&&", this.cond(c.guard));
        branches.push({ test, body });
      }
    }
    if (defaultBody) chain = defaultBody;
    for (let i = branches.length - 1; i >= 0; i--) {
      const b = branches[i]!;
      chain = [ts.ifStmt(b.test, b.body, chain.length === 1 && chain[0]!.kind === "IfStmt" ? (chain[0] as ts.IfStmt) : chain)];
    }
    out.push(...chain);
    return [ts.block(out)];
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** An expression used as a statement: `i++` needs no old value, so it can wrap like Java. */
  exprStmt(e: J.Expr): ts.Expr {
    if (e.kind === "Unary" && (e.op === "++" || e.op === "--")) return this.increment(e, true);
    return this.expr(e);
  }

  cond(e: J.Expr): ts.Expr {
    return this.exprAs(e, BOOLEAN);
  }

  /** An expression converted to `target` (assignment/method-invocation conversion). */
  exprAs(e: J.Expr, target: JType): ts.Expr {
    if (e.kind === "Lambda" || e.kind === "MethodRef") return this.functional(e, target);
    const from = this.model.typeOf(e);
    // A switch expression of references is a poly expression: its arms are typed against the target (`Result<Long, Failure>`).
    if (e.kind === "SwitchExpr" && from.kind === "class" && target.kind === "class" && !isBoxed(target) && !OBJECT_LIKE.has(target.fqn)) return this.switchExpr(e, target);
    return this.convert(this.expr(e), from, target, e);
  }

  /** Converts a translated value between Java types: widening, boxing/unboxing, functional adapters. */
  convert(x: ts.Expr, from: JType, to: JType, src?: J.Expr): ts.Expr {
    const fp = primOf(from);
    const tp = to.kind === "prim" ? to.name : undefined;
    if (tp && fp) {
      const unboxed = from.kind === "class" && !(src?.kind === "Literal") ? ts.call(ts.prop("jrt", "unbox"), x) : x;
      return numConvert(unboxed, fp, tp, true);
    }
    if (to.kind === "class" && BOXES[to.fqn] && from.kind === "prim") return numConvert(x, from.name, BOXES[to.fqn]!, true);
    if (from.kind === "null") return ts.nonNull(ts.nullLit());
    // A double/float/char reaching Object (or Number, Serializable, Comparable) keeps its Java type in a jrt box.
    if (to.kind === "class" && OBJECT_LIKE.has(to.fqn) && (fp === "double" || fp === "float" || fp === "char")) {
      return from.kind === "prim" ? ts.call(ts.prop("jrt", fp === "double" ? "boxD" : fp === "float" ? "boxF" : "boxC"), x) : ts.call(ts.prop("jrt", "boxAs"), ts.str(fp), x);
    }
    // Unchecked conversion from a raw type (`List<String> typed = raw`): the TS types differ, Java only warns.
    if (from.kind === "class" && to.kind === "class" && !from.args.length && to.args.length && (this.model.lookupType(from.fqn)?.typeParams.length ?? 0) > 0) {
      return ts.as(ts.as(x, ts.kw("unknown")), this.tsType(to));
    }
    // And back: an Object-typed value cast or converted to Double/Float/Character.
    if (from.kind === "class" && OBJECT_LIKE.has(from.fqn) && to.kind === "class" && (BOXES[to.fqn] === "double" || BOXES[to.fqn] === "float" || BOXES[to.fqn] === "char")) {
      return ts.call(ts.prop("jrt", "unboxObj"), x);
    }
    // A value of a class without a TS counterpart (SecureRandom: `unknown`, reported as an erasure)
    // reaching a slot of a mapped supertype (Random) keeps the Java type the assignment allows.
    if (from.kind === "class" && !OBJECT_LIKE.has(from.fqn) && (to.kind === "class" || to.kind === "array")) {
      const fromTs = this.tsType(from);
      const toTs = this.tsType(to);
      if (fromTs.kind === "KeywordType" && fromTs.name === "unknown" && !(toTs.kind === "KeywordType" && toTs.name === "unknown")) return ts.as(x, toTs);
    }
    return x;
  }

  /**
   * A Double/Float/Character entering a slot Java erases to Object (a parameter or lambda result declared as
   * a type variable of source code) is boxed there as in an Object slot, so generic code prints and compares
   * it as its Java type; reading the slot back at that type unboxes it (see invoke).
   */
  private boxIfErased(x: ts.Expr, t: JType, erased: boolean | undefined): ts.Expr {
    const p = primOf(t);
    if (!erased || !(p === "double" || p === "float" || p === "char")) return x;
    return ts.call(ts.prop("jrt", "boxErased"), ts.str(p), x);
  }

  expr(e: J.Expr): ts.Expr {
    switch (e.kind) {
      case "Literal":
        return this.literal(e);
      case "Name":
        return this.name(e);
      case "FieldAccess":
        return this.fieldAccess(e);
      case "This":
        if (e.qualifier) {
          const q = this.model.typeOf(e);
          return q.kind === "class" ? this.outerRef(q.fqn) : this.thisExpr();
        }
        return this.thisExpr();
      case "Super":
        return ts.superExpr();
      case "MethodCall":
        return this.methodCall(e);
      case "NewExpr":
        return this.newExpr(e);
      case "NewArrayExpr":
        return this.newArray(e);
      case "ArrayAccess":
        // Reads are bounds-checked (JS arrays answer undefined past the end; Java throws).
        return ts.call(ts.prop("jrt", "aget"), this.expr(e.array), this.exprAs(e.index, INT));
      case "Unary":
        return this.unary(e);
      case "Binary":
        return this.binary(e);
      case "Assign":
        return this.assign(e);
      case "Conditional": {
        const t = this.model.typeOf(e);
        return ts.cond(this.cond(e.cond), this.exprAs(e.then, t), this.exprAs(e.else, t));
      }
      case "Cast":
        return this.cast(e);
      case "InstanceOf":
        return this.instanceOf(e);
      case "Lambda":
      case "MethodRef":
        return this.functional(e, this.model.typeOf(e));
      case "SwitchExpr":
        return this.switchExpr(e);
      case "ClassLit":
        return classLiteral(this, e.type);
      case "ErrorExpr":
        return unsupported("source that did not parse");
    }
  }

  thisExpr(): ts.Expr {
    return this.env.selfName ? ts.id(this.env.selfName) : ts.thisExpr();
  }

  private literal(e: J.Literal): ts.Expr {
    switch (e.litKind) {
      case "int":
      case "double":
        return numLit(e.value as number);
      case "float":
        return numLit(Math.fround(e.value as number));
      case "long": {
        const v = String(e.value);
        return v.startsWith("-") ? ts.unary("-", ts.bigint(v.slice(1))) : ts.bigint(v);
      }
      case "char":
        return ts.num((e.value as string).charCodeAt(0));
      case "string":
      case "textBlock":
        return ts.str(e.value as string);
      case "boolean":
        return ts.bool(e.value as boolean);
      case "null":
        return ts.nullLit();
    }
  }

  private name(e: J.Name): ts.Expr {
    const ref = this.model.symbolOf(e);
    if (!ref) return unsupported(`unresolved name ${e.name}`);
    return this.refExpr(ref, e.name);
  }

  private refExpr(ref: Ref, name: string): ts.Expr {
    switch (ref.kind) {
      case "local":
      case "param":
        return this.localRef(name, ref.decl);
      case "field": {
        const f = ref.field;
        if (f.static) return this.staticField(f.owner, f.name);
        return this.instanceConst(f) ?? ts.prop(this.outerRef(f.owner), this.fieldName(f.owner, f.name));
      }
      case "type":
        return this.typeExpr(ref.type);
      default:
        return unsupported(`name ${name} denotes a package`);
    }
  }

  /** A local: captured ones live on the hoisted local class as `cap$name`. */
  localRef(name: string, decl: J.Node): ts.Expr {
    const renamed = this.renamed.get(decl);
    if (renamed) return ts.id(renamed);
    const cls = this.env.cls;
    if (cls.local && cls.captures.includes(name) && !this.declared.has(name) && !inside(decl, cls.decl)) return ts.prop(this.thisExpr(), "cap$" + name);
    return ts.id(localName(name));
  }

  private fieldName(owner: string, name: string): string {
    const f = this.model.lookupType(owner)?.fields.find((x) => x.name === name);
    return f ? this.naming.fieldName(f) : name;
  }

  /** The class value for static access; source classes needing static init from elsewhere go through `$i()`. */
  typeExpr(sym: TypeSymbol): ts.Expr {
    const info = this.prog.classOf(sym.fqn);
    if (info) return ts.id(this.scope.classRef(sym.fqn, info.isInterface ? "$" : ""));
    const jdk = jdkClassName(sym.fqn);
    if (jdk) return qname(jdk);
    return unsupported(`static use of ${sym.fqn}`);
  }

  staticField(owner: string, name: string): ts.Expr {
    const info = this.prog.classOf(owner);
    if (!info) return jdkStaticField(this, owner, name);
    const cls = ts.id(this.scope.classRef(owner, info.isInterface ? "$" : ""));
    const f = info.sym.fields.find((x) => x.name === name);
    // Reading a compile-time constant does not initialise the class (JLS §12.4.1).
    if (f?.final && f.constValue !== undefined) return ts.prop(cls, this.fieldName(owner, name));
    const target = info.clinit && owner !== this.env.cls.sym.fqn ? ts.call(qname("jrtx.init"), cls) : cls;
    return ts.prop(target, this.fieldName(owner, name));
  }

  /** `this`, or the enclosing instance whose class is (a subtype of) `owner`. */
  outerRef(owner: string): ts.Expr {
    let e = this.thisExpr();
    let c: ClassInfo | undefined = this.env.cls;
    for (let depth = 0; c && !this.prog.isSubtype(c.sym.fqn, owner); depth++) {
      if (!c.hasOuter || this.env.isStatic || depth > 20) return unsupported(`no enclosing instance of ${owner}`);
      e = ts.prop(e, outerField(c));
      c = this.prog.classOf(c.sym.outer ?? "");
    }
    if (!c) return unsupported(`no enclosing instance of ${owner}`);
    return e;
  }

  private fieldAccess(e: J.FieldAccess): ts.Expr {
    const ref = this.model.symbolOf(e);
    const targetType = this.model.typeOf(e.target);
    if (e.name === "length" && targetType.kind === "array") return ts.prop(this.expr(e.target), "length");
    if (!ref) return unsupported(`unresolved field ${e.name}`);
    if (ref.kind === "field") {
      if (ref.field.static) {
        const tref = this.model.symbolOf(e.target);
        if (tref?.kind !== "type") return this.seqWith(this.expr(e.target), this.staticField(ref.field.owner, ref.field.name));
        return this.staticField(ref.field.owner, ref.field.name);
      }
      if (!this.prog.classOf(ref.field.owner)) return unsupported(`field ${ref.field.owner}.${e.name}`);
      // `super.f` is the same object's (renamed, if hidden) field.
      const target = e.target.kind === "Super" ? this.thisExpr() : this.expr(e.target);
      const k = this.instanceConst(ref.field);
      if (k && (target.kind === "ThisExpr" || target.kind === "Identifier")) return k;
      return ts.prop(target, this.fieldName(ref.field.owner, ref.field.name));
    }
    return this.refExpr(ref, e.name);
  }

  /**
   * A final instance field initialised with a literal is a constant variable: Java inlines it, so even a
   * superclass constructor's virtual call sees its value.
   */
  private instanceConst(f: { final?: boolean; constValue?: string | number | boolean; type: JType }): ts.Expr | undefined {
    if (!f.final || f.constValue === undefined) return undefined;
    const p = primOf(f.type);
    if (isString(f.type) && typeof f.constValue === "string") return ts.str(f.constValue);
    if (p === "boolean" && typeof f.constValue === "boolean") return ts.bool(f.constValue);
    if (p === "char" && typeof f.constValue === "string" && f.constValue.length === 1) return ts.num(f.constValue.charCodeAt(0));
    if ((p === "int" || p === "short" || p === "byte" || p === "double") && f.type.kind === "prim" && typeof f.constValue === "number" && Number.isFinite(f.constValue) && f.constValue >= 0) return ts.num(f.constValue);
    return undefined;
  }

  /** `a.b` where `a` is evaluated only for its effects and `b` is static. */
  private seqWith(first: ts.Expr, value: ts.Expr): ts.Expr {
    return first.kind === "Identifier" || first.kind === "ThisExpr" ? value : ts.call(ts.prop("jrtx", "last"), first, value);
  }

  // ----- calls

  args(args: J.Expr[], ref: Ref & { kind: "method" }): ts.Expr[] {
    return this.argList(args, ref).map((a) => a.e);
  }

  /** Arguments converted to the chosen overload's parameter types; varargs packed into an array. */
  argList(args: J.Expr[], ref: Ref & { kind: "method" }): Arg[] {
    const ps = ref.params;
    const out: Arg[] = [];
    const fixed = ref.varargsCall ? ps.length - 1 : ps.length;
    // JDK methods taking Object (contains, get, equals, remove…) get the value itself, not a jrt box: their lookups and hashing see numbers.
    // (A type variable instantiated with Object, as in Map<String, Object>.put, is storage and does box.)
    const jdk = !this.prog.classOf(ref.method.owner);
    const declared = ref.method.params;
    const unboxedParam = (p: JType, i: number) => jdk && p.kind === "class" && OBJECT_LIKE.has(p.fqn) && declared[i]?.kind === "class";
    // The runtime's JDK methods read a CharSequence parameter as a string: a StringBuilder's current contents.
    const charSequenceParam = (i: number, at: JType) => jdk && isCharSequence(declared[i]) && !isString(at);
    for (let i = 0; i < Math.min(fixed, args.length); i++) {
      const a = args[i]!;
      const p = ps[i]!;
      if (unboxedParam(p, i) && a.kind !== "Lambda" && a.kind !== "MethodRef") {
        const at = this.model.typeOf(a);
        out.push({ e: this.exprAs(a, at), t: at.kind === "null" ? p : at, src: a });
      } else if (!jdk && (a.kind === "Lambda" || a.kind === "MethodRef")) {
        const declaredRet = this.samSignature(declared[i])?.ret;
        const erased = (declaredRet?.kind === "wildcard" ? declaredRet.bound : declaredRet)?.kind === "typevar";
        out.push({ e: this.functional(a, p, erased), t: p, src: a });
      } else if (charSequenceParam(i, this.model.typeOf(a))) {
        out.push({ e: ts.call(ts.prop("jrt", "str"), this.exprAs(a, p)), t: STRING, src: a });
      } else out.push({ e: this.boxIfErased(this.exprAs(a, p), p, !jdk && declared[i]?.kind === "typevar"), t: p, src: a });
    }
    if (ref.varargsCall) {
      const arrT = ps[ps.length - 1]!;
      const elemT = arrT.kind === "array" ? arrT.elem : OBJECT;
      const declaredArr = declared[declared.length - 1];
      const erased = !jdk && declaredArr?.kind === "array" && declaredArr.elem.kind === "typevar";
      const rest = args.slice(fixed).map((a) => this.boxIfErased(this.exprAs(a, elemT), elemT, erased));
      out.push({ e: this.arrayLiteral(rest, elemT), t: arrT, varargs: args.slice(fixed).map((a) => ({ e: this.exprAs(a, elemT), t: this.model.typeOf(a), src: a })) });
    } else {
      for (let i = fixed; i < args.length; i++) out.push({ e: this.expr(args[i]!), t: this.model.typeOf(args[i]!), src: args[i] });
    }
    return out;
  }

  private methodCall(e: J.MethodCall): ts.Expr {
    const call = this.methodCallValue(e);
    // Java's checkcast on a generic method's erased result: only where an unchecked conversion may have
    // let a value of another type into the receiver (heap pollution), so ordinary calls stay clean.
    const ref = this.model.symbolOf(e);
    if (ref?.kind !== "method" || ref.method.returnType.kind !== "typevar" || !e.target || !this.uncheckedValue(e.target)) return call;
    return this.checkedCast(call, OBJECT, this.model.typeOf(e));
  }

  /**
   * Whether a receiver is the result of an unchecked cast to a parameterized type (`(List<String>) (List<?>) raw`),
   * directly or through the local it initialises: its type arguments are then a promise Java checks on use.
   */
  private uncheckedValue(e: J.Expr): boolean {
    let x = e;
    if (x.kind === "Name") {
      const sym = this.model.symbolOf(x);
      const init = sym?.kind === "local" && "init" in sym.decl ? (sym.decl.init as J.Expr | undefined) : undefined;
      if (!init) return false;
      x = init;
    }
    if (x.kind !== "Cast") return false;
    const to = this.model.resolveTypeNode(x.type);
    const from = this.model.typeOf(x.expr);
    const bounded = to.kind === "class" && to.args.some((a) => a.kind !== "wildcard" || a.bound);
    return bounded && from.kind === "class" && (!from.args.length || from.args.some((a) => a.kind === "wildcard"));
  }

  private methodCallValue(e: J.MethodCall): ts.Expr {
    const mapped = mappedCall(this, e);
    if (mapped) return mapped;
    const ref = this.model.symbolOf(e);
    if (e.name === "clone" && !e.args.length && e.target && this.model.typeOf(e.target).kind === "array") return ts.call(ts.prop(this.expr(e.target), "slice"));
    if (!ref || ref.kind !== "method") return unsupported(`unresolved call ${e.name}(…)`);
    const m = ref.method;
    const args = this.argList(e.args, ref);
    const resultType = this.model.typeOf(e);
    let recv: Arg | undefined;
    if (!m.static) {
      if (!e.target) recv = { e: this.outerRef(m.owner), t: { kind: "class", fqn: this.env.cls.sym.fqn, args: [] } };
      else if (e.target.kind === "Super") return this.superCall(e.target, m, ref, args);
      else recv = { e: this.expr(e.target), t: this.model.typeOf(e.target), src: e.target };
    }
    const call = this.invoke(ref, recv, args, resultType);
    // `Result.<Integer, Failure>err(f)`: a source method's explicit type arguments are the TS call's.
    const owner = this.prog.classOf(m.owner);
    if (e.typeArgs?.length && owner && !(owner.isInterface && !m.static) && call.kind === "CallExpr" && ref.typeArgs.length === m.typeParams.length) {
      return { ...call, typeArgs: ref.typeArgs.map((t) => this.tsType(t)) };
    }
    // `List.<Integer>of()`: the runtime's factory has nothing to infer its element type from.
    if (e.typeArgs?.length && !args.length && !this.prog.classOf(m.owner) && resultType.kind === "class" && resultType.args.length) return ts.as(call, this.tsType(resultType));
    // `List.of(orderCreated, stockLow)`: TS would infer the element type from the first argument, Java took their lub.
    const elem = ref.typeArgs[0];
    if (m.static && ELEMENT_FACTORIES.has(`${m.owner}.${m.name}`) && call.kind === "CallExpr" && !call.typeArgs && elem?.kind === "class") {
      const argTypes = e.args.map((a) => typeToString(this.model.typeOf(a)));
      if (new Set(argTypes).size > 1) return { ...call, typeArgs: [this.tsType(elem)] };
    }
    return call;
  }

  /** A call of a resolved method on a translated receiver (also used for method references). */
  invoke(ref: Ref & { kind: "method" }, recv: Arg | undefined, args: Arg[], resultType: JType): ts.Expr {
    const call = this.invokeErased(ref, recv, args, resultType);
    // A result Java erases (declared as a type variable) holds a Double/Float/Character boxed on entry (boxIfErased).
    const p = primOf(resultType);
    const erased = this.prog.classOf(ref.method.owner) && ref.method.returnType.kind === "typevar";
    return erased && (p === "double" || p === "float" || p === "char") ? ts.call(ts.prop("jrt", "unboxObj"), call) : call;
  }

  private invokeErased(ref: Ref & { kind: "method" }, recv: Arg | undefined, args: Arg[], resultType: JType): ts.Expr {
    const m = ref.method;
    const owner = this.prog.classOf(m.owner);
    if (!owner) {
      // A source class may override a JDK method (toString, compareTo, …): the JDK mapping handles the receiver.
      try {
        return jdkInvoke(this, ref, recv, args, resultType);
      } catch (e) {
        // Else an abstract method of a JDK interface without a runtime counterpart (IntBinaryOperator on an
        // enum): the source implementations, or the abstract declaration, keep the JDK name.
        const recvInfo = recv?.t.kind === "class" ? this.prog.classOf(recv.t.fqn) : undefined;
        if (!(e instanceof Unsupported) || !recv || !recvInfo || !m.abstract || m.default || m.static || jdkClassName(m.owner)) throw e;
        return ts.call(ts.prop(recv.e, m.name), ...args.map((a) => a.e));
      }
    }
    if (m.static) {
      const cls = ts.id(this.scope.classRef(m.owner, owner.isInterface ? "$" : ""));
      return ts.call(ts.prop(cls, this.naming.methodName(m)), ...args.map((a) => a.e));
    }
    if (owner.isInterface && m.access === "private") {
      // Private interface methods are not part of the TS interface: they live on the companion.
      return ts.call(ts.prop(ts.id(this.scope.classRef(m.owner, "$")), this.naming.methodName(m)), recv!.e, ...args.map((a) => a.e));
    }
    return ts.call(ts.prop(recv!.e, this.naming.methodName(m)), ...args.map((a) => a.e));
  }

  /** Whether the class's TS superclass chain ends in a runtime class (its nearest non-source superclass has one). */
  private extendsRuntimeClass(): boolean {
    for (let s: TypeSymbol = this.env.cls.sym; ; ) {
      const sup = s.superclass;
      if (!sup || sup.kind !== "class") return false;
      const next = this.prog.classOf(sup.fqn);
      if (!next) return jdkClassName(sup.fqn) !== undefined;
      s = next.sym;
    }
  }

  private superCall(sup: J.Super, m: MethodSymbol, ref: Ref & { kind: "method" }, args: Arg[]): ts.Expr {
    const owner = this.prog.classOf(m.owner);
    if (sup.qualifier && owner?.isInterface) {
      // `Iface.super.m()`: the default method's static helper on the companion.
      return ts.call(ts.prop(ts.id(this.scope.classRef(m.owner, "$")), this.naming.methodName(m)), this.thisExpr(), ...args.map((a) => a.e));
    }
    if (owner?.isInterface) return ts.call(ts.prop(ts.id(this.scope.classRef(m.owner, "$")), this.naming.methodName(m)), this.thisExpr(), ...args.map((a) => a.e));
    if (!owner) {
      if (m.name === "toString" || m.name === "hashCode" || m.name === "equals") {
        const sup2 = this.env.cls.sym.superclass;
        const superIsObject = !sup2 || (sup2.kind === "class" && sup2.fqn === "java.lang.Object");
        if (superIsObject) {
          if (m.name === "equals") return ts.binary(this.thisExpr(), "===", args[0]!.e);
          if (m.name === "hashCode") return ts.call(ts.prop("jrt", "identityHash"), this.thisExpr());
          return ts.call(ts.prop("jrtx", "objectToString"), this.thisExpr());
        }
      }
      if (!ROOT_SUPERCLASSES.has(m.owner) && !this.extendsRuntimeClass()) return unsupported(`super call of ${m.owner}.${m.name}, a superclass without a TypeScript counterpart`);
      return ts.call(ts.prop(ts.superExpr(), m.name), ...args.map((a) => a.e));
    }
    return ts.call(ts.prop(ts.superExpr(), this.naming.methodName(m)), ...args.map((a) => a.e));
  }

  // ----- object creation

  private newExpr(e: J.NewExpr): ts.Expr {
    const t = this.model.typeOf(e);
    if (e.body) return this.newLocal(this.model.declaredType(e), e);
    if (t.kind !== "class") return unsupported("instance creation of an unresolved type");
    const info = this.prog.classOf(t.fqn);
    const ref = this.model.symbolOf(e);
    if (!info) {
      if (!ref || ref.kind !== "method") return unsupported(`constructor of ${t.fqn}`);
      return jdkNew(this, t, this.argList(e.args, ref));
    }
    return this.construct(info, t, ref && ref.kind === "method" ? ref : undefined, e.args, e.outer);
  }

  /** `new C(args)` for a source class, following its construction scheme. */
  construct(info: ClassInfo, t: JType & { kind: "class" }, ref: (Ref & { kind: "method" }) | undefined, args: J.Expr[], outer?: J.Expr): ts.Expr {
    if (info.isInterface) return unsupported("instantiating an interface");
    if (info.sym.abstract) return unsupported("instantiating an abstract class");
    const own = t.args.length && !t.args.some((a) => a.kind === "wildcard") ? t.args.map((a) => this.tsType(a)) : undefined;
    const targs = this.localTypeArgs(info, own);
    const argv = ref ? this.args(args, ref) : [];
    const cls = ts.id(this.scope.classRef(info.sym.fqn));
    if (info.mode === "native") return this.withCaptures(info, ts.newExpr(cls, argv, targs), outer);
    let obj: ts.Expr = ts.newExpr(cls, [], targs);
    obj = this.withCaptures(info, obj, outer);
    if (ref) obj = ts.call(ts.prop(obj, this.naming.ctorName(ref.method)), ...argv);
    else if (args.length) return unsupported("unresolved constructor call");
    else obj = ts.call(ts.prop(obj, "$init"));
    return obj;
  }

  /** Type arguments of `new C<…>()`: a local class also gets the enclosing type variables it declares after its own. */
  private localTypeArgs(info: ClassInfo, own: ts.Type[] | undefined): ts.Type[] | undefined {
    if (!info.enclosingTypeParams.length) return own;
    return [...(own ?? info.sym.typeParams.map(() => ts.kw("unknown"))), ...this.types.enclosingArgs(info, this.scope)];
  }

  /** Passes the enclosing instance and captured locals through `$cap(…)`. */
  private withCaptures(info: ClassInfo, obj: ts.Expr, outer?: J.Expr): ts.Expr {
    if (!info.hasOuter && !info.captures.length) return obj;
    const capArgs: ts.Expr[] = [];
    if (info.hasOuter) capArgs.push(outer ? this.expr(outer) : this.outerRef(info.sym.outer ?? ""));
    for (const c of info.captures) capArgs.push(this.capturedValue(c));
    return ts.call(ts.prop(obj, "$cap" + this.naming.depthSuffix(info.sym.fqn)), ...capArgs);
  }

  private capturedValue(name: string): ts.Expr {
    const cls = this.env.cls;
    if (cls.local && cls.captures.includes(name) && !this.declared.has(name)) return ts.prop(this.thisExpr(), "cap$" + name);
    return ts.id(localName(name));
  }

  /** An anonymous class instance (or a local class `new`). */
  private newLocal(sym: TypeSymbol | undefined, e: J.NewExpr): ts.Expr {
    const info = sym && this.prog.classOf(sym.fqn);
    if (!info) return unsupported("anonymous class");
    const superT = sym.superclass && sym.superclass.kind === "class" && sym.superclass.fqn !== "java.lang.Object" ? sym.superclass : undefined;
    const ref = this.model.symbolOf(e);
    let obj: ts.Expr;
    const cls = ts.id(this.scope.classRef(info.sym.fqn));
    const targs = this.localTypeArgs(info, undefined);
    if (info.mode === "native") {
      obj = this.withCaptures(info, ts.newExpr(cls, ref && ref.kind === "method" ? this.args(e.args, ref) : [], targs));
    } else {
      obj = this.withCaptures(info, ts.newExpr(cls, [], targs));
      const superInfo = superT && this.prog.classOf(superT.fqn);
      const argv = ref && ref.kind === "method" ? this.args(e.args, ref) : [];
      obj = ts.call(ts.prop(obj, "$anon"), ...argv);
      if (superInfo === undefined && argv.length) return unsupported("anonymous subclass of a JDK class with constructor arguments");
    }
    // An anonymous implementation of a JDK functional interface is used as a function.
    const iface = sym.interfaces[0];
    if (iface && jdkSam(this.prog, iface) && !superT) {
      const sam = jdkSam(this.prog, iface)!;
      return ts.call(ts.prop("jrtx", "sam"), obj, ts.str(samMethodName(this, sam.method, info)));
    }
    return obj;
  }

  private newArray(e: J.NewArrayExpr): ts.Expr {
    const t = this.model.typeOf(e);
    if (e.init) return this.arrayInit(e.init, t);
    const dims = e.dimExprs.map((d) => this.exprAs(d, INT));
    return this.allocArray(t, dims);
  }

  private allocArray(t: JType, dims: ts.Expr[]): ts.Expr {
    if (t.kind !== "array") return unsupported("array of unknown type");
    const [n, ...rest] = dims;
    if (!n) return ts.nonNull(ts.nullLit());
    if (rest.length) {
      const i = this.temp("i");
      return this.typedArray(t, ts.call(ts.prop("Array", "from"), ts.object({ length: n }), ts.arrow([ts.param("_"), ts.param(i)], this.allocArray(t.elem, rest))));
    }
    const typed = this.types.arrayType(t.elem, this.scope);
    if (typed.kind === "TypeRef") return ts.newExpr(ts.id(typed.name), [n]);
    const fill = primOf(t.elem) === "boolean" && t.elem.kind === "prim" ? ts.bool(false) : ts.nonNull(ts.nullLit());
    return this.typedArray(t, ts.call(ts.prop(ts.newExpr(ts.id("Array"), [n], [this.tsType(t.elem)]), "fill"), fill));
  }

  arrayInit(init: J.ArrayInit, t: JType): ts.Expr {
    if (t.kind !== "array") return unsupported("array initialiser of unknown type");
    const elems = init.elements.map((x) => (x.kind === "ArrayInit" ? this.arrayInit(x, t.elem) : this.exprAs(x, t.elem)));
    return this.arrayLiteral(elems, t.elem);
  }

  arrayLiteral(elems: ts.Expr[], elemT: JType): ts.Expr {
    const typed = this.types.arrayType(elemT, this.scope);
    if (typed.kind === "TypeRef") return ts.call(ts.prop(typed.name, "of"), ...elems);
    return this.typedArray({ kind: "array", elem: elemT }, ts.as(ts.array(...elems), typed));
  }

  /** A JS array that records its Java type (`[Ljava.lang.String;`), for printing, getClass and ArrayStoreException. */
  private typedArray(t: JType & { kind: "array" }, arr: ts.Expr): ts.Expr {
    return ts.call(ts.prop("jrt", "withArrayType"), ts.str(this.arrayDescriptor(t)), arr);
  }

  /** The JVM descriptor of an array type: `[I`, `[[D`, `[Ljava.util.Map$Entry;`. */
  private arrayDescriptor(t: JType & { kind: "array" }): string {
    const e = t.elem;
    if (e.kind === "prim") return "[" + PRIM_DESCRIPTORS[e.name]!;
    if (e.kind === "array") return "[" + this.arrayDescriptor(e);
    const erased = e.kind === "class" ? e : e.kind === "typevar" && e.bounds?.[0]?.kind === "class" ? e.bounds[0] : undefined;
    const sym = erased ? this.model.lookupType(erased.fqn) : undefined;
    return `[L${sym ? javaBinaryName(sym) : "java.lang.Object"};`;
  }

  // ----- operators

  private unary(e: J.Unary): ts.Expr {
    const t = this.model.typeOf(e);
    const p = primOf(t);
    switch (e.op) {
      case "++":
      case "--":
        return this.increment(e, false);
      case "!":
        return ts.unary("!", this.cond(e.operand));
      case "+":
        return this.exprAs(e.operand, t);
      case "-": {
        const x = this.exprAs(e.operand, t);
        if (p === "long") return ts.call(ts.prop("jrt", "lneg"), x);
        if (p === "int") return ts.binary(ts.unary("-", x), "|", ts.num(0));
        return ts.unary("-", x);
      }
      case "~":
        return ts.unary("~", this.exprAs(e.operand, t));
    }
  }

  /** `++`/`--`: wrapped to the operand's type; array elements go through jrtx.aupd/apost (array and index evaluated once, bounds checked). */
  private increment(e: J.Unary, asStatement: boolean): ts.Expr {
    const t = this.model.typeOf(e.operand);
    const p = primOf(t) ?? "int";
    const once = this.onceElem(e.operand);
    const target = once ? ts.id("$v") : this.lvalue(e.operand);
    const one: J.Expr = { kind: "Literal", litKind: "int", raw: "1", value: 1, ...locOf(e) };
    const next = () => {
      const value = this.arith(e.op === "++" ? "+" : "-", { e: target, t }, { e: numConvert(this.expr(one), "int", binaryType(p, "int"), true), t: INT }, t);
      return numConvert(value, binaryType(p, "int"), p, false);
    };
    if (once) return ts.call(ts.prop("jrtx", asStatement || e.prefix ? "aupd" : "apost"), once.arr, once.idx, ts.arrow([ts.param("$v")], next()));
    if (asStatement || e.prefix) {
      const assigned = ts.assign(target, next());
      if (asStatement || !isTypedArrayElem(this, e.operand)) return assigned;
    }
    if (p === "long" || isBoxed(t)) return unsupported("postfix increment of a long or boxed value used as a value");
    if (p === "int" || p === "short" || p === "byte" || p === "char") {
      // The old value from the wrapped new one: exact at the overflow edge, unlike JS's `x++`.
      const back = ts.binary(ts.assign(target, next()), e.op === "++" ? "-" : "+", ts.num(1));
      return p === "int" ? ts.binary(back, "|", ts.num(0)) : numConvert(back, "int", p, false);
    }
    return ts.update(e.op as "++" | "--", target, e.prefix);
  }

  /** An array element updated in place: array and index translated once, for jrtx.aupd/apost (which also check bounds). */
  private onceElem(e: J.Expr): { arr: ts.Expr; idx: ts.Expr } | undefined {
    if (e.kind !== "ArrayAccess") return undefined;
    const arr = this.expr(e.array);
    const idx = this.exprAs(e.index, INT);
    return { arr, idx };
  }

  private lvalue(e: J.Expr): ts.Expr {
    if (e.kind === "ArrayAccess") return ts.elem(this.expr(e.array), this.exprAs(e.index, INT));
    if (e.kind === "Name" || e.kind === "FieldAccess") return this.expr(e);
    return unsupported("assignment to a non-variable");
  }

  private binary(e: J.Binary): ts.Expr {
    const lt = this.model.typeOf(e.left);
    const rt = this.model.typeOf(e.right);
    const t = this.model.typeOf(e);
    switch (e.op) {
      case "&&":
      case "||":
        return ts.binary(this.cond(e.left), e.op, this.cond(e.right));
      case "==":
      case "!=":
        return this.equality(e, lt, rt);
      case "<":
      case ">":
      case "<=":
      case ">=": {
        const pt: JType = { kind: "prim", name: binaryType(primOf(lt) ?? "int", primOf(rt) ?? "int") as J.PrimitiveName };
        return ts.binary(this.exprAs(e.left, pt), e.op, this.exprAs(e.right, pt));
      }
      case "+":
        if (isString(t)) return this.concat(e);
    }
    if (primOf(t) === "boolean") {
      const l = this.cond(e.left);
      const r = this.cond(e.right);
      if (e.op === "^") return ts.binary(l, "!==", r);
      return ts.call(ts.prop("jrtx", e.op === "&" ? "and" : "or"), l, r);
    }
    if (e.op === "<<" || e.op === ">>" || e.op === ">>>") {
      const p = primOf(t) ?? "int";
      const l = this.exprAs(e.left, t);
      const r = this.shiftCount(e.right);
      return this.shift(e.op, l, r, p);
    }
    return this.arith(e.op, { e: this.exprAs(e.left, t), t }, { e: this.exprAs(e.right, t), t }, t);
  }

  shiftCount(e: J.Expr): ts.Expr {
    const rt = this.model.typeOf(e);
    return primOf(rt) === "long" ? ts.call(ts.prop("jrt", "l2i"), this.expr(e)) : this.exprAs(e, INT);
  }

  shift(op: "<<" | ">>" | ">>>", l: ts.Expr, r: ts.Expr, p: string): ts.Expr {
    if (p === "long") return ts.call(ts.prop("jrt", op === "<<" ? "lshl" : op === ">>" ? "lshr" : "lushr"), l, r);
    if (op === ">>>") return ts.binary(ts.binary(l, ">>>", r), "|", ts.num(0));
    return ts.binary(l, op, r);
  }

  /** Arithmetic in the promoted type `t` (operands already converted to it). */
  arith(op: string, l: Arg, r: Arg, t: JType): ts.Expr {
    const p = primOf(t) ?? "int";
    const a = l.e;
    const b = r.e;
    if (p === "long") {
      const fn: Record<string, string> = { "+": "ladd", "-": "lsub", "*": "lmul", "/": "ldiv", "%": "lrem" };
      if (fn[op]) return ts.call(ts.prop("jrt", fn[op]), a, b);
      return ts.binary(a, op as ts.BinaryOp, b);
    }
    if (p === "double") return ts.binary(a, op as ts.BinaryOp, b);
    if (p === "float") return op === "&" || op === "|" || op === "^" ? ts.binary(a, op, b) : ts.call(ts.prop("Math", "fround"), ts.binary(a, op as ts.BinaryOp, b));
    switch (op) {
      case "+":
      case "-":
        return ts.binary(ts.binary(a, op, b), "|", ts.num(0));
      case "*":
        return ts.call(ts.prop("Math", "imul"), a, b);
      case "/":
        return ts.call(ts.prop("jrt", "idiv"), a, b);
      case "%":
        return ts.call(ts.prop("jrt", "irem"), a, b);
      default:
        return ts.binary(a, op as ts.BinaryOp, b);
    }
  }

  private equality(e: J.Binary, lt: JType, rt: JType): ts.Expr {
    const op = e.op === "==" ? "===" : "!==";
    const lp = primOf(lt);
    const rp = primOf(rt);
    const numeric = (lp && rp && lp !== "boolean") || (lp === "boolean" && rp === "boolean");
    if (numeric && (lt.kind === "prim" || rt.kind === "prim")) {
      const pt: JType = { kind: "prim", name: lp === "boolean" ? "boolean" : (binaryType(lp!, rp!) as J.PrimitiveName) };
      const l = this.exprAs(e.left, pt);
      const r = this.exprAs(e.right, pt);
      // Two literals (Java folds `0.1f == 0.1`): widen one so tsc does not reject the comparison of distinct literal types.
      const lit = (x: ts.Expr) => x.kind === "NumericLiteral" || x.kind === "BigIntLiteral" || x.kind === "BooleanLiteral" || (x.kind === "UnaryExpr" && (x.operand.kind === "NumericLiteral" || x.operand.kind === "BigIntLiteral"));
      if (lit(l) && lit(r)) return ts.binary(ts.as(l, ts.kw(pt.name === "long" ? "bigint" : pt.name === "boolean" ? "boolean" : "number")), op, r);
      return ts.binary(l, op, r);
    }
    if (isBoxed(lt) && isBoxed(rt) && lp !== "boolean") {
      const eq = ts.call(ts.prop("jrt", "boxedEq"), this.expr(e.left), this.expr(e.right));
      return e.op === "==" ? eq : ts.unary("!", eq);
    }
    return ts.binary(this.expr(e.left), op, this.expr(e.right));
  }

  /** String concatenation: each operand rendered as Java's String.valueOf for its static type (`1 + 2 + "x"` stays "3x"). */
  private concat(e: J.Binary): ts.Expr {
    const lt = this.model.typeOf(e.left);
    const left = isString(lt) && e.left.kind === "Binary" && e.left.op === "+" ? this.concat(e.left) : strConv(this, this.expr(e.left), lt);
    return ts.binary(left, "+", strConv(this, this.expr(e.right), this.model.typeOf(e.right)));
  }

  private assign(e: J.Assign): ts.Expr {
    const tt = this.model.typeOf(e.target);
    const once = e.op === "=" ? undefined : this.onceElem(e.target);
    if (once) {
      // `a[i++] op= x`: the element read and written once, through jrtx.aupd.
      const inner = this.assignTo(e, tt, ts.id("$v"));
      const v = inner.op === "=" ? inner.value : ts.binary(ts.id("$v"), inner.op.slice(0, -1) as ts.BinaryOp, inner.value);
      return ts.call(ts.prop("jrtx", "aupd"), once.arr, once.idx, ts.arrow([ts.param("$v")], v));
    }
    const assigned = this.assignTo(e, tt, this.lvalue(e.target));
    // Array stores are bounds-checked (typed arrays drop them, JS arrays grow; Java throws).
    if (assigned.target.kind === "ElementAccess") return ts.call(ts.prop("jrt", "aset"), assigned.target.object, assigned.target.index, assigned.value);
    return assigned;
  }

  private assignTo(e: J.Assign, tt: JType, target: ts.Expr): ts.AssignExpr {
    if (e.op === "=") {
      const v = e.value.kind === "ArrayInit" ? this.arrayInit(e.value, tt) : this.exprAs(e.value, tt);
      return ts.assign(target, v);
    }
    const value = e.value as J.Expr;
    const op = e.op.slice(0, -1);
    const vt = this.model.typeOf(value);
    if (isString(tt) && op === "+") return ts.assign(target, strConv(this, this.expr(value), vt), "+=");
    const tp = primOf(tt) ?? "int";
    const vp = primOf(vt) ?? "int";
    if (op === "<<" || op === ">>" || op === ">>>") {
      const p = tp === "long" ? "long" : "int";
      const r = this.shift(op, this.convert(target, tt, { kind: "prim", name: p }), this.shiftCount(value), p);
      return ts.assign(target, numConvert(r, p, tp, false));
    }
    const bt = tp === "boolean" ? "boolean" : binaryType(tp, vp);
    const pt: JType = { kind: "prim", name: bt as J.PrimitiveName };
    if (bt === "boolean") {
      const r = this.cond(value);
      const x = op === "^" ? ts.binary(target, "!==", r) : ts.call(ts.prop("jrtx", op === "&" ? "and" : "or"), target, r);
      return ts.assign(target, x);
    }
    if (bt === "double" && tp === "double" && !isBoxed(tt)) return ts.assign(target, this.exprAs(value, pt), e.op as ts.AssignOp);
    const r = this.arith(op, { e: this.convert(target, tt, pt), t: pt }, { e: this.exprAs(value, pt), t: pt }, pt);
    return ts.assign(target, numConvert(r, bt, tp, false));
  }

  private cast(e: J.Cast): ts.Expr {
    const to = this.model.resolveTypeNode(e.type);
    const from = this.model.typeOf(e.expr);
    const tp = to.kind === "prim" ? to.name : undefined;
    const fp = primOf(from);
    if (tp && fp) return numConvert(this.exprAs(e.expr, { kind: "prim", name: fp as J.PrimitiveName }), fp, tp, false);
    if (to.kind === "class" && BOXES[to.fqn] && fp) return this.convert(this.expr(e.expr), from, to, e.expr);
    if (from.kind === "class" && OBJECT_LIKE.has(from.fqn) && (tp === "double" || tp === "float" || tp === "char")) return ts.call(ts.prop("jrt", "unboxObj"), this.expr(e.expr));
    if (from.kind === "class" && OBJECT_LIKE.has(from.fqn) && to.kind === "class" && ["double", "float", "char"].includes(BOXES[to.fqn] ?? "")) {
      return ts.as(ts.call(ts.prop("jrt", "unboxObj"), this.expr(e.expr)), this.tsType(to));
    }
    if (e.expr.kind === "Lambda" || e.expr.kind === "MethodRef") return this.functional(e.expr, to);
    const x = this.checkedCast(this.expr(e.expr), from, to);
    const target = this.tsType(to);
    // An upcast to Object-like `unknown` keeps it in the TS type too, so a cast of its result
    // (`(List<String>) (Object) "x"`) narrows from unknown, which tsc accepts.
    if (target.kind === "KeywordType" && target.name === "unknown") return ts.as(x, target);
    return ts.as(from.kind === "class" && from.fqn === "java.lang.Object" ? x : ts.as(x, ts.kw("unknown")), target);
  }

  /** A downcast to a source type, String or an integral box checks the value as Java does (ClassCastException). */
  private checkedCast(x: ts.Expr, from: JType, to: JType): ts.Expr {
    if (to.kind !== "class" || from.kind === "null" || (from.kind === "class" && this.prog.isSubtype(from.fqn, to.fqn))) return x;
    const info = this.prog.classOf(to.fqn);
    if (!info && !CHECKED_JDK_CASTS.has(to.fqn)) return x;
    const test = this.instanceTest(ts.id("v"), to);
    if (!test) return x;
    return ts.call(ts.prop("jrtx", "checkCast"), x, ts.arrow([ts.param("v", ts.kw("unknown"))], test), ts.str(info ? javaBinaryName(info.sym) : to.fqn));
  }

  private instanceOf(e: J.InstanceOf): ts.Expr {
    const x = this.expr(e.expr);
    if (e.test.kind === "TypePattern" || e.test.kind === "RecordPattern") return this.patternTest(x, e.test);
    const t = this.model.resolveTypeNode(e.test);
    return this.instanceTest(x, t) ?? ts.binary(x, "!==", ts.nullLit());
  }

  /** Pattern match with bindings declared before the statement (`let p!: T`) and assigned in the test. */
  private patternTest(x: ts.Expr, p: J.Pattern): ts.Expr {
    const t = this.model.resolveTypeNode(p.type);
    const base = this.instanceTest(x, t) ?? ts.binary(x, "!==", ts.nullLit());
    if (p.kind === "TypePattern") {
      if (!p.name) return base;
      const name = this.declared.has(p.name) || this.localNames.has(p.name) ? `${localName(p.name)}$${this.tmp++}` : localName(p.name);
      this.renamed.set(p, name);
      this.declare(p.name);
      this.pending.push(ts.varStmt("let", name + "!", undefined, this.tsType(t)));
      const unboxed = t.kind === "class" && ["double", "float", "char"].includes(BOXES[t.fqn] ?? "") ? ts.call(ts.prop("jrt", "unboxObj"), x) : ts.as(x, this.tsType(t));
      return ts.binary(base, "&&", ts.call(ts.prop("jrtx", "bind"), ts.assign(name, unboxed)));
    }
    const sym = t.kind === "class" ? this.model.lookupType(t.fqn) : undefined;
    const rec = sym && this.prog.classOf(sym.fqn);
    if (!sym || !rec || sym.kind !== "record") return unsupported("record pattern on a non-record");
    const comps = (sym.decl as J.RecordDecl).components;
    let test = base;
    p.subpatterns.forEach((sp, i) => {
      const c = comps[i];
      if (!c) return;
      const f = sym.fields.find((ff) => ff.name === c.name)!;
      const acc = ts.prop(ts.as(x, this.tsType(t)), this.naming.fieldName(f));
      test = ts.binary(test, "&&", this.patternTest(acc, sp));
    });
    return test;
  }

  /** A runtime type test; undefined when every non-null value passes (Object, Throwable in catch). */
  instanceTest(x: ts.Expr, t: JType): ts.Expr | undefined {
    if (t.kind === "array") return ts.binary(x, "instanceof", ts.id(arrayCtor(this, t)));
    if (t.kind !== "class") return unsupported("instanceof on a non-class type");
    const typeofTest = (k: string) => ts.binary(ts.unary("typeof", x), "===", ts.str(k));
    switch (t.fqn) {
      case "java.lang.Object":
        return undefined;
      case "java.lang.Throwable":
        return ts.binary(x, "instanceof", qname("jrt.Throwable"));
      case "java.lang.String":
        return typeofTest("string");
      case "java.lang.CharSequence":
        return ts.binary(typeofTest("string"), "||", ts.binary(x, "instanceof", qname("jrt.StringBuilder")));
      case "java.lang.Integer":
      case "java.lang.Short":
      case "java.lang.Byte":
        return ts.call(ts.prop("Number", "isInteger"), x);
      case "java.lang.Number": // a Long is a bigint
        return ts.binary(ts.call(ts.prop("jrt", "isBoxed"), ts.str("number"), x), "||", typeofTest("bigint"));
      case "java.lang.Double":
      case "java.lang.Float":
      case "java.lang.Character":
        return ts.call(ts.prop("jrt", "isBoxed"), ts.str(BOXES[t.fqn]!), x);
      case "java.lang.Long":
        return typeofTest("bigint");
      case "java.lang.Boolean":
        return typeofTest("boolean");
      case "java.lang.Comparable":
        return ts.call(ts.prop("jrtx", "isComparable"), x);
    }
    const info = this.prog.classOf(t.fqn);
    if (info?.isInterface) return ts.call(ts.prop("jrtx", "isInstance"), x, ts.str(info.tsName));
    if (info) return ts.binary(x, "instanceof", ts.id(this.scope.classRef(t.fqn)));
    const jdk = jdkClassName(t.fqn);
    if (jdk && jdk.startsWith("jrt.") && !["jrt.Comparator", "jrt.MapEntry", "jrt.JIterator"].includes(jdk)) return ts.binary(x, "instanceof", qname(jdk));
    return unsupported(`instanceof ${t.fqn}`);
  }

  private switchExpr(e: J.SwitchExpr, target?: JType): ts.Expr {
    const t = target ?? this.model.typeOf(e);
    const saved = this.yieldType;
    this.yieldType = t;
    try {
      const body = this.switchStmt(e.selector, e.cases, t);
      return ts.call(ts.arrow([], body, this.tsType(t)));
    } finally {
      this.yieldType = saved;
    }
  }

  // ----- lambdas and method references

  /** A lambda or method reference as a value of functional type `target`. */
  functional(e: J.Lambda | J.MethodRef, target: JType, erasedResult = false): ts.Expr {
    const jdk = jdkSam(this.prog, target);
    let params: JType[];
    let ret: JType;
    let srcIface: ClassInfo | undefined;
    // A JDK interface that stays an object (Comparable, AutoCloseable, Iterable): the lambda becomes its one method.
    const objectSam = !jdk && target.kind === "class" && !this.prog.classOf(target.fqn) ? jdkInterfaceSam(this.prog, target) : undefined;
    if (jdk ?? objectSam) {
      params = (jdk ?? objectSam)!.params;
      ret = (jdk ?? objectSam)!.ret;
    } else if (target.kind === "class" && this.prog.classOf(target.fqn)?.isInterface) {
      srcIface = this.prog.classOf(target.fqn)!;
      const sam = this.samSignature(target);
      if (!sam) return unsupported("lambda for a non-functional interface");
      ({ params, ret } = sam);
    } else return unsupported(`lambda with target type ${typeToString(target)}`);
    params = params.map((p) => (p.kind === "wildcard" ? (p.bound ?? OBJECT) : p));
    if (ret.kind === "wildcard") ret = ret.bound ?? OBJECT;
    const fn = e.kind === "Lambda" ? this.lambda(e, params, ret, erasedResult) : this.methodRef(e, params, ret, erasedResult);
    if (objectSam) {
      if (target.kind === "class" && target.fqn === "java.lang.Iterable") return ts.call(ts.prop("jrtx", "iterableOf"), fn);
      return ts.object({ [objectSam.method.name]: fn });
    }
    if (!srcIface) return fn;
    const targs = target.kind === "class" && target.args.length ? target.args.map((a) => this.tsType(a.kind === "wildcard" ? (a.bound ?? OBJECT) : a)) : undefined;
    return ts.newExpr(ts.id(this.scope.classRef(srcIface.sym.fqn, "$Lambda")), [fn], targs);
  }

  /** The parameter and return types of functional type `t`'s single abstract method (JDK or source interface). */
  private samSignature(t: JType | undefined): { params: JType[]; ret: JType } | undefined {
    if (!t) return undefined;
    const jdk = jdkSam(this.prog, t);
    if (jdk) return jdk;
    const iface = t.kind === "class" ? this.prog.classOf(t.fqn) : undefined;
    const sam = iface?.isInterface ? samOf(this.prog, iface.sym) : undefined;
    if (!iface || !sam || t.kind !== "class") return undefined;
    const map = new Map<string, JType>();
    iface.sym.typeParams.forEach((p, i) => map.set(p.name, t.args[i] ?? OBJECT));
    return { params: sam.params.map((p) => subst(p, map)), ret: subst(sam.returnType, map) };
  }

  private lambda(e: J.Lambda, params: JType[], ret: JType, erasedResult: boolean): ts.Expr {
    const ps = e.params.map((p, i) => {
      this.declare(p.name);
      return ts.param(localName(p.name), this.tsType(params[i] ?? OBJECT));
    });
    const saved = { returnType: this.env.returnType, inInit: this.env.inInit, erasedReturn: this.env.erasedReturn, yieldType: this.yieldType };
    this.env.returnType = ret;
    this.env.erasedReturn = erasedResult;
    this.env.inInit = false;
    this.yieldType = undefined;
    try {
      const result = this.tsType(ret);
      if (e.body.kind === "Block") return ts.arrow(ps, this.block(e.body.stmts), result);
      if (ret.kind === "void") return ts.arrow(ps, [ts.exprStmt(this.exprStmt(e.body))], result);
      return ts.arrow(ps, this.boxIfErased(this.exprAs(e.body, ret), ret, erasedResult), result);
    } finally {
      this.env.returnType = saved.returnType;
      this.env.erasedReturn = saved.erasedReturn;
      this.env.inInit = saved.inInit;
      this.yieldType = saved.yieldType;
    }
  }

  private methodRef(e: J.MethodRef, params: JType[], ret: JType, erasedResult: boolean): ts.Expr {
    const ps = params.map((p, i) => ts.param(`p${i}`, this.tsType(p)));
    const argsOf = (from: number): Arg[] => params.slice(from).map((p, i) => ({ e: ts.id(`p${i + from}`), t: p }));
    const target = e.target;
    const isType = "kind" in target && (target.kind === "ClassType" || target.kind === "ArrayType" || target.kind === "PrimitiveType" || (this.model.symbolOf(target as J.Expr)?.kind === "type"));
    const body = (x: ts.Expr, xt: JType): ts.Expr => (ret.kind === "void" ? x : this.boxIfErased(this.convert(x, xt, ret), ret, erasedResult));
    if (e.name === "new") {
      const named = isType && (target.kind === "ClassType" || target.kind === "ArrayType") ? this.model.resolveTypeNode(target) : this.model.typeOf(target as J.Expr);
      // `TreeMap::new` is a diamond: its type arguments are those of the type the function must return
      // (`Map<String, Long>`), position for position as the semantic model infers them for the reference.
      const typeParams = named.kind === "class" ? (this.model.lookupType(named.fqn)?.typeParams.length ?? 0) : 0;
      const diamond = named.kind === "class" && !named.args.length && ret.kind === "class" && ret.args.length === typeParams && this.prog.isSubtype(named.fqn, ret.fqn);
      const t = diamond && ret.kind === "class" ? { ...named, args: ret.args } : named;
      if (t.kind === "array") return ts.arrow(ps, this.allocArray(t, [ts.id("p0")]));
      const ref = this.model.symbolOf(e);
      if (t.kind !== "class" || !ref || ref.kind !== "method") return unsupported("constructor reference");
      const info = this.prog.classOf(t.fqn);
      const args = argsOf(0).map((a, i) => ({ ...a, e: this.convert(a.e, a.t, ref.params[i] ?? a.t) }));
      if (!info) return ts.arrow(ps, jdkNew(this, t, args));
      if (info.mode === "native" || info.hasOuter || info.captures.length) return unsupported("constructor reference to an inner or runtime-derived class");
      return ts.arrow(ps, ts.call(ts.prop(ts.newExpr(ts.id(this.scope.classRef(t.fqn)), []), this.naming.ctorName(ref.method)), ...args.map((a) => a.e)));
    }
    const ref = this.model.symbolOf(e);
    if (!ref || ref.kind !== "method") return unsupported(`unresolved method reference ::${e.name}`);
    const m = ref.method;
    const conv = (args: Arg[], targetTypes: JType[]): Arg[] => args.map((a, i) => ({ ...a, e: this.convert(a.e, a.t, targetTypes[i] ?? a.t), t: targetTypes[i] ?? a.t }));
    const packVarargs = (args: Arg[]): Arg[] => {
      if (!ref.varargsCall) return conv(args, ref.params);
      const fixed = ref.params.length - 1;
      const arrT = ref.params[fixed]!;
      const elemT = arrT.kind === "array" ? arrT.elem : OBJECT;
      const rest = args.slice(fixed).map((a) => ({ ...a, e: this.convert(a.e, a.t, elemT) }));
      return [...conv(args.slice(0, fixed), ref.params), { e: this.arrayLiteral(rest.map((a) => a.e), elemT), t: arrT, varargs: rest }];
    };
    if (m.static) return ts.arrow(ps, body(this.invoke(ref, undefined, packVarargs(argsOf(0)), ref.returnType), ref.returnType));
    if (isType) {
      // Unbound receiver: the first parameter is the object.
      const recvT = params[0] ?? OBJECT;
      // When inference lost the receiver's type (the parameter is `unknown`), the method's class supplies it.
      const recvTs = this.tsType(recvT);
      const lost = recvTs.kind === "KeywordType" && recvTs.name === "unknown";
      const ownerT: JType = { kind: "class", fqn: m.owner, args: [] };
      const recv = lost && this.prog.classOf(m.owner) ? { e: ts.as(ts.id("p0"), this.tsType(ownerT)), t: ownerT } : { e: ts.id("p0"), t: recvT };
      return ts.arrow(ps, body(this.invoke(ref, recv, packVarargs(argsOf(1)), ref.returnType), ref.returnType));
    }
    let recv: Arg;
    if (target.kind === "Super") {
      const args = packVarargs(argsOf(0));
      return ts.arrow(ps, body(this.superCall(target, m, ref, args), ref.returnType));
    } else {
      const rt = this.model.typeOf(target as J.Expr);
      recv = { e: this.expr(target as J.Expr), t: rt };
    }
    return ts.arrow(ps, body(this.invoke(ref, recv, packVarargs(argsOf(0)), ref.returnType), ref.returnType));
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Field holding the enclosing instance of a class with one. */
export function outerField(c: ClassInfo): string {
  return "$outer_" + c.tsName;
}

/** The method name a jrtx.sam() adapter binds for an anonymous JDK functional-interface implementation. */
function samMethodName(tr: Translator, sam: MethodSymbol, info: ClassInfo): string {
  const own = info.sym.methods.find((m) => m.name === sam.name && m.params.length === sam.params.length);
  return own ? tr.naming.methodName(own) : sam.name;
}

function numLit(v: number): ts.Expr {
  if (Number.isNaN(v)) return ts.id("NaN");
  if (v === Infinity) return ts.id("Infinity");
  if (v === -Infinity) return ts.unary("-", ts.id("Infinity"));
  if (v < 0 || Object.is(v, -0)) return ts.unary("-", ts.num(-v));
  return ts.num(v);
}

const RANK: Record<string, number> = { byte: 1, short: 2, char: 2, int: 3, long: 4, float: 5, double: 6 };

/** Binary numeric promotion (JLS §5.6.2). */
export function binaryType(a: string, b: string): string {
  const r = Math.max(RANK[a] ?? 3, RANK[b] ?? 3);
  return r <= 3 ? "int" : r === 4 ? "long" : r === 5 ? "float" : "double";
}

/**
 * Converts a value between primitive kinds. `implicit` conversions only widen (int→long, long→double);
 * casts also narrow with Java's rules (wrap, truncate toward zero, saturate, NaN→0).
 */
export function numConvert(x: ts.Expr, from: string, to: string, implicit: boolean): ts.Expr {
  if (from === to || to === "boolean" || from === "boolean") return x;
  const jrt = (fn: string) => ts.call(ts.prop("jrt", fn), x);
  if (from === "long") {
    if (to === "double") return ts.call(ts.id("Number"), x);
    if (to === "float") return jrt("l2f");
    const i = jrt("l2i");
    return to === "int" ? i : numConvert(i, "int", to, implicit);
  }
  if (to === "long") {
    if (from === "double" || from === "float") return jrt("d2l");
    return ts.call(ts.id("BigInt"), x);
  }
  if (to === "double") return x;
  if (to === "float") return from === "double" || from === "int" ? ts.call(ts.prop("Math", "fround"), x) : x;
  const isFloat = from === "double" || from === "float";
  if (implicit && !isFloat && RANK[from]! <= RANK[to]! && !(from === "char" && to === "short") && !(to === "char")) return x;
  const asInt = isFloat ? jrt("d2i") : x;
  switch (to) {
    case "int":
      return asInt;
    case "char":
      return ts.binary(asInt, "&", ts.num(0xffff));
    case "short":
      return ts.call(ts.prop("jrt", "i16"), asInt);
    case "byte":
      return ts.call(ts.prop("jrt", "i8"), asInt);
  }
  return x;
}

function arrayOf(t: JType, dims: number): JType {
  let r = t;
  for (let i = 0; i < dims; i++) r = { kind: "array", elem: r };
  return r;
}

function arrayCtor(tr: Translator, t: JType & { kind: "array" }): string {
  const typed = tr.types.arrayType(t.elem, tr.scope);
  return typed.kind === "TypeRef" ? typed.name : "Array";
}

/** JDK factories whose runtime counterpart is generic in the element type alone (`listOf<T>(kind, ...items: T[])`). */
const ELEMENT_FACTORIES = new Set(["java.util.List.of", "java.util.Set.of", "java.util.Arrays.asList", "java.util.stream.Stream.of"]);

/** JDK classes a cast checks at run time (their values are JS primitives with an exact test). */
const CHECKED_JDK_CASTS = new Set(["java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map"]);

/** Reference types (TS `unknown`) a boxed Double/Float/Character converts to without a cast. */
const PRIM_DESCRIPTORS: Record<string, string> = { int: "I", long: "J", double: "D", float: "F", char: "C", byte: "B", short: "S", boolean: "Z" };
/** Superclasses every TS class already covers (jrtx.JEnum stands for Enum): calls into them need no TS superclass. */
const ROOT_SUPERCLASSES = new Set(["java.lang.Object", "java.lang.Enum", "java.lang.Record"]);
/** The `$init…` methods of jrt.Throwable (runtime/exceptions.ts): Throwable's constructors, shared by its JDK subclasses. */
const THROWABLE_INITS = new Set(["$init$", "$init$String", "$init$String$Throwable", "$init$Throwable", "$init$String$Throwable$boolean$boolean"]);
const OBJECT_LIKE = new Set(["java.lang.Object", "java.lang.Number", "java.io.Serializable", "java.lang.constant.Constable"]);

function isTypedArrayElem(tr: Translator, e: J.Expr): boolean {
  if (e.kind !== "ArrayAccess") return false;
  const t = tr.model.typeOf(e.array);
  return t.kind === "array" && t.elem.kind === "prim" && t.elem.name !== "boolean";
}

/** The element type of an Iterable-typed expression, when known. */
export function elemOfIterable(tr: Translator, t: JType): JType | undefined {
  if (t.kind !== "class") return undefined;
  if (t.args.length === 1) return t.args[0]!.kind === "wildcard" ? (t.args[0] as { bound?: JType }).bound : t.args[0];
  const sym = tr.model.lookupType(t.fqn);
  for (const s of [...(sym?.superclass ? [sym.superclass] : []), ...(sym?.interfaces ?? [])]) {
    const r = elemOfIterable(tr, s);
    if (r) return r;
  }
  return undefined;
}

/** Is node `n` within the source range of `container`? */
export function inside(n: J.Node, container: J.Node): boolean {
  return n.start >= container.start && n.end <= container.end;
}

/** Depth-first walk over AST nodes (objects with `kind` and `loc`). */
export function walk(root: unknown, visit: (n: J.Expr | J.Stmt) => void): void {
  if (Array.isArray(root)) {
    for (const x of root) walk(x, visit);
    return;
  }
  if (!root || typeof root !== "object") return;
  const o = root as Record<string, unknown>;
  if (typeof o.kind === "string" && typeof o.start === "number") visit(o as unknown as J.Expr);
  for (const k of Object.keys(o)) walk(o[k], visit);
}
