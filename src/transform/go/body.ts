// Translates Java method bodies (statements and expressions) to Go IR with Java's semantics:
// numeric promotion and wrap-around through typed Go arithmetic and jrt helpers, string
// conversion by static type, try/catch/finally through jrt.Try with control codes, switch with
// fallthrough, lambdas as func literals. Anything it cannot do faithfully throws Unsupported.

import * as go from "../../ir/go.js";
import type * as J from "../../parse/ast.js";
import { locOf } from "../../parse/ast.js";
import { binaryPromote, box, unaryPromote, unboxedPrim } from "../../semantic/type-ops.js";
import { typeToString, type JType, type MethodSymbol, type Ref } from "../../semantic/types.js";
import { fold } from "./consts.js";
import { unsupported, type Program } from "./context.js";
import { pruneStmts, terminated } from "./irutil.js";
import { runtimeSuper } from "./runtime-supers.js";
import { jdkCall, jdkField, jdkNew } from "./jdk.js";
import { lombokField } from "./lombok.js";
import { mappedCall } from "./mapped.js";
import { typeVarNames, type ClassInfo } from "./layout.js";
import { goLocal, isLocalClass, localConstructor, selfField } from "./names.js";
import type { Scope } from "./types.js";
import { NUMERIC, type GE, type Values } from "./values.js";

const OBJECT: JType = { kind: "class", fqn: "java.lang.Object", args: [] };
const STRING: JType = { kind: "class", fqn: "java.lang.String", args: [] };
const BOOL: JType = { kind: "prim", name: "boolean" };
const INT: JType = { kind: "prim", name: "int" };

/** What a method body is translated in. */
export interface FnEnv {
  cls?: ClassInfo;
  file: string;
  isStatic: boolean;
  /** Go result type text ("" for void) and its Java type. */
  resultGo: string;
  resultJ: JType;
  /** The Go name of `this` (anonymous class bodies run as closures with their own instance variable). */
  thisName?: string;
  /** The function an anonymous class body is nested in, for access to the enclosing instance. */
  enclosing?: FnEnv;
}

interface LocalVar {
  name: string;
  used: boolean;
}

/** A try body is a closure: returns and jumps out of it become control codes checked after jrt.Try. */
interface TryFrame {
  /** Codes handed out for jumps out of this try: code → the Go statement to run after the Try. */
  jumps: Map<string, number>;
  next: number;
  /** Labels and loops declared inside the closure (jumps to them stay plain). */
  inner: Set<string>;
  retVar?: string;
}

export class Translator {
  private readonly locals = new Map<J.Node, LocalVar>();
  private readonly names = new Set<string>();
  private readonly placeholders = new Map<go.Stmt, LocalVar>();
  private pendingInit = new Set<string>();
  private tries: TryFrame[] = [];
  /** Enclosing breakable statements (innermost last): label name (or "") and whether a switch. */
  private breakables: { label?: string; loop: boolean; id: string }[] = [];
  private usedLabels = new Set<string>();
  private tmp = 0;
  env: FnEnv;

  constructor(
    readonly prog: Program,
    readonly scope: Scope,
    readonly v: Values,
    readonly text: string,
    env: FnEnv,
    /** Clinit functions of classes whose static state is touched: `(fqn) → Go call` or undefined. */
    readonly clinitOf: (fqn: string) => go.Expr | undefined,
  ) {
    this.env = env;
  }

  /**
   * The layout of a source class this code refers to. A class the transform cannot translate (it
   * extends a JDK class other than a throwable) and an annotation type are only empty types in Go,
   * so code that uses their members becomes a stub as well instead of referring to members that do
   * not exist.
   */
  usedClass(fqn: string): ClassInfo | undefined {
    const info = this.prog.layout.info(fqn);
    if (info?.sym.kind === "annotation") unsupported(`reads the annotation ${fqn}, whose elements are not translated`);
    for (let c = info; c; c = c.superInfo) {
      if (c.jdkSuper && !this.prog.types.isThrowable(c.jdkSuper) && !runtimeSuper(c)) unsupported(`uses ${fqn}, which is not translated (it extends ${c.jdkSuper})`);
    }
    return info;
  }

  // -------------------------------------------------------------------------------------------
  // Entry points

  /** Declares a parameter (or lambda/catch parameter) and returns its Go name. */
  declare(decl: J.Node, javaName: string): string {
    let name = goLocal(javaName);
    while (this.names.has(name) && this.locals.size > 0 && [...this.locals.values()].some((l) => l.name === name)) name += "_";
    const lv = { name, used: false };
    this.locals.set(decl, lv);
    this.names.add(name);
    return name;
  }

  /** Translates a block of statements; afterwards, `finish` adds `_ = x` for never-read locals. */
  block(stmts: J.Stmt[]): go.Stmt[] {
    return stmts.flatMap((s) => this.stmt(s));
  }

  /** Removes placeholders of locals that were read; keeps `_ = x` for the rest. */
  finish(body: go.Stmt[]): go.Stmt[] {
    const keep = (s: go.Stmt): boolean => {
      const lv = this.placeholders.get(s);
      return !lv || !lv.used;
    };
    pruneStmts(body, keep);
    return body;
  }

  goType(j: JType): string {
    const g = this.prog.types.go(j, this.scope);
    if (g === undefined) unsupported(`type ${typeToString(j)} has no Go mapping`);
    return g;
  }

  /**
   * The type variables Go erases in source method `m`'s declared types, each to its bound: an
   * instance method's own (unless it is a generic function) and an erased class's (erasedClassVars).
   */
  private erasedVars(m: MethodSymbol): string[] {
    const own = !m.static && !this.prog.layout.genericFunction(m) ? m.typeParams.map((p) => p.name) : [];
    return [...own, ...this.erasedClassVars(m.owner)];
  }

  /** The type variables of `owner` when it is one of Layout.erasedClasses (Go declares it without them). */
  private erasedClassVars(owner: string): string[] {
    return this.prog.layout.erased(owner) ? this.prog.model.lookupType(owner)!.typeParams.map((p) => p.name) : [];
  }

  /** The Go type of a member's declared type with `vars` erased to their bounds (whatever this scope's type parameters are). */
  private declaredGoType(declared: JType, vars: string[]): string {
    const typeParams = new Set([...this.scope.typeParams].filter((n) => !vars.includes(n)));
    return this.prog.types.goOrAny(declared, { ...this.scope, typeParams });
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  stmt(s: J.Stmt): go.Stmt[] {
    const outer = this.v.line;
    this.v.line = s.line;
    try {
      return this.withClassInits(() => this.stmtInner(s));
    } finally {
      this.v.line = outer;
    }
  }

  /** Statements built by `build`, preceded by the static initialisers of the classes they touch. */
  withClassInits(build: () => go.Stmt[]): go.Stmt[] {
    const saved = this.pendingInit;
    this.pendingInit = new Set();
    const out = build();
    const inits = [...this.pendingInit].sort().map((fn) => go.exprStmt(go.call(fn)));
    this.pendingInit = saved;
    return inits.length ? [...inits, ...out] : out;
  }

  private stmtInner(s: J.Stmt): go.Stmt[] {
    switch (s.kind) {
      case "Block":
        return [go.block(this.block(s.stmts))];
      case "EmptyStmt":
        return [];
      case "LocalVarDecl":
        return this.localVarDecl(s);
      case "ExprStmt":
        return this.exprStmt(s.expr);
      case "IfStmt": {
        const cond = this.cond(s.cond);
        const then = this.bodyOf(s.then);
        if (!s.else) return [go.ifStmt(cond, then)];
        const els = this.bodyOf(s.else);
        const elseStmt = els.length === 1 && els[0]!.kind === "IfStmt" ? (els[0] as go.IfStmt) : els;
        return [go.ifStmt(cond, then, elseStmt)];
      }
      case "WhileStmt":
        return this.loop(undefined, (body) => go.forStmt({ cond: isTrue(s.cond) ? undefined : this.cond(s.cond) }, body), s.body);
      case "DoStmt": {
        const first = this.fresh("first");
        return this.loop(undefined, (body) => {
          const cond = this.cond(s.cond);
          return go.forStmt(
            { init: go.define(first, go.ident("true")), cond: go.binary(first, "||", cond), post: go.assign(first, "=", go.ident("false")) },
            body,
          );
        }, s.body);
      }
      case "ForStmt":
        return this.forStmt(s, undefined);
      case "ForEachStmt":
        return this.forEach(s, undefined);
      case "LabeledStmt":
        return this.labeled(s);
      case "ReturnStmt":
        return this.returnStmt(s);
      case "BreakStmt":
        return this.jump("break", s.label);
      case "ContinueStmt":
        return this.jump("continue", s.label);
      case "ThrowStmt": {
        const x = this.expr(s.expr);
        return [go.exprStmt(go.call("panic", x.e))];
      }
      case "TryStmt":
        return this.tryStmt(s);
      case "SwitchStmt":
        return this.switchStmt(s.selector, s.cases, undefined);
      case "SynchronizedStmt":
        // Single-threaded translation: the lock expression is evaluated for its effects only.
        return [...this.exprStmt(s.lock), go.block(this.block(s.body.stmts))];
      case "AssertStmt":
        // Java runs without -ea by default: assertions are not evaluated.
        return [];
      case "YieldStmt":
        return this.yieldStmt(s);
      case "LocalClassDecl":
        return this.localClass(s);
      case "CtorCallStmt":
        return unsupported("constructor call outside a constructor's first statement");
    }
  }

  /** Hook for local classes, set by the class lowering. */
  localClassHook?: (t: Translator, s: J.LocalClassDecl) => go.Stmt[];

  private localClass(s: J.LocalClassDecl): go.Stmt[] {
    if (!this.localClassHook) unsupported("local class");
    return this.localClassHook(this, s);
  }

  private bodyOf(s: J.Stmt): go.Stmt[] {
    if (s.kind === "Block") return this.block(s.stmts);
    return this.stmt(s);
  }

  private localVarDecl(s: J.LocalVarDecl): go.Stmt[] {
    const out: go.Stmt[] = [];
    for (const d of s.declarators) {
      const ref = this.prog.model.symbolOf(d);
      let j = ref && (ref.kind === "local" || ref.kind === "param") ? ref.type : this.prog.model.resolveTypeNode(s.type, this.env.file);
      if (d.dims > 0 && s.type.kind !== "VarType") j = this.prog.model.resolveTypeNode(s.type, this.env.file);
      for (let i = 0; i < d.dims && j.kind !== "array"; i++) j = { kind: "array", elem: j };
      const t = this.goType(j);
      const init = d.init ? this.value(d.init, j) : undefined;
      const name = this.declare(d, d.name);
      if (init) out.push(init.t === t && !init.untyped ? go.define(name, init.e) : go.declStmt(go.genDecl("var", [go.valueSpec(name, t, [this.v.coerce(init, t, j).e])])));
      else out.push(go.declStmt(go.genDecl("var", [go.valueSpec(name, t)])));
      out.push(this.placeholder(d));
    }
    return out;
  }

  private placeholder(decl: J.Node): go.Stmt {
    const lv = this.locals.get(decl)!;
    const p = go.assign("_", "=", go.ident(lv.name));
    this.placeholders.set(p, lv);
    return p;
  }

  private exprStmt(e: J.Expr): go.Stmt[] {
    switch (e.kind) {
      case "Assign":
        return this.assignStmt(e);
      case "Unary":
        if (e.op === "++" || e.op === "--") return this.incDec(e);
        break;
      case "MethodCall":
      case "NewExpr":
        return [go.exprStmt(this.expr(e).e)];
      case "Lambda":
      case "SwitchExpr":
        break;
    }
    const x = this.expr(e);
    return [go.assign("_", "=", x.e)];
  }

  private incDec(e: J.Unary): go.Stmt[] {
    const target = this.lvalue(e.operand);
    const t = this.prog.model.typeOf(e.operand);
    if (t.kind === "prim") return [...target.pre, go.incDec(target.e, e.op as "++" | "--")];
    // A boxed counter: unbox, add, box (the 1 is built here: a made-up literal node has no type in the model).
    return this.compound(e.operand, e.op === "++" ? "+" : "-", this.v.literal(1, "int32", INT), target);
  }

  private assignStmt(e: J.Assign): go.Stmt[] {
    return this.assignment(e, true).stmts;
  }

  /**
   * The statements of an assignment and the place assigned (its computed parts pinned by those
   * statements). A plain store in statement position reads nothing: a local only ever stored to
   * keeps its `_ = x`, which Go needs (it rejects the local as declared and not used).
   */
  private assignment(e: J.Assign, statement = false): { stmts: go.Stmt[]; place: go.Expr } {
    const stored = statement && e.op === "=" ? this.storedLocal(e.target) : undefined;
    const readBefore = stored?.used;
    const target = this.lvalue(e.target);
    if (stored && readBefore === false) stored.used = false;
    const tj = this.prog.model.typeOf(e.target);
    const tg = this.goType(tj);
    if (e.op === "=") {
      const val = this.v.coerce(this.value(e.value, tj), tg, tj).e;
      // A store through Object[] may meet an array created as String[]: Java checks the element class.
      if (target.e.kind === "IndexExpr" && this.checksArrayStore(tg)) return { stmts: [...target.pre, go.exprStmt(go.call(go.inst(this.v.jrt("ArrayStore"), go.ident(tg)), target.e.x, target.e.index, val))], place: target.e };
      return { stmts: [...target.pre, go.assign(target.e, "=", val)], place: target.e };
    }
    if (e.value.kind === "ArrayInit") unsupported("array initializer in compound assignment");
    return { stmts: this.compound(e.target, e.op.slice(0, -1) as J.BinaryOp, e.value, target), place: target.e };
  }

  /** `x op= y`: Java computes in the promoted type and narrows back implicitly. */
  private compound(targetNode: J.Expr, op: J.BinaryOp, value: J.Expr | GE, target: { e: go.Expr; pre: go.Stmt[] }): go.Stmt[] {
    const tj = this.prog.model.typeOf(targetNode);
    const tg = this.goType(tj);
    let cur: GE = { e: target.e, t: tg, j: tj };
    const rhs = "kind" in value ? this.expr(value) : value;
    // Java reads the left operand before evaluating the right one (`j += j++ * 10`); Go reads it after.
    if (JSON.stringify(rhs.e).includes('"kind":"FuncLit"')) {
      const saved = this.fresh("cur");
      target.pre.push(go.define(saved, target.e));
      cur = { e: go.ident(saved), t: tg, j: tj };
    }
    const result = this.binaryOp(op, cur, rhs, tj.kind === "class" && tj.fqn === "java.lang.String" ? STRING : undefined);
    const narrowed = this.convert(result, tj);
    // Plain `x += y` when Go's operator already means Java's.
    if (narrowed.e.kind === "BinaryExpr" && narrowed.e.x === target.e && narrowed.t === tg && ["+", "-", "*", "&", "|", "^"].includes(narrowed.e.op)) {
      return [...target.pre, go.assign(target.e, (narrowed.e.op + "=") as go.AssignTok, narrowed.e.y)];
    }
    return [...target.pre, go.assign(target.e, "=", narrowed.e)];
  }

  /** An assignable place; `pre` holds statements that pin down side-effecting parts. */
  private lvalue(e: J.Expr): { e: go.Expr; pre: go.Stmt[] } {
    switch (e.kind) {
      case "Name":
      case "FieldAccess": {
        const place = this.expr(e).e;
        // A field read through a conversion (an erased class's field seen at a type argument) is no place.
        if (place.kind !== "Ident" && place.kind !== "SelectorExpr") return unsupported("assignment to a field of an erased generic class at a type argument");
        return { e: place, pre: [] };
      }
      case "ArrayAccess": {
        const arr = this.expr(e.array);
        const idx = this.coerceTo(this.expr(e.index), INT);
        if (isNegativeConst(idx)) return { e: this.negativeIndex(arr, idx), pre: [] };
        if (isSimple(arr.e) && isSimple(idx.e)) return { e: go.index(arr.e, idx.e), pre: [] };
        const a = this.fresh("arr");
        const i = this.fresh("idx");
        return { e: go.index(a, i), pre: [go.define([a, i], [arr.e, idx.e])] };
      }
      default:
        return unsupported(`assignment to ${e.kind}`);
    }
  }

  /** a[i] for a negative constant i: Go rejects it at compile time, Java throws at run time (jrt.NegativeIndex names the length as the JVM does). */
  private negativeIndex(a: GE, i: GE): go.Expr {
    return go.star(go.call(this.v.jrt("NegativeIndex"), a.e, i.e));
  }

  private fresh(base: string): string {
    let name: string;
    do name = `${base}${++this.tmp}`;
    while (this.names.has(name));
    this.names.add(name);
    return name;
  }

  private loop(label: string | undefined, build: (body: go.Stmt[]) => go.Stmt, body: J.Stmt, extra: go.Stmt[] = []): go.Stmt[] {
    const id = this.fresh("loop");
    this.breakables.push({ label, loop: true, id });
    if (this.tries.length) this.tries[this.tries.length - 1]!.inner.add(id);
    const b = [...extra, ...this.bodyOf(body)];
    this.breakables.pop();
    const loop = build(b);
    return [this.withLabel(loop, id)];
  }

  /** Wraps `stmt` in its Go label when some jump used it. */
  private withLabel(stmt: go.Stmt, id: string): go.Stmt {
    const name = this.labelNames.get(id);
    return name && this.usedLabels.has(id) ? go.labeled(name, stmt) : stmt;
  }

  private readonly labelNames = new Map<string, string>();

  private forStmt(s: J.ForStmt, label: string | undefined): go.Stmt[] {
    const pre: go.Stmt[] = [];
    let init: go.Stmt | undefined;
    if (!Array.isArray(s.init)) {
      const decls = this.localVarDecl(s.init);
      const real = decls.filter((d) => !this.placeholders.has(d));
      if (real.length === 1 && real[0]!.kind === "AssignStmt") init = real[0];
      else pre.push(...real);
      // Loop variables live in the loop; placeholders for unused ones go into the body.
      const holders = decls.filter((d) => this.placeholders.has(d));
      const post = this.forPost(s.update);
      const loop = this.loop(label, (body) => go.forStmt({ init, cond: s.cond ? this.cond(s.cond) : undefined, post }, body), s.body, holders);
      return pre.length ? [go.block([...pre, ...loop])] : loop;
    }
    const inits = s.init.flatMap((e) => this.exprStmt(e));
    if (inits.length === 1) init = inits[0];
    else pre.push(...inits);
    const post = this.forPost(s.update);
    const loop = this.loop(label, (body) => go.forStmt({ init, cond: s.cond ? this.cond(s.cond) : undefined, post }, body), s.body);
    return pre.length ? [go.block([...pre, ...loop])] : loop;
  }

  private forPost(update: J.Expr[]): go.Stmt | undefined {
    if (update.length === 0) return undefined;
    const stmts = update.flatMap((u) => this.exprStmt(u));
    if (stmts.length === 1 && stmts[0]!.kind !== "DeclStmt") return stmts[0];
    // `i++, j--` → `i, j = i+1, j-1`: a parallel assignment is the only multi-update form Go allows.
    const lhs: go.Expr[] = [];
    const rhs: go.Expr[] = [];
    for (const st of stmts) {
      if (st.kind === "IncDecStmt") {
        lhs.push(st.x);
        rhs.push(go.binary(st.x, st.tok === "++" ? "+" : "-", go.intLit(1)));
      } else if (st.kind === "AssignStmt" && st.tok === "=" && st.lhs.length === 1) {
        lhs.push(st.lhs[0]!);
        rhs.push(st.rhs[0]!);
      } else if (st.kind === "AssignStmt" && st.lhs.length === 1 && st.tok !== ":=") {
        lhs.push(st.lhs[0]!);
        rhs.push(go.binary(st.lhs[0]!, st.tok.slice(0, -1) as go.BinaryOp, st.rhs[0]!));
      } else return unsupported("complex for-loop update");
    }
    return go.assign(lhs, "=", rhs);
  }

  private forEach(s: J.ForEachStmt, label: string | undefined): go.Stmt[] {
    const it = this.expr(s.iterable);
    const ref = this.prog.model.symbolOf(s);
    const elemJ = ref && (ref.kind === "local" || ref.kind === "param") ? ref.type : this.prog.model.resolveTypeNode(s.varType, this.env.file);
    const elemG = this.goType(elemJ);
    const name = this.declare(s, s.name);
    const holder = this.placeholder(s);
    let source: GE;
    let srcElem: string;
    if (it.t.startsWith("[]")) {
      source = it;
      srcElem = it.t.slice(2);
    } else {
      const m = /^\*?jrt\.(ArrayList|HashSet|TreeSet|ArrayDeque|PriorityQueue|Collection|Set|Deque)\[(.*)\]$/.exec(it.t);
      if (!m) {
        const iterable = this.iterableElem(it);
        if (!iterable) return unsupported(`for-each over ${it.t}`);
        return this.loopOverIterator(iterable, name, elemJ, elemG, holder, s, label);
      }
      // Java's for-each over a list fails fast when the body modifies the list (the slice loop would not).
      if (m[1] === "ArrayList" && this.mayModifyCollections(s.body)) {
        return this.loopOverIterator({ iter: go.call(go.sel(it.e, "Iterator")), elem: m[2]! }, name, elemJ, elemG, holder, s, label);
      }
      source = { e: go.call(go.sel(it.e, "Items")), t: "[]" + m[2], j: it.j };
      srcElem = m[2]!;
    }
    if (srcElem === elemG) {
      return this.loop(label, (body) => go.rangeStmt({ key: "_", value: name }, source.e, body), s.body, [holder]);
    }
    const raw = this.fresh("item");
    const conv = this.v.coerce({ e: go.ident(raw), t: srcElem, j: box(elemJ) }, elemG, elemJ);
    return this.loop(label, (body) => go.rangeStmt({ key: "_", value: raw }, source.e, body), s.body, [go.define(name, conv.e), holder]);
  }

  /**
   * Whether a loop body may change a collection: it calls a collection mutator (on any receiver),
   * a source method or constructor, or a functional interface's method (a lambda can do anything).
   */
  private mayModifyCollections(body: J.Stmt): boolean {
    return someNode(body, (n) => {
      if (n.kind !== "MethodCall" && n.kind !== "NewExpr") return false;
      if (n.kind === "MethodCall" && COLLECTION_MUTATORS.has(n.name)) return true;
      const ref = this.prog.model.symbolOf(n);
      if (ref?.kind !== "method") return n.kind === "MethodCall";
      return !!this.prog.layout.info(ref.method.owner) || !!this.prog.types.functionalMethod(ref.method.owner) || n.kind === "NewExpr" && !!n.body;
    });
  }

  /** A user class implementing Iterable: its iterator() gives a jrt.Iterator-shaped value. */
  private iterableElem(it: GE): { iter: go.Expr; elem: string } | undefined {
    if (it.j.kind !== "class") return undefined;
    const sym = this.prog.model.lookupType(it.j.fqn);
    if (!sym || sym.origin !== "source") return undefined;
    const m = [sym, ...this.prog.layout.allSupers(sym)].flatMap((t) => t.methods).find((x) => x.name === "iterator" && x.params.length === 0 && !x.static);
    if (!m) return undefined;
    const rt = this.goType(m.returnType.kind === "class" ? m.returnType : OBJECT);
    const em = /^jrt\.Iterator\[(.*)\]$/.exec(rt);
    return { iter: go.call(go.sel(it.e, this.prog.layout.methodName(m))), elem: em ? em[1]! : "any" };
  }

  private loopOverIterator(
    src: { iter: go.Expr; elem: string },
    name: string,
    elemJ: JType,
    elemG: string,
    holder: go.Stmt,
    s: J.ForEachStmt,
    label: string | undefined,
  ): go.Stmt[] {
    const itName = this.fresh("it");
    const next = this.v.coerce({ e: go.call(go.sel(itName, "Next")), t: src.elem, j: elemJ }, elemG, elemJ);
    return this.loop(
      label,
      (body) => go.forStmt({ init: go.define(itName, src.iter), cond: go.call(go.sel(itName, "HasNext")) }, body),
      s.body,
      [go.define(name, next.e), holder],
    );
  }

  private labeled(s: J.LabeledStmt): go.Stmt[] {
    const b = s.body;
    if (b.kind === "ForStmt") return this.withLabelName(s.label, () => this.forStmt(b, s.label));
    if (b.kind === "ForEachStmt") return this.withLabelName(s.label, () => this.forEach(b, s.label));
    if (b.kind === "WhileStmt" || b.kind === "DoStmt") {
      return this.withLabelName(s.label, () => {
        if (b.kind === "WhileStmt") return this.loop(s.label, (body) => go.forStmt({ cond: isTrue(b.cond) ? undefined : this.cond(b.cond) }, body), b.body);
        const first = this.fresh("first");
        return this.loop(s.label, (body) => go.forStmt({ init: go.define(first, go.ident("true")), cond: go.binary(first, "||", this.cond(b.cond)), post: go.assign(first, "=", go.ident("false")) }, body), b.body);
      });
    }
    if (b.kind === "SwitchStmt") return this.withLabelName(s.label, () => this.switchStmt(b.selector, b.cases, s.label));
    // A labeled block: `break label` leaves it, which Go spells as a one-pass loop.
    return this.withLabelName(s.label, () => this.loop(s.label, (body) => go.forStmt({}, [...body, go.branch("break")]), b));
  }

  private withLabelName(_label: string, f: () => go.Stmt[]): go.Stmt[] {
    return f();
  }

  private jump(kind: "break" | "continue", label: string | undefined): go.Stmt[] {
    let target: { label?: string; loop: boolean; id: string } | undefined;
    for (let i = this.breakables.length - 1; i >= 0; i--) {
      const b = this.breakables[i]!;
      if (label ? b.label === label : kind === "continue" ? b.loop : true) {
        target = b;
        break;
      }
    }
    if (!target) return unsupported(`${kind} without target`);
    // Jumping out of a try closure: return a code the code after jrt.Try turns into the jump.
    const frame = this.tries[this.tries.length - 1];
    if (frame && !frame.inner.has(target.id)) {
      const key = `${kind}:${target.id}`;
      let code = frame.jumps.get(key);
      if (code === undefined) {
        code = frame.next++;
        frame.jumps.set(key, code);
      }
      return [go.ret(go.intLit(code))];
    }
    // A Java switch inside the loop would capture a plain Go `break`; label the loop then.
    const innermostSameKind = [...this.breakables].reverse().find((b) => (kind === "continue" ? b.loop : true));
    if (label || innermostSameKind !== target || (kind === "break" && this.switchInside(target))) {
      this.labelNames.set(target.id, target.label ?? target.id);
      this.usedLabels.add(target.id);
      return [go.branch(kind, target.label ?? target.id)];
    }
    return [go.branch(kind)];
  }

  private switchInside(target: { id: string }): boolean {
    const i = this.breakables.indexOf(target as never);
    return this.breakables.slice(i + 1).some((b) => !b.loop);
  }

  private returnStmt(s: J.ReturnStmt): go.Stmt[] {
    const frame = this.tries[this.tries.length - 1];
    const val = s.value ? this.coerceGo(this.expr(s.value), this.env.resultGo, this.env.resultJ) : undefined;
    if (frame) {
      frame.retVar ??= "ret";
      const out: go.Stmt[] = val ? [go.assign(this.retVarName(), "=", val.e)] : [];
      let code = frame.jumps.get("return");
      if (code === undefined) {
        code = frame.next++;
        frame.jumps.set("return", code);
      }
      out.push(go.ret(go.intLit(code)));
      return out;
    }
    return [val ? go.ret(val.e) : go.ret()];
  }

  private retVarName(): string {
    return "ret";
  }

  // -------------------------------------------------------------------------------------------
  // try / catch / finally

  private tryStmt(s: J.TryStmt): go.Stmt[] {
    const outerCodes = this.tries.length > 0;
    const frame: TryFrame = { jumps: new Map(), next: 1, inner: new Set() };
    this.tries.push(frame);
    // Resources are declared (in order) before the body that uses them is translated.
    // Each declaration runs inside the previous resource's closure, so a failing initialiser closes
    // the resources already opened and reaches the catch clauses.
    const resDecls: go.Stmt[] = [];
    const perRes: go.Stmt[][] = [];
    const resExprs: go.Expr[] = [];
    for (const r of s.resources) {
      if (r.kind === "LocalVarDecl") {
        perRes.push(this.localVarDecl(r));
        resExprs.push(go.ident(this.locals.get(r.declarators[0]!)!.name));
      } else {
        perRes.push([]);
        resExprs.push(this.expr(r).e);
      }
    }
    let body = this.block(s.block.stmts);
    // Resources close in reverse order: nest WithResource closures, outermost first.
    for (let i = s.resources.length - 1; i >= 0; i--) {
      const res = resExprs[i]!;
      body = [...perRes[i]!, go.ret(go.call(this.v.jrt("WithResource"), res, go.funcLit(go.funcType([], [go.param("int")]), terminated([...body], go.ret(go.intLit(0))))))];
    }
    if (!s.resources.length) body = terminated([...body], go.ret(go.intLit(0)));
    const catches: go.Expr[] = [];
    for (const c of s.catches) {
      const names = c.types.map((t) => this.catchClassName(t));
      const pname = this.declare(c, c.name);
      const caught = this.prog.model.symbolOf(c);
      const cj = caught && (caught.kind === "local" || caught.kind === "param") ? caught.type : OBJECT;
      const ct = c.types.length === 1 ? this.goType(cj) : "jrt.ThrowableI";
      const handlerBody: go.Stmt[] = [];
      const raw = ct === "jrt.ThrowableI" ? pname : this.fresh("thrown");
      if (raw !== pname) handlerBody.push(go.define(pname, go.typeAssert(raw, go.ident(ct))));
      handlerBody.push(this.placeholder(c));
      handlerBody.push(...this.block(c.body.stmts));
      terminated(handlerBody, go.ret(go.intLit(0)));
      catches.push(go.call(this.v.jrt("CatchOf"), go.funcLit(go.funcType([go.field(raw, this.jrtType("ThrowableI"))], [go.param("int")]), handlerBody), ...names.map((n) => go.strLit(n))));
    }
    const fin = s.finally ? go.funcLit(go.funcType([], [go.param("int")]), terminated(this.block(s.finally.stmts), go.ret(go.intLit(0)))) : go.ident("nil");
    this.tries.pop();
    const tryCall = go.call(this.v.jrt("Try"), go.funcLit(go.funcType([], [go.param("int")]), body), fin, ...catches);
    const out: go.Stmt[] = [...resDecls];
    if (frame.jumps.size === 0) {
      out.push(go.exprStmt(tryCall));
      return resDecls.length ? [go.block(out)] : out;
    }
    const ctl = this.fresh("ctl");
    out.push(go.define(ctl, tryCall));
    for (const [key, code] of [...frame.jumps].sort((a, b) => a[1] - b[1])) {
      let action: go.Stmt[];
      if (key === "return") {
        if (outerCodes) action = [go.ret(go.intLit(this.propagateReturn()))];
        else action = this.env.resultGo ? [go.ret(go.ident("ret"))] : [go.ret()];
      } else {
        const [kind, id] = key.split(":") as ["break" | "continue", string];
        const target = this.breakables.find((b) => b.id === id)!;
        action = this.jump(kind, target.label ?? undefined);
        if (!target.label && action.length === 1 && action[0]!.kind === "BranchStmt" && !(action[0] as go.BranchStmt).label) {
          // An unlabeled jump after jrt.Try still targets the loop, not an enclosing Go switch.
          this.labelNames.set(id, id);
          this.usedLabels.add(id);
          action = [go.branch(kind, id)];
        }
      }
      out.push(go.ifStmt(go.binary(ctl, "==", go.intLit(code)), action));
    }
    if (frame.jumps.has("return") && !outerCodes) this.needRetVar = true;
    return [go.block(out)];
  }

  /** Set when a `ret` variable must be declared at the top of the function. */
  needRetVar = false;

  private propagateReturn(): number {
    const frame = this.tries[this.tries.length - 1]!;
    let code = frame.jumps.get("return");
    if (code === undefined) {
      code = frame.next++;
      frame.jumps.set("return", code);
    }
    return code;
  }

  private jrtType(name: string): go.Expr {
    return this.v.jrt(name);
  }

  private catchClassName(t: J.ClassType): string {
    const j = this.prog.model.resolveTypeNode(t, this.env.file);
    if (j.kind !== "class") return unsupported("catch of a non-class type");
    return javaBinaryName(this.prog, j.fqn);
  }

  // -------------------------------------------------------------------------------------------
  // switch

  private switchStmt(selector: J.Expr, cases: J.SwitchCase[], label: string | undefined): go.Stmt[] {
    const id = this.fresh("sw");
    if (label) this.labelNames.set(id, label);
    this.breakables.push({ label, loop: false, id });
    if (this.tries.length) this.tries[this.tries.length - 1]!.inner.add(id);
    let sel = this.expr(selector);
    const patterns = cases.some((c) => c.labels.some((l) => l.kind === "TypePattern" || l.kind === "RecordPattern"));
    // A boxed selector is unboxed first (null throws NullPointerException, as in Java).
    const unboxed = unboxedPrim(sel.j);
    if (!patterns && unboxed && sel.t.startsWith("*")) sel = this.convert(sel, unboxed);
    if (!patterns && sel.t === "string" && mayHoldNullString(sel)) sel = { ...sel, e: go.call(this.v.jrt("NonNullString"), sel.e) };
    let stmt: go.Stmt;
    if (patterns) stmt = this.typeSwitch(sel, cases, (c) => this.caseBodyStmts(c));
    else {
      const clauses: go.CaseClause[] = [];
      let pendingLabels: go.Expr[] = [];
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i]!;
        const labels = c.labels.map((l) => this.caseLabel(l as J.Expr, sel));
        // Java: empty colon-case bodies fall into the next case; Go lists them together.
        if (!c.arrow && c.body.length === 0 && i < cases.length - 1 && !c.isDefault) {
          pendingLabels.push(...labels);
          continue;
        }
        const body = this.caseBodyStmts(c);
        const all = [...pendingLabels, ...labels];
        pendingLabels = [];
        if (!c.arrow && i < cases.length - 1 && completesNormally(c.body)) body.push(go.branch("fallthrough"));
        if (c.isDefault) {
          if (all.length) {
            // `case X: default:` — X's own clause falls into default.
            clauses.push(go.caseClause(all, [go.branch("fallthrough")]));
          }
          clauses.push(go.caseClause(undefined, body));
        } else clauses.push(go.caseClause(all, body));
      }
      stmt = go.switchStmt(sel.untyped ? this.v.settle(sel).e : sel.e, clauses);
    }
    this.breakables.pop();
    return [this.withLabel(stmt, id)];
  }

  private caseBodyStmts(c: J.SwitchCase): go.Stmt[] {
    const body = this.block(c.body);
    // A trailing `break` is implicit in Go.
    const last = body[body.length - 1];
    if (last?.kind === "BranchStmt" && last.tok === "break" && !last.label) body.pop();
    return body;
  }

  private caseLabel(l: J.Expr, sel: GE): go.Expr {
    if (l.kind === "Name" && sel.j.kind === "class") {
      const enumSym = this.prog.model.lookupType(sel.j.fqn);
      if (enumSym?.kind === "enum") return this.enumConstant(enumSym.fqn, l.name);
    }
    const g = this.expr(l);
    if (sel.t === "string" || NUMERIC.has(sel.t)) return this.v.coerce(g, sel.t, sel.j).e;
    if (sel.t.startsWith("*") && NUMERIC.has(sel.t.slice(1))) unsupported("switch on a boxed value");
    return g.e;
  }

  /** The Go expression for enum constant `name` of source enum `fqn`. */
  enumConstant(fqn: string, name: string): go.Expr {
    const info = this.usedClass(fqn);
    if (!info) return unsupported(`JDK enum ${fqn}`);
    this.needInit(fqn);
    return this.qualified(info, `${info.goName}_${name}`);
  }

  /** A package-level name of `info`'s package, qualified when it is another package. */
  qualified(info: ClassInfo, name: string): go.Expr {
    if (info.pkg.dir === this.scope.pkgDir) return go.ident(name);
    return go.qual(this.scope.imports.use(info.pkg.name, `${this.scope.module}/${info.pkg.dir}`), name);
  }

  /** Marks that class `fqn`'s static initialiser must have run before the current statement. */
  needInit(fqn: string): void {
    if (this.env.cls?.sym.fqn === fqn) return;
    const call = this.clinitOf(fqn);
    if (call) this.pendingInit.add(printCallee(call));
  }

  /** Pattern switch: a Go type switch on the selector, cases binding their pattern variable. */
  private typeSwitch(sel: GE, cases: J.SwitchCase[], body: (c: J.SwitchCase) => go.Stmt[]): go.Stmt {
    const bind = this.fresh("v");
    let bindUsed = false;
    const clauses: go.CaseClause[] = [];
    for (const c of cases) {
      if (c.guard) unsupported("guarded pattern case");
      const types: go.Expr[] = [];
      const pre: go.Stmt[] = [];
      for (const l of c.labels) {
        if (l.kind === "TypePattern") {
          const j = this.prog.model.resolveTypeNode(l.type, this.env.file);
          const t = this.goType(j);
          types.push(go.ident(t));
          if (l.name && c.labels.length === 1) {
            const n = this.declare(l, l.name);
            pre.push(go.define(n, go.ident(bind)), this.placeholder(l));
            bindUsed = true;
          }
        } else if (l.kind === "Literal" && l.litKind === "null") types.push(go.ident("nil"));
        else return unsupported("record or constant pattern in a pattern switch");
      }
      const b = [...pre, ...body(c)];
      clauses.push(c.isDefault && !types.length ? go.caseClause(undefined, b) : go.caseClause(types, b));
      if (c.isDefault && types.length) clauses.push(go.caseClause(undefined, body(c)));
    }
    return go.typeSwitch(bindUsed ? bind : undefined, this.v.settle(sel).e, clauses);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** Translates `e`; `expected` is the Java target type when the context has one (lambdas need it). */
  expr(e: J.Expr, expected?: JType): GE {
    let j = this.prog.model.typeOf(e);
    if (e.kind === "Conditional") j = this.conditionalType(e, j);
    // A reference ?: in an assignment or invocation context has the target's type (JLS 15.25.3), not
    // the branches' least upper bound (`sorted ? new TreeMap<>() : new LinkedHashMap<>()` is a Map<K, V>).
    if (e.kind === "Conditional" && expected?.kind === "class" && j.kind !== "prim" && !unboxedPrim(expected) && expected.fqn !== "java.lang.Object") j = expected;
    if (e.kind !== "Literal" || e.litKind !== "null") {
      const k = fold(e, this.prog.model);
      if (k !== undefined && j.kind !== "unknown") return this.v.literal(k, this.goType(j), j);
    }
    switch (e.kind) {
      case "Literal":
        if (e.litKind === "null") return { e: go.ident("nil"), t: "nil", j };
        return unsupported(`literal ${e.raw}`);
      case "Name":
        return this.name(e, j);
      case "FieldAccess":
        return this.fieldAccess(e, j);
      case "This":
        return this.thisExpr(e.qualifier);
      case "MethodCall":
        return this.methodCall(e, j);
      case "NewExpr":
        return this.newExpr(e, j);
      case "NewArrayExpr":
        return this.newArray(e, j);
      case "ArrayAccess": {
        const a = this.expr(e.array);
        const i = this.coerceTo(this.expr(e.index), INT);
        if (!a.t.startsWith("[]")) unsupported("indexing a non-array");
        return { e: isNegativeConst(i) ? this.negativeIndex(a, i) : go.index(a.e, i.e), t: a.t.slice(2), j };
      }
      case "Unary":
        return this.unaryExpr(e, j);
      case "Binary":
        return this.binary(e, j);
      case "Assign":
        return this.assignExpr(e, j);
      case "Conditional":
        return this.conditional(e, j);
      case "Cast":
        return this.cast(e, j);
      case "InstanceOf":
        return this.instanceOf(e);
      case "Lambda":
        return this.lambda(e, expected && expected.kind === "class" && this.prog.types.funcSignature(expected) ? expected : j);
      case "MethodRef":
        return this.methodRef(e, expected && expected.kind === "class" && this.prog.types.funcSignature(expected) ? expected : j);
      case "SwitchExpr":
        return this.switchExpr(e, j);
      case "ClassLit":
        return this.classLiteral(e, j);
      case "Super":
        return unsupported("bare super");
      case "ErrorExpr":
        return unsupported("unparsable expression");
    }
  }

  /** Translates an initializer value (expression or array initializer) for Java type `j`. */
  value(v: J.Expr | J.ArrayInit, j: JType): GE {
    if (v.kind === "ArrayInit") return this.arrayInit(v, j);
    if (v.kind === "NewArrayExpr" && this.coversArray(v, j)) return this.covariantArray(v, this.newArray(v, j));
    return this.expr(v, j);
  }

  /** A covariantly created array remembers its Java element class (jrt.CovariantArray), for ArrayStoreException. */
  private covariantArray(e: J.NewArrayExpr, created: GE): GE {
    const from = this.prog.model.typeOf(e);
    if (from.kind !== "array" || from.elem.kind !== "class") return created;
    return { ...created, e: go.call(this.v.jrt("CovariantArray"), created.e, go.strLit(javaBinaryName(this.prog, from.elem.fqn))) };
  }

  /**
   * Whether `a[i] = v` into an array of Go element type `elemGo` goes through jrt.ArrayStore: the
   * element type is Object or an interface (an array of a subclass may stand there) and the file
   * creates arrays of a class type at all (the only ones jrt.CovariantArray registers).
   */
  private checksArrayStore(elemGo: string): boolean {
    return (elemGo === "any" || this.v.isInterface(elemGo)) && /\bnew\s+[A-Z][\w.]*\s*\[/.test(this.text);
  }

  /**
   * A new array of a subtype met where a supertype array is expected (`Object[] a = new String[2]`):
   * Go slices are not covariant, so it is created with the expected element type (recorded as lost:
   * storing a value of another type raises no ArrayStoreException).
   */
  private coversArray(e: J.NewArrayExpr, to: JType): boolean {
    const from = this.prog.model.typeOf(e);
    const ref = (t: JType): boolean => t.kind === "class" || t.kind === "array" || t.kind === "typevar";
    if (from.kind !== "array" || to.kind !== "array" || !ref(from.elem) || !ref(to.elem) || this.goType(from) === this.goType(to)) return false;
    this.prog.erasure(this.env.file, e.line, typeToString(from), this.goType(to), "array covariance: created with the target's element type, so a store of another type raises no ArrayStoreException");
    return true;
  }

  /** Translates `e` and converts it to Java type `j` (assignment context). */
  exprTo(e: J.Expr | J.ArrayInit, j: JType): GE {
    // Outside a statement (a field initialiser), the expression's own line is the one to report.
    const outer = this.v.line;
    if (!outer) this.v.line = e.line;
    try {
      return this.coerceTo(this.value(e, j), j);
    } finally {
      this.v.line = outer;
    }
  }

  coerceTo(g: GE, j: JType): GE {
    return this.v.coerce(g, this.goType(j), j);
  }

  /** `T.class`: jrt's one Class object for the class's Java binary name. */
  private classLiteral(e: J.ClassLit, j: JType): GE {
    const t = this.prog.model.resolveTypeNode(e.type, this.env.file);
    const name = t.kind === "class" ? (this.prog.layout.info(t.fqn) ? javaBinaryName(this.prog, t.fqn) : t.fqn) : t.kind === "prim" ? t.name : t.kind === "void" ? "void" : unsupported(`class literal of ${typeToString(t)}`);
    return { e: go.call(this.v.jrt("ClassNamed"), go.strLit(name)), t: "*jrt.Class", j };
  }

  /** getClass() and the members of java.lang.Class that name, print and test classes. */
  private classObjectCall(m: MethodSymbol, recv: GE | undefined, e: J.MethodCall, j: JType): GE | undefined {
    if (m.name === "getClass" && !m.params.length && recv) return { e: go.call(this.v.jrt("ClassOf"), this.v.settle(recv).e), t: "*jrt.Class", j };
    // An enum constant's declaring class is its enum type (the static type of the receiver).
    const enumType = recv?.j.kind === "class" && this.prog.layout.info(recv.j.fqn)?.sym.kind === "enum" ? recv.j.fqn : undefined;
    if (m.name === "getDeclaringClass" && enumType) return { e: go.call(this.v.jrt("ClassNamed"), go.strLit(javaBinaryName(this.prog, enumType))), t: "*jrt.Class", j };
    if (m.owner !== "java.lang.Class" || !recv) return undefined;
    const method = ({ getName: "GetName", getSimpleName: "GetSimpleName", toString: "ToString", isInstance: "IsInstance", isRecord: "IsRecord", getRecordComponents: "GetRecordComponents", isAnonymousClass: "IsAnonymousClass", isSealed: "IsSealed", getPermittedSubclasses: "GetPermittedSubclasses" } as Record<string, string>)[m.name];
    // cast(o) checks by class name like isInstance; the static type it gives (T of Class<T>) is a Go conversion.
    if (m.name === "cast" && e.args.length === 1) return this.v.coerce({ e: go.call(go.sel(recv.e, "Cast"), this.exprTo(e.args[0]!, OBJECT).e), t: "any", j: OBJECT }, this.goType(j), j);
    if (m.name === "getSuperclass") return { e: go.call(go.sel(recv.e, "GetSuperclass")), t: "*jrt.Class", j };
    if (!method) return unsupported(`Class.${m.name}`);
    const args = e.args.map((a) => this.exprTo(a, OBJECT).e);
    return { e: go.call(go.sel(recv.e, method), ...args), t: this.goType(j), j };
  }

  /** JLS 15.25: `c ? 'x' : 0` is a char (a byte/short/char operand with an int constant that fits it). */
  private conditionalType(e: J.Conditional, j: JType): JType {
    if (j.kind !== "prim" || j.name !== "int") return j;
    const RANGE: Record<string, [number, number]> = { char: [0, 0xffff], byte: [-128, 127], short: [-32768, 32767] };
    const narrowOf = (x: J.Expr): JType | undefined => {
      const t = this.prog.model.typeOf(x);
      const p = t.kind === "prim" ? t : unboxedPrim(t);
      return p && p.kind === "prim" && RANGE[p.name] ? p : undefined;
    };
    const fits = (x: J.Expr, t: JType): boolean => {
      const xt = this.prog.model.typeOf(x);
      if (xt.kind !== "prim" || xt.name !== "int") return false;
      const k = fold(x, this.prog.model);
      const r = t.kind === "prim" ? RANGE[t.name] : undefined;
      return typeof k === "number" && !!r && k >= r[0] && k <= r[1];
    };
    for (const [a, b] of [[e.then, e.else], [e.else, e.then]] as const) {
      const t = narrowOf(a);
      if (t && fits(b, t)) return t;
    }
    return j;
  }

  private coerceGo(g: GE, t: string, j: JType): GE {
    return this.v.coerce(g, t, j);
  }

  private cond(e: J.Expr): go.Expr {
    return this.coerceTo(this.expr(e), BOOL).e;
  }

  /** A compact record constructor's implicit parameters (they share the constructor as declaration). */
  private readonly compactParams = new Map<string, LocalVar>();

  declareCompact(javaName: string): string {
    const name = goLocal(javaName);
    const lv = { name, used: false };
    this.compactParams.set(javaName, lv);
    this.names.add(name);
    return name;
  }

  private local(decl: J.Node, javaName?: string): LocalVar {
    const lv = this.locals.get(decl) ?? (decl.kind === "ConstructorDecl" && javaName !== undefined ? this.compactParams.get(javaName) : undefined);
    if (!lv) return unsupported("a local variable of an enclosing scope");
    lv.used = true;
    return lv;
  }

  /** The local a plain `x = …` stores to, if the target is one. */
  private storedLocal(target: J.Expr): LocalVar | undefined {
    if (target.kind !== "Name") return undefined;
    const ref = this.prog.model.symbolOf(target);
    return ref?.kind === "local" ? this.locals.get(ref.decl) : undefined;
  }

  private name(e: J.Name, j: JType): GE {
    const ref = this.prog.model.symbolOf(e);
    if (!ref) return unsupported(`unresolved name ${e.name}`);
    switch (ref.kind) {
      case "local":
      case "param":
        return { e: go.ident(this.local(ref.decl, ref.name).name), t: this.goType(ref.type), j: ref.type };
      case "field":
        return this.fieldRef(ref, undefined, j, e);
      default:
        return unsupported(`name ${e.name} as a value`);
    }
  }

  private fieldAccess(e: J.FieldAccess, j: JType): GE {
    const ref = this.prog.model.symbolOf(e);
    if (e.name === "length" && !ref) {
      const a = this.expr(e.target);
      if (a.t.startsWith("[]")) return { e: go.call("int32", go.call("len", a.e)), t: "int32", j };
    }
    if (ref?.kind !== "field") return unsupported(`field access .${e.name}`);
    if (ref.field.name === "length" && ref.field.owner === "") {
      const a = this.expr(e.target);
      return { e: go.call("int32", go.call("len", a.e)), t: "int32", j };
    }
    if (e.target.kind === "Super") {
      const sup = this.env.cls?.superInfo;
      if (!sup) return unsupported("super field of a JDK class");
      return this.fieldRef(ref, { e: go.sel("this", sup.goName), t: "*" + sup.goName, j: OBJECT }, j, e);
    }
    const targetRef = this.prog.model.symbolOf(e.target);
    if (ref.field.static || targetRef?.kind === "type" || targetRef?.kind === "package") return this.fieldRef(ref, undefined, j, e);
    return this.fieldRef(ref, this.expr(e.target), j, e);
  }

  private fieldRef(ref: Extract<Ref, { kind: "field" }>, target: GE | undefined, j: JType, node: J.Expr): GE {
    const f = ref.field;
    const owner = this.usedClass(f.owner);
    if (!owner) {
      if (f.owner === "" && f.name === "length" && target) return { e: go.call("int32", go.call("len", target.e)), t: "int32", j };
      return jdkField(this, f, target, j, node);
    }
    const t = this.goType(ref.type);
    if (f.static) {
      if (owner.sym.kind === "enum" && owner.sym.enumConstants?.includes(f.name)) return { e: this.enumConstant(owner.sym.fqn, f.name), t, j };
      this.needInit(owner.sym.fqn);
      return { e: this.qualified(owner, this.prog.layout.staticFieldName(owner, f.name)), t, j };
    }
    const fname = this.prog.layout.fieldName(f.owner, f.name, f.access);
    const recv = target ?? this.implicitReceiver(f.owner);
    const field = go.sel(this.structOf(recv, owner), fname);
    // A field of an erased class holds its declared type with the class's variables as their bounds.
    const erased = this.erasedClassVars(f.owner);
    const declared = mentionsTypeVar(f.type, erased) ? this.declaredGoType(f.type, erased) : t;
    return declared === t ? { e: field, t, j } : this.v.coerce({ e: field, t: declared, j: f.type }, t, j);
  }

  /** The struct behind a receiver: `x` for a concrete pointer, `x.AsFoo()` for a class interface. */
  private structOf(recv: GE, owner: ClassInfo): go.Expr {
    if (recv.t.startsWith("*")) return recv.e;
    if (owner.sym.kind === "interface") return unsupported("field of an interface value");
    const info = recv.j.kind === "class" ? this.usedClass(recv.j.fqn) : undefined;
    if (info?.poly) return go.call(go.sel(recv.e, "As" + info.goName));
    if (recv.t === "any" || recv.t.length === 1) return unsupported("field access through a type variable");
    return recv.e;
  }

  /** `this` (or the enclosing instance) for an unqualified member of class `owner`. */
  private implicitReceiver(owner: string): GE {
    let env: FnEnv | undefined = this.env;
    let cur = env.cls;
    let e: go.Expr = go.ident(env.thisName ?? "this");
    while (env && cur) {
      if (this.isSubtype(cur.sym.fqn, owner)) {
        if (env.isStatic && e.kind === "Ident") return unsupported("instance member in a static context");
        return { e, t: "*" + cur.goName, j: { kind: "class", fqn: cur.sym.fqn, args: [] } };
      }
      if (!env.thisName && this.hasOuterField(cur)) {
        const outerInfo: ClassInfo = this.usedClass(cur.sym.outer!)!;
        if (outerInfo.poly) return unsupported("enclosing instance of a polymorphic class");
        e = go.sel(e, "outer" + outerInfo.goName);
        cur = outerInfo;
        continue;
      }
      env = env.enclosing;
      cur = env?.cls;
      e = go.ident(env?.thisName ?? "this");
    }
    return unsupported(`no enclosing instance of ${owner}`);
  }

  hasOuterField(info: ClassInfo): boolean {
    return info.sym.inner && !!info.sym.outer && !!this.usedClass(info.sym.outer) && !/\$\d/.test(info.sym.fqn);
  }

  isSubtype(fqn: string, sup: string): boolean {
    if (fqn === sup) return true;
    const sym = this.prog.model.lookupType(fqn);
    return !!sym && this.prog.layout.allSupers(sym).some((s) => s.fqn === sup);
  }

  thisExpr(qualifier?: string): GE {
    const cls = this.env.cls;
    if (!cls) return unsupported("this outside a class");
    if (qualifier && qualifier !== cls.sym.name) {
      let cur = cls;
      let e: go.Expr = go.ident("this");
      while (cur.sym.name !== qualifier) {
        if (!cur.sym.outer || !this.hasOuterField(cur)) return unsupported("qualified this");
        const o = this.usedClass(cur.sym.outer)!;
        e = go.sel(e, "outer" + o.goName);
        cur = o;
      }
      return { e, t: this.goType({ kind: "class", fqn: cur.sym.fqn, args: [] }), j: { kind: "class", fqn: cur.sym.fqn, args: [] } };
    }
    const j: JType = { kind: "class", fqn: cls.sym.fqn, args: cls.sym.typeParams.map((p) => ({ kind: "typevar", name: p.name, owner: cls.sym.fqn })) };
    const self = this.env.thisName ?? "this";
    if (cls.sym.kind === "interface") return { e: go.ident(self), t: this.goType(j), j };
    if (cls.poly) return { e: go.sel(self, selfField(cls.goName)), t: this.goType(j), j };
    return { e: go.ident(self), t: this.goType(j), j };
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  private methodCall(e: J.MethodCall, j: JType): GE {
    const mapped = mappedCall(this, e, j);
    if (mapped) return mapped;
    const ref = this.prog.model.symbolOf(e);
    if (ref?.kind !== "method") {
      if (e.name === "clone" && e.args.length === 0 && e.target) {
        const arr = this.expr(e.target);
        if (arr.t.startsWith("[]")) return { e: go.call(this.v.jrt("ArraysClone"), arr.e), t: arr.t, j: arr.j };
      }
      return unsupported(`unresolved call ${e.name}()`);
    }
    const m = ref.method;
    const isSuper = e.target?.kind === "Super";
    const targetRef = e.target ? this.prog.model.symbolOf(e.target) : undefined;
    const staticTarget = m.static || targetRef?.kind === "type" || targetRef?.kind === "package";
    let recv: GE | undefined;
    // `x.getClass().getName()` is answered from x itself (jdkCall); Class objects have no Go form.
    const classNameQuery = e.target?.kind === "MethodCall" && e.target.name === "getClass" && (m.name === "getName" || m.name === "getSimpleName");
    if (!m.static && !isSuper && !classNameQuery) {
      if (e.target && !staticTarget) recv = this.expr(e.target);
      else if (!e.target) recv = m.owner === "java.lang.Object" ? this.thisExpr() : this.implicitCallReceiver(m);
    }
    const info = this.usedClass(m.owner);
    const classCall = info ? undefined : this.classObjectCall(m, recv ?? (isSuper ? this.thisExpr() : undefined), e, j);
    if (classCall) return classCall;
    if (!info || (isSuper && !this.usedClass(m.owner))) {
      // A class extending a jrt class: inherited JDK methods (and super.m()) run on the embedded jrt value.
      const self = isSuper && runtimeSuper(this.env.cls) ? this.thisExpr() : recv;
      const view = self && this.v.runtimeView?.(self);
      if (isSuper && !view) return this.superJdkCall(e, m, ref);
      const args = e.args.map((a, i) => this.expr(a, ref.params[Math.min(i, ref.params.length - 1)]));
      return jdkCall(this, m, ref, view ?? recv, args, j, e);
    }
    const args = this.callArgs(e.args, ref);
    return this.sourceCall(info, m, ref, recv, args, j, isSuper);
  }

  /** `fun(args…)`, spreading the last argument when callArgs packed varargs that way. */
  private callArgsExpr(fun: go.Expr, args: { list: go.Expr[]; spread: boolean }): go.Expr {
    return args.spread ? go.callSpread(fun, ...args.list) : go.call(fun, ...args.list);
  }

  /** Arguments converted to the parameter types, with varargs packed the way the Go callee takes them. */
  callArgs(args: J.Expr[], ref: Extract<Ref, { kind: "method" }>): { list: go.Expr[]; spread: boolean } {
    const m = ref.method;
    const out: go.Expr[] = [];
    const fixed = m.varargs ? ref.params.length - 1 : ref.params.length;
    for (let i = 0; i < Math.min(fixed, args.length); i++) out.push(this.argTo(args[i]!, ref, i).e);
    if (!m.varargs) return { list: out, spread: false };
    const last = ref.params[ref.params.length - 1]!;
    const elem = last.kind === "array" ? last.elem : OBJECT;
    if (!ref.varargsCall) {
      if (args.length > fixed) out.push(this.exprTo(args[fixed]!, last).e);
      return { list: out, spread: args.length > fixed };
    }
    for (let i = fixed; i < args.length; i++) out.push(this.exprTo(args[i]!, elem).e);
    // No variadic argument gives Go a nil slice but Java an empty array: pass one where the callee tests for null.
    if (args.length === fixed && testsVarargsForNull(m)) return { list: [...out, go.composite(go.sliceType(this.goType(elem)), [])], spread: true };
    return { list: out, spread: false };
  }

  private argTo(a: J.Expr, ref: Extract<Ref, { kind: "method" }>, i: number): GE {
    const pj = ref.params[i]!;
    const declared = ref.method.params[i]!;
    const g = this.expr(a, pj);
    // Erased type variables (erasedVars) are their bounds in the Go signature: the argument converts to it.
    const erased = this.erasedVars(ref.method);
    if (mentionsTypeVar(declared, erased)) {
      const classVars = (this.prog.model.lookupType(ref.method.owner)?.typeParams ?? []).map((p) => p.name).filter((n) => !erased.includes(n));
      if (mentionsTypeVar(declared, classVars)) return unsupported("erased generic method parameter mixing class and method type variables");
      return this.v.coerce(g, this.declaredGoType(declared, erased), pj);
    }
    return this.coerceTo(g, pj);
  }

  private implicitCallReceiver(m: MethodSymbol): GE {
    const cls = this.env.cls;
    if (!cls) return unsupported("instance call in a static context");
    if (this.isSubtype(cls.sym.fqn, m.owner)) {
      // Virtual dispatch: an overridable method called on `this` goes through the self interface.
      if (cls.sym.kind === "interface") return { e: go.ident("this"), t: cls.goName, j: OBJECT };
      if (cls.poly && m.access !== "private") return this.thisExpr();
      return { e: go.ident(this.env.thisName ?? "this"), t: "*" + cls.goName, j: { kind: "class", fqn: cls.sym.fqn, args: [] } };
    }
    return this.implicitReceiver(m.owner);
  }

  /** A call of a source method; `recv` is absent for static methods. */
  sourceCall(info: ClassInfo, m: MethodSymbol, ref: Extract<Ref, { kind: "method" }>, recv: GE | undefined, args: { list: go.Expr[]; spread: boolean }, j: JType, isSuper = false): GE {
    if (m.origin === "lombok" && !lombokField(info.sym, m)) return unsupported(`Lombok-generated ${m.name}()`);
    const name = this.prog.layout.methodName(m);
    let fun: go.Expr;
    const genericFn = this.prog.layout.genericFunction(m);
    if (genericFn && recv) return this.genericFunctionCall(info, genericFn, ref, recv, args, j);
    if (m.static) {
      this.needInit(info.sym.fqn);
      fun = this.qualified(info, name);
      if (m.typeParams.length) fun = go.inst(fun, ...ref.typeArgs.map((t) => go.ident(this.goType(t.kind === "wildcard" ? OBJECT : t))));
    } else if (isSuper) {
      const sup = this.env.cls?.superInfo;
      const viaInterface = !sup || !this.isSubtype(sup.sym.fqn, m.owner) || (m.default && !this.classDefines(sup, m));
      if (viaInterface) {
        // `Iface.super.m()` or an inherited default: call the default's function with this.
        const owner = this.usedClass(m.owner)!;
        fun = this.qualified(owner, `${owner.goName}_${m.name}`);
        args = { list: [this.thisExpr().e, ...args.list], spread: args.spread };
      } else fun = go.sel(go.sel("this", sup.goName), name);
    } else if (info.sym.kind === "interface" && m.access === "private") {
      // A private interface method is a function taking the interface value.
      if (!recv) return unsupported("private interface method without receiver");
      fun = this.qualified(info, `${info.goName}_${m.name}`);
      args = { list: [recv.e, ...args.list], spread: args.spread };
    } else if (info.func && recv) {
      fun = recv.e;
    } else {
      if (!recv) return unsupported("instance call without receiver");
      if (recv.t === "any" || /^[A-Z]$/.test(recv.t)) recv = this.throughBound(recv, info);
      fun = go.sel(recv.e, name);
    }
    const c: go.CallExpr = args.spread ? go.callSpread(fun, ...args.list) : go.call(fun, ...args.list);
    if (j.kind === "void") return { e: c, t: "", j };
    const declaredRet = m.returnType;
    const erased = this.erasedVars(m);
    const want = this.goType(j);
    if (mentionsTypeVar(declaredRet, erased)) {
      // The Go result is the declared type with erased variables as their bounds; Java's checkcast is a checked conversion.
      const mixed = mentionsTypeVar(declaredRet, info.sym.typeParams.map((p) => p.name).filter((n) => !erased.includes(n)));
      return this.v.coerce({ e: c, t: mixed ? "any" : this.declaredGoType(declaredRet, erased), j: declaredRet }, want, j);
    }
    return { e: c, t: want, j };
  }

  /**
   * A call of Layout.genericFunction's function: `Owner_m[classArgs…, methodArgs…](recv, args…)`,
   * the class's type arguments read from the receiver's type as the owner, the method's from the call.
   */
  private genericFunctionCall(info: ClassInfo, fn: string, ref: Extract<Ref, { kind: "method" }>, recv: GE, args: { list: go.Expr[]; spread: boolean }, j: JType): GE {
    const ownerArgs = this.prog.layout.argsAsSupertype(recv.j, info.sym.fqn);
    if (!ownerArgs) return unsupported(`receiver type ${typeToString(recv.j)} as ${info.sym.fqn}`);
    const ownerJ: JType = { kind: "class", fqn: info.sym.fqn, args: ownerArgs };
    const ownerGo = this.goType(ownerJ);
    const self = this.v.coerce(recv, ownerGo, ownerJ);
    const typeArgs = [...goTypeArgs(ownerGo), ...ref.typeArgs.map((t) => this.goType(t.kind === "wildcard" ? OBJECT : t))];
    const fun = go.inst(this.qualified(info, fn), ...typeArgs.map((t) => go.ident(t)));
    const c = args.spread ? go.callSpread(fun, self.e, ...args.list) : go.call(fun, self.e, ...args.list);
    return { e: c, t: j.kind === "void" ? "" : this.goType(j), j };
  }

  /**
   * A value whose Go type is an erased or unconstrained type variable, as the source type `owner` its
   * Java bound reaches (`T extends Identified<ID>`): Java's own erasure, a checked conversion to the
   * bound at the use (ClassCastException if Go's instantiation of the bound differs).
   */
  private throughBound(recv: GE, owner: ClassInfo): GE {
    const args = this.prog.layout.argsAsSupertype(recv.j, owner.sym.fqn);
    if (!args) return unsupported("call through an erased type variable");
    const j: JType = { kind: "class", fqn: owner.sym.fqn, args };
    const t = this.goType(j);
    return { e: go.call(go.inst(this.v.jrt("As"), go.ident(t)), go.call("any", recv.e)), t, j };
  }

  private classDefines(info: ClassInfo, m: MethodSymbol): boolean {
    const chain: ClassInfo[] = [];
    for (let c: ClassInfo | undefined = info; c; c = c.superInfo) chain.push(c);
    return chain.some((c) => c.sym.methods.some((x) => x.name === m.name && x.params.length === m.params.length && !x.abstract && !x.static));
  }

  private superJdkCall(e: J.MethodCall, m: MethodSymbol, ref: Extract<Ref, { kind: "method" }>): GE {
    const cls = this.env.cls;
    if (!cls) return unsupported("super outside a class");
    // super.toString()/hashCode()/equals() of Object, or Throwable's getMessage().
    if (m.name === "toString" && !e.args.length) {
      if (cls.jdkSuper) return { e: go.call(this.v.jrt("ThrowableToString"), go.ident("this")), t: "string", j: STRING };
      return { e: go.call(this.v.jrt("ObjectToString"), this.thisExpr().e), t: "string", j: STRING };
    }
    if (m.name === "hashCode" && !e.args.length) return { e: go.call(this.v.jrt("IdentityHashCode"), this.thisExpr().e), t: "int32", j: INT };
    if (m.name === "equals" && e.args.length === 1) return { e: go.binary(this.thisExpr().e, "==", this.v.coerce(this.expr(e.args[0]!), "any", OBJECT).e), t: "bool", j: BOOL };
    if (m.name === "getMessage" && cls.jdkSuper) return { e: go.call(go.sel(go.call(go.sel("this", "AsThrowable")), "GetMessage")), t: "string", j: STRING };
    void ref;
    return unsupported(`super.${m.name}() of a JDK class`);
  }

  /** The Java method being translated (its frame in a stack trace), set by the class lowering. */
  javaMethod = "";

  private newExpr(e: J.NewExpr, j: JType): GE {
    const ref = this.prog.model.symbolOf(e);
    if (e.body) return this.anonymous(e, j);
    if (j.kind !== "class") return unsupported("new of a non-class type");
    const info = this.usedClass(j.fqn);
    let created: GE;
    if (!info) {
      const args = e.args.map((a, i) => this.expr(a, ref?.kind === "method" ? ref.params[i] : undefined));
      created = jdkNew(this, j, ref?.kind === "method" ? ref : undefined, args, e);
    } else {
      if (ref?.kind !== "method") return unsupported("unresolved constructor");
      created = this.construct(info, ref, j, e.args, e.outer);
    }
    return this.prog.types.isThrowable(j.fqn) ? this.withFrame(created, e) : created;
  }

  /**
   * A new throwable in a file that reads stack traces records the Java frame it is created in
   * (jrt.At): getStackTrace()[0] names the class, method, file and line as the JVM's does.
   */
  private withFrame(created: GE, e: J.NewExpr): GE {
    const cls = this.env.cls;
    if (!cls || !this.text.includes("getStackTrace")) return created;
    const frame = [javaBinaryName(this.prog, cls.sym.fqn), this.javaMethod, this.env.file.split(/[\\/]/).pop()!].map(go.strLit);
    return { ...created, e: go.call(this.v.jrt("At"), created.e, ...frame, go.intLit(e.line)) };
  }

  /** `NewFoo[T](outer?, args)` for a source class. */
  construct(info: ClassInfo, ref: Extract<Ref, { kind: "method" }>, j: JType, argNodes: J.Expr[], outer?: J.Expr): GE {
    if (info.sym.abstract || info.sym.kind === "interface") return unsupported("instantiating an abstract type");
    if (isLocalClass(info)) {
      const t = "*" + info.goName;
      return { e: this.callArgsExpr(go.ident(localConstructor(info)), this.callArgs(argNodes, ref)), t, j };
    }
    this.needInit(info.sym.fqn);
    const { newFn } = this.prog.layout.ctorNames(info, ref.method);
    let fun: go.Expr = this.qualified(info, newFn);
    const targs = j.kind === "class" ? j.args : [];
    const instArgs = [
      ...info.outerParams.map((n) => (this.scope.typeParams.has(n) ? n : "any")),
      ...this.prog.layout.ownGoTypeParams(info.sym).map((_, i) => this.goType(targs[i] && targs[i]!.kind !== "wildcard" ? targs[i]! : OBJECT)),
    ];
    if (instArgs.length) fun = go.inst(fun, ...instArgs.map((a) => go.ident(a)));
    const args = this.callArgs(argNodes, ref);
    if (this.hasOuterField(info)) {
      const o = outer ? this.expr(outer) : this.implicitReceiver(info.sym.outer!);
      args.list.unshift(o.e);
    }
    const c = args.spread ? go.callSpread(fun, ...args.list) : go.call(fun, ...args.list);
    const concrete = "*" + (info.pkg.dir === this.scope.pkgDir ? "" : info.pkg.name + ".") + info.goName + (instArgs.length ? `[${instArgs.join(", ")}]` : "");
    return { e: c, t: concrete, j };
  }

  /** Hook for anonymous classes, set by the class lowering. */
  anonymousHook?: (t: Translator, e: J.NewExpr, j: JType) => GE;

  private anonymous(e: J.NewExpr, j: JType): GE {
    if (!this.anonymousHook) return unsupported("anonymous class");
    return this.anonymousHook(this, e, j);
  }

  private newArray(e: J.NewArrayExpr, j: JType): GE {
    const t = this.goType(j);
    if (e.init) return this.arrayInit(e.init, j);
    if (e.dimExprs.length === 1) {
      const dim = this.coerceTo(this.expr(e.dimExprs[0]!), INT);
      const n = dim.e;
      if (t === "[]string") return { e: go.call(this.v.jrt("NewStringArray"), n), t, j };
      if (dim.konst !== undefined && Number(dim.konst) >= 0) return { e: go.call("make", go.ident(t), n), t, j };
      // A size that may be negative: Go rejects make() with a negative constant and its run-time panic
      // does not name the size; jrt.NewArray throws NegativeArraySizeException("-2") as Java does.
      return { e: go.call(go.inst(this.v.jrt("NewArray"), go.ident(t.slice(2))), n), t, j };
    }
    if (e.dimExprs.length === 2 && e.extraDims === 0 && t.startsWith("[][]")) {
      const dims = e.dimExprs.map((d) => this.coerceTo(this.expr(d), INT).e);
      return { e: go.call(go.inst(this.v.jrt("NewArray2"), go.ident(t.slice(4))), ...dims), t, j };
    }
    return unsupported("array creation with more than two sized dimensions");
  }

  private arrayInit(init: J.ArrayInit, j: JType): GE {
    if (j.kind !== "array") return unsupported("array initializer for a non-array");
    const t = this.goType(j);
    const elems = init.elements.map((el) => this.exprTo(el, j.elem).e);
    return { e: go.composite(go.ident(t), elems), t, j };
  }

  // -------------------------------------------------------------------------------------------
  // Operators

  private unaryExpr(e: J.Unary, j: JType): GE {
    if (e.op === "++" || e.op === "--") {
      // As an expression: a closure that updates and yields the old or new value.
      const t = this.goType(j);
      const stmts = this.incDec(e);
      const target = this.lvalue(e.operand);
      if (target.pre.length) unsupported("increment of a computed array element inside an expression");
      const cur = this.v.coerce({ e: target.e, t: this.goType(this.prog.model.typeOf(e.operand)), j }, t, j).e;
      const old = this.fresh("old");
      const body = e.prefix ? [...stmts, go.ret(cur)] : [go.define(old, cur), ...stmts, go.ret(go.ident(old))];
      return { e: go.call(go.funcLit(go.funcType([], [go.param(t)]), body)), t, j };
    }
    const x = this.expr(e.operand);
    if (e.op === "!") return { e: go.not(this.coerceTo(x, BOOL).e), t: "bool", j };
    const pj = unaryPromote(unboxedPrim(x.j) ?? x.j);
    const xv = this.convert(x, pj);
    if (e.op === "+") return xv;
    if (e.op === "-") return { e: go.unary("-", xv.e), t: xv.t, j: pj };
    return { e: go.unary("^", xv.e), t: xv.t, j: pj };
  }

  /** Java numeric conversion (casting or widening) of `g` to primitive/boxed/any type `to`. */
  convert(g: GE, to: JType): GE {
    const tg = this.goType(to);
    if (g.t === tg) return { ...g, j: to };
    const fromPrim = unboxedPrim(g.j) ?? (g.j.kind === "prim" ? g.j : undefined);
    if (to.kind === "prim" && fromPrim && (fromPrim.name === "float" || fromPrim.name === "double") && !["float", "double"].includes(to.name) && !g.untyped) {
      // Float → integral saturates and maps NaN to 0 in Java.
      const src = this.v.coerce(g, fromPrim.name === "float" ? "float32" : "float64", fromPrim);
      const fn = ({ int: "ToI32", long: "ToI64", short: "ToI16", byte: "ToI8", char: "ToChar" } as Record<string, string>)[to.name];
      if (!fn) return unsupported("boolean cast");
      const pre = fromPrim.name === "float" && (to.name === "int" || to.name === "long") ? "F32" : "F64";
      const arg = pre === "F64" && fromPrim.name === "float" ? go.call("float64", src.e) : src.e;
      return { e: go.call(this.v.jrt(pre + fn), arg), t: tg, j: to };
    }
    if (to.kind === "prim" && g.untyped && g.konst !== undefined && typeof g.konst !== "string" && typeof g.konst !== "boolean") {
      return this.v.coerce(g, tg, to);
    }
    if (to.kind === "prim" && NUMERIC.has(tg) && g.t.startsWith("*") && NUMERIC.has(g.t.slice(1))) {
      const unboxed: GE = { e: go.star(g.e), t: g.t.slice(1), j: fromPrim ?? to };
      return unboxed.t === tg ? { ...unboxed, j: to } : { e: go.call(tg, unboxed.e), t: tg, j: to };
    }
    return this.v.coerce(g, tg, to);
  }

  private binary(e: J.Binary, j: JType): GE {
    if (j.kind === "class" && j.fqn === "java.lang.String" && e.op === "+") {
      return { e: go.binary(this.stringPart(e.left), "+", this.stringPart(e.right)), t: "string", j };
    }
    const l = this.expr(e.left);
    const r = this.expr(e.right);
    return this.binaryOp(e.op, l, r, j);
  }

  /** A string-concatenation operand. */
  private stringPart(e: J.Expr): go.Expr {
    return this.concatOperand(this.expr(e));
  }

  /** A value as an operand of string `+`: a String that may be null through jrt.Str (null prints "null"), everything else through jrt.ToString by static type. */
  private concatOperand(g: GE): go.Expr {
    if (g.t === "string") return mayHoldNullString(g) ? go.call(this.v.jrt("Str"), g.e) : g.e;
    if (g.t === "nil") return go.strLit("null");
    if (g.t === "uint16") return go.call(this.v.jrt("StringOfChar"), g.e);
    return go.call(this.v.jrt("ToString"), this.v.settle(g).e);
  }

  binaryOp(op: J.BinaryOp, l: GE, r: GE, resultJ: JType | undefined): GE {
    if (op === "&&" || op === "||") return { e: go.binary(this.coerceTo(l, BOOL).e, op, this.coerceTo(r, BOOL).e), t: "bool", j: BOOL };
    if (resultJ && resultJ.kind === "class" && resultJ.fqn === "java.lang.String") {
      return { e: go.binary(this.concatOperand(l), "+", this.concatOperand(r)), t: "string", j: STRING };
    }
    const lp = unboxedPrim(l.j) ?? (l.j.kind === "prim" ? l.j : undefined);
    const rp = unboxedPrim(r.j) ?? (r.j.kind === "prim" ? r.j : undefined);
    if (op === "==" || op === "!=") {
      // Reference comparison unless one side is primitive (then numeric comparison after unboxing).
      const numeric = (l.j.kind === "prim" || r.j.kind === "prim") && lp && rp;
      if (!numeric) {
        const str = l.t === "nil" && r.t === "string" ? r : r.t === "nil" && l.t === "string" ? l : undefined;
        if (str) {
          const isNull = go.call(this.v.jrt("IsNullString"), str.e);
          return { e: op === "==" ? isNull : go.not(isNull), t: "bool", j: BOOL };
        }
        // A type parameter cannot be compared with nil in Go: ask jrt.
        const tp = l.t === "nil" ? r : r.t === "nil" ? l : undefined;
        if (tp && this.scope.typeParams.has(tp.t)) {
          const isNull = go.call(this.v.jrt("IsNull"), go.call("any", tp.e));
          return { e: op === "==" ? isNull : go.not(isNull), t: "bool", j: BOOL };
        }
        if (l.t.startsWith("[]") && r.t.startsWith("[]")) {
          const same = go.call(this.v.jrt("SameArray"), l.e, r.e);
          return { e: op === "==" ? same : go.not(same), t: "bool", j: BOOL };
        }
        return { e: go.binary(this.v.settle(l).e, op, this.v.settle(r).e), t: "bool", j: BOOL };
      }
    }
    if (!lp || !rp) return unsupported(`operator ${op} on ${typeToString(l.j)} and ${typeToString(r.j)}`);
    if (lp.name === "boolean" || rp.name === "boolean") {
      const a = this.coerceTo(l, BOOL).e;
      const b = this.coerceTo(r, BOOL).e;
      const gop = op === "&" ? "&&" : op === "|" ? "||" : op === "^" ? "!=" : (op as go.BinaryOp);
      // Non-short-circuit & and | evaluate both sides: only safe as && / || when the right side is pure.
      if ((op === "&" || op === "|") && !isPure(b)) return { e: go.call(this.v.jrt(op === "&" ? "EagerAnd" : "EagerOr"), a, b), t: "bool", j: BOOL };
      return { e: go.binary(a, gop, b), t: "bool", j: BOOL };
    }
    if (op === "<<" || op === ">>" || op === ">>>") {
      const pt = unaryPromote(lp);
      const a = this.convert(l, pt);
      const bits = pt.kind === "prim" && pt.name === "long" ? 64 : 32;
      if (r.untyped && typeof r.konst === "number" && r.konst >= 0 && r.konst < bits && op !== ">>>") {
        return { e: go.binary(a.e, op === "<<" ? "<<" : ">>", go.intLit(r.konst)), t: a.t, j: pt };
      }
      const n = this.convert(r, { kind: "prim", name: "long" });
      const fn = { "<<": "Shl", ">>": "Shr", ">>>": "Ushr" }[op] + (bits === 64 ? "Int64" : "Int32");
      return { e: go.call(this.v.jrt(fn), a.e, n.e), t: a.t, j: pt };
    }
    const pt = binaryPromote(lp, rp);
    const a = this.convert(l, pt);
    const b = this.convert(r, pt);
    const pname = pt.kind === "prim" ? pt.name : "int";
    switch (op) {
      case "<": case ">": case "<=": case ">=": case "==": case "!=":
        return { e: go.binary(a.e, op, b.e), t: "bool", j: BOOL };
      case "/":
      case "%": {
        if (pname === "double" || pname === "float") {
          if (op === "/") return { e: go.binary(a.e, "/", b.e), t: a.t, j: pt };
          const mod = go.call(this.v.std("math", "Mod"), pname === "float" ? go.call("float64", a.e) : a.e, pname === "float" ? go.call("float64", b.e) : b.e);
          return { e: pname === "float" ? go.call("float32", mod) : mod, t: a.t, j: pt };
        }
        if (b.untyped && typeof b.konst !== "undefined" && b.konst !== 0 && b.konst !== 0n) return { e: go.binary(a.e, op, b.e), t: a.t, j: pt };
        const fn = (op === "/" ? "Div" : "Rem") + (pname === "long" ? "Int64" : "Int32");
        return { e: go.call(this.v.jrt(fn), a.e, b.e), t: a.t, j: pt };
      }
      default:
        return { e: go.binary(a.e, op as go.BinaryOp, b.e), t: a.t, j: pt };
    }
  }

  private assignExpr(e: J.Assign, j: JType): GE {
    const { stmts, place } = this.assignment(e);
    const t = this.goType(j);
    return { e: go.call(go.funcLit(go.funcType([], [go.param(t)]), [...stmts, go.ret(place)])), t, j };
  }

  private conditional(e: J.Conditional, j: JType): GE {
    const t = this.goType(j);
    const cond = this.cond(e.cond);
    const a = this.resultOf(e.then, j, t);
    const b = this.resultOf(e.else, j, t);
    return { e: go.call(go.funcLit(go.funcType([], [go.param(t)]), [go.ifStmt(cond, [go.ret(a.e)]), go.ret(b.e)])), t, j };
  }

  /** A branch of ?: or a switch-expression arm converted to the whole expression's type (numeric promotion included). */
  private resultOf(e: J.Expr, j: JType, t: string): GE {
    const g = this.expr(e, j);
    if (j.kind === "prim") return this.convert(g, j);
    return this.v.coerce(g, t, j);
  }

  private cast(e: J.Cast, j: JType): GE {
    if (e.expr.kind === "NewArrayExpr" && this.coversArray(e.expr, j)) return this.covariantArray(e.expr, this.newArray(e.expr, j));
    const x = this.expr(e.expr, j);
    if (j.kind === "prim") return this.convert(x, j);
    const t = this.goType(j);
    if (x.t === t) return { ...x, j };
    if (x.t === "nil") return { e: go.ident("nil"), t: "nil", j };
    if (x.j.kind === "prim") return this.v.coerce(x, t, j);
    // An unchecked cast between lists (`(List<String>) (List<?>) objects`) is a view.
    const list = this.v.collectionView(x, t, j, true);
    if (list) return list;
    // A reference downcast: a checked type assertion (ClassCastException on failure, null passes).
    return { e: this.v.downcast(this.v.settle(x).e, t), t, j };
  }

  private instanceOf(e: J.InstanceOf): GE {
    const x = this.expr(e.expr);
    const test = e.test;
    const tn = test.kind === "TypePattern" ? test.type : test.kind === "RecordPattern" ? unsupported("record pattern") : test;
    const j = this.prog.model.resolveTypeNode(tn, this.env.file);
    const t = this.goType(j);
    // Number, Comparable, Serializable are `any` in Go, which every value is: a test would always pass.
    if (t === "any" && j.kind === "class" && j.fqn !== "java.lang.Object") unsupported(`instanceof ${j.fqn}, whose Go type is any`);
    // Every throwable is jrt.ThrowableI in Go, and Go's interfaces are structural (a class can have a
    // source interface's methods without implementing it): test the Java class by name.
    const info = j.kind === "class" ? this.prog.layout.info(j.fqn) : undefined;
    // A raw or wildcard test of a generic class (`x instanceof Ok`) is true for every instantiation, which no one Go type is.
    const anyInstantiation = j.kind === "class" && !!info?.sym.typeParams.length && j.args.every((a) => a.kind === "wildcard");
    const nominal = (t === "jrt.ThrowableI" && j.kind === "class" && j.fqn !== "java.lang.Throwable") || (info?.sym.kind === "interface" && !info.func) || (anyInstantiation && !(test.kind === "TypePattern" && test.name));
    const byName = nominal && j.kind === "class" ? javaBinaryName(this.prog, j.fqn) : undefined;
    // `Map<?, ?>` and `List<?>` (or raw Map, List) are any jrt map or list, whatever its Go type arguments: jrt offers the erased views.
    const erasedView = t === "jrt.Map[any, any]" ? "AsErasedMap" : t === "*jrt.ArrayList[any]" ? "AsErasedList" : undefined;
    const assertion = (val: go.Expr): go.Expr => (erasedView ? go.call(this.v.jrt(erasedView), go.call("any", val)) : go.typeAssert(go.call("any", val), go.ident(t)));
    const check = (val: go.Expr): go.Expr =>
      byName
        ? go.call(this.v.jrt("IsInstance"), go.call("any", val), go.strLit(byName))
        : go.call(go.funcLit(go.funcType([], [go.param("bool")]), [go.define(["_", "ok"], assertion(val)), go.ret(go.ident("ok"))]));
    if (test.kind !== "TypePattern" || !test.name) return { e: check(x.e), t: "bool", j: BOOL };
    // `x instanceof T t`: the binding is a variable assigned by the test, visible where Java's flow scoping puts it.
    const name = this.declare(test, test.name);
    this.hoisted.push(go.declStmt(go.genDecl("var", [go.valueSpec(name, t)])), this.placeholder(test));
    const ok = this.fresh("ok");
    const val = this.fresh("val");
    return {
      e: go.call(
        go.funcLit(go.funcType([], [go.param("bool")]), [
          go.define([val, ok], assertion(x.e)),
          ...(byName ? [go.assign(ok, "=", go.binary(go.ident(ok), "&&", check(x.e)))] : []),
          go.ifStmt(go.ident(ok), [go.assign(name, "=", go.ident(val))]),
          go.ret(go.ident(ok)),
        ]),
      ),
      t: "bool",
      j: BOOL,
    };
  }

  /** Declarations that must precede the whole function body (pattern bindings). */
  readonly hoisted: go.Stmt[] = [];

  // -------------------------------------------------------------------------------------------
  // Lambdas, method references, switch expressions

  /** Translates a nested body (lambda, local function) with its own result type. */
  nested<T>(env: Partial<FnEnv>, f: () => T): T {
    const saved = { env: this.env, tries: this.tries, breakables: this.breakables, needRet: this.needRetVar };
    this.env = { ...this.env, ...env, enclosing: env.cls && env.cls !== this.env.cls ? this.env : this.env.enclosing };
    this.tries = [];
    this.breakables = [];
    this.needRetVar = false;
    try {
      return f();
    } finally {
      this.env = saved.env;
      this.tries = saved.tries;
      this.breakables = saved.breakables;
      this.needRetVar = saved.needRet;
    }
  }

  /** A function body with `ret` declared when a try block returns through it. */
  functionBody(stmts: () => go.Stmt[]): go.Stmt[] {
    const body = stmts();
    if (this.needRetVar && this.env.resultGo) body.unshift(go.declStmt(go.genDecl("var", [go.valueSpec("ret", this.env.resultGo)])));
    // Java proved every path returns (or throws); Go's simpler rule may still want a final statement.
    if (this.env.resultGo) terminated(body, go.exprStmt(go.call("panic", go.strLit("unreachable"))));
    return body;
  }

  private lambda(e: J.Lambda, target: JType): GE {
    const adapter = this.prog.types.funcSignature(target) ? undefined : this.prog.types.lambdaAdapter(target, this.scope);
    const sig = this.prog.types.funcSignature(target) ?? adapter?.sig;
    if (!sig) return unsupported("lambda without a functional interface type");
    const t = this.goType(target);
    const params = e.params.map((p, i) => go.field(this.declare(p, p.name), this.goType(sig.params[i] ?? OBJECT)));
    const resultGo = this.goType(sig.result);
    const body = this.nested({ resultGo, resultJ: sig.result }, () =>
      this.functionBody(() => {
        if (e.body.kind === "Block") return this.block(e.body.stmts);
        if (sig.result.kind === "void") return this.exprStmt(e.body);
        return [go.ret(this.resultOf(e.body, sig.result, resultGo).e)];
      }),
    );
    return this.adapted({ e: go.funcLit(go.funcType(params, resultGo ? [go.param(resultGo)] : []), body), t, j: target }, adapter?.adapter);
  }

  /** A func literal made to implement the interface its Java target is, through the adapter (if any). */
  private adapted(fn: GE, adapter: string | undefined): GE {
    return adapter ? { ...fn, e: go.call(go.ident(adapter), fn.e) } : fn;
  }

  private methodRef(e: J.MethodRef, target: JType): GE {
    const adapter = this.prog.types.funcSignature(target) ? undefined : this.prog.types.lambdaAdapter(target, this.scope);
    const sig = this.prog.types.funcSignature(target) ?? adapter?.sig;
    const ref = this.prog.model.symbolOf(e);
    if (sig && e.target.kind === "ArrayType" && ref?.kind !== "method") return this.arrayCtorRef(sig, target);
    if (!sig || ref?.kind !== "method") return unsupported("method reference");
    const t = this.goType(target);
    const resultGo = this.goType(sig.result);
    const names = sig.params.map(() => this.fresh("p"));
    const params: GE[] = sig.params.map((p, i) => ({ e: go.ident(names[i]!), t: this.goType(p), j: p }));
    const m = ref.method;
    const info = this.usedClass(m.owner);
    let call: GE;
    const targetIsType = e.target.kind === "ClassType" || e.target.kind === "ArrayType" || e.target.kind === "PrimitiveType" || this.prog.model.symbolOf(e.target as J.Expr)?.kind === "type";
    const asArgs = (list: GE[], start: number): { list: go.Expr[]; spread: boolean } => ({
      list: list.slice(start).map((g, i) => this.coerceTo(g, ref.params[i] ?? OBJECT).e),
      spread: false,
    });
    if (m.name === "<init>") {
      const j = m.owner ? ({ kind: "class", fqn: m.owner, args: sig.result.kind === "class" ? sig.result.args : [] } as JType) : sig.result;
      if (e.target.kind === "ArrayType") {
        const at = this.goType(sig.result);
        const n = this.coerceTo(params[0]!, INT).e;
        call = { e: at === "[]string" ? go.call(this.v.jrt("NewStringArray"), n) : go.call("make", go.ident(at), n), t: at, j: sig.result };
      } else if (info) {
        const { newFn } = this.prog.layout.ctorNames(info, m);
        let fun: go.Expr = this.qualified(info, newFn);
        if (this.prog.layout.ownGoTypeParams(info.sym).length) fun = go.inst(fun, ...info.sym.typeParams.map((_, i) => go.ident(this.goType(j.kind === "class" && j.args[i] ? j.args[i]! : OBJECT))));
        call = { e: go.call(fun, ...asArgs(params, 0).list), t: this.goType(j), j };
      } else call = jdkNew(this, j, ref, params, e);
    } else if (m.static) {
      call = info ? this.sourceCall(info, m, ref, undefined, asArgs(params, 0), ref.returnType) : jdkCall(this, m, ref, undefined, params, ref.returnType, e);
    } else if (targetIsType) {
      // Unbound receiver: the first parameter is the receiver.
      const recvJ = this.prog.model.typeOf(e.target as J.Expr);
      const p0 = params[0]!.j;
      const sameClass = recvJ.kind === "class" && p0.kind === "class" && recvJ.fqn === p0.fqn;
      const recv = this.coerceTo(params[0]!, recvJ.kind === "unknown" || sameClass ? p0 : recvJ);
      call = info ? this.sourceCall(info, m, ref, recv, asArgs(params, 1), ref.returnType) : jdkCall(this, m, ref, recv, params.slice(1), ref.returnType, e);
    } else {
      const isSuper = e.target.kind === "Super";
      const recv = isSuper ? undefined : this.expr(e.target as J.Expr);
      // The receiver is evaluated once, when the reference is created.
      call = info ? this.sourceCall(info, m, ref, recv, asArgs(params, 0), ref.returnType, isSuper) : jdkCall(this, m, ref, recv, params, ref.returnType, e);
    }
    const body: go.Stmt[] = resultGo ? [go.ret(this.resultFrom(call, sig.result, resultGo).e)] : [call.t === "" || call.e.kind === "CallExpr" ? go.exprStmt(call.e) : go.assign("_", "=", call.e)];
    const fl = go.funcLit(go.funcType(params.map((p, i) => go.field(names[i]!, p.t)), resultGo ? [go.param(resultGo)] : []), body);
    return this.adapted({ e: fl, t, j: target }, adapter?.adapter);
  }

  /** `T[]::new` (the model gives array constructors no method symbol): `func(n int32) []T`. */
  private arrayCtorRef(sig: { params: JType[]; result: JType }, target: JType): GE {
    const at = this.goType(sig.result);
    const p = sig.params[0] ?? INT;
    const n = this.fresh("n");
    const len = this.coerceTo({ e: go.ident(n), t: this.goType(p), j: p }, INT).e;
    const mk = at === "[]string" ? go.call(this.v.jrt("NewStringArray"), len) : go.call("make", go.ident(at), len);
    return { e: go.funcLit(go.funcType([go.field(n, this.goType(p))], [go.param(at)]), [go.ret(mk)]), t: this.goType(target), j: target };
  }

  private resultFrom(g: GE, j: JType, t: string): GE {
    if (j.kind === "prim") return this.convert(g, j);
    return this.v.coerce(g, t, j);
  }

  private switchExpr(e: J.SwitchExpr, j: JType): GE {
    const t = this.goType(j);
    const stmts = this.nested({ resultGo: t, resultJ: j }, () => {
      const saved = this.yieldTarget;
      this.yieldTarget = { j, t };
      try {
        return this.switchStmtWithYield(e);
      } finally {
        this.yieldTarget = saved;
      }
    });
    // Java's switch expressions are exhaustive; the panic is unreachable but satisfies Go's return rule.
    terminated(stmts, go.exprStmt(go.call("panic", go.strLit("unreachable: no switch case matched"))));
    return { e: go.call(go.funcLit(go.funcType([], [go.param(t)]), stmts)), t, j };
  }

  private yieldTarget?: { j: JType; t: string };

  private switchStmtWithYield(e: J.SwitchExpr): go.Stmt[] {
    // Arrow arms with an expression yield it; blocks use `yield`, both become `return`.
    const cases = e.cases.map((c): J.SwitchCase => {
      if (c.arrow && c.body.length === 1 && c.body[0]!.kind === "ExprStmt") {
        const ex = (c.body[0] as J.ExprStmt).expr;
        return { ...c, body: [{ kind: "YieldStmt", value: ex, ...locOf(ex) }] };
      }
      return c;
    });
    return this.switchStmt(e.selector, cases, undefined);
  }

  /** `yield v` inside a switch expression's closure. */
  yieldStmt(s: J.YieldStmt): go.Stmt[] {
    const y = this.yieldTarget;
    if (!y) return unsupported("yield outside a switch expression");
    return [go.ret(this.resultOf(s.value, y.j, y.t).e)];
  }
}

/** Whether a statement list can complete normally (so a colon-case falls through). */
export function completesNormally(stmts: J.Stmt[] | J.Stmt): boolean {
  const list = Array.isArray(stmts) ? stmts : [stmts];
  const last = list[list.length - 1];
  if (!last) return true;
  switch (last.kind) {
    case "ReturnStmt":
    case "ThrowStmt":
    case "BreakStmt":
    case "ContinueStmt":
    case "YieldStmt":
      return false;
    case "Block":
      return completesNormally(last.stmts);
    case "IfStmt":
      return !last.else || completesNormally(last.then) || completesNormally(last.else);
    case "WhileStmt":
      return !isTrue(last.cond);
    default:
      return true;
  }
}

/** Whether some node under `root` (a Java AST) satisfies `test`. */
export function someNode(root: unknown, test: (n: J.Node) => boolean): boolean {
  if (!root || typeof root !== "object") return false;
  if (Array.isArray(root)) return root.some((x) => someNode(x, test));
  const o = root as Record<string, unknown>;
  if (typeof o.kind === "string" && test(o as unknown as J.Node)) return true;
  return Object.keys(o).some((k) => someNode(o[k], test));
}

/** Methods of java.util collections (and Collections' static helpers) that change a collection. */
const COLLECTION_MUTATORS = new Set(["add", "addAll", "addFirst", "addLast", "remove", "removeAll", "removeIf", "removeFirst", "removeLast", "retainAll", "clear", "set", "sort", "replaceAll", "push", "pop", "poll", "pollFirst", "pollLast", "offer", "offerFirst", "offerLast", "reverse", "shuffle", "swap", "fill", "rotate", "copy"]);

/** A source varargs method whose body compares its varargs parameter with null. */
function testsVarargsForNull(m: MethodSymbol): boolean {
  const decl = m.decl?.kind === "MethodDecl" || m.decl?.kind === "ConstructorDecl" ? (m.decl as J.MethodDecl) : undefined;
  const name = decl?.params[decl.params.length - 1]?.name;
  const isName = (e: J.Expr): boolean => e.kind === "Name" && e.name === name;
  const isNull = (e: J.Expr): boolean => e.kind === "Literal" && e.litKind === "null";
  return !!name && someNode(decl.body, (n) => n.kind === "Binary" && (n.op === "==" || n.op === "!=") && ((isName(n.left) && isNull(n.right)) || (isNull(n.left) && isName(n.right))));
}

/** Packages whose String-returning functions never return Java's null. */
const NON_NULL_STRING_PACKAGES = new Set(["jrt", "strings", "strconv", "fmt"]);
/** jrt functions whose string result can be null (a lookup's miss). */
const NULLABLE_JRT = new Set(["Null", "Unmatched"]);

/**
 * A String value that may be null (jrt.NullString): variables, fields, array elements and results of
 * user code. Literals, concatenations and library results never are, so they stay plain Go strings.
 */
function mayHoldNullString(g: GE): boolean {
  if (g.untyped || g.konst !== undefined) return false;
  const e = g.e.kind === "ParenExpr" ? g.e.x : g.e;
  switch (e.kind) {
    case "Ident":
      return e.name !== "nil";
    case "SelectorExpr":
    case "IndexExpr":
    case "TypeAssertExpr":
      return true;
    case "CallExpr": {
      const f = e.fun.kind === "IndexExpr" || e.fun.kind === "IndexListExpr" ? e.fun.x : e.fun;
      if (f.kind !== "SelectorExpr") return true;
      if (f.x.kind === "Ident" && f.x.name === "jrt" && NULLABLE_JRT.has(f.sel)) return true;
      return !(f.x.kind === "Ident" && NON_NULL_STRING_PACKAGES.has(f.x.name)) && f.sel !== "String" && f.sel !== "ToString";
    }
    default:
      return false;
  }
}

function isTrue(e: J.Expr): boolean {
  return e.kind === "Literal" && e.litKind === "boolean" && e.value === true;
}

function isSimple(e: go.Expr): boolean {
  return e.kind === "Ident" || e.kind === "BasicLit" || (e.kind === "SelectorExpr" && isSimple(e.x));
}

function isPure(e: go.Expr): boolean {
  switch (e.kind) {
    case "Ident":
    case "BasicLit":
      return true;
    case "SelectorExpr":
      return isPure(e.x);
    case "BinaryExpr":
      return isPure(e.x) && isPure(e.y);
    case "UnaryExpr":
      return isPure(e.x);
    case "ParenExpr":
      return isPure(e.x);
    default:
      return false;
  }
}

/** The type arguments of an instantiated Go type's text (`Box[string, *jrt.ArrayList[int32]]` → the two). */
function goTypeArgs(t: string): string[] {
  const open = t.indexOf("[");
  if (open < 0 || t.startsWith("[]")) return [];
  const out: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = start; i < t.length - 1; i++) {
    if (t[i] === "[" || t[i] === "(") depth++;
    else if (t[i] === "]" || t[i] === ")") depth--;
    else if (t[i] === "," && depth === 0) {
      out.push(t.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(t.slice(start, t.length - 1).trim());
  return out;
}

function mentionsTypeVar(t: JType, names: string[]): boolean {
  return typeVarNames(t).some((n) => names.includes(n));
}

/** `pkg.Fn` or `Fn` as text, to dedupe clinit calls per statement. */
function printCallee(e: go.Expr): string {
  if (e.kind === "Ident") return e.name;
  if (e.kind === "SelectorExpr" && e.x.kind === "Ident") return `${e.x.name}.${e.sel}`;
  return "";
}

/** Java's binary class name (`Main$Inner`), which getClass().getName() and exception texts print. */
export function javaBinaryName(prog: Program, fqn: string): string {
  const sym = prog.model.lookupType(fqn);
  if (!sym || sym.origin !== "source" || !sym.outer) return fqn;
  if (/\$\d/.test(fqn)) return fqn;
  return javaBinaryName(prog, sym.outer) + "$" + sym.name;
}

/** A constant negative int, which Go refuses as an index. */
function isNegativeConst(i: GE): boolean {
  return i.konst !== undefined && Number(i.konst) < 0;
}
