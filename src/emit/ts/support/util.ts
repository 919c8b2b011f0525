// java.util.function defaults, Map.Entry comparators, Queue, StringJoiner and atomics for translated code.
import { ArrayIndexOutOfBoundsException, ArrayList, asValueList, type Comparator, ImmutableList, IndexOutOfBoundsException, type JCollection, JavaMap, type JMap, type Kind, LinkedHashMap, type MapEntry, NullPointerException, UnmodifiableMap, compareNatural, jequals } from "../runtime/index.js";

/** Function.identity() */
export const identity = <T>(): ((t: T) => T) => (t) => t;
/** Function.andThen / BiFunction.andThen */
export const andThen = <A extends unknown[], R, V>(f: (...a: A) => R, g: (r: R) => V): ((...a: A) => V) => (...a) => g(f(...a));
/** Consumer.andThen / BiConsumer.andThen */
export const consumerAndThen = <A extends unknown[]>(f: (...a: A) => void, g: (...a: A) => void): ((...a: A) => void) => (...a) => {
  f(...a);
  g(...a);
};
/** Function.compose */
export const compose = <T, U, R>(f: (u: U) => R, g: (t: T) => U): ((t: T) => R) => (t) => f(g(t));
/** Predicate.negate / Predicate.not */
export const negate = <A extends unknown[]>(p: (...a: A) => boolean): ((...a: A) => boolean) => (...a) => !p(...a);
/** Predicate.and */
export const andPred = <A extends unknown[]>(p: (...a: A) => boolean, q: (...a: A) => boolean): ((...a: A) => boolean) => (...a) => p(...a) && q(...a);
/** Predicate.or */
export const orPred = <A extends unknown[]>(p: (...a: A) => boolean, q: (...a: A) => boolean): ((...a: A) => boolean) => (...a) => p(...a) || q(...a);
/** Predicate.isEqual */
export const isEqual = <T>(v: T): ((t: T) => boolean) => (t) => jequals(v, t);

/** Map.Entry.comparingByKey / comparingByValue */
export function comparingByKey<K, V>(cmp?: Comparator<K>): Comparator<MapEntry<K, V>> {
  const c = (cmp ?? compareNatural) as Comparator<K>;
  return (a, b) => c(a.getKey(), b.getKey());
}
export function comparingByValue<K, V>(cmp?: Comparator<V>): Comparator<MapEntry<K, V>> {
  const c = (cmp ?? compareNatural) as Comparator<V>;
  return (a, b) => c(a.getValue(), b.getValue());
}
/** Comparator.nullsFirst / nullsLast */
export function nullsFirst<T>(cmp: Comparator<T>): Comparator<T> {
  return (a, b) => (a === null ? (b === null ? 0 : -1) : b === null ? 1 : cmp(a, b));
}
export function nullsLast<T>(cmp: Comparator<T>): Comparator<T> {
  return (a, b) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : cmp(a, b));
}

/** List.of with the element kind (so List.of(1.0) prints "[1.0]"); nulls are rejected like Java. */
export function listOf<T>(kind: Kind, ...items: T[]): ImmutableList<T> {
  for (const e of items) if (e === null || e === undefined) throw new NullPointerException(null);
  return asValueList(new ListOf(new ArrayList<T>(items, kind)));
}

/** List.of's index errors as JDK 17's: List12 reports "Index: i Size: n", ListN indexes an array. */
class ListOf<T> extends ImmutableList<T> {
  override get(i: number): T {
    const n = this.size();
    if (i < 0 || i >= n) throw n === 1 || n === 2 ? new IndexOutOfBoundsException(`Index: ${i} Size: ${n}`) : new ArrayIndexOutOfBoundsException(`Index ${i} out of bounds for length ${n}`);
    return super.get(i);
  }
  /** List.of holds no nulls and refuses to look for one. */
  override contains(o: unknown): boolean {
    if (o === null || o === undefined) throw new NullPointerException(null);
    return super.contains(o);
  }
  override indexOf(o: unknown): number {
    if (o === null || o === undefined) throw new NullPointerException(null);
    return super.indexOf(o);
  }
  override lastIndexOf(o: unknown): number {
    if (o === null || o === undefined) throw new NullPointerException(null);
    return super.lastIndexOf(o);
  }
}
/** Map.copyOf */
export function mapCopyOf<K, V>(m: JMap<K, V>): JMap<K, V> {
  const c = new LinkedHashMap<K, V>();
  c.putAll(m);
  return new UnmodifiableMap(c);
}
/** Map.ofEntries */
export function mapOfEntries<K, V>(...entries: MapEntry<K, V>[]): JMap<K, V> {
  return JavaMap.of<K, V>(...entries.flatMap((e) => [e.getKey(), e.getValue()]));
}

/** java.util.Queue: the methods LinkedList, ArrayDeque and PriorityQueue share. */
export interface JQueue<E> extends JCollection<E> {
  offer(e: E): boolean;
  poll(): E | null;
  peek(): E | null;
  element(): E;
  removeHead(): E;
}

/** java.util.StringJoiner */
export class StringJoiner {
  private readonly parts: string[] = [];
  private empty: string | null = null;
  constructor(private readonly delimiter: string, private readonly prefix = "", private readonly suffix = "") {}
  add(s: unknown): this {
    this.parts.push(s === null ? "null" : String(s));
    return this;
  }
  setEmptyValue(s: string): this {
    this.empty = s;
    return this;
  }
  length(): number {
    return this.toString().length;
  }
  toString(): string {
    if (this.parts.length === 0 && this.empty !== null) return this.empty;
    return this.prefix + this.parts.join(this.delimiter) + this.suffix;
  }
}

/** java.util.concurrent.atomic.AtomicInteger (single-threaded JS: plain arithmetic with int wrap). */
export class AtomicInteger {
  constructor(private value = 0) {}
  get(): number {
    return this.value;
  }
  set(v: number): void {
    this.value = v;
  }
  incrementAndGet(): number {
    return (this.value = (this.value + 1) | 0);
  }
  decrementAndGet(): number {
    return (this.value = (this.value - 1) | 0);
  }
  getAndIncrement(): number {
    const v = this.value;
    this.value = (v + 1) | 0;
    return v;
  }
  getAndDecrement(): number {
    const v = this.value;
    this.value = (v - 1) | 0;
    return v;
  }
  addAndGet(d: number): number {
    return (this.value = (this.value + d) | 0);
  }
  getAndAdd(d: number): number {
    const v = this.value;
    this.value = (v + d) | 0;
    return v;
  }
  getAndSet(v: number): number {
    const old = this.value;
    this.value = v;
    return old;
  }
  updateAndGet(f: (v: number) => number): number {
    return (this.value = f(this.value));
  }
  accumulateAndGet(x: number, f: (a: number, b: number) => number): number {
    return (this.value = f(this.value, x));
  }
  compareAndSet(expect: number, update: number): boolean {
    if (this.value !== expect) return false;
    this.value = update;
    return true;
  }
  intValue(): number {
    return this.value;
  }
  toString(): string {
    return String(this.value);
  }
}

/** java.util.concurrent.atomic.AtomicLong */
export class AtomicLong {
  constructor(private value = 0n) {}
  get(): bigint {
    return this.value;
  }
  set(v: bigint): void {
    this.value = v;
  }
  incrementAndGet(): bigint {
    return (this.value = BigInt.asIntN(64, this.value + 1n));
  }
  getAndIncrement(): bigint {
    const v = this.value;
    this.value = BigInt.asIntN(64, v + 1n);
    return v;
  }
  addAndGet(d: bigint): bigint {
    return (this.value = BigInt.asIntN(64, this.value + d));
  }
  toString(): string {
    return this.value.toString();
  }
}
