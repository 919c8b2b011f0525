// java.util maps and sets: HashMap with Java's exact bucket layout and iteration order, LinkedHashMap, TreeMap, and the sets on top.
import { type Comparator, JCollection, type JIterator } from "./collections.js";
import { compareNatural, hashDouble, hashFloat, hashOf, jequals, type Kind, strOf } from "./core.js";
import {
  ConcurrentModificationException,
  IllegalArgumentException,
  IllegalStateException,
  NoSuchElementException,
  UnsupportedOperationException,
} from "./exceptions.js";

/** Map.Entry */
export interface MapEntry<K, V> {
  getKey(): K;
  getValue(): V;
  setValue(v: V): V;
}

/** Kinds of keys and values (see Kind in core.ts): decide how numbers hash and print. */
export interface MapKinds {
  key?: Kind;
  value?: Kind;
}

abstract class Iter<T> implements JIterator<T> {
  abstract hasNext(): boolean;
  abstract nextValue(): T;
  abstract remove(): void;
  next(): IteratorResult<T> {
    return this.hasNext() ? { done: false, value: this.nextValue() } : { done: true, value: undefined };
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/** AbstractMap: Java's Map defaults, equals/hashCode contracts and "{k=v}" rendering. */
export abstract class JMap<K, V> implements Iterable<MapEntry<K, V>> {
  readonly keyKind: Kind;
  readonly valueKind: Kind;
  constructor(kinds?: MapKinds) {
    this.keyKind = kinds?.key ?? "obj";
    this.valueKind = kinds?.value ?? "obj";
  }
  abstract size(): number;
  abstract get(key: unknown): V | null;
  abstract put(key: K, value: V): V | null;
  /** Map.remove(key): returns the old value or null. */
  abstract remove(key: unknown): V | null;
  abstract containsKey(key: unknown): boolean;
  abstract entryIterator(): JIterator<MapEntry<K, V>>;
  abstract clear(): void;

  [Symbol.iterator](): Iterator<MapEntry<K, V>> {
    return this.entryIterator();
  }
  isEmpty(): boolean {
    return this.size() === 0;
  }
  getOrDefault(key: unknown, def: V): V {
    return this.containsKey(key) ? (this.get(key) as V) : def;
  }
  containsValue(v: unknown): boolean {
    for (const e of this) if (jequals(v, e.getValue())) return true;
    return false;
  }
  putIfAbsent(key: K, value: V): V | null {
    const old = this.get(key);
    if (old === null || old === undefined) this.put(key, value);
    return old;
  }
  computeIfAbsent(key: K, fn: (k: K) => V | null): V | null {
    const old = this.get(key);
    if (old !== null && old !== undefined) return old;
    const v = fn(key);
    if (v !== null && v !== undefined) this.put(key, v);
    return v;
  }
  computeIfPresent(key: K, fn: (k: K, v: V) => V | null): V | null {
    const old = this.get(key);
    if (old === null || old === undefined) return null;
    const v = fn(key, old);
    if (v === null || v === undefined) this.remove(key);
    else this.put(key, v);
    return v;
  }
  compute(key: K, fn: (k: K, v: V | null) => V | null): V | null {
    const old = this.get(key);
    const v = fn(key, old);
    if (v === null || v === undefined) {
      if (old !== null || this.containsKey(key)) this.remove(key);
      return null;
    }
    this.put(key, v);
    return v;
  }
  merge(key: K, value: V, fn: (a: V, b: V) => V | null): V | null {
    const old = this.get(key);
    const v = old === null || old === undefined ? value : fn(old, value);
    if (v === null || v === undefined) this.remove(key);
    else this.put(key, v);
    return v;
  }
  replace(key: K, value: V): V | null {
    return this.containsKey(key) ? this.put(key, value) : null;
  }
  putAll(m: JMap<K, V>): void {
    for (const e of m) this.put(e.getKey(), e.getValue());
  }
  forEach(fn: (k: K, v: V) => void): void {
    for (const e of this) fn(e.getKey(), e.getValue());
  }
  replaceAll(fn: (k: K, v: V) => V): void {
    for (const e of this) e.setValue(fn(e.getKey(), e.getValue()));
  }
  keySet(): JSet<K> {
    return new MapView<K, K, V>(this, (e) => e.getKey(), this.keyKind, "keys");
  }
  values(): JCollection<V> {
    return new MapView<V, K, V>(this, (e) => e.getValue(), this.valueKind, "values");
  }
  entrySet(): JSet<MapEntry<K, V>> {
    return new MapView<MapEntry<K, V>, K, V>(this, (e) => e, "obj", "entries");
  }
  equals(o: unknown): boolean {
    if (o === this) return true;
    if (!(o instanceof JMap) || o.size() !== this.size()) return false;
    for (const e of this) {
      const k = e.getKey();
      const v = e.getValue();
      if (v === null) {
        if (!(o.get(k) === null && o.containsKey(k))) return false;
      } else if (!jequals(v, o.get(k))) return false;
    }
    return true;
  }
  hashCode(): number {
    let h = 0;
    for (const e of this) h = (h + (hashOf(this.keyKind, e.getKey()) ^ hashOf(this.valueKind, e.getValue()))) | 0;
    return h;
  }
  toString(): string {
    const parts: string[] = [];
    for (const e of this) {
      const k = e.getKey() as unknown;
      const v = e.getValue() as unknown;
      parts.push(
        (k === this ? "(this Map)" : strOf(this.keyKind, k)) + "=" + (v === this ? "(this Map)" : strOf(this.valueKind, v)),
      );
    }
    return "{" + parts.join(", ") + "}";
  }
}

/** Sets: equality by members, hashCode = sum of element hashes. */
export abstract class JSet<E> extends JCollection<E> {
  equals(o: unknown): boolean {
    if (o === this) return true;
    if (!(o instanceof JSet) || o.size() !== this.size()) return false;
    for (const e of o) if (!this.contains(e)) return false;
    return true;
  }
  hashCode(): number {
    let h = 0;
    for (const e of this) h = (h + hashOf(this.kind, e)) | 0;
    return h;
  }
}

/** keySet()/values()/entrySet(): live views; removal goes through the map's iterator. */
class MapView<T, K, V> extends JSet<T> {
  constructor(
    private readonly map: JMap<K, V>,
    private readonly pick: (e: MapEntry<K, V>) => T,
    kind: Kind,
    private readonly what: "keys" | "values" | "entries",
  ) {
    super(kind);
  }
  size(): number {
    return this.map.size();
  }
  iterator(): JIterator<T> {
    const it = this.map.entryIterator();
    const pick = this.pick;
    return new (class extends Iter<T> {
      hasNext(): boolean {
        return it.hasNext();
      }
      nextValue(): T {
        return pick(it.nextValue());
      }
      remove(): void {
        it.remove();
      }
    })();
  }
  override contains(o: unknown): boolean {
    return this.what === "keys" ? this.map.containsKey(o) : super.contains(o);
  }
  override remove(o: unknown): boolean {
    if (this.what !== "keys") return super.remove(o);
    if (!this.map.containsKey(o)) return false;
    this.map.remove(o);
    return true;
  }
  override clear(): void {
    this.map.clear();
  }
  override equals(o: unknown): boolean {
    return this.what !== "values" ? super.equals(o) : o === this;
  }
  override hashCode(): number {
    return this.what !== "values" ? super.hashCode() : 0;
  }
}

/* ===================== HashMap ===================== */

const MAXIMUM_CAPACITY = 1 << 30;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** Smallest power of two >= cap (Java's tableSizeFor). */
function tableSizeFor(cap: number): number {
  if (cap <= 1) return 1;
  const n = -1 >>> Math.clz32(cap - 1);
  return n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
}

export class HashNode<K, V> implements MapEntry<K, V> {
  before: HashNode<K, V> | null = null; // LinkedHashMap order
  after: HashNode<K, V> | null = null;
  constructor(
    readonly hash: number,
    readonly key: K,
    public value: V,
    public next: HashNode<K, V> | null,
    private readonly owner: JMap<K, V>,
  ) {}
  getKey(): K {
    return this.key;
  }
  getValue(): V {
    return this.value;
  }
  setValue(v: V): V {
    const old = this.value;
    this.value = v;
    return old;
  }
  equals(o: unknown): boolean {
    return o === this || (isEntry(o) && jequals(this.key, o.getKey()) && jequals(this.value, o.getValue()));
  }
  hashCode(): number {
    return hashOf(this.owner.keyKind, this.key) ^ hashOf(this.owner.valueKind, this.value);
  }
  toString(): string {
    return strOf(this.owner.keyKind, this.key) + "=" + strOf(this.owner.valueKind, this.value);
  }
}

function isEntry(o: unknown): o is MapEntry<unknown, unknown> {
  return typeof o === "object" && o !== null && typeof (o as MapEntry<unknown, unknown>).getKey === "function";
}

/**
 * java.util.HashMap, reproducing its table: power-of-two capacity (default 16), hash spreading
 * h ^ (h >>> 16), resize at 0.75 load with the order-preserving lo/hi split, append at bin tail for
 * put but head for compute/merge, and resize-instead-of-treeify for long bins in small tables.
 * Not reproduced: the order inside treeified bins (>= 8 colliding keys in a table >= 64).
 */
export class HashMap<K, V> extends JMap<K, V> {
  protected table: (HashNode<K, V> | null)[] | null = null;
  protected count = 0;
  protected threshold = 0;
  protected modCount = 0;

  /** new HashMap(), new HashMap(initialCapacity), new HashMap(map); kinds for number keys/values. */
  constructor(init?: number | JMap<K, V> | null, kinds?: MapKinds) {
    super(kinds ?? (init instanceof JMap ? { key: init.keyKind, value: init.valueKind } : undefined));
    if (typeof init === "number") {
      if (init < 0) throw new IllegalArgumentException("Illegal initial capacity: " + init);
      this.threshold = tableSizeFor(Math.min(init, MAXIMUM_CAPACITY));
    } else if (init instanceof JMap) {
      const s = init.size();
      if (s > 0) {
        const ft = Math.fround(Math.fround(s) / 0.75) + 1;
        const t = Math.floor(Math.fround(ft));
        if (t > this.threshold) this.threshold = tableSizeFor(t);
        for (const e of init) this.putVal(this.hashKey(e.getKey()), e.getKey(), e.getValue(), false);
      }
    }
  }

  protected hashKey(key: unknown): number {
    const h = hashOf(this.keyKind, key);
    return h ^ (h >>> 16);
  }
  size(): number {
    return this.count;
  }
  /** Table length, for tests and capacity-sensitive code. */
  capacity(): number {
    return this.table?.length ?? 0;
  }

  protected newNode(hash: number, key: K, value: V, next: HashNode<K, V> | null): HashNode<K, V> {
    return new HashNode(hash, key, value, next, this);
  }
  /* Hooks for LinkedHashMap. */
  protected afterNodeAccess(_n: HashNode<K, V>): void {}
  protected afterNodeInsertion(): void {}
  protected afterNodeRemoval(_n: HashNode<K, V>): void {}

  protected resize(): (HashNode<K, V> | null)[] {
    const oldTab = this.table;
    const oldCap = oldTab?.length ?? 0;
    const oldThr = this.threshold;
    let newCap: number;
    let newThr = 0;
    if (oldCap > 0) {
      if (oldCap >= MAXIMUM_CAPACITY) {
        this.threshold = 2147483647;
        return oldTab as (HashNode<K, V> | null)[];
      }
      newCap = oldCap << 1;
      if (newCap < MAXIMUM_CAPACITY && oldCap >= 16) newThr = oldThr << 1;
    } else if (oldThr > 0) newCap = oldThr;
    else {
      newCap = 16;
      newThr = 12;
    }
    if (newThr === 0) {
      const ft = Math.fround(newCap * 0.75);
      newThr = newCap < MAXIMUM_CAPACITY && ft < MAXIMUM_CAPACITY ? Math.floor(ft) : 2147483647;
    }
    this.threshold = newThr;
    const newTab = new Array<HashNode<K, V> | null>(newCap).fill(null);
    this.table = newTab;
    if (oldTab !== null) {
      for (let j = 0; j < oldCap; j++) {
        let e = oldTab[j];
        if (e === null) continue;
        if (e.next === null) {
          newTab[e.hash & (newCap - 1)] = e;
          continue;
        }
        // Split the bin into the entries that stay (lo) and those that move up by oldCap (hi), keeping order.
        let loHead: HashNode<K, V> | null = null;
        let loTail: HashNode<K, V> | null = null;
        let hiHead: HashNode<K, V> | null = null;
        let hiTail: HashNode<K, V> | null = null;
        while (e !== null) {
          const next: HashNode<K, V> | null = e.next;
          if ((e.hash & oldCap) === 0) {
            if (loTail === null) loHead = e;
            else loTail.next = e;
            loTail = e;
          } else {
            if (hiTail === null) hiHead = e;
            else hiTail.next = e;
            hiTail = e;
          }
          e = next;
        }
        if (loTail !== null) {
          loTail.next = null;
          newTab[j] = loHead;
        }
        if (hiTail !== null) {
          hiTail.next = null;
          newTab[j + oldCap] = hiHead;
        }
      }
    }
    return newTab;
  }

  protected getNode(key: unknown): HashNode<K, V> | null {
    return this.nodeIn(key, this.lookupHash(key));
  }
  private nodeIn(key: unknown, hash: number): HashNode<K, V> | null {
    const tab = this.table;
    if (tab === null) return null;
    for (let e = tab[hash & (tab.length - 1)]; e !== null; e = e.next) {
      if (e.hash === hash && jequals(key, e.key)) return e;
    }
    return null;
  }
  /**
   * The hash an equal stored key has: the key's own, or, for a whole number looked up in a map that does not
   * know its key type (made in generic code), that of an equal Double/Float key boxed there (jrt.boxErased),
   * since the caller's `map.get(1.0)` passes the number.
   */
  private lookupHash(key: unknown): number {
    const own = this.hashKey(key);
    if (this.keyKind !== "obj" || typeof key !== "number" || this.nodeIn(key, own) !== null) return own;
    for (const h of [hashDouble(key), hashFloat(key)]) {
      const spread = h ^ (h >>> 16);
      if (this.nodeIn(key, spread) !== null) return spread;
    }
    return own;
  }
  get(key: unknown): V | null {
    const e = this.getNode(key);
    if (e === null) return null;
    this.afterNodeAccess(e);
    return e.value;
  }
  override getOrDefault(key: unknown, def: V): V {
    const e = this.getNode(key);
    if (e === null) return def;
    this.afterNodeAccess(e);
    return e.value;
  }
  containsKey(key: unknown): boolean {
    return this.getNode(key) !== null;
  }
  put(key: K, value: V): V | null {
    return this.putVal(this.hashKey(key), key, value, false);
  }
  override putIfAbsent(key: K, value: V): V | null {
    return this.putVal(this.hashKey(key), key, value, true);
  }

  protected putVal(hash: number, key: K, value: V, onlyIfAbsent: boolean): V | null {
    let tab = this.table;
    if (tab === null || tab.length === 0) tab = this.resize();
    const i = hash & (tab.length - 1);
    const p = tab[i];
    if (p === null) tab[i] = this.newNode(hash, key, value, null);
    else {
      let e: HashNode<K, V> | null = null;
      if (p.hash === hash && jequals(key, p.key)) e = p;
      else {
        let q = p;
        for (let binCount = 0; ; binCount++) {
          const nx: HashNode<K, V> | null = q.next;
          if (nx === null) {
            q.next = this.newNode(hash, key, value, null);
            if (binCount >= TREEIFY_THRESHOLD - 1) this.treeifyBin(tab);
            break;
          }
          if (nx.hash === hash && jequals(key, nx.key)) {
            e = nx;
            break;
          }
          q = nx;
        }
      }
      if (e !== null) {
        const old = e.value;
        if (!onlyIfAbsent || old === null || old === undefined) e.value = value;
        this.afterNodeAccess(e);
        return old;
      }
    }
    this.modCount++;
    if (++this.count > this.threshold) this.resize();
    this.afterNodeInsertion();
    return null;
  }

  /** Java resizes instead of treeifying while the table is small; that changes iteration order. */
  private treeifyBin(tab: (HashNode<K, V> | null)[]): void {
    if (tab.length < MIN_TREEIFY_CAPACITY) this.resize();
  }

  /** The compute family resizes before inserting and links new nodes at the bin head, as Java does. */
  private findOrPrepare(key: K): { hash: number; node: HashNode<K, V> | null; binCount: number } {
    const hash = this.hashKey(key);
    if (this.count > this.threshold || this.table === null || this.table.length === 0) this.resize();
    const tab = this.table as (HashNode<K, V> | null)[];
    let binCount = 0;
    for (let e = tab[hash & (tab.length - 1)]; e !== null; e = e.next) {
      if (e.hash === hash && jequals(key, e.key)) return { hash, node: e, binCount };
      binCount++;
    }
    return { hash, node: null, binCount };
  }
  private insertHead(hash: number, key: K, value: V, binCount: number): void {
    const tab = this.table as (HashNode<K, V> | null)[];
    const i = hash & (tab.length - 1);
    tab[i] = this.newNode(hash, key, value, tab[i]);
    if (binCount >= TREEIFY_THRESHOLD - 1) this.treeifyBin(tab);
    this.modCount++;
    this.count++;
    this.afterNodeInsertion();
  }
  private checkMod(mc: number): void {
    if (this.modCount !== mc) throw new ConcurrentModificationException(null);
  }
  override computeIfAbsent(key: K, fn: (k: K) => V | null): V | null {
    const { hash, node, binCount } = this.findOrPrepare(key);
    if (node !== null && node.value !== null && node.value !== undefined) {
      this.afterNodeAccess(node);
      return node.value;
    }
    const mc = this.modCount;
    const v = fn(key);
    this.checkMod(mc);
    if (v === null || v === undefined) return null;
    if (node !== null) {
      node.value = v;
      this.afterNodeAccess(node);
      return v;
    }
    this.insertHead(hash, key, v, binCount);
    return v;
  }
  override compute(key: K, fn: (k: K, v: V | null) => V | null): V | null {
    const { hash, node, binCount } = this.findOrPrepare(key);
    const old = node === null ? null : node.value;
    const mc = this.modCount;
    const v = fn(key, old);
    this.checkMod(mc);
    if (node !== null) {
      if (v !== null && v !== undefined) {
        node.value = v;
        this.afterNodeAccess(node);
      } else this.removeNode(key);
    } else if (v !== null && v !== undefined) this.insertHead(hash, key, v, binCount);
    return v ?? null;
  }
  override merge(key: K, value: V, fn: (a: V, b: V) => V | null): V | null {
    if (value === null || value === undefined) throw new IllegalArgumentException(null);
    const { hash, node, binCount } = this.findOrPrepare(key);
    if (node !== null) {
      let v: V | null;
      if (node.value !== null && node.value !== undefined) {
        const mc = this.modCount;
        v = fn(node.value, value);
        this.checkMod(mc);
      } else v = value;
      if (v !== null && v !== undefined) {
        node.value = v;
        this.afterNodeAccess(node);
      } else this.removeNode(key);
      return v ?? null;
    }
    this.insertHead(hash, key, value, binCount);
    return value;
  }

  remove(key: unknown): V | null {
    const e = this.removeNode(key);
    return e === null ? null : e.value;
  }
  protected removeNode(key: unknown): HashNode<K, V> | null {
    const tab = this.table;
    if (tab === null) return null;
    const hash = this.lookupHash(key);
    const i = hash & (tab.length - 1);
    let prev: HashNode<K, V> | null = null;
    for (let e = tab[i]; e !== null; prev = e, e = e.next) {
      if (e.hash === hash && jequals(key, e.key)) {
        if (prev === null) tab[i] = e.next;
        else prev.next = e.next;
        this.modCount++;
        this.count--;
        this.afterNodeRemoval(e);
        return e;
      }
    }
    return null;
  }
  clear(): void {
    this.modCount++;
    if (this.table !== null && this.count > 0) {
      this.count = 0;
      this.table.fill(null);
    }
  }
  override containsValue(v: unknown): boolean {
    for (const e of this) if (jequals(v, e.getValue())) return true;
    return false;
  }
  getModCount(): number {
    return this.modCount;
  }

  /** Table order: bins in index order, each bin's chain in order. */
  protected firstNode(): HashNode<K, V> | null {
    return this.nextNodeAfter(null, -1);
  }
  private nextNodeAfter(n: HashNode<K, V> | null, index: number): HashNode<K, V> | null {
    if (n !== null && n.next !== null) return n.next;
    const tab = this.table;
    if (tab === null) return null;
    for (let i = n === null ? index + 1 : (n.hash & (tab.length - 1)) + 1; i < tab.length; i++) {
      if (tab[i] !== null) return tab[i];
    }
    return null;
  }
  protected successor(n: HashNode<K, V>): HashNode<K, V> | null {
    return this.nextNodeAfter(n, 0);
  }
  entryIterator(): JIterator<HashNode<K, V>> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    let nextNode = this.firstNode();
    let current: HashNode<K, V> | null = null;
    let expected = this.modCount;
    return new (class extends Iter<HashNode<K, V>> {
      hasNext(): boolean {
        return nextNode !== null;
      }
      nextValue(): HashNode<K, V> {
        if (map.modCount !== expected) throw new ConcurrentModificationException(null);
        if (nextNode === null) throw new NoSuchElementException(null);
        current = nextNode;
        nextNode = map.successor(current);
        return current;
      }
      remove(): void {
        if (current === null) throw new IllegalStateException(null);
        if (map.modCount !== expected) throw new ConcurrentModificationException(null);
        map.removeNode(current.key);
        current = null;
        expected = map.modCount;
      }
    })();
  }
}

/**
 * java.util.LinkedHashMap: insertion order, or access order (get/put move an entry to the end) with
 * `removeEldestEntry` for LRU caches — subclass and override it, as in Java.
 */
export class LinkedHashMap<K, V> extends HashMap<K, V> {
  private head: HashNode<K, V> | null = null;
  private tail: HashNode<K, V> | null = null;
  private readonly accessOrder: boolean;

  constructor(init?: number | JMap<K, V> | null, kindsOrLoadFactor?: MapKinds | number, accessOrder = false, kinds?: MapKinds) {
    super(typeof init === "number" ? init : null, typeof kindsOrLoadFactor === "object" ? kindsOrLoadFactor : kinds ?? (init instanceof JMap ? { key: init.keyKind, value: init.valueKind } : undefined));
    this.accessOrder = accessOrder;
    if (init instanceof JMap) for (const e of init) this.put(e.getKey(), e.getValue());
  }
  /** Called after each insertion with the eldest entry; return true to evict it. */
  protected removeEldestEntry(_eldest: MapEntry<K, V>): boolean {
    return false;
  }
  protected override newNode(hash: number, key: K, value: V, next: HashNode<K, V> | null): HashNode<K, V> {
    const n = super.newNode(hash, key, value, next);
    n.before = this.tail;
    if (this.tail === null) this.head = n;
    else this.tail.after = n;
    this.tail = n;
    return n;
  }
  protected override afterNodeRemoval(n: HashNode<K, V>): void {
    if (n.before === null) this.head = n.after;
    else n.before.after = n.after;
    if (n.after === null) this.tail = n.before;
    else n.after.before = n.before;
    n.before = n.after = null;
  }
  protected override afterNodeInsertion(): void {
    const first = this.head;
    if (first !== null && this.removeEldestEntry(first)) this.removeNode(first.key);
  }
  protected override afterNodeAccess(n: HashNode<K, V>): void {
    if (!this.accessOrder || this.tail === n) return;
    this.afterNodeRemoval(n);
    n.before = this.tail;
    if (this.tail === null) this.head = n;
    else this.tail.after = n;
    this.tail = n;
    this.modCount++;
  }
  override clear(): void {
    super.clear();
    this.head = this.tail = null;
  }
  protected override firstNode(): HashNode<K, V> | null {
    return this.head;
  }
  protected override successor(n: HashNode<K, V>): HashNode<K, V> | null {
    return n.after;
  }
}

/* ===================== Sets on maps ===================== */

const PRESENT = true;

/** java.util.HashSet: a HashMap's key set, so iteration order is HashMap's. */
export class HashSet<E> extends JSet<E> {
  protected map: HashMap<E, boolean>;
  /** new HashSet(), new HashSet(capacity), new HashSet(collection). */
  constructor(init?: number | Iterable<E> | null, kind?: Kind) {
    const k = kind ?? (init instanceof JCollection ? init.kind : "obj");
    super(k);
    this.map = this.makeMap(init, k);
    if (init !== null && init !== undefined && typeof init !== "number") for (const e of init) this.map.put(e, PRESENT);
  }
  protected makeMap(init: number | Iterable<E> | null | undefined, kind: Kind): HashMap<E, boolean> {
    if (typeof init === "number") return new HashMap<E, boolean>(init, { key: kind });
    if (init === null || init === undefined) return new HashMap<E, boolean>(null, { key: kind });
    const n = init instanceof JCollection ? init.size() : Array.from(init).length;
    return new HashMap<E, boolean>(Math.max(Math.floor(Math.fround(n / Math.fround(0.75))) + 1, 16), { key: kind });
  }
  size(): number {
    return this.map.size();
  }
  override add(e: E): boolean {
    return this.map.put(e, PRESENT) === null;
  }
  override contains(o: unknown): boolean {
    return this.map.containsKey(o);
  }
  override remove(o: unknown): boolean {
    return this.map.remove(o) !== null;
  }
  override clear(): void {
    this.map.clear();
  }
  iterator(): JIterator<E> {
    return this.map.keySet().iterator();
  }
}

export class LinkedHashSet<E> extends HashSet<E> {
  protected override makeMap(init: number | Iterable<E> | null | undefined, kind: Kind): HashMap<E, boolean> {
    return new LinkedHashMap<E, boolean>(typeof init === "number" ? init : null, { key: kind });
  }
}

/* ===================== TreeMap ===================== */

interface TreeEntry<K, V> extends MapEntry<K, V> {
  key: K;
  value: V;
}

const CHUNK = 256;

/**
 * java.util.TreeMap. Stored as a list of sorted chunks (a B+-tree of height 2): O(log n) search,
 * O(sqrt-ish) inserts, simple to get right. Observable behaviour (ordering, navigation) is TreeMap's.
 * headMap/tailMap/subMap/descendingMap return copies, not live views.
 */
export class TreeMap<K, V> extends JMap<K, V> {
  private chunks: TreeEntry<K, V>[][] = [];
  private count = 0;
  private modCount = 0;
  readonly cmp: Comparator<K>;

  /** new TreeMap(), new TreeMap(comparator), new TreeMap(map). */
  constructor(init?: Comparator<K> | JMap<K, V> | null, kinds?: MapKinds) {
    super(kinds ?? (init instanceof JMap ? { key: init.keyKind, value: init.valueKind } : undefined));
    this.cmp = typeof init === "function" ? init : init instanceof TreeMap ? (init.cmp as Comparator<K>) : compareNatural;
    if (init instanceof JMap) for (const e of init) this.put(e.getKey(), e.getValue());
  }
  comparator(): Comparator<K> | null {
    return this.cmp === compareNatural ? null : this.cmp;
  }
  size(): number {
    return this.count;
  }
  /** Position of the first entry with key >= k (or > k when strict). */
  private lowerBound(key: K, strict: boolean): [number, number] {
    const ch = this.chunks;
    let lo = 0;
    let hi = ch.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const last = ch[mid][ch[mid].length - 1];
      const c = this.cmp(last.key, key);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === ch.length) return [lo, 0];
    const a = ch[lo];
    let l = 0;
    let h = a.length;
    while (l < h) {
      const mid = (l + h) >>> 1;
      const c = this.cmp(a[mid].key, key);
      if (c < 0 || (strict && c === 0)) l = mid + 1;
      else h = mid;
    }
    return [lo, l];
  }
  private at(ci: number, i: number): TreeEntry<K, V> | null {
    return ci < this.chunks.length ? this.chunks[ci][i] : null;
  }
  private findEntry(key: unknown): TreeEntry<K, V> | null {
    if (this.count === 0) {
      this.cmp(key as K, key as K); // Java compares even on an empty map (null key -> NPE)
      return null;
    }
    const [ci, i] = this.lowerBound(key as K, false);
    const e = this.at(ci, i);
    return e !== null && this.cmp(e.key, key as K) === 0 ? e : null;
  }
  get(key: unknown): V | null {
    const e = this.findEntry(key);
    return e === null ? null : e.value;
  }
  containsKey(key: unknown): boolean {
    return this.findEntry(key) !== null;
  }
  put(key: K, value: V): V | null {
    if (this.count === 0) {
      this.cmp(key, key);
      this.chunks = [[makeEntry(this, key, value)]];
      this.count = 1;
      this.modCount++;
      return null;
    }
    let [ci, i] = this.lowerBound(key, false);
    const e = this.at(ci, i);
    if (e !== null && this.cmp(e.key, key) === 0) {
      const old = e.value;
      e.value = value;
      return old;
    }
    if (ci === this.chunks.length) {
      ci--;
      i = this.chunks[ci].length;
    }
    const chunk = this.chunks[ci];
    chunk.splice(i, 0, makeEntry(this, key, value));
    if (chunk.length > CHUNK * 2) this.chunks.splice(ci + 1, 0, chunk.splice(CHUNK));
    this.count++;
    this.modCount++;
    return null;
  }
  private removeAt(ci: number, i: number): TreeEntry<K, V> {
    const chunk = this.chunks[ci];
    const [e] = chunk.splice(i, 1);
    if (chunk.length === 0) this.chunks.splice(ci, 1);
    this.count--;
    this.modCount++;
    return e;
  }
  remove(key: unknown): V | null {
    if (this.count === 0) return null;
    const [ci, i] = this.lowerBound(key as K, false);
    const e = this.at(ci, i);
    if (e === null || this.cmp(e.key, key as K) !== 0) return null;
    return this.removeAt(ci, i).value;
  }
  clear(): void {
    this.chunks = [];
    this.count = 0;
    this.modCount++;
  }

  /* Navigation. The *Entry methods return null when absent and, like Java's exportEntry, an immutable snapshot. */
  firstEntry(): MapEntry<K, V> | null {
    return snapshot(this, this.firstEntry$());
  }
  lastEntry(): MapEntry<K, V> | null {
    return snapshot(this, this.lastEntry$());
  }
  pollFirstEntry(): MapEntry<K, V> | null {
    return snapshot(this, this.pollFirstEntry$());
  }
  pollLastEntry(): MapEntry<K, V> | null {
    return snapshot(this, this.pollLastEntry$());
  }
  ceilingEntry(key: K): MapEntry<K, V> | null {
    return snapshot(this, this.ceilingEntry$(key));
  }
  higherEntry(key: K): MapEntry<K, V> | null {
    return snapshot(this, this.higherEntry$(key));
  }
  floorEntry(key: K): MapEntry<K, V> | null {
    return snapshot(this, this.floorEntry$(key));
  }
  lowerEntry(key: K): MapEntry<K, V> | null {
    return snapshot(this, this.lowerEntry$(key));
  }
  private firstEntry$(): MapEntry<K, V> | null {
    return this.count === 0 ? null : this.chunks[0][0];
  }
  private lastEntry$(): MapEntry<K, V> | null {
    if (this.count === 0) return null;
    const last = this.chunks[this.chunks.length - 1];
    return last[last.length - 1];
  }
  firstKey(): K {
    const e = this.firstEntry();
    if (e === null) throw new NoSuchElementException(null);
    return e.getKey();
  }
  lastKey(): K {
    const e = this.lastEntry();
    if (e === null) throw new NoSuchElementException(null);
    return e.getKey();
  }
  private pollFirstEntry$(): MapEntry<K, V> | null {
    return this.count === 0 ? null : this.removeAt(0, 0);
  }
  private pollLastEntry$(): MapEntry<K, V> | null {
    if (this.count === 0) return null;
    const ci = this.chunks.length - 1;
    return this.removeAt(ci, this.chunks[ci].length - 1);
  }
  /** Smallest entry with key >= k (strict: > k). */
  private ceilingEntry$(key: K): MapEntry<K, V> | null {
    if (this.count === 0) return null;
    const [ci, i] = this.lowerBound(key, false);
    return this.at(ci, i);
  }
  private higherEntry$(key: K): MapEntry<K, V> | null {
    if (this.count === 0) return null;
    const [ci, i] = this.lowerBound(key, true);
    return this.at(ci, i);
  }
  /** Largest entry with key <= k (strict: < k): the one just before the bound. */
  private floorEntry$(key: K): MapEntry<K, V> | null {
    return this.before(this.count === 0 ? null : this.lowerBound(key, true));
  }
  private lowerEntry$(key: K): MapEntry<K, V> | null {
    return this.before(this.count === 0 ? null : this.lowerBound(key, false));
  }
  private before(pos: [number, number] | null): MapEntry<K, V> | null {
    if (pos === null) return null;
    const [ci, i] = pos;
    if (i > 0) return this.chunks[ci][i - 1];
    if (ci === 0) return null;
    const prev = this.chunks[ci - 1];
    return prev[prev.length - 1];
  }
  ceilingKey(key: K): K | null {
    return this.ceilingEntry(key)?.getKey() ?? null;
  }
  higherKey(key: K): K | null {
    return this.higherEntry(key)?.getKey() ?? null;
  }
  floorKey(key: K): K | null {
    return this.floorEntry(key)?.getKey() ?? null;
  }
  lowerKey(key: K): K | null {
    return this.lowerEntry(key)?.getKey() ?? null;
  }
  headMap(to: K, inclusive = false): TreeMap<K, V> {
    return this.filtered((k) => {
      const c = this.cmp(k, to);
      return c < 0 || (inclusive && c === 0);
    });
  }
  tailMap(from: K, inclusive = true): TreeMap<K, V> {
    return this.filtered((k) => {
      const c = this.cmp(k, from);
      return c > 0 || (inclusive && c === 0);
    });
  }
  subMap(from: K, fromInclusive: boolean | K, to?: K, toInclusive = false): TreeMap<K, V> {
    // subMap(from, to) or subMap(from, fromInclusive, to, toInclusive)
    let fi = true;
    let hi: K;
    if (typeof fromInclusive === "boolean" && to !== undefined) {
      fi = fromInclusive;
      hi = to;
    } else {
      hi = fromInclusive as K;
      toInclusive = false;
    }
    if (this.cmp(from, hi) > 0) throw new IllegalArgumentException("fromKey > toKey");
    return this.tailMap(from, fi).headMap(hi, toInclusive);
  }
  descendingMap(): TreeMap<K, V> {
    const m = new TreeMap<K, V>((a: K, b: K) => this.cmp(b, a), { key: this.keyKind, value: this.valueKind });
    for (const e of this) m.put(e.getKey(), e.getValue());
    return m;
  }
  navigableKeySet(): JSet<K> {
    return this.keySet();
  }
  descendingKeySet(): JSet<K> {
    return this.descendingMap().keySet();
  }
  private filtered(keep: (k: K) => boolean): TreeMap<K, V> {
    const m = new TreeMap<K, V>(this.cmp, { key: this.keyKind, value: this.valueKind });
    for (const e of this) if (keep(e.getKey())) m.put(e.getKey(), e.getValue());
    return m;
  }
  entryIterator(): JIterator<TreeEntry<K, V>> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    let ci = 0;
    let i = 0;
    let last: TreeEntry<K, V> | null = null;
    let expected = this.modCount;
    return new (class extends Iter<TreeEntry<K, V>> {
      hasNext(): boolean {
        return ci < map.chunks.length;
      }
      nextValue(): TreeEntry<K, V> {
        if (map.modCount !== expected) throw new ConcurrentModificationException(null);
        if (ci >= map.chunks.length) throw new NoSuchElementException(null);
        last = map.chunks[ci][i];
        if (++i >= map.chunks[ci].length) {
          ci++;
          i = 0;
        }
        return last;
      }
      remove(): void {
        if (last === null) throw new IllegalStateException(null);
        if (map.modCount !== expected) throw new ConcurrentModificationException(null);
        map.remove(last.key);
        // Re-find the position of the entry after the removed one.
        if (map.count === 0) ci = 0;
        else [ci, i] = map.lowerBound(last.key, true);
        last = null;
        expected = map.modCount;
      }
    })();
  }
}

/** AbstractMap.SimpleImmutableEntry: a copy of the entry whose setValue throws. */
function snapshot<K, V>(owner: JMap<K, V>, e: MapEntry<K, V> | null): MapEntry<K, V> | null {
  if (e === null) return null;
  const c = makeEntry(owner, e.getKey(), e.getValue());
  c.setValue = () => {
    throw new UnsupportedOperationException(null);
  };
  return c;
}

function makeEntry<K, V>(owner: JMap<K, V>, key: K, value: V): TreeEntry<K, V> {
  return {
    key,
    value,
    getKey() {
      return this.key;
    },
    getValue() {
      return this.value;
    },
    setValue(v: V) {
      const old = this.value;
      this.value = v;
      return old;
    },
    toString() {
      return strOf(owner.keyKind, this.key) + "=" + strOf(owner.valueKind, this.value);
    },
    equals(o: unknown) {
      return isEntry(o) && jequals(this.key, o.getKey()) && jequals(this.value, o.getValue());
    },
    hashCode() {
      return hashOf(owner.keyKind, this.key) ^ hashOf(owner.valueKind, this.value);
    },
  } as TreeEntry<K, V>;
}

/** java.util.TreeSet on TreeMap. headSet/tailSet/subSet/descendingSet return copies. */
export class TreeSet<E> extends JSet<E> {
  private map: TreeMap<E, boolean>;
  constructor(init?: Comparator<E> | Iterable<E> | null, kind?: Kind) {
    const k = kind ?? (init instanceof JCollection ? init.kind : "obj");
    super(k);
    this.map = new TreeMap<E, boolean>(
      typeof init === "function" ? init : init instanceof TreeSet ? (init.map.cmp as Comparator<E>) : null,
      { key: k },
    );
    if (init !== null && init !== undefined && typeof init !== "function") for (const e of init) this.map.put(e, PRESENT);
  }
  size(): number {
    return this.map.size();
  }
  override add(e: E): boolean {
    return this.map.put(e, PRESENT) === null;
  }
  override contains(o: unknown): boolean {
    return this.map.containsKey(o);
  }
  override remove(o: unknown): boolean {
    return this.map.remove(o) !== null;
  }
  override clear(): void {
    this.map.clear();
  }
  iterator(): JIterator<E> {
    return this.map.keySet().iterator();
  }
  comparator(): Comparator<E> | null {
    return this.map.comparator();
  }
  first(): E {
    return this.map.firstKey();
  }
  last(): E {
    return this.map.lastKey();
  }
  pollFirst(): E | null {
    return this.map.pollFirstEntry()?.getKey() ?? null;
  }
  pollLast(): E | null {
    return this.map.pollLastEntry()?.getKey() ?? null;
  }
  floor(e: E): E | null {
    return this.map.floorKey(e);
  }
  ceiling(e: E): E | null {
    return this.map.ceilingKey(e);
  }
  higher(e: E): E | null {
    return this.map.higherKey(e);
  }
  lower(e: E): E | null {
    return this.map.lowerKey(e);
  }
  private static fromMap<E>(m: TreeMap<E, boolean>, kind: Kind): TreeSet<E> {
    const s = new TreeSet<E>(m.cmp, kind);
    s.map = m;
    return s;
  }
  headSet(to: E, inclusive = false): TreeSet<E> {
    return TreeSet.fromMap(this.map.headMap(to, inclusive), this.kind);
  }
  tailSet(from: E, inclusive = true): TreeSet<E> {
    return TreeSet.fromMap(this.map.tailMap(from, inclusive), this.kind);
  }
  subSet(from: E, fromInclusive: boolean | E, to?: E, toInclusive = false): TreeSet<E> {
    return TreeSet.fromMap(this.map.subMap(from, fromInclusive, to, toInclusive), this.kind);
  }
  descendingSet(): TreeSet<E> {
    return TreeSet.fromMap(this.map.descendingMap(), this.kind);
  }
  descendingIterator(): JIterator<E> {
    return this.descendingSet().iterator();
  }
}

/** Immutable map for Map.of / Collections.unmodifiableMap: mutators throw UnsupportedOperationException. */
export class UnmodifiableMap<K, V> extends JMap<K, V> {
  constructor(private readonly inner: JMap<K, V>) {
    super({ key: inner.keyKind, value: inner.valueKind });
  }
  size(): number {
    return this.inner.size();
  }
  get(key: unknown): V | null {
    return this.inner.get(key);
  }
  containsKey(key: unknown): boolean {
    return this.inner.containsKey(key);
  }
  put(): V | null {
    throw new UnsupportedOperationException(null);
  }
  remove(): V | null {
    throw new UnsupportedOperationException(null);
  }
  clear(): void {
    throw new UnsupportedOperationException(null);
  }
  override putIfAbsent(): V | null {
    throw new UnsupportedOperationException(null);
  }
  override merge(): V | null {
    throw new UnsupportedOperationException(null);
  }
  override computeIfAbsent(): V | null {
    throw new UnsupportedOperationException(null);
  }
  override compute(): V | null {
    throw new UnsupportedOperationException(null);
  }
  entryIterator(): JIterator<MapEntry<K, V>> {
    const it = this.inner.entryIterator();
    return new (class extends Iter<MapEntry<K, V>> {
      hasNext(): boolean {
        return it.hasNext();
      }
      nextValue(): MapEntry<K, V> {
        return it.nextValue();
      }
      remove(): void {
        throw new UnsupportedOperationException(null);
      }
    })();
  }
}
