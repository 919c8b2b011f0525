// Lowers one Java type declaration to Go declarations: a struct (embedding its superclass) with a
// `self<Class>` interface field for virtual dispatch, `New<Class>`/`Init<Class>` constructor
// chains, lazily run static initialisers (`<Class>_clinit`), enums, records, interfaces with
// default methods as functions, and anonymous classes as structs of closures. A method that
// cannot be translated becomes a compiling stub with the Java kept beside it.

import * as go from "../../ir/go.js";
import type * as J from "../../parse/ast.js";
import { erasureKey, substitute } from "../../semantic/type-ops.js";
import { typeToString, type FieldSymbol, type JType, type MethodSymbol, type TypeSymbol } from "../../semantic/types.js";
import { javaBinaryName, someNode, Translator, type FnEnv } from "./body.js";
import { effortFor, Unsupported, unsupported, type Program } from "./context.js";
import { transactionMarker, type TransactionDefinition } from "../transactions.js";
import { anonymousMembers, typeVarNames, type ClassInfo } from "./layout.js";
import { lombokField } from "./lombok.js";
import { runtimeSuper, runtimeSuperInit, runtimeView } from "./runtime-supers.js";
import { generatedStaticFields } from "./mapped.js";
import { isLocalClass, localConstructor, selfField } from "./names.js";
import type { Scope } from "./types.js";
import type { GE, Values } from "./values.js";

const OBJECT: JType = { kind: "class", fqn: "java.lang.Object", args: [] };

/** The constant's name and ordinal that every enum constructor takes first; named so a Java parameter `name` cannot clash. */
const ENUM_NAME = "javaName";
const ENUM_ORDINAL = "javaOrdinal";
/** Where a member without a declaration (a generated one) is said to be. */
const NOWHERE: J.Loc = { start: 0, end: 0, line: 1, col: 1 };

export class FileLowering {
  readonly decls: go.Decl[] = [];
  private readonly inits: go.Stmt[] = [];

  constructor(
    private readonly prog: Program,
    private readonly file: string,
    private readonly text: string,
    private readonly scope: Scope,
    private readonly v: Values,
  ) {
    v.runtimeView = (g) => runtimeView(prog, g, (j) => prog.types.goOrAny(j, scope));
  }

  /** The Go for every type declared in this file (anonymous classes included), in declaration order. */
  lower(types: TypeSymbol[]): go.Decl[] {
    for (const t of types) {
      const info = this.prog.layout.info(t.fqn)!;
      try {
        this.lowerType(info);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        this.stubType(info, e.message);
      }
    }
    if (this.inits.length) this.decls.push(go.funcDecl("init", go.funcType(), this.inits));
    // gofmt keeps `{}` on the header line only below a width the printer does not always agree on.
    for (const d of this.decls) if (d.kind === "FuncDecl" && d.body && d.body.list.length === 0) d.body.list.push(go.comment("Empty in Java."));
    return this.decls;
  }

  // -------------------------------------------------------------------------------------------
  // Type shapes

  private lowerType(info: ClassInfo): void {
    const sym = info.sym;
    this.scope.typeParams = new Set(this.prog.layout.goTypeParams(info));
    if (sym.kind === "annotation") return this.lowerAnnotation(info);
    if (sym.kind === "interface") return this.lowerInterface(info);
    this.lowerClass(info);
  }

  private typeParamFields(sym: TypeSymbol): go.Field[] | undefined {
    const info = this.prog.layout.info(sym.fqn);
    const outer = info ? info.outerParams.map((n) => go.field(n, "any")) : [];
    const own = this.prog.layout.ownGoTypeParams(sym);
    if (!own.length && !outer.length) return undefined;
    return [...outer, ...own.map((p) => go.field(p.name, this.constraint(p.bounds, sym)))];
  }

  /** A Go constraint for Java bounds: a source interface (or class interface) when there is one, else `any`. */
  private constraint(bounds: JType[], sym: TypeSymbol): string {
    const b = bounds[0];
    if (b?.kind === "class") {
      const t = this.prog.types.constraint(bounds, this.scope);
      if (t) return t;
      if (b.fqn !== "java.lang.Object") this.prog.erasure(this.file, declLine(sym), `${typeToString(b)} bound`, "any", "the bound is not checked by Go; calls through it are checked conversions to the bound (jrt.As) or go via jrt.Compare/Equals");
    }
    return "any";
  }

  private typeArgsOf(sym: TypeSymbol): string {
    const names = this.prog.layout.goTypeParams(this.prog.layout.info(sym.fqn)!);
    return names.length ? `[${names.join(", ")}]` : "";
  }

  private lowerInterface(info: ClassInfo): void {
    const sym = info.sym;
    if (info.func) {
      const m = info.func;
      const ft = this.funcTypeOf(m, undefined);
      this.decls.push(go.genDecl("type", [go.typeSpec(info.goName, ft, { typeParams: this.typeParamFields(sym) })]));
    } else {
      const elems: (go.InterfaceMethod | go.InterfaceEmbed)[] = [];
      for (const s of this.prog.layout.sourceSupers(sym)) {
        const t = this.prog.types.go({ kind: "class", fqn: s.fqn, args: sym.interfaces.find((i) => i.kind === "class" && i.fqn === s.fqn)?.kind === "class" ? (sym.interfaces.find((i) => i.kind === "class" && i.fqn === s.fqn) as Extract<JType, { kind: "class" }>).args : [] }, this.scope);
        if (t) elems.push(go.embed(t));
      }
      for (const m of sym.methods) {
        if (m.static || m.name === "<init>" || m.access === "private") continue;
        elems.push(go.method(this.prog.layout.methodName(m), this.funcTypeOf(m, undefined)));
      }
      this.decls.push(go.genDecl("type", [go.typeSpec(info.goName, go.interfaceType(elems), { typeParams: this.typeParamFields(sym) })]));
      this.registerClass(javaBinaryName(this.prog, sym.fqn), this.interfaceNames(sym));
      this.declareSealed(info);
      if (info.lambdaMethod) this.lambdaAdapterType(info, info.lambdaMethod);
      if (this.prog.layout.erasedViews.has(sym.fqn)) this.erasedViewType(info);
    }
    this.staticFields(info);
    for (const m of sym.methods) {
      if (m.static && m.decl?.kind === "MethodDecl") this.staticMethod(info, m);
      else if ((m.default || m.access === "private") && m.decl?.kind === "MethodDecl" && (m.decl as J.MethodDecl).body) this.defaultMethod(info, m);
    }
  }

  /** `jrt.RegisterClass(name, supers…)` in init: instanceof and catch test Java's declared hierarchy by name. */
  private registerClass(name: string, supers: string[]): void {
    this.inits.push(go.exprStmt(go.call(this.v.jrt("RegisterClass"), go.strLit(name), ...supers.map(go.strLit))));
  }

  /** `jrt.DeclareSealed(name, permitted…)` for a sealed class or interface (isSealed, getPermittedSubclasses). */
  private declareSealed(info: ClassInfo): void {
    const decl = info.sym.decl;
    if ((decl?.kind !== "ClassDecl" && decl?.kind !== "InterfaceDecl") || !decl.modifiers.flags.includes("sealed")) return;
    const named = decl.permits.flatMap((p) => {
      const t = this.prog.model.resolveTypeNode(p, this.file);
      return t.kind === "class" ? [t.fqn] : [];
    });
    // Without a permits clause, the direct subtypes in the same file, in declaration order.
    const permitted = named.length ? named : (this.prog.layout.subclasses.get(info.sym.fqn) ?? []).map((s) => s.fqn);
    const names = [info.sym.fqn, ...permitted].map((f) => go.strLit(javaBinaryName(this.prog, f)));
    this.inits.push(go.exprStmt(go.call(this.v.jrt("DeclareSealed"), ...names)));
  }

  /** Binary names of the interfaces `sym` declares it implements (or extends). */
  private interfaceNames(sym: TypeSymbol): string[] {
    return sym.interfaces.flatMap((i) => (i.kind === "class" ? [javaBinaryName(this.prog, i.fqn)] : []));
  }

  /**
   * `<I>Erased[R]`: an `I[R]` seen as `I[any]`, what a generic method's erased parameter
   * (`<R> R accept(Visitor<R> v)`) takes; results widen to `any`, arguments are checked
   * conversions back to R. `<I>ErasedOf[R](v)` makes one (Layout.erasedViews).
   */
  private erasedViewType(info: ClassInfo): void {
    const sym = info.sym;
    const name = info.goName + "Erased";
    const vars = sym.typeParams.map((p) => p.name);
    const typed = info.goName + this.typeArgsOf(sym);
    const erased = `${info.goName}[${vars.map(() => "any").join(", ")}]`;
    const typeParams = this.typeParamFields(sym);
    const doc = [`${name} is a ${typed} used as a ${erased} (the erased parameter of a generic method).`];
    this.decls.push(go.genDecl("type", [go.typeSpec(name, go.structType([go.field("v", typed)]), { typeParams })], { doc }));
    const wrap = go.composite(go.ident(name + this.typeArgsOf(sym)), [go.kv("v", go.ident("v"))]);
    this.decls.push(go.funcDecl(name + "Of", go.funcType([go.field("v", typed)], [go.param(erased)], typeParams), [go.ret(wrap)]));
    const saved = this.scope.typeParams;
    for (const m of sym.methods) {
      if (m.static || m.access === "private" || m.name === "<init>") continue;
      this.scope.typeParams = new Set();
      const sig = this.funcTypeOf(m, undefined);
      this.scope.typeParams = saved;
      const args = sig.params.map((p, i) => {
        const t = m.params[i]!;
        return t.kind === "typevar" && vars.includes(t.name) ? go.call(go.inst(this.v.jrt("As"), go.ident(t.name)), go.ident(p.names[0]!)) : go.ident(p.names[0]!);
      });
      const call = go.call(go.sel(go.sel("view", "v"), this.prog.layout.methodName(m)), ...args);
      this.decls.push(go.funcDecl(this.prog.layout.methodName(m), sig, [sig.results.length ? go.ret(call) : go.exprStmt(call)], { recv: go.field("view", name + this.typeArgsOf(sym)) }));
    }
  }

  /** `type <I>Func func(…)`: a lambda or method reference implementing interface I (its default methods forward to I's). */
  private lambdaAdapterType(info: ClassInfo, abstract: MethodSymbol): void {
    const sym = info.sym;
    const name = info.goName + "Func";
    const recv = go.field("f", name + this.typeArgsOf(sym));
    const typeArgs = this.prog.layout.goTypeParams(info).map((n) => go.ident(n));
    const forward = (m: MethodSymbol, fn: go.Expr, self: go.Expr[]): go.Decl => {
      const sig = this.funcTypeOf(m, undefined);
      const args = [...self, ...sig.params.map((p) => go.ident(p.names[0]!))];
      const call = m.varargs ? go.callSpread(fn, ...args) : go.call(fn, ...args);
      return go.funcDecl(this.prog.layout.methodName(m), sig, [sig.results.length ? go.ret(call) : go.exprStmt(call)], { recv });
    };
    const doc = [`${name} is a lambda or method reference used as a ${info.goName}.`];
    this.decls.push(go.genDecl("type", [go.typeSpec(name, this.funcTypeOf(abstract, undefined), { typeParams: this.typeParamFields(sym) })], { doc }));
    this.decls.push(forward(abstract, go.ident("f"), []));
    // A lambda is an instance of its interface (instanceof tests interfaces by name); Java's own
    // name for a lambda's class (Main$$Lambda$14/0x…) differs per run, so any stable name will do.
    const lambdaClass = javaBinaryName(this.prog, sym.fqn) + "$$Lambda";
    this.decls.push(go.funcDecl("JavaClassName", go.funcType([], [go.param("string")]), [go.ret(go.strLit(lambdaClass))], { recv: go.field([], name + this.typeArgsOf(sym)) }));
    this.registerClass(lambdaClass, ["java.lang.Object", javaBinaryName(this.prog, sym.fqn)]);
    for (const m of sym.methods) {
      if (!m.default || m.access === "private") continue;
      const fn = go.ident(`${info.goName}_${m.name}`);
      this.decls.push(forward(m, typeArgs.length ? go.inst(fn, ...typeArgs) : fn, [go.ident("f")]));
    }
  }

  private lowerClass(info: ClassInfo): void {
    const sym = info.sym;
    const fields: go.Field[] = [];
    if (info.superInfo) {
      const sup = this.prog.types.go({ kind: "class", fqn: info.superInfo.sym.fqn, args: sym.superclass?.kind === "class" ? sym.superclass.args : [] }, this.scope);
      fields.push(go.embedded((sup ?? "").replace(/^\*/, "").replace(/I(\[|$)/, "$1")));
    } else if (info.jdkSuper && runtimeSuper(info)) {
      fields.push(go.embedded(this.prog.types.go(sym.superclass!, this.scope) ?? unsupported(`superclass ${info.jdkSuper}`)));
    } else if (info.jdkSuper) {
      if (!this.prog.types.isThrowable(info.jdkSuper)) unsupported(`extends JDK class ${info.jdkSuper}`);
      fields.push(go.embedded(this.v.jrt(info.jdkSuper.split(".").pop()!)));
    } else if (sym.kind === "enum") fields.push(go.embedded(this.v.jrt("Enum")));
    if (info.poly) fields.push(go.field(selfField(info.goName), info.goName + "I" + this.typeArgsOf(sym)));
    if (this.hasOuter(info)) fields.push(go.field("outer" + this.prog.layout.info(sym.outer!)!.goName, this.outerType(info)));
    for (const f of sym.fields) {
      if (f.static) continue;
      fields.push(go.field(this.prog.layout.fieldName(sym.fqn, f.name, f.access), this.fieldType(f)));
    }
    const anonDecl = info.anonymous ? this.prog.layout.declOf(sym) : undefined;
    // A local class is built by a closure where it is declared (localClass), like an anonymous one.
    const anon = anonDecl?.kind === "NewExpr" ? anonymousMembers(anonDecl) : isLocalClass(info) ? anonymousMembers(this.prog.layout.declOf(sym)) : undefined;
    if (anon) for (const m of sym.methods) if (m.decl?.kind === "MethodDecl" && !m.static) fields.push(go.field("fn" + this.prog.layout.methodName(m), this.funcTypeOf(m, undefined)));
    this.decls.push(go.genDecl("type", [go.typeSpec(info.goName, go.structType(fields), { typeParams: this.typeParamFields(sym) })]));
    if (this.prog.layout.erased(sym.fqn)) {
      for (const p of sym.typeParams) {
        const bound = this.prog.types.goOrAny({ kind: "typevar", name: p.name, owner: sym.fqn, bounds: p.bounds }, this.scope);
        this.prog.erasure(this.file, declLine(sym), `${sym.name}<${p.name}>`, bound, "used with a wildcard (Layout.erasedClasses): the class is no Go generic type; the type variable is its bound, a use at a type argument converts (checked) as javac's erasure does");
      }
    }
    const recvT = "*" + info.goName + this.typeArgsOf(sym);
    if (info.poly) this.polyInterface(info, recvT);
    {
      // Every class reports its Java binary name (getClass().getName(), instanceof through jrt, Object.toString).
      const name = javaBinaryName(this.prog, sym.fqn);
      this.decls.push(go.funcDecl("JavaClassName", go.funcType([], [go.param("string")]), [go.ret(go.strLit(name))], { recv: go.field([], recvT) }));
      const sup = sym.superclass?.kind === "class" ? javaBinaryName(this.prog, sym.superclass.fqn) : "java.lang.Object";
      this.registerClass(name, [sup, ...this.interfaceNames(sym)]);
      if (sym.kind === "record") this.inits.push(go.exprStmt(go.call(this.v.jrt("DeclareRecord"), go.strLit(name), ...this.recordComponentNames(sym).map(go.strLit))));
      this.declareSealed(info);
    }
    this.staticFields(info);
    if (anonDecl?.kind === "EnumConstant") this.enumBodyFields(info, recvT);
    else if (!anon) this.constructors(info, recvT);
    for (const m of sym.methods) {
      if (m.name === "<init>") continue;
      if (m.static) {
        if (m.decl?.kind === "MethodDecl") this.staticMethod(info, m);
        else if (sym.kind === "enum") this.enumStatic(info, m);
      } else if (m.decl?.kind === "MethodDecl" && (m.decl as J.MethodDecl).body) {
        if (anon) this.forwarder(info, m, recvT);
        else this.instanceMethod(info, m, recvT);
      } else if (m.origin === "lombok") {
        this.lombokAccessor(info, m, recvT);
      } else if (sym.kind === "record" && m.decl?.kind === "Param") {
        this.decls.push(go.funcDecl(this.prog.layout.methodName(m), go.funcType([], [go.param(this.fieldType(sym.fields.find((f) => f.name === m.name)!))]), [go.ret(go.sel("this", this.prog.layout.fieldName(sym.fqn, m.name, "private")))], { recv: go.field("this", recvT) }));
      }
    }
    if (sym.kind === "record") this.recordMethods(info, recvT);
    this.inheritedDefaults(info, recvT);
  }

  private hasOuter(info: ClassInfo): boolean {
    return info.sym.inner && !!info.sym.outer && !!this.prog.layout.info(info.sym.outer) && !/\$\d/.test(info.sym.fqn);
  }

  private outerType(info: ClassInfo): string {
    const o = this.prog.layout.info(info.sym.outer!)!;
    return (o.poly ? "" : "*") + o.goName + (o.poly ? "I" : "") + this.typeArgsOf(o.sym);
  }

  private fieldType(f: FieldSymbol): string {
    const t = this.prog.types.go(f.type, this.scope);
    if (t !== undefined) return t;
    this.unknownType(f.decl, `field ${f.name}: ${typeToString(f.type)}`);
    return "any";
  }

  private unknownType(decl: J.Node | undefined, what: string): void {
    const loc = decl && "line" in decl ? decl : NOWHERE;
    this.prog.item("go.unknown-type", "mandatory", this.file, loc, loc.line, `${what} has no Go type here; declared as any`, 1);
  }

  /** `<Class>I`: the method set subclasses share, plus `As<Class>()` for field access and type tests. */
  private polyInterface(info: ClassInfo, recvT: string): void {
    const sym = info.sym;
    const elems: (go.InterfaceMethod | go.InterfaceEmbed)[] = [go.method("As" + info.goName, go.funcType([], [go.param(recvT)]))];
    const seen = new Set<string>(["As" + info.goName]);
    // Subclass interfaces are assignable to their superclasses' interfaces: same markers.
    for (let sup = info.superInfo; sup; sup = sup.superInfo) {
      if (!sup.poly) continue;
      const supT = this.prog.types.go({ kind: "class", fqn: sup.sym.fqn, args: [] }, this.scope)?.replace(/I(\[.*)?$/, "$1") ?? sup.goName;
      elems.push(go.method("As" + sup.goName, go.funcType([], [go.param("*" + supT)])));
      seen.add("As" + sup.goName);
    }
    if (this.prog.types.isThrowable(sym.fqn)) {
      elems.push(go.embed(this.v.jrt("ThrowableI")));
      for (const n of ["AsThrowable", "JavaClassName", "GetMessage"]) seen.add(n);
    }
    if (sym.kind === "enum") {
      for (const [n, r] of [["Name", "string"], ["Ordinal", "int32"], ["ToString", "string"]]) {
        elems.push(go.method(n!, go.funcType([], [go.param(r!)])));
        seen.add(n!);
      }
    }
    const chain: TypeSymbol[] = [sym, ...this.prog.layout.allSupers(sym).filter((s) => this.prog.layout.info(s.fqn))];
    const methods = chain.flatMap((t) => t.methods.filter((m) => m.origin !== "lombok" || lombokField(t, m)));
    for (const m of [...methods, ...this.jdkFunctionalMethods(sym)]) {
      // Lombok accessors are the only Lombok methods emitted (see lombokAccessor); the rest is stubbed at call sites.
      if (m.static || m.name === "<init>" || m.access === "private") continue;
      const name = this.prog.layout.methodName(m);
      if (seen.has(name)) continue;
      seen.add(name);
      try {
        elems.push(go.method(name, this.funcTypeOf(m, undefined)));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
      }
    }
    this.decls.push(go.genDecl("type", [go.typeSpec(info.goName + "I", go.interfaceType(elems), { typeParams: this.typeParamFields(sym) })]));
    this.decls.push(go.funcDecl("As" + info.goName, go.funcType([], [go.param(recvT)]), [go.ret(go.ident("this"))], { recv: go.field("this", recvT) }));
  }

  /**
   * The single methods of non-generic JDK functional interfaces `sym` implements (`enum Op implements
   * IntBinaryOperator`, each constant supplying applyAsInt): called through the class's interface too.
   */
  private jdkFunctionalMethods(sym: TypeSymbol): MethodSymbol[] {
    const types = this.prog.types;
    return this.prog.layout.allSupers(sym).flatMap((s) => (s.typeParams.length || this.prog.layout.info(s.fqn) ? [] : (types.functionalMethod(s.fqn) ?? [])));
  }

  /** The Go func type of a method's signature (type variables of generic instance methods erased). */
  private funcTypeOf(m: MethodSymbol, _from: TypeSymbol | undefined): go.FuncType {
    const saved = this.scope.typeParams;
    const own = m.typeParams.map((p) => p.name);
    if (m.static) this.scope.typeParams = new Set([...own]);
    try {
      const params = m.params.map((p, i) => {
        const last = i === m.params.length - 1 && m.varargs && p.kind === "array";
        const t = this.sigType(last ? (p as Extract<JType, { kind: "array" }>).elem : p, m);
        return go.field(paramName(m, i), last ? go.ellipsis(t) : t);
      });
      const r = this.sigType(m.returnType, m);
      const typeParams = m.static && own.length ? m.typeParams.map((p) => go.field(p.name, "any")) : undefined;
      return go.funcType(params, r ? [go.param(r)] : [], typeParams);
    } finally {
      this.scope.typeParams = saved;
    }
  }

  private sigType(t: JType, m: MethodSymbol): string {
    const g = this.prog.types.go(t, this.scope);
    if (g !== undefined) return g;
    this.unknownType(m.decl, `${m.name}: ${typeToString(t)}`);
    return "any";
  }

  // -------------------------------------------------------------------------------------------
  // Static state

  /** Whether the class needs a lazily run `<Class>_clinit` (static blocks or non-constant static initialisers). */
  private needsClinit(info: ClassInfo): boolean {
    return needsClinit(this.prog, info);
  }

  private staticFields(info: ClassInfo): void {
    const sym = info.sym;
    const specs: go.ValueSpec[] = [];
    const initStmts: go.Stmt[] = [];
    const clinit = this.needsClinit(info);
    const tr = this.translator(info, { isStatic: true, resultGo: "", resultJ: { kind: "void" } });
    const members = (sym.decl && "members" in sym.decl ? (sym.decl as { members: J.Member[] }).members : []) ?? [];
    if (sym.kind === "enum") {
      const decl = sym.decl as J.EnumDecl;
      const enumT = (info.poly ? "" : "*") + info.goName + (info.poly ? "I" : "");
      const all: go.Expr[] = [];
      decl.constants.forEach((c, ordinal) => {
        const name = `${info.goName}_${c.name}`;
        specs.push(go.valueSpec(name, enumT));
        all.push(go.ident(name));
        initStmts.push(...this.guard(info, tr, c, () => [go.assign(name, "=", this.enumConstant(info, tr, c, ordinal))]));
      });
      specs.push(go.valueSpec(`${info.goName}_values_`, "[]" + enumT));
      initStmts.push(go.assign(`${info.goName}_values_`, "=", go.composite(go.ident("[]" + enumT), all)));
    }
    for (const m of members) {
      if (m.kind === "FieldDecl" && m.modifiers.flags.includes("static") || (sym.kind === "interface" && m.kind === "FieldDecl")) {
        const fd = m as J.FieldDecl;
        for (const d of fd.declarators) {
          const f = sym.fields.find((x) => x.name === d.name && x.static);
          if (!f) continue;
          const name = this.prog.layout.staticFieldName(info, d.name);
          const t = this.fieldType(f);
          if (!clinit && d.init) {
            const val = this.tryExpr(tr, () => tr.exprTo(d.init!, f.type));
            specs.push(go.valueSpec(name, t, val ? [val.e] : []));
            if (!val) initStmts.push(...this.stubPiece(d, "static field initialiser"));
          } else {
            // Java's default for a String is null, which Go's zero value "" is not.
            specs.push(t === "string" ? go.valueSpec(name, t, [this.v.jrt("NullString")]) : go.valueSpec(name, t));
            if (d.init) initStmts.push(...this.guard(info, tr, d, () => tr.withClassInits(() => [go.assign(name, "=", tr.exprTo(d.init!, f.type).e)])));
          }
        }
      } else if (m.kind === "InitializerBlock" && m.static) {
        initStmts.push(...this.guard(info, tr, m, () => tr.block(m.body.stmts)));
      }
    }
    specs.push(...generatedStaticFields(this.prog, info, this.scope));
    if (specs.length) this.decls.push(go.genDecl("var", specs, { grouped: specs.length > 1 }));
    if (!clinit) {
      if (initStmts.length) this.inits.push(...tr.finish(initStmts));
      return;
    }
    const done = `${info.goName}_initDone`;
    this.decls.push(go.genDecl("var", [go.valueSpec(done, "bool")]));
    const body: go.Stmt[] = [go.ifStmt(go.ident(done), [go.ret()]), go.assign(done, "=", go.ident("true"))];
    if (info.superInfo && this.needsClinit(info.superInfo)) body.push(go.exprStmt(go.call(tr.qualified(info.superInfo, info.superInfo.goName + "_clinit"))));
    body.push(...tr.hoisted, ...tr.finish(initStmts));
    this.decls.push(go.funcDecl(info.goName + "_clinit", go.funcType(), body));
  }

  /** Translates a piece of static init; on failure, a stub in its place (the class still builds). */
  private guard(_info: ClassInfo, _tr: Translator, node: J.Node & J.Loc, f: () => go.Stmt[]): go.Stmt[] {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      return this.stubPiece(node, e.message);
    }
  }

  /** A stub for one piece of static init, in a closure so the pieces after it stay reachable for go vet. */
  private stubPiece(node: J.Node & J.Loc, reason: string): go.Stmt[] {
    return [go.exprStmt(go.call(go.funcLit(go.funcType(), this.stubStmts(node, reason))))];
  }

  private tryExpr(_tr: Translator, f: () => GE): GE | undefined {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      return undefined;
    }
  }

  private enumConstant(info: ClassInfo, tr: Translator, c: J.EnumConstant, ordinal: number): go.Expr {
    const ctor = tr.prog.model.symbolOf(c);
    const bodyInfo = c.body ? tr.prog.layout.info(tr.prog.model.declaredType(c)?.fqn ?? "") : undefined;
    const target = bodyInfo ?? info;
    const ref = ctor?.kind === "method" ? ctor : undefined;
    const { newFn } = this.prog.layout.ctorNames(info, ref?.method);
    const args = ref ? tr.callArgs(c.args, ref) : { list: [], spread: false };
    const fn = bodyInfo ? `New${bodyInfo.goName}` : newFn;
    void target;
    const call = args.spread ? go.callSpread(fn, go.strLit(c.name), go.intLit(ordinal), ...args.list) : go.call(fn, go.strLit(c.name), go.intLit(ordinal), ...args.list);
    if (bodyInfo && ref) this.enumBodyCtor(bodyInfo, info, ref.method);
    return call;
  }

  /** `New<Enum>_1(name, ordinal, args)` for a constant with a body: the enum's init, then the body's methods. */
  private enumBodyCtor(body: ClassInfo, base: ClassInfo, ctor: MethodSymbol): void {
    const { initFn } = this.prog.layout.ctorNames(base, ctor);
    const params = [go.field(ENUM_NAME, "string"), go.field(ENUM_ORDINAL, "int32"), ...this.funcTypeOf(ctor, undefined).params];
    const names = ctor.params.map((_, i) => go.ident(paramName(ctor, i)));
    const stmts: go.Stmt[] = [go.define("this", go.unary("&", go.composite(go.ident(body.goName), [])))];
    stmts.push(...this.javaDefaults(body));
    stmts.push(go.exprStmt(go.call(go.sel("this", "SetEnum"), go.ident(ENUM_NAME), go.ident(ENUM_ORDINAL))));
    stmts.push(go.exprStmt(ctor.varargs ? go.callSpread(go.sel("this", initFn), ...names) : go.call(go.sel("this", initFn), ...names)));
    if (this.instanceInits(body).length) stmts.push(go.exprStmt(go.call(go.sel("this", "initFields" + body.goName))));
    stmts.push(go.ret(go.ident("this")));
    this.decls.push(go.funcDecl(`New${body.goName}`, go.funcType(params, [go.param("*" + body.goName)]), stmts));
  }

  /**
   * The state Java gives a new object before any constructor runs: `self<A> = self` for every
   * polymorphic class on the chain (so constructors dispatch virtually) and every String field null.
   */
  private javaDefaults(info: ClassInfo, self = "this"): go.Stmt[] {
    const out: go.Stmt[] = [];
    const assigned = new Set<string>();
    // A field hidden by a subclass field of the same Go name is reached through the embedded struct.
    let embedded: go.Expr = go.ident(self);
    for (let c: ClassInfo | undefined = info; c; c = c.superInfo) {
      if (c.poly) out.push(go.assign(go.sel(self, selfField(c.goName)), "=", go.ident(self)));
      for (const f of c.sym.fields) {
        if (f.static || f.type.kind !== "class" || f.type.fqn !== "java.lang.String") continue;
        const name = this.prog.layout.fieldName(c.sym.fqn, f.name, f.access);
        // An unexported field of a superclass in another Go package cannot be set from here (it starts as "").
        if (c.pkg.dir !== info.pkg.dir && !/^[A-Z]/.test(name)) continue;
        out.push(go.assign(go.sel(assigned.has(name) ? embedded : self, name), "=", this.v.jrt("NullString")));
        assigned.add(name);
      }
      if (c.superInfo) embedded = go.sel(embedded, c.superInfo.goName);
    }
    return out;
  }

  private enumStatic(info: ClassInfo, m: MethodSymbol): void {
    const enumT = (info.poly ? "" : "*") + info.goName + (info.poly ? "I" : "");
    const name = this.prog.layout.methodName(m);
    const init = go.exprStmt(go.call(info.goName + "_clinit"));
    if (m.name === "values") {
      this.decls.push(go.funcDecl(name, go.funcType([], [go.param("[]" + enumT)]), [init, go.ret(go.callSpread("append", go.call("[]" + enumT, go.ident("nil")), go.ident(`${info.goName}_values_`)))]));
    } else if (m.name === "valueOf") {
      const canonical = info.sym.fqn;
      this.decls.push(
        go.funcDecl(name, go.funcType([go.field("name", "string")], [go.param(enumT)]), [
          init,
          go.rangeStmt({ key: "_", value: "c" }, go.ident(`${info.goName}_values_`), [go.ifStmt(go.binary(go.call(go.sel("c", "Name")), "==", go.ident("name")), [go.ret(go.ident("c"))])]),
          go.exprStmt(go.call("panic", go.call(this.v.jrt("NewIllegalArgumentException"), go.binary(go.strLit(`No enum constant ${canonical}.`), "+", go.ident("name"))))),
        ]),
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // Constructors

  private constructors(info: ClassInfo, recvT: string): void {
    const sym = info.sym;
    const ctors = sym.methods.filter((m) => m.name === "<init>");
    const fieldInits = this.instanceInits(info);
    const fieldsFn = "initFields" + info.goName;
    if (fieldInits.length) this.fieldInitializer(info, recvT, fieldsFn, fieldInits);
    for (const ctor of ctors.length ? ctors : [undefined]) this.ctor(info, recvT, ctor, fieldInits.length ? fieldsFn : undefined);
  }

  /** Members of a class declaration (or an anonymous/enum-constant body). */
  private membersOf(info: ClassInfo): J.Member[] {
    const decl = this.prog.layout.declOf(info.sym);
    if (!decl) return [];
    if ("members" in decl) return (decl as { members: J.Member[] }).members;
    return anonymousMembers(decl) ?? [];
  }

  private instanceInits(info: ClassInfo): J.Member[] {
    return this.membersOf(info).filter((m) => (m.kind === "FieldDecl" && !m.modifiers.flags.includes("static") && m.declarators.some((d) => d.init)) || (m.kind === "InitializerBlock" && !m.static));
  }

  /** An enum constant body's field initialisers, run by its constructor function. */
  private enumBodyFields(info: ClassInfo, recvT: string): void {
    const inits = this.instanceInits(info);
    if (inits.length) this.fieldInitializer(info, recvT, "initFields" + info.goName, inits);
  }

  private fieldInitializer(info: ClassInfo, recvT: string, name: string, members: J.Member[]): void {
    const tr = this.translator(info, { isStatic: false, resultGo: "", resultJ: { kind: "void" } });
    const body = this.methodBody(info, tr, members[0]!, "<init>", () => {
      const out: go.Stmt[] = [];
      for (const m of members) {
        if (m.kind === "FieldDecl") {
          for (const d of m.declarators) {
            if (!d.init) continue;
            const f = info.sym.fields.find((x) => x.name === d.name && !x.static)!;
            out.push(...tr.withClassInits(() => [go.assign(go.sel("this", this.prog.layout.fieldName(info.sym.fqn, f.name, f.access)), "=", tr.exprTo(d.init!, f.type).e)]));
          }
        } else if (m.kind === "InitializerBlock") out.push(go.block(tr.block(m.body.stmts)));
      }
      return out;
    });
    this.decls.push(go.funcDecl(name, go.funcType(), body, { recv: go.field("this", recvT) }));
  }

  private ctor(info: ClassInfo, recvT: string, ctor: MethodSymbol | undefined, fieldsFn: string | undefined): void {
    const sym = info.sym;
    const { newFn, initFn } = this.prog.layout.ctorNames(info, ctor);
    const decl = ctor?.decl?.kind === "ConstructorDecl" ? (ctor.decl as J.ConstructorDecl) : undefined;
    const sig = ctor ? this.funcTypeOf(ctor, undefined) : go.funcType();
    const outerParams = this.hasOuter(info) ? [go.field("outer", this.outerType(info))] : [];
    const enumParams = sym.kind === "enum" ? [go.field(ENUM_NAME, "string"), go.field(ENUM_ORDINAL, "int32")] : [];
    const tr = this.translator(info, { isStatic: false, resultGo: "", resultJ: { kind: "void" } });
    const paramNames = ctor ? ctor.params.map((_, i) => paramName(ctor, i)) : [];
    if (decl) decl.params.forEach((p, i) => (paramNames[i] = tr.declare(p, p.name)));
    // A compact canonical constructor's parameters are the record components (the header's declarations).
    if (decl?.compact && sym.kind === "record") {
      sym.fields.filter((f) => !f.static).forEach((f, i) => (paramNames[i] = tr.declareCompact(f.name)));
    }
    const params = sig.params.map((f, i) => go.field(paramNames[i] ?? f.names[0]!, f.type));
    const body = this.methodBody(info, tr, decl ?? ((this.prog.layout.declOf(sym) ?? NOWHERE) as J.Node & J.Loc), "<init>", () => {
      const out: go.Stmt[] = [];
      if (outerParams.length) out.push(go.assign(go.sel("this", "outer" + this.prog.layout.info(sym.outer!)!.goName), "=", go.ident("outer")));
      const stmts = decl?.body.stmts ?? [];
      const first = stmts[0]?.kind === "CtorCallStmt" ? (stmts[0] as J.CtorCallStmt) : undefined;
      if (first?.target === "this") {
        out.push(...this.ctorCall(info, tr, first, true));
      } else {
        if (first) out.push(...this.ctorCall(info, tr, first, false));
        else if (info.superInfo) out.push(...this.implicitSuper(info));
        else if (info.jdkSuper && runtimeSuper(info)) out.push(...runtimeSuperInit(this.prog, tr, info, "this", this.selfOf(info), [], undefined, decl ?? info.sym.decl!));
        if (fieldsFn) out.push(go.exprStmt(go.call(go.sel("this", fieldsFn))));
      }
      const rest = tr.block(first ? stmts.slice(1) : stmts);
      out.push(...rest);
      // Lombok's @AllArgsConstructor/@RequiredArgsConstructor: each parameter sets the field of its name.
      if (ctor?.origin === "lombok") {
        ctor.paramNames.forEach((n, i) => {
          const f = sym.fields.find((x) => !x.static && x.name === n);
          if (f) out.push(go.assign(go.sel("this", this.prog.layout.fieldName(sym.fqn, f.name, f.access)), "=", go.ident(paramNames[i] ?? n)));
        });
      }
      if (sym.kind === "record" && (!decl || decl.compact)) {
        // The canonical constructor's implicit part: assign every component.
        for (let i = 0; i < sym.fields.filter((f) => !f.static).length; i++) {
          const f = sym.fields.filter((x) => !x.static)[i]!;
          out.push(go.assign(go.sel("this", this.prog.layout.fieldName(sym.fqn, f.name, f.access)), "=", go.ident(paramNames[i] ?? f.name)));
        }
      }
      return out;
    });
    const allParams = [...outerParams, ...params];
    if (ctor?.varargs && allParams.length) {
      const last = allParams[allParams.length - 1]!;
      if (last.type.kind !== "Ellipsis") last.type = go.ellipsis(last.type.kind === "ArrayType" ? last.type.elt : last.type);
    }
    this.decls.push(go.funcDecl(initFn, go.funcType(allParams, []), body, { recv: go.field("this", recvT) }));
    // Abstract classes, and enums whose constants all supply the abstract methods (declared or
    // inherited from a JDK functional interface), are never allocated themselves.
    const implemented = (m: MethodSymbol): boolean => sym.methods.some((x) => !x.abstract && x.name === m.name && x.params.length === m.params.length);
    if (sym.abstract || (sym.kind === "enum" && (sym.methods.some((m) => m.abstract) || !this.jdkFunctionalMethods(sym).every(implemented)))) return;
    const typeParams = this.typeParamFields(sym);
    const newBody: go.Stmt[] = [];
    if (this.needsClinit(info)) newBody.push(go.exprStmt(go.call(info.goName + "_clinit")));
    newBody.push(go.define("this", go.unary("&", go.composite(go.ident(info.goName + this.typeArgsOf(sym)), []))));
    newBody.push(...this.javaDefaults(info));
    if (sym.kind === "enum") newBody.push(go.exprStmt(go.call(go.sel("this", "SetEnum"), go.ident(ENUM_NAME), go.ident(ENUM_ORDINAL))));
    const argNames = allParams.map((p) => go.ident(p.names[0]!));
    newBody.push(go.exprStmt(ctor?.varargs ? go.callSpread(go.sel("this", initFn), ...argNames) : go.call(go.sel("this", initFn), ...argNames)));
    newBody.push(go.ret(go.ident("this")));
    this.decls.push(go.funcDecl(newFn, go.funcType([...enumParams, ...allParams], [go.param(recvT)], typeParams), newBody));
  }

  /** The receiver that dispatches `info`'s methods virtually inside its own code. */
  private selfOf(info: ClassInfo): go.Expr {
    return info.poly ? go.sel("this", selfField(info.goName)) : go.ident("this");
  }

  private implicitSuper(info: ClassInfo): go.Stmt[] {
    const sup = info.superInfo!;
    const noArg = sup.sym.methods.find((m) => m.name === "<init>" && m.params.length === 0);
    const hasCtors = sup.sym.methods.some((m) => m.name === "<init>");
    if (hasCtors && !noArg) return unsupported("implicit super() without a no-argument constructor");
    const { initFn } = this.prog.layout.ctorNames(sup, noArg);
    const args = this.hasOuter(sup) ? [this.outerFor(info, sup)] : [];
    return [go.exprStmt(go.call(go.sel("this", initFn), ...args))];
  }

  private outerFor(info: ClassInfo, sup: ClassInfo): go.Expr {
    if (this.hasOuter(info) && info.sym.outer === sup.sym.outer) return go.ident("outer");
    return unsupported("enclosing instance for a superclass");
  }

  private ctorCall(info: ClassInfo, tr: Translator, s: J.CtorCallStmt, isThis: boolean): go.Stmt[] {
    const ref = this.prog.model.symbolOf(s);
    if (s.qualifier) unsupported("qualified super constructor call");
    if (!isThis && info.jdkSuper && runtimeSuper(info)) return runtimeSuperInit(this.prog, tr, info, "this", this.selfOf(info), s.args, ref?.kind === "method" ? ref : undefined, s);
    if (!isThis && info.jdkSuper) return this.throwableSuper(tr, s, ref?.kind === "method" ? ref : undefined);
    const target = isThis ? info : info.superInfo;
    if (!target) {
      if (!isThis && s.args.length === 0) return [];
      return unsupported("super(...) of a JDK class");
    }
    if (ref?.kind !== "method") return unsupported("unresolved constructor call");
    const { initFn } = this.prog.layout.ctorNames(target, ref.method);
    const args = tr.callArgs(s.args, ref);
    if (this.hasOuter(target)) args.list.unshift(isThis ? go.ident("outer") : this.outerFor(info, target));
    return [go.exprStmt(args.spread ? go.callSpread(go.sel("this", initFn), ...args.list) : go.call(go.sel("this", initFn), ...args.list))];
  }

  /** `super(msg)`, `super(msg, cause)`, `super(cause)` of a Throwable subclass. */
  private throwableSuper(tr: Translator, s: J.CtorCallStmt, ref: Extract<ReturnType<Program["model"]["symbolOf"]>, { kind: "method" }> | undefined): go.Stmt[] {
    const args = s.args.map((a) => tr.expr(a));
    const isString = (i: number): boolean => args[i]!.t === "string" || (args[i]!.t === "nil" && ref?.method.params[i]?.kind === "class" && (ref.method.params[i] as Extract<JType, { kind: "class" }>).fqn === "java.lang.String");
    const cause = (g: GE): go.Expr => tr.v.coerce(g, "jrt.ThrowableI", g.j).e;
    if (args.length === 0) return [];
    if (args.length === 1 && isString(0)) return [go.exprStmt(go.call(go.sel("this", "SetMessage"), tr.v.coerce(args[0]!, "string", args[0]!.j).e))];
    if (args.length === 1) return [go.exprStmt(go.call(go.sel("this", "SetCauseAndMessage"), cause(args[0]!)))];
    if (args.length >= 2 && isString(0)) {
      return [go.exprStmt(go.call(go.sel("this", "SetMessage"), tr.v.coerce(args[0]!, "string", args[0]!.j).e)), go.exprStmt(go.call(go.sel("this", "InitCause"), cause(args[1]!)))];
    }
    return unsupported("Throwable constructor form");
  }

  // -------------------------------------------------------------------------------------------
  // Methods

  translator(info: ClassInfo | undefined, env: Omit<FnEnv, "file" | "cls">): Translator {
    const tr = new Translator(this.prog, this.scope, this.v, this.text, { ...env, file: this.file, cls: info }, (fqn) => {
      const i = this.prog.layout.info(fqn);
      if (!i || !needsClinit(this.prog, i)) return undefined;
      if (i.pkg.dir === this.scope.pkgDir) return go.ident(i.goName + "_clinit");
      return go.qual(this.scope.imports.use(i.pkg.name, `${this.scope.module}/${i.pkg.dir}`), i.goName + "_clinit");
    });
    tr.anonymousHook = (t, e, j) => this.anonymous(t, e, j);
    tr.localClassHook = (t, d) => this.localClass(t, d);
    return tr;
  }

  private instanceMethod(info: ClassInfo, m: MethodSymbol, recvT: string): void {
    const decl = m.decl as J.MethodDecl;
    const sig = this.funcTypeOf(m, undefined);
    const fn = this.prog.layout.genericFunction(m);
    if (fn) {
      // The body lives in the generic function; the erased method (for interfaces and method values) calls it.
      this.genericFunctionDecl(info, m, fn, recvT);
      const c = go.call(go.inst(go.ident(fn), ...this.genericFunctionErasedArgs(info, m)), go.ident("this"), ...sig.params.map((p) => go.ident(p.names[0]!)));
      this.decls.push(go.funcDecl(this.prog.layout.methodName(m), sig, [sig.results.length ? go.ret(c) : go.exprStmt(c)], { recv: go.field("this", recvT) }));
      return;
    }
    // Go has no method type parameters: the method's own are erased, each to its bound (TypeMapper).
    for (const p of m.typeParams) {
      const bound = this.prog.types.constraint(p.bounds, this.scope);
      if (bound) this.prog.erasure(this.file, decl.line, `<${p.name}> of ${m.name}()`, bound, "a source-bounded method type variable is its bound in Go; arguments convert to it and results convert back (checked), as javac's erasure does");
    }
    const resultJ = m.typeParams.length ? OBJECT : m.returnType;
    const tr = this.translator(info, { isStatic: false, resultGo: sig.results[0] ? goText(sig.results[0].type) : "", resultJ: m.returnType.kind === "void" ? m.returnType : resultJ });
    const params = this.bindParams(tr, decl, sig);
    let body = this.methodBody(info, tr, decl, m.name, () => tr.block(decl.body!.stmts));
    const tx = this.prog.transactions.of(info.sym.fqn, m.name, m.params.length);
    if (tx) body = this.inTransaction(tx, body, sig.results);
    this.decls.push(go.funcDecl(this.prog.layout.methodName(m), go.funcType(params, sig.results), body, { recv: go.field("this", recvT) }));
  }

  /**
   * A @Transactional method's body inside `jrt.InTransaction` (or `RunInTransaction` for void):
   * the body becomes a closure whose returns and Java exceptions (panics) the helper sees, so it
   * commits or rolls back by Spring's rules and lets the result or the exception through.
   */
  private inTransaction(tx: TransactionDefinition, body: go.Stmt[], results: go.Field[]): go.Stmt[] {
    const strings = (xs: string[]) => go.composite(go.sliceType("string"), xs.map(go.strLit));
    const fields = [go.kv("Name", go.strLit(tx.name)), go.kv("Propagation", go.strLit(tx.propagation))];
    if (tx.isolation !== "DEFAULT") fields.push(go.kv("Isolation", go.strLit(tx.isolation)));
    if (tx.readOnly) fields.push(go.kv("ReadOnly", go.ident("true")));
    fields.push(go.kv("Timeout", go.intLit(tx.timeout)));
    if (tx.rollbackFor.length) fields.push(go.kv("RollbackFor", strings(tx.rollbackFor)));
    if (tx.noRollbackFor.length) fields.push(go.kv("NoRollbackFor", strings(tx.noRollbackFor)));
    const definition = go.addr(go.composite(this.v.jrt("TxDefinition"), fields));
    const closure = go.funcLit(go.funcType([], results), body);
    const call = go.call(this.v.jrt(results.length ? "InTransaction" : "RunInTransaction"), definition, closure);
    return [go.comment(transactionMarker(tx)), results.length ? go.ret(call) : go.exprStmt(call)];
  }

  private bindParams(tr: Translator, decl: J.MethodDecl, sig: go.FuncType): go.Field[] {
    return sig.params.map((f, i) => go.field(tr.declare(decl.params[i]!, decl.params[i]!.name), f.type));
  }

  private staticMethod(info: ClassInfo, m: MethodSymbol): void {
    const decl = m.decl as J.MethodDecl;
    if (!decl.body) return;
    const saved = this.scope.typeParams;
    this.scope.typeParams = new Set(m.typeParams.map((p) => p.name));
    try {
      const sig = this.funcTypeOf(m, undefined);
      const tr = this.translator(info, { isStatic: true, resultGo: sig.results[0] ? goText(sig.results[0].type) : "", resultJ: m.returnType });
      const params = this.bindParams(tr, decl, sig);
      const body = this.methodBody(info, tr, decl, m.name, () => {
        const out = tr.block(decl.body!.stmts);
        if (this.needsClinit(info)) out.unshift(go.exprStmt(go.call(info.goName + "_clinit")));
        return out;
      });
      this.decls.push(go.funcDecl(this.prog.layout.methodName(m), go.funcType(params, sig.results, sig.typeParams), body));
    } finally {
      this.scope.typeParams = saved;
    }
  }

  /** Layout.genericFunction's function: the method's body typed by the class's and the method's own type variables. */
  private genericFunctionDecl(info: ClassInfo, m: MethodSymbol, fn: string, selfT: string): void {
    const decl = m.decl as J.MethodDecl;
    const saved = this.scope.typeParams;
    const own = m.typeParams.map((p) => p.name);
    this.scope.typeParams = new Set([...saved, ...own]);
    try {
      const sig = this.funcTypeOf(m, undefined);
      const tr = this.translator(info, { isStatic: false, resultGo: sig.results[0] ? goText(sig.results[0].type) : "", resultJ: m.returnType });
      const params = this.bindParams(tr, decl, sig);
      const body = this.methodBody(info, tr, decl, m.name, () => tr.block(decl.body!.stmts));
      const typeParams = [...(this.typeParamFields(info.sym) ?? []), ...own.map((n) => go.field(n, "any"))];
      this.decls.push(go.funcDecl(fn, go.funcType([go.field("this", selfT), ...params], sig.results, typeParams), body));
    } finally {
      this.scope.typeParams = saved;
    }
  }

  /** Type arguments that instantiate a generic function as its erased method: the class's own, `any` for the method's. */
  private genericFunctionErasedArgs(info: ClassInfo, m: MethodSymbol): go.Expr[] {
    return [...this.prog.layout.goTypeParams(info), ...m.typeParams.map(() => "any")].map((n) => go.ident(n));
  }

  /** An interface default method as a function taking the interface value as `this`. */
  private defaultMethod(info: ClassInfo, m: MethodSymbol): void {
    const fn = this.prog.layout.genericFunction(m);
    if (fn) return this.genericFunctionDecl(info, m, fn, info.goName + this.typeArgsOf(info.sym));
    const decl = m.decl as J.MethodDecl;
    const sig = this.funcTypeOf(m, undefined);
    const tr = this.translator(info, { isStatic: false, resultGo: sig.results[0] ? goText(sig.results[0].type) : "", resultJ: m.returnType });
    const params = this.bindParams(tr, decl, sig);
    const body = this.methodBody(info, tr, decl, m.name, () => tr.block(decl.body!.stmts));
    const self = go.field("this", info.goName + this.typeArgsOf(info.sym));
    this.decls.push(go.funcDecl(`${info.goName}_${m.name}`, go.funcType([self, ...params], sig.results, this.typeParamFields(info.sym)), body));
  }

  /** Classes get forwarding methods for the default methods of their source interfaces they do not define. */
  private inheritedDefaults(info: ClassInfo, recvT: string): void {
    const sym = info.sym;
    const supers = this.prog.layout.allSupers(sym).filter((s) => s.kind === "interface" && this.prog.layout.info(s.fqn));
    const superHas = (fqn: string): boolean => !!info.superInfo && this.prog.layout.allSupers(info.superInfo.sym).some((s) => s.fqn === fqn);
    const defined = (name: string, arity: number): boolean => {
      for (let c: ClassInfo | undefined = info; c; c = c.superInfo) if (c.sym.methods.some((x) => x.name === name && x.params.length === arity && !x.static && x.decl?.kind === "MethodDecl" && (x.decl as J.MethodDecl).body)) return true;
      return false;
    };
    const done = new Set<string>();
    for (const s of supers) {
      if (superHas(s.fqn)) continue;
      for (const m of s.methods) {
        if (!m.default || done.has(m.name + "/" + m.params.length) || defined(m.name, m.params.length)) continue;
        done.add(m.name + "/" + m.params.length);
        const owner = this.prog.layout.info(s.fqn)!;
        // The default's signature as this class sees it: the interface's type variables substituted.
        const args = owner.sym.typeParams.length ? this.prog.layout.superArgs(sym, s.fqn) : [];
        if (!args) continue;
        const subst = { names: owner.sym.typeParams.map((p) => p.name), types: owner.sym.typeParams.map((_, i) => args[i] ?? OBJECT) };
        const seen = { ...m, params: m.params.map((p) => substitute(p, subst)), returnType: substitute(m.returnType, subst) };
        const sig = this.funcTypeOf(seen, s);
        const tr = this.translator(info, { isStatic: false, resultGo: "", resultJ: { kind: "void" } });
        const self = info.poly ? go.sel("this", selfField(info.goName)) : go.ident("this");
        let fn: go.Expr = tr.qualified(owner, `${owner.goName}_${m.name}`);
        const erasedOwn = this.prog.layout.genericFunction(m) ? m.typeParams.map(() => go.ident("any")) : [];
        if (args.length || erasedOwn.length) fn = go.inst(fn, ...args.map((a) => go.ident(this.prog.types.goOrAny(a, this.scope))), ...erasedOwn);
        const callArgs = [self, ...sig.params.map((p) => go.ident(p.names[0]!))];
        const c = m.varargs ? go.callSpread(fn, ...callArgs) : go.call(fn, ...callArgs);
        this.decls.push(go.funcDecl(this.prog.layout.methodName(m), sig, [sig.results.length ? go.ret(c) : go.exprStmt(c)], { recv: go.field("this", recvT) }));
      }
    }
  }

  /** Lombok's generated getter or setter; other Lombok members (builders, …) are not emitted and calls to them are stubbed. */
  private lombokAccessor(info: ClassInfo, m: MethodSymbol, recvT: string): void {
    const f = lombokField(info.sym, m);
    if (!f) return;
    const sel = go.sel("this", this.prog.layout.fieldName(info.sym.fqn, f.name, f.access));
    const t = this.fieldType(f);
    const name = this.prog.layout.methodName(m);
    const recv = { recv: go.field("this", recvT) };
    if (m.params.length === 0) this.decls.push(go.funcDecl(name, go.funcType([], [go.param(t)]), [go.ret(sel)], recv));
    else this.decls.push(go.funcDecl(name, go.funcType([go.field("v", t)], []), [go.assign(sel, "=", go.ident("v"))], recv));
  }

  /** An anonymous class's method: calls the closure the creation site stored. */
  private forwarder(info: ClassInfo, m: MethodSymbol, recvT: string): void {
    const sig = this.funcTypeOf(m, undefined);
    const name = this.prog.layout.methodName(m);
    const c = m.varargs ? go.callSpread(go.sel("this", "fn" + name), ...sig.params.map((p) => go.ident(p.names[0]!))) : go.call(go.sel("this", "fn" + name), ...sig.params.map((p) => go.ident(p.names[0]!)));
    this.decls.push(go.funcDecl(name, sig, [sig.results.length ? go.ret(c) : go.exprStmt(c)], { recv: go.field("this", recvT) }));
  }

  /** A record's components for Class.getRecordComponents(): "<erased type name> <name>" each. */
  private recordComponentNames(sym: TypeSymbol): string[] {
    const typeName = (t: JType): string => {
      const key = erasureKey(t);
      const base = key.replace(/(\[\])+$/, "");
      return (this.prog.layout.info(base) ? javaBinaryName(this.prog, base) : base) + key.slice(base.length);
    };
    return sym.fields.filter((f) => !f.static).map((f) => `${typeName(f.type)} ${f.name}`);
  }

  /** toString/equals/hashCode a record gets unless it declares them. */
  private recordMethods(info: ClassInfo, recvT: string): void {
    const sym = info.sym;
    const comps = sym.fields.filter((f) => !f.static);
    const declared = (name: string, n: number): boolean => sym.methods.some((m) => m.name === name && m.params.length === n && m.decl?.kind === "MethodDecl");
    const fieldSel = (x: go.Expr, f: FieldSymbol): go.Expr => go.sel(x, this.prog.layout.fieldName(sym.fqn, f.name, f.access));
    const str = (f: FieldSymbol): go.Expr => go.call(this.v.jrt("ToString"), fieldSel(go.ident("this"), f));
    const recv = { recv: go.field("this", recvT) };
    if (!declared("toString", 0)) {
      let e: go.Expr = go.strLit(`${sym.name}[`);
      comps.forEach((f, i) => {
        e = go.binary(e, "+", go.strLit(`${i ? ", " : ""}${f.name}=`));
        e = go.binary(e, "+", str(f));
      });
      e = go.binary(e, "+", go.strLit("]"));
      this.decls.push(go.funcDecl("ToString", go.funcType([], [go.param("string")]), [go.ret(e)], recv));
    }
    if (!declared("equals", 1) && sym.typeParams.length && comps.length) {
      // Pair<String, String> equals a Pair<Object, Object>: no one Go type asserts every instantiation,
      // so each hands its components over through a method only this record has.
      const components = `components${info.goName}`;
      const fn = go.funcType([], [go.param(go.sliceType("any"))]);
      this.decls.push(go.funcDecl(components, fn, [go.ret(go.composite(go.sliceType("any"), comps.map((f) => fieldSel(go.ident("this"), f))))], recv));
      const checks = comps.map((f, i) => go.call(this.v.jrt("Equals"), fieldSel(go.ident("this"), f), go.index("c", go.intLit(i))));
      const body = [
        go.define(["o", "ok"], go.typeAssert("other", go.interfaceType([go.method(components, fn)]))),
        go.ifStmt(go.not("ok"), [go.ret(go.ident("false"))]),
        go.define("c", go.call(go.sel("o", components))),
        go.ret(checks.slice(1).reduce<go.Expr>((a, b) => go.binary(a, "&&", b), checks[0]!)),
      ];
      this.decls.push(go.funcDecl("Equals", go.funcType([go.field("other", "any")], [go.param("bool")]), body, recv));
    } else if (!declared("equals", 1)) {
      const checks: go.Expr[] = comps.map((f) => go.call(this.v.jrt("Equals"), fieldSel(go.ident("this"), f), fieldSel(go.ident("o"), f)));
      const cond = checks.reduce<go.Expr>((a, b) => go.binary(a, "&&", b), go.ident("ok"));
      this.decls.push(
        go.funcDecl("Equals", go.funcType([go.field("other", "any")], [go.param("bool")]), [go.define([comps.length ? "o" : "_", "ok"], go.typeAssert("other", go.ident(recvT))), go.ret(cond)], recv),
      );
    }
    if (!declared("hashCode", 0)) {
      const body: go.Stmt[] = [go.declStmt(go.genDecl("var", [go.valueSpec("h", "int32")]))];
      for (const f of comps) body.push(go.assign("h", "=", go.binary(go.binary("h", "*", go.intLit(31)), "+", go.call(this.v.jrt("HashCode"), fieldSel(go.ident("this"), f)))));
      body.push(go.ret(go.ident("h")));
      this.decls.push(go.funcDecl("HashCode", go.funcType([], [go.param("int32")]), body, recv));
    }
  }

  /** Translates a body; an Unsupported anywhere turns it into a stub (counted honestly either way). */
  private methodBody(_info: ClassInfo, tr: Translator, node: J.Node & J.Loc, javaMethod: string, f: () => go.Stmt[]): go.Stmt[] {
    this.prog.methods++;
    tr.javaMethod = javaMethod;
    try {
      const body = tr.functionBody(f);
      const out = [...tr.hoisted, ...tr.finish(body)];
      this.prog.methodsFullyTranslated++;
      return out;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      return this.stubStmts(node, e.message);
    }
  }

  /** `panic("java2x: <id> <reason>")` with the Java source in a comment, and the item behind the id. */
  private stubStmts(node: J.Node & J.Loc, reason: string): go.Stmt[] {
    const javaText = this.text.slice(node.start, node.end);
    const lines = javaText.split(/\r\n|\r|\n/);
    const endLine = node.line + lines.length - 1;
    const id = this.prog.item("go.untranslated", "mandatory", this.file, node, endLine, `not translated to Go: ${reason}`, effortFor(lines.length));
    const indent = Math.min(...lines.slice(1).filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length), Infinity);
    const shown = lines.map((l, i) => (i === 0 || !Number.isFinite(indent) ? l : l.slice(indent)).replace(/\t/g, "    ").trimEnd());
    return [go.comment("Java:", ...shown.map((l) => "\t" + l)), go.exprStmt(go.call("panic", go.strLit(`java2x: ${id} ${reason}`)))];
  }

  /**
   * An annotation type is declared as an empty struct so that code naming it (a parameter of type
   * `Excel`) still compiles; its elements are read through reflection in Java, which Go code does
   * not get, so calls on it make the caller a stub (see `Translator.usedClass`).
   */
  private lowerAnnotation(info: ClassInfo): void {
    const doc = [`${info.goName} stands for the Java annotation type ${info.sym.fqn}; its elements are not translated.`];
    this.decls.push(go.genDecl("type", [go.typeSpec(info.goName, go.structType([]))], { doc }));
  }

  private stubType(info: ClassInfo, reason: string): void {
    const node = (info.sym.decl ?? NOWHERE) as J.Node & J.Loc;
    const id = this.prog.item("go.untranslated", "mandatory", this.file, node, node.line, `type ${info.sym.fqn} not translated to Go: ${reason}`, 5);
    this.decls.push(go.comment(`java2x: ${id} ${info.sym.fqn} is not translated: ${reason}`));
    const fallback = info.sym.kind === "interface" || info.poly ? go.interfaceType([]) : go.structType([]);
    this.decls.push(go.genDecl("type", [go.typeSpec(info.goName + (info.poly ? "I" : ""), fallback, { typeParams: this.typeParamFields(info.sym) })]));
  }

  // -------------------------------------------------------------------------------------------
  // Anonymous classes

  private anonymous(tr: Translator, e: J.NewExpr, j: JType): GE {
    const sym = this.prog.model.declaredType(e);
    const info = sym ? this.prog.layout.info(sym.fqn) : undefined;
    if (!info || !e.body) return unsupported("anonymous class");
    const base = sym!.superclass?.kind === "class" && this.prog.layout.info(sym!.superclass.fqn) ? sym!.superclass : sym!.interfaces[0];
    const baseJ = base ?? j;
    // An anonymous implementation of a functional interface is a func literal (one that keeps state
    // or calls itself is the struct below, handed over as the method value).
    const fnSig = this.prog.types.funcSignature(baseJ);
    const methods = e.body.filter((m): m is J.MethodDecl => m.kind === "MethodDecl");
    if (fnSig && methods.length === 1 && e.body.length === 1 && !callsItself(methods[0]!)) {
      const md = methods[0]!;
      const t = tr.goType(baseJ);
      const resultGo = tr.goType(fnSig.result);
      const params = md.params.map((p, i) => go.field(tr.declare(p, p.name), tr.goType(fnSig.params[i] ?? OBJECT)));
      const body = tr.nested({ resultGo, resultJ: fnSig.result }, () => tr.functionBody(() => tr.block(md.body!.stmts)));
      return { e: go.funcLit(go.funcType(params, resultGo ? [go.param(resultGo)] : []), body), t, j: baseJ };
    }
    if (info.sym.typeParams.length) return unsupported("generic anonymous class");
    tr.usedClass(info.sym.fqn); // its struct is a stub when it extends a JDK class jrt does not have
    // Its struct only has the enclosing classes' type parameters, not an enclosing generic method's.
    const known = new Set(this.prog.layout.goTypeParams(info));
    const memberTypes = [...info.sym.fields.map((f) => f.type), ...info.sym.methods.flatMap((m) => [m.returnType, ...m.params])];
    if (memberTypes.some((t) => typeVarNames(t).some((n) => !known.has(n)))) return unsupported("anonymous class using a generic method's type variable");
    const self = `anon${info.goName.replace(/^.*_/, "")}`;
    // An anonymous class in a generic class takes the enclosing type parameters (`Main_1[T]`).
    const typeArgs = this.prog.layout.goTypeParams(info).map((n) => (this.scope.typeParams.has(n) ? n : "any"));
    const goName = info.goName + (typeArgs.length ? `[${typeArgs.join(", ")}]` : "");
    const stmts: go.Stmt[] = [go.define(self, go.unary("&", go.composite(go.ident(goName), [])))];
    stmts.push(...this.javaDefaults(info, self));
    if (info.superInfo) {
      const ref = this.prog.model.symbolOf(e);
      if (ref?.kind !== "method") return unsupported("anonymous class super constructor");
      const { initFn } = this.prog.layout.ctorNames(info.superInfo, ref.method);
      const args = tr.callArgs(e.args, ref);
      if (this.hasOuter(info.superInfo)) return unsupported("anonymous subclass of an inner class");
      stmts.push(go.exprStmt(args.spread ? go.callSpread(go.sel(self, initFn), ...args.list) : go.call(go.sel(self, initFn), ...args.list)));
    } else if (runtimeSuper(info)) {
      const ref = this.prog.model.symbolOf(e);
      stmts.push(...runtimeSuperInit(this.prog, tr, info, self, go.ident(self), e.args, ref?.kind === "method" ? ref : undefined, e));
    }
    stmts.push(...this.instanceMembers(tr, info, self, e.body));
    if (fnSig) {
      const m = info.sym.methods.find((x) => x.name === fnSig.method.name && x.params.length === fnSig.params.length && x.decl?.kind === "MethodDecl");
      if (!m) return unsupported("anonymous functional interface implementation without its method");
      const t = tr.goType(baseJ);
      stmts.push(go.ret(go.sel(self, this.prog.layout.methodName(m))));
      return { e: go.call(go.funcLit(go.funcType([], [go.param(t)]), stmts)), t, j: baseJ };
    }
    const t = "*" + goName;
    stmts.push(go.ret(go.ident(self)));
    return { e: go.call(go.funcLit(go.funcType([], [go.param(t)]), stmts)), t, j: { kind: "class", fqn: info.sym.fqn, args: [] } };
  }

  /**
   * The members of an anonymous or local class, set up on the new struct `self` inside the enclosing
   * method: methods as closures (they capture the enclosing locals, as Java's effectively final
   * captures), field initialisers and instance initialisers in declaration order.
   */
  private instanceMembers(tr: Translator, info: ClassInfo, self: string, members: J.Member[]): go.Stmt[] {
    const anonEnv = { cls: info, thisName: self, isStatic: false };
    const stmts: go.Stmt[] = [];
    for (const member of members) {
      if (member.kind === "MethodDecl") {
        const m = info.sym.methods.find((x) => x.decl === member)!;
        const sig = this.funcTypeOf(m, undefined);
        const resultGo = sig.results[0] ? goText(sig.results[0].type) : "";
        const fn = tr.nested({ ...anonEnv, resultGo, resultJ: m.returnType }, () => {
          const params = member.params.map((p, i) => go.field(tr.declare(p, p.name), sig.params[i]!.type));
          const body = tr.functionBody(() => tr.block(member.body?.stmts ?? []));
          return go.funcLit(go.funcType(params, sig.results), body);
        });
        stmts.push(go.assign(go.sel(self, "fn" + this.prog.layout.methodName(m)), "=", fn));
      } else if (member.kind === "FieldDecl") {
        for (const d of member.declarators) {
          const f = info.sym.fields.find((x) => x.name === d.name)!;
          if (f.static) return unsupported("static field in an anonymous class");
          if (d.init) {
            const val = tr.nested({ ...anonEnv, resultGo: "", resultJ: { kind: "void" } }, () => tr.exprTo(d.init!, f.type));
            stmts.push(go.assign(go.sel(self, this.prog.layout.fieldName(info.sym.fqn, f.name, f.access)), "=", val.e));
          }
        }
      } else if (member.kind === "InitializerBlock" && !member.static) {
        stmts.push(go.block(tr.nested({ ...anonEnv, resultGo: "", resultJ: { kind: "void" } }, () => tr.block(member.body.stmts))));
      } else if (member.kind !== "ConstructorDecl") return unsupported(`${member.kind} in an anonymous or local class`);
    }
    return stmts;
  }

  /**
   * A local class declaration: a closure `new<Class>` in the enclosing method builds its instances
   * (the struct is declared at package level; `new LocalClass(…)` calls the closure).
   */
  private localClass(tr: Translator, d: J.LocalClassDecl): go.Stmt[] {
    const sym = this.prog.model.declaredType(d.decl);
    const info = sym ? this.prog.layout.info(sym.fqn) : undefined;
    if (!info || d.decl.kind !== "ClassDecl" || this.prog.layout.goTypeParams(info).length) return unsupported("local interface, enum, record or generic class");
    tr.usedClass(info.sym.fqn);
    const ctors = info.sym.methods.filter((m) => m.name === "<init>" && m.decl?.kind === "ConstructorDecl");
    if (ctors.length > 1) return unsupported("local class with several constructors");
    const ctor = ctors[0];
    const decl = ctor?.decl as J.ConstructorDecl | undefined;
    const self = `obj${info.goName.replace(/^.*_/, "")}`;
    const t = "*" + info.goName;
    const classJ: JType = { kind: "class", fqn: info.sym.fqn, args: [] };
    const fn = tr.nested({ cls: info, thisName: self, isStatic: false, resultGo: t, resultJ: classJ }, () => {
      const params = decl ? decl.params.map((p, i) => go.field(tr.declare(p, p.name), tr.goType(ctor!.params[i]!))) : [];
      const stmts: go.Stmt[] = [go.define(self, go.unary("&", go.composite(go.ident(info.goName), []))), ...this.javaDefaults(info, self)];
      const first = decl?.body?.stmts[0];
      const superCall = first?.kind === "CtorCallStmt" ? first : undefined;
      if (superCall?.target === "this") return unsupported("this(…) in a local class");
      if (info.superInfo) {
        const ref = superCall ? this.prog.model.symbolOf(superCall) : undefined;
        const m = ref?.kind === "method" ? ref.method : info.superInfo.sym.methods.find((x) => x.name === "<init>" && !x.params.length);
        const { initFn } = this.prog.layout.ctorNames(info.superInfo, m);
        const args = ref?.kind === "method" ? tr.callArgs(superCall!.args, ref) : { list: [], spread: false };
        if (this.hasOuter(info.superInfo)) return unsupported("local subclass of an inner class");
        stmts.push(go.exprStmt(args.spread ? go.callSpread(go.sel(self, initFn), ...args.list) : go.call(go.sel(self, initFn), ...args.list)));
      } else if (runtimeSuper(info)) {
        const ref = superCall ? this.prog.model.symbolOf(superCall) : undefined;
        stmts.push(...runtimeSuperInit(this.prog, tr, info, self, go.ident(self), superCall?.args ?? [], ref?.kind === "method" ? ref : undefined, d));
      } else if (superCall?.args.length) return unsupported("super(…) of a JDK class");
      stmts.push(...this.instanceMembers(tr, info, self, (d.decl as J.ClassDecl).members));
      stmts.push(...tr.block(decl?.body?.stmts.slice(superCall ? 1 : 0) ?? []));
      stmts.push(go.ret(go.ident(self)));
      return go.funcLit(go.funcType(params, [go.param(t)]), tr.functionBody(() => stmts));
    });
    const name = localConstructor(info);
    // Declared first, so the class's own methods can create instances too; Go refuses an unused one.
    const unused = !new RegExp(`\\bnew\\s+${info.sym.name}\\b`).test(this.text);
    return [go.declStmt(go.genDecl("var", [go.valueSpec(name, fn.type)])), go.assign(name, "=", fn), ...(unused ? [go.assign("_", "=", go.ident(name))] : [])];
  }
}

/** A method whose body calls it by its bare name (or through `this`): as a func literal it would have no `this`. */
function callsItself(md: J.MethodDecl): boolean {
  return someNode(md.body, (n) => n.kind === "MethodCall" && n.name === md.name && (!n.target || n.target.kind === "This"));
}

/** Static state needing a lazily run initialiser: enums, static blocks, non-constant static initialisers. */
export function needsClinit(prog: Program, info: ClassInfo): boolean {
  const sym = info.sym;
  if (sym.kind === "enum") return true;
  const members = (sym.decl && "members" in sym.decl ? (sym.decl as { members: J.Member[] }).members : []) ?? [];
  for (const m of members) {
    if (m.kind === "InitializerBlock" && m.static) return true;
    if (m.kind === "FieldDecl" && (m.modifiers.flags.includes("static") || sym.kind === "interface")) {
      for (const d of m.declarators) {
        if (!d.init) continue;
        if (d.init.kind === "ArrayInit" || !isConstantLike(prog, d.init)) return true;
      }
    }
  }
  return false;
}

function isConstantLike(prog: Program, e: J.Expr): boolean {
  if (e.kind === "Literal") return true;
  const t = prog.model.typeOf(e);
  if (t.kind === "prim" || (t.kind === "class" && t.fqn === "java.lang.String")) {
    return e.kind === "Binary" || e.kind === "Unary" || e.kind === "Cast" ? true : e.kind === "Name" || e.kind === "FieldAccess";
  }
  return false;
}

function paramName(m: MethodSymbol, i: number): string {
  const n = m.paramNames[i] ?? `p${i}`;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) && !["type", "func", "map", "range", "string", "len", "var", "go", "chan", "select", "default", "interface", "package", "import", "defer", "fallthrough", "struct", "const", "any", "new", "make", "copy", "append", "cap", "close", "delete", "max", "min", "print", "println", "error", "int", "bool", "byte", "rune", "this"].includes(n) ? n : n + "_";
}

function declLine(sym: TypeSymbol): number {
  return sym.decl && "line" in sym.decl ? sym.decl.line : 0;
}

/** Go type text of a type expression built by this transform (identifiers hold whole type texts). */
function goText(e: go.Expr): string {
  if (e.kind === "Ident") return e.name;
  if (e.kind === "SelectorExpr" && e.x.kind === "Ident") return `${e.x.name}.${e.sel}`;
  if (e.kind === "Ellipsis" && e.elt) return "..." + goText(e.elt);
  return "any";
}
