// Attribution: walks every body once with Java's scoping, resolving names and typing each
// expression into side tables. Locals live on one flat stack (scanned backwards) and classes on
// a frame stack, which keeps the hot path free of allocation.

import type {
  Block,
  CatchClause,
  Expr,
  Lambda,
  LocalVarDecl,
  Member,
  MethodCall,
  MethodRef,
  NewExpr,
  Node,
  Param,
  Pattern,
  Stmt,
  SwitchCase,
  TypeArg,
  TypeNode,
  ArrayInit,
} from "../parse/ast.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { isTypeDecl, withDims, type Declarer, type SourceInfo } from "./declare.js";
import { Inference, convertible, instantiate, isIvar, moreSpecificParam, replaceVars, unboundDefault } from "./infer.js";
import type { MethodView, TypeRegistry } from "./registry.js";
import {
  BOOLEAN,
  CHAR,
  DOUBLE,
  FLOAT,
  INT,
  LONG,
  OBJECT,
  STRING,
  asPrim,
  binaryPromote,
  box,
  cls,
  isStringType,
  lowerOrUpper,
  primT,
  rawClass,
  sameType,
  substitute,
  unaryPromote,
  upperOf,
  type ClassT,
  type TypeVarT,
} from "./type-ops.js";
import type { FileContext, TypeResolver, TypeScope } from "./type-resolver.js";
import { NULL_TYPE, UNKNOWN, VOID, type JType, type LocalKind, type MethodSymbol, type Ref, type TypeSymbol } from "./types.js";
import { NodeTable } from "./node-table.js";

interface Frame {
  sym: TypeSymbol;
  self: ClassT;
  /** Height of the locals stack when the class body began: locals below it are captured. */
  base: number;
  /** Unqualified field references already resolved in this class body (null = no such field). */
  fields: Map<string, Ref | null>;
}

/** How a qualifier (`a` in `a.b`) was classified (JLS §6.5.2). */
type Qualifier = { kind: "value"; type: JType } | { kind: "type"; sym: TypeSymbol; type: JType } | { kind: "package"; name: string };

interface CallResult {
  view: MethodView;
  params: JType[];
  ret: JType;
  typeArgs: JType[];
  varargsCall: boolean;
}

interface HeldDiagnostic {
  e: Expr;
  d: Diagnostic;
}

/** Per-file expression lists for coverage statistics. */
export interface FileStats {
  file: string;
  exprs: Expr[];
}

const NO_TYPES: JType[] = [];
/** Stands for a statically imported member of an opaque type: it exists, its type is unknown. */
const OPAQUE_MEMBER: Ref = { kind: "package", name: "" };

function refType(r: Ref): JType {
  return r.kind === "local" || r.kind === "param" || r.kind === "field" ? r.type : UNKNOWN;
}

export class Attributor {
  /** Expressions' types, in the table the resolver keeps written types in (TypeResolver.types). */
  readonly types: NodeTable<JType>;
  readonly refs = new NodeTable<Ref>();
  /** Local and anonymous classes by declaring node. */
  readonly localTypes = new Map<Node, TypeSymbol>();
  private readonly patternRefs = new Map<Pattern, Ref[]>();
  private readonly provisional = new Set<Expr>();
  /** Problems found while typing a provisional call: dropped when the call is retyped, reported if never. */
  private readonly held = new Map<Expr, HeldDiagnostic[]>();
  /** Where problems go while typing speculatively (undefined: reported at once). */
  private speculative: HeldDiagnostic[] | undefined = undefined;
  /** Expressions already reported: retyping a poly argument must not repeat its diagnostics. */
  private readonly reported = new WeakSet<Expr>();

  private lnames: string[] = [];
  private lrefs: Ref[] = [];
  private frames: Frame[] = [];
  private scope!: TypeScope;
  private file!: FileContext;
  private stats!: FileStats;
  /** Expected type of `return` values in the current method or lambda. */
  private retType: JType | undefined = undefined;
  /** `return` values of the current block lambda, when collecting them. */
  private lambdaReturns: Expr[] | undefined = undefined;
  /** Set by `lambda`: a result of the lambda just typed waits for a target (its return type was still open). */
  private lambdaResultWaits = false;
  /** Types of `yield` values in the current switch expression. */
  private yields: JType[] | undefined = undefined;
  /** The type a switch expression's results are wanted as (its arms are poly expressions in that context). */
  private yieldTarget: JType | undefined = undefined;
  private localCounter = new Map<string, number>();

  constructor(
    private readonly registry: TypeRegistry,
    private readonly resolver: TypeResolver,
    private readonly declarer: Declarer,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.types = resolver.types;
  }

  /** Attributes one top-level type (and everything nested in it). */
  attributeTopLevel(info: SourceInfo, stats: FileStats): void {
    this.file = info.outerScope.file;
    this.stats = stats;
    this.scope = info.outerScope;
    this.classBody(info);
    // Poly expressions left provisional had no enclosing call to retype them: what their typing found stands.
    this.provisional.clear();
    this.reportHeldNext();
    for (const hs of this.held.values()) for (const h of hs) this.report(h);
    this.held.clear();
  }

  // -------------------------------------------------------------------------------------------
  // Declarations

  private classBody(info: SourceInfo): void {
    const sym = info.sym;
    const savedScope = this.scope;
    const savedRet = this.retType;
    const savedReturns = this.lambdaReturns;
    const savedYields = this.yields;
    this.lambdaReturns = undefined;
    this.yields = undefined;
    this.frames.push({ sym, self: this.registry.selfType(sym), base: this.lnames.length, fields: new Map() });
    this.scope = info.bodyScope;
    const decl = info.decl;
    if (decl?.kind === "EnumDecl") {
      for (const c of decl.constants) {
        const ctors = this.registry.methodsNamed(sym.fqn, "<init>");
        const r = this.resolveCall(ctors, this.registry.selfType(sym), c.args, undefined);
        if (r) this.refs.set(c, methodRef(r, false));
        if (c.body) {
          const anon = this.anonymous(c, rawClass(sym.fqn), c.body);
          this.classBody(anon);
        }
      }
    }
    for (const m of info.members) this.member(m, info);
    this.frames.pop();
    this.scope = savedScope;
    this.retType = savedRet;
    this.lambdaReturns = savedReturns;
    this.yields = savedYields;
  }

  private member(m: Member, info: SourceInfo): void {
    switch (m.kind) {
      case "FieldDecl": {
        const syms = this.declarer.fieldSyms.get(m);
        m.declarators.forEach((d, i) => {
          if (d.init) this.init(d.init, syms?.[i]?.type ?? UNKNOWN);
        });
        return;
      }
      case "MethodDecl":
      case "ConstructorDecl": {
        if (!m.body) return;
        const ms = this.declarer.methodSyms.get(m);
        const saved = this.scope;
        this.scope = this.declarer.methodScopes.get(m) ?? info.bodyScope;
        const mark = this.lnames.length;
        const params = m.kind === "ConstructorDecl" && m.compact && ms ? ms.paramNames : undefined;
        if (params && ms) params.forEach((n, i) => this.push(n, { kind: "param", name: n, type: ms.params[i], decl: m }));
        else m.params.forEach((p, i) => this.pushParam(p, ms?.params[i] ?? UNKNOWN));
        this.retType = ms ? ms.returnType : UNKNOWN;
        this.block(m.body);
        this.pop(mark);
        this.scope = saved;
        return;
      }
      case "InitializerBlock":
        this.retType = VOID;
        this.block(m.body);
        return;
      default:
        if (isTypeDecl(m)) {
          const nested = this.declarer.infos.get(`${info.sym.fqn}.${m.name}`);
          if (nested) this.classBody(nested);
        }
    }
  }

  private pushParam(p: Param, type: JType): void {
    for (const a of p.modifiers.annotations) this.resolver.annotation(a, this.scope);
    this.push(p.name, { kind: "param", name: p.name, type, decl: p });
  }

  private push(name: string, ref: Ref): void {
    this.lnames.push(name);
    this.lrefs.push(ref);
  }

  private pop(mark: number): void {
    this.lnames.length = mark;
    this.lrefs.length = mark;
  }

  private local(name: string, type: JType, localKind: LocalKind, decl: Node): Ref {
    const ref: Ref = { kind: "local", name, type, localKind, decl };
    this.push(name, ref);
    this.refs.set(decl, ref);
    return ref;
  }

  /** A fresh binary-style name for a local or anonymous class: `Outer$1`, `Outer$1Local`. */
  private localName(suffix: string): string {
    const top = this.frames[0].sym.fqn;
    const n = (this.localCounter.get(top) ?? 0) + 1;
    this.localCounter.set(top, n);
    return `${top}$${n}${suffix}`;
  }

  private anonymous(node: Node, base: JType, body: Member[]): SourceInfo {
    const known = this.localTypes.get(node);
    if (known) return this.declarer.infos.get(known.fqn)!;
    const outer = this.frames[this.frames.length - 1].sym;
    const info = this.declarer.declareAnonymous(this.localName(""), outer.pkg, base, body, this.scope, outer);
    this.localTypes.set(node, info.sym);
    return info;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private block(b: Block): void {
    const mark = this.lnames.length;
    const saved = this.scope;
    for (const s of b.stmts) this.stmt(s);
    this.pop(mark);
    this.scope = saved;
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case "Block":
        this.block(s);
        return;
      case "LocalVarDecl":
        this.localVarDecl(s, "local");
        return;
      case "LocalClassDecl": {
        const d = s.decl;
        const known = this.localTypes.get(d);
        const fqn = known?.fqn ?? this.localName(d.name);
        const names = new Map<string, JType>([[d.name, rawClass(fqn)]]);
        this.scope = { parent: this.scope, file: this.file, names };
        let info = known ? this.declarer.infos.get(fqn) : undefined;
        if (!info) {
          const outer = this.frames[this.frames.length - 1].sym;
          const out: SourceInfo[] = [];
          info = this.declarer.declareType(d, fqn, outer.pkg, undefined, this.scope, out);
          info.sym.outer = outer.fqn;
          for (const o of out) this.declarer.header(o);
          for (const o of out) this.declarer.completeMembers(o);
          this.localTypes.set(d, info.sym);
        }
        this.classBody(info);
        return;
      }
      case "ExprStmt":
        this.expr(s.expr, undefined);
        return;
      case "IfStmt": {
        this.expr(s.cond, BOOLEAN);
        const mark = this.lnames.length;
        this.pushBindings(s.cond, true);
        this.stmt(s.then);
        this.pop(mark);
        if (s.else) {
          this.pushBindings(s.cond, false);
          this.stmt(s.else);
          this.pop(mark);
        }
        // Flow scoping (JLS §6.3.2.2): `if (!(x instanceof T t)) return;` binds `t` afterwards.
        if (!completesNormally(s.then) && (!s.else || completesNormally(s.else))) this.pushBindings(s.cond, false);
        else if (s.else && !completesNormally(s.else) && completesNormally(s.then)) this.pushBindings(s.cond, true);
        return;
      }
      case "WhileStmt": {
        this.expr(s.cond, BOOLEAN);
        const mark = this.lnames.length;
        this.pushBindings(s.cond, true);
        this.stmt(s.body);
        this.pop(mark);
        return;
      }
      case "DoStmt":
        this.stmt(s.body);
        this.expr(s.cond, BOOLEAN);
        return;
      case "ForStmt": {
        const mark = this.lnames.length;
        if (Array.isArray(s.init)) for (const e of s.init) this.expr(e, undefined);
        else this.localVarDecl(s.init, "for");
        if (s.cond) this.expr(s.cond, BOOLEAN);
        const inner = this.lnames.length;
        if (s.cond) this.pushBindings(s.cond, true);
        for (const e of s.update) this.expr(e, undefined);
        this.stmt(s.body);
        this.pop(inner);
        this.pop(mark);
        return;
      }
      case "ForEachStmt": {
        const it = this.expr(s.iterable, undefined);
        let t = this.resolveType(s.varType);
        if (s.varType.kind === "VarType") t = this.elementType(it);
        const mark = this.lnames.length;
        for (const a of s.modifiers.annotations) this.resolver.annotation(a, this.scope);
        this.local(s.name, t, "foreach", s);
        this.stmt(s.body);
        this.pop(mark);
        return;
      }
      case "ReturnStmt":
        if (s.value) {
          this.expr(s.value, this.retType);
          this.lambdaReturns?.push(s.value);
        }
        return;
      case "YieldStmt":
        this.yields?.push(this.expr(s.value, this.yieldTarget));
        return;
      case "ThrowStmt":
        this.expr(s.expr, undefined);
        return;
      case "TryStmt": {
        const mark = this.lnames.length;
        for (const r of s.resources) {
          if (r.kind === "LocalVarDecl") this.localVarDecl(r, "resource");
          else this.expr(r, undefined);
        }
        this.block(s.block);
        this.pop(mark);
        for (const c of s.catches) this.catchClause(c);
        if (s.finally) this.block(s.finally);
        return;
      }
      case "SwitchStmt":
        this.switchBody(this.expr(s.selector, undefined), s.cases, undefined);
        return;
      case "SynchronizedStmt":
        this.expr(s.lock, undefined);
        this.block(s.body);
        return;
      case "LabeledStmt":
        this.stmt(s.body);
        return;
      case "AssertStmt":
        this.expr(s.cond, BOOLEAN);
        if (s.message) this.expr(s.message, undefined);
        return;
      case "CtorCallStmt": {
        const f = this.frames[this.frames.length - 1];
        if (s.qualifier) this.expr(s.qualifier, undefined);
        let owner: JType | undefined = f.self;
        if (s.target === "super") owner = f.sym.superclass ?? OBJECT;
        if (owner.kind !== "class") return;
        const r = this.resolveCall(this.registry.methodsNamed(owner.fqn, "<init>"), owner, s.args, undefined);
        if (r) this.refs.set(s, methodRef(r, false));
        return;
      }
      default:
        return;
    }
  }

  private localVarDecl(s: LocalVarDecl, kind: LocalKind): void {
    for (const a of s.modifiers.annotations) this.resolver.annotation(a, this.scope);
    const isVar = s.type.kind === "VarType";
    const base = isVar ? UNKNOWN : this.resolveType(s.type);
    for (const d of s.declarators) {
      let t = withDims(base, d.dims);
      if (d.init) {
        const it = this.init(d.init, isVar ? undefined : t);
        if (isVar) t = it.kind === "null" ? OBJECT : upperOf(it);
        // `var o = new Object() { int f; }` has the anonymous class's type: `o.f` is accessible (JLS §14.4.1).
        const anon = isVar && d.init.kind === "NewExpr" && d.init.body ? this.localTypes.get(d.init) : undefined;
        if (anon) t = cls(anon.fqn, []);
      }
      this.local(d.name, t, kind, d);
    }
  }

  private catchClause(c: CatchClause): void {
    const mark = this.lnames.length;
    const types = c.types.map((t) => this.resolveType(t));
    const t = types.length === 1 ? types[0] : this.resolver.lub(types);
    this.local(c.name, t, "catch", c);
    this.block(c.body);
    this.pop(mark);
  }

  private init(init: Expr | ArrayInit, expected: JType | undefined): JType {
    if (init.kind === "ArrayInit") {
      this.arrayInit(init, expected);
      return expected ?? UNKNOWN;
    }
    return this.expr(init, expected);
  }

  private arrayInit(a: ArrayInit, expected: JType | undefined): void {
    const elem = expected && expected.kind === "array" ? expected.elem : undefined;
    for (const e of a.elements) this.init(e, elem);
  }

  /** Element type of a for-each iterable: an array's component or `Iterable<T>`'s T. */
  private elementType(t: JType): JType {
    if (t.kind === "array") return t.elem;
    const c = this.asClassType(t);
    if (!c) return UNKNOWN;
    const it = this.registry.asSuper(c, "java.lang.Iterable");
    if (!it) return UNKNOWN;
    return it.args.length ? upperOf(it.args[0]) : OBJECT;
  }

  private switchBody(selector: JType, cases: SwitchCase[], results: JType[] | undefined): void {
    const selSym = selector.kind === "class" ? this.registry.lookup(selector.fqn) : undefined;
    const mark = this.lnames.length;
    for (const c of cases) {
      const caseMark = this.lnames.length;
      for (const l of c.labels) {
        if (l.kind === "TypePattern" || l.kind === "RecordPattern") {
          this.pattern(l, selector);
          for (const r of this.patternRefs.get(l) ?? []) if (r.kind === "local") this.push(r.name, r);
        } else if (l.kind === "Name" && selSym?.kind === "enum") {
          const fv = this.registry.fieldNamed(selSym.fqn, l.name);
          if (fv) {
            this.refs.set(l, { kind: "field", field: fv.f, type: fv.f.type, implicit: true });
            this.record(l, fv.f.type, true);
          } else this.expr(l, selector);
        } else this.expr(l, selector);
      }
      if (c.guard) this.expr(c.guard, BOOLEAN);
      for (const st of c.body) {
        if (results && c.arrow && st.kind === "ExprStmt") results.push(this.expr(st.expr, this.yieldTarget));
        else this.stmt(st);
      }
      if (c.arrow) this.pop(caseMark);
    }
    this.pop(mark);
  }

  // -------------------------------------------------------------------------------------------
  // Patterns and flow bindings

  private pattern(p: Pattern, against: JType): void {
    const refs: Ref[] = [];
    this.collectPattern(p, against, refs);
    this.patternRefs.set(p, refs);
  }

  private collectPattern(p: Pattern, against: JType, out: Ref[]): void {
    if (p.kind === "TypePattern") {
      let t = this.resolveType(p.type);
      if (p.type.kind === "VarType") t = against;
      if (p.name) {
        const ref: Ref = { kind: "local", name: p.name, type: t, localKind: "pattern", decl: p };
        this.refs.set(p, ref);
        out.push(ref);
      }
      return;
    }
    const t = this.resolveType(p.type);
    const sym = t.kind === "class" ? this.registry.lookup(t.fqn) : undefined;
    const comps = sym?.kind === "record" ? sym.fields.filter((f) => !f.static) : [];
    p.subpatterns.forEach((sp, i) => this.collectPattern(sp, comps[i]?.type ?? UNKNOWN, out));
  }

  /** Pattern bindings introduced when `cond` is true (or false), per JLS §6.3.1. */
  private bindings(cond: Expr, whenTrue: boolean, out: Ref[]): void {
    switch (cond.kind) {
      case "InstanceOf":
        if (whenTrue && cond.test.kind !== "PrimitiveType" && (cond.test.kind === "TypePattern" || cond.test.kind === "RecordPattern")) {
          for (const r of this.patternRefs.get(cond.test) ?? []) out.push(r);
        }
        return;
      case "Unary":
        if (cond.op === "!") this.bindings(cond.operand, !whenTrue, out);
        return;
      case "Binary":
        if ((cond.op === "&&" && whenTrue) || (cond.op === "||" && !whenTrue)) {
          this.bindings(cond.left, whenTrue, out);
          this.bindings(cond.right, whenTrue, out);
        }
        return;
      default:
        return;
    }
  }

  private pushBindings(cond: Expr, whenTrue: boolean): void {
    const out: Ref[] = [];
    this.bindings(cond, whenTrue, out);
    for (const r of out) if (r.kind === "local") this.push(r.name, r);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private record(e: Expr, t: JType, counted: boolean): JType {
    if (counted && !this.types.has(e)) this.stats.exprs.push(e);
    this.types.set(e, t);
    return t;
  }

  /** Types `e`; `expected` is the target type of an assignment or invocation context, if any. */
  expr(e: Expr, expected: JType | undefined): JType {
    switch (e.kind) {
      case "Literal":
        return this.record(e, literalType(e.litKind), true);
      case "Name":
      case "FieldAccess": {
        const q = this.qualifier(e, true);
        return q.kind === "value" ? q.type : q.kind === "type" ? q.type : UNKNOWN;
      }
      case "This":
        return this.record(e, this.thisType(e.qualifier), true);
      case "Super": {
        const f = this.frameFor(e.qualifier);
        return this.record(e, f?.sym.superclass ?? OBJECT, false);
      }
      case "MethodCall": {
        this.provisionalNext = false;
        const t = this.methodCall(e, expected);
        // A generic call inferred without a (complete) target may be retyped by the call it is an argument of.
        this.markProvisional(e, expected);
        return this.record(e, t, true);
      }
      case "NewExpr":
        return this.record(e, this.newExpr(e, expected), true);
      case "NewArrayExpr": {
        const elem = this.resolveType(e.elemType);
        for (const d of e.dimExprs) this.expr(d, INT);
        const t = withDims(elem, e.dimExprs.length + e.extraDims);
        if (e.init) this.arrayInit(e.init, t);
        return this.record(e, t, true);
      }
      case "ArrayAccess": {
        const a = this.expr(e.array, undefined);
        this.expr(e.index, INT);
        return this.record(e, a.kind === "array" ? a.elem : UNKNOWN, true);
      }
      case "Unary": {
        const t = this.expr(e.operand, undefined);
        let r: JType;
        if (e.op === "!") r = BOOLEAN;
        else if (e.op === "++" || e.op === "--") r = t;
        else r = unaryPromote(t);
        return this.record(e, r, true);
      }
      case "Binary":
        return this.record(e, this.binary(e), true);
      case "Assign": {
        const t = this.expr(e.target, undefined);
        if (e.value.kind === "ArrayInit") this.arrayInit(e.value, t);
        else this.expr(e.value, e.op === "=" ? t : undefined);
        return this.record(e, t, true);
      }
      case "Conditional": {
        this.expr(e.cond, BOOLEAN);
        const mark = this.lnames.length;
        this.pushBindings(e.cond, true);
        const a = this.expr(e.then, expected);
        this.pop(mark);
        this.pushBindings(e.cond, false);
        const b = this.expr(e.else, expected);
        this.pop(mark);
        return this.record(e, this.narrowConditional(a, e.else, b) ?? this.narrowConditional(b, e.then, a) ?? this.conditionalType([a, b], expected), true);
      }
      case "Cast": {
        const t = this.resolveType(e.type);
        this.expr(e.expr, t);
        return this.record(e, t, true);
      }
      case "InstanceOf": {
        const t = this.expr(e.expr, undefined);
        if (e.test.kind === "TypePattern" || e.test.kind === "RecordPattern") this.pattern(e.test, t);
        else this.resolveType(e.test);
        return this.record(e, BOOLEAN, true);
      }
      case "Lambda":
        this.lambda(e, expected);
        return this.types.get(e) ?? UNKNOWN;
      case "MethodRef":
        this.methodRef(e, expected);
        return this.types.get(e) ?? UNKNOWN;
      case "ClassLit": {
        const t = this.resolveType(e.type);
        const arg = t.kind === "void" ? rawClass("java.lang.Void") : box(t);
        return this.record(e, cls("java.lang.Class", [arg]), true);
      }
      case "SwitchExpr": {
        const sel = this.expr(e.selector, undefined);
        const results: JType[] = [];
        const saved = this.yields;
        const savedTarget = this.yieldTarget;
        this.yields = results;
        this.yieldTarget = expected;
        this.switchBody(sel, e.cases, results);
        this.yields = saved;
        this.yieldTarget = savedTarget;
        return this.record(e, this.conditionalType(results, expected), true);
      }
      case "ErrorExpr":
        return this.record(e, UNKNOWN, true);
    }
  }

  private binary(e: Extract<Expr, { kind: "Binary" }>): JType {
    if (e.op === "&&" || e.op === "||") {
      this.expr(e.left, BOOLEAN);
      const mark = this.lnames.length;
      this.pushBindings(e.left, e.op === "&&");
      this.expr(e.right, BOOLEAN);
      this.pop(mark);
      return BOOLEAN;
    }
    const l = this.expr(e.left, undefined);
    const r = this.expr(e.right, undefined);
    switch (e.op) {
      case "==":
      case "!=":
      case "<":
      case ">":
      case "<=":
      case ">=":
        return BOOLEAN;
      case "+":
        if (isStringType(l) || isStringType(r)) return STRING;
        return binaryPromote(l, r);
      case "<<":
      case ">>":
      case ">>>":
        return unaryPromote(l);
      case "&":
      case "|":
      case "^": {
        const pl = asPrim(l);
        if (pl?.name === "boolean") return BOOLEAN;
        return binaryPromote(l, r);
      }
      default:
        return binaryPromote(l, r);
    }
  }

  /** Type of `?:` and switch expressions from their branch types (JLS §15.25, simplified). */
  private conditionalType(ts: JType[], expected: JType | undefined): JType {
    const known = ts.filter((t) => t.kind !== "null" && t.kind !== "unknown");
    if (!known.length) return ts.some((t) => t.kind === "unknown") ? UNKNOWN : ts.length ? NULL_TYPE : UNKNOWN;
    if (known.length < ts.length && ts.some((t) => t.kind === "unknown")) return known.every((t) => sameType(t, known[0])) ? known[0] : UNKNOWN;
    if (known.every((t) => sameType(t, known[0]))) {
      return known.length < ts.length ? box(known[0]) : known[0];
    }
    const prims = known.map(asPrim);
    if (prims.every((p) => p && p.name !== "boolean")) {
      let r: JType = prims[0]!;
      for (const p of prims) r = binaryPromote(r, p!);
      return r;
    }
    if (prims.every((p) => p?.name === "boolean")) return BOOLEAN;
    const lub = this.resolver.lub(known.map(box));
    if (lub.kind === "class" && lub.fqn === "java.lang.Object" && expected && expected.kind !== "unknown" && expected.kind !== "prim") return expected;
    return lub;
  }

  /**
   * JLS §15.25.2: `c ? 'x' : 0` is a char, not an int — an operand of type byte, short or char (or
   * their boxes) keeps its type when the other is an int constant that fits it; byte with short is short.
   */
  private narrowConditional(t: JType, otherExpr: Expr, other: JType): JType | undefined {
    const p = asPrim(t);
    const q = asPrim(other);
    if (!p || !q) return undefined;
    if ((p.name === "byte" && q.name === "short") || (p.name === "short" && q.name === "byte")) return primT("short");
    const range = SMALL_RANGES[p.name];
    if (!range || other.kind !== "prim" || other.name !== "int") return undefined;
    const v = intConstant(otherExpr);
    return v !== undefined && v >= range[0] && v <= range[1] ? p : undefined;
  }

  private thisType(qualifier: string | undefined): JType {
    const f = this.frameFor(qualifier);
    return f ? f.self : UNKNOWN;
  }

  private frameFor(qualifier: string | undefined): Frame | undefined {
    if (!qualifier) return this.frames[this.frames.length - 1];
    const simple = qualifier.slice(qualifier.lastIndexOf(".") + 1);
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i].sym.name === simple) return this.frames[i];
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Names (JLS §6.5)

  /**
   * Classifies and types a Name or FieldAccess as variable, type or package; `standalone` when
   * the name is a whole expression, where an unknown simple name cannot be a package.
   */
  private qualifier(e: Expr, standalone = false): Qualifier {
    if (e.kind === "Name") {
      const v = this.lookupVar(e.name);
      if (v) {
        const t = v === OPAQUE_MEMBER ? UNKNOWN : refType(v);
        if (v !== OPAQUE_MEMBER) this.refs.set(e, v);
        this.record(e, t, true);
        return { kind: "value", type: t };
      }
      const t = this.resolver.simpleName(e.name, this.scope);
      if (t && t.kind === "class") return this.typeQualifier(e, t.fqn);
      if (!standalone && (this.registry.isPackage(e.name) || isLowerCase(e.name))) {
        this.refs.set(e, { kind: "package", name: e.name });
        this.types.set(e, UNKNOWN);
        return { kind: "package", name: e.name };
      }
      this.unresolved(e, e.name);
      this.record(e, UNKNOWN, true);
      return { kind: "value", type: UNKNOWN };
    }
    if (e.kind !== "FieldAccess") return { kind: "value", type: this.expr(e, undefined) };
    const target = e.target;
    const q = target.kind === "Name" || target.kind === "FieldAccess" ? this.qualifier(target) : { kind: "value" as const, type: this.expr(target, undefined) };
    if (q.kind === "package") {
      const fqn = this.registry.typeInPackage(q.name, e.name, this.file.file);
      if (fqn) return this.typeQualifier(e, fqn);
      const pkg = `${q.name}.${e.name}`;
      if (this.registry.isPackage(pkg) || !isCapitalised(e.name)) {
        this.refs.set(e, { kind: "package", name: pkg });
        this.types.set(e, UNKNOWN);
        return { kind: "package", name: pkg };
      }
      return this.typeQualifier(e, this.registry.opaqueType(pkg).fqn);
    }
    if (q.kind === "type") {
      const fv = this.registry.fieldNamed(q.sym.fqn, e.name);
      if (fv) {
        const t = upperOf(fv.f.type);
        this.refs.set(e, { kind: "field", field: fv.f, type: t, implicit: false });
        this.record(e, t, true);
        return { kind: "value", type: t };
      }
      if (e.name === "length" || e.name === "class") return { kind: "value", type: this.record(e, UNKNOWN, true) };
      const mt = this.registry.memberType(q.sym.fqn, e.name);
      if (mt && (q.sym.origin !== "opaque" || isTypeLike(e.name))) {
        if (q.sym.origin === "opaque") this.registry.opaqueType(mt);
        return this.typeQualifier(e, mt);
      }
      // A constant of an opaque type: a value we cannot type.
      return { kind: "value", type: this.record(e, UNKNOWN, true) };
    }
    const t = this.fieldOf(e, q.type, e.name);
    return { kind: "value", type: t };
  }

  private typeQualifier(e: Expr, fqn: string): Qualifier {
    const sym = this.resolver.typeByFqn(fqn);
    const type = rawClass(sym.fqn);
    this.refs.set(e, { kind: "type", type: sym });
    this.types.set(e, type);
    return { kind: "type", sym, type };
  }

  /** Types `recv.name` as a field access on a value. */
  private fieldOf(e: Expr, recv: JType, name: string): JType {
    if (recv.kind === "array" && name === "length") return this.record(e, INT, true);
    const c = this.asClassType(recv);
    if (!c) return this.record(e, UNKNOWN, true);
    const fv = this.registry.fieldNamed(c.fqn, name);
    if (!fv) return this.record(e, UNKNOWN, true);
    const t = this.memberType(fv.f.type, fv.owner, c);
    this.refs.set(e, { kind: "field", field: fv.f, type: t, implicit: false });
    return this.record(e, t, true);
  }

  /** A member's declared type seen through receiver `recv` (owner is in terms of recv's class variables). */
  private memberType(t: JType, owner: ClassT, recv: ClassT): JType {
    const recvSym = this.registry.lookup(recv.fqn);
    let view = owner;
    if (recvSym && recvSym.typeParams.length && recv.args.length) view = substitute(owner, this.registry.substFor(recvSym, recv)) as ClassT;
    else if (recvSym && recvSym.typeParams.length && recv !== this.registry.selfType(recvSym)) view = rawClass(owner.fqn);
    const ownerSym = this.registry.lookup(view.fqn);
    if (!ownerSym || !ownerSym.typeParams.length) return upperOf(t);
    return upperOf(substitute(t, this.registry.substFor(ownerSym, view)));
  }

  /** A variable in scope: local, parameter, field (own, inherited, enclosing) or static import. */
  private lookupVar(name: string): Ref | undefined {
    const names = this.lnames;
    let top = names.length;
    for (let f = this.frames.length - 1; f >= 0; f--) {
      const frame = this.frames[f];
      for (let i = top - 1; i >= frame.base; i--) {
        if (names[i] === name) return this.lrefs[i];
      }
      let fr = frame.fields.get(name);
      if (fr === undefined) {
        const fv = this.registry.fieldNamed(frame.sym.fqn, name);
        fr = fv ? { kind: "field", field: fv.f, type: this.memberType(fv.f.type, fv.owner, frame.self), implicit: true } : null;
        frame.fields.set(name, fr);
      }
      if (fr) return fr;
      top = frame.base;
    }
    for (let i = top - 1; i >= 0; i--) {
      if (names[i] === name) return this.lrefs[i];
    }
    const owners = this.file.staticSingle.get(name);
    if (owners) {
      for (const o of owners) {
        const sym = this.resolver.typeByFqn(o, this.file.file);
        const fv = this.registry.fieldNamed(sym.fqn, name);
        if (fv) return { kind: "field", field: fv.f, type: upperOf(fv.f.type), implicit: true };
      }
      // A static import from an opaque type: known to exist, type unknown.
      if (owners.some((o) => this.resolver.typeByFqn(o, this.file.file).origin === "opaque")) return OPAQUE_MEMBER;
    }
    for (const o of this.file.staticOnDemand) {
      const fv = this.registry.fieldNamed(this.resolver.typeByFqn(o, this.file.file).fqn, name);
      if (fv && fv.f.static) return { kind: "field", field: fv.f, type: upperOf(fv.f.type), implicit: true };
    }
    return undefined;
  }

  private unresolved(e: Expr, name: string): void {
    this.report({ e, d: diagnostic("J2X2002", { file: this.file.file, line: e.line, column: e.col }, { name }) });
  }

  /** Reports a problem once per expression, or holds it while typing only speculatively. */
  private report(h: HeldDiagnostic): void {
    if (this.reported.has(h.e)) return;
    if (this.speculative) {
      this.speculative.push(h);
      return;
    }
    this.reported.add(h.e);
    this.diagnostics.push(h.d);
  }

  private resolveType(t: TypeNode): JType {
    return this.resolver.resolve(t, this.scope);
  }

  private asClassType(t: JType): ClassT | undefined {
    switch (t.kind) {
      case "class":
        return t;
      case "typevar":
        return t.bounds && t.bounds.length ? this.asClassType(t.bounds[0]) : OBJECT;
      case "intersection":
        return t.types.length ? this.asClassType(t.types[0]) : undefined;
      case "wildcard":
        return this.asClassType(upperOf(t));
      case "prim":
        return undefined;
      case "array":
        return OBJECT;
      default:
        return undefined;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  private methodCall(e: MethodCall, expected: JType | undefined): JType {
    let views: MethodView[] | undefined;
    let recv: ClassT | undefined;
    let implicit = false;
    let opaque = false;
    // Library stubs declare only the common members: a miss there is not the user's problem.
    let stub = false;
    let arrayRecv: JType | undefined;
    if (!e.target) {
      implicit = true;
      for (let f = this.frames.length - 1; f >= 0 && !views; f--) {
        const vs = this.registry.methodsNamed(this.frames[f].sym.fqn, e.name);
        if (vs.length) {
          views = vs;
          recv = this.frames[f].self;
        }
      }
      if (!views) {
        const found = this.staticImportMethods(e.name);
        views = found.views;
        opaque = found.opaque;
        if (views.length) recv = views[0].owner;
      }
    } else if (e.target.kind === "Super") {
      this.expr(e.target, undefined);
      const f = this.frameFor(e.target.qualifier);
      const st = f?.sym.superclass ?? OBJECT;
      recv = this.asClassType(st);
      // `Iface.super.m()` names an interface the frame's class implements.
      if (e.target.qualifier && f && f.sym.name !== e.target.qualifier.slice(e.target.qualifier.lastIndexOf(".") + 1)) {
        const it = this.resolver.simpleName(e.target.qualifier, this.scope);
        if (it && it.kind === "class") recv = it;
      } else if (e.target.qualifier && !f) {
        const it = this.resolver.qualifiedName(e.target.qualifier.split("."), this.scope);
        // As the enclosing class declares it (`Repository<ID, T>`), not raw, so the call sees its type arguments.
        const declared = this.frameFor(undefined)?.sym.interfaces.find((i): i is ClassT => i.kind === "class" && it?.kind === "class" && i.fqn === it.fqn);
        if (it && it.kind === "class") recv = declared ?? it;
      }
      if (recv) views = this.registry.methodsNamed(recv.fqn, e.name);
    } else {
      const q = e.target.kind === "Name" || e.target.kind === "FieldAccess" ? this.qualifier(e.target) : { kind: "value" as const, type: this.expr(e.target, undefined) };
      if (q.kind === "type") {
        opaque = q.sym.origin === "opaque";
        stub = q.sym.origin === "library";
        recv = rawClass(q.sym.fqn);
      } else if (q.kind === "value") {
        if (q.type.kind === "array") arrayRecv = q.type;
        recv = this.asClassType(q.type);
        const origin = recv ? this.registry.lookup(recv.fqn)?.origin : undefined;
        opaque = origin === "opaque";
        stub = origin === "library";
      }
      if (recv) views = this.registry.methodsNamed(recv.fqn, e.name);
    }
    if (arrayRecv && e.name === "clone" && !e.args.length) {
      this.args(e.args);
      return arrayRecv;
    }
    if (!recv || !views || !views.length) {
      this.args(e.args);
      if (!opaque && !stub && recv && !views?.length) this.noOverload(e, e.name);
      return UNKNOWN;
    }
    // Only Object's members are known on an opaque receiver.
    if (opaque) views = views.filter((v) => v.owner.fqn === "java.lang.Object");
    const r = this.resolveCall(views, recv, e.args, expected, e.typeArgs);
    if (!r) {
      if (!opaque && !stub) this.noOverload(e, e.name);
      return UNKNOWN;
    }
    this.refs.set(e, methodRef(r, implicit));
    if (r.view.m.name === "getClass" && !r.params.length) {
      return cls("java.lang.Class", [{ kind: "wildcard", bound: rawClass(recv.fqn), super: false }]);
    }
    return r.ret;
  }

  private noOverload(e: Expr, name: string): void {
    this.report({ e, d: diagnostic("J2X2003", { file: this.file.file, line: e.line, column: e.col }, { name }) });
  }

  private staticImportMethods(name: string): { views: MethodView[]; opaque: boolean } {
    const views: MethodView[] = [];
    let opaque = false;
    for (const o of this.file.staticSingle.get(name) ?? []) {
      const sym = this.resolver.typeByFqn(o, this.file.file);
      if (sym.origin === "opaque") opaque = true;
      for (const v of this.registry.methodsNamed(sym.fqn, name)) if (v.m.static) views.push(v);
    }
    if (views.length || opaque) return { views, opaque };
    for (const o of this.file.staticOnDemand) {
      const sym = this.resolver.typeByFqn(o, this.file.file);
      if (sym.origin === "opaque") opaque = true;
      for (const v of this.registry.methodsNamed(sym.fqn, name)) if (v.m.static) views.push(v);
    }
    return { views, opaque };
  }

  /** Types arguments with no method to guide them (unknown receiver). */
  private args(args: Expr[]): void {
    for (const a of args) {
      if (a.kind === "Lambda") this.lambda(a, undefined);
      else if (a.kind === "MethodRef") this.methodRef(a, undefined);
      else this.expr(a, undefined);
    }
  }

  /**
   * Overload resolution and inference for one call (JLS §15.12.2): arguments that are not
   * lambdas or method references are typed first, then the phases pick the most specific
   * method, then inference runs over arguments, the target type and finally the lambdas.
   */
  private resolveCall(
    views: MethodView[],
    recv: ClassT,
    args: Expr[],
    expected: JType | undefined,
    explicitTypeArgs?: TypeArg[],
    diamond?: TypeSymbol,
  ): CallResult | undefined {
    this.reportHeldNext();
    const argTypes: (JType | undefined)[] = new Array(args.length);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      argTypes[i] = a.kind === "Lambda" || a.kind === "MethodRef" ? undefined : this.expr(a, undefined);
    }
    // Member views are relative to the receiver's class: bring them to the receiver's arguments.
    const recvSym = this.registry.lookup(recv.fqn);
    const toRecv = (v: MethodView): ClassT => {
      if (!recvSym || !recvSym.typeParams.length) return v.owner;
      if (!recv.args.length) return v.owner.fqn === recv.fqn ? recv : rawClass(v.owner.fqn);
      return substitute(v.owner, this.registry.substFor(recvSym, recv)) as ClassT;
    };
    let chosen: MethodView | undefined;
    let owner: ClassT | undefined;
    let varargsCall = false;
    let phaseFormals: JType[] | undefined;
    for (let phase = 1; phase <= 3 && !chosen; phase++) {
      const applicable: { v: MethodView; owner: ClassT; formals: JType[] }[] = [];
      for (const v of views) {
        const m = v.m;
        if (phase < 3 ? m.params.length !== args.length : !m.varargs || args.length < m.params.length - 1) continue;
        const o = toRecv(v);
        const sig = instantiate(this.registry, m, o, undefined);
        const formals = phase === 3 ? expandVarargs(sig.params, args.length) : sig.params;
        let ok = true;
        for (let i = 0; i < args.length && ok; i++) {
          const at = argTypes[i];
          if (at === undefined) ok = this.potentiallyCompatible(args[i] as Lambda | MethodRef, formals[i]);
          else ok = convertible(this.registry, at, formals[i], phase >= 2) || this.targetMayFix(args[i], at, formals[i], phase >= 2);
        }
        if (ok) applicable.push({ v, owner: o, formals });
      }
      if (!applicable.length) continue;
      let best = applicable[0];
      if (applicable.length > 1) {
        const better = (a: (typeof applicable)[number], b: (typeof applicable)[number]) =>
          a.formals.every((f, i) => moreSpecificParam(this.registry, f, b.formals[i]) || this.functionalPreferred(args[i], f, b.formals[i]));
        const maximal = applicable.filter((a) => applicable.every((b) => a === b || better(a, b)));
        if (maximal.length) best = maximal.find((a) => !a.v.m.abstract) ?? maximal[0];
      }
      chosen = best.v;
      owner = best.owner;
      varargsCall = phase === 3;
      phaseFormals = best.formals;
    }
    if (!chosen || !owner || !phaseFormals) {
      for (let i = 0; i < args.length; i++) if (argTypes[i] === undefined) this.expr(args[i], undefined);
      return undefined;
    }
    const m = chosen.m;
    const typeParams = diamond ? diamond.typeParams : m.typeParams;
    const inf = typeParams.length ? new Inference(this.registry, typeParams) : undefined;
    let params: JType[];
    let ret: JType;
    if (diamond && inf) {
      const dOwner = cls(diamond.fqn, inf.vars);
      const sig = instantiate(this.registry, m, dOwner, undefined);
      params = sig.params;
      ret = dOwner;
    } else {
      const sig = instantiate(this.registry, m, owner, inf);
      params = sig.params;
      ret = sig.ret;
    }
    if (inf && explicitTypeArgs && explicitTypeArgs.length === inf.vars.length) {
      explicitTypeArgs.forEach((ta, i) => inf.bindings.set(inf.vars[i], this.resolver.typeArg(ta, this.scope)));
    }
    const formals = varargsCall ? expandVarargs(params, args.length) : params;
    if (inf) {
      for (let i = 0; i < args.length; i++) {
        const at = argTypes[i];
        if (at !== undefined && !this.provisional.has(args[i])) inf.fromArg(formals[i], at);
      }
    }
    const pending: number[] = [];
    for (let i = 0; i < args.length; i++) if (argTypes[i] === undefined) pending.push(i);
    // Lambdas and method references whose parameter types are known constrain first (`groupingBy(Order::city, …)`
    // fixes T); then poly arguments typed without a target get a second pass with the formal as target
    // (`mapping(o -> o.qty(), …)` learns T from it), which may let more lambdas be typed.
    this.deferredArgs(args, formals, inf, pending, false);
    // A provisional argument's own unbound variables read as Object: the target goes first.
    const provisionalArgs = args.some((a, i) => argTypes[i] !== undefined && this.provisional.has(a));
    if (provisionalArgs && inf && expected && isInformativeTarget(expected) && inf.unbound(ret)) inf.fromTarget(ret, expected);
    // An argument still provisional after retyping waits for this call's own open variables: its
    // bounds (`Comparator<Comparable>`) count only after the target has had its say.
    const waiting: number[] = [];
    for (let i = 0; i < args.length; i++) {
      if (argTypes[i] === undefined || !this.provisional.has(args[i])) continue;
      this.provisional.delete(args[i]);
      const at = this.expr(args[i], inf ? inf.applyAsTarget(formals[i]) : formals[i]);
      if (inf && this.provisional.has(args[i])) waiting.push(i);
      else inf?.fromArg(formals[i], at);
    }
    this.deferredArgs(args, formals, inf, pending, false);
    if (inf && expected && isInformativeTarget(expected) && inf.unbound(ret)) inf.fromTarget(ret, expected);
    const waitsForTarget = inf !== undefined && (!expected || mentionsIvar(expected)) && inf.vars.some((v) => !inf.bindings.has(v));
    for (const i of waiting) inf!.fromArg(formals[i], this.types.get(args[i]) ?? UNKNOWN);
    // Lambdas typed with parameters the target has yet to fix (`filtering(o -> o.qty() > 1, …)` before
    // groupingBy's target reaches it) may fail to resolve: their problems count only if no retyping comes.
    const savedSpeculative = this.speculative;
    const held: HeldDiagnostic[] | undefined = waitsForTarget ? [] : undefined;
    if (held) this.speculative = held;
    this.deferredArgs(args, formals, inf, pending, true);
    this.speculative = savedSpeculative;
    // Set last: typing the lambdas above resets them.
    if (waitsForTarget) this.provisionalNext = true;
    this.heldNext = held;
    const finalParams = inf ? params.map((p) => inf.apply(p, true)) : params;
    let finalRet = inf ? inf.apply(ret, true) : ret;
    if (inf) for (let i = 0; i < args.length; i++) if (argTypes[i] === undefined) this.types.set(args[i], ground(inf.apply(formals[i], true)));
    finalRet = upperOf(finalRet);
    return {
      view: chosen,
      params: finalParams,
      ret: finalRet,
      typeArgs: inf ? inf.vars.map((v) => inf.apply(v, true)) : NO_TYPES,
      varargsCall,
    };
  }

  /**
   * A provisional argument whose result is a bare type variable only the target can fix (Mockito's
   * `any()`, `isNull()`) was typed as that variable's bound: it fits a formal that is a
   * subtype of the bound, as inference would pick the formal (JLS 18.5.2), a primitive one by
   * boxing in the loose phases.
   */
  private targetMayFix(arg: Expr, at: JType, formal: JType, loose: boolean): boolean {
    if (!this.provisional.has(arg) || (formal.kind === "prim" && !loose)) return false;
    const r = this.refs.get(arg);
    const v = r?.kind === "method" ? r.method.returnType : undefined;
    if (v?.kind !== "typevar") return false;
    // Still the variable's default (what Inference.apply gives an unbound one), not a type an argument fixed.
    if (!sameType(at, unboundDefault(v))) return false;
    return convertible(this.registry, formal.kind === "prim" ? box(formal) : formal, at, false);
  }

  /** Set by resolveCall when its result still depends on a target type the caller may know. */
  private provisionalNext = false;
  /** Set with provisionalNext: the problems met while typing that call speculatively. */
  private heldNext: HeldDiagnostic[] | undefined = undefined;

  /** Reports held problems no caller took over (a constructor call is never retyped). */
  private reportHeldNext(): void {
    const held = this.heldNext;
    this.heldNext = undefined;
    if (held) for (const h of held) this.report(h);
  }

  /**
   * Records whether call `e` waits for a target: it left type variables open and had no target, or
   * only one still holding the enclosing call's own inference variables (`nullsFirst(naturalOrder())`
   * typed before `sort`'s `Comparator<? super String>` reaches it).
   */
  private markProvisional(e: Expr, expected: JType | undefined): void {
    const held = this.heldNext;
    this.heldNext = undefined;
    if (this.held.size) this.held.delete(e);
    if (this.provisionalNext && (!expected || mentionsIvar(expected))) {
      this.provisional.add(e);
      if (held?.length) this.held.set(e, held);
    } else {
      if (this.provisional.size) this.provisional.delete(e);
      if (held) for (const h of held) this.report(h);
    }
    this.provisionalNext = false;
  }

  /**
   * Types pending lambdas and method references once their parameter types are known; with
   * `lastResort`, also those whose parameters stay uninferred (they then read as bounds).
   */
  private deferredArgs(args: Expr[], formals: JType[], inf: Inference | undefined, pending: number[], lastResort: boolean): void {
    let progressed = true;
    while (pending.length && progressed) {
      progressed = false;
      for (let k = 0; k < pending.length; k++) {
        const i = pending[k];
        const formal = inf ? inf.apply(formals[i], false) : formals[i];
        const sam = this.samOf(formal);
        const a = args[i] as Lambda | MethodRef;
        if (inf && sam && sam.params.some((p) => inf.unbound(p))) {
          const hints = a.kind === "MethodRef" ? this.methodRefHints(a, sam.params.length) : this.explicitLambdaParams(a);
          if (hints) hints.forEach((h, j) => h && inf.fromArg(sam.params[j], h));
          if (sam.params.some((p) => inf.unbound(p)) && !lastResort) continue;
        }
        // `TreeMap::new` for `Supplier<M>`, `M extends Map<K, D>`: like a diamond, the class's type
        // arguments come from M's bound, once K and D are known.
        const made = inf && a.kind === "MethodRef" && a.name === "new" ? this.samOf(formals[i])?.ret : undefined;
        if (inf && made && inf.owns(made) && inf.open(made)) {
          const bound = inf.boundOf(made);
          if (bound && inf.unbound(bound) && !lastResort) continue;
          const t = bound ? this.constructedFor(a as MethodRef, bound) : undefined;
          if (t) inf.fromArg(made, t);
        }
        const target = inf ? inf.apply(formals[i], lastResort) : formal;
        const bodyType = a.kind === "Lambda" ? this.lambda(a, target) : this.methodRef(a, target);
        if (inf && sam && bodyType && sam.ret.kind !== "void") {
          const waits = a.kind === "Lambda" && this.lambdaResultWaits;
          inf.fromArg(sam.ret, bodyType.kind === "void" ? UNKNOWN : box(bodyType));
          // `n -> c ? Optional.of(n) : Optional.empty()`: the return type the other results fixed is
          // the target of the one that waited, so the body is typed once more.
          if (waits && !inf.unbound(sam.ret)) this.lambda(a as Lambda, inf.apply(formal, false));
        }
        pending.splice(k, 1);
        k--;
        progressed = true;
      }
    }
  }

  /** Applicability of a lambda or method reference before it is typed (JLS §15.12.2.1). */
  private potentiallyCompatible(a: Lambda | MethodRef, formal: JType): boolean {
    if (formal.kind === "typevar" || formal.kind === "unknown") return true;
    const sam = this.samOf(formal);
    if (!sam) return false;
    if (a.kind === "MethodRef") return this.refSupportsArity(a, sam.params.length);
    if (sam.params.length !== a.params.length) return false;
    if (a.body.kind === "Block") {
      const value = blockReturnsValue(a.body);
      return sam.ret.kind === "void" ? !value : value || !completesNormally(a.body);
    }
    if (sam.ret.kind === "void") return isStatementExpr(a.body);
    return true;
  }

  /**
   * JLS §15.12.2.1: `x::m` fits a function type of arity n only if some `m` takes n arguments
   * (`Type::m` also an instance `m` taking n−1, the first argument being the receiver), so
   * `thenComparing(Employee::name)` is not a candidate for the Comparator overload.
   */
  private refSupportsArity(r: MethodRef, n: number): boolean {
    if (r.name === "new") return true;
    const q = this.refTargetType(r);
    if (!q || q.kind === "package") return true;
    const owner = q.kind === "type" ? q.sym.fqn : this.asClassType(q.type)?.fqn;
    const views = owner ? this.registry.methodsNamed(owner, r.name) : [];
    if (!views.length) return true; // unresolved or opaque: nothing to rule out
    const supports = (m: MethodSymbol, k: number) => m.params.length === k || (m.varargs && k >= m.params.length - 1);
    if (q.kind === "value") return views.some((v) => supports(v.m, n));
    return views.some((v) => (v.m.static ? supports(v.m, n) : supports(v.m, n - 1)));
  }

  /** Between two functional-interface formals, one whose method returns a value wins for a value lambda. */
  private functionalPreferred(arg: Expr, a: JType, b: JType): boolean {
    if (arg.kind !== "Lambda" && arg.kind !== "MethodRef") return false;
    const sa = this.samOf(a);
    const sb = this.samOf(b);
    if (!sa || !sb) return false;
    if (sb.ret.kind === "void" && sa.ret.kind !== "void") return arg.kind === "MethodRef" || arg.body.kind === "Block" || !this.lambdaBodyIsVoid(arg);
    if (sa.ret.kind === "prim" && sb.ret.kind !== "prim" && sb.ret.kind !== "void") return true;
    return false;
  }

  private lambdaBodyIsVoid(l: Lambda): boolean {
    if (l.body.kind === "Block" || l.params.length) return false;
    return this.expr(l.body, undefined).kind === "void";
  }

  /** The function type of a functional interface: parameter and return types after substitution. */
  private samOf(t: JType): { params: JType[]; ret: JType } | undefined {
    if (t.kind !== "class") return undefined;
    const view = this.registry.functionalMethod(t.fqn);
    if (!view) return undefined;
    const sym = this.registry.lookup(t.fqn)!;
    let owner = view.owner;
    if (sym.typeParams.length) {
      const groundT = t.args.length ? cls(t.fqn, t.args.map(lowerOrUpper)) : t;
      owner = substitute(owner, this.registry.substFor(sym, groundT)) as ClassT;
    }
    const sig = instantiate(this.registry, view.m, owner, undefined);
    return { params: sig.params, ret: sig.ret };
  }

  /**
   * What an exact method reference `Type::m` accepts, for inference before its target is known.
   * A raw generic receiver (`List::size`) or a parameter naming a type variable is only an upper
   * bound of the function's parameter, not its type: such positions give no hint (undefined).
   */
  private methodRefHints(r: MethodRef, arity: number): (JType | undefined)[] | undefined {
    if (r.name === "new") return undefined;
    const t = this.refTargetType(r);
    if (!t || t.kind !== "type") return undefined;
    const ms = this.registry.methodsNamed(t.sym.fqn, r.name);
    if (ms.length !== 1) return undefined;
    const m = ms[0].m;
    const exact = (p: JType) => (mentionsTypeVar(p) ? undefined : p);
    if (m.static) return m.params.length === arity ? m.params.map(exact) : undefined;
    const recv = t.sym.typeParams.length ? undefined : t.type;
    return m.params.length === arity - 1 ? [recv, ...m.params.map(exact)] : undefined;
  }

  /** The declared parameter types of an explicitly typed lambda (`(Employee e) -> …`), which inference may use. */
  private explicitLambdaParams(l: Lambda): JType[] | undefined {
    if (!l.params.length || l.params.some((p) => !p.type || p.type.kind === "VarType" || p.varargs)) return undefined;
    return l.params.map((p) => this.resolveType(p.type!));
  }

  private refTargetType(r: MethodRef): Qualifier | undefined {
    const tgt = r.target;
    if (tgt.kind === "Name" || tgt.kind === "FieldAccess") return this.qualifier(tgt);
    if (tgt.kind === "PrimitiveType" || tgt.kind === "ClassType" || tgt.kind === "ArrayType" || tgt.kind === "VarType" || tgt.kind === "IntersectionType" || tgt.kind === "UnionType") {
      const type = this.resolveType(tgt);
      if (type.kind === "class") return { kind: "type", sym: this.resolver.typeByFqn(type.fqn), type };
      return { kind: "type", sym: this.resolver.typeByFqn("java.lang.Object"), type };
    }
    return { kind: "value", type: this.expr(tgt, undefined) };
  }

  /** Types a lambda against `target`; returns the type its body produces (void when none). */
  private lambda(l: Lambda, target: JType | undefined): JType | undefined {
    const sam = target ? this.samOf(target) : undefined;
    const mark = this.lnames.length;
    l.params.forEach((p, i) => {
      let t: JType = UNKNOWN;
      if (p.type && p.type.kind !== "VarType") t = this.resolveType(p.type);
      else if (sam && sam.params[i]) t = upperOf(sam.params[i]);
      if (p.varargs) t = { kind: "array", elem: t };
      for (const a of p.modifiers.annotations) this.resolver.annotation(a, this.scope);
      const ref: Ref = { kind: "local", name: p.name, type: isIvar(t) ? UNKNOWN : t, localKind: "lambda", decl: p };
      this.push(p.name, ref);
      this.refs.set(p, ref);
    });
    const expectedRet = sam && !mentionsIvar(sam.ret) && sam.ret.kind !== "void" ? sam.ret : undefined;
    let bodyType: JType;
    if (l.body.kind === "Block") {
      const savedRet = this.retType;
      const savedReturns = this.lambdaReturns;
      const returns: Expr[] = [];
      this.retType = expectedRet;
      this.lambdaReturns = returns;
      this.block(l.body);
      this.retType = savedRet;
      this.lambdaReturns = savedReturns;
      bodyType = returns.length ? this.conditionalType(returns.map((r) => this.types.get(r) ?? UNKNOWN), undefined) : VOID;
      this.lambdaResultWaits = returns.some((r) => this.waitsForTarget(r));
    } else {
      bodyType = this.expr(l.body, expectedRet);
      this.lambdaResultWaits = this.waitsForTarget(l.body);
    }
    this.pop(mark);
    const counted = !this.types.has(l);
    if (counted) this.stats.exprs.push(l);
    this.types.set(l, sam && target ? ground(target) : UNKNOWN);
    return bodyType;
  }

  /** The class `Type::new` creates, its type arguments inferred from `bound` when it names a raw generic class. */
  private constructedFor(r: MethodRef, bound: JType): JType | undefined {
    const q = this.refTargetType(r);
    if (q?.kind !== "type" || q.type.kind !== "class" || q.type.args.length || !q.sym.typeParams.length) return undefined;
    const ci = new Inference(this.registry, q.sym.typeParams);
    const made = cls(q.type.fqn, ci.vars);
    ci.fromTarget(made, bound);
    return ci.apply(made, true);
  }

  /** A poly expression typed without its target (a branch of a conditional counts). */
  private waitsForTarget(e: Expr): boolean {
    if (e.kind === "Conditional") return this.waitsForTarget(e.then) || this.waitsForTarget(e.else);
    return this.provisional.has(e);
  }

  /** Types a method reference against `target`; returns the referenced method's result type. */
  private methodRef(r: MethodRef, target: JType | undefined): JType | undefined {
    const sam = target ? this.samOf(target) : undefined;
    const q = this.refTargetType(r);
    const record = (t: JType) => {
      if (!this.types.has(r)) this.stats.exprs.push(r);
      this.types.set(r, t);
    };
    if (!sam || !q || q.kind === "package") {
      record(UNKNOWN);
      return undefined;
    }
    const samParams = sam.params.map((p) => (mentionsIvar(p) ? UNKNOWN : upperOf(p)));
    let result: CallResult | undefined;
    if (r.name === "new") {
      if (q.kind === "type" && q.type.kind === "array") {
        record(ground(target!));
        return q.type;
      }
      const t = q.type.kind === "class" ? q.type : undefined;
      if (t) {
        const sym = this.registry.lookup(t.fqn);
        result = this.resolveRefCall(this.registry.methodsNamed(t.fqn, "<init>"), t, samParams);
        if (result) {
          this.refs.set(r, methodRef(result, false));
          const ret = sym && sym.typeParams.length && !t.args.length && sam.ret.kind === "class" ? this.registry.asSuper(cls(t.fqn, sym.typeParams.map(() => UNKNOWN)), sam.ret.fqn) : undefined;
          record(ground(target!));
          return ret && sam.ret.kind === "class" && sam.ret.args.length && sym ? cls(t.fqn, (sam.ret as ClassT).args) : t;
        }
      }
      record(UNKNOWN);
      return undefined;
    }
    if (q.kind === "type") {
      const views = this.registry.methodsNamed(q.sym.fqn, r.name);
      // `Type::m` is either a static method taking all parameters or an instance method on the first.
      result = this.resolveRefCall(views.filter((v) => v.m.static), rawClass(q.sym.fqn), samParams);
      if (!result && samParams.length) {
        const first = samParams[0];
        const recv = first.kind === "class" && this.registry.isSubclass(first.fqn, q.sym.fqn) ? first : rawClass(q.sym.fqn);
        result = this.resolveRefCall(this.registry.methodsNamed(recv.fqn, r.name).filter((v) => !v.m.static), recv, samParams.slice(1));
      }
    } else {
      const recv = this.asClassType(q.type);
      if (recv) result = this.resolveRefCall(this.registry.methodsNamed(recv.fqn, r.name), recv, samParams);
    }
    if (!result) {
      record(UNKNOWN);
      return undefined;
    }
    this.refs.set(r, methodRef(result, false));
    record(ground(target!));
    return result.ret;
  }

  /** Overload choice for a method reference, whose "arguments" are the function type's parameters. */
  private resolveRefCall(views: MethodView[], recv: ClassT, argTypes: JType[]): CallResult | undefined {
    const recvSym = this.registry.lookup(recv.fqn);
    for (let phase = 1; phase <= 3; phase++) {
      const ok = views.filter((v) => {
        const m = v.m;
        if (phase < 3 ? m.params.length !== argTypes.length : !m.varargs || argTypes.length < m.params.length - 1) return false;
        const formals = phase === 3 ? expandVarargs(m.params, argTypes.length) : m.params;
        return argTypes.every((a, i) => convertible(this.registry, a, formals[i], phase >= 2));
      });
      if (!ok.length) continue;
      const best = ok.find((a) => ok.every((b) => a === b || a.m.params.every((p, i) => moreSpecificParam(this.registry, p, b.m.params[i])))) ?? ok[0];
      const owner = recvSym && recvSym.typeParams.length && recv.args.length ? (substitute(best.owner, this.registry.substFor(recvSym, recv)) as ClassT) : best.owner;
      const inf = best.m.typeParams.length ? new Inference(this.registry, best.m.typeParams) : undefined;
      const sig = instantiate(this.registry, best.m, owner, inf);
      const formals = phase === 3 ? expandVarargs(sig.params, argTypes.length) : sig.params;
      if (inf) argTypes.forEach((a, i) => inf.fromArg(formals[i], a));
      return {
        view: best,
        params: inf ? sig.params.map((p) => inf.apply(p, true)) : sig.params,
        ret: upperOf(inf ? inf.apply(sig.ret, true) : sig.ret),
        typeArgs: inf ? inf.vars.map((v) => inf.apply(v, true)) : NO_TYPES,
        varargsCall: phase === 3,
      };
    }
    return undefined;
  }

  private newExpr(e: NewExpr, expected: JType | undefined): JType {
    let t: JType;
    if (e.outer) {
      const o = this.asClassType(this.expr(e.outer, undefined));
      const m = o ? this.registry.memberType(o.fqn, e.type.segments[0].name) : undefined;
      t = m ? rawClass(m) : UNKNOWN;
    } else t = this.resolver.classType(e.type, this.scope);
    const last = e.type.segments[e.type.segments.length - 1];
    const isDiamond = last.typeArgs !== undefined && last.typeArgs.length === 0;
    if (t.kind !== "class") {
      this.args(e.args);
      if (e.body) this.anonymousBody(e, OBJECT);
      return UNKNOWN;
    }
    const sym = this.registry.lookup(t.fqn);
    let result: JType = t;
    if (sym && sym.origin !== "opaque" && sym.kind !== "interface") {
      const ctors = this.registry.methodsNamed(t.fqn, "<init>");
      const diamond = isDiamond && sym.typeParams.length ? sym : undefined;
      this.provisionalNext = false;
      const r = this.resolveCall(ctors, t, e.args, expected, e.typeArgs, diamond);
      if (r) {
        this.refs.set(e, methodRef(r, false));
        if (diamond) {
          result = r.ret;
          this.markProvisional(e, expected);
        }
      } else if (!ctors.length) this.args(e.args);
      this.provisionalNext = false;
    } else {
      if (isDiamond && sym && sym.typeParams.length && expected && expected.kind === "class" && expected.fqn === t.fqn) result = expected;
      this.args(e.args);
    }
    if (e.body) this.anonymousBody(e, result);
    return result;
  }

  private anonymousBody(e: NewExpr, base: JType): void {
    const info = this.anonymous(e, base, e.body!);
    this.classBody(info);
  }
}

const SMALL_RANGES: Partial<Record<string, [number, number]>> = { byte: [-128, 127], short: [-32768, 32767], char: [0, 65535] };

/** The value of an int constant expression made of literals and unary signs (enough for JLS §15.25's narrowing). */
function intConstant(e: Expr): number | undefined {
  if (e.kind === "Literal") return e.litKind === "int" && typeof e.value === "number" ? e.value : undefined;
  if (e.kind === "Unary" && (e.op === "-" || e.op === "+")) {
    const v = intConstant(e.operand);
    return v === undefined ? undefined : e.op === "-" ? -v : v;
  }
  return undefined;
}

function methodRef(r: CallResult, implicit: boolean): Ref {
  return { kind: "method", method: r.view.m, params: r.params, returnType: r.ret, typeArgs: r.typeArgs, varargsCall: r.varargsCall, implicit };
}

function expandVarargs(params: JType[], n: number): JType[] {
  const last = params[params.length - 1];
  const elem = last && last.kind === "array" ? last.elem : UNKNOWN;
  const out = params.slice(0, params.length - 1);
  while (out.length < n) out.push(elem);
  return out;
}

/** A functional interface type without wildcards (JLS §9.9), as a lambda's type. */
function ground(t: JType): JType {
  if (t.kind !== "class" || !t.args.length) return t;
  return cls(t.fqn, t.args.map((a) => (a.kind === "wildcard" ? (a.bound ?? OBJECT) : a)));
}

/** `Object` as a target says nothing about type arguments; inferring from it would only lose precision. */
function isInformativeTarget(t: JType): boolean {
  return t.kind !== "unknown" && !(t.kind === "class" && t.fqn === "java.lang.Object");
}

function mentionsIvar(t: JType): boolean {
  return mentionsTypeVar(t, isIvar);
}

function mentionsTypeVar(t: JType, pred: (v: TypeVarT) => boolean = () => true): boolean {
  let found = false;
  replaceVars(t, (v) => {
    if (pred(v)) found = true;
    return undefined;
  });
  return found;
}

function literalType(k: Extract<Expr, { kind: "Literal" }>["litKind"]): JType {
  switch (k) {
    case "int":
      return INT;
    case "long":
      return LONG;
    case "float":
      return FLOAT;
    case "double":
      return DOUBLE;
    case "char":
      return CHAR;
    case "string":
    case "textBlock":
      return STRING;
    case "boolean":
      return BOOLEAN;
    case "null":
      return NULL_TYPE;
  }
}

/** Conservative JLS §14.22: false only for statements that certainly end abruptly. */
function completesNormally(s: Stmt): boolean {
  switch (s.kind) {
    case "ReturnStmt":
    case "ThrowStmt":
    case "BreakStmt":
    case "ContinueStmt":
    case "YieldStmt":
      return false;
    case "Block":
      return s.stmts.length === 0 || completesNormally(s.stmts[s.stmts.length - 1]);
    case "IfStmt":
      return !s.else || completesNormally(s.then) || completesNormally(s.else);
    default:
      return true;
  }
}

/** Whether a lambda block returns a value (not descending into nested lambdas or classes). */
function blockReturnsValue(b: Block): boolean {
  const visit = (s: Stmt): boolean => {
    switch (s.kind) {
      case "ReturnStmt":
        return s.value !== undefined;
      case "Block":
        return s.stmts.some(visit);
      case "IfStmt":
        return visit(s.then) || (s.else !== undefined && visit(s.else));
      case "WhileStmt":
      case "DoStmt":
      case "ForStmt":
      case "ForEachStmt":
      case "LabeledStmt":
        return visit(s.body);
      case "SynchronizedStmt":
        return visit(s.body);
      case "TryStmt":
        return visit(s.block) || s.catches.some((c) => visit(c.body)) || (s.finally !== undefined && visit(s.finally));
      case "SwitchStmt":
        return s.cases.some((c) => c.body.some(visit));
      default:
        return false;
    }
  };
  return visit(b);
}

function isStatementExpr(e: Expr): boolean {
  return e.kind === "MethodCall" || e.kind === "Assign" || e.kind === "NewExpr" || (e.kind === "Unary" && (e.op === "++" || e.op === "--"));
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** `Foo` looks like a type, `FOO` or `foo` like a constant or field. */
function isTypeLike(s: string): boolean {
  return isCapitalised(s) && s !== s.toUpperCase();
}

