// Conversions, applicability and type-argument inference for method calls (JLS §5, §15.12.2,
// §18 in a simplified form): inference variables are fresh typevar objects compared by identity.

import type { TypeRegistry } from "./registry.js";
import {
  OBJECT,
  asPrim,
  box,
  primWidens,
  rawClass,
  substitute,
  unboxedPrim,
  type ClassT,
  type TypeVarT,
} from "./type-ops.js";
import type { JType, MethodSymbol, TypeParamSymbol } from "./types.js";

/** Owner tag of inference variables, so they never clash with declared type variables. */
const IVAR_OWNER = "?infer";

export function isIvar(t: JType): t is TypeVarT {
  return t.kind === "typevar" && t.owner === IVAR_OWNER;
}

/** One inference problem: the variables of one generic method (or diamond) call. */
export class Inference {
  readonly vars: TypeVarT[];
  readonly bindings = new Map<TypeVarT, JType>();
  /**
   * Variables bound only from above by the target (`R` of `Map<…> m = s.collect(…)`): an argument
   * may still narrow them (`TreeMap::new` makes R a TreeMap), as javac prefers lower bounds.
   */
  private readonly upperOnly = new Set<TypeVarT>();

  constructor(
    readonly registry: TypeRegistry,
    params: TypeParamSymbol[],
  ) {
    this.vars = params.map((p) => ({ kind: "typevar", name: p.name, owner: IVAR_OWNER, bounds: p.bounds }));
  }

  owns(t: JType): t is TypeVarT {
    return t.kind === "typevar" && this.vars.includes(t);
  }

  unbound(t: JType): boolean {
    return mentions(t, (v) => this.owns(v) && !this.bindings.has(v));
  }

  /** Records what `formal` must be for `actual` to be passed to it (actual <: formal). */
  fromArg(formal: JType, actual: JType): void {
    this.unify(formal, actual, true);
  }

  /** Records what `formal` must be for the result to be assigned to `target` (formal <: target). */
  fromTarget(formal: JType, target: JType): void {
    this.unify(formal, target, false, true);
  }

  /** Whether `v` is unbound or bound only from above by a target. */
  open(v: TypeVarT): boolean {
    return !this.bindings.has(v) || this.upperOnly.has(v);
  }

  private unify(formal: JType, actual: JType, argMode: boolean, top = false): void {
    if (actual.kind === "unknown" || actual.kind === "null" || isIvar(actual)) return;
    switch (formal.kind) {
      case "typevar": {
        if (!this.owns(formal)) return;
        // A type still holding another call's inference variables (a target `Collection<? extends E>`
        // of an enclosing diamond) says nothing yet: binding it would leak that variable.
        if (mentions(actual, isIvar)) return;
        if (actual.kind === "wildcard") {
          if (actual.bound && argMode) this.bind(formal, actual.bound);
          else if (actual.bound) this.bindTarget(formal, actual.bound, !actual.super);
          return;
        }
        if (argMode) this.bindLower(formal, box(actual));
        else this.bindTarget(formal, box(actual), top);
        return;
      }
      case "wildcard":
        if (formal.bound) this.unify(formal.bound, actual.kind === "wildcard" ? (actual.bound ?? OBJECT) : actual, argMode);
        return;
      case "array":
        if (actual.kind === "array") this.unify(formal.elem, actual.elem, argMode);
        return;
      case "class": {
        if (!formal.args.length) return;
        const a = actual.kind === "wildcard" ? actual.bound : actual;
        if (!a) return;
        const ac = this.asClass(a);
        if (!ac) return;
        let f: ClassT | undefined = formal;
        let act: ClassT | undefined = ac;
        if (argMode) act = this.registry.asSuper(ac, formal.fqn);
        else f = this.registry.asSuper(formal, ac.fqn);
        if (!f || !act || f.args.length !== act.args.length) return;
        for (let i = 0; i < f.args.length; i++) this.unify(f.args[i], act.args[i], argMode);
        return;
      }
      default:
        return;
    }
  }

  private asClass(t: JType): ClassT | undefined {
    if (t.kind === "class") return t;
    if (t.kind === "typevar" && t.bounds && t.bounds.length) return this.asClass(t.bounds[0]);
    if (t.kind === "intersection" && t.types.length) return this.asClass(t.types[0]);
    return undefined;
  }

  private bind(v: TypeVarT, t: JType): void {
    if (!this.bindings.has(v)) this.bindings.set(v, t);
  }

  private bindTarget(v: TypeVarT, t: JType, upper: boolean): void {
    if (this.bindings.has(v)) return;
    this.bindings.set(v, t);
    if (upper) this.upperOnly.add(v);
  }

  /**
   * A lower bound from an argument: several arguments for one variable (`List.of(created, stockLow)`)
   * widen it to their least common supertype, as javac's lub does, instead of keeping the first.
   */
  private bindLower(v: TypeVarT, t: JType): void {
    const cur = this.bindings.get(v);
    if (cur && this.upperOnly.has(v)) {
      if (cur.kind === "class" && t.kind === "class" && cur.fqn !== t.fqn && this.registry.isSubclass(t.fqn, cur.fqn)) {
        this.bindings.set(v, t);
        this.upperOnly.delete(v);
      }
      return;
    }
    if (!cur || cur.kind !== "class" || t.kind !== "class" || cur.fqn === t.fqn || this.registry.isSubclass(t.fqn, cur.fqn)) {
      this.bind(v, t);
      return;
    }
    if (this.registry.isSubclass(cur.fqn, t.fqn)) {
      this.bindings.set(v, t);
      return;
    }
    this.bindings.set(v, this.commonSupertype(cur, t));
  }

  /** The nearest supertype of `a` that `b` also has; among equally near ones, a source type first (an interface both implement over Record). */
  private commonSupertype(a: ClassT, b: ClassT): JType {
    let level: ClassT[] = [a];
    const seen = new Set<string>([a.fqn]);
    while (level.length) {
      const next: ClassT[] = [];
      for (const c of level) {
        const sym = this.registry.lookup(c.fqn);
        if (!sym) continue;
        for (const s of this.registry.supertypes(sym)) {
          if (s.kind !== "class" || seen.has(s.fqn) || s.fqn === OBJECT.fqn) continue;
          seen.add(s.fqn);
          const view = this.registry.asSuper(a, s.fqn);
          if (view) next.push(view);
        }
      }
      const common = next.filter((c) => this.registry.isSubclass(b.fqn, c.fqn));
      if (common.length) return common.find((c) => this.registry.lookup(c.fqn)?.origin === "source") ?? common[0];
      level = next;
    }
    return OBJECT;
  }

  /** The declared bound of variable `v` (`M extends Map<K, D>`) in terms of this call's variables and bindings. */
  boundOf(v: TypeVarT): JType | undefined {
    const b = v.bounds?.[0];
    if (!b) return undefined;
    return this.apply(substitute(b, { names: this.vars.map((x) => x.name), types: this.vars }), false);
  }

  /**
   * `formal` as the target of a nested poly argument: a variable bound only from above becomes
   * `? extends` its bound inside type arguments, so the argument may still choose a subtype.
   */
  applyAsTarget(formal: JType): JType {
    if (!this.upperOnly.size) return this.apply(formal, false);
    const widen = (t: JType): JType => {
      if (t.kind === "wildcard") return t.bound ? { kind: "wildcard", bound: widen(t.bound), super: t.super } : t;
      if (t.kind !== "class" || !t.args.length) return t;
      return { kind: "class", fqn: t.fqn, args: t.args.map((a) => (a.kind === "typevar" && this.upperOnly.has(a) ? { kind: "wildcard", bound: this.bindings.get(a)!, super: false } : widen(a))) };
    };
    return this.apply(widen(formal), false);
  }

  /** Substitutes bound variables; `finish` also replaces unbound ones by their erased bound. */
  apply(t: JType, finish: boolean): JType {
    return replaceVars(t, (v) => {
      if (!this.owns(v)) return undefined;
      const b = this.bindings.get(v);
      if (b) return b;
      return finish ? unboundDefault(v) : undefined;
    });
  }
}

/** What a type variable no inference bound stands for: its erased first bound, else Object. */
export function unboundDefault(v: TypeVarT): JType {
  return v.bounds && v.bounds.length && v.bounds[0].kind === "class" ? rawClass(v.bounds[0].fqn) : OBJECT;
}

function mentions(t: JType, pred: (v: TypeVarT) => boolean): boolean {
  switch (t.kind) {
    case "typevar":
      return pred(t);
    case "class":
      for (const a of t.args) if (mentions(a, pred)) return true;
      return false;
    case "array":
      return mentions(t.elem, pred);
    case "wildcard":
      return t.bound ? mentions(t.bound, pred) : false;
    default:
      return false;
  }
}

/** Replaces type variables for which `f` returns a type (by identity, not name). */
export function replaceVars(t: JType, f: (v: TypeVarT) => JType | undefined): JType {
  switch (t.kind) {
    case "typevar":
      return f(t) ?? t;
    case "class": {
      if (!t.args.length) return t;
      let changed = false;
      const args = t.args.map((a) => {
        const r = replaceVars(a, f);
        if (r !== a) changed = true;
        return r;
      });
      return changed ? { kind: "class", fqn: t.fqn, args } : t;
    }
    case "array": {
      const e = replaceVars(t.elem, f);
      return e === t.elem ? t : { kind: "array", elem: e };
    }
    case "wildcard": {
      if (!t.bound) return t;
      const b = replaceVars(t.bound, f);
      return b === t.bound ? t : { kind: "wildcard", bound: b, super: t.super };
    }
    default:
      return t;
  }
}

/** Method signature instantiated for one call: declaring-type arguments and method variables applied. */
export function instantiate(registry: TypeRegistry, m: MethodSymbol, owner: ClassT, inf: Inference | undefined): { params: JType[]; ret: JType } {
  const ownerSym = registry.lookup(owner.fqn);
  const cs = ownerSym && ownerSym.typeParams.length ? registry.substFor(ownerSym, owner) : undefined;
  const names: string[] = [];
  const types: JType[] = [];
  if (inf) {
    for (let i = 0; i < m.typeParams.length; i++) {
      names.push(m.typeParams[i].name);
      types.push(inf.vars[i]);
    }
  }
  if (cs) {
    names.push(...cs.names);
    types.push(...cs.types);
  }
  if (!names.length) return { params: m.params, ret: m.returnType };
  const s = { names, types };
  return { params: m.params.map((p) => substitute(p, s)), ret: substitute(m.returnType, s) };
}

/**
 * Method-invocation conversion (JLS §5.3), erasure-based and lenient where the model is
 * incomplete: unknown types and type variables accept anything of the right shape.
 */
export function convertible(registry: TypeRegistry, s: JType, t: JType, boxing: boolean): boolean {
  if (s.kind === "unknown" || t.kind === "unknown") return true;
  if (t.kind === "wildcard") return t.bound && !t.super ? convertible(registry, s, t.bound, boxing) : true;
  if (s.kind === "prim") {
    if (t.kind === "prim") return primWidens(s.name, t.name);
    return boxing && refSubtype(registry, box(s), t);
  }
  if (s.kind === "void") return false;
  if (t.kind === "prim") {
    if (s.kind === "null") return false;
    const u = unboxedPrim(s);
    return boxing && u !== undefined && primWidens(u.name, t.name);
  }
  return refSubtype(registry, s, t);
}

/** Erasure subtyping between reference types. */
function refSubtype(registry: TypeRegistry, s: JType, t: JType): boolean {
  if (s.kind === "null" || s.kind === "unknown") return true;
  switch (t.kind) {
    case "typevar":
    case "unknown":
      return true;
    case "wildcard":
      return t.bound && !t.super ? refSubtype(registry, s, t.bound) : true;
    case "intersection":
      return t.types.every((x) => refSubtype(registry, s, x));
    case "class":
      switch (s.kind) {
        case "class":
          return registry.isSubclass(s.fqn, t.fqn);
        case "array":
          return t.fqn === "java.lang.Object" || t.fqn === "java.lang.Cloneable" || t.fqn === "java.io.Serializable";
        case "typevar":
          return s.bounds && s.bounds.length ? s.bounds.some((b) => refSubtype(registry, b, t)) : t.fqn === "java.lang.Object" || isIvar(s);
        case "intersection":
          return s.types.some((x) => refSubtype(registry, x, t));
        case "wildcard":
          return refSubtype(registry, s.bound && !s.super ? s.bound : OBJECT, t);
        default:
          return false;
      }
    case "array":
      if (s.kind !== "array") return s.kind === "typevar" && isIvar(s);
      if (s.elem.kind === "prim" || t.elem.kind === "prim") return s.elem.kind === t.elem.kind && asPrim(s.elem)?.name === asPrim(t.elem)?.name;
      return refSubtype(registry, s.elem, t.elem);
    default:
      return false;
  }
}

/** Subtyping used to rank overloads (JLS §15.12.2.5): primitives by widening, references by erasure. */
export function moreSpecificParam(registry: TypeRegistry, a: JType, b: JType): boolean {
  if (a.kind === "prim" && b.kind === "prim") return primWidens(a.name, b.name);
  if (a.kind === "prim" || b.kind === "prim") return false;
  if (b.kind === "typevar") return true;
  if (a.kind === "typevar") return b.kind === "class" && b.fqn === "java.lang.Object";
  return refSubtype(registry, a, b);
}
