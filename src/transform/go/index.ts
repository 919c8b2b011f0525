// The Go transform's entry point: lays out every source type, lowers each Java file to a Go
// file of its package (merging packages that would import each other), and finds the classes
// with `main(String[])` that become commands.

import * as go from "../../ir/go.js";
import type { CompilationUnit, Node } from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import { typeToString, type TypeSymbol } from "../../semantic/types.js";
import { FileLowering } from "./classes.js";
import { Program, type Erasure, type GoItem, type ItemIds } from "./context.js";
import { referencedPackages } from "./irutil.js";
import { Layout } from "./layout.js";
import type { RuleFact } from "../rules/engine.js";
import { lowerSpringFacts } from "./spring.js";
import { TransactionBoundaries } from "../transactions.js";
import { lowerConfigFacts } from "./config.js";
import type { MappingTable } from "../rules/mappings.js";
import { goFileName, type GoPackage } from "./names.js";
import { Imports, TypeMapper, type Scope } from "./types.js";
import { Values } from "./values.js";

export type { Erasure, GoItem } from "./context.js";

export interface GoSource {
  file: string;
  text: string;
  unit: CompilationUnit;
}

export interface GoTransformInput {
  sources: GoSource[];
  model: SemanticModel;
  module: string;
  itemId: ItemIds;
  mappings?: MappingTable;
  /** Facts of the rule packs (beans, routes…) lowered to the composition root (./spring.ts). */
  facts?: RuleFact[];
}

export interface GoMain {
  javaClass: string;
  /** Import path of the package holding the translated main, and the function's name. */
  importPath: string;
  pkgName: string;
  func: string;
  /** `cmd/<name>`. */
  cmdName: string;
}

export interface GoTransformResult {
  files: { path: string; file: go.File }[];
  mains: GoMain[];
  items: GoItem[];
  erasures: Erasure[];
  stats: { methods: number; methodsFullyTranslated: number };
  /** The Spring Boot application whose command runs internal/app's Main, and the routes' OpenAPI document. */
  spring: { application?: string; openapi?: string };
}

export function transformGo(input: GoTransformInput): GoTransformResult {
  // Item ids are memoised so that a second pass (after merging cyclic packages) reuses the first pass's ids.
  const memo = new Map<string, string[]>();
  const seen = new Map<string, number>();
  const itemId: ItemIds = (rule, file, line, endLine) => {
    const key = `${rule}\0${file}\0${line}\0${endLine ?? line}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const list = memo.get(key) ?? [];
    if (list[n] === undefined) list[n] = input.itemId(rule, file, line, endLine);
    memo.set(key, list);
    return list[n]!;
  };
  let merged = new Map<string, string>();
  for (let pass = 0; ; pass++) {
    seen.clear();
    const result = runPass(input, new Layout(input.model, anonymousDecls(input), merged, lambdaTargets(input)), itemId);
    const cycles = packageCycles(result.files, input.module);
    if (cycles.size === 0 || pass > 0) {
      for (const [from, into] of [...merged].sort()) {
        if (from === into) continue;
        const src = input.sources.find((s) => (s.unit.package?.name ?? "") === from);
        if (!src) continue;
        const loc = src.unit.package ?? src.unit;
        const id = itemId("go.package-merged", src.file, loc.line);
        result.items.push({ id, rule: "go.package-merged", category: "optional", effortPoints: 3, file: src.file, line: loc.line, column: loc.col, message: `Java package ${from} imports and is imported by ${into}; merged into one Go package (Go forbids import cycles)` });
      }
      return result;
    }
    merged = mergeCycles(cycles, input.model);
  }
}

function runPass(input: GoTransformInput, layout: Layout, itemId: ItemIds): GoTransformResult {
  const types = new TypeMapper(layout, input.mappings);
  const prog = new Program(input.model, layout, types, input.module, itemId, input.mappings, new TransactionBoundaries(input.facts ?? []));
  const byFile = new Map<string, TypeSymbol[]>();
  for (const t of input.model.sourceTypes()) {
    const file = sourceFileOf(t, layout, input.sources);
    if (!file) continue;
    const list = byFile.get(file) ?? [];
    list.push(t);
    byFile.set(file, list);
  }
  const files: { path: string; file: go.File }[] = [];
  const mains: GoMain[] = [];
  for (const src of input.sources) {
    const symbols = byFile.get(src.file) ?? [];
    if (!symbols.length) continue;
    const pkg = layout.packageOf(src.unit.package?.name ?? "");
    const imports = new Imports();
    const scope: Scope = { pkgDir: pkg.dir, imports, module: input.module, typeParams: new Set() };
    const values = new Values(() => imports, input.module);
    values.implementsAs = (g, to, toJ) => {
      // Go checks the instantiated method set: the class must name the interface with the same arguments.
      if (!to.includes("[") || g.j.kind !== "class" || toJ.kind !== "class" || !layout.info(toJ.fqn)) return true;
      const sym = input.model.lookupType(g.j.fqn);
      if (!sym || !layout.info(sym.fqn) || g.t.includes("[")) return true;
      // The arguments the class gives the interface, through superinterfaces (`implements SortedRepo<Integer, E>` reaches `Repo<ID, T>`).
      const args = layout.superArgs(sym, toJ.fqn);
      return !!args && types.go({ kind: "class", fqn: toJ.fqn, args }, scope) === to;
    };
    values.erasedView = (g, to, toJ) => {
      if (g.j.kind !== "class" || toJ.kind !== "class" || !layout.erasedViews.has(toJ.fqn) || !/\[any(, any)*\]$/.test(to)) return undefined;
      const args = layout.argsAsSupertype(g.j, toJ.fqn);
      const typed = args && types.go({ kind: "class", fqn: toJ.fqn, args }, scope);
      if (!typed?.includes("[")) return undefined;
      return go.call(go.ident(`${to.slice(0, to.indexOf("["))}ErasedOf${typed.slice(typed.indexOf("["))}`), g.e);
    };
    values.funcSignature = (j) => types.funcSignature(j);
    values.onCollectionView = (from, to, toJ, line) => {
      // `? super X` is a collection of X in Go: Java reads its elements as Object, a view converts them to X.
      const lowerBounded = toJ.kind === "class" && toJ.args.some((a) => a.kind === "wildcard" && a.super);
      const read = lowerBounded ? "an element read is converted to the lower bound, so one of another class is a ClassCastException where Java reads an Object" : "elements convert where they are read, a wrong one is a ClassCastException there";
      prog.erasure(src.file, line, `${typeToString(from.j)} as ${typeToString(toJ)}`, to, `a collection seen through another element type is a view (jrt.ListView, jrt.SetView): ${read}; a store of another element type throws ClassCastException where Java would pollute the heap`);
    };
    values.iteratorMethod = (j) => {
      const sym = j.kind === "class" && layout.info(j.fqn) ? input.model.lookupType(j.fqn) : undefined;
      const m = sym && [sym, ...layout.allSupers(sym)].flatMap((t) => t.methods).find((x) => x.name === "iterator" && !x.params.length && !x.static);
      return m && layout.methodName(m);
    };
    for (const info of layout.all()) if (info.sym.kind === "interface" || info.poly) values.ifaceNames.add(info.poly && info.sym.kind !== "interface" ? info.goName + "I" : info.goName);
    const decls = new FileLowering(prog, src.file, src.text, scope, values).lower(symbols);
    const referenced = referencedPackages(decls, [...imports.used.keys()]);
    const specs = [...imports.used].filter(([alias]) => referenced.has(alias)).sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([alias, path]) => go.importSpec(path, alias === path.split("/").pop() ? undefined : alias));
    let filePath = `${pkg.dir}/${goFileName(src.file)}`;
    for (let n = 2; files.some((f) => f.path === filePath); n++) filePath = `${pkg.dir}/${goFileName(src.file).replace(/\.go$/, `_${n}.go`)}`;
    files.push({ path: filePath, file: go.file(pkg.name, specs, decls, [`Code generated by java2x from ${src.file}.`]) });
    for (const t of symbols) {
      const main = t.methods.find((m) => m.name === "main" && m.static && m.params.length === 1 && m.params[0]!.kind === "array");
      if (main && !t.outer) {
        mains.push({ javaClass: t.fqn, importPath: `${input.module}/${pkg.dir}`, pkgName: pkg.name, func: layout.methodName(main), cmdName: cmdNameFor(t, mains) });
      }
    }
  }
  const spring = lowerSpringFacts(prog, input.facts ?? []);
  files.push(...spring.files, ...lowerConfigFacts(prog, input.facts ?? []));
  return { files, mains, items: prog.items, erasures: prog.erasures, stats: { methods: prog.methods, methodsFullyTranslated: prog.methodsFullyTranslated }, spring };
}

function sourceFileOf(t: TypeSymbol, layout: Layout, sources: GoSource[]): string | undefined {
  const decl = layout.declOf(t);
  if (!decl) return undefined;
  for (const s of sources) if (declarations(s.unit).has(decl)) return s.file;
  return undefined;
}

const unitIndex = new WeakMap<CompilationUnit, Set<Node>>();

/** Every type declaration, anonymous class creation, enum constant, lambda and method reference of a file. */
function declarations(unit: CompilationUnit): Set<Node> {
  let index = unitIndex.get(unit);
  if (!index) {
    index = new Set<Node>();
    collect(unit, index);
    unitIndex.set(unit, index);
  }
  return index;
}

const DECL_KINDS = new Set(["ClassDecl", "InterfaceDecl", "EnumDecl", "RecordDecl", "AnnotationTypeDecl", "NewExpr", "EnumConstant", "Lambda", "MethodRef"]);

function collect(n: unknown, out: Set<Node>): void {
  if (!n || typeof n !== "object") return;
  if (Array.isArray(n)) {
    for (const x of n) collect(x, out);
    return;
  }
  const o = n as Record<string, unknown>;
  if (typeof o.kind === "string" && DECL_KINDS.has(o.kind)) out.add(o as unknown as Node);
  for (const k in o) collect(o[k], out);
}

/** Anonymous class bodies (`new T() {…}`, enum constants with bodies) by the FQN the model gave them. */
function anonymousDecls(input: GoTransformInput): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const s of input.sources) {
    for (const n of declarations(s.unit)) {
      if ((n.kind === "NewExpr" || n.kind === "EnumConstant") && n.body) {
        const sym = input.model.declaredType(n);
        if (sym) out.set(sym.fqn, n);
      }
    }
  }
  return out;
}

/** The interfaces that lambdas and method references implement (the model types each by its target). */
function lambdaTargets(input: GoTransformInput): Set<string> {
  const out = new Set<string>();
  for (const s of input.sources) {
    for (const n of declarations(s.unit)) {
      if (n.kind !== "Lambda" && n.kind !== "MethodRef") continue;
      const t = input.model.typeOf(n);
      if (t.kind === "class") out.add(t.fqn);
    }
  }
  return out;
}

function cmdNameFor(t: TypeSymbol, taken: GoMain[]): string {
  let name = t.name.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
  if (taken.some((m) => m.cmdName === name)) name = t.fqn.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
  return name;
}

/** Strongly connected package groups (size > 1) of the emitted imports: Java package dirs → members. */
function packageCycles(files: { path: string; file: go.File }[], module: string): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf("/"));
    const set = edges.get(dir) ?? new Set<string>();
    for (const imp of f.file.imports) if (imp.path.startsWith(module + "/") && !imp.path.endsWith("/internal/jrt")) set.add(imp.path.slice(module.length + 1));
    edges.set(dir, set);
  }
  const sccs = tarjan([...edges.keys()].sort(), edges);
  const out = new Map<string, string[]>();
  for (const c of sccs) if (c.length > 1) out.set(c[0]!, c);
  return out;
}

function tarjan(nodes: string[], edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

/** Java package → the Java package it merges into (the shortest name of its cycle). */
function mergeCycles(cycles: Map<string, string[]>, model: SemanticModel): Map<string, string> {
  const dirToPkg = new Map<string, string>();
  for (const t of model.sourceTypes()) dirToPkg.set(t.pkg === "" ? "app" : t.pkg.split(".").map((p) => p.toLowerCase().replace(/[^a-z0-9_]/g, "_")).join("/"), t.pkg);
  const out = new Map<string, string>();
  for (const members of cycles.values()) {
    const pkgs = members.map((d) => dirToPkg.get(d)).filter((p): p is string => p !== undefined).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const p of pkgs) out.set(p, pkgs[0]!);
  }
  return out;
}

export type { GoPackage };
