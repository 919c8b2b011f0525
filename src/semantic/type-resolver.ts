// Resolves type names as written (simple, qualified, imported) to JTypes through the lexical
// scope chain and the file's imports, turning unknown third-party names into opaque types.

import type { Annotation, ClassType, CompilationUnit, TypeArg, TypeNode } from "../parse/ast.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { TypeRegistry } from "./registry.js";
import { OBJECT, cls, primT, rawClass } from "./type-ops.js";
import { UNKNOWN, VOID, type JType, type TypeSymbol } from "./types.js";
import { NodeTable } from "./node-table.js";

/** Per-file import tables, built once per compilation unit. */
export interface FileContext {
  file: string;
  unit: CompilationUnit;
  pkg: string;
  /** Single-type imports: simple name → FQN. */
  single: Map<string, string>;
  /** On-demand imports (`a.b.*`): package names or type FQNs. */
  onDemand: string[];
  /** Static single imports: member name → declaring type FQNs. */
  staticSingle: Map<string, string[]>;
  /** Static on-demand imports: type FQNs. */
  staticOnDemand: string[];
  /** Simple names already resolved at file level (null = not found). */
  cache: Map<string, JType | null>;
}

/**
 * One link of the lexical chain for type names: a class body (its type parameters and member
 * types, inherited ones included) or a set of names (method type parameters, local classes).
 */
export interface TypeScope {
  parent: TypeScope | undefined;
  file: FileContext;
  cls?: TypeSymbol;
  names?: Map<string, JType>;
}

export function fileContext(file: string, unit: CompilationUnit): FileContext {
  const ctx: FileContext = {
    file,
    unit,
    pkg: unit.package?.name ?? "",
    single: new Map(),
    onDemand: [],
    staticSingle: new Map(),
    staticOnDemand: [],
    cache: new Map(),
  };
  for (const imp of unit.imports) {
    if (imp.static) {
      if (imp.onDemand) ctx.staticOnDemand.push(imp.name);
      else {
        const dot = imp.name.lastIndexOf(".");
        const member = imp.name.slice(dot + 1);
        const list = ctx.staticSingle.get(member);
        if (list) list.push(imp.name.slice(0, dot));
        else ctx.staticSingle.set(member, [imp.name.slice(0, dot)]);
      }
    } else if (imp.onDemand) ctx.onDemand.push(imp.name);
    else ctx.single.set(imp.name.slice(imp.name.lastIndexOf(".") + 1), imp.name);
  }
  return ctx;
}

export class TypeResolver {
  private readonly reported = new WeakSet<object>();
  /** A Map, not a NodeTable: annotations are a few nodes among millions, scattered over the numbers. */
  readonly annotationFqns = new Map<Annotation, string>();
  /**
   * The type of each node that has one: a type node's resolution in the scope where it was
   * written (set here) and an expression's type (set by the Attributor). One table for both
   * because a node is never both, and a table costs 8 bytes per numbered node whoever set them.
   */
  readonly types = new NodeTable<JType>();

  constructor(
    private readonly registry: TypeRegistry,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /**
   * A type by FQN from source or JDK, else an opaque type registered under that name. Given the
   * file `from` where the name was written, a name several source files declare resolves to the
   * nearest declaration; without it, `fqn` is taken as an identity.
   */
  typeByFqn(fqn: string, from?: string): TypeSymbol {
    const key = from === undefined ? fqn : this.registry.resolveFqn(fqn, from);
    return this.registry.lookup(key) ?? this.registry.opaqueType(key);
  }

  /** Resolves a simple type name through the lexical chain, then the file's imports. */
  simpleName(name: string, scope: TypeScope): JType | undefined {
    // A member type guessed on a third-party supertype (`Lib.String` when the class extends the
    // unseen `Lib`) is only a last resort: a library nesting a type named like an import or a
    // java.lang class is far rarer than a class that extends a library type and uses `String`.
    let guessed: string | undefined;
    for (let s: TypeScope | undefined = scope; s; s = s.parent) {
      if (s.names) {
        const t = s.names.get(name);
        if (t) return t;
      }
      if (s.cls) {
        const c = s.cls;
        if (c.typeParams.length) {
          const self = this.registry.selfType(c);
          for (let i = 0; i < c.typeParams.length; i++) if (c.typeParams[i].name === name) return self.args[i];
        }
        const m = this.registry.memberType(c.fqn, name);
        if (m) {
          const origin = this.registry.lookup(m)?.origin;
          if (origin && origin !== "opaque") return rawClass(m);
          guessed ??= m;
        }
      }
    }
    const fileLevel = this.fileLevel(name, scope.file);
    return guessed && (!fileLevel || (fileLevel.kind === "class" && this.registry.lookup(fileLevel.fqn)?.origin === "opaque")) ? rawClass(guessed) : fileLevel;
  }

  private fileLevel(name: string, f: FileContext): JType | undefined {
    let t = f.cache.get(name);
    if (t !== undefined) return t ?? undefined;
    t = this.computeFileLevel(name, f) ?? null;
    f.cache.set(name, t);
    return t ?? undefined;
  }

  private computeFileLevel(name: string, f: FileContext): JType | undefined {
    const reg = this.registry;
    const imported = f.single.get(name);
    if (imported) return rawClass(this.typeByFqn(imported, f.file).fqn);
    const same = reg.typeInPackage(f.pkg, name, f.file);
    if (same) return rawClass(same);
    let unknownPackages: string[] | undefined;
    for (const p of f.onDemand) {
      const asType = reg.lookupFrom(p, f.file);
      if (asType && asType.origin !== "opaque") {
        const m = reg.memberType(asType.fqn, name);
        if (m) return rawClass(m);
        continue;
      }
      const fqn = reg.typeInPackage(p, name, f.file);
      if (fqn) return rawClass(fqn);
      // Library stubs cover a few types of their packages: the others are third-party names too.
      if (!reg.isPackage(p) || reg.isPartialPackage(p)) (unknownPackages ??= []).push(p);
    }
    const lang = reg.typeInPackage("java.lang", name);
    if (lang) return rawClass(lang);
    // A capitalised name with exactly one third-party on-demand import must come from it.
    if (unknownPackages && unknownPackages.length === 1 && isCapitalised(name)) {
      return rawClass(reg.opaqueType(`${unknownPackages[0]}.${name}`).fqn);
    }
    return undefined;
  }

  /** Resolves a dotted type name (`Map.Entry`, `java.util.List`, `org.x.Y`) to a class type FQN. */
  qualifiedName(segments: readonly string[], scope: TypeScope): JType | undefined {
    const first = this.simpleName(segments[0], scope);
    if (segments.length === 1) return first;
    if (first && first.kind === "class") return this.memberPath(first.fqn, segments, 1);
    const reg = this.registry;
    let pkg = segments[0];
    for (let i = 1; i < segments.length; i++) {
      const fqn = reg.typeInPackage(pkg, segments[i], scope.file.file);
      if (fqn) return this.memberPath(fqn, segments, i + 1);
      pkg += "." + segments[i];
    }
    // Not in source or the JDK: a third-party name, taken as package segments then types.
    const firstType = segments.findIndex(isCapitalised);
    if (firstType <= 0) return undefined;
    return rawClass(this.registry.opaqueType(segments.join(".")).fqn);
  }

  private memberPath(fqn: string, segments: readonly string[], from: number): JType | undefined {
    let cur = fqn;
    for (let i = from; i < segments.length; i++) {
      const m = this.registry.memberType(cur, segments[i]);
      if (!m) return undefined;
      if (this.registry.lookup(cur)?.origin === "opaque") this.registry.opaqueType(m);
      cur = m;
    }
    return rawClass(cur);
  }

  /** The declared type of a type node as written, resolved in `scope`; `var` resolves to UNKNOWN. */
  resolve(node: TypeNode, scope: TypeScope): JType {
    const t = this.resolveUncached(node, scope);
    this.types.set(node, t);
    return t;
  }

  private resolveUncached(node: TypeNode, scope: TypeScope): JType {
    switch (node.kind) {
      case "PrimitiveType":
        return node.name === "void" ? VOID : primT(node.name);
      case "ClassType":
        return this.classType(node, scope);
      case "ArrayType": {
        let t = this.resolve(node.elem, scope);
        for (let i = 0; i < node.dims; i++) t = { kind: "array", elem: t };
        return t;
      }
      case "VarType":
        return UNKNOWN;
      case "IntersectionType":
        return { kind: "intersection", types: node.types.map((t) => this.resolve(t, scope)) };
      case "UnionType":
        return this.lub(node.types.map((t) => this.resolve(t, scope)));
    }
  }

  classType(node: ClassType, scope: TypeScope): JType {
    const segs = node.segments;
    let base: JType | undefined;
    if (segs.length === 1) base = this.simpleName(segs[0].name, scope);
    else base = this.qualifiedName(segs.map((s) => s.name), scope);
    if (!base) {
      if (!this.reported.has(node)) {
        this.reported.add(node);
        this.diagnostics.push(
          diagnostic(
            "J2X2001",
            { file: scope.file.file, line: node.line, column: node.col },
            { name: segs.map((s) => s.name).join(".") },
          ),
        );
      }
      return UNKNOWN;
    }
    const args = segs[segs.length - 1].typeArgs;
    if (base.kind !== "class" || !args || args.length === 0) return base;
    return cls(base.fqn, args.map((a) => this.typeArg(a, scope)));
  }

  typeArg(a: TypeArg, scope: TypeScope): JType {
    if (a.kind !== "WildcardType") return this.resolve(a, scope);
    if (!a.bound) return { kind: "wildcard", super: false };
    return { kind: "wildcard", bound: this.resolve(a.bound.type, scope), super: a.bound.kind === "super" };
  }

  /** Records and returns the FQN an annotation's name resolves to. */
  annotation(a: Annotation, scope: TypeScope): string | undefined {
    const known = this.annotationFqns.get(a);
    if (known) return known;
    const t = this.qualifiedName(a.name.split("."), scope);
    if (!t || t.kind !== "class") return undefined;
    this.annotationFqns.set(a, t.fqn);
    return t.fqn;
  }

  /** Least upper bound, simplified to the nearest common superclass (multi-catch, conditionals). */
  lub(types: JType[]): JType {
    const classes = types.filter((t) => t.kind === "class");
    if (classes.length !== types.length || !classes.length) return types[0] ?? UNKNOWN;
    const first = classes[0] as Extract<JType, { kind: "class" }>;
    if (classes.every((t) => t.kind === "class" && t.fqn === first.fqn)) return first;
    for (let cur: string | undefined = first.fqn; cur; ) {
      const c: string = cur;
      if (classes.every((t) => t.kind === "class" && this.registry.isSubclass(t.fqn, c))) return rawClass(c);
      const sup: JType | undefined = this.registry.lookup(c)?.superclass;
      cur = sup && sup.kind === "class" ? sup.fqn : undefined;
    }
    return OBJECT;
  }
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}
