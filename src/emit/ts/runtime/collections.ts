// java.util collections with Java's semantics: equals/hashCode by value, Java's iteration orders, fail-fast iterators.
//
// Element rendering and hashing: a JS number does not say whether it is an Integer, Double or
// Character. Every collection takes an optional Kind (see core.ts) for its elements (maps: for keys
// and values); the default "obj" treats integral numbers as Integer and others as Double. The emitter
// passes "double"/"float"/"char"/"long" where the static element type needs it.
import { compareNatural, hashOf, identityHash, jequals, type Kind, strOf } from "./core.js";
import {
  ConcurrentModificationException,
  EmptyStackException,
  IllegalArgumentException,
  IllegalStateException,
  IndexOutOfBoundsException,
  NoSuchElementException,
  NullPointerException,
  UnsupportedOperationException,
} from "./exceptions.js";

export type Comparator<T> = (a: T, b: T) => number;

/** java.util.Iterator; also a JS iterator so `for…of` works. */
export interface JIterator<E> extends Iterator<E> {
  hasNext(): boolean;
  /** Java's next(): throws NoSuchElementException at the end. (JS's `next` protocol is `[Symbol.iterator]`.) */
  nextValue(): E;
  remove(): void;
}

/** Adapts hasNext/nextValue to the JS iterator protocol. */
abstract class BaseIterator<E> implements JIterator<E> {
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

/** Shared base: Collection methods in terms of iterator()/size()/add(). */
export abstract class JCollection<E> implements Iterable<E> {
  constructor(readonly kind: Kind = "obj") {}
  abstract size(): number;
  abstract iterator(): JIterator<E>;
  add(_e: E): boolean {
    throw new UnsupportedOperationException(null);
  }
  [Symbol.iterator](): Iterator<E> {
    return this.iterator();
  }
  isEmpty(): boolean {
    return this.size() === 0;
  }
  contains(o: unknown): boolean {
    for (const e of this) if (jequals(o, e)) return true;
    return false;
  }
  containsAll(c: Iterable<unknown>): boolean {
    for (const e of c) if (!this.contains(e)) return false;
    return true;
  }
  addAll(c: Iterable<E>): boolean {
    let changed = false;
    for (const e of Array.from(c)) if (this.add(e)) changed = true;
    return changed;
  }
  /** Collection.remove(Object) */
  remove(o: unknown): boolean {
    const it = this.iterator();
    while (it.hasNext()) {
      if (jequals(o, it.nextValue())) {
        it.remove();
        return true;
      }
    }
    return false;
  }
  removeAll(c: JCollection<unknown> | Iterable<unknown>): boolean {
    const coll = c instanceof JCollection ? c : new ArrayList<unknown>(c);
    return this.removeIf((e) => coll.contains(e));
  }
  retainAll(c: JCollection<unknown> | Iterable<unknown>): boolean {
    const coll = c instanceof JCollection ? c : new ArrayList<unknown>(c);
    return this.removeIf((e) => !coll.contains(e));
  }
  removeIf(pred: (e: E) => boolean): boolean {
    let changed = false;
    const it = this.iterator();
    while (it.hasNext()) {
      if (pred(it.nextValue())) {
        it.remove();
        changed = true;
      }
    }
    return changed;
  }
  clear(): void {
    const it = this.iterator();
    while (it.hasNext()) {
      it.nextValue();
      it.remove();
    }
  }
  forEach(fn: (e: E) => void): void {
    for (const e of this) fn(e);
  }
  toArray(): E[] {
    return Array.from(this);
  }
  /** "[a, b, c]" like AbstractCollection.toString. */
  toString(): string {
    const parts: string[] = [];
    for (const e of this) parts.push((e as unknown) === this ? "(this Collection)" : strOf(this.kind, e));
    return "[" + parts.join(", ") + "]";
  }
}

/* ===================== Lists ===================== */

export function outOfBounds(index: number, length: number): IndexOutOfBoundsException {
  return new IndexOutOfBoundsException(`Index ${index} out of bounds for length ${length}`);
}

/** AbstractList: Java's List equals/hashCode and index-based defaults. */
export abstract class JList<E> extends JCollection<E> {
  protected modCount = 0;
  abstract get(i: number): E;
  abstract set(i: number, e: E): E;
  abstract addAt(i: number, e: E): void;
  /** List.remove(int) — named apart from remove(Object). */
  abstract removeAt(i: number): E;

  override add(e: E): boolean {
    this.addAt(this.size(), e);
    return true;
  }
  addAllAt(i: number, c: Iterable<E>): boolean {
    const items = Array.from(c);
    for (const e of items) this.addAt(i++, e);
    return items.length > 0;
  }
  indexOf(o: unknown): number {
    const n = this.size();
    for (let i = 0; i < n; i++) if (jequals(o, this.get(i))) return i;
    return -1;
  }
  lastIndexOf(o: unknown): number {
    for (let i = this.size() - 1; i >= 0; i--) if (jequals(o, this.get(i))) return i;
    return -1;
  }
  override contains(o: unknown): boolean {
    return this.indexOf(o) >= 0;
  }
  iterator(): ListIter<E> {
    return new ListIter(this, 0);
  }
  listIterator(index = 0): ListIter<E> {
    return new ListIter(this, index);
  }
  getModCount(): number {
    return this.modCount;
  }
  override clear(): void {
    for (let i = this.size() - 1; i >= 0; i--) this.removeAt(i);
  }
  sort(cmp: Comparator<E> | null): void {
    // Array.prototype.sort is a stable TimSort, as is Java's object sort: same result for consistent comparators.
    const a = this.toArray().sort(cmp ?? compareNatural);
    for (let i = 0; i < a.length; i++) this.set(i, a[i]);
    this.modCount++;
  }
  replaceAll(fn: (e: E) => E): void {
    for (let i = 0; i < this.size(); i++) this.set(i, fn(this.get(i)));
  }
  subList(from: number, to: number): JList<E> {
    if (from < 0) throw new IndexOutOfBoundsException("fromIndex = " + from);
    if (to > this.size()) throw new IndexOutOfBoundsException("toIndex = " + to);
    if (from > to) throw new IllegalArgumentException(`fromIndex(${from}) > toIndex(${to})`);
    return new SubList(this, from, to);
  }
  equals(o: unknown): boolean {
    if (o === this) return true;
    if (!(o instanceof JList)) return false;
    const n = this.size();
    if (o.size() !== n) return false;
    for (let i = 0; i < n; i++) if (!jequals(this.get(i), o.get(i))) return false;
    return true;
  }
  hashCode(): number {
    let h = 1;
    for (const e of this) h = (Math.imul(31, h) + hashOf(this.kind, e)) | 0;
    return h;
  }
  getFirst(): E {
    if (this.size() === 0) throw new NoSuchElementException(null);
    return this.get(0);
  }
  getLast(): E {
    if (this.size() === 0) throw new NoSuchElementException(null);
    return this.get(this.size() - 1);
  }
}

/** ListIterator with fail-fast checks on the list's modCount. */
export class ListIter<E> extends BaseIterator<E> {
  private lastRet = -1;
  private expected: number;
  constructor(private readonly list: JList<E>, private cursor: number) {
    super();
    this.expected = list.getModCount();
  }
  private check(): void {
    if (this.list.getModCount() !== this.expected) throw new ConcurrentModificationException(null);
  }
  hasNext(): boolean {
    return this.cursor < this.list.size();
  }
  nextValue(): E {
    this.check();
    if (this.cursor >= this.list.size()) throw new NoSuchElementException(null);
    this.lastRet = this.cursor++;
    return this.list.get(this.lastRet);
  }
  hasPrevious(): boolean {
    return this.cursor > 0;
  }
  previous(): E {
    this.check();
    if (this.cursor <= 0) throw new NoSuchElementException(null);
    this.lastRet = --this.cursor;
    return this.list.get(this.lastRet);
  }
  nextIndex(): number {
    return this.cursor;
  }
  previousIndex(): number {
    return this.cursor - 1;
  }
  override remove(): void {
    if (this.lastRet < 0) throw new IllegalStateException(null);
    this.check();
    this.list.removeAt(this.lastRet);
    this.cursor = this.lastRet;
    this.lastRet = -1;
    this.expected = this.list.getModCount();
  }
  set(e: E): void {
    if (this.lastRet < 0) throw new IllegalStateException(null);
    this.check();
    this.list.set(this.lastRet, e);
  }
  add(e: E): void {
    this.check();
    this.list.addAt(this.cursor++, e);
    this.lastRet = -1;
    this.expected = this.list.getModCount();
  }
}

class SubList<E> extends JList<E> {
  private expected: number;
  constructor(private readonly parent: JList<E>, private readonly offset: number, private end: number) {
    super(parent.kind);
    this.expected = parent.getModCount();
    this.modCount = this.expected;
  }
  private check(): void {
    if (this.parent.getModCount() !== this.expected) throw new ConcurrentModificationException(null);
  }
  size(): number {
    this.check();
    return this.end - this.offset;
  }
  get(i: number): E {
    this.check();
    if (i < 0 || i >= this.end - this.offset) throw outOfBounds(i, this.end - this.offset);
    return this.parent.get(this.offset + i);
  }
  set(i: number, e: E): E {
    this.check();
    if (i < 0 || i >= this.end - this.offset) throw outOfBounds(i, this.end - this.offset);
    return this.parent.set(this.offset + i, e);
  }
  addAt(i: number, e: E): void {
    this.check();
    if (i < 0 || i > this.end - this.offset) throw outOfBounds(i, this.end - this.offset);
    this.parent.addAt(this.offset + i, e);
    this.end++;
    this.expected = this.parent.getModCount();
    this.modCount++;
  }
  removeAt(i: number): E {
    this.check();
    if (i < 0 || i >= this.end - this.offset) throw outOfBounds(i, this.end - this.offset);
    const r = this.parent.removeAt(this.offset + i);
    this.end--;
    this.expected = this.parent.getModCount();
    this.modCount++;
    return r;
  }
}

/** java.util.ArrayList on a JS array. */
export class ArrayList<E> extends JList<E> {
  protected a: E[];
  /** new ArrayList(), new ArrayList(capacity), new ArrayList(collection). */
  constructor(init?: number | Iterable<E> | null, kind: Kind = "obj") {
    super(init instanceof JCollection && kind === "obj" ? (init.kind as Kind) : kind);
    if (typeof init === "number" && init < 0) throw new IllegalArgumentException("Illegal Capacity: " + init);
    this.a = init !== null && init !== undefined && typeof init !== "number" ? Array.from(init) : [];
  }
  size(): number {
    return this.a.length;
  }
  get(i: number): E {
    if (i < 0 || i >= this.a.length) throw outOfBounds(i, this.a.length);
    return this.a[i];
  }
  set(i: number, e: E): E {
    if (i < 0 || i >= this.a.length) throw outOfBounds(i, this.a.length);
    const old = this.a[i];
    this.a[i] = e;
    return old;
  }
  override add(e: E): boolean {
    this.modCount++;
    this.a.push(e);
    return true;
  }
  addAt(i: number, e: E): void {
    if (i < 0 || i > this.a.length) throw new IndexOutOfBoundsException(`Index: ${i}, Size: ${this.a.length}`);
    this.modCount++;
    this.a.splice(i, 0, e);
  }
  override addAll(c: Iterable<E>): boolean {
    const items = Array.from(c);
    this.modCount++;
    for (const e of items) this.a.push(e);
    return items.length > 0;
  }
  removeAt(i: number): E {
    if (i < 0 || i >= this.a.length) throw outOfBounds(i, this.a.length);
    this.modCount++;
    return this.a.splice(i, 1)[0];
  }
  override remove(o: unknown): boolean {
    const i = this.indexOf(o);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }
  override indexOf(o: unknown): number {
    for (let i = 0; i < this.a.length; i++) if (jequals(o, this.a[i])) return i;
    return -1;
  }
  override removeIf(pred: (e: E) => boolean): boolean {
    const kept = this.a.filter((e) => !pred(e));
    if (kept.length === this.a.length) return false;
    this.a = kept;
    this.modCount++;
    return true;
  }
  override clear(): void {
    this.modCount++;
    this.a.length = 0;
  }
  override sort(cmp: Comparator<E> | null): void {
    this.a.sort(cmp ?? compareNatural);
    this.modCount++;
  }
  override toArray(): E[] {
    return this.a.slice();
  }
  override forEach(fn: (e: E) => void): void {
    const mc = this.modCount;
    for (let i = 0; i < this.a.length && mc === this.modCount; i++) fn(this.a[i]);
    if (mc !== this.modCount) throw new ConcurrentModificationException(null);
  }
  ensureCapacity(_n: number): void {}
  trimToSize(): void {}
}

/** java.util.Stack (a Vector): push/pop/peek on the end. */
export class Stack<E> extends ArrayList<E> {
  push(e: E): E {
    this.add(e);
    return e;
  }
  pop(): E {
    if (this.a.length === 0) throw new EmptyStackException(null);
    return this.removeAt(this.a.length - 1);
  }
  peek(): E {
    if (this.a.length === 0) throw new EmptyStackException(null);
    return this.a[this.a.length - 1];
  }
  empty(): boolean {
    return this.a.length === 0;
  }
  /** 1-based distance from the top, or -1. */
  search(o: unknown): number {
    const i = this.lastIndexOf(o);
    return i >= 0 ? this.a.length - i : -1;
  }
}

/**
 * Ring buffer giving O(1) access at both ends and by index. ArrayDeque (no nulls) and LinkedList
 * (a List and a Deque) share it; their observable behaviour does not depend on the storage.
 */
export class RingList<E> extends JList<E> {
  private buf: (E | undefined)[] = new Array<E | undefined>(16);
  private head = 0;
  private n = 0;
  constructor(init?: number | Iterable<E> | null, kind: Kind = "obj") {
    super(init instanceof JCollection && kind === "obj" ? init.kind : kind);
    if (init !== null && init !== undefined && typeof init !== "number") for (const e of init) this.addLast(e);
  }
  protected checkElement(_e: E): void {}
  size(): number {
    return this.n;
  }
  private grow(): void {
    const nb = new Array<E | undefined>(this.buf.length * 2);
    for (let i = 0; i < this.n; i++) nb[i] = this.buf[(this.head + i) & (this.buf.length - 1)];
    this.buf = nb;
    this.head = 0;
  }
  private slot(i: number): number {
    return (this.head + i) & (this.buf.length - 1);
  }
  get(i: number): E {
    if (i < 0 || i >= this.n) throw outOfBounds(i, this.n);
    return this.buf[this.slot(i)] as E;
  }
  set(i: number, e: E): E {
    if (i < 0 || i >= this.n) throw outOfBounds(i, this.n);
    const s = this.slot(i);
    const old = this.buf[s] as E;
    this.buf[s] = e;
    return old;
  }
  addAt(i: number, e: E): void {
    if (i < 0 || i > this.n) throw new IndexOutOfBoundsException(`Index: ${i}, Size: ${this.n}`);
    this.checkElement(e);
    if (this.n === this.buf.length) this.grow();
    this.modCount++;
    if (i < this.n / 2) {
      this.head = (this.head - 1) & (this.buf.length - 1);
      for (let k = 0; k < i; k++) this.buf[this.slot(k)] = this.buf[this.slot(k + 1)];
    } else {
      for (let k = this.n; k > i; k--) this.buf[this.slot(k)] = this.buf[this.slot(k - 1)];
    }
    this.buf[this.slot(i)] = e;
    this.n++;
  }
  removeAt(i: number): E {
    if (i < 0 || i >= this.n) throw outOfBounds(i, this.n);
    this.modCount++;
    const r = this.buf[this.slot(i)] as E;
    if (i < this.n / 2) {
      for (let k = i; k > 0; k--) this.buf[this.slot(k)] = this.buf[this.slot(k - 1)];
      this.buf[this.head] = undefined;
      this.head = (this.head + 1) & (this.buf.length - 1);
    } else {
      for (let k = i; k < this.n - 1; k++) this.buf[this.slot(k)] = this.buf[this.slot(k + 1)];
      this.buf[this.slot(this.n - 1)] = undefined;
    }
    this.n--;
    return r;
  }
  override clear(): void {
    this.modCount++;
    this.buf = new Array<E | undefined>(16);
    this.head = 0;
    this.n = 0;
  }
  // Deque API
  addFirst(e: E): void {
    this.addAt(0, e);
  }
  addLast(e: E): void {
    this.addAt(this.n, e);
  }
  offerFirst(e: E): boolean {
    this.addFirst(e);
    return true;
  }
  offerLast(e: E): boolean {
    this.addLast(e);
    return true;
  }
  offer(e: E): boolean {
    this.addLast(e);
    return true;
  }
  push(e: E): void {
    this.addFirst(e);
  }
  pollFirst(): E | null {
    return this.n === 0 ? null : this.removeAt(0);
  }
  pollLast(): E | null {
    return this.n === 0 ? null : this.removeAt(this.n - 1);
  }
  poll(): E | null {
    return this.pollFirst();
  }
  removeFirst(): E {
    if (this.n === 0) throw new NoSuchElementException(null);
    return this.removeAt(0);
  }
  removeLast(): E {
    if (this.n === 0) throw new NoSuchElementException(null);
    return this.removeAt(this.n - 1);
  }
  pop(): E {
    return this.removeFirst();
  }
  /** Queue.remove() with no argument; remove(o) stays Collection.remove. */
  removeHead(): E {
    return this.removeFirst();
  }
  peekFirst(): E | null {
    return this.n === 0 ? null : this.get(0);
  }
  peekLast(): E | null {
    return this.n === 0 ? null : this.get(this.n - 1);
  }
  peek(): E | null {
    return this.peekFirst();
  }
  element(): E {
    return this.getFirst();
  }
  removeFirstOccurrence(o: unknown): boolean {
    return this.remove(o);
  }
  removeLastOccurrence(o: unknown): boolean {
    const i = this.lastIndexOf(o);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }
  descendingIterator(): JIterator<E> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    let i = this.n;
    let last = -1;
    return new (class extends BaseIterator<E> {
      hasNext(): boolean {
        return i > 0;
      }
      nextValue(): E {
        if (i <= 0) throw new NoSuchElementException(null);
        last = --i;
        return self.get(i);
      }
      override remove(): void {
        if (last < 0) throw new IllegalStateException(null);
        self.removeAt(last);
        last = -1;
      }
    })();
  }
}

export class LinkedList<E> extends RingList<E> {}

/** ArrayDeque: nulls rejected; equals/hashCode are identity (it is not a List). */
export class ArrayDeque<E> extends RingList<E> {
  protected override checkElement(e: E): void {
    if (e === null || e === undefined) throw new NullPointerException(null);
  }
  override equals(o: unknown): boolean {
    return o === this;
  }
  override hashCode(): number {
    return identityHash(this);
  }
}
