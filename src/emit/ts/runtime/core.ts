// Java's String.valueOf / equals / hashCode for runtime values, boxing helpers and natural ordering.
import { dstr, fstr } from "./dtoa.js";
import { ClassCastException, NullPointerException } from "./exceptions.js";

/**
 * What a JS `number` (or bigint) stands for in Java. The emitter knows static types; containers
 * that must render or hash elements without that knowledge take a Kind. "obj" means: decide from the
 * value (integral numbers in int range behave as Integer, others as Double).
 */
export type Kind = "int" | "long" | "short" | "byte" | "char" | "float" | "double" | "boolean" | "obj";

/** Optional Java methods a translated class may implement. */
export interface JavaObject {
  equals?(o: unknown): boolean;
  hashCode?(): number;
  toString(): string;
  compareTo?(o: unknown): number;
}

/* ---------- String.valueOf ---------- */

export const istr = (x: number): string => String(x);
export const cstr = (c: number): string => String.fromCharCode(c);
export const charToString = cstr;
export const bstr = (b: boolean): string => (b ? "true" : "false");
export { dstr, fstr };

/**
 * String.valueOf(Object) for a runtime value. Numbers are ambiguous here: integral values print
 * as int, others as double. The emitter calls dstr/fstr/cstr directly when it knows the type.
 */
export function str(v: unknown): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return Number.isInteger(v) && !Object.is(v, -0) && v >= -(2 ** 31) && v < 2 ** 31 ? String(v) : dstr(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "undefined":
      return "null";
    case "function":
      return "Lambda$" + identityHash(v);
    default:
      if (v === null) return "null";
      if (Array.isArray(v) || ArrayBuffer.isView(v)) return arrayIdentityString(v);
      return String((v as JavaObject).toString());
  }
}

/** String.valueOf for a value whose Java type the caller knows. */
export function strOf(kind: Kind, v: unknown): string {
  if (v === null || v === undefined) return "null";
  switch (kind) {
    case "double":
      return dstr(v as number);
    case "float":
      return fstr(v as number);
    case "char":
      return cstr(v as number);
    default:
      return str(v);
  }
}

/** The Java type of each JS array the translated code created (typed arrays know theirs). */
const ARRAY_TYPES = new WeakMap<object, string>();

/** Records a JS array's Java type as its JVM descriptor (`[Ljava.lang.String;`, `[[I`, `[Z`). */
export function withArrayType<A extends unknown[]>(descriptor: string, a: A): A {
  ARRAY_TYPES.set(a, descriptor);
  return a;
}

/** An array's JVM descriptor: `[I` for an Int32Array, the recorded one for a JS array (else Object[]). */
export function arrayDescriptor(a: unknown): string {
  return a instanceof Int32Array ? "[I" : a instanceof Float64Array ? "[D" : a instanceof Uint16Array ? "[C"
    : a instanceof BigInt64Array ? "[J" : a instanceof Float32Array ? "[F" : a instanceof Int8Array ? "[B"
    : a instanceof Int16Array ? "[S" : ((typeof a === "object" && a !== null && ARRAY_TYPES.get(a)) || "[Ljava.lang.Object;");
}

/** Java prints arrays as "[I@1b6d3586"; we keep the shape with a deterministic identity hash. */
function arrayIdentityString(a: unknown): string {
  return arrayDescriptor(a) + "@" + (identityHash(a) >>> 0).toString(16);
}

/* ---------- hashing ---------- */

export const hashInt = (x: number): number => x | 0;
export const hashBool = (b: boolean): number => (b ? 1231 : 1237);
export const hashChar = (c: number): number => c & 0xffff;
/** Long.hashCode: (int)(v ^ (v >>> 32)). */
export function hashLong(v: bigint): number {
  const u = BigInt.asUintN(64, v);
  return Number(BigInt.asIntN(32, u ^ (u >> 32n)));
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const i32v = new Int32Array(f32.buffer);
/** Double.hashCode: fold doubleToLongBits (NaN canonicalised). */
export function hashDouble(d: number): number {
  if (d !== d) return 0x7ff80000; // canonical NaN 0x7ff8000000000000 folded
  f64[0] = d;
  return (u32[0] ^ u32[1]) | 0; // little-endian: u32[1] is the high word
}
/** Float.hashCode: floatToIntBits. */
export function hashFloat(f: number): number {
  if (f !== f) return 0x7fc00000;
  f32[0] = f;
  return i32v[0];
}
/** String.hashCode: s[0]*31^(n-1) + ... with int overflow. */
export function strHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/* Identity hashes: deterministic counter (Java's are random; programs must not depend on them). */
const identities = new WeakMap<object, number>();
let nextIdentity = 0x1b6d3586;
export function identityHash(o: unknown): number {
  if (o === null || o === undefined) return 0;
  if (typeof o !== "object" && typeof o !== "function") return jhash(o);
  let h = identities.get(o);
  if (h === undefined) {
    // A Weyl-style step keeps successive values well spread in the table's low bits.
    nextIdentity = (nextIdentity + 0x61c88647) | 0;
    h = nextIdentity & 0x7fffffff;
    identities.set(o, h);
  }
  return h;
}

/** Object.hashCode for any runtime value, as the boxed Java value would hash. */
export function jhash(v: unknown): number {
  switch (typeof v) {
    case "string":
      return strHashCode(v);
    case "number":
      return Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0) ? v : hashDouble(v);
    case "bigint":
      return hashLong(v);
    case "boolean":
      return hashBool(v);
    case "undefined":
      return 0;
    default: {
      if (v === null) return 0;
      const h = (v as JavaObject).hashCode;
      return typeof h === "function" ? h.call(v) | 0 : identityHash(v);
    }
  }
}

/** Objects.hash(values...) = Arrays.hashCode(Object[]). */
export function objectsHash(...values: unknown[]): number {
  let h = 1;
  for (const v of values) h = (Math.imul(31, h) + jhash(v)) | 0;
  return h;
}

/** hashCode for a value whose Java type is known (HashMap key kinds). */
export function hashOf(kind: Kind, v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (kind) {
    case "double":
      return hashDouble(v as number);
    case "float":
      return hashFloat(v as number);
    case "long":
      return hashLong(v as bigint);
    default:
      return jhash(v);
  }
}

/** Objects.equals / a.equals(b) for runtime values. Numbers compare as boxed values (Double.equals: NaN equals NaN, 0.0 != -0.0). */
export function jequals(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "number" || a !== 0 || Object.is(a, b);
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (typeof a === "number") {
    // A jrt box (BoxedDouble/BoxedFloat/BoxedChar) compares by the number inside.
    const bv = typeof b === "object" ? (b as { valueOf(): unknown }).valueOf() : b;
    return typeof bv === "number" && Object.is(a, bv);
  }
  if (typeof a === "object" || typeof a === "function") {
    const eq = (a as JavaObject).equals;
    if (typeof eq === "function") return eq.call(a, b);
  }
  return false;
}

/**
 * `==` on two boxed Integers (or Short/Byte/Character/Long) from distinct boxing sites.
 * Java's autoboxing caches -128..127, so equal values there are the same object; outside it,
 * two separately boxed values are different objects. We cannot see boxing sites, so equal values
 * outside the cache answer false — same as Java for `Integer a = 1000, b = 1000; a == b`.
 */
export function boxedEq(a: number | bigint | null, b: number | bigint | null): boolean {
  if (a === null || b === null) return a === b;
  if (a !== b) return false;
  const n = typeof a === "bigint" ? Number(a) : a;
  return n >= -128 && n <= 127;
}

/**
 * A function type with method-style (bivariant) parameters, for function-typed fields of generic classes:
 * `C<Sub>` stays assignable to `C<Super>` (what a wildcard `C<?>` becomes) as it would with methods only.
 */
export type Bivariant<F extends (...args: never[]) => unknown> = { call(...args: Parameters<F>): ReturnType<F> }["call"];

/**
 * Unboxing: Java throws NullPointerException for a null Integer/Long/... A Double/Float/Character that
 * was boxed in generic code (jrt.boxErased) and read back through a JDK collection gives its number.
 */
export function unbox<T extends number | bigint | boolean>(v: T | null | undefined): T {
  if (v === null || v === undefined) throw new NullPointerException(null);
  return typeof v === "object" ? (v as { valueOf(): T }).valueOf() : v;
}
/** Objects.requireNonNull */
export function requireNonNull<T>(v: T | null | undefined, message?: string): T {
  if (v === null || v === undefined) throw new NullPointerException(message ?? null);
  return v;
}

/** Comparable.compareTo for natural ordering (TreeMap, sort without comparator). */
export function compareNatural(a: unknown, b: unknown): number {
  if (a === null || a === undefined || b === null || b === undefined) throw new NullPointerException(null);
  if (typeof a === "number" && typeof b === "number") return compareDouble(a, b);
  // A Double/Float/Character boxed in generic code (jrt.boxErased) against the number a caller passes.
  if (typeof a === "number" && typeof b === "object" && typeof (b as { valueOf(): unknown }).valueOf() === "number") return compareDouble(a, Number(b));
  if (typeof a === "string" && typeof b === "string") return compareStr(a, b);
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  const c = (a as JavaObject).compareTo;
  if (typeof c === "function") return c.call(a, b);
  throw new ClassCastException(`class ${className(a)} cannot be cast to class java.lang.Comparable`);
}

/** String.compareTo: difference of the first differing UTF-16 units, else of lengths. */
export function compareStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Double.compare: -0.0 < 0.0, NaN above everything and equal to itself. */
export function compareDouble(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b && a !== 0) return 0;
  const ka = a !== a ? 2 : Object.is(a, -0) ? -1 : 0;
  const kb = b !== b ? 2 : Object.is(b, -0) ? -1 : 0;
  return ka === kb ? 0 : ka < kb ? -1 : 1;
}

export function className(v: unknown): string {
  if (v === null || v === undefined) return "null";
  switch (typeof v) {
    case "string":
      return "java.lang.String";
    case "number":
      return Number.isInteger(v) ? "java.lang.Integer" : "java.lang.Double";
    case "bigint":
      return "java.lang.Long";
    case "boolean":
      return "java.lang.Boolean";
    default:
      return (v as object).constructor?.name ?? "java.lang.Object";
  }
}
