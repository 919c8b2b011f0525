// Builds the TS declarations of one source type: classes with `$init…` constructors and lazy
// `$clinit`, enums as classes with static instances, records with their generated members,
// interfaces as TS interfaces plus a companion class holding statics and default-method helpers.
// Each method is translated on its own; a failure stubs that method only.

import { generatedStaticFields } from "./mapped.js";
import type * as J from "../../parse/ast.js";
import * as ts from "../../ir/ts.js";
import type { FieldSymbol, JType, MethodSymbol, TypeSymbol } from "../../semantic/types.js";
import { classMeta, javaBinaryName } from "./reflect.js";
import { type MethodEnv, OBJECT, outerField, STRING, Translator, walk } from "./body.js";
import { type ClassInfo, type TsProgram, Unsupported } from "./context.js";
import { qname, strConv } from "./jdk.js";
import { localName, type Naming } from "./names.js";
import type { ModuleScope } from "./scope.js";
import { jdkClassName, samOf, subst, type TypeMapper } from "./types.js";
import { transactionMarker, type TransactionDefinition } from "../transactions.js";

interface Parts {
  fields: FieldDecl[];
  methods: J.MethodDecl[];
  ctors: J.ConstructorDecl[];
  inits: J.InitializerBlock[];
}
type FieldDecl = { decl: J.FieldDecl; d: J.VarDeclarator; sym: FieldSymbol };

export class ClassBuilder {
  constructor(
    private readonly prog: TsProgram,
    private readonly naming: Naming,
    private readonly types: TypeMapper,
    private readonly scope: ModuleScope,
    private readonly text: string,
  ) {}

  private get model() {
    return this.prog.model;
  }

  /** Declarations (and registration statements) for one source type. */
  build(info: ClassInfo): (ts.Decl | ts.Stmt)[] {
    this.scope.line = info.decl.line;
    return this.scope.withTypeVars([...info.sym.typeParams, ...info.enclosingTypeParams].map((p) => p.name), () =>
      info.isInterface ? this.buildInterface(info) : this.buildClass(info),
    );
  }

  private members(info: ClassInfo): J.Member[] {
    const d = info.decl;
    if (d.kind === "NewExpr") return d.body ?? [];
    if (d.kind === "EnumConstant") return d.body ?? [];
    if (d.kind === "LocalClassDecl") return d.decl.members;
    return (d as J.TypeDecl).members;
  }

  private parts(info: ClassInfo): Parts {
    const p: Parts = { fields: [], methods: [], ctors: [], inits: [] };
    for (const m of this.members(info)) {
      if (m.kind === "FieldDecl") {
        for (const d of m.declarators) {
          const sym = info.sym.fields.find((f) => f.name === d.name);
          if (sym) p.fields.push({ decl: m, d, sym });
        }
      } else if (m.kind === "MethodDecl") p.methods.push(m);
      else if (m.kind === "ConstructorDecl") p.ctors.push(m);
      else if (m.kind === "InitializerBlock") p.inits.push(m);
    }
    return p;
  }

  private env(info: ClassInfo, isStatic: boolean, returnType: JType, inInit = false, selfName?: string): MethodEnv {
    return { cls: info, isStatic, inInit, returnType, ...(selfName && { selfName }) };
  }

  private translator(info: ClassInfo, env: MethodEnv): Translator {
    return new Translator(this.prog, this.naming, this.types, this.scope, env, this.text);
  }

  private tsType(t: JType): ts.Type {
    return this.types.map(t, this.scope);
  }

  /** Runs a translation; on Unsupported returns a stub body and records the item. */
  private guarded(info: ClassInfo, node: J.Node, what: string, fn: () => ts.Stmt[], count = true): { body: ts.Stmt[]; doc?: string[] } {
    if (count) this.prog.methods++;
    try {
      const body = fn();
      if (count) this.prog.methodsFullyTranslated++;
      return { body };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      return this.stub(info, node, what, e.message);
    }
  }

  private stub(info: ClassInfo, node: J.Node, what: string, reason: string): { body: ts.Stmt[]; doc: string[] } {
    const endLine = node.line + (this.text.slice(node.start, node.end).match(/\n/g)?.length ?? 0);
    const lines = Math.max(1, endLine - node.line + 1);
    const id = this.prog.addItem("ts.untranslated", info.file, node, `${what} not translated to TypeScript: ${reason}`, lines > 30 ? 8 : lines > 10 ? 5 : lines > 3 ? 3 : 1, endLine);
    const original = this.text.slice(node.start, node.end).split(/\r\n|\r|\n/);
    return {
      body: [ts.throwStmt(ts.newExpr(ts.id("Error"), [ts.str(`java2x: ${id} ${reason}`)]))],
      doc: [`java2x: ${id} untranslated (${reason}); the original Java:`, "", ...original.map((l) => l.replace(/\t/g, "    "))],
    };
  }

  // -------------------------------------------------------------------------------------------
  // Classes, enums, records

  private buildClass(info: ClassInfo): (ts.Decl | ts.Stmt)[] {
    const sym = info.sym;
    const parts = this.parts(info);
    const members: ts.ClassMember[] = [];
    const isEnum = sym.kind === "enum";
    const isRecord = sym.kind === "record";
    const superInfo = this.prog.sourceSuper(sym);
    let ext: ts.TypeRef | undefined;
    if (isEnum) ext = ts.typeRef("jrtx.JEnum");
    else if (sym.superclass?.kind === "class" && sym.superclass.fqn !== "java.lang.Object" && sym.superclass.fqn !== "java.lang.Record") {
      const st = this.tsType(sym.superclass);
      if (st.kind === "TypeRef") ext = st;
      else if (superInfo === undefined && jdkClassName(sym.superclass.fqn)) ext = ts.typeRef(jdkClassName(sym.superclass.fqn)!);
    }

    // Outer instance and captured locals.
    if (info.hasOuter || info.captures.length) {
      const capParams: ts.Param[] = [];
      const body: ts.Stmt[] = [];
      if (info.hasOuter) {
        const outer = this.prog.classOf(sym.outer ?? "");
        // The enclosing instance's own type variables, where they are in scope (a local class in a generic class).
        const outerArgs = outer?.sym.typeParams.map((p): JType => (this.scope.typeVars.has(p.name) ? { kind: "typevar", name: p.name, owner: outer.sym.fqn } : OBJECT));
        const ot = outer ? this.tsType({ kind: "class", fqn: outer.sym.fqn, args: outerArgs ?? [] }) : ts.kw("unknown");
        members.push(ts.property(outerField(info) + "!", ot));
        capParams.push(ts.param("outer", ot));
        body.push(ts.exprStmt(ts.assign(ts.prop(ts.thisExpr(), outerField(info)), ts.id("outer"))));
      }
      for (const c of info.captures) {
        const t = this.captureType(info, c);
        members.push(ts.property(`cap$${c}!`, t));
        capParams.push(ts.param(localName(c), t));
        body.push(ts.exprStmt(ts.assign(ts.prop(ts.thisExpr(), `cap$${c}`), ts.id(localName(c)))));
      }
      members.push(ts.method("$cap" + this.naming.depthSuffix(sym.fqn), capParams, ts.typeRef("this"), [...body, ts.ret(ts.thisExpr())]));
    }

    // Fields: instance fields start at Java's default value; statics too when initialised lazily.
    const constStatic = (f: FieldDecl) => f.sym.static && f.sym.final && f.d.init && f.d.init.kind !== "ArrayInit" && isConstantExpr(f.d.init);
    for (const f of parts.fields) {
      this.scope.line = f.d.line;
      const t = this.fieldType(f);
      const name = this.naming.fieldName(f.sym);
      if (f.sym.static && (!info.clinit || constStatic(f)) && f.d.init) {
        const r = this.fieldInit(info, f, t);
        members.push(ts.property(name, this.tsType(t), r.init, { static: true, ...(r.doc && { doc: r.doc }) }));
      } else {
        members.push(ts.property(name, this.fieldTsType(info, f, t), defaultValue(t), { ...(f.sym.static && { static: true }) }));
      }
    }
    members.push(...generatedStaticFields(this.prog, info, this.naming));
    if (isEnum) {
      for (const c of sym.enumConstants ?? []) members.push(ts.property(c, ts.typeRef(info.tsName), ts.nonNull(ts.nullLit()), { static: true }));
      members.push(ts.property("$VALUES", ts.arrayOf(ts.typeRef(info.tsName)), ts.array(), { static: true, accessibility: "private" }));
    }
    if (isRecord) for (const c of (sym.decl as J.RecordDecl).components) {
      const f = sym.fields.find((x) => x.name === c.name);
      if (f) members.push(ts.property(this.naming.fieldName(f), this.tsType(f.type), defaultValue(f.type)));
    }

    // Static initialisation.
    if (info.clinit) members.push(...this.clinit(info, parts, constStatic));

    // Constructors.
    if (info.mode === "native") members.push(...this.nativeCtor(info, parts));
    else members.push(...this.initMethods(info, parts));

    // Methods.
    for (const m of parts.methods) members.push(this.method(info, m));
    members.push(...this.lombokMembers(info));
    if (isEnum) members.push(...this.enumStatics(info));
    if (isRecord) members.push(...this.recordMembers(info, parts));
    members.push(...this.interfaceDelegates(info));
    const jdkAbstract = this.unimplementedJdkMethods(info);
    members.push(...jdkAbstract);
    members.push(...this.jsProtocols(info));

    const cls = ts.classDecl(info.tsName, members, {
      exported: !info.local,
      ...((sym.typeParams.length || info.enclosingTypeParams.length) && { typeParams: [...sym.typeParams, ...info.enclosingTypeParams].map((p) => ts.typeParam(p.name, this.bound(p.bounds))) }),
      ...(ext && { extends: ext }),
      ...((sym.abstract || jdkAbstract.length || (isEnum && parts.methods.some((m) => !m.body))) && { abstract: true }),
    });
    const ifaces = this.allInterfaces(sym).map((i) => ts.str(i));
    const meta = classMeta(this.prog, sym);
    const reg = ts.exprStmt(ts.call(qname("jrtx.declareClass"), ts.id(info.tsName), ts.str(javaBinaryName(sym)), ...(ifaces.length || meta ? [ts.array(...ifaces)] : []), ...(meta ? [meta] : [])));
    const out: (ts.Decl | ts.Stmt)[] = [cls, reg];
    if (this.prog.isSubtype(sym.fqn, "java.lang.Throwable")) out.push(ts.exprStmt(ts.call(qname("jrt.setJavaName"), ts.id(info.tsName), ts.str(javaBinaryName(sym)))));
    return out;
  }

  private bound(bounds: JType[]): ts.Type | undefined {
    const b = bounds[0];
    if (!b || (b.kind === "class" && (b.fqn === "java.lang.Object" || this.model.lookupType(b.fqn)?.origin === "jdk"))) return undefined;
    return this.tsType(b);
  }

  private captureType(info: ClassInfo, name: string): ts.Type {
    let found: JType | undefined;
    walk(this.members(info), (n) => {
      if (found || n.kind !== "Name" || n.name !== name) return;
      const r = this.model.symbolOf(n);
      if (r && (r.kind === "local" || r.kind === "param")) found = r.type;
    });
    return found ? this.tsType(found) : ts.kw("unknown");
  }

  /**
   * A function-typed instance field of a generic class is bivariant in its parameters (`jrt.Bivariant`), as
   * TS methods are: a `Subscription<StockLow>` is then a `Subscription<Event>`, the type `Subscription<?>`
   * becomes; through a wildcard Java never calls such a consumer with a value anyway.
   */
  private fieldTsType(info: ClassInfo, f: FieldDecl, t: JType): ts.Type {
    const tsType = this.tsType(t);
    return !f.sym.static && info.sym.typeParams.length && tsType.kind === "FunctionType" ? ts.typeRef("jrt.Bivariant", tsType) : tsType;
  }

  private fieldType(f: FieldDecl): JType {
    let t = f.sym.type;
    for (let i = 0; i < f.d.dims && t.kind !== "array"; i++) t = { kind: "array", elem: t };
    return t;
  }

  private fieldInit(info: ClassInfo, f: FieldDecl, t: JType): { init: ts.Expr; doc?: string[] } {
    const init = f.d.init!;
    const tr = this.translator(info, this.env(info, f.sym.static, t));
    try {
      return { init: init.kind === "ArrayInit" ? tr.arrayInit(init, t) : tr.exprAs(init, t) };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      const s = this.stub(info, f.decl, `field ${f.sym.name}`, e.message);
      return { init: ts.call(qname("jrtx.untranslated"), (s.body[0] as ts.ThrowStmt & { value: ts.NewExpr }).value.args[0]!), doc: s.doc };
    }
  }

  /** `$clinit()` runs static initialisers in source order once, after the superclass's; other classes reach statics through `jrtx.init(C)`. */
  private clinit(info: ClassInfo, parts: Parts, constStatic: (f: FieldDecl) => boolean | undefined): ts.ClassMember[] {
    const cls = ts.id(info.tsName);
    const stmts: ts.Stmt[] = [ts.ifStmt(ts.prop(cls, "$initialized"), [ts.ret()]), ts.exprStmt(ts.assign(ts.prop(cls, "$initialized"), ts.bool(true)))];
    const sup = this.prog.sourceSuper(info.sym);
    if (sup?.clinit) stmts.push(ts.exprStmt(ts.call(ts.prop(ts.id(this.scope.classRef(sup.sym.fqn)), "$clinit"))));
    const tr = this.translator(info, this.env(info, true, { kind: "void" }));
    const doc: string[] = [];
    if (info.sym.kind === "enum") stmts.push(...this.enumConstants(info, tr, doc));
    const order: (FieldDecl | J.InitializerBlock)[] = [...parts.fields.filter((f) => f.sym.static && f.d.init && !constStatic(f)), ...parts.inits.filter((b) => b.static)];
    order.sort((a, b) => ("decl" in a ? a.d.start : a.start) - ("decl" in b ? b.d.start : b.start));
    for (const x of order) {
      if ("decl" in x) {
        const t = this.fieldType(x);
        const r = this.fieldInit(info, x, t);
        if (r.doc) doc.push(...r.doc);
        stmts.push(ts.exprStmt(ts.assign(ts.prop(cls, this.naming.fieldName(x.sym)), r.init)));
      } else {
        const g = this.guarded(info, x, "static initializer", () => {
          tr.scanAssigned(x.body);
          return tr.block(x.body.stmts);
        });
        if (g.doc) doc.push(...g.doc);
        stmts.push(ts.block(g.body));
      }
    }
    return [
      ts.property("$initialized", ts.kw("boolean"), ts.bool(false), { static: true }),
      ts.method("$clinit", [], ts.kw("void"), stmts, { static: true, ...(doc.length && { doc }) }),
    ];
  }

  private enumConstants(info: ClassInfo, tr: Translator, doc: string[]): ts.Stmt[] {
    const decl = info.decl as J.EnumDecl;
    const cls = ts.id(info.tsName);
    const out: ts.Stmt[] = [];
    decl.constants.forEach((c, i) => {
      let value: ts.Expr;
      try {
        const ref = this.model.symbolOf(c);
        const sub = c.body ? this.model.declaredType(c) : undefined;
        const subInfo = sub && this.prog.classOf(sub.fqn);
        const target = subInfo ? ts.id(subInfo.tsName) : cls;
        const obj = ts.newExpr(target, [ts.str(c.name), ts.num(i)]);
        const args = ref && ref.kind === "method" ? tr.args(c.args, ref) : [];
        value = ts.call(ts.prop(obj, subInfo ? "$anon" : ref && ref.kind === "method" ? this.naming.ctorName(ref.method) : "$init"), ...args);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        const s = this.stub(info, c, `enum constant ${c.name}`, e.message);
        doc.push(...s.doc);
        value = ts.call(qname("jrtx.untranslated"), ts.str(s.doc[0]!));
      }
      out.push(ts.exprStmt(ts.assign(ts.prop(cls, c.name), value)));
    });
    out.push(ts.exprStmt(ts.assign(ts.prop(cls, "$VALUES"), ts.array(...decl.constants.map((c) => ts.prop(cls, c.name))))));
    return out;
  }

  private enumStatics(info: ClassInfo): ts.ClassMember[] {
    const cls = ts.id(info.tsName);
    const t = ts.typeRef(info.tsName);
    const values = info.sym.methods.find((m) => m.name === "values" && !m.decl);
    const valueOf = info.sym.methods.find((m) => m.name === "valueOf" && !m.decl);
    const out: ts.ClassMember[] = [];
    if (values)
      out.push(ts.method(this.naming.methodName(values), [], ts.arrayOf(t), [ts.exprStmt(ts.call(ts.prop(cls, "$clinit"))), ts.ret(ts.call(ts.prop(ts.prop(cls, "$VALUES"), "slice")))], { static: true }));
    if (valueOf)
      out.push(
        ts.method(this.naming.methodName(valueOf), [ts.param("name", ts.kw("string"))], t, [
          ts.exprStmt(ts.call(ts.prop(cls, "$clinit"))),
          ts.ret(ts.call(qname("jrtx.enumValueOf"), ts.prop(cls, "$VALUES"), ts.id("name"), ts.str(info.sym.fqn))),
        ], { static: true }),
      );
    return out;
  }

  private recordMembers(info: ClassInfo, parts: Parts): ts.ClassMember[] {
    const sym = info.sym;
    const comps = (sym.decl as J.RecordDecl).components;
    const declared = new Set(parts.methods.map((m) => `${m.name}/${m.params.length}`));
    const fields = comps.map((c) => sym.fields.find((f) => f.name === c.name)!).filter(Boolean);
    const self = ts.thisExpr();
    const out: ts.ClassMember[] = [];
    for (const f of fields) {
      if (declared.has(`${f.name}/0`)) continue;
      const m = sym.methods.find((x) => x.name === f.name && x.params.length === 0);
      out.push(ts.method(m ? this.naming.methodName(m) : f.name, [], this.tsType(f.type), [ts.ret(ts.prop(self, this.naming.fieldName(f)))]));
    }
    const tr = this.translator(info, this.env(info, false, STRING));
    if (!declared.has("toString/0")) {
      let s: ts.Expr = ts.str(`${sym.name}[`);
      fields.forEach((f, i) => {
        s = ts.binary(s, "+", ts.str(`${i ? ", " : ""}${f.name}=`));
        s = ts.binary(s, "+", strConv(tr, ts.prop(self, this.naming.fieldName(f)), f.type));
      });
      out.push(ts.method("toString", [], ts.kw("string"), [ts.ret(ts.binary(s, "+", ts.str("]")))]));
    }
    if (!declared.has("equals/1")) {
      let test: ts.Expr = ts.binary(ts.id("o"), "instanceof", ts.id(info.tsName));
      for (const f of fields) test = ts.binary(test, "&&", ts.call(qname("jrt.jequals"), ts.prop(self, this.naming.fieldName(f)), ts.prop(ts.id("o"), this.naming.fieldName(f))));
      out.push(ts.method("equals", [ts.param("o", ts.kw("unknown"))], ts.kw("boolean"), [ts.ret(test)]));
    }
    if (!declared.has("hashCode/0")) {
      let h: ts.Expr = ts.num(0);
      for (const f of fields) h = ts.binary(ts.binary(ts.call(ts.prop("Math", "imul"), h, ts.num(31)), "+", hashOf(ts.prop(self, this.naming.fieldName(f)), f.type)), "|", ts.num(0));
      out.push(ts.method("hashCode", [], ts.kw("number"), [ts.ret(h)]));
    }
    return out;
  }

  /** `$init…` methods: Java constructors in the allocation-then-initialise scheme. */
  private initMethods(info: ClassInfo, parts: Parts): ts.ClassMember[] {
    const sym = info.sym;
    const out: ts.ClassMember[] = [];
    const fieldInits = this.instanceInit(info, parts);
    const initsName = `$fields_${info.tsName}`;
    if (fieldInits) out.push(ts.method(initsName, [], ts.kw("void"), fieldInits.body, { accessibility: "private", ...(fieldInits.doc && { doc: fieldInits.doc }) }));
    const runFields = fieldInits ? [ts.exprStmt(ts.call(ts.prop(ts.thisExpr(), initsName)))] : [];
    const clinit = info.clinit ? [ts.exprStmt(ts.call(ts.prop(ts.id(info.tsName), "$clinit")))] : [];
    const sup = this.prog.sourceSuper(sym);
    const isAnon = info.decl.kind === "NewExpr" || info.decl.kind === "EnumConstant";
    if (isAnon) {
      // `$anon(args)` forwards to the superclass constructor chosen for the instance creation.
      const ref = this.model.symbolOf(info.decl);
      const params = ref && ref.kind === "method" ? ref.method.params : [];
      const ps = params.map((p, i) => ts.param(`a${i}`, this.tsType(p)));
      const superCall = sup && ref && ref.kind === "method" && ref.method.owner === sup.sym.fqn ? [ts.exprStmt(ts.call(ts.prop(ts.superExpr(), this.naming.ctorName(ref.method)), ...ps.map((p) => ts.id(p.name))))] : sup ? [ts.exprStmt(ts.call(ts.prop(ts.superExpr(), "$init")))] : [];
      out.push(ts.method("$anon", ps, ts.typeRef("this"), [...clinit, ...superCall, ...runFields, ts.ret(ts.thisExpr())]));
      return out;
    }
    const ctors = sym.methods.filter((m) => m.name === "<init>");
    for (const m of ctors) {
      const decl = parts.ctors.find((c) => c === m.decl);
      this.scope.line = (decl ?? info.decl).line;
      const name = this.naming.ctorName(m);
      const params = this.params(m, decl?.params);
      const env = this.env(info, false, { kind: "void" }, true);
      const tr = this.translator(info, env);
      for (const p of decl?.params ?? []) tr.declare(p.name);
      const g = this.guarded(info, decl ?? sym.decl ?? info.decl, decl ? "constructor" : "implicit constructor", () => {
        const body: ts.Stmt[] = [...clinit];
        const stmts = decl?.body.stmts ?? [];
        if (decl) tr.scanAssigned(decl.body);
        const first = stmts[0];
        const explicit = first?.kind === "CtorCallStmt" ? first : undefined;
        if (explicit) body.push(...tr.stmt(explicit));
        else if (sup) body.push(ts.exprStmt(ts.call(ts.prop(ts.superExpr(), this.defaultCtorName(sup)))));
        if (explicit?.target !== "this") body.push(...runFields);
        if (m.origin === "lombok") body.push(...this.lombokCtorAssign(info, m));
        if (sym.kind === "record" && (!decl || decl.compact)) body.push(...tr.block(explicit ? stmts.slice(1) : stmts), ...this.recordAssign(info));
        else body.push(...tr.block(explicit ? stmts.slice(1) : stmts));
        body.push(ts.ret(ts.thisExpr()));
        return body;
      }, decl !== undefined);
      out.push(ts.method(name, params, ts.typeRef("this"), g.body, g.doc ? { doc: g.doc } : undefined));
    }
    return out;
  }

  /** Lombok's generated accessors, equals/hashCode/toString; builders and the like become stubs with an item. */
  private lombokMembers(info: ClassInfo): ts.ClassMember[] {
    const sym = info.sym;
    const out: ts.ClassMember[] = [];
    const self = ts.thisExpr();
    const fieldFor = (m: MethodSymbol): FieldSymbol | undefined => {
      if (m.paramNames.length === 1) return sym.fields.find((f) => f.name === m.paramNames[0]);
      const base = m.name.replace(/^(get|is)/, "");
      return sym.fields.find((f) => f.name === m.name) ?? sym.fields.find((f) => f.name === base.charAt(0).toLowerCase() + base.slice(1) || f.name === "is" + base);
    };
    const instanceFields = sym.fields.filter((f) => !f.static && f.origin !== "lombok");
    for (const m of sym.methods) {
      if (m.origin !== "lombok" || m.name === "<init>") continue;
      const name = this.naming.methodName(m);
      const params = m.params.map((t, i) => ts.param(localName(m.paramNames[i] ?? `p${i}`), this.tsType(t)));
      const result = this.tsType(m.returnType);
      const f = fieldFor(m);
      let body: ts.Stmt[] | undefined;
      if (m.name === "toString" && !m.params.length) {
        let s: ts.Expr = ts.str(`${sym.name}(`);
        const tr = this.translator(info, this.env(info, false, STRING));
        instanceFields.forEach((x, i) => {
          s = ts.binary(ts.binary(s, "+", ts.str(`${i ? ", " : ""}${x.name}=`)), "+", strConv(tr, ts.prop(self, this.naming.fieldName(x)), x.type));
        });
        body = [ts.ret(ts.binary(s, "+", ts.str(")")))];
      } else if (m.name === "equals" && m.params.length === 1) {
        let test: ts.Expr = ts.binary(ts.id("o"), "instanceof", ts.id(info.tsName));
        for (const x of instanceFields) test = ts.binary(test, "&&", ts.call(qname("jrt.jequals"), ts.prop(self, this.naming.fieldName(x)), ts.prop(ts.id("o"), this.naming.fieldName(x))));
        body = [ts.ret(ts.binary(ts.binary(ts.id("o"), "===", self), "||", test))];
      } else if (m.name === "hashCode" && !m.params.length) {
        let h: ts.Expr = ts.num(1);
        for (const x of instanceFields) h = ts.binary(ts.binary(ts.call(ts.prop("Math", "imul"), h, ts.num(59)), "+", hashOf(ts.prop(self, this.naming.fieldName(x)), x.type)), "|", ts.num(0));
        body = [ts.ret(h)];
      } else if (m.name === "canEqual") {
        body = [ts.ret(ts.binary(ts.id(params[0]!.name), "instanceof", ts.id(info.tsName)))];
      } else if (f && !m.static && m.params.length === 0 && m.returnType.kind !== "void" && !m.name.startsWith("with")) {
        body = [ts.ret(ts.prop(self, this.naming.fieldName(f)))];
      } else if (f && !m.static && m.params.length === 1 && !m.name.startsWith("with")) {
        body = [ts.exprStmt(ts.assign(ts.prop(self, this.naming.fieldName(f)), ts.id(params[0]!.name))), ...(m.returnType.kind === "void" ? [] : [ts.ret(self)])];
      }
      this.prog.methods++;
      if (body) {
        this.prog.methodsFullyTranslated++;
        out.push(ts.method(name, params, result, body, m.static ? { static: true } : undefined));
        continue;
      }
      const at = sym.decl ?? info.decl;
      const s = this.stub(info, { ...at, end: at.start } as J.Node, `Lombok member ${m.name}`, `Lombok ${m.name}() (builders and factories are not generated)`);
      out.push(ts.method(name, params, result, s.body, { ...(m.static && { static: true }), doc: s.doc }));
    }
    return out;
  }

  private lombokCtorAssign(info: ClassInfo, m: MethodSymbol): ts.Stmt[] {
    return m.paramNames.flatMap((n) => {
      const f = info.sym.fields.find((x) => x.name === n);
      return f ? [ts.exprStmt(ts.assign(ts.prop(ts.thisExpr(), this.naming.fieldName(f)), ts.id(localName(n))))] : [];
    });
  }

  private recordAssign(info: ClassInfo): ts.Stmt[] {
    const comps = (info.sym.decl as J.RecordDecl).components;
    return comps.map((c) => {
      const f = info.sym.fields.find((x) => x.name === c.name)!;
      return ts.exprStmt(ts.assign(ts.prop(ts.thisExpr(), this.naming.fieldName(f)), ts.id(localName(c.name))));
    });
  }

  private defaultCtorName(sup: ClassInfo): string {
    const noArg = sup.sym.methods.find((m) => m.name === "<init>" && m.params.length === 0);
    return noArg ? this.naming.ctorName(noArg) : "$init";
  }

  /** Instance field initialisers and instance initialiser blocks, in source order. */
  private instanceInit(info: ClassInfo, parts: Parts): { body: ts.Stmt[]; doc?: string[] } | undefined {
    const items: (FieldDecl | J.InitializerBlock)[] = [...parts.fields.filter((f) => !f.sym.static && f.d.init), ...parts.inits.filter((b) => !b.static)];
    if (!items.length) return undefined;
    items.sort((a, b) => ("decl" in a ? a.d.start : a.start) - ("decl" in b ? b.d.start : b.start));
    const body: ts.Stmt[] = [];
    const doc: string[] = [];
    for (const x of items) {
      if ("decl" in x) {
        const r = this.fieldInit(info, x, this.fieldType(x));
        if (r.doc) doc.push(...r.doc);
        body.push(ts.exprStmt(ts.assign(ts.prop(ts.thisExpr(), this.naming.fieldName(x.sym)), r.init)));
      } else {
        const tr = this.translator(info, this.env(info, false, { kind: "void" }));
        const g = this.guarded(info, x, "instance initializer", () => {
          tr.scanAssigned(x.body);
          return tr.block(x.body.stmts);
        });
        if (g.doc) doc.push(...g.doc);
        body.push(ts.block(g.body));
      }
    }
    return { body, ...(doc.length && { doc }) };
  }

  /** A class extending a runtime class: its one Java constructor is the TS constructor. */
  private nativeCtor(info: ClassInfo, parts: Parts): ts.ClassMember[] {
    const sym = info.sym;
    const ctors = sym.methods.filter((m) => m.name === "<init>");
    const fieldInits = this.instanceInit(info, parts);
    const decl = parts.ctors[0];
    const m = ctors.find((c) => c.decl === decl) ?? ctors[0];
    if (!m) return [];
    const env = this.env(info, false, { kind: "void" });
    const tr = this.translator(info, env);
    for (const p of decl?.params ?? []) tr.declare(p.name);
    const g = this.guarded(info, decl ?? info.decl, "constructor", () => {
      if (ctors.length > 1) throw new Unsupported("several constructors in a class extending a runtime class");
      const stmts = decl?.body.stmts ?? [];
      if (decl) tr.scanAssigned(decl.body);
      const first = stmts[0];
      const explicit = first?.kind === "CtorCallStmt" ? first : undefined;
      const body: ts.Stmt[] = [];
      if (info.clinit) body.push(ts.exprStmt(ts.call(ts.prop(ts.id(info.tsName), "$clinit"))));
      body.push(explicit ? tr.stmt(explicit)[0]! : ts.exprStmt(ts.call(ts.superExpr())));
      if (fieldInits) body.push(...fieldInits.body);
      body.push(...tr.block(explicit ? stmts.slice(1) : stmts));
      return body;
    }, decl !== undefined);
    const params = ctors.length > 1 ? [ts.param("args", ts.arrayOf(ts.kw("unknown")), { rest: true })] : this.params(m, decl?.params);
    const body = ctors.length > 1 ? [ts.exprStmt(ts.call(ts.superExpr())), ...g.body] : g.body;
    return [ts.ctor(params, body, g.doc ? { doc: g.doc } : undefined)];
  }

  private params(m: MethodSymbol, decl?: J.Param[]): ts.Param[] {
    return m.params.map((t, i) => ts.param(localName(decl?.[i]?.name ?? m.paramNames[i] ?? `p${i}`), this.tsType(t)));
  }

  private method(info: ClassInfo, d: J.MethodDecl): ts.ClassMember {
    const m = info.sym.methods.find((x) => x.decl === d);
    if (!m) return ts.method(d.name, [], undefined, []);
    this.scope.line = d.line;
    return this.scope.withTypeVars(m.typeParams.map((p) => p.name), () => {
      const name = this.naming.methodName(m);
      const params = this.params(m, d.params);
      const result = this.tsType(m.returnType);
      const typeParams = m.typeParams.length ? m.typeParams.map((p) => ts.typeParam(p.name, this.bound(p.bounds))) : undefined;
      const mods = { ...(m.static && { static: true }), ...(typeParams && { typeParams }) };
      if (!d.body) return ts.method(name, params, result, undefined, { ...mods, abstract: true });
      const env = this.env(info, m.static, m.returnType);
      const tr = this.translator(info, env);
      for (const p of d.params) tr.declare(p.name);
      const g = this.guarded(info, d, `method ${m.name}`, () => {
        if (m.returnType.kind === "unknown") throw new Unsupported("unresolved return type");
        tr.scanAssigned(d.body);
        const pre = m.static && info.clinit ? [ts.exprStmt(ts.call(ts.prop(ts.id(info.tsName), "$clinit")))] : [];
        return [...pre, ...tr.block(d.body!.stmts)];
      });
      const tx = m.static ? undefined : this.prog.transactions.of(info.sym.fqn, m.name, m.params.length);
      if (!tx) return ts.method(name, params, result, g.body, { ...mods, ...(g.doc && { doc: g.doc }) });
      return ts.method(name, params, result, inTransaction(tx, g.body, m.returnType.kind !== "void"), { ...mods, doc: [...(g.doc ?? []), transactionMarker(tx)] });
    });
  }

  /** Forwarders to interface default methods the class neither declares nor inherits from a source superclass. */
  private interfaceDelegates(info: ClassInfo): ts.ClassMember[] {
    const sym = info.sym;
    const out: ts.ClassMember[] = [];
    const own = (n: string, arity: number) => this.classChainHas(sym, n, arity);
    const seen = new Set<string>();
    for (const { iface, map } of this.superInterfaces(sym)) {
      const ii = this.prog.classOf(iface.fqn);
      if (!ii || this.superclassImplements(sym, iface.fqn)) continue;
      for (const m of iface.methods) {
        const key = `${m.name}/${m.params.length}`;
        if (m.static || m.access === "private" || seen.has(key)) continue;
        if (own(m.name, m.params.length)) continue;
        if (!m.default && !sym.abstract) continue;
        seen.add(key);
        const provider = m.default ? this.mostSpecificDefault(sym, m) : undefined;
        // The method's own type variables (`<R> List<R> mapAll(Function<T, R>)`) stay generic on the forwarder.
        this.scope.withTypeVars(m.typeParams.map((p) => p.name), () => {
          const params = m.params.map((p, i) => ts.param(localName(m.paramNames[i] ?? `p${i}`), this.tsType(subst(p, map))));
          const result = this.tsType(subst(m.returnType, map));
          const typeParams = m.typeParams.length ? m.typeParams.map((p) => ts.typeParam(p.name, this.bound(p.bounds))) : undefined;
          if (!provider) {
            if (sym.abstract) out.push(ts.method(this.naming.methodName(m), params, result, undefined, { abstract: true, ...(typeParams && { typeParams }) }));
            return;
          }
          const comp = ts.id(this.scope.classRef(provider.owner, "$"));
          out.push(ts.method(this.naming.methodName(m), params, result, [ts.ret(ts.call(ts.prop(comp, this.naming.methodName(provider)), ts.thisExpr(), ...params.map((p) => ts.id(p.name))))], typeParams && { typeParams }));
        });
      }
    }
    return out;
  }

  /**
   * Abstract declarations of the methods of JDK interfaces an abstract class (or an enum whose
   * constants implement them in their bodies) leaves to subclasses: `op.applyAsInt(…)` must type-check.
   */
  private unimplementedJdkMethods(info: ClassInfo): ts.ClassMember[] {
    const sym = info.sym;
    if (!sym.abstract && !(sym.kind === "enum" && (sym.decl as J.EnumDecl).constants.some((c) => c.body))) return [];
    const out: ts.ClassMember[] = [];
    for (const t of sym.interfaces) {
      const iface = t.kind === "class" && !this.prog.classOf(t.fqn) ? this.model.lookupType(t.fqn) : undefined;
      // Interfaces with a runtime counterpart (Iterator, Iterable, collections) are mapped by name instead.
      if (!iface || iface.origin !== "jdk" || t.kind !== "class" || jdkClassName(t.fqn)) continue;
      const map = new Map<string, JType>(iface.typeParams.map((p, i) => [p.name, t.args[i]?.kind === "wildcard" ? OBJECT : (t.args[i] ?? OBJECT)]));
      for (const m of iface.methods) {
        if (!m.abstract || m.static || m.default || m.typeParams.length || this.classChainHas(sym, m.name, m.params.length)) continue;
        const params = m.params.map((p, i) => ts.param(localName(m.paramNames[i] ?? `p${i}`), this.tsType(subst(p, map))));
        out.push(ts.method(m.name, params, this.tsType(subst(m.returnType, map)), undefined, { abstract: true }));
      }
    }
    return out;
  }

  /** Among default methods with this signature, the one from the most specific interface. */
  private mostSpecificDefault(sym: TypeSymbol, m: MethodSymbol): MethodSymbol | undefined {
    const candidates = this.superInterfaces(sym)
      .flatMap(({ iface }) => iface.methods.filter((x) => x.name === m.name && x.params.length === m.params.length && !x.static))
      .filter((x) => this.prog.classOf(x.owner));
    const defaults = candidates.filter((x) => x.default);
    const best = defaults.find((d) => !defaults.some((o) => o !== d && o.owner !== d.owner && this.prog.isSubtype(o.owner, d.owner)));
    // An abstract redeclaration in a more specific interface hides the default.
    if (best && candidates.some((c) => !c.default && c.owner !== best.owner && this.prog.isSubtype(c.owner, best.owner))) return undefined;
    return best;
  }

  private classChainHas(sym: TypeSymbol, name: string, arity: number): boolean {
    for (let s: TypeSymbol | undefined = sym; s; s = s.superclass?.kind === "class" ? this.model.lookupType(s.superclass.fqn) : undefined) {
      if (s.methods.some((m) => m.name === name && m.params.length === arity && !m.static && (m.decl !== undefined || s!.kind === "record" || s!.origin !== "source"))) return true;
      if (s.kind === "record" && s.fields.some((f) => f.name === name && arity === 0)) return true;
      if (s.origin !== "source" && s.fqn !== "java.lang.Object" && s.methods.some((m) => m.name === name && m.params.length === arity)) return true;
    }
    return false;
  }

  private superclassImplements(sym: TypeSymbol, iface: string): boolean {
    const sup = sym.superclass?.kind === "class" ? this.prog.classOf(sym.superclass.fqn) : undefined;
    return sup !== undefined && this.prog.isSubtype(sup.sym.fqn, iface);
  }

  /** Source superinterfaces (transitively) with the substitution of their type parameters. */
  private superInterfaces(sym: TypeSymbol): { iface: TypeSymbol; map: Map<string, JType> }[] {
    const out: { iface: TypeSymbol; map: Map<string, JType> }[] = [];
    const seen = new Set<string>();
    const visit = (t: JType, outer: Map<string, JType>) => {
      if (t.kind !== "class" || seen.has(t.fqn)) return;
      const s = this.model.lookupType(t.fqn);
      if (!s || !this.prog.classOf(t.fqn)) return;
      seen.add(t.fqn);
      const map = new Map<string, JType>();
      s.typeParams.forEach((p, i) => map.set(p.name, t.args[i] ? subst(t.args[i]!, outer) : OBJECT));
      out.push({ iface: s, map });
      for (const i of s.interfaces) visit(i, map);
    };
    const self = new Map<string, JType>();
    for (const i of sym.interfaces) visit(i, self);
    return out;
  }

  private allInterfaces(sym: TypeSymbol): string[] {
    return this.superInterfaces(sym).map((x) => this.prog.classOf(x.iface.fqn)!.tsName);
  }

  /** JS iteration for classes implementing Iterable/Iterator, so `for…of` and jrt collections work. */
  private jsProtocols(info: ClassInfo): ts.ClassMember[] {
    const sym = info.sym;
    const out: ts.ClassMember[] = [];
    if (this.prog.isSubtype(sym.fqn, "java.util.Iterator") && !this.prog.isSubtype(sym.superclass?.kind === "class" ? sym.superclass.fqn : "", "java.util.Iterator")) {
      out.push(
        ts.method("next", [], ts.typeRef("IteratorResult", this.tsType(this.implementedArg(sym, ITERATORS) ?? OBJECT)), [
          ts.ret(ts.cond(ts.call(ts.prop(ts.thisExpr(), "hasNext")), ts.object({ done: ts.bool(false), value: ts.call(ts.prop(ts.thisExpr(), "nextValue")) }), ts.object({ done: ts.bool(true), value: ts.id("undefined") }))),
        ]),
      );
      if (!sym.methods.some((m) => m.name === "remove")) out.push(ts.method("remove", [], ts.kw("void"), [ts.throwStmt(ts.newExpr(qname("jrt.UnsupportedOperationException"), [ts.str("remove")]))]));
    }
    if (this.prog.isSubtype(sym.fqn, "java.lang.Iterable") && !sym.abstract) {
      out.push({ ...ts.method("[Symbol.iterator]", [], ts.typeRef("Iterator", this.tsType(this.implementedArg(sym, ["java.lang.Iterable"]) ?? OBJECT)), [ts.ret(ts.call(qname("jrtx.iterate"), ts.call(ts.prop(ts.thisExpr(), "iterator"))))]) });
    }
    return out;
  }

  /** E of the Iterator<E> or Iterable<E> (one of `fqns`) a class implements. */
  private implementedArg(sym: TypeSymbol, fqns: string[]): JType | undefined {
    for (const t of [...sym.interfaces, ...(sym.superclass ? [sym.superclass] : [])]) {
      if (t.kind !== "class") continue;
      if (fqns.includes(t.fqn)) return t.args[0];
      const s = this.model.lookupType(t.fqn);
      const r = s && this.prog.classOf(t.fqn) ? this.implementedArg(s, fqns) : undefined;
      if (r) return r;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Interfaces

  private buildInterface(info: ClassInfo): (ts.Decl | ts.Stmt)[] {
    const sym = info.sym;
    const parts = this.parts(info);
    const typeParams = sym.typeParams.length ? sym.typeParams.map((p) => ts.typeParam(p.name, this.bound(p.bounds))) : undefined;
    const sigs: ts.MethodSignature[] = [];
    const statics: ts.ClassMember[] = [];
    for (const d of parts.methods) {
      const m = sym.methods.find((x) => x.decl === d);
      if (!m) continue;
      const isPrivate = d.modifiers.flags.includes("private");
      this.scope.withTypeVars(m.typeParams.map((p) => p.name), () => {
        const params = this.params(m, d.params);
        const result = this.tsType(m.returnType);
        const mtp = m.typeParams.length ? m.typeParams.map((p) => ts.typeParam(p.name, this.bound(p.bounds))) : undefined;
        if (!m.static && !isPrivate) sigs.push(ts.methodSig(this.naming.methodName(m), params, result, mtp ? { typeParams: mtp } : undefined));
        if (!d.body) return;
        const selfType = ts.typeRef(info.tsName, ...sym.typeParams.map((p) => ts.typeRef(p.name)));
        const env = this.env(info, m.static, m.returnType, false, m.static ? undefined : "self");
        const tr = this.translator(info, env);
        for (const p of d.params) tr.declare(p.name);
        const g = this.guarded(info, d, `method ${m.name}`, () => {
          tr.scanAssigned(d.body);
          return tr.block(d.body!.stmts);
        });
        const allTp = [...(m.static ? [] : (typeParams ?? [])), ...(mtp ?? [])];
        statics.push(
          ts.method(this.naming.methodName(m), m.static ? params : [ts.param("self", selfType), ...params], result, g.body, {
            static: true,
            ...(allTp.length && { typeParams: allTp }),
            ...(g.doc && { doc: g.doc }),
          }),
        );
      });
    }
    for (const f of parts.fields) {
      const r = this.fieldInit(info, f, f.sym.type);
      statics.push(ts.property(this.naming.fieldName(f.sym), this.tsType(f.sym.type), r.init, { static: true, readonly: true, ...(r.doc && { doc: r.doc }) }));
    }
    const ext = sym.interfaces.filter((t) => t.kind === "class" && this.prog.classOf(t.fqn)).map((t) => this.tsType(t) as ts.TypeRef);
    const out: (ts.Decl | ts.Stmt)[] = [ts.interfaceDecl(info.tsName, sigs, { exported: true, ...(typeParams && { typeParams }), ...(ext.length && { extends: ext }) })];
    if (statics.length) out.push(ts.classDecl(info.tsName + "$", statics, { exported: true }));
    const lambda = this.lambdaAdapter(info, typeParams);
    if (lambda) out.push(...lambda);
    return out;
  }

  /** `I$Lambda`: wraps a JS function as an object implementing functional interface I (with its default methods). */
  private lambdaAdapter(info: ClassInfo, typeParams: ts.TypeParam[] | undefined): (ts.Decl | ts.Stmt)[] | undefined {
    const sym = info.sym;
    const sam = samOf(this.prog, sym);
    // A generic abstract method cannot be implemented by a lambda (JLS §15.27.3): no adapter.
    if (!sam || sam.typeParams.length || this.prog.classOf(sam.owner) === undefined) return undefined;
    const name = info.tsName + "$Lambda";
    const selfArgs = sym.typeParams.map((p) => ts.typeRef(p.name));
    const ownerMap = this.superInterfaces(sym).find((x) => x.iface.fqn === sam.owner)?.map ?? new Map<string, JType>();
    const params = sam.params.map((p, i) => ts.param(`a${i}`, this.tsType(subst(p, ownerMap))));
    const result = this.tsType(subst(sam.returnType, ownerMap));
    const fnType = ts.fnType(params, result);
    const members: ts.ClassMember[] = [
      ts.ctor([ts.param("fn", fnType, { property: { readonly: true } })], []),
      ts.method(this.naming.methodName(sam), params, result, [ts.ret(ts.call(ts.prop(ts.thisExpr(), "fn"), ...params.map((p) => ts.id(p.name))))]),
    ];
    const fakeSym: TypeSymbol = { ...sym, kind: "class", abstract: false, interfaces: [{ kind: "class", fqn: sym.fqn, args: selfArgs.map(() => OBJECT) }], methods: [sam], superclass: undefined };
    for (const { iface, map } of this.superInterfaces(fakeSym)) {
      for (const m of iface.methods) {
        if (!m.default || m.static) continue;
        const provider = this.mostSpecificDefault(fakeSym, m);
        if (!provider || provider !== m) continue;
        const ps = m.params.map((p, i) => ts.param(localName(m.paramNames[i] ?? `p${i}`), this.tsType(subst(p, map))));
        members.push(ts.method(this.naming.methodName(m), ps, this.tsType(subst(m.returnType, map)), [ts.ret(ts.call(ts.prop(ts.id(this.scope.classRef(m.owner, "$")), this.naming.methodName(m)), ts.thisExpr(), ...ps.map((p) => ts.id(p.name))))]));
      }
    }
    return [
      ts.classDecl(name, members, { exported: true, ...(typeParams && { typeParams }), implements: [ts.typeRef(info.tsName, ...selfArgs)] }),
      ts.exprStmt(ts.call(qname("jrtx.declareClass"), ts.id(name), ts.str(javaBinaryName(sym) + "$$Lambda"), ts.array(...[info.tsName, ...this.allInterfaces(sym)].map((s) => ts.str(s))))),
    ];
  }
}

// ---------------------------------------------------------------------------------------------

const ITERATORS = ["java.util.Iterator", "java.util.ListIterator"];

/** Java's default value for a field of type `t`. */
function defaultValue(t: JType): ts.Expr {
  if (t.kind === "prim") {
    if (t.name === "boolean") return ts.bool(false);
    if (t.name === "long") return ts.bigint(0);
    return ts.num(0);
  }
  return ts.nonNull(ts.nullLit());
}

function hashOf(x: ts.Expr, t: JType): ts.Expr {
  if (t.kind === "prim") {
    switch (t.name) {
      case "boolean":
        return ts.call(qname("jrt.hashBool"), x);
      case "long":
        return ts.call(qname("jrt.hashLong"), x);
      case "double":
        return ts.call(qname("jrt.hashDouble"), x);
      case "float":
        return ts.call(qname("jrt.hashFloat"), x);
      default:
        return x;
    }
  }
  return ts.call(qname("jrt.jhash"), x);
}

/** A compile-time constant initialiser (no class initialisation is observable for it). */
function isConstantExpr(e: J.Expr): boolean {
  switch (e.kind) {
    case "Literal":
      return e.litKind !== "null";
    case "Unary":
      return e.op !== "++" && e.op !== "--" && isConstantExpr(e.operand);
    case "Binary":
      return isConstantExpr(e.left) && isConstantExpr(e.right);
    case "Conditional":
      return isConstantExpr(e.cond) && isConstantExpr(e.then) && isConstantExpr(e.else);
    case "Cast":
      return e.type.kind === "PrimitiveType" && isConstantExpr(e.expr);
    default:
      return false;
  }
}

/**
 * A @Transactional method's body inside `jrtx.inTransaction`: an arrow function keeps `this`, and
 * its returns and exceptions reach the helper, which commits or rolls back by Spring's rules.
 */
function inTransaction(tx: TransactionDefinition, body: ts.Stmt[], returns: boolean): ts.Stmt[] {
  const definition: Record<string, ts.Expr> = { name: ts.str(tx.name), propagation: ts.str(tx.propagation) };
  if (tx.isolation !== "DEFAULT") definition["isolation"] = ts.str(tx.isolation);
  if (tx.readOnly) definition["readOnly"] = ts.bool(true);
  definition["timeout"] = ts.num(tx.timeout);
  if (tx.rollbackFor.length) definition["rollbackFor"] = ts.array(...tx.rollbackFor.map(ts.str));
  if (tx.noRollbackFor.length) definition["noRollbackFor"] = ts.array(...tx.noRollbackFor.map(ts.str));
  const call = ts.call(qname("jrtx.inTransaction"), ts.object(definition), ts.arrow([], body));
  return [returns ? ts.ret(call) : ts.exprStmt(call)];
}
