// Pure operations on JTypes that need no symbol table: interning, boxing, numeric promotion,
// substitution of type variables and erasure keys. Kept free of lookups so they stay cheap.

import type { PrimitiveName } from "../parse/ast.js";
import { UNKNOWN, type JType } from "./types.js";

export type ClassT = Extract<JType, { kind: "class" }>;
export type PrimT = Extract<JType, { kind: "prim" }>;
export type TypeVarT = Extract<JType, { kind: "typevar" }>;

const NO_ARGS: JType[] = [];
const rawCache = new Map<string, ClassT>();

/** The shared, non-generic (or raw) class type for `fqn`; never mutate the result. */
export function rawClass(fqn: string): ClassT {
  let t = rawCache.get(fqn);
  if (!t) {
    t = { kind: "class", fqn, args: NO_ARGS };
    rawCache.set(fqn, t);
  }
  return t;
}

export function cls(fqn: string, args: JType[]): ClassT {
  return args.length ? { kind: "class", fqn, args } : rawClass(fqn);
}

const primCache = new Map<string, PrimT>();
for (const n of ["boolean", "byte", "short", "char", "int", "long", "float", "double"] as PrimitiveName[]) {
  primCache.set(n, { kind: "prim", name: n });
}
export function primT(name: PrimitiveName): PrimT {
  return primCache.get(name)!;
}

export const BOOLEAN = primT("boolean");
export const INT = primT("int");
export const LONG = primT("long");
export const FLOAT = primT("float");
export const DOUBLE = primT("double");
export const CHAR = primT("char");
export const OBJECT = rawClass("java.lang.Object");
export const STRING = rawClass("java.lang.String");

const BOX: Record<PrimitiveName, string> = {
  boolean: "java.lang.Boolean",
  byte: "java.lang.Byte",
  short: "java.lang.Short",
  char: "java.lang.Character",
  int: "java.lang.Integer",
  long: "java.lang.Long",
  float: "java.lang.Float",
  double: "java.lang.Double",
};
const UNBOX = new Map<string, PrimitiveName>(Object.entries(BOX).map(([p, c]) => [c, p as PrimitiveName]));

export function box(t: JType): JType {
  return t.kind === "prim" ? rawClass(BOX[t.name]) : t;
}

/** The primitive a boxed class unboxes to, or undefined. */
export function unboxedPrim(t: JType): PrimT | undefined {
  if (t.kind !== "class") return undefined;
  const p = UNBOX.get(t.fqn);
  return p ? primT(p) : undefined;
}

/** `t` itself when primitive, its unboxed primitive when a box, else undefined. */
export function asPrim(t: JType): PrimT | undefined {
  return t.kind === "prim" ? t : unboxedPrim(t);
}

const NUMERIC_RANK: Record<PrimitiveName, number> = {
  boolean: -1,
  byte: 1,
  short: 2,
  char: 2,
  int: 3,
  long: 4,
  float: 5,
  double: 6,
};

function isNumericPrim(p: PrimT): boolean {
  return p.name !== "boolean";
}

/** JLS §5.6: unary numeric promotion. */
export function unaryPromote(t: JType): JType {
  const p = asPrim(t);
  if (!p || !isNumericPrim(p)) return UNKNOWN;
  return NUMERIC_RANK[p.name] < 3 ? INT : p;
}

/** JLS §5.6: binary numeric promotion. */
export function binaryPromote(a: JType, b: JType): JType {
  const pa = asPrim(a);
  const pb = asPrim(b);
  if (!pa || !pb || !isNumericPrim(pa) || !isNumericPrim(pb)) return UNKNOWN;
  if (pa.name === "double" || pb.name === "double") return DOUBLE;
  if (pa.name === "float" || pb.name === "float") return FLOAT;
  if (pa.name === "long" || pb.name === "long") return LONG;
  return INT;
}

/** JLS §5.1.2: widening primitive conversion (or identity). */
export function primWidens(from: PrimitiveName, to: PrimitiveName): boolean {
  if (from === to) return true;
  if (from === "boolean" || to === "boolean") return false;
  if (to === "char") return false;
  if (from === "char") return NUMERIC_RANK[to] >= 3;
  return NUMERIC_RANK[from] < NUMERIC_RANK[to];
}

export function isStringType(t: JType): boolean {
  return t.kind === "class" && t.fqn === "java.lang.String";
}

/** Type-variable bindings matched by name; earlier entries shadow later ones (method over class). */
export interface Subst {
  names: string[];
  types: JType[];
}

function lookupSubst(s: Subst, name: string): JType | undefined {
  const names = s.names;
  for (let i = 0; i < names.length; i++) if (names[i] === name) return s.types[i];
  return undefined;
}

/** Replaces type variables bound in `s`; returns `t` itself when nothing changed, so callers can share. */
export function substitute(t: JType, s: Subst): JType {
  if (s.names.length === 0) return t;
  switch (t.kind) {
    case "typevar":
      return lookupSubst(s, t.name) ?? t;
    case "class": {
      if (t.args.length === 0) return t;
      let out: JType[] | undefined;
      for (let i = 0; i < t.args.length; i++) {
        const a = substitute(t.args[i], s);
        if (a !== t.args[i] && !out) out = t.args.slice(0, i);
        if (out) out.push(a);
      }
      return out ? { kind: "class", fqn: t.fqn, args: out } : t;
    }
    case "array": {
      const e = substitute(t.elem, s);
      return e === t.elem ? t : { kind: "array", elem: e };
    }
    case "wildcard": {
      if (!t.bound) return t;
      const b = substitute(t.bound, s);
      return b === t.bound ? t : { kind: "wildcard", bound: b, super: t.super };
    }
    case "intersection": {
      const ts = t.types.map((x) => substitute(x, s));
      return { kind: "intersection", types: ts };
    }
    default:
      return t;
  }
}

/** The upper bound a wildcard stands for when read (capture, simplified); other types unchanged. */
export function upperOf(t: JType): JType {
  if (t.kind !== "wildcard") return t;
  return t.bound && !t.super ? t.bound : OBJECT;
}

/** The type a wildcard stands for when written to (`? super T` → T). */
export function lowerOrUpper(t: JType): JType {
  if (t.kind !== "wildcard") return t;
  return t.bound ?? OBJECT;
}

/** Erasure as a short string key, used to compare signatures for overriding. */
export function erasureKey(t: JType): string {
  switch (t.kind) {
    case "prim":
      return t.name;
    case "class":
      return t.fqn;
    case "array":
      return erasureKey(t.elem) + "[]";
    case "typevar":
      return t.bounds && t.bounds.length ? erasureKey(t.bounds[0]) : "java.lang.Object";
    case "intersection":
      return t.types.length ? erasureKey(t.types[0]) : "java.lang.Object";
    default:
      return "java.lang.Object";
  }
}

/** Structural equality, used by inference to notice conflicting bindings. */
export function sameType(a: JType, b: JType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "prim":
      return a.name === (b as PrimT).name;
    case "class": {
      const bc = b as ClassT;
      if (a.fqn !== bc.fqn || a.args.length !== bc.args.length) return false;
      for (let i = 0; i < a.args.length; i++) if (!sameType(a.args[i], bc.args[i])) return false;
      return true;
    }
    case "array":
      return sameType(a.elem, (b as Extract<JType, { kind: "array" }>).elem);
    case "typevar":
      return a.name === (b as TypeVarT).name && a.owner === (b as TypeVarT).owner;
    default:
      return false;
  }
}
