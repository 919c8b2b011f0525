// java.lang pieces the translated code needs beyond jrt: the enum base class, class names for
// getClass(), interface membership for `instanceof`, and eager boolean operators.
import { ArrayIndexOutOfBoundsException, BoxedChar, BoxedDouble, BoxedFloat, ClassCastException, IllegalArgumentException, NullPointerException, Throwable, TreeSet, compareNatural, type JIterator, identityHash, str } from "../runtime/index.js";

/** Base of every translated enum: Java's name/ordinal/compareTo, identity equality. */
export abstract class JEnum {
  constructor(private readonly $name: string, private readonly $ordinal: number) {}
  name(): string {
    return this.$name;
  }
  ordinal(): number {
    return this.$ordinal;
  }
  toString(): string {
    return this.$name;
  }
  compareTo(o: JEnum): number {
    return this.$ordinal - o.$ordinal;
  }
  equals(o: unknown): boolean {
    return this === o;
  }
  hashCode(): number {
    return this.$ordinal * 31 + 7;
  }
}

/** Enum.valueOf: the constant with that name, else Java's IllegalArgumentException. */
export function enumValueOf<E extends JEnum>(values: readonly E[], name: string | null, javaName: string): E {
  if (name === null) throw new NullPointerException("Name is null");
  for (const v of values) if (v.name() === name) return v;
  throw new IllegalArgumentException(`No enum constant ${javaName}.${name}`);
}

const javaNames = new WeakMap<object, string>();
const interfaces = new WeakMap<object, readonly string[]>();

/** What java.lang.Class reports beyond the name: record components, a sealed type's permitted subclasses (binary names). */
export interface ClassMeta {
  readonly record?: readonly string[];
  readonly permits?: readonly string[];
  /** A translated interface (no JS constructor): its TS name, for isInstance. */
  readonly iface?: string;
}
const ctorsByName = new Map<string, object>();
const metas = new Map<string, ClassMeta>();

/** Records a translated class's Java binary name and the interfaces it implements (all of them, transitively). */
export function declareClass(cls: object, javaName: string, ifaces: readonly string[] = [], meta?: ClassMeta): void {
  javaNames.set(cls, javaName);
  ctorsByName.set(javaName, cls);
  if (ifaces.length > 0) interfaces.set(cls, ifaces);
  if (meta) metas.set(javaName, meta);
}

const classes = new Map<string, JClass>();
const PRIMITIVES = new Set(["int", "long", "double", "float", "char", "boolean", "short", "byte", "void"]);

/** java.lang.Class as plain programs use it: one object per class (so `==` works), names, instance tests, kinds. */
export class JClass<T = unknown> {
  private constructor(private readonly name: string) {}

  /** The Class object of the class with this binary name (`meta` describes an interface the first time it is named). */
  static named(name: string, meta?: ClassMeta): JClass {
    let c = classes.get(name);
    if (!c) {
      c = new JClass(name);
      classes.set(name, c);
    }
    if (meta && !metas.has(name)) metas.set(name, meta);
    return c;
  }

  private get ctor(): object | undefined {
    return ctorsByName.get(this.name);
  }
  private get meta(): ClassMeta {
    return metas.get(this.name) ?? {};
  }

  getName(): string {
    return this.name;
  }
  getTypeName(): string {
    return this.name;
  }
  getSimpleName(): string {
    return simpleName(this.name);
  }
  isInterface(): boolean {
    return this.meta.iface !== undefined;
  }
  isPrimitive(): boolean {
    return PRIMITIVES.has(this.name);
  }
  isArray(): boolean {
    return false;
  }
  /** Only the enum class itself: a constant with a body is an anonymous subclass. */
  isEnum(): boolean {
    return this.ctor !== undefined && Object.getPrototypeOf(this.ctor) === JEnum;
  }
  isRecord(): boolean {
    return this.meta.record !== undefined;
  }
  isAnonymousClass(): boolean {
    return /\$\d+$/.test(this.name);
  }
  isSealed(): boolean {
    return (this.meta.permits?.length ?? 0) > 0;
  }
  getPermittedSubclasses(): JClass[] | null {
    return this.isSealed() ? this.meta.permits!.map((n) => JClass.named(n)) : null;
  }
  getRecordComponents(): { getName(): string }[] | null {
    return this.meta.record?.map((n) => ({ getName: () => n })) ?? null;
  }
  getEnumConstants(): T[] | null {
    const values = (this.ctor as { values?: () => T[] } | undefined)?.values;
    return this.isEnum() && values ? values.call(this.ctor) : null;
  }
  getSuperclass(): JClass | null {
    if (this.isInterface() || this.isPrimitive() || this.name === "java.lang.Object") return null;
    const parent = this.ctor && (Object.getPrototypeOf(this.ctor) as { prototype?: unknown } | null);
    if (!parent || parent === Function.prototype) return JClass.named("java.lang.Object");
    if (parent === JEnum) return JClass.named("java.lang.Enum");
    if (parent.prototype instanceof Throwable || parent === Throwable) return JClass.named((parent.prototype as Throwable).javaName);
    return JClass.named(javaNames.get(parent) ?? "java.lang.Object");
  }
  isInstance(x: unknown): boolean {
    if (x === null || x === undefined) return false;
    const ctor = this.ctor;
    if (ctor) return x instanceof (ctor as new () => unknown);
    if (this.meta.iface) return isInstance(x, this.meta.iface);
    return this.name === "java.lang.Object" || getName(x) === this.name;
  }
  cast(x: unknown): T {
    if (x !== null && x !== undefined && !this.isInstance(x)) throw new ClassCastException(`Cannot cast ${getName(x)} to ${this.name}`);
    return x as T;
  }
  toString(): string {
    return (this.isPrimitive() ? "" : this.isInterface() ? "interface " : "class ") + this.name;
  }
  equals(o: unknown): boolean {
    return this === o;
  }
  hashCode(): number {
    return identityHash(this);
  }
}

/** A reference downcast `(T) x`: Java's ClassCastException, with its message, when `x` is not a T. */
export function checkCast<V>(x: V, isTarget: (v: unknown) => boolean, target: string): V {
  if (x === null || x === undefined || isTarget(x)) return x;
  const from = getName(x);
  const where = (n: string) => (n.startsWith("java.") ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'");
  const same = where(from) === where(target);
  const detail = same ? `${from} and ${target} are in ${where(from)}` : `${from} is in ${where(from)}; ${target} is in ${where(target)}`;
  throw new ClassCastException(`class ${from} cannot be cast to class ${target} (${detail})`);
}

/** `C.class` for a translated class. */
export const classOf = <T>(ctor: abstract new (...args: never[]) => T): JClass<T> => JClass.named(javaNames.get(ctor) ?? ctor.name) as JClass<T>;

/** `x.getClass()`. */
export const getClass = (x: unknown): JClass => JClass.named(getName(x));

/** Enum.getDeclaringClass(): the enum itself, also for a constant with a body. */
export function getDeclaringClass<E extends JEnum>(e: E): JClass<E> {
  let ctor = (e as object).constructor;
  while (Object.getPrototypeOf(ctor) !== JEnum) ctor = Object.getPrototypeOf(ctor) as typeof ctor;
  return JClass.named(javaNames.get(ctor) ?? ctor.name) as JClass<E>;
}

/** The enum class each EnumSet ranges over (complementOf of an empty set needs it). */
const enumSetUniverse = new WeakMap<object, JClass>();

/** java.util.EnumSet as a TreeSet in ordinal order (enums compare by ordinal), which also prints like one. */
function enumSet<E extends JEnum>(universe: JClass<E> | undefined, elements: Iterable<E>): TreeSet<E> {
  const s = new TreeSet<E>(elements);
  if (universe) enumSetUniverse.set(s, universe);
  return s;
}
const constantsOf = <E>(c: JClass<E> | undefined): E[] => c?.getEnumConstants() ?? [];

/** EnumSet's static factories. */
export const EnumSets = {
  of: <E extends JEnum>(first: E, ...rest: E[]): TreeSet<E> => enumSet(getDeclaringClass(first), [first, ...rest]),
  noneOf: <E extends JEnum>(c: JClass<E>): TreeSet<E> => enumSet(c, []),
  allOf: <E extends JEnum>(c: JClass<E>): TreeSet<E> => enumSet(c, constantsOf(c)),
  range: <E extends JEnum>(from: E, to: E): TreeSet<E> => {
    const c = getDeclaringClass(from);
    return enumSet(c, constantsOf(c).filter((e) => e.ordinal() >= from.ordinal() && e.ordinal() <= to.ordinal()));
  },
  complementOf: <E extends JEnum>(s: TreeSet<E>): TreeSet<E> => {
    const first = s.isEmpty() ? undefined : s.first();
    const c = (enumSetUniverse.get(s) as JClass<E> | undefined) ?? (first && getDeclaringClass(first));
    return enumSet(c, constantsOf(c).filter((e) => !s.contains(e)));
  },
  copyOf: <E extends JEnum>(c: Iterable<E>): TreeSet<E> => {
    const elements = [...c];
    return enumSet(enumSetUniverse.get(c as object) as JClass<E> | undefined ?? (elements[0] && getDeclaringClass(elements[0])), elements);
  },
};

/** `x instanceof I` for a translated interface I: walks the prototype chain's declared interfaces. */
export function isInstance(x: unknown, iface: string): boolean {
  if (x === null || typeof x !== "object") return false;
  for (let p = Object.getPrototypeOf(x) as { constructor?: object } | null; p; p = Object.getPrototypeOf(p) as { constructor?: object } | null) {
    if (p.constructor && interfaces.get(p.constructor)?.includes(iface)) return true;
  }
  return false;
}

/** getClass().getName() */
export function getName(x: unknown): string {
  if (typeof x === "string") return "java.lang.String";
  if (typeof x === "number") return Number.isInteger(x) ? "java.lang.Integer" : "java.lang.Double";
  if (typeof x === "bigint") return "java.lang.Long";
  if (typeof x === "boolean") return "java.lang.Boolean";
  if (x === null || x === undefined) throw new NullPointerException(null);
  if (x instanceof BoxedDouble) return "java.lang.Double";
  if (x instanceof BoxedFloat) return "java.lang.Float";
  if (x instanceof BoxedChar) return "java.lang.Character";
  if (x instanceof Throwable) return x.javaName;
  const ctor = (x as object).constructor;
  return javaNames.get(ctor) ?? (ctor as { name?: string }).name ?? "java.lang.Object";
}

/** getClass().getSimpleName(): the binary name after its package and enclosing classes ("" for anonymous classes). */
export function getSimpleName(x: unknown): string {
  return simpleName(getName(x));
}

function simpleName(n: string): string {
  const tail = n.slice(n.lastIndexOf(".") + 1);
  const inner = tail.slice(tail.lastIndexOf("$") + 1);
  return /^\d+$/.test(inner) ? "" : inner.replace(/^\d+/, "");
}

/** Java's non-short-circuit `&`, `|` on booleans: both operands are evaluated (they are, as arguments). */
export const and = (a: boolean, b: boolean): boolean => a && b;
export const or = (a: boolean, b: boolean): boolean => a || b;

/** A functional-interface view of an object's single abstract method (anonymous `new Runnable() {…}`). */
export function sam<O, K extends keyof O>(o: O, k: K): O[K] {
  return (o[k] as (...a: unknown[]) => unknown).bind(o) as O[K];
}

/** Math.max/min and Long.compare on longs. */
export const lmax = (a: bigint, b: bigint): bigint => (a > b ? a : b);
export const lmin = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** Iterates a Java Iterator (hasNext/next) with for…of. */
export function* iterate<T>(it: { hasNext(): boolean; nextValue(): T }): Generator<T> {
  while (it.hasNext()) yield it.nextValue();
}

/** java.lang.AutoCloseable and java.io.Closeable: what try-with-resources calls. */
export interface AutoCloseable {
  close(): void;
}

/** java.lang.Iterable: Java's iterator() beside JS iteration (collections, translated classes, lambdas). */
export interface JIterable<T> extends Iterable<T> {
  iterator(): JIterator<T>;
}

/** A lambda or method reference implementing java.lang.Iterable: Java's iterator() and JS iteration. */
export function iterableOf<T>(iterator: () => JIterator<T>): JIterable<T> {
  const iterable = { iterator, [Symbol.iterator]: () => iterate(iterator()) };
  return iterable;
}

/** `x.compareTo(y)` when only the runtime value knows its Comparable implementation. */
export const compare = (a: unknown, b: unknown): number => compareNatural(a, b);

/** Java's `assert` is disabled by default; kept as a no-op that still type-checks its operands. */
export function ignoreAssert(_cond: boolean, _msg?: unknown): void {}

/** Helper for a switch on a string/boxed selector: Java throws NullPointerException on null. */
export function switchSel<T>(v: T): T {
  if (v === null || v === undefined) throw new NullPointerException(null);
  return v;
}

/** Binds a pattern variable inside an expression: `x instanceof T t` → `x instanceof T && bind(t = x)`. */
export const bind = (_v: unknown): true => true;

/** Evaluates its arguments in order (JS has no comma expression in our IR): for-loop updates. */
export function seq(..._effects: unknown[]): void {}

/** `expr.staticMember`: the receiver is evaluated for its effects, the static value is the result. */
export const last = <T>(_first: unknown, value: T): T => value;

/** A field initialiser java2x could not translate: throws when it runs, typed to fit anywhere. */
export function untranslated(message: string): never {
  throw new Error(message);
}

/** The program arguments of a translated `main(String[] args)`. */
export function mainArgs(): string[] {
  const p = (globalThis as { process?: { argv?: string[] } }).process;
  return p?.argv ? p.argv.slice(2) : [];
}

/** Boolean.parseBoolean: "true" in any case. */
export const parseBoolean = (s: string | null): boolean => s !== null && s.toLowerCase() === "true";

/** Objects.toString(o, nullDefault). */
export const toStringOr = (o: unknown, def: string): string => (o === null || o === undefined ? def : str(o));

/** Object.toString() as Java prints it: binary class name @ identity hash in hex. */
export const objectToString = (o: object): string => getName(o) + "@" + (identityHash(o) >>> 0).toString(16);

/** `x instanceof Comparable`: JS values with a natural order, or objects with compareTo. */
export const isComparable = (x: unknown): boolean =>
  typeof x === "string" || typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || (typeof x === "object" && x !== null && typeof (x as { compareTo?: unknown }).compareTo === "function");

/** System.arraycopy with Java's overlap semantics (copy through a temporary when src and dest are the same array). */
export function arraycopy(src: ArrayLike<unknown>, srcPos: number, dest: { length: number; [i: number]: unknown }, destPos: number, length: number): void {
  // Java's checks and messages, in its order.
  const oob = (m: string) => new ArrayIndexOutOfBoundsException(`arraycopy: ${m}`);
  const kind = (a: unknown) =>
    a instanceof Int32Array ? "int" : a instanceof Float64Array ? "double" : a instanceof Uint16Array ? "char" : a instanceof BigInt64Array ? "long"
    : a instanceof Int8Array ? "byte" : a instanceof Int16Array ? "short" : a instanceof Float32Array ? "float" : "object array";
  const of = (a: ArrayLike<unknown>) => `${kind(a)}[${a.length}]`;
  if (length < 0) throw oob(`length ${length} is negative`);
  if (srcPos < 0) throw oob(`source index ${srcPos} out of bounds for ${of(src)}`);
  if (destPos < 0) throw oob(`destination index ${destPos} out of bounds for ${of(dest)}`);
  if (srcPos + length > src.length) throw oob(`last source index ${srcPos + length} out of bounds for ${of(src)}`);
  if (destPos + length > dest.length) throw oob(`last destination index ${destPos + length} out of bounds for ${of(dest)}`);
  const tmp = Array.prototype.slice.call(src, srcPos, srcPos + length);
  for (let i = 0; i < length; i++) dest[destPos + i] = tmp[i];
}

/** Static member access from another class: runs the class's static initialisation first (JLS §12.4.1). */
export function init<C extends { $clinit(): void }>(cls: C): C {
  cls.$clinit();
  return cls;
}

/**
 * String.getBytes(charset) as Java's signed bytes (ES2022 has no TextEncoder type, so encoded here).
 * `charset` is a StandardCharsets constant's name or a charset name ("UTF-8"); UTF-8 by default.
 */
export function getBytes(s: string, charset: unknown = "UTF_8"): Int8Array {
  // A Charset value is always a name here: StandardCharsets constants are emitted as their names.
  const cs = String(charset).toUpperCase().replaceAll("-", "_");
  if (cs.startsWith("UTF_16")) {
    const le = cs === "UTF_16LE";
    const out = cs === "UTF_16" ? [0xfe, 0xff] : [];
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
    }
    return Int8Array.from(out);
  }
  if (cs === "ISO_8859_1" || cs === "US_ASCII") {
    const max = cs === "US_ASCII" ? 0x80 : 0x100;
    return Int8Array.from(Array.from(s, (c) => (c.codePointAt(0)! < max ? c.codePointAt(0)! : 63)));
  }
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Int8Array.from(out);
}

/** new String(bytes, UTF_8) for well-formed input. */
export function decodeBytes(b: ArrayLike<number>): string {
  let s = "";
  for (let i = 0; i < b.length; ) {
    const c = b[i++]! & 0xff;
    const n = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 0; k < n; k++) cp = (cp << 6) | (b[i++]! & 63);
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** String.codePoints() as an array of code points. */
export const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) as number);

/** Math.ulp(double) */
export function ulp(d: number): number {
  if (!Number.isFinite(d)) return Number.isNaN(d) ? NaN : Infinity;
  const a = Math.abs(d);
  if (a === Number.MAX_VALUE) return 2 ** 971;
  const next = new Float64Array([a]);
  const bits = new BigInt64Array(next.buffer);
  bits[0] = bits[0]! + 1n;
  return next[0]! - a;
}

/** Character.isIdeographic */
export const isIdeographic = (cp: number): boolean => /\p{Ideographic}/u.test(String.fromCodePoint(cp));

const CHECKED_INSERTS = new Set(["add", "addAt", "set", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push"]);

/**
 * Collections.checkedList/Set/Collection: a view (its own identity, like Java's wrapper) whose
 * insertions throw Java's ClassCastException for an element that is not an instance of `type`.
 */
export function checkedCollection<C extends object>(c: C, type: JClass): C {
  const check = (e: unknown): void => {
    if (e !== null && !type.isInstance(e)) throw new ClassCastException(`Attempt to insert class ${getName(e)} element into collection with element type class ${type.getName()}`);
  };
  return new Proxy(c, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== "function") return v;
      const f = v as (...args: unknown[]) => unknown;
      if (CHECKED_INSERTS.has(String(prop))) return (...args: unknown[]) => (check(args[args.length - 1]), f.apply(target, args));
      if (prop === "addAll" || prop === "addAllAt") return (...args: unknown[]) => {
        for (const e of args[args.length - 1] as Iterable<unknown>) check(e);
        return f.apply(target, args);
      };
      return f.bind(target);
    },
  });
}
