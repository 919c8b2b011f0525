// PriorityQueue, BitSet, Random, Optional, and the Arrays / Collections / List.of helpers, with Java's exact algorithms.
import { type Comparator, JCollection, type JIterator, JList, outOfBounds } from "./collections.js";
import { arrayDescriptor, className, compareNatural, dstr, hashOf, jequals, type Kind, str, strOf } from "./core.js";
import {
  ArrayIndexOutOfBoundsException,
  ArrayStoreException,
  ConcurrentModificationException,
  IllegalArgumentException,
  IllegalStateException,
  NegativeArraySizeException,
  NoSuchElementException,
  NullPointerException,
  UnsupportedOperationException,
} from "./exceptions.js";
import { HashSet, type JMap, JSet, LinkedHashMap, UnmodifiableMap } from "./maps.js";

/* ===================== PriorityQueue ===================== */

/** java.util.PriorityQueue: binary heap with Java's siftUp/siftDown, so array (= iteration, toString) order matches. */
export class PriorityQueue<E> extends JCollection<E> {
  private q: E[] = [];
  private modCount = 0;
  private readonly cmp: Comparator<E>;
  /** new PriorityQueue(), (capacity), (comparator), (capacity, comparator), (collection). */
  constructor(a?: number | Comparator<E> | Iterable<E> | null, b?: Comparator<E> | Kind | null, kind: Kind = "obj") {
    super(typeof b === "string" ? b : kind);
    if (typeof a === "number" && a < 1) throw new IllegalArgumentException(null);
    this.cmp = typeof a === "function" ? a : typeof b === "function" ? b : a instanceof PriorityQueue ? a.cmp : compareNatural;
    if (a !== null && a !== undefined && typeof a === "object") {
      this.q = Array.from(a);
      for (const e of this.q) if (e === null || e === undefined) throw new NullPointerException(null);
      // heapify as Java does for an arbitrary collection (a PriorityQueue/SortedSet source is already ordered)
      if (!(a instanceof PriorityQueue)) for (let i = (this.q.length >>> 1) - 1; i >= 0; i--) this.siftDown(i, this.q[i]);
    }
  }
  size(): number {
    return this.q.length;
  }
  override add(e: E): boolean {
    return this.offer(e);
  }
  offer(e: E): boolean {
    if (e === null || e === undefined) throw new NullPointerException(null);
    this.modCount++;
    this.q.push(e);
    this.siftUp(this.q.length - 1, e);
    return true;
  }
  peek(): E | null {
    return this.q.length === 0 ? null : this.q[0];
  }
  element(): E {
    if (this.q.length === 0) throw new NoSuchElementException(null);
    return this.q[0];
  }
  poll(): E | null {
    if (this.q.length === 0) return null;
    this.modCount++;
    const result = this.q[0];
    const x = this.q.pop() as E;
    if (this.q.length > 0) this.siftDown(0, x);
    return result;
  }
  /** Queue.remove() */
  removeHead(): E {
    if (this.q.length === 0) throw new NoSuchElementException(null);
    return this.poll() as E;
  }
  override remove(o: unknown): boolean {
    for (let i = 0; i < this.q.length; i++) {
      if (jequals(o, this.q[i])) {
        this.removeIndex(i);
        return true;
      }
    }
    return false;
  }
  override clear(): void {
    this.modCount++;
    this.q.length = 0;
  }
  comparator(): Comparator<E> | null {
    return this.cmp === compareNatural ? null : this.cmp;
  }
  override toArray(): E[] {
    return this.q.slice();
  }
  /** Java's removeAt: returns the moved element if it ended up before i (iterators need it). */
  private removeIndex(i: number): E | null {
    this.modCount++;
    const s = this.q.length - 1;
    if (s === i) {
      this.q.pop();
      return null;
    }
    const moved = this.q.pop() as E;
    this.siftDown(i, moved);
    if (this.q[i] === moved) {
      this.siftUp(i, moved);
      if (this.q[i] !== moved) return moved;
    }
    return null;
  }
  private siftUp(k: number, x: E): void {
    const q = this.q;
    while (k > 0) {
      const parent = (k - 1) >>> 1;
      const e = q[parent];
      if (this.cmp(x, e) >= 0) break;
      q[k] = e;
      k = parent;
    }
    q[k] = x;
  }
  private siftDown(k: number, x: E): void {
    const q = this.q;
    const n = q.length;
    const half = n >>> 1;
    while (k < half) {
      let child = 2 * k + 1;
      let c = q[child];
      const right = child + 1;
      if (right < n && this.cmp(c, q[right]) > 0) c = q[(child = right)];
      if (this.cmp(x, c) <= 0) break;
      q[k] = c;
      k = child;
    }
    q[k] = x;
  }
  iterator(): JIterator<E> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const pq = this;
    let cursor = 0;
    let lastRet = -1;
    let expected = this.modCount;
    // Elements moved behind the cursor by a removal are visited at the end, as in Java.
    const forgetMeNot: E[] = [];
    let lastRetElt: E | null = null;
    return new (class extends IterBase<E> {
      hasNext(): boolean {
        return cursor < pq.q.length || forgetMeNot.length > 0;
      }
      nextValue(): E {
        if (expected !== pq.modCount) throw new ConcurrentModificationException(null);
        if (cursor < pq.q.length) return pq.q[(lastRet = cursor++)];
        if (forgetMeNot.length > 0) {
          lastRet = -1;
          lastRetElt = forgetMeNot.shift() as E;
          return lastRetElt;
        }
        throw new NoSuchElementException(null);
      }
      override remove(): void {
        if (expected !== pq.modCount) throw new ConcurrentModificationException(null);
        if (lastRet !== -1) {
          const moved = pq.removeIndex(lastRet);
          lastRet = -1;
          if (moved === null) cursor--;
          else forgetMeNot.push(moved);
        } else if (lastRetElt !== null) {
          const i = pq.q.indexOf(lastRetElt);
          if (i >= 0) pq.removeIndex(i);
          lastRetElt = null;
        } else throw new IllegalStateException(null);
        expected = pq.modCount;
      }
    })();
  }
}

abstract class IterBase<E> implements JIterator<E> {
  abstract hasNext(): boolean;
  abstract nextValue(): E;
  remove(): void {
    throw new UnsupportedOperationException("remove");
  }
  next(): IteratorResult<E> {
    return this.hasNext() ? { done: false, value: this.nextValue() } : { done: true, value: undefined };
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/* ===================== BitSet ===================== */

/** java.util.BitSet on 32-bit words; size() reports Java's 64-bit word granularity. */
export class BitSet {
  private w: Int32Array;
  constructor(nbits = 64) {
    if (nbits < 0) throw new NegativeArraySizeException("nbits < 0: " + nbits);
    this.w = new Int32Array(Math.max(2, ((nbits + 63) >>> 6) * 2));
  }
  private ensure(word: number): void {
    if (word < this.w.length) return;
    const n = new Int32Array(Math.max(this.w.length * 2, (word + 2) & ~1));
    n.set(this.w);
    this.w = n;
  }
  private static check(i: number): void {
    if (i < 0) throw new ArrayIndexOutOfBoundsException("bitIndex < 0: " + i);
  }
  get(i: number): boolean {
    BitSet.check(i);
    const wi = i >>> 5;
    return wi < this.w.length && (this.w[wi] & (1 << (i & 31))) !== 0;
  }
  set(i: number, to: number | boolean = true, value?: boolean): void {
    if (typeof to === "number") {
      for (let k = i; k < to; k++) this.set(k, value ?? true);
      return;
    }
    BitSet.check(i);
    if (!to) return this.clear(i);
    this.ensure(i >>> 5);
    this.w[i >>> 5] |= 1 << (i & 31);
  }
  clear(i?: number, to?: number): void {
    if (i === undefined) {
      this.w.fill(0);
      return;
    }
    if (to !== undefined) {
      for (let k = i; k < to; k++) this.clear(k);
      return;
    }
    BitSet.check(i);
    if (i >>> 5 < this.w.length) this.w[i >>> 5] &= ~(1 << (i & 31));
  }
  flip(i: number, to?: number): void {
    for (let k = i; k < (to ?? i + 1); k++) this.set(k, !this.get(k));
  }
  cardinality(): number {
    let c = 0;
    for (const x of this.w) {
      let v = x - ((x >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      c += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return c;
  }
  /** Index of the highest set bit + 1. */
  length(): number {
    for (let wi = this.w.length - 1; wi >= 0; wi--) if (this.w[wi] !== 0) return wi * 32 + 32 - Math.clz32(this.w[wi]);
    return 0;
  }
  size(): number {
    return Math.ceil(this.w.length / 2) * 64;
  }
  isEmpty(): boolean {
    return this.length() === 0;
  }
  nextSetBit(from: number): number {
    if (from < 0) throw new ArrayIndexOutOfBoundsException("fromIndex < 0: " + from);
    const n = this.w.length * 32;
    for (let i = from; i < n; i++) if (this.get(i)) return i;
    return -1;
  }
  nextClearBit(from: number): number {
    if (from < 0) throw new ArrayIndexOutOfBoundsException("fromIndex < 0: " + from);
    let i = from;
    while (this.get(i)) i++;
    return i;
  }
  previousSetBit(from: number): number {
    for (let i = from; i >= 0; i--) if (this.get(i)) return i;
    return -1;
  }
  and(o: BitSet): void {
    for (let i = 0; i < this.w.length; i++) this.w[i] &= i < o.w.length ? o.w[i] : 0;
  }
  or(o: BitSet): void {
    this.ensure(o.w.length - 1);
    for (let i = 0; i < o.w.length; i++) this.w[i] |= o.w[i];
  }
  xor(o: BitSet): void {
    this.ensure(o.w.length - 1);
    for (let i = 0; i < o.w.length; i++) this.w[i] ^= o.w[i];
  }
  andNot(o: BitSet): void {
    for (let i = 0; i < Math.min(this.w.length, o.w.length); i++) this.w[i] &= ~o.w[i];
  }
  intersects(o: BitSet): boolean {
    for (let i = 0; i < Math.min(this.w.length, o.w.length); i++) if ((this.w[i] & o.w[i]) !== 0) return true;
    return false;
  }
  equals(o: unknown): boolean {
    if (!(o instanceof BitSet)) return false;
    const n = Math.max(this.w.length, o.w.length);
    for (let i = 0; i < n; i++) if ((this.w[i] ?? 0) !== (o.w[i] ?? 0)) return false;
    return true;
  }
  /** Java folds 64-bit words: h ^= words[i] * (i + 1), then (int)(h >> 32) ^ h. */
  hashCode(): number {
    let h = 1234n;
    for (let i = 0; i * 2 < this.w.length; i++) {
      const word = (BigInt(this.w[2 * i + 1] ?? 0) << 32n) | BigInt(this.w[2 * i] >>> 0);
      h ^= BigInt.asIntN(64, word * BigInt(i + 1));
    }
    return Number(BigInt.asIntN(32, (h >> 32n) ^ h));
  }
  clone(): BitSet {
    const b = new BitSet(0);
    b.w = this.w.slice();
    return b;
  }
  /** The 64-bit words up to the last one with a bit set (word i holds bits 64i..64i+63). */
  toLongArray(): BigInt64Array {
    let n = this.w.length >>> 1;
    while (n > 0 && this.w[2 * n - 2] === 0 && this.w[2 * n - 1] === 0) n--;
    const out = new BigInt64Array(n);
    for (let i = 0; i < n; i++) out[i] = BigInt.asIntN(64, (BigInt(this.w[2 * i + 1]! >>> 0) << 32n) | BigInt(this.w[2 * i]! >>> 0));
    return out;
  }
  toString(): string {
    const parts: number[] = [];
    for (let i = this.nextSetBit(0); i >= 0; i = this.nextSetBit(i + 1)) parts.push(i);
    return "{" + parts.join(", ") + "}";
  }
}

/* ===================== Random ===================== */

/**
 * java.util.Random: the 48-bit LCG seed = seed * 0x5DEECE66D + 0xB, kept as two 24-bit halves in
 * doubles so every product is exact (< 2^53) — faster than bigint and bit-identical.
 */
export class Random {
  private hi = 0; // bits 24..47
  private lo = 0; // bits 0..23
  private nextNextGaussian = 0;
  private haveNextNextGaussian = false;
  private static seedUniquifier = 8682522807148012n;

  constructor(seed?: bigint | number) {
    if (seed === undefined) {
      Random.seedUniquifier = BigInt.asIntN(64, Random.seedUniquifier * 1181783497276652981n);
      seed = Random.seedUniquifier ^ BigInt(Math.floor(Math.random() * 2 ** 53));
    }
    this.setSeed(seed);
  }
  setSeed(seed: bigint | number): void {
    const s = BigInt.asUintN(48, BigInt(seed) ^ 0x5deece66dn);
    this.hi = Number(s >> 24n);
    this.lo = Number(s & 0xffffffn);
    this.haveNextNextGaussian = false;
  }
  /** Advances the LCG and returns the top `bits` bits as a signed int. */
  protected next(bits: number): number {
    const MH = 0x5de; // multiplier 0x5DEECE66D = MH * 2^24 + ML
    const ML = 0xece66d;
    const p = this.lo * ML + 0xb;
    const plo = p % 0x1000000;
    const carry = (p - plo) / 0x1000000;
    this.hi = (this.hi * ML + this.lo * MH + carry) % 0x1000000;
    this.lo = plo;
    // (int)(seed >>> (48 - bits))
    const v = Math.floor((this.hi * 0x1000000 + this.lo) / 2 ** (48 - bits));
    return v | 0;
  }
  nextInt(bound?: number, hi?: number): number {
    if (hi !== undefined) return this.nextIntRange(bound as number, hi);
    if (bound === undefined) return this.next(32);
    if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    // Reject values from the incomplete last interval (the int overflow test is Java's).
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }
  /** nextInt(origin, bound) from Java 17's RandomSupport.boundedNextInt. */
  private nextIntRange(origin: number, bound: number): number {
    if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
    let r = this.nextInt();
    const n = (bound - origin) | 0;
    const m = (n - 1) | 0;
    if ((n & m) === 0) return ((r & m) + origin) | 0;
    if (n > 0) {
      for (let u = r >>> 1; ((u + m - (r = u % n)) | 0) < 0; u = this.nextInt() >>> 1);
      return (r + origin) | 0;
    }
    while (r < origin || r >= bound) r = this.nextInt();
    return r;
  }
  nextLong(): bigint {
    return BigInt.asIntN(64, (BigInt(this.next(32)) << 32n) + BigInt(this.next(32)));
  }
  nextBoolean(): boolean {
    return this.next(1) !== 0;
  }
  nextFloat(): number {
    return this.next(24) / (1 << 24);
  }
  nextDouble(): number {
    return (this.next(26) * 134217728 + this.next(27)) * 2 ** -53;
  }
  /** Marsaglia polar method with the cached second value, as Java (StrictMath.log/sqrt; V8's log is fdlibm too). */
  nextGaussian(): number {
    if (this.haveNextNextGaussian) {
      this.haveNextNextGaussian = false;
      return this.nextNextGaussian;
    }
    let v1: number;
    let v2: number;
    let s: number;
    do {
      v1 = 2 * this.nextDouble() - 1;
      v2 = 2 * this.nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const multiplier = Math.sqrt((-2 * Math.log(s)) / s);
    this.nextNextGaussian = v2 * multiplier;
    this.haveNextNextGaussian = true;
    return v1 * multiplier;
  }
  nextBytes(bytes: Int8Array): void {
    for (let i = 0; i < bytes.length; ) {
      for (let rnd = this.nextInt(), n = Math.min(bytes.length - i, 4); n-- > 0; rnd >>= 8) bytes[i++] = rnd;
    }
  }
}

/* ===================== Optional ===================== */

export class Optional<T> {
  private static readonly EMPTY = new Optional<never>(null);
  private constructor(
    private readonly v: T | null,
    /** "OptionalInt", "OptionalLong" or "OptionalDouble" for a primitive stream's result: how it prints. */
    private readonly label = "Optional",
  ) {}
  /** The same value as a primitive stream's OptionalInt/OptionalLong/OptionalDouble. */
  static primitive<T>(label: "OptionalInt" | "OptionalLong" | "OptionalDouble", o: Optional<T>): Optional<T> {
    return new Optional(o.v, label);
  }
  static of<T>(v: T): Optional<T> {
    if (v === null || v === undefined) throw new NullPointerException(null);
    return new Optional(v);
  }
  static ofNullable<T>(v: T | null | undefined): Optional<T> {
    return v === null || v === undefined ? Optional.empty() : new Optional(v);
  }
  static empty<T>(): Optional<T> {
    return Optional.EMPTY as Optional<T>;
  }
  get(): T {
    if (this.v === null) throw new NoSuchElementException("No value present");
    return this.v;
  }
  orElseThrow(fn?: () => unknown): T {
    if (this.v === null) throw fn ? fn() : new NoSuchElementException("No value present");
    return this.v;
  }
  isPresent(): boolean {
    return this.v !== null;
  }
  isEmpty(): boolean {
    return this.v === null;
  }
  ifPresent(fn: (v: T) => void): void {
    if (this.v !== null) fn(this.v);
  }
  ifPresentOrElse(fn: (v: T) => void, orElse: () => void): void {
    if (this.v !== null) fn(this.v);
    else orElse();
  }
  orElse(other: T): T {
    return this.v !== null ? this.v : other;
  }
  orElseGet(fn: () => T): T {
    return this.v !== null ? this.v : fn();
  }
  map<U>(fn: (v: T) => U | null): Optional<U> {
    return this.v === null ? Optional.empty() : Optional.ofNullable(fn(this.v));
  }
  flatMap<U>(fn: (v: T) => Optional<U>): Optional<U> {
    return this.v === null ? Optional.empty() : fn(this.v);
  }
  filter(p: (v: T) => boolean): Optional<T> {
    return this.v === null || p(this.v) ? this : Optional.empty();
  }
  or(fn: () => Optional<T>): Optional<T> {
    return this.v !== null ? this : fn();
  }
  equals(o: unknown): boolean {
    return o instanceof Optional && jequals(this.v, o.v);
  }
  hashCode(): number {
    return hashOf("obj", this.v);
  }
  toString(): string {
    if (this.v === null) return `${this.label}.empty`;
    return `${this.label}[${this.label === "OptionalDouble" ? dstr(this.v as number) : str(this.v)}]`;
  }
}

/* ===================== arrays ===================== */

export type JArray = Int32Array | Float64Array | Float32Array | Uint16Array | Int8Array | Int16Array | BigInt64Array | unknown[];

/** new T[n] for each Java element type (the mapping documented in the README). */
export function newArray(kind: Kind, n: number): JArray {
  if (n < 0) throw new NegativeArraySizeException(String(n));
  switch (kind) {
    case "int":
      return new Int32Array(n);
    case "double":
      return new Float64Array(n);
    case "float":
      return new Float32Array(n);
    case "char":
      return new Uint16Array(n);
    case "byte":
      return new Int8Array(n);
    case "short":
      return new Int16Array(n);
    case "long":
      return new BigInt64Array(n);
    case "boolean":
      return new Array<boolean>(n).fill(false);
    default:
      return new Array<unknown>(n).fill(null);
  }
}

/** Bounds-checked a[i] (typed arrays silently return undefined / drop writes out of range). */
export function aget<T>(a: ArrayLike<T>, i: number): T {
  if (i >= 0 && i < a.length) return a[i];
  throw new ArrayIndexOutOfBoundsException(`Index ${i} out of bounds for length ${a.length}`);
}
export function aset<T>(a: { length: number; [i: number]: T }, i: number, v: T): T {
  if (i < 0 || i >= a.length) throw new ArrayIndexOutOfBoundsException(`Index ${i} out of bounds for length ${a.length}`);
  if (v !== null && Array.isArray(a)) checkStore(a, v);
  return (a[i] = v);
}

/**
 * Java checks each store into an array of references against its runtime element type. The runtime
 * knows the JDK value types' classes (String and the boxes); other element types are not checked.
 */
const STORE_CHECKS: Record<string, string> = {
  "[Ljava.lang.String;": "java.lang.String",
  "[Ljava.lang.Integer;": "java.lang.Integer",
  "[Ljava.lang.Long;": "java.lang.Long",
  "[Ljava.lang.Boolean;": "java.lang.Boolean",
};
function checkStore(a: unknown[], v: unknown): void {
  const want = STORE_CHECKS[arrayDescriptor(a)];
  if (want !== undefined && className(v) !== want) throw new ArrayStoreException(className(v));
}

function arrayKind(a: unknown): Kind {
  if (a instanceof Float64Array) return "double";
  if (a instanceof Float32Array) return "float";
  if (a instanceof Uint16Array) return "char";
  if (a instanceof BigInt64Array) return "long";
  return "obj";
}

function checkRange(len: number, from: number, to: number): void {
  if (from > to) throw new IllegalArgumentException(`fromIndex(${from}) > toIndex(${to})`);
  if (from < 0) throw new ArrayIndexOutOfBoundsException(`Array index out of range: ${from}`);
  if (to > len) throw new ArrayIndexOutOfBoundsException(`Array index out of range: ${to}`);
}

/** Sorts the typed-array types numerically (typed-array sort orders -0.0 < 0.0 and NaN last, like Java). */
function sortRange<T>(a: JArray, from: number, to: number, cmp?: Comparator<T> | null): void {
  if (Array.isArray(a)) {
    const part = a.slice(from, to).sort((cmp ?? compareNatural) as (x: unknown, y: unknown) => number);
    for (let i = 0; i < part.length; i++) a[from + i] = part[i];
  } else if (a instanceof BigInt64Array) {
    a.subarray(from, to).sort();
  } else {
    a.subarray(from, to).sort();
  }
}

export const Arrays = {
  sort<T>(a: JArray, fromOrCmp?: number | Comparator<T> | null, to?: number, cmp?: Comparator<T> | null): void {
    if (typeof fromOrCmp === "number") {
      checkRange(a.length, fromOrCmp, to as number);
      sortRange(a, fromOrCmp, to as number, cmp);
    } else sortRange(a, 0, a.length, fromOrCmp);
  },
  fill<T>(a: { length: number; fill(v: T, s?: number, e?: number): unknown }, fromOrV: number | T, to?: number, v?: T): void {
    if (to !== undefined) {
      checkRange(a.length, fromOrV as number, to);
      a.fill(v as T, fromOrV as number, to);
    } else a.fill(fromOrV as T);
  },
  /** Copies, padding with the element type's default (0, 0n, false or null). */
  copyOf<A extends JArray>(a: A, n: number): A {
    if (n < 0) throw new NegativeArraySizeException(String(n));
    if (Array.isArray(a)) {
      const r = a.slice(0, n);
      const pad = a.length > 0 && typeof a[0] === "boolean" ? false : null;
      while (r.length < n) r.push(pad);
      return r as A;
    }
    const r = new (a.constructor as new (n: number) => A)(n);
    (r as unknown as { set(x: ArrayLike<unknown>): void }).set(a.subarray(0, Math.min(n, a.length)) as ArrayLike<unknown>);
    return r;
  },
  copyOfRange<A extends JArray>(a: A, from: number, to: number): A {
    if (from > to) throw new IllegalArgumentException(`${from} > ${to}`);
    if (from < 0 || from > a.length) throw new ArrayIndexOutOfBoundsException(`Array index out of range: ${from}`);
    const head = Array.isArray(a) ? (a.slice(from) as A) : (a.slice(from) as A);
    return Arrays.copyOf(head, to - from);
  },
  equals(a: ArrayLike<unknown> | null, b: ArrayLike<unknown> | null): boolean {
    if (a === b) return true;
    if (a === null || b === null || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jequals(a[i], b[i]) && !(a[i] === b[i])) return false;
    return true;
  },
  hashCode(a: JArray | null): number {
    if (a === null) return 0;
    const k = arrayKind(a);
    let h = 1;
    for (let i = 0; i < a.length; i++) h = (Math.imul(31, h) + hashOf(k, a[i])) | 0;
    return h;
  },
  /** "[1, 2, 3]" with element rendering by array type (Float64Array -> Double.toString, Uint16Array -> chars). */
  toString(a: JArray | null, kind?: Kind): string {
    if (a === null) return "null";
    const k = kind ?? arrayKind(a);
    const parts: string[] = [];
    for (let i = 0; i < a.length; i++) parts.push(strOf(k, a[i]));
    return "[" + parts.join(", ") + "]";
  },
  deepToString(a: unknown[] | null): string {
    if (a === null) return "null";
    return "[" + a.map((e) => (Array.isArray(e) ? Arrays.deepToString(e) : ArrayBuffer.isView(e) ? Arrays.toString(e as JArray) : str(e))).join(", ") + "]";
  },
  /** Fixed-size list view backed by the array: set writes through, add/remove throw. */
  asList<T>(...items: T[]): JList<T> {
    return new ArrayView(items);
  },
  /** Arrays.asList(array): a view that sees later writes to the array. */
  asListView<T>(a: T[]): JList<T> {
    return new ArrayView(a);
  },
  /** Java's binary search: returns -(insertion point) - 1 when absent. */
  binarySearch<T>(a: ArrayLike<T>, key: T, cmp?: Comparator<T> | null): number {
    let low = 0;
    let high = a.length - 1;
    const c = (cmp ?? compareNatural) as Comparator<T>;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const r = c(a[mid], key);
      if (r < 0) low = mid + 1;
      else if (r > 0) high = mid - 1;
      else return mid;
    }
    return -(low + 1);
  },
  stream<T>(a: ArrayLike<T>): T[] {
    return Array.from(a);
  },
  setAll<T>(a: { length: number; [i: number]: T }, f: (i: number) => T): void {
    for (let i = 0; i < a.length; i++) a[i] = f(i);
  },
  /** Cumulative combination in place (sequential: the result is the same as Java's parallel one for an associative op). */
  parallelPrefix<T>(a: { length: number; [i: number]: T }, op: (x: T, y: T) => T): void {
    for (let i = 1; i < a.length; i++) a[i] = op(a[i - 1]!, a[i]!);
  },
  /** Index of the first differing element, the shorter length for a proper prefix, else -1 (NaN equals NaN, 0.0 differs from -0.0). */
  mismatch(a: JArray, b: JArray): number {
    const n = Math.min(a.length, b.length);
    const numeric = !Array.isArray(a);
    for (let i = 0; i < n; i++) if (numeric ? !Object.is(a[i], b[i]) : !jequals(a[i], b[i]) && a[i] !== b[i]) return i;
    return a.length === b.length ? -1 : n;
  },
  /** Lexicographic order; byte, short and char elements compare by difference like their boxes' compare. */
  compare(a: JArray | null, b: JArray | null): number {
    if (a === b) return 0;
    if (a === null || b === null) return a === null ? -1 : 1;
    const i = Arrays.mismatch(a, b);
    if (i < 0 || i >= Math.min(a.length, b.length)) return a.length - b.length;
    if (a instanceof Int8Array || a instanceof Int16Array || a instanceof Uint16Array) return (a[i] as number) - (b[i] as number);
    return compareNatural(a[i], b[i]);
  },
};

class ArrayView<T> extends JList<T> {
  constructor(private readonly a: T[]) {
    super();
  }
  size(): number {
    return this.a.length;
  }
  get(i: number): T {
    if (i < 0 || i >= this.a.length) throw new ArrayIndexOutOfBoundsException(`Index ${i} out of bounds for length ${this.a.length}`);
    return this.a[i];
  }
  set(i: number, e: T): T {
    const old = this.get(i);
    this.a[i] = e;
    return old;
  }
  addAt(): void {
    throw new UnsupportedOperationException(null);
  }
  removeAt(): T {
    throw new UnsupportedOperationException(null);
  }
  override sort(cmp: Comparator<T> | null): void {
    this.a.sort(cmp ?? compareNatural);
  }
}

/** Read-only list for List.of / Collections.unmodifiableList / emptyList. */
export class ImmutableList<T> extends JList<T> {
  constructor(private readonly inner: JList<T> | T[], private readonly nullsAllowed = true) {
    super(inner instanceof JCollection ? inner.kind : "obj");
    if (!nullsAllowed && Array.isArray(inner)) for (const e of inner) if (e === null || e === undefined) throw new NullPointerException(null);
  }
  size(): number {
    return Array.isArray(this.inner) ? this.inner.length : this.inner.size();
  }
  get(i: number): T {
    if (Array.isArray(this.inner)) {
      if (i < 0 || i >= this.inner.length) throw outOfBounds(i, this.inner.length);
      return this.inner[i];
    }
    return this.inner.get(i);
  }
  set(..._args: unknown[]): T {
    throw new UnsupportedOperationException(null);
  }
  addAt(..._args: unknown[]): void {
    throw new UnsupportedOperationException(null);
  }
  removeAt(..._args: unknown[]): T {
    throw new UnsupportedOperationException(null);
  }
  override add(..._args: unknown[]): boolean {
    throw new UnsupportedOperationException(null);
  }
  override remove(..._args: unknown[]): boolean {
    throw new UnsupportedOperationException(null);
  }
  override removeIf(..._args: unknown[]): boolean {
    throw new UnsupportedOperationException(null);
  }
  override clear(..._args: unknown[]): void {
    throw new UnsupportedOperationException(null);
  }
  override sort(..._args: unknown[]): void {
    throw new UnsupportedOperationException(null);
  }
  override contains(o: unknown): boolean {
    if (!this.nullsAllowed && (o === null || o === undefined)) throw new NullPointerException(null);
    return super.contains(o);
  }
}

/** Read-only set view. */
export class ImmutableSet<T> extends JSet<T> {
  constructor(private readonly inner: JSet<T>) {
    super(inner.kind);
  }
  size(): number {
    return this.inner.size();
  }
  override contains(o: unknown): boolean {
    return this.inner.contains(o);
  }
  iterator(): JIterator<T> {
    const it = this.inner.iterator();
    return new (class extends IterBase<T> {
      hasNext(): boolean {
        return it.hasNext();
      }
      nextValue(): T {
        return it.nextValue();
      }
    })();
  }
  override add(..._args: unknown[]): boolean {
    throw new UnsupportedOperationException(null);
  }
  override remove(..._args: unknown[]): boolean {
    throw new UnsupportedOperationException(null);
  }
  override clear(..._args: unknown[]): void {
    throw new UnsupportedOperationException(null);
  }
}

/**
 * List.of / Set.of / Map.of. Java randomises Set.of/Map.of iteration order per JVM run; programs
 * cannot depend on it, so we use insertion order.
 */
/** Lists made by List.of/copyOf (not unmodifiable views): List.copyOf returns such a list itself, as Java does. */
const VALUE_LISTS = new WeakSet<object>();
export function asValueList<L extends JList<unknown>>(l: L): L {
  VALUE_LISTS.add(l);
  return l;
}

export const List = {
  of<T>(...items: T[]): JList<T> {
    return asValueList(new ImmutableList(items.slice(), false));
  },
  copyOf<T>(c: Iterable<T>): JList<T> {
    if (VALUE_LISTS.has(c as object)) return c as JList<T>;
    return asValueList(new ImmutableList(Array.from(c), false));
  },
};
export const JavaSet = {
  of<T>(...items: T[]): JSet<T> {
    const s = new LinkedHashSetLite<T>();
    for (const e of items) {
      if (e === null || e === undefined) throw new NullPointerException(null);
      if (!s.add(e)) throw new IllegalArgumentException("duplicate element: " + str(e));
    }
    return new ImmutableSet(s);
  },
  copyOf<T>(c: Iterable<T>): JSet<T> {
    const s = new LinkedHashSetLite<T>();
    for (const e of c) s.add(e);
    return new ImmutableSet(s);
  },
};
class LinkedHashSetLite<T> extends HashSet<T> {
  protected override makeMap(): LinkedHashMap<T, boolean> {
    return new LinkedHashMap<T, boolean>();
  }
}
export const JavaMap = {
  /** Map.of(k1, v1, k2, v2, ...) */
  of<K, V>(...kv: unknown[]): JMap<K, V> {
    const m = new LinkedHashMap<K, V>();
    for (let i = 0; i < kv.length; i += 2) {
      if (kv[i] === null || kv[i] === undefined || kv[i + 1] === null || kv[i + 1] === undefined) throw new NullPointerException(null);
      if (m.containsKey(kv[i])) throw new IllegalArgumentException("duplicate key: " + str(kv[i]));
      m.put(kv[i] as K, kv[i + 1] as V);
    }
    return new UnmodifiableMap(m);
  },
  entry<K, V>(k: K, v: V): { getKey(): K; getValue(): V; setValue(): never; toString(): string } {
    if (k === null || k === undefined || v === null || v === undefined) throw new NullPointerException(null);
    return {
      getKey: () => k,
      getValue: () => v,
      setValue: () => {
        throw new UnsupportedOperationException(null);
      },
      toString: () => str(k) + "=" + str(v),
    };
  },
};

/* ===================== Collections ===================== */

/** JS runs one thread: a synchronized wrapper is the collection itself. */
const synchronizedView = <C>(c: C): C => c;

export const Collections = {
  synchronizedList: synchronizedView,
  synchronizedSet: synchronizedView,
  synchronizedSortedSet: synchronizedView,
  synchronizedNavigableSet: synchronizedView,
  synchronizedMap: synchronizedView,
  synchronizedSortedMap: synchronizedView,
  synchronizedNavigableMap: synchronizedView,
  synchronizedCollection: synchronizedView,
  sort<T>(list: JList<T>, cmp?: Comparator<T> | null): void {
    list.sort(cmp ?? null);
  },
  reverse<T>(list: JList<T>): void {
    for (let i = 0, j = list.size() - 1; i < j; i++, j--) list.set(i, list.set(j, list.get(i)));
  },
  /** Java's shuffle: for i from size down to 2, swap(i-1, rnd.nextInt(i)). */
  shuffle<T>(list: JList<T>, rnd: Random = new Random()): void {
    for (let i = list.size(); i > 1; i--) Collections.swap(list, i - 1, rnd.nextInt(i));
  },
  swap<T>(list: JList<T>, i: number, j: number): void {
    list.set(i, list.set(j, list.get(i)));
  },
  max<T>(c: Iterable<T>, cmp?: Comparator<T> | null): T {
    const f = (cmp ?? compareNatural) as Comparator<T>;
    const it = c[Symbol.iterator]();
    let r = it.next();
    if (r.done) throw new NoSuchElementException(null);
    let best = r.value;
    while (!(r = it.next()).done) if (f(r.value, best) > 0) best = r.value;
    return best;
  },
  min<T>(c: Iterable<T>, cmp?: Comparator<T> | null): T {
    const f = (cmp ?? compareNatural) as Comparator<T>;
    return Collections.max(c, (a, b) => f(b, a));
  },
  frequency(c: Iterable<unknown>, o: unknown): number {
    let n = 0;
    for (const e of c) if (jequals(o, e)) n++;
    return n;
  },
  nCopies<T>(n: number, v: T): JList<T> {
    if (n < 0) throw new IllegalArgumentException("List length = " + n);
    return new ImmutableList(new Array<T>(n).fill(v));
  },
  emptyList<T>(): JList<T> {
    return new ImmutableList<T>([]);
  },
  singletonList<T>(v: T): JList<T> {
    return new ImmutableList([v]);
  },
  emptyMap<K, V>(): JMap<K, V> {
    return new UnmodifiableMap(new LinkedHashMap<K, V>());
  },
  emptySet<T>(): JSet<T> {
    return new ImmutableSet(new HashSet<T>());
  },
  singleton<T>(v: T): JSet<T> {
    return new ImmutableSet(new HashSet<T>([v]));
  },
  unmodifiableList<T>(l: JList<T>): JList<T> {
    return new ImmutableList(l);
  },
  unmodifiableSet<T>(s: JSet<T>): JSet<T> {
    return new ImmutableSet(s);
  },
  unmodifiableMap<K, V>(m: JMap<K, V>): JMap<K, V> {
    return new UnmodifiableMap(m);
  },
  unmodifiableCollection<T>(l: JList<T>): JList<T> {
    return new ImmutableList(l);
  },
  reverseOrder<T>(cmp?: Comparator<T> | null): Comparator<T> {
    const f = (cmp ?? compareNatural) as Comparator<T>;
    return (a, b) => f(b, a);
  },
  addAll<T>(c: JCollection<T>, ...items: T[]): boolean {
    let changed = false;
    for (const e of items) if (c.add(e)) changed = true;
    return changed;
  },
  fill<T>(list: JList<T>, v: T): void {
    for (let i = 0; i < list.size(); i++) list.set(i, v);
  },
  binarySearch<T>(list: JList<T>, key: T, cmp?: Comparator<T> | null): number {
    return Arrays.binarySearch(list.toArray(), key, cmp);
  },
  disjoint(a: JCollection<unknown>, b: JCollection<unknown>): boolean {
    for (const e of a) if (b.contains(e)) return false;
    return true;
  },
  rotate<T>(list: JList<T>, distance: number): void {
    const n = list.size();
    if (n === 0) return;
    const d = ((distance % n) + n) % n;
    const a = list.toArray();
    for (let i = 0; i < n; i++) list.set((i + d) % n, a[i]);
  },
};

/** Comparator helpers the emitter maps Comparator.comparing/thenComparing/reversed onto. */
export const Comparators = {
  naturalOrder: compareNatural as Comparator<unknown>,
  comparing<T, U>(key: (t: T) => U, cmp?: Comparator<U>): Comparator<T> {
    const c = (cmp ?? compareNatural) as Comparator<U>;
    return (a, b) => c(key(a), key(b));
  },
  thenComparing<T>(first: Comparator<T>, second: Comparator<T>): Comparator<T> {
    return (a, b) => first(a, b) || second(a, b);
  },
  reversed<T>(c: Comparator<T>): Comparator<T> {
    return (a, b) => c(b, a);
  },
};
