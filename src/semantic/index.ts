// The semantic model's entry point: `analyze` indexes every source type (with Lombok members),
// then attributes every body, and answers type and symbol queries from side tables.

import type { Annotation, CompilationUnit, Expr, Node, TypeNode } from "../parse/ast.js";
import { compareDiagnostics, diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { Attributor, type FileStats } from "./attribute.js";
import { Declarer, type SourceInfo } from "./declare.js";
import { loadJdkModel } from "./jdk/index.js";
import { Library } from "./library/index.js";
import { TypeRegistry, type TypeProvider } from "./registry.js";
import { TypeResolver, fileContext, type TypeScope } from "./type-resolver.js";
import { UNKNOWN, type JType, type Ref, type TypeSymbol } from "./types.js";

export type { Ref } from "./types.js";
export type { TypeProvider } from "./registry.js";

export interface SourceUnit {
  file: string;
  unit: CompilationUnit;
}

export interface CoverageStats {
  expressions: number;
  typedExpressions: number;
}

export interface SemanticModel {
  /**
   * Every type by identity (its `fqn`): source (with Lombok members), JDK, bundled library
   * stubs, opaque third-party. Given `fromFile`, `fqn` is read as a name written in that file:
   * when several source files declare it, the nearest declaration answers (see `declarationsOf`).
   */
  lookupType(fqn: string, fromFile?: string): TypeSymbol | undefined;
  /**
   * Every source declaration of a canonical name, in file order: one symbol normally, several
   * when independent programs or services declare the same FQN (the second and later have
   * distinct `fqn` identities such as `Main$2` and carry the shared name in `declaredFqn`).
   */
  declarationsOf(fqn: string): TypeSymbol[];
  /** Source types in deterministic order (files in input order, then declaration order). */
  sourceTypes(): TypeSymbol[];
  /** The type of an expression; UNKNOWN when not determined. Type names give their class type. */
  typeOf(expr: Expr): JType;
  /** What a Name/FieldAccess/MethodCall/NewExpr/MethodRef (or a declaration of a local) refers to. */
  symbolOf(node: Node): Ref | undefined;
  /**
   * Declared type of a TypeNode as written, resolved where it appears (`var` gives UNKNOWN; the
   * inferred type of a `var` local is on its declarator via `symbolOf`). A node the analysis
   * never met (e.g. built by a rule) is resolved in the body of type `context`, else in `file`.
   */
  resolveTypeNode(node: TypeNode, file?: string, context?: string): JType;
  /** Resolved FQN of an annotation (opaque third-party FQNs included). */
  annotationFqn(a: Annotation): string | undefined;
  /** The symbol a type declaration, local class or anonymous class body (`NewExpr`, `EnumConstant`) declares. */
  declaredType(node: Node): TypeSymbol | undefined;
  diagnostics: Diagnostic[];
  /**
   * Coverage: every expression in bodies and initialisers counts, except names that denote a
   * type or package and `super` qualifiers; annotation arguments are not counted. Typed means
   * not UNKNOWN (opaque types count as typed; calls on opaque receivers stay UNKNOWN).
   */
  stats: CoverageStats & { byFile: Map<string, CoverageStats> };
}

export interface AnalyzeOptions {
  jdk?: TypeProvider;
  /** Use the bundled third-party stubs (SLF4J, Spring, MyBatis-Plus…); default true. Off, those types are opaque. */
  library?: boolean;
}

export function analyze(units: SourceUnit[], options: AnalyzeOptions = {}): SemanticModel {
  const diagnostics: Diagnostic[] = [];
  const registry = new TypeRegistry(options.jdk ?? loadJdkModel());
  if (options.library !== false) registry.libraryProvider = new Library(registry);
  const resolver = new TypeResolver(registry, diagnostics);
  const declarer = new Declarer(registry, resolver);

  const perFile: { file: string; infos: SourceInfo[]; scope: TypeScope }[] = [];
  for (const u of units) {
    const ctx = fileContext(u.file, u.unit);
    perFile.push({ file: u.file, infos: declarer.declareUnit(ctx), scope: { parent: undefined, file: ctx } });
  }
  // Several files declaring one top-level name (independent programs or services analysed
  // together): each declaration is kept and names resolve to the nearest one; say so once.
  for (const [fqn, keys] of registry.duplicatedTypes()) {
    const first = registry.lookup(keys[0]);
    if (!first?.file || first.outer) continue;
    const at = first.decl;
    diagnostics.push(diagnostic("J2X2004", { file: first.file, line: at?.line, column: at?.col }, { name: fqn, count: keys.length }));
  }
  const all = perFile.flatMap((f) => f.infos);
  for (const info of all) if (!info.headerDone) declarer.header(info);
  for (const info of all) declarer.completeMembers(info);
  for (const f of perFile) {
    for (const imp of f.scope.file.unit.imports) {
      // Resolving single-type imports registers third-party names as opaque types.
      if (!imp.static && !imp.onDemand) resolver.typeByFqn(imp.name, f.file);
    }
  }

  const attributor = new Attributor(registry, resolver, declarer, diagnostics);
  const byFile = new Map<string, CoverageStats>();
  let expressions = 0;
  let typedExpressions = 0;
  for (const f of perFile) {
    const stats: FileStats = { file: f.file, exprs: [] };
    for (const info of f.infos) if (!info.sym.outer) attributor.attributeTopLevel(info, stats);
    // A file's expressions are final once its types are attributed: count them now rather than
    // keep a list of every expression of the project until the end.
    let typed = 0;
    for (const e of stats.exprs) if (attributor.types.get(e)?.kind !== "unknown") typed++;
    const prev = byFile.get(f.file);
    byFile.set(f.file, { expressions: (prev?.expressions ?? 0) + stats.exprs.length, typedExpressions: (prev?.typedExpressions ?? 0) + typed });
    expressions += stats.exprs.length;
    typedExpressions += typed;
  }
  diagnostics.sort(compareDiagnostics);

  // Declaration order: files as given, then nesting; local and anonymous classes as met.
  const sourceOrder = [...declarer.infos.values()].map((i) => i.sym);
  const fileScopes = new Map(perFile.map((f) => [f.file, f.scope]));
  const byDecl = new Map<Node, TypeSymbol>();
  for (const s of sourceOrder) if (s.decl) byDecl.set(s.decl, s);
  return {
    lookupType: (fqn, fromFile) => (fromFile === undefined ? registry.lookup(fqn) : registry.lookupFrom(fqn, fromFile)),
    declarationsOf: (fqn) => {
      const keys = registry.declarationKeys(fqn) ?? [fqn];
      return keys.map((k) => registry.sourceType(k)).filter((t): t is TypeSymbol => t !== undefined);
    },
    sourceTypes: () => sourceOrder.slice(),
    typeOf: (e) => attributor.types.get(e) ?? UNKNOWN,
    symbolOf: (n) => attributor.refs.get(n),
    resolveTypeNode: (node, file, context) => {
      const known = resolver.types.get(node);
      if (known) return known;
      const info = context ? declarer.infos.get(context) : undefined;
      const scope = info?.bodyScope ?? (file ? fileScopes.get(file) : undefined);
      return scope ? resolver.resolve(node, scope) : UNKNOWN;
    },
    annotationFqn: (a) => resolver.annotationFqns.get(a),
    declaredType: (n) => attributor.localTypes.get(n) ?? byDecl.get(n),
    diagnostics,
    stats: { expressions, typedExpressions, byFile },
  };
}
