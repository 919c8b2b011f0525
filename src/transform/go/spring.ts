// Lowers the Spring facts the rule packs state (bean, route, exception-handler, application) to Go:
// per bean package a `java2x_beans.go` (explicit constructors for field/setter injection,
// exported wrappers of unexported lifecycle and @Bean methods), per DTO package a
// `java2x_json.go` (Jackson-shaped JSON), and the composition root `internal/app` (Build, Close,
// the HTTP routes with the error advice, Main). The vocabulary is in docs/writing-rules.md.

import * as go from "../../ir/go.js";
import type { JType, MethodSymbol, TypeSymbol } from "../../semantic/types.js";
import type { RuleFact } from "../rules/engine.js";
import type { Program } from "./context.js";
import type { ClassInfo } from "./layout.js";
import { lombokField } from "./lombok.js";
import { exported } from "./names.js";
import { Imports, type Scope } from "./types.js";
import { referencedPackages } from "./irutil.js";
import { openApiDocument, type OpenApiRoute } from "./spring-openapi.js";
import { CONFIG_DIR, hasConfig } from "./config.js";

/** The data of a `bean` fact (rules/spring-beans/spring.bean-graph). */
export interface BeanFact {
  name: string;
  type: string;
  scope: string;
  primary: boolean;
  factory: { bean: string; method: string } | null;
  init: string[];
  destroy: string[];
  deps: BeanDep[];
}

export interface BeanDep {
  via: "constructor" | "field" | "setter" | "factory";
  /** The setter or @Bean method name; `<init>` for constructor parameters. */
  member: string;
  name: string;
  type: string;
  container: "list" | "map" | null;
  qualifier: string | null;
  /** The @Value expression (`${a.b:default}`). */
  value: string | null;
  /** The beans wired in (several for a List/Map, none when nothing or too much qualifies). */
  beans: string[];
}

/** The data of a `route` fact (rules/spring-web/web.request-mapping). */
export interface RouteFact {
  controller: string;
  verb: string;
  path: string;
  handler: string;
  arity: number;
  params: { source: string; name: string; required: boolean; default: string | null }[];
  response: "body" | "entity" | "void";
  status: string | null;
}

/** The data of an `exception-handler` fact (rules/spring-web/web.controller-advice). */
export interface ExceptionHandlerFact {
  advice: string;
  handler: string;
  arity: number;
  exceptions: string[];
  status: string | null;
}

export interface SpringLowering {
  files: { path: string; file: go.File }[];
  /** The @SpringBootApplication class whose command runs `app.Main` instead of its Java main. */
  application?: string;
  /** `openapi.json` of the routes. */
  openapi?: string;
}

/** Spring's HttpStatus constants → codes (@ResponseStatus). */
export const HTTP_STATUS: Record<string, number> = {
  OK: 200, CREATED: 201, ACCEPTED: 202, NO_CONTENT: 204, BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405, CONFLICT: 409, UNPROCESSABLE_ENTITY: 422, TOO_MANY_REQUESTS: 429, INTERNAL_SERVER_ERROR: 500, SERVICE_UNAVAILABLE: 503,
};

export const APP_DIR = "internal/app";

/** A bean as the composition root builds it. */
interface Wired {
  fact: BeanFact;
  file: string;
  line: number;
  /** App struct field. */
  field: string;
  /** Go type of the bean (or of the factory's result for a prototype). */
  goType: string;
  info?: ClassInfo;
}

/** Per Go package of the project: the helper declarations java2x adds beside the translated code. */
class PackageAdditions {
  readonly decls: go.Decl[] = [];
  readonly scope: Scope;
  constructor(readonly pkgName: string, pkgDir: string, module: string) {
    this.scope = { pkgDir, imports: new Imports(), module, typeParams: new Set() };
  }
}

export function lowerSpringFacts(prog: Program, facts: RuleFact[]): SpringLowering {
  const beans = facts.filter((f) => f.kind === "bean");
  const routes = facts.filter((f) => f.kind === "route");
  if (beans.length === 0 && routes.length === 0) return { files: [] };
  return new SpringLowerer(prog, facts).lower();
}

class SpringLowerer {
  private readonly app: Scope;
  private readonly wired = new Map<string, Wired>();
  private readonly packages = new Map<string, PackageAdditions>();
  private readonly stubs = new Map<string, go.Expr | null>();
  private readonly appDecls: go.Decl[] = [];
  private readonly jsonTypes = new Map<string, { read: boolean }>();

  constructor(
    private readonly prog: Program,
    private readonly facts: RuleFact[],
  ) {
    this.app = { pkgDir: APP_DIR, imports: new Imports(), module: prog.module, typeParams: new Set() };
  }

  lower(): SpringLowering {
    const application = this.facts.find((f) => f.kind === "application")?.data.type as string | undefined;
    for (const f of this.facts.filter((x) => x.kind === "bean")) this.register(f);
    const build = this.buildFunc();
    const routes = this.routesFunc();
    const decls: go.Decl[] = [this.appStruct(), ...build, ...routes.decls, ...this.appDecls, ...this.mainFunc()];
    const files: { path: string; file: go.File }[] = [{ path: `${APP_DIR}/app.go`, file: this.goFile("app", this.app, decls, ["Package app is the composition root java2x generated from the Spring beans and routes: Build creates every", "bean in dependency order and runs the @PostConstruct methods, Close runs the @PreDestroy ones in", "reverse order, Routes serves the @RequestMapping handlers on a Go 1.22 ServeMux."]) }];
    this.jsonMethods();
    for (const [dir, add] of [...this.packages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (add.decls.length) files.push({ path: `${dir}/java2x_spring.go`, file: this.goFile(add.pkgName, add.scope, add.decls, ["Code generated by java2x from the Spring facts: constructors, wrappers and JSON for the composition root."]) });
    }
    return { files, ...(application ? { application } : {}), ...(routes.openapi.length ? { openapi: openApiDocument(this.prog, this.prog.module, routes.openapi) } : {}) };
  }

  private goFile(pkg: string, scope: Scope, decls: go.Decl[], doc: string[]): go.File {
    const referenced = referencedPackages(decls, [...scope.imports.used.keys()]);
    const specs = [...scope.imports.used]
      .filter(([alias]) => referenced.has(alias))
      .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
      .map(([alias, path]) => go.importSpec(path, alias === path.split("/").pop() ? undefined : alias));
    return go.file(pkg, specs, decls, doc);
  }

  private jrt(scope: Scope, name: string): go.SelectorExpr {
    return go.qual(scope.imports.use("jrt", `${this.prog.module}/internal/jrt`), name);
  }

  private qualified(info: ClassInfo, name: string, scope: Scope): go.Expr {
    if (info.pkg.dir === scope.pkgDir) return go.ident(name);
    return go.qual(scope.imports.use(info.pkg.name, `${this.prog.module}/${info.pkg.dir}`), name);
  }

  private additions(info: ClassInfo): PackageAdditions {
    let add = this.packages.get(info.pkg.dir);
    if (!add) this.packages.set(info.pkg.dir, (add = new PackageAdditions(info.pkg.name, info.pkg.dir, this.prog.module)));
    return add;
  }

  private goType(t: JType, scope: Scope): string | undefined {
    return this.prog.types.go(t, scope);
  }

  private classType(fqn: string): JType {
    return { kind: "class", fqn, args: [] };
  }

  private item(rule: string, category: "mandatory" | "optional" | "potential", file: string, line: number, message: string, effort = 1): string {
    return this.prog.item(rule, category, file, { line, col: 1, start: 0, end: 0 }, line, message, effort);
  }

  // -------------------------------------------------------------------------------------------
  // Beans

  private register(f: RuleFact): void {
    const fact = f.data as unknown as BeanFact;
    let goType: string | undefined;
    let info: ClassInfo | undefined;
    if (fact.factory) {
      const m = this.factoryMethod(fact);
      goType = m ? this.goType(m.returnType, this.app) : undefined;
    } else {
      info = this.prog.layout.info(fact.type);
      if (info && info.sym.kind === "class" && !info.sym.abstract && info.sym.typeParams.length === 0 && !this.untranslated(info)) goType = this.goType(this.classType(fact.type), this.app);
    }
    if (!goType) {
      this.item("go.bean-skipped", "mandatory", f.file, f.line, `bean ${fact.name} (${fact.type}) has no Go type java2x can build: it is not in the composition root; build it by hand`, 3);
      return;
    }
    if (fact.scope === "prototype") goType = `func() ${goType}`;
    let field = exported(fact.name.replace(/[^A-Za-z0-9_]/g, "_"));
    for (let n = 2; [...this.wired.values()].some((w) => w.field === field); n++) field = `${exported(fact.name)}${n}`;
    this.wired.set(fact.name, { fact, file: f.file, line: f.line, field, goType, ...(info ? { info } : {}) });
  }

  /** A class extending a JDK or library class (a collection, Spring's OncePerRequestFilter) is emitted as an empty struct. */
  private untranslated(info: ClassInfo): boolean {
    const chain = [info, ...this.prog.layout.allSupers(info.sym).map((x) => this.prog.layout.info(x.fqn))];
    return chain.some((c) => c?.jdkSuper !== undefined && !this.prog.types.isThrowable(c.jdkSuper));
  }

  private factoryMethod(fact: BeanFact): MethodSymbol | undefined {
    const owner = [...this.wired.values()].find((w) => w.fact.name === fact.factory!.bean);
    const sym = owner ? this.prog.model.lookupType(owner.fact.type) : undefined;
    return sym?.methods.find((m) => m.name === fact.factory!.method && m.decl && !m.static);
  }

  private appStruct(): go.Decl {
    const fields = [...this.wired.values()].map((w) => go.field(w.field, w.goType));
    fields.push(go.field("closers", "[]func()"));
    return go.genDecl("type", [go.typeSpec("App", go.structType(fields), { doc: ["App holds every singleton bean (and a factory func per prototype bean), named after the bean."] })]);
  }

  /** Dependency order: a bean after the beans it needs; a cycle is cut where it is met (the late bean is nil there). */
  private order(): Wired[] {
    const out: Wired[] = [];
    const state = new Map<string, "busy" | "done">();
    const visit = (w: Wired): void => {
      if (state.has(w.fact.name)) return;
      state.set(w.fact.name, "busy");
      const needs = [...w.fact.deps.flatMap((d) => d.beans), ...(w.fact.factory ? [w.fact.factory.bean] : [])];
      for (const n of needs) {
        const dep = this.wired.get(n);
        if (dep) visit(dep);
      }
      state.set(w.fact.name, "done");
      out.push(w);
    };
    for (const w of this.wired.values()) visit(w);
    return out;
  }

  private buildFunc(): go.Decl[] {
    const stmts: go.Stmt[] = [go.define("a", go.unary("&", go.composite(go.ident("App"), []))), go.declStmt(go.genDecl("var", [go.valueSpec("failed", "[]string")]))];
    const step = (name: string, body: go.Stmt[]): go.Stmt =>
      go.exprStmt(go.call(this.jrt(this.app, "BeanStep"), go.unary("&", go.ident("failed")), go.strLit(name), go.funcLit(go.funcType(), body)));
    const inits: go.Stmt[] = [];
    for (const w of this.order()) {
      const made = w.fact.factory ? this.factoryCall(w) : this.constructorCall(w);
      if (!made) continue;
      const value = w.fact.scope === "prototype" ? go.funcLit(go.funcType([], [go.param(w.goType.slice("func() ".length))]), [...made.before, go.ret(made.expr)]) : made.expr;
      stmts.push(step(w.fact.name, [...(w.fact.scope === "prototype" ? [] : made.before), go.assign(go.sel("a", w.field), "=", value)]));
      if (w.fact.scope === "prototype") continue;
      for (const m of w.fact.init) {
        const call = this.lifecycleCall(w, m);
        if (call) inits.push(step(`${w.fact.name}.${m}`, [go.exprStmt(call)]));
      }
      for (const m of w.fact.destroy) {
        const call = this.lifecycleCall(w, m);
        if (call) inits.push(go.assign(go.sel("a", "closers"), "=", go.call("append", go.sel("a", "closers"), go.funcLit(go.funcType(), [step(`${w.fact.name}.${m}`, [go.exprStmt(call)])]))));
      }
    }
    stmts.push(...inits, go.ret(go.ident("a"), go.call(this.jrt(this.app, "BeanFailures"), go.ident("failed"))));
    const build = go.funcDecl("Build", go.funcType([go.field("cfg", this.jrt(this.app, "Config"))], [go.param("*App"), go.param("error")]), stmts, {
      doc: [
        "Build creates the beans in dependency order, then runs their @PostConstruct methods in that order. A step",
        "that throws is listed in the error and the others still run (Spring would not start at all), so the",
        "routes whose beans built can be served while the rest is migrated.",
      ],
    });
    const close = go.funcDecl(
      "Close",
      go.funcType(),
      [go.forStmt({ init: go.define("i", go.binary(go.call("len", go.sel("a", "closers")), "-", go.intLit(1))), cond: go.binary("i", ">=", go.intLit(0)), post: go.incDec("i", "--") }, [go.exprStmt(go.call(go.index(go.sel("a", "closers"), "i")))])],
      { recv: go.field("a", "*App"), doc: ["Close runs the @PreDestroy methods in the reverse order of creation."] },
    );
    return [build, close];
  }

  /** `pkg.NewX(ctor args)`, or `pkg.ProvideX(ctor args, field and setter deps)` when fields or setters are injected. */
  private constructorCall(w: Wired): { before: go.Stmt[]; expr: go.Expr } | undefined {
    const info = w.info!;
    const ctorDeps = w.fact.deps.filter((d) => d.via === "constructor");
    const ctors = info.sym.methods.filter((m) => m.name === "<init>");
    const ctor = ctors.find((c) => c.params.length === ctorDeps.length) ?? ctors.find((c) => c.params.length === 0);
    if (ctors.length && !ctor) {
      this.item("go.bean-skipped", "mandatory", w.file, w.line, `bean ${w.fact.name}: no constructor takes its ${ctorDeps.length} injected parameters; build it by hand`, 3);
      return undefined;
    }
    if (ctor && ctor.access === "private") return undefined;
    const { newFn } = this.prog.layout.ctorNames(info, ctor);
    const before: go.Stmt[] = [];
    const ctorArgs = (ctor?.params ?? []).map((p, i) => this.depExpr(w, ctor!.paramNames[i] !== undefined ? (ctorDeps.find((d) => d.name === ctor!.paramNames[i]) ?? ctorDeps[i]) : ctorDeps[i], p, before));
    const later = w.fact.deps.filter((d) => d.via === "field" || d.via === "setter");
    if (!later.length) return { before, expr: go.call(this.qualified(info, newFn, this.app), ...ctorArgs) };
    const provide = this.provideFunc(w, ctor, newFn, later);
    if (!provide) return undefined;
    const laterArgs = later.map((d, i) => this.depExpr(w, d, provide.types[i]!, before));
    return { before, expr: go.call(this.qualified(info, provide.name, this.app), ...ctorArgs, ...laterArgs) };
  }

  /** `ProvideX(ctor params, injected fields and setter arguments) *X`: the explicit constructor of a field/setter-injected bean. */
  private provideFunc(w: Wired, ctor: MethodSymbol | undefined, newFn: string, later: BeanDep[]): { name: string; types: JType[] } | undefined {
    const info = w.info!;
    const add = this.additions(info);
    const sym = info.sym;
    const params: go.Field[] = [];
    const ctorParams = (ctor?.params ?? []).map((p, i) => {
      const t = this.goType(p, add.scope);
      params.push(go.field(`p${i}`, t ?? "any"));
      return go.ident(`p${i}`);
    });
    const body: go.Stmt[] = [go.define("this", go.call(newFn, ...ctorParams))];
    const types: JType[] = [];
    for (const [i, d] of later.entries()) {
      const name = `d${i}`;
      if (d.via === "field") {
        const f = [sym, ...this.prog.layout.allSupers(sym)].flatMap((t) => t.fields.map((x) => ({ t, x }))).find(({ x }) => x.name === d.name && !x.static);
        const t = f ? this.goType(f.x.type, add.scope) : undefined;
        if (!f || !t) return undefined;
        params.push(go.field(name, t));
        types.push(f.x.type);
        body.push(go.assign(go.sel("this", this.prog.layout.fieldName(f.t.fqn, f.x.name, f.x.access)), "=", go.ident(name)));
      } else {
        const setter = [sym, ...this.prog.layout.allSupers(sym)].flatMap((t) => t.methods).find((m) => m.name === d.member && m.params.length === 1 && !m.static);
        const t = setter ? this.goType(setter.params[0]!, add.scope) : undefined;
        if (!setter || !t) return undefined;
        params.push(go.field(name, t));
        types.push(setter.params[0]!);
        body.push(go.exprStmt(go.call(go.sel("this", this.prog.layout.methodName(setter)), go.ident(name))));
      }
    }
    body.push(go.ret(go.ident("this")));
    const name = `Provide${info.goName}`;
    const result = this.goType(this.classType(sym.fqn), add.scope) ?? "any";
    add.decls.push(go.funcDecl(name, go.funcType(params, [go.param(result)]), body, { doc: [`${name} is the bean's constructor with its field and setter injections as parameters.`] }));
    return { name, types };
  }

  private factoryCall(w: Wired): { before: go.Stmt[]; expr: go.Expr } | undefined {
    const owner = this.wired.get(w.fact.factory!.bean);
    const m = this.factoryMethod(w.fact);
    if (!owner?.info || !m) return undefined;
    const before: go.Stmt[] = [];
    const deps = w.fact.deps.filter((d) => d.via === "factory");
    const args = m.params.map((p, i) => this.depExpr(w, deps.find((d) => d.name === m.paramNames[i]) ?? deps[i], p, before));
    return { before, expr: this.callMethod(owner.info, m, args) };
  }

  /** A call of a bean's method from internal/app: direct when exported, else through a `Call<Class>_<name>` wrapper in its package. */
  private callMethod(info: ClassInfo, m: MethodSymbol, args: go.Expr[]): go.CallExpr {
    const goName = this.prog.layout.methodName(m);
    const bean = [...this.wired.values()].find((x) => x.info === info)!;
    const recv = go.sel("a", bean.field);
    if (/^[A-Z]/.test(goName)) return go.call(go.sel(recv, goName), ...args);
    const add = this.additions(info);
    const wrapper = `Call${info.goName}_${goName}`;
    if (!add.decls.some((d) => d.kind === "FuncDecl" && d.name === wrapper)) {
      const params = m.params.map((p, i) => go.field(`p${i}`, this.goType(p, add.scope) ?? "any"));
      const result = m.returnType.kind === "void" ? undefined : this.goType(m.returnType, add.scope);
      const call = go.call(go.sel("this", goName), ...params.map((p) => go.ident(p.names[0]!)));
      const self = this.goType(this.classType(info.sym.fqn), add.scope) ?? "any";
      add.decls.push(go.funcDecl(wrapper, go.funcType([go.field("this", self), ...params], result ? [go.param(result)] : []), [result ? go.ret(call) : go.exprStmt(call)], { doc: [`${wrapper} lets the composition root call the unexported ${m.name}.`] }));
    }
    return go.call(go.qual(this.app.imports.use(info.pkg.name, `${this.prog.module}/${info.pkg.dir}`), wrapper), recv, ...args);
  }

  private lifecycleCall(w: Wired, method: string): go.CallExpr | undefined {
    if (!w.info) return undefined;
    const m = [w.info.sym, ...this.prog.layout.allSupers(w.info.sym)].flatMap((t) => t.methods).find((x) => x.name === method && x.params.length === 0 && !x.static);
    return m ? this.callMethod(w.info, m, []) : undefined;
  }

  /** The value passed for one injection point, converted to the parameter's Java type `to`. */
  private depExpr(w: Wired, d: BeanDep | undefined, to: JType, before: go.Stmt[]): go.Expr {
    const goT = this.goType(to, this.app) ?? "any";
    if (!d) return this.zero(goT, to);
    if (d.value !== null) return go.call(go.inst(this.jrt(this.app, "ConfigValue"), go.ident(goT)), go.ident("cfg"), go.strLit(d.value));
    const ref = (name: string): go.Expr | undefined => {
      const b = this.wired.get(name);
      if (!b) return undefined;
      return b.fact.scope === "prototype" ? go.call(go.sel("a", b.field)) : go.sel("a", b.field);
    };
    if (d.container === "list") {
      const elem = to.kind === "class" ? to.args[0] : undefined;
      const elemT = elem ? this.goType(elem, this.app) : undefined;
      if (elemT) return go.call(go.inst(this.jrt(this.app, "NewArrayList"), go.ident(elemT)), ...d.beans.flatMap((n) => ref(n) ?? []));
    }
    if (d.container === "map") {
      const elem = to.kind === "class" ? to.args[1] : undefined;
      const elemT = elem ? this.goType(elem, this.app) : undefined;
      if (elemT) {
        const m = `${exported(w.field)}${exported(d.name)}`.replace(/^./, (c) => c.toLowerCase());
        before.push(go.define(m, go.call(go.inst(this.jrt(this.app, "NewLinkedHashMap"), go.ident("string"), go.ident(elemT)), go.ident("false"))));
        for (const n of d.beans) before.push(go.exprStmt(go.call(go.sel(m, "Put"), go.strLit(n), ref(n)!)));
        return go.ident(m);
      }
    }
    if (d.beans.length === 1) return ref(d.beans[0]!) ?? this.zero(goT, to);
    const stub = this.stubFor(d.type);
    if (stub) return stub;
    const id = this.item("go.bean-unresolved", "mandatory", w.file, w.line, `${w.fact.name}.${d.name} (${d.type.slice(d.type.lastIndexOf(".") + 1)}): no single bean of the project qualifies, so the composition root passes the zero value; wire it by hand`);
    before.push(go.comment(`java2x: ${id} ${w.fact.name}.${d.name} gets the zero value: no single bean qualifies`));
    return this.zero(goT, to);
  }

  /** Java's null for reference types (`nil` for Go pointers, interfaces, funcs), the zero value otherwise. */
  private zero(goT: string, t?: JType): go.Expr {
    const info = t?.kind === "class" ? this.prog.layout.info(t.fqn) : undefined;
    const nilable = /^(any$|\*|\[\]|map\[|func\(|jrt\.(Map|List|Collection|Set|ThrowableI)\b)/.test(goT) || info?.sym.kind === "interface" || !!info?.poly;
    return nilable ? go.ident("nil") : go.star(go.call("new", go.ident(goT)));
  }

  /**
   * A stub implementation of a source interface nothing in the project implements (MyBatis
   * mappers, Feign clients, Dubbo references): every method panics with the item's id.
   */
  private stubFor(fqn: string): go.Expr | undefined {
    if (this.stubs.has(fqn)) return this.stubs.get(fqn) ?? undefined;
    const info = this.prog.layout.info(fqn);
    const sym = info?.sym;
    let made: go.Expr | null = null;
    if (info && sym && sym.kind === "interface" && sym.typeParams.length === 0 && !this.prog.model.sourceTypes().some((t) => t !== sym && t.kind !== "interface" && this.prog.layout.allSupers(t).includes(sym))) {
      const methods = [sym, ...this.prog.layout.sourceSupers(sym)].flatMap((t) => t.methods).filter((m) => !m.static && m.name !== "<init>" && m.access !== "private");
      const id = this.item("go.bean-stub", "mandatory", sym.file ?? "", (sym.decl as { loc?: { line: number } } | undefined)?.loc?.line ?? 1, `${sym.name} has no implementation in the project (a MyBatis mapper, Feign client or Dubbo reference): the composition root injects a stub whose methods panic; implement it in Go`, methods.length > 5 ? 5 : 3);
      made = info.func ? this.stubFunc(info, methods[0], id) : this.stubStruct(info, methods, id);
    }
    this.stubs.set(fqn, made);
    return made ?? undefined;
  }

  /** The Go signature the translated interface declares (unknown types are `any` there too). */
  private stubSignature(m: MethodSymbol): go.FuncType | undefined {
    if (m.typeParams.length) return undefined;
    const params = m.params.map((p, i) => go.field(`p${i}`, this.prog.types.goOrAny(p, this.app)));
    return go.funcType(params, m.returnType.kind === "void" ? [] : [go.param(this.prog.types.goOrAny(m.returnType, this.app))]);
  }

  private stubPanic(id: string, sym: TypeSymbol, m: MethodSymbol): go.Stmt {
    return go.exprStmt(go.call("panic", go.strLit(`java2x: ${id} ${sym.fqn}.${m.name} has no implementation in the project`)));
  }

  private stubFunc(info: ClassInfo, m: MethodSymbol | undefined, id: string): go.Expr | null {
    const ft = m && this.stubSignature(m);
    if (!m || !ft) return null;
    return go.call(this.qualified(info, info.goName, this.app), go.funcLit(ft, [this.stubPanic(id, info.sym, m)]));
  }

  private stubStruct(info: ClassInfo, methods: MethodSymbol[], id: string): go.Expr | null {
    const name = `stub${info.goName}`;
    const decls: go.Decl[] = [go.genDecl("type", [go.typeSpec(name, go.structType([]), { doc: [`${name} stands in for ${info.sym.fqn} (java2x: ${id}).`] })])];
    const seen = new Set<string>();
    for (const m of methods) {
      const goName = this.prog.layout.methodName(m);
      if (seen.has(goName)) continue;
      seen.add(goName);
      const ft = this.stubSignature(m);
      if (!ft) return null;
      decls.push(go.funcDecl(goName, ft, [this.stubPanic(id, info.sym, m)], { recv: go.field([], name) }));
    }
    this.appDecls.push(...decls);
    return go.call(this.qualified(info, info.goName, this.app), go.composite(go.ident(name), []));
  }

  // -------------------------------------------------------------------------------------------
  // Routes

  private beanOf(fqn: string): Wired | undefined {
    return [...this.wired.values()].find((w) => w.fact.type === fqn && !w.fact.factory);
  }

  private handlerMethod(fqn: string, name: string, arity: number): MethodSymbol | undefined {
    const sym = this.prog.model.lookupType(fqn);
    return sym?.methods.find((m) => m.name === name && m.params.length === arity && m.decl);
  }

  private routesFunc(): { decls: go.Decl[]; openapi: OpenApiRoute[] } {
    const routes = this.facts.filter((f) => f.kind === "route");
    if (!routes.length) return { decls: [], openapi: [] };
    const stmts: go.Stmt[] = [go.define("mux", go.call(go.qual(this.app.imports.use("http", "net/http"), "NewServeMux")))];
    stmts.push(go.define("advice", go.composite(go.sliceType(this.jrt(this.app, "Advice")), this.adviceEntries(), true)));
    const patterns = new Set<string>();
    const openapi: OpenApiRoute[] = [];
    for (const f of routes) {
      const r = f.data as unknown as RouteFact;
      const bean = this.beanOf(r.controller);
      const m = this.handlerMethod(r.controller, r.handler, r.arity);
      const pattern = `${r.verb ? r.verb + " " : ""}${r.path}`;
      const goName = m ? this.prog.layout.methodName(m) : "";
      if (!bean || !m || !/^[A-Z]/.test(goName) || patterns.has(pattern)) {
        const why = !bean ? "its controller is not a bean of the composition root" : patterns.has(pattern) ? "another handler has the same pattern" : "its handler is not callable from internal/app";
        const id = this.item("go.route-skipped", "mandatory", f.file, f.line, `${pattern} → ${r.handler}: not registered because ${why}; register it by hand`, 3);
        stmts.push(go.comment(`java2x: ${id} ${pattern} is not registered: ${why}`));
        continue;
      }
      patterns.add(pattern);
      openapi.push({ fact: r, method: m });
      const args = m.params.map((p, i) => this.bindingExpr(r.params[i], p));
      const call = go.call(go.sel(go.sel("a", bean.field), goName), ...args);
      const body = m.returnType.kind === "void" ? [go.exprStmt(call), go.ret(go.ident("nil"))] : [go.ret(call)];
      this.noteJson(m.returnType, false);
      m.params.forEach((p, i) => r.params[i]?.source === "body" && this.noteJson(p, true));
      const status = r.status ? (HTTP_STATUS[r.status] ?? 200) : 200;
      const handler = go.call(this.jrt(this.app, "Handler"), go.ident("advice"), go.intLit(status), go.funcLit(go.funcType([go.field("x", go.star(this.jrt(this.app, "Exchange")))], [go.param("any")]), body));
      stmts.push(go.exprStmt(go.call(go.sel("mux", "HandleFunc"), go.strLit(pattern), handler)));
    }
    stmts.push(go.ret(go.ident("mux")));
    const fn = go.funcDecl("Routes", go.funcType([], [go.param(go.star(go.qual("http", "ServeMux")))]), stmts, {
      recv: go.field("a", "*App"),
      doc: ["Routes serves every @RequestMapping handler; an escaping exception goes through the @ExceptionHandler", "with the closest exception class, as in Spring MVC."],
    });
    return { decls: [fn], openapi };
  }

  private bindingExpr(b: RouteFact["params"][number] | undefined, t: JType): go.Expr {
    const goT = this.goType(t, this.app) ?? "any";
    if (!b || b.source === "servlet" || b.source === "unbound") return this.zero(goT, t);
    if (b.source === "body") return go.call(go.inst(this.jrt(this.app, "Body"), go.ident(goT)), go.ident("x"));
    return go.call(go.inst(this.jrt(this.app, "Param"), go.ident(goT)), go.ident("x"), go.strLit(b.source), go.strLit(b.name), go.ident(String(b.required)), go.strLit(b.default ?? ""), go.ident(String(b.default !== null)));
  }

  private adviceEntries(): go.Expr[] {
    const out: go.Expr[] = [];
    for (const f of this.facts.filter((x) => x.kind === "exception-handler")) {
      const h = f.data as unknown as ExceptionHandlerFact;
      const bean = this.beanOf(h.advice);
      const m = this.handlerMethod(h.advice, h.handler, h.arity);
      if (!bean || !m || !/^[A-Z]/.test(this.prog.layout.methodName(m))) continue;
      const args = m.params.map((p) => {
        const goT = this.goType(p, this.app) ?? "any";
        return p.kind === "class" && this.prog.types.isThrowable(p.fqn) ? (goT === "any" || goT === "jrt.ThrowableI" ? go.ident("t") : go.typeAssert("t", go.ident(goT))) : this.zero(goT, p);
      });
      this.noteJson(m.returnType, false);
      const call = go.call(go.sel(go.sel("a", bean.field), this.prog.layout.methodName(m)), ...args);
      const handle = go.funcLit(go.funcType([go.field("t", this.jrt(this.app, "ThrowableI"))], [go.param("any")]), m.returnType.kind === "void" ? [go.exprStmt(call), go.ret(go.ident("nil"))] : [go.ret(call)]);
      out.push(
        go.composite(
          undefined,
          [
            go.kv("Classes", go.composite(go.sliceType("string"), h.exceptions.map((e) => go.strLit(e)))),
            go.kv("Status", go.intLit(h.status ? (HTTP_STATUS[h.status] ?? 200) : 0)),
            go.kv("Handle", handle),
          ],
          true,
        ),
      );
    }
    return out;
  }

  private mainFunc(): go.Decl[] {
    const http = this.app.imports.use("http", "net/http");
    const fmt = this.app.imports.use("fmt", "fmt");
    const os = this.app.imports.use("os", "os");
    const fail = (what: go.Expr): go.Stmt[] => [go.exprStmt(go.call(go.qual(fmt, "Fprintln"), go.qual(os, "Stderr"), what)), go.exprStmt(go.call(go.qual(os, "Exit"), go.intLit(1)))];
    const hasRoutes = this.facts.some((f) => f.kind === "route");
    const serve: go.Stmt[] = hasRoutes
      ? [
          go.define("addr", go.binary(go.strLit(":"), "+", go.call(go.inst(this.jrt(this.app, "ConfigValue"), go.ident("string")), go.ident("cfg"), go.strLit("${server.port:8080}")))),
          go.ifStmt(go.binary("err", "!=", go.ident("nil")), fail(go.ident("err")), undefined, go.define("err", go.call(go.qual(http, "ListenAndServe"), go.ident("addr"), go.call(go.sel("a", "Routes"))))),
        ]
      : [];
    return [
      go.funcDecl(
        "Main",
        go.funcType([go.field("args", "[]string")]),
        [
          // The generated internal/config (./config.ts) supplies application.yml and the environment.
          go.define("cfg", go.composite(this.jrt(this.app, "Config"), hasConfig(this.facts) ? [go.kv("Values", go.call(go.qual(this.app.imports.use("config", `${this.prog.module}/${CONFIG_DIR}`), "MustValues")))] : [])),
          go.define(["a", "err"], go.call("Build", go.ident("cfg"))),
          go.ifStmt(go.binary("err", "!=", go.ident("nil")), [go.exprStmt(go.call(go.qual(fmt, "Fprintln"), go.qual(os, "Stderr"), go.strLit("java2x: serving with the beans that built;"), go.ident("err")))]),
          go.deferStmt(go.call(go.sel("a", "Close"))),
          ...serve,
        ],
        { doc: ["Main replaces SpringApplication.run: it builds the beans and serves the routes on ${server.port:8080}", "(SERVER_PORT in the environment)."] },
      ),
    ];
  }

  // -------------------------------------------------------------------------------------------
  // JSON

  /** Records the source classes a route reads or writes as JSON (through their properties' types). */
  private noteJson(t: JType, read: boolean): void {
    if (t.kind === "array") return this.noteJson(t.elem, read);
    if (t.kind !== "class") return;
    for (const a of t.args) this.noteJson(a, read);
    const info = this.prog.layout.info(t.fqn);
    if (!info || info.sym.kind !== "class" || info.func || this.untranslated(info)) return;
    const known = this.jsonTypes.get(t.fqn);
    if (known && (known.read || !read)) return;
    this.jsonTypes.set(t.fqn, { read: read || !!known?.read });
    for (const p of jacksonProperties(info.sym, this.prog)) {
      if (p.getter) this.noteJson(p.getter.returnType, read);
      if (p.setter) this.noteJson(p.setter.params[0]!, read);
    }
  }

  private jsonMethods(): void {
    for (const [fqn, { read }] of [...this.jsonTypes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const info = this.prog.layout.info(fqn)!;
      const add = this.additions(info);
      const typeParams = this.prog.layout.goTypeParams(info);
      const recvT = `*${info.goName}${typeParams.length ? `[${typeParams.join(", ")}]` : ""}`;
      const saved = add.scope.typeParams;
      add.scope.typeParams = new Set(info.sym.typeParams.map((p) => p.name));
      const props = jacksonProperties(info.sym, this.prog);
      const fields = props.filter((p) => p.getter).map((p) => go.call(this.jrt(add.scope, "JSONField"), go.strLit(p.name), go.call(go.sel("this", this.prog.layout.methodName(p.getter!)))));
      add.decls.push(
        go.funcDecl("MarshalJSON", go.funcType([], [go.param("[]byte"), go.param("error")]), [go.ret(go.call(go.sel(go.call(this.jrt(add.scope, "JSONObject"), ...fields), "MarshalJSON")))], {
          recv: go.field("this", recvT),
          doc: ["MarshalJSON writes the Java bean properties (getters) under their Java names, as Jackson does."],
        }),
      );
      if (read) {
        const json = add.scope.imports.use("json", "encoding/json");
        const stmts: go.Stmt[] = [
          go.declStmt(go.genDecl("var", [go.valueSpec("fields", go.mapType("string", go.qual(json, "RawMessage")))])),
          go.ifStmt(go.binary("err", "!=", go.ident("nil")), [go.ret(go.ident("err"))], undefined, go.define("err", go.call(go.qual(json, "Unmarshal"), go.ident("data"), go.unary("&", go.ident("fields"))))),
        ];
        for (const p of props) {
          const t = p.setter ? this.goType(p.setter.params[0]!, add.scope) : undefined;
          if (!p.setter || !t) continue;
          stmts.push(go.ifStmt(go.binary("err", "!=", go.ident("nil")), [go.ret(go.ident("err"))], undefined, go.define("err", go.call(go.inst(this.jrt(add.scope, "DecodeProperty"), go.ident(t)), go.ident("fields"), go.strLit(p.name), go.sel("this", this.prog.layout.methodName(p.setter))))));
        }
        stmts.push(go.ret(go.ident("nil")));
        add.decls.push(go.funcDecl("UnmarshalJSON", go.funcType([go.field("data", "[]byte")], [go.param("error")]), stmts, { recv: go.field("this", recvT), doc: ["UnmarshalJSON sets the Java bean properties (setters) present in the object, as Jackson does."] }));
      }
      add.scope.typeParams = saved;
    }
  }
}

/** A Jackson bean property: its name and the getter/setter that read and write it. */
export interface JacksonProperty {
  name: string;
  getter?: MethodSymbol;
  setter?: MethodSymbol;
}

/**
 * Jackson's default properties of a class: public getters (`getX`, `isX` for boolean) and setters
 * (`setX`) whose Go methods exist; fields' order first (Jackson's default ordering), then the rest.
 */
export function jacksonProperties(sym: TypeSymbol, prog: Program): JacksonProperty[] {
  const chain = [sym, ...prog.layout.allSupers(sym).filter((t) => prog.layout.info(t.fqn) && t.kind === "class")];
  const byName = new Map<string, JacksonProperty>();
  const decap = (s: string): string => s.replace(/^[A-Z]+/, (m) => (m.length > 1 && m.length < s.length ? m.slice(0, -1).toLowerCase() + m.slice(-1) : m.toLowerCase()));
  for (const t of chain) {
    for (const m of t.methods) {
      if (m.static || m.access !== "public" || m.name === "getClass" || m.typeParams.length || m.abstract) continue;
      // Lombok accessors exist in Go only for a backing field.
      if (m.origin === "lombok" && !lombokField(t, m)) continue;
      const g = /^(get|is)([A-Z].*)$/.exec(m.name);
      const s = /^set([A-Z].*)$/.exec(m.name);
      if (g && m.params.length === 0 && m.returnType.kind !== "void" && (g[1] === "get" || (m.returnType.kind === "prim" && m.returnType.name === "boolean"))) {
        const name = decap(g[2]!);
        byName.set(name, { ...byName.get(name), name, getter: byName.get(name)?.getter ?? m });
      } else if (s && m.params.length === 1) {
        const name = decap(s[1]!);
        byName.set(name, { ...byName.get(name), name, setter: byName.get(name)?.setter ?? m });
      }
    }
  }
  const fieldOrder = chain
    .slice()
    .reverse()
    .flatMap((t) => t.fields.filter((f) => !f.static).map((f) => f.name));
  const rank = (n: string): number => {
    const i = fieldOrder.indexOf(n);
    return i < 0 ? fieldOrder.length : i;
  };
  return [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name));
}
