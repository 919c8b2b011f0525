// java.util.stream as a small lazy, pull-based stream over JS iterators: one class for Stream,
// IntStream, LongStream and DoubleStream (the kind says how sums, averages and printing behave),
// plus the common Collectors. Streams are single-use, operations run element by element like Java's.
import {
  ArrayList, type Comparator, HashMap, HashSet, IllegalStateException, ImmutableList, type JCollection, type JMap, type Kind, LinkedHashMap,
  Optional, compareNatural, dstr, format, str,
} from "../runtime/index.js";

export type StreamKind = "int" | "long" | "double" | "obj";

const elementKind = (k: StreamKind): Kind => (k === "double" ? "double" : "obj");

export class JStream<T> implements Iterable<T> {
  private used = false;
  constructor(private readonly source: () => Iterator<T>, readonly kind: StreamKind = "obj") {}

  private pull(): Iterator<T> {
    if (this.used) throw new IllegalStateException("stream has already been operated upon or closed");
    this.used = true;
    return this.source();
  }
  [Symbol.iterator](): Iterator<T> {
    return this.pull();
  }
  private derive<U>(gen: (it: Iterator<T>) => Generator<U>, kind: StreamKind = this.kind as StreamKind): JStream<U> {
    return new JStream<U>(() => gen(this.pull()), kind);
  }

  filter(p: (t: T) => boolean): JStream<T> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) if (p(r.value)) yield r.value;
    });
  }
  map<U>(f: (t: T) => U): JStream<U> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) yield f(r.value);
    });
  }
  /** mapToInt / mapToObj / …: a map that changes the stream's kind. */
  mapKind<U>(f: (t: T) => U, kind: StreamKind): JStream<U> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) yield f(r.value);
    }, kind);
  }
  boxed(): JStream<T> {
    return this.asKind(this.kind === "double" ? "double" : "obj");
  }
  asKind(kind: StreamKind): JStream<T> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) yield r.value;
    }, kind);
  }
  flatMap<U>(f: (t: T) => Iterable<U> | null): JStream<U> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) {
        const inner = f(r.value);
        if (inner !== null) yield* inner;
      }
    });
  }
  peek(f: (t: T) => void): JStream<T> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) {
        f(r.value);
        yield r.value;
      }
    });
  }
  distinct(): JStream<T> {
    return this.derive(function* (it) {
      const seen = new HashSet<T>();
      for (let r = it.next(); !r.done; r = it.next()) if (seen.add(r.value)) yield r.value;
    });
  }
  /** sorted() is a barrier: everything upstream runs before the first element comes out (stable, like Java). */
  sorted(cmp?: Comparator<T> | null): JStream<T> {
    return this.derive(function* (it) {
      const all: T[] = [];
      for (let r = it.next(); !r.done; r = it.next()) all.push(r.value);
      all.sort((cmp ?? compareNatural) as Comparator<T>);
      yield* all;
    });
  }
  limit(n: number | bigint): JStream<T> {
    const max = Number(n);
    return this.derive(function* (it) {
      if (max <= 0) return;
      let i = 0;
      for (let r = it.next(); !r.done; r = it.next()) {
        yield r.value;
        if (++i >= max) return;
      }
    });
  }
  skip(n: number | bigint): JStream<T> {
    const k = Number(n);
    return this.derive(function* (it) {
      let i = 0;
      for (let r = it.next(); !r.done; r = it.next()) if (i++ >= k) yield r.value;
    });
  }
  takeWhile(p: (t: T) => boolean): JStream<T> {
    return this.derive(function* (it) {
      for (let r = it.next(); !r.done; r = it.next()) {
        if (!p(r.value)) return;
        yield r.value;
      }
    });
  }
  dropWhile(p: (t: T) => boolean): JStream<T> {
    return this.derive(function* (it) {
      let dropping = true;
      for (let r = it.next(); !r.done; r = it.next()) {
        if (dropping && p(r.value)) continue;
        dropping = false;
        yield r.value;
      }
    });
  }

  // ----- terminal operations
  forEach(f: (t: T) => void): void {
    for (const x of this) f(x);
  }
  forEachOrdered(f: (t: T) => void): void {
    this.forEach(f);
  }
  toArray(): T[] {
    return Array.from(this);
  }
  toList(): ImmutableList<T> {
    return new ImmutableList(new ArrayList<T>(this.toArray(), elementKind(this.kind)));
  }
  collect<R>(c: Collector<T, R>): R {
    return c(this.toArray(), this.kind);
  }
  count(): bigint {
    let n = 0n;
    for (const _ of this) n++;
    return n;
  }
  reduce(identity: T, op: (a: T, b: T) => T): T {
    let acc = identity;
    for (const x of this) acc = op(acc, x);
    return acc;
  }
  /** reduce(op) without identity: empty when the stream is. */
  reduceOpt(op: (a: T, b: T) => T): Optional<T> {
    let acc: T | undefined;
    let any = false;
    for (const x of this) {
      acc = any ? op(acc as T, x) : x;
      any = true;
    }
    return this.optional(any ? Optional.of(acc as T) : Optional.empty<T>());
  }
  max(cmp?: Comparator<T>): Optional<T> {
    const c = (cmp ?? compareNatural) as Comparator<T>;
    return this.pick((a, b) => c(b, a) > 0);
  }
  min(cmp?: Comparator<T>): Optional<T> {
    const c = (cmp ?? compareNatural) as Comparator<T>;
    return this.pick((a, b) => c(b, a) < 0);
  }
  private pick(better: (best: T, x: T) => boolean): Optional<T> {
    let best: T | undefined;
    let any = false;
    for (const x of this) {
      if (!any || better(best as T, x)) best = x;
      any = true;
    }
    return this.optional(any ? Optional.of(best as T) : Optional.empty<T>());
  }
  /** A primitive stream's Optional prints as OptionalInt/OptionalLong/OptionalDouble. */
  private optional<U>(o: Optional<U>): Optional<U> {
    return this.kind === "obj" ? o : Optional.primitive(this.kind === "int" ? "OptionalInt" : this.kind === "long" ? "OptionalLong" : "OptionalDouble", o);
  }
  anyMatch(p: (t: T) => boolean): boolean {
    for (const x of this) if (p(x)) return true;
    return false;
  }
  allMatch(p: (t: T) => boolean): boolean {
    for (const x of this) if (!p(x)) return false;
    return true;
  }
  noneMatch(p: (t: T) => boolean): boolean {
    return !this.anyMatch(p);
  }
  findFirst(): Optional<T> {
    const r = this.pull().next();
    return this.optional(r.done ? Optional.empty<T>() : Optional.of(r.value));
  }
  findAny(): Optional<T> {
    return this.findFirst();
  }
  iterator(): Iterator<T> {
    return this.pull();
  }
  /** IntStream.sum (int arithmetic wraps). */
  sumInt(): number {
    let s = 0;
    for (const x of this) s = (s + (x as number)) | 0;
    return s;
  }
  /** DoubleStream.sum */
  sum(): number {
    let s = 0;
    for (const x of this) s += x as number;
    return s;
  }
  sumLong(): bigint {
    let s = 0n;
    for (const x of this) s = BigInt.asIntN(64, s + (x as bigint));
    return s;
  }
  average(): Optional<number> {
    let s = 0;
    let n = 0;
    for (const x of this) {
      s += Number(x);
      n++;
    }
    return Optional.primitive("OptionalDouble", n ? Optional.of(s / n) : Optional.empty<number>());
  }
  averageLong(): Optional<number> {
    return this.average();
  }
  summaryStatistics(): SummaryStatistics<T> {
    return summarize(new SummaryStatistics<T>(this.kind === "double" ? "double" : "int"), this);
  }
  summaryStatisticsLong(): SummaryStatistics<T> {
    return summarize(new SummaryStatistics<T>("long"), this);
  }
}

/** Int/Long/DoubleSummaryStatistics with Java's toString. */
export class SummaryStatistics<T> {
  private count = 0n;
  private total = 0;
  private lo = Infinity;
  private hi = -Infinity;
  constructor(private readonly kind: "int" | "long" | "double") {}
  accept(x: T): void {
    const v = Number(x);
    this.count++;
    this.total += v;
    this.lo = Math.min(this.lo, v);
    this.hi = Math.max(this.hi, v);
  }
  getCount(): bigint {
    return this.count;
  }
  getSum(): number {
    return this.total;
  }
  getMin(): number {
    return this.count ? this.lo : this.kind === "int" ? 2147483647 : this.kind === "double" ? Infinity : Number.MAX_SAFE_INTEGER;
  }
  getMax(): number {
    return this.count ? this.hi : this.kind === "int" ? -2147483648 : this.kind === "double" ? -Infinity : Number.MIN_SAFE_INTEGER;
  }
  getAverage(): number {
    return this.count ? this.total / Number(this.count) : 0;
  }
  toString(): string {
    const name = this.kind === "int" ? "IntSummaryStatistics" : this.kind === "long" ? "LongSummaryStatistics" : "DoubleSummaryStatistics";
    if (this.kind === "double") {
      return format(`${name}{count=%d, sum=%f, min=%f, average=%f, max=%f}`, this.count, this.total, this.getMin(), this.getAverage(), this.getMax());
    }
    return format(`${name}{count=%d, sum=%d, min=%d, average=%f, max=%d}`, this.count, this.total, this.getMin(), this.getAverage(), this.getMax());
  }
}

function summarize<T>(st: SummaryStatistics<T>, values: Iterable<T>): SummaryStatistics<T> {
  for (const v of values) st.accept(v);
  return st;
}

/** A collector sees the whole (finite) sequence at once: collect() is terminal. */
export type Collector<T, R> = (items: T[], kind: StreamKind) => R;

/** Stream over an iterable (collections, arrays, strings' chars). */
export function stream<T>(src: Iterable<T> | ArrayLike<T>, kind: StreamKind = "obj"): JStream<T> {
  const it = Symbol.iterator in Object(src) ? (src as Iterable<T>) : Array.from(src as ArrayLike<T>);
  return new JStream<T>(() => it[Symbol.iterator](), kind);
}

export function streamOf<T>(kind: StreamKind, ...items: T[]): JStream<T> {
  return new JStream<T>(() => items[Symbol.iterator](), kind);
}

export const Streams = {
  /** IntStream.range (numbers) and LongStream.range (bigints): the element type follows the bounds. */
  range<N extends number | bigint>(kind: StreamKind, from: N, to: N, closed = false): JStream<N extends number ? number : bigint> {
    return new JStream(function* () {
      if (typeof from === "bigint") for (let i = from; closed ? i <= (to as bigint) : i < (to as bigint); i++) yield i as unknown as N extends number ? number : bigint;
      else for (let i = from as number; closed ? i <= (to as number) : i < (to as number); i++) yield i as unknown as N extends number ? number : bigint;
    }, kind);
  },
  rangeClosed<N extends number | bigint>(kind: StreamKind, from: N, to: N): JStream<N extends number ? number : bigint> {
    return Streams.range(kind, from, to, true);
  },
  iterate<T>(kind: StreamKind, seed: T, a: ((t: T) => T) | ((t: T) => boolean), b?: (t: T) => T): JStream<T> {
    return new JStream(function* () {
      if (b) {
        for (let x = seed; (a as (t: T) => boolean)(x); x = b(x)) yield x;
      } else {
        for (let x = seed; ; x = (a as (t: T) => T)(x)) yield x;
      }
    }, kind);
  },
  generate<T>(kind: StreamKind, s: () => T): JStream<T> {
    return new JStream(function* () {
      for (;;) yield s();
    }, kind);
  },
  concat<T>(kind: StreamKind, a: JStream<T>, b: JStream<T>): JStream<T> {
    return new JStream(function* () {
      yield* a;
      yield* b;
    }, kind);
  },
};

function listOfKind<T>(items: T[], kind: StreamKind): ArrayList<T> {
  return new ArrayList<T>(items, elementKind(kind));
}

/** Collectors.groupingBy(key), (key, downstream) and (key, mapFactory, downstream). */
function groupingBy<T, K>(key: (t: T) => K): Collector<T, JMap<K, ArrayList<T>>>;
function groupingBy<T, K, R>(key: (t: T) => K, downstream: Collector<T, R>): Collector<T, JMap<K, R>>;
function groupingBy<T, K, R>(key: (t: T) => K, factory: () => JMap<K, R>, downstream: Collector<T, R>): Collector<T, JMap<K, R>>;
function groupingBy<T, K, R>(key: (t: T) => K, a?: (() => JMap<K, R>) | Collector<T, R>, b?: Collector<T, R>): Collector<T, JMap<K, R>> {
  const factory = b ? (a as () => JMap<K, R>) : () => new HashMap<K, R>();
  const down = (b ?? (a as Collector<T, R> | undefined) ?? (Collectors.toList<T>() as unknown as Collector<T, R>)) as Collector<T, R>;
  return (items, kind) => {
    // As Java does: the groups gather in the factory's map through computeIfAbsent (a HashMap puts a new key
    // at the head of its bin, which shows in the iteration order), then each becomes its downstream result.
    const m = factory() as JMap<K, R | T[]>;
    for (const x of items) (m.computeIfAbsent(key(x), () => []) as T[]).push(x);
    m.replaceAll((_k, group) => down(group as T[], kind));
    return m as JMap<K, R>;
  };
}

export const Collectors = {
  toList<T>(): Collector<T, ArrayList<T>> {
    return (items, kind) => listOfKind(items, kind);
  },
  toUnmodifiableList<T>(): Collector<T, ImmutableList<T>> {
    return (items, kind) => new ImmutableList(listOfKind(items, kind));
  },
  toSet<T>(): Collector<T, HashSet<T>> {
    return (items, kind) => new HashSet<T>(items, elementKind(kind));
  },
  toUnmodifiableSet<T>(): Collector<T, HashSet<T>> {
    return Collectors.toSet<T>();
  },
  toCollection<T, C extends JCollection<T>>(supplier: () => C): Collector<T, C> {
    return (items) => {
      const c = supplier();
      for (const x of items) c.add(x);
      return c;
    };
  },
  joining(delim = "", prefix = "", suffix = ""): Collector<unknown, string> {
    return (items, kind) => prefix + items.map((x) => (kind === "double" ? dstr(x as number) : str(x))).join(delim) + suffix;
  },
  toMap<T, K, V>(key: (t: T) => K, value: (t: T) => V, merge?: (a: V, b: V) => V, factory?: () => JMap<K, V>): Collector<T, JMap<K, V>> {
    return (items) => {
      const m = factory ? factory() : new HashMap<K, V>();
      for (const x of items) {
        const k = key(x);
        const v = value(x);
        if (m.containsKey(k)) {
          if (!merge) throw new IllegalStateException(`Duplicate key ${str(k)} (attempted merging values ${str(m.get(k))} and ${str(v)})`);
          m.put(k, merge(m.get(k) as V, v));
        } else m.put(k, v);
      }
      return m;
    };
  },
  groupingBy,
  partitioningBy<T, R = ArrayList<T>>(p: (t: T) => boolean, downstream?: Collector<T, R>): Collector<T, JMap<boolean, R>> {
    const down = downstream ?? (Collectors.toList<T>() as unknown as Collector<T, R>);
    return (items, kind) => {
      const m = new LinkedHashMap<boolean, R>();
      m.put(false, down(items.filter((x) => !p(x)), kind));
      m.put(true, down(items.filter((x) => p(x)), kind));
      return m;
    };
  },
  counting<T>(): Collector<T, bigint> {
    return (items) => BigInt(items.length);
  },
  summingInt<T>(f: (t: T) => number): Collector<T, number> {
    return (items) => items.reduce((s, x) => (s + f(x)) | 0, 0);
  },
  summingLong<T>(f: (t: T) => bigint): Collector<T, bigint> {
    return (items) => items.reduce((s, x) => BigInt.asIntN(64, s + f(x)), 0n);
  },
  summingDouble<T>(f: (t: T) => number): Collector<T, number> {
    return (items) => items.reduce((s, x) => s + f(x), 0);
  },
  averagingInt<T>(f: (t: T) => number): Collector<T, number> {
    return (items) => (items.length ? items.reduce((s, x) => s + f(x), 0) / items.length : 0);
  },
  averagingDouble<T>(f: (t: T) => number): Collector<T, number> {
    return Collectors.averagingInt(f);
  },
  mapping<T, U, R>(f: (t: T) => U, down: Collector<U, R>): Collector<T, R> {
    return (items, kind) => down(items.map(f), kind);
  },
  filtering<T, R>(p: (t: T) => boolean, down: Collector<T, R>): Collector<T, R> {
    return (items, kind) => down(items.filter(p), kind);
  },
  minBy<T>(cmp: Comparator<T>): Collector<T, Optional<T>> {
    return (items) => streamOf("obj", ...items).min(cmp);
  },
  maxBy<T>(cmp: Comparator<T>): Collector<T, Optional<T>> {
    return (items) => streamOf("obj", ...items).max(cmp);
  },
  /** reducing(identity, op) and reducing(identity, mapper, op). */
  reducing<T, U>(identity: U, ...fns: [op: (a: U, b: U) => U] | [mapper: (t: T) => U, op: (a: U, b: U) => U]): Collector<T, U> {
    return (items) => (fns.length === 1 ? (items as unknown as U[]).reduce(fns[0], identity) : items.map(fns[0]).reduce(fns[1], identity));
  },
  summarizingInt<T>(f: (t: T) => number): Collector<T, SummaryStatistics<number>> {
    return (items) => summarize(new SummaryStatistics<number>("int"), items.map(f));
  },
  summarizingLong<T>(f: (t: T) => bigint): Collector<T, SummaryStatistics<bigint>> {
    return (items) => summarize(new SummaryStatistics<bigint>("long"), items.map(f));
  },
  summarizingDouble<T>(f: (t: T) => number): Collector<T, SummaryStatistics<number>> {
    return (items) => summarize(new SummaryStatistics<number>("double"), items.map(f));
  },
  collectingAndThen<T, R, RR>(down: Collector<T, R>, f: (r: R) => RR): Collector<T, RR> {
    return (items, kind) => f(down(items, kind));
  },
};

/** Optional.stream(): a stream of the value, or an empty one. */
export function optionalStream<T>(kind: StreamKind, o: Optional<T>): JStream<T> {
  return o.isPresent() ? streamOf(kind, o.get()) : streamOf<T>(kind);
}

/** Random.ints(streamSize, origin, bound) (JDK 17+ bounded generation). */
export function randomInts(rng: { nextInt(): number }, size: number | bigint, origin: number, bound: number): JStream<number> {
  const count = Number(size);
  return new JStream(function* () {
    for (let i = 0; i < count; i++) {
      let r = rng.nextInt();
      const n = (bound - origin) | 0;
      const m = (n - 1) | 0;
      if ((n & m) === 0) r = ((r & m) + origin) | 0;
      else if (n > 0) {
        for (let u = r >>> 1; ((u + m - (r = u % n)) | 0) < 0; u = rng.nextInt() >>> 1);
        r = (r + origin) | 0;
      } else {
        while (r < origin || r >= bound) r = rng.nextInt();
      }
      yield r;
    }
  }, "int");
}
