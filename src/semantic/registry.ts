// The one table of types (source, JDK, opaque) and the hierarchy queries over it: supertypes
// viewed with generic arguments, inherited members and erasure subtyping, each cached per type
// because attribution asks the same questions for every call site.

import {
  OBJECT,
  cls,
  erasureKey,
  rawClass,
  substitute,
  type ClassT,
  type Subst,
} from "./type-ops.js";
import type { FieldSymbol, JType, MethodSymbol, TypeSymbol } from "./types.js";

/** What the semantic model needs from the JDK model (`src/semantic/jdk`). */
export interface TypeProvider {
  getType(fqn: string): TypeSymbol | undefined;
  hasPackage(pkg: string): boolean;
  /** Simple names of the package's top-level types. */
  typesInPackage(pkg: string): string[];
}

/** The bundled third-party stubs (`src/semantic/library`), parsed on first reference. */
export interface LibraryProvider {
  /** Declares the stub file holding `fqn` (a top-level or member type) if there is one; the registry then finds it. */
  load(fqn: string): void;
  hasPackage(pkg: string): boolean;
}

/** A member together with its declaring type as seen from the type it was looked up in. */
export interface MethodView {
  m: MethodSymbol;
  /** The declaring type, with arguments in terms of the looked-up type's own type variables. */
  owner: ClassT;
}

export interface FieldView {
  f: FieldSymbol;
  owner: ClassT;
}

const OBJECT_FQN = "java.lang.Object";

export class TypeRegistry {
  private readonly source = new Map<string, TypeSymbol>();
  /** Every lookup's answer, misses included; declaring a type overwrites its entry. */
  private readonly all = new Map<string, TypeSymbol | null>();
  /** Top-level source types by package, then simple name. */
  readonly sourcePackages = new Map<string, Map<string, string>>();
  private readonly opaque = new Map<string, TypeSymbol>();
  private readonly library = new Map<string, TypeSymbol>();
  /** Set by `analyze` unless library stubs are turned off. */
  libraryProvider: LibraryProvider | undefined = undefined;
  private readonly selfTypes = new Map<string, ClassT>();
  private readonly superCache = new Map<string, JType[]>();
  private readonly asSuperCache = new Map<string, Map<string, ClassT | null>>();
  private readonly methodCache = new Map<string, Map<string, MethodView[]>>();
  private readonly fieldCache = new Map<string, Map<string, FieldView | null>>();
  private readonly memberTypeCache = new Map<string, Map<string, string | null>>();
  /**
   * Source FQNs declared more than once (85 sample programs each with `Main`, services each with
   * `com.acme.config.WebConfig`): canonical FQN → every declaration's identity and directory, in
   * file order. The first declaration keeps the canonical FQN as its identity.
   */
  private readonly duplicates = new Map<string, { key: string; dir: string }[]>();
  /** Nearest-declaration answers per canonical FQN and referencing directory. */
  private readonly nearestCache = new Map<string, string>();
  /** Completes a source type's header (type parameters, supertypes) on first use. */
  ensureHeader: (sym: TypeSymbol) => void = () => {};

  constructor(readonly jdk: TypeProvider | undefined) {}

  lookup(fqn: string): TypeSymbol | undefined {
    let t = this.all.get(fqn);
    if (t === undefined) {
      t = this.source.get(fqn) ?? this.jdk?.getType(fqn) ?? this.libraryType(fqn) ?? this.opaque.get(fqn) ?? null;
      this.all.set(fqn, t);
    }
    return t ?? undefined;
  }

  addSource(sym: TypeSymbol): void {
    this.source.set(sym.fqn, sym);
    this.all.set(sym.fqn, sym);
  }

  sourceType(fqn: string): TypeSymbol | undefined {
    return this.source.get(fqn);
  }

  /** Registers a type declared by a library stub. */
  addLibrary(sym: TypeSymbol): void {
    this.library.set(sym.fqn, sym);
    this.all.set(sym.fqn, sym);
  }

  private libraryType(fqn: string): TypeSymbol | undefined {
    const known = this.library.get(fqn);
    if (known || !this.libraryProvider) return known;
    this.libraryProvider.load(fqn);
    return this.library.get(fqn);
  }

  /**
   * A fresh identity for another source declaration of `canonical` declared in `file`:
   * `Main$2`, `Main$3`… (`$` keeps it a valid Java binary-name-like string, so emitters that
   * derive identifiers from `fqn` still get distinct, legal names).
   */
  duplicateKey(canonical: string): string {
    let n = (this.duplicates.get(canonical)?.length ?? 1) + 1;
    while (this.all.get(`${canonical}$${n}`)) n++;
    return `${canonical}$${n}`;
  }

  /** Records that source type `key` is one more declaration of `canonical`, declared in `file`. */
  addDuplicate(canonical: string, key: string, file: string): void {
    let list = this.duplicates.get(canonical);
    if (!list) {
      list = [];
      const first = this.source.get(canonical);
      if (first?.file !== undefined) list.push({ key: canonical, dir: dirOf(first.file) });
      this.duplicates.set(canonical, list);
    }
    list.push({ key, dir: dirOf(file) });
    this.nearestCache.clear();
  }

  /** Identities of every declaration of a canonical FQN declared more than once, in file order. */
  declarationKeys(canonical: string): string[] | undefined {
    return this.duplicates.get(canonical)?.map((d) => d.key);
  }

  /** Canonical FQNs declared in more than one place, with every declaration's identity. */
  duplicatedTypes(): Map<string, string[]> {
    return new Map([...this.duplicates].map(([fqn, list]) => [fqn, list.map((d) => d.key)]));
  }

  /**
   * The identity a canonical FQN written in `from` denotes: itself unless several source files
   * declare it, else the declaration whose file shares the longest directory prefix with `from`
   * (the first in file order on a tie, or when `from` is not given).
   */
  resolveFqn(fqn: string, from?: string): string {
    const list = this.duplicates.get(fqn);
    if (!list) return fqn;
    if (from === undefined) return list[0].key;
    const dir = dirOf(from);
    const cacheKey = `${fqn}\0${dir}`;
    let best = this.nearestCache.get(cacheKey);
    if (best === undefined) {
      let bestLen = -1;
      for (const d of list) {
        const len = commonDirPrefix(d.dir, dir);
        if (len > bestLen) {
          bestLen = len;
          best = d.key;
        }
      }
      this.nearestCache.set(cacheKey, best!);
    }
    return best!;
  }

  /** `lookup` of a canonical FQN as written in file `from` (see `resolveFqn`). */
  lookupFrom(fqn: string, from: string | undefined): TypeSymbol | undefined {
    return this.lookup(this.resolveFqn(fqn, from));
  }

  /** The opaque symbol for a third-party type known only by name, created on first mention. */
  opaqueType(fqn: string): TypeSymbol {
    let t = this.opaque.get(fqn);
    if (!t) {
      const known = this.lookup(fqn);
      if (known) return known;
      const dot = fqn.lastIndexOf(".");
      t = {
        fqn,
        name: fqn.slice(dot + 1),
        pkg: dot < 0 ? "" : fqn.slice(0, dot),
        kind: "class",
        typeParams: [],
        interfaces: [],
        fields: [],
        methods: [],
        nested: [],
        inner: false,
        abstract: false,
        final: false,
        access: "public",
        origin: "opaque",
      };
      this.opaque.set(fqn, t);
      this.all.set(fqn, t);
    }
    return t;
  }

  /** A package known only through the library stubs, which declare just a few of its types. */
  isPartialPackage(pkg: string): boolean {
    return (this.libraryProvider?.hasPackage(pkg) ?? false) && !this.sourcePackages.has(pkg) && !(this.jdk?.hasPackage(pkg) ?? false);
  }

  isPackage(pkg: string): boolean {
    return this.sourcePackages.has(pkg) || (this.jdk?.hasPackage(pkg) ?? false) || (this.libraryProvider?.hasPackage(pkg) ?? false);
  }

  /** Identity of top-level type `name` in `pkg` (source first, nearest to file `from`, then JDK, then library stubs). */
  typeInPackage(pkg: string, name: string, from?: string): string | undefined {
    const fromSource = this.sourcePackages.get(pkg)?.get(name);
    if (fromSource) return this.resolveFqn(fromSource, from);
    if (!this.jdk && !this.libraryProvider) return undefined;
    const fqn = pkg ? `${pkg}.${name}` : name;
    const t = this.lookup(fqn);
    return t && (t.origin === "jdk" || t.origin === "library") ? fqn : undefined;
  }

  /** The type applied to its own type variables: `List<E>` for `java.util.List`. */
  selfType(sym: TypeSymbol): ClassT {
    let t = this.selfTypes.get(sym.fqn);
    if (!t) {
      t = cls(
        sym.fqn,
        sym.typeParams.map((p) => ({ kind: "typevar", name: p.name, owner: sym.fqn, bounds: p.bounds })),
      );
      this.selfTypes.set(sym.fqn, t);
    }
    return t;
  }

  /** Direct supertypes in terms of the type's own variables; `Object` stands in when none is declared. */
  supertypes(sym: TypeSymbol): JType[] {
    let s = this.superCache.get(sym.fqn);
    if (s) return s;
    this.ensureHeader(sym);
    s = [];
    // Interfaces and opaque types also see Object's members.
    if (sym.superclass) s.push(sym.superclass);
    else if (sym.fqn !== OBJECT_FQN) s.push(OBJECT);
    for (const i of sym.interfaces) s.push(i);
    this.superCache.set(sym.fqn, s);
    return s;
  }

  /** `t` viewed as its supertype `target` (`ArrayList<String>` as `List` → `List<String>`). */
  asSuper(t: ClassT, target: string): ClassT | undefined {
    if (t.fqn === target) return t;
    let perType = this.asSuperCache.get(t.fqn);
    if (!perType) {
      perType = new Map();
      this.asSuperCache.set(t.fqn, perType);
    }
    let generic = perType.get(target);
    if (generic === undefined) {
      perType.set(target, null); // cycle guard for malformed hierarchies
      generic = this.findSuper(t.fqn, target, new Set()) ?? null;
      perType.set(target, generic);
    }
    if (!generic) return undefined;
    const sym = this.lookup(t.fqn);
    if (!sym || !sym.typeParams.length) return generic;
    if (!t.args.length) return rawClass(generic.fqn);
    return substitute(generic, this.substFor(sym, t)) as ClassT;
  }

  private findSuper(fqn: string, target: string, seen: Set<string>): ClassT | undefined {
    if (seen.has(fqn)) return undefined;
    seen.add(fqn);
    const sym = this.lookup(fqn);
    if (!sym) return undefined;
    for (const s of this.supertypes(sym)) {
      if (s.kind !== "class") continue;
      if (s.fqn === target) return s;
      const up = this.findSuper(s.fqn, target, seen);
      if (!up) continue;
      const ssym = this.lookup(s.fqn);
      if (!ssym || !ssym.typeParams.length) return up;
      if (!s.args.length) return rawClass(up.fqn);
      return substitute(up, this.substFor(ssym, s)) as ClassT;
    }
    return undefined;
  }

  /** Erasure subtyping between class FQNs; opaque types relate only to Object, themselves and other opaque types. */
  isSubclass(sub: string, sup: string): boolean {
    if (sub === sup || sup === OBJECT_FQN) return true;
    const s = this.lookup(sub);
    if (!s) return false;
    if (s.origin === "opaque") return this.lookup(sup)?.origin === "opaque";
    return this.asSuper(rawClass(sub), sup) !== undefined;
  }

  /** Binds a type's own variables to the arguments of `t` (which must be a parameterisation of it). */
  substFor(sym: TypeSymbol, t: ClassT): Subst {
    const names = sym.typeParams.map((p) => p.name);
    if (t.args.length === names.length) return { names, types: t.args.map((a, i) => capturedBound(a, sym.typeParams[i].bounds)) };
    // Raw use: type variables read as their erasure.
    return { names, types: sym.typeParams.map((p) => (p.bounds.length ? eraseToClass(p.bounds[0]) : OBJECT)) };
  }

  /** Methods named `name` declared in or inherited by `fqn`, overridden ones removed, nearest first. */
  methodsNamed(fqn: string, name: string): MethodView[] {
    let perType = this.methodCache.get(fqn);
    if (!perType) {
      perType = new Map();
      this.methodCache.set(fqn, perType);
    }
    let views = perType.get(name);
    if (views) return views;
    views = [];
    perType.set(name, views); // cycle guard
    const sym = this.lookup(fqn);
    if (sym) {
      const self = this.selfType(sym);
      const keys = new Set<string>();
      for (const m of sym.methods) {
        if (m.name !== name) continue;
        views.push({ m, owner: self });
        keys.add(sigKey(m, undefined));
      }
      if (name !== "<init>") {
        for (const s of this.supertypes(sym)) {
          if (s.kind !== "class") continue;
          const ssym = this.lookup(s.fqn);
          if (!ssym) continue;
          const subst = ssym.typeParams.length ? this.substFor(ssym, s) : undefined;
          for (const v of this.methodsNamed(s.fqn, name)) {
            // Static interface methods are not inherited (JLS §8.4.8).
            if (v.m.static && this.lookup(v.owner.fqn)?.kind === "interface") continue;
            const owner = subst ? (substitute(v.owner, subst) as ClassT) : v.owner;
            const ownerSym = this.lookup(owner.fqn);
            const key = sigKey(v.m, ownerSym && ownerSym.typeParams.length ? this.substFor(ownerSym, owner) : undefined);
            if (keys.has(key)) continue;
            keys.add(key);
            views.push({ m: v.m, owner });
          }
        }
      }
    }
    return views;
  }

  /** The field `name` visible in `fqn` (own first, then superclass, then interfaces). */
  fieldNamed(fqn: string, name: string): FieldView | undefined {
    return memoized(this.fieldCache, fqn, name, () => {
      const sym = this.lookup(fqn);
      if (!sym) return undefined;
      const f = sym.fields.find((x) => x.name === name);
      if (f) return { f, owner: this.selfType(sym) };
      for (const s of this.supertypes(sym)) {
        if (s.kind !== "class") continue;
        const up = this.fieldNamed(s.fqn, name);
        if (!up) continue;
        const ssym = this.lookup(s.fqn);
        const owner = ssym && ssym.typeParams.length ? (substitute(up.owner, this.substFor(ssym, s)) as ClassT) : up.owner;
        return { f: up.f, owner };
      }
      return undefined;
    });
  }

  /** FQN of member type `name` of `fqn`, declared or inherited. */
  memberType(fqn: string, name: string): string | undefined {
    return memoized(this.memberTypeCache, fqn, name, () => {
      const sym = this.lookup(fqn);
      if (!sym) return undefined;
      if (sym.origin === "opaque") return `${fqn}.${name}`;
      const suffix = "." + name;
      const own = sym.nested.find((n) => n.endsWith(suffix) && n.length === fqn.length + suffix.length);
      if (own) return own;
      for (const s of this.supertypes(sym)) {
        if (s.kind !== "class") continue;
        const up = this.memberType(s.fqn, name);
        if (up) return up;
      }
      return undefined;
    });
  }

  /** The single abstract method of a functional interface, with its declaring type as seen from `fqn`. */
  functionalMethod(fqn: string): MethodView | undefined {
    const sym = this.lookup(fqn);
    if (!sym || sym.kind !== "interface") return undefined;
    let found: MethodView | undefined;
    const seen = new Set<string>();
    const visit = (s: TypeSymbol, view: ClassT): boolean => {
      if (seen.has(s.fqn)) return true;
      seen.add(s.fqn);
      for (const m of s.methods) {
        if (!m.abstract || m.static || m.default || isObjectMethod(m)) continue;
        if (found && found.m.name === m.name && found.m.params.length === m.params.length) continue;
        if (found) return false;
        found = { m, owner: view };
      }
      for (const i of this.supertypes(s)) {
        if (i.kind !== "class" || i.fqn === OBJECT_FQN) continue;
        const isym = this.lookup(i.fqn);
        if (!isym) continue;
        const iview = s.typeParams.length ? (substitute(i, this.substFor(s, view)) as ClassT) : i;
        if (!visit(isym, iview)) return false;
      }
      return true;
    };
    if (!visit(sym, this.selfType(sym))) return undefined;
    return found;
  }
}

/** The directory part of a file path, with `/` separators. */
function dirOf(file: string): string {
  const f = file.replace(/\\/g, "/");
  const slash = f.lastIndexOf("/");
  return slash < 0 ? "" : f.slice(0, slash);
}

/** How many leading directory segments two directories share. */
function commonDirPrefix(a: string, b: string): number {
  if (a === b) return Number.MAX_SAFE_INTEGER; // the same directory beats any shared prefix
  const as = a.split("/");
  const bs = b.split("/");
  let n = 0;
  while (n < as.length && n < bs.length && as[n] === bs[n]) n++;
  return n;
}

function isObjectMethod(m: MethodSymbol): boolean {
  return (
    (m.name === "equals" && m.params.length === 1) ||
    (m.name === "hashCode" && m.params.length === 0) ||
    (m.name === "toString" && m.params.length === 0)
  );
}

function eraseToClass(t: JType): JType {
  if (t.kind === "class") return rawClass(t.fqn);
  if (t.kind === "typevar") return t.bounds && t.bounds.length ? eraseToClass(t.bounds[0]) : OBJECT;
  return t;
}

function sigKey(m: MethodSymbol, s: Subst | undefined): string {
  let k = "";
  for (const p of m.params) k += erasureKey(s ? substitute(p, s) : p) + ",";
  return k;
}

/**
 * A per-(type, name) lookup cached in `cache`. While it runs the entry holds `null`, so a cycle in
 * the supertype graph ends the recursion with "not found" instead of looping.
 */
function memoized<T>(cache: Map<string, Map<string, T | null>>, fqn: string, name: string, compute: () => T | undefined): T | undefined {
  let perType = cache.get(fqn);
  if (!perType) {
    perType = new Map();
    cache.set(fqn, perType);
  }
  const known = perType.get(name);
  if (known !== undefined) return known ?? undefined;
  perType.set(name, null);
  const v = compute();
  perType.set(name, v ?? null);
  return v;
}

/**
 * An unbounded `?` read through a parameter declared `E extends Event` stands for some subtype of
 * Event (capture conversion, JLS §5.1.10): `? extends Event`, so `sub.get().source()` resolves.
 * Only bounds without type variables, which mean the same outside their declaration.
 */
function capturedBound(arg: JType, bounds: JType[]): JType {
  const b = bounds[0];
  if (arg.kind !== "wildcard" || arg.bound || b?.kind !== "class" || b.fqn === OBJECT_FQN || mentionsTypeVars(b)) return arg;
  return { kind: "wildcard", bound: b, super: false };
}

function mentionsTypeVars(t: JType): boolean {
  if (t.kind === "typevar") return true;
  if (t.kind === "class") return t.args.some(mentionsTypeVars);
  if (t.kind === "array") return mentionsTypeVars(t.elem);
  if (t.kind === "wildcard") return !!t.bound && mentionsTypeVars(t.bound);
  return false;
}
