// The Java → TypeScript transform: finds every source type (local and anonymous ones included),
// decides its TS name, module and construction scheme, then builds one TS module per top-level
// Java class plus an entry module per class with `main`.

import type { MappingTable } from "../rules/mappings.js";
import type * as J from "../../parse/ast.js";
import * as ts from "../../ir/ts.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { TypeParamSymbol, TypeSymbol } from "../../semantic/types.js";
import { inside, walk } from "./body.js";
import { ClassBuilder } from "./classes.js";
import { javaBinaryName } from "./reflect.js";
import { type ClassInfo, type CtorMode, type Erasure, type Rename, type TsItem, TsProgram } from "./context.js";
import { Naming } from "./names.js";
import type { RuleFact } from "../rules/engine.js";
import { springCompositionRoot, type CompositionRoot } from "./spring.js";
import { ModuleScope } from "./scope.js";
import { jdkClassName, TypeMapper } from "./types.js";
import { TransactionBoundaries } from "../transactions.js";

export type { Erasure, Rename, TsItem } from "./context.js";

export interface TsSource {
  file: string;
  text: string;
  unit: J.CompilationUnit;
}

export interface TsTransformInput {
  sources: TsSource[];
  model: SemanticModel;
  mappings?: MappingTable;
  itemId(rule: string, file: string, line: number, endLine?: number): string;
  /** Told which file is being translated, so a java2x failure names it. */
  onFile?(file: string): void;
  /** Facts of the rule packs; `bean` facts become the composition root src/app/app.ts (./spring.ts). */
  facts?: RuleFact[];
}

export interface TsModuleOut {
  /** Path under `src/`, e.g. `com/acme/Order.ts`. */
  path: string;
  module: ts.Module;
}

export interface TsTransformResult {
  modules: TsModuleOut[];
  entries: { javaClass: string; path: string; module: ts.Module }[];
  /** src/app/app.ts, generated as text from the bean and route facts. */
  compositionRoot?: CompositionRoot;
  items: TsItem[];
  renames: Rename[];
  erasures: Erasure[];
  stats: { methods: number; methodsFullyTranslated: number };
}

export function transformTs(input: TsTransformInput): TsTransformResult {
  const prog = new TsProgram(input.model, input.itemId, input.mappings, new TransactionBoundaries(input.facts ?? []));
  const found: Found[] = [];
  for (const src of input.sources) {
    for (const top of src.unit.types) collectTypes(input.model, top, src.file, top, false, found);
  }
  const byFqn = new Map(found.map((f) => [f.sym.fqn, f]));
  for (const f of found) {
    const sym = f.sym;
    const topSym = input.model.declaredType(f.top);
    const pkgDir = sym.pkg ? sym.pkg.replace(/\./g, "/") + "/" : "";
    const info: ClassInfo = {
      sym,
      decl: f.decl,
      file: f.file,
      tsName: javaBinaryName(sym).slice(sym.pkg ? sym.pkg.length + 1 : 0),
      module: pkgDir + (topSym?.name ?? sym.name),
      isInterface: sym.kind === "interface" || sym.kind === "annotation",
      mode: "init",
      clinit: false,
      local: f.local,
      captures: [],
      hasOuter: f.local ? !f.staticContext : sym.inner && sym.outer !== undefined,
      enclosingTypeParams: f.typeVars.filter((v) => !sym.typeParams.some((p) => p.name === v.name)),
    };
    prog.classes.set(sym.fqn, info);
  }
  for (const info of prog.classes.values()) {
    info.mode = ctorMode(prog, info.sym);
    info.clinit = needsClinit(prog, info.sym);
    if (info.local) info.captures = captures(input.model, info.decl, byFqn.get(info.sym.fqn)!.decl);
  }

  const naming = new Naming(prog);
  const types = new TypeMapper(prog);
  const texts = new Map(input.sources.map((s) => [s.file, s.text]));
  const modules = new Map<string, ClassInfo[]>();
  for (const info of prog.classes.values()) {
    let list = modules.get(info.module);
    if (!list) modules.set(info.module, (list = []));
    list.push(info);
  }

  const out: TsModuleOut[] = [];
  for (const [module, infos] of [...modules].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const ordered = superclassesFirst(prog, infos);
    const file = infos[0]!.file;
    input.onFile?.(file);
    const scope = new ModuleScope(prog, module, file, infos.flatMap((i) => [i.tsName, i.tsName + "$", i.tsName + "$Lambda"]));
    const builder = new ClassBuilder(prog, naming, types, scope, texts.get(file) ?? "");
    const body: ts.Module["body"] = [];
    for (const info of ordered) body.push(...builder.build(info));
    out.push({ path: module + ".ts", module: ts.module(moduleImports(module, scope), body) });
  }

  const compositionRoot = springCompositionRoot(prog, naming, input.facts ?? []);
  // The @SpringBootApplication class's entry point serves the composition root's routes instead of its Java main.
  const application = compositionRoot?.routes ? (input.facts ?? []).find((f) => f.kind === "application")?.data.type : undefined;
  const entries: TsTransformResult["entries"] = [];
  for (const info of prog.classes.values()) {
    const main = info.sym.methods.find((m) => m.name === "main" && m.static && m.params.length === 1 && m.params[0]!.kind === "array");
    if (!main || info.local) continue;
    const path = `main/${javaBinaryName(info.sym)}.ts`;
    const rel = "../" + info.module + ".js";
    const run = info.sym.fqn === application ? ts.call(ts.id("serve")) : ts.call(ts.prop(info.tsName, naming.methodName(main)), ts.call(ts.prop("jrtx", "mainArgs")));
    const module = ts.module(
      [
        info.sym.fqn === application ? ts.importDecl("../app/app.js", [{ name: "main", alias: "serve" }]) : ts.importDecl(rel, [info.tsName]),
        ts.importDecl("../jrt/index.js", [], { namespace: "jrt" }),
        ts.importDecl("../jrtx/index.js", [], { namespace: "jrtx" }),
      ],
      [ts.exprStmt(ts.call(ts.prop("jrt", "runMain"), ts.arrow([], run)))],
    );
    entries.push({ javaClass: info.sym.fqn, path, module });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { modules: out, entries, ...(compositionRoot ? { compositionRoot } : {}), items: prog.items, renames: prog.renames, erasures: prog.erasures, stats: { methods: prog.methods, methodsFullyTranslated: prog.methodsFullyTranslated } };
}

/** A type found in a compilation unit; `typeVars` are the enclosing type variables a local class sees. */
interface Found {
  sym: TypeSymbol;
  decl: J.Node;
  file: string;
  local: boolean;
  staticContext: boolean;
  top: J.TypeDecl;
  typeVars: TypeParamSymbol[];
}

/** Every type declared in `decl` (member, local and anonymous classes), in source order. */
function collectTypes(model: SemanticModel, decl: J.TypeDecl, file: string, top: J.TypeDecl, local: boolean, out: Found[], staticContext = false, typeVars: TypeParamSymbol[] = []): void {
  const sym = model.declaredType(decl);
  if (!sym) return;
  out.push({ sym, decl, file, local, staticContext, top, typeVars });
  // Inside an instance member, the enclosing classes' type variables are in scope too.
  const classVars = [...typeVars.filter((v) => !sym.typeParams.some((p) => p.name === v.name)), ...sym.typeParams];
  const bodies = (members: J.Member[], isStaticOwner: boolean, owner: TypeSymbol) => {
    for (const m of members) {
      if (m.kind === "ClassDecl" || m.kind === "InterfaceDecl" || m.kind === "EnumDecl" || m.kind === "RecordDecl" || m.kind === "AnnotationTypeDecl") {
        // An inner (non-static) class sees them; nested interfaces, enums and records are static.
        const inner = m.kind === "ClassDecl" && !m.modifiers.flags.includes("static") && sym.kind !== "interface";
        collectTypes(model, m, file, top, false, out, false, inner ? classVars : []);
        continue;
      }
      const isStatic = isStaticOwner || ("modifiers" in m && m.modifiers.flags.includes("static")) || (m.kind === "InitializerBlock" && m.static);
      localTypes(model, m, file, top, isStatic, out, memberTypeVars(owner, m, isStatic ? [] : classVars));
    }
  };
  if (decl.kind === "EnumDecl") {
    for (const c of decl.constants) {
      localTypes(model, c.args, file, top, true, out, []);
      if (c.body) {
        const s = model.declaredType(c);
        if (s) out.push({ sym: s, decl: c, file, local: true, staticContext: true, top, typeVars: [] });
        bodies(c.body, false, s ?? sym);
      }
    }
  }
  bodies(decl.members, sym.kind === "interface", sym);
}

/** The type variables in scope inside member `m` of `owner`: `classVars` and a generic method's own. */
function memberTypeVars(owner: TypeSymbol, m: J.Member, classVars: TypeParamSymbol[]): TypeParamSymbol[] {
  const method = m.kind === "MethodDecl" || m.kind === "ConstructorDecl" ? owner.methods.find((x) => x.decl === m) : undefined;
  return method?.typeParams.length ? [...classVars.filter((v) => !method.typeParams.some((p) => p.name === v.name)), ...method.typeParams] : classVars;
}

/** Local and anonymous classes inside a member body (not descending into the classes found). */
function localTypes(
  model: SemanticModel,
  root: unknown,
  file: string,
  top: J.TypeDecl,
  staticContext: boolean,
  out: Found[],
  typeVars: TypeParamSymbol[],
): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (!node || typeof node !== "object") return;
    const n = node as J.Node & Record<string, unknown>;
    if (n.kind === "LocalClassDecl") {
      const d = (n as J.LocalClassDecl).decl;
      const s = model.declaredType(d);
      if (s) {
        // Local records, enums and interfaces are static: no enclosing type variable reaches them.
        const visible = d.kind === "ClassDecl" ? typeVars : [];
        out.push({ sym: s, decl: d, file, local: true, staticContext, top, typeVars: visible });
        const inner = [...visible.filter((v) => !s.typeParams.some((p) => p.name === v.name)), ...s.typeParams];
        for (const m of d.members) {
          if (m.kind === "ClassDecl" || m.kind === "InterfaceDecl" || m.kind === "EnumDecl" || m.kind === "RecordDecl") continue;
          const isStatic = "modifiers" in m && m.modifiers.flags.includes("static");
          localTypes(model, m, file, top, isStatic, out, memberTypeVars(s, m, isStatic ? [] : inner));
        }
      }
      return;
    }
    if (n.kind === "NewExpr" && (n as J.NewExpr).body) {
      const ne = n as J.NewExpr;
      visit(ne.args);
      if (ne.outer) visit(ne.outer);
      const s = model.declaredType(ne);
      if (s) {
        out.push({ sym: s, decl: ne, file, local: true, staticContext, top, typeVars });
        for (const m of ne.body!) localTypes(model, m, file, top, false, out, memberTypeVars(s, m, typeVars));
      }
      return;
    }
    for (const k of Object.keys(n)) visit(n[k]);
  };
  visit(root);
}

function ctorMode(prog: TsProgram, sym: TypeSymbol): CtorMode {
  for (let s: TypeSymbol | undefined = sym; s; ) {
    const sup = s.superclass;
    if (!sup || sup.kind !== "class" || sup.fqn === "java.lang.Object" || sup.fqn === "java.lang.Enum" || sup.fqn === "java.lang.Record") return "init";
    const next = prog.classOf(sup.fqn);
    // Only a superclass with a runtime counterpart is extended; a dropped one (a third-party or
    // unmapped JDK class) leaves a root class with Java's constructor protocol.
    // A Throwable subclass uses the init protocol too (jrt.Throwable has its constructors as `$init…` methods).
    if (!next) return jdkClassName(sup.fqn) && !prog.isSubtype(sup.fqn, "java.lang.Throwable") ? "native" : "init";
    s = next.sym;
  }
  return "init";
}

function needsClinit(prog: TsProgram, sym: TypeSymbol): boolean {
  if (sym.kind === "interface" || sym.kind === "annotation") return false;
  if (sym.kind === "enum") return true;
  const decl = prog.classOf(sym.fqn)?.decl;
  const members: J.Member[] = decl && "members" in decl ? (decl as J.TypeDecl).members : decl?.kind === "NewExpr" ? (decl.body ?? []) : [];
  for (const m of members) {
    if (m.kind === "InitializerBlock" && m.static) return true;
    if (m.kind === "FieldDecl" && m.modifiers.flags.includes("static") && m.declarators.some((d) => d.init && !(m.modifiers.flags.includes("final") && d.init.kind === "Literal" && d.init.litKind !== "null"))) return true;
  }
  const sup = prog.sourceSuper(sym);
  return sup ? needsClinit(prog, sup.sym) : false;
}

/** Locals of enclosing bodies that a local/anonymous class body uses. */
function captures(model: SemanticModel, decl: J.Node, classNode: J.Node): string[] {
  const body: J.Member[] = decl.kind === "NewExpr" ? ((decl as J.NewExpr).body ?? []) : decl.kind === "EnumConstant" ? ((decl as J.EnumConstant).body ?? []) : (decl as J.TypeDecl).members;
  const range: J.Node = decl.kind === "NewExpr" && body.length ? { ...classNode, start: Math.min(...body.map((m) => m.start)), end: Math.max(...body.map((m) => m.end)) } : classNode;
  const names: string[] = [];
  walk(body, (n) => {
    if (n.kind !== "Name") return;
    const r = model.symbolOf(n);
    if (r && (r.kind === "local" || r.kind === "param") && !inside(r.decl, range) && !names.includes(n.name)) names.push(n.name);
  });
  return names;
}

/** Declaration order, except that a superclass in the same module comes before its subclasses (TS classes are not hoisted). */
function superclassesFirst(prog: TsProgram, infos: ClassInfo[]): ClassInfo[] {
  const out: ClassInfo[] = [];
  const placed = new Set<ClassInfo>();
  const place = (i: ClassInfo, depth: number) => {
    if (placed.has(i) || depth > 50) return;
    const deps = [i.sym.superclass, ...i.sym.interfaces].map((t) => (t?.kind === "class" ? prog.classOf(t.fqn) : undefined));
    for (const d of deps) if (d && d.module === i.module && d !== i) place(d, depth + 1);
    placed.add(i);
    out.push(i);
  };
  for (const i of infos) place(i, 0);
  return out;
}

function moduleImports(module: string, scope: ModuleScope): ts.ImportDecl[] {
  const depth = module.split("/").length - 1;
  const up = depth === 0 ? "./" : "../".repeat(depth);
  const imports = [ts.importDecl(`${up}jrt/index.js`, [], { namespace: "jrt" }), ts.importDecl(`${up}jrtx/index.js`, [], { namespace: "jrtx" })];
  const byModule = new Map<string, { name: string; alias?: string }[]>();
  for (const imp of scope.imports.values()) {
    let list = byModule.get(imp.module);
    if (!list) byModule.set(imp.module, (list = []));
    list.push(imp.alias === imp.name ? { name: imp.name } : { name: imp.name, alias: imp.alias });
  }
  for (const [m, names] of [...byModule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const rel = relativeModule(module, m);
    imports.push(ts.importDecl(rel, names.sort((a, b) => (a.name < b.name ? -1 : 1))));
  }
  return imports;
}

function relativeModule(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  return (up === 0 ? "./" : "../".repeat(up)) + b.slice(i).join("/") + ".js";
}
