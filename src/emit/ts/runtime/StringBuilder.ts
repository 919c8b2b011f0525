// java.lang.StringBuilder on a JS string (V8 ropes make repeated append cheap).
import { str } from "./core.js";
import { dstr, fstr } from "./dtoa.js";
import { StringIndexOutOfBoundsException } from "./exceptions.js";
import { checkBeginEnd } from "./strings.js";

/**
 * java.lang.CharSequence: a string or a StringBuilder, the builder itself (it may still change). The
 * emitter reads one through jrt.str for CharSequence's methods and for JDK parameters typed CharSequence.
 */
export type CharSequence = string | StringBuilder;

export class StringBuilder {
  private s: string;

  constructor(init?: string | number | null) {
    // new StringBuilder(int capacity) starts empty; new StringBuilder(String) copies.
    this.s = typeof init === "string" ? init : "";
  }

  /** append(Object/String/int/long/boolean): String.valueOf rules. */
  append(x: unknown): this {
    this.s += typeof x === "string" ? x : str(x);
    return this;
  }
  appendChar(c: number): this {
    this.s += String.fromCharCode(c);
    return this;
  }
  appendDouble(d: number): this {
    this.s += dstr(d);
    return this;
  }
  appendFloat(f: number): this {
    this.s += fstr(f);
    return this;
  }
  appendCodePoint(cp: number): this {
    this.s += String.fromCodePoint(cp);
    return this;
  }
  /** append(char[] / CharSequence, start, end) */
  appendRange(x: string | ArrayLike<number>, start: number, end: number): this {
    if (typeof x === "string") this.s += x.substring(start, end);
    else for (let i = start; i < end; i++) this.s += String.fromCharCode(x[i]);
    return this;
  }
  insert(offset: number, x: unknown): this {
    if (offset < 0 || offset > this.s.length)
      throw new StringIndexOutOfBoundsException(`offset ${offset}, length ${this.s.length}`);
    this.s = this.s.substring(0, offset) + (typeof x === "string" ? x : str(x)) + this.s.substring(offset);
    return this;
  }
  insertChar(offset: number, c: number): this {
    return this.insert(offset, String.fromCharCode(c));
  }
  length(): number {
    return this.s.length;
  }
  isEmpty(): boolean {
    return this.s.length === 0;
  }
  private checkIndex(i: number): void {
    if (i < 0 || i >= this.s.length) throw new StringIndexOutOfBoundsException(`index ${i}, length ${this.s.length}`);
  }
  charAt(i: number): number {
    this.checkIndex(i);
    return this.s.charCodeAt(i);
  }
  setCharAt(i: number, c: number): void {
    this.checkIndex(i);
    this.s = this.s.substring(0, i) + String.fromCharCode(c) + this.s.substring(i + 1);
  }
  deleteCharAt(i: number): this {
    this.checkIndex(i);
    this.s = this.s.substring(0, i) + this.s.substring(i + 1);
    return this;
  }
  delete(start: number, end: number): this {
    const len = this.s.length;
    if (end > len) end = len;
    if (start < 0 || start > end) throw new StringIndexOutOfBoundsException(`start ${start}, end ${end}, length ${len}`);
    this.s = this.s.substring(0, start) + this.s.substring(end);
    return this;
  }
  replace(start: number, end: number, x: string): this {
    const len = this.s.length;
    if (start < 0 || start > len || start > end)
      throw new StringIndexOutOfBoundsException(`start ${start}, end ${end}, length ${len}`);
    this.s = this.s.substring(0, start) + x + this.s.substring(Math.min(end, len));
    return this;
  }
  /** Reverses code units, then restores surrogate pairs so they stay in order (as Java does). */
  reverse(): this {
    const a = this.s.split("").reverse();
    for (let i = 0; i < a.length - 1; i++) {
      const lo = a[i].charCodeAt(0);
      const hi = a[i + 1].charCodeAt(0);
      if (lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff) {
        [a[i], a[i + 1]] = [a[i + 1], a[i]];
        i++;
      }
    }
    this.s = a.join("");
    return this;
  }
  setLength(n: number): void {
    if (n < 0) throw new StringIndexOutOfBoundsException(`String index out of range: ${n}`);
    this.s = n <= this.s.length ? this.s.substring(0, n) : this.s + "\0".repeat(n - this.s.length);
  }
  indexOf(x: string, from = 0): number {
    return this.s.indexOf(x, from);
  }
  lastIndexOf(x: string, from?: number): number {
    return from === undefined ? this.s.lastIndexOf(x) : from < 0 ? -1 : this.s.lastIndexOf(x, from);
  }
  substring(start: number, end: number = this.s.length): string {
    if (start < 0 || end > this.s.length || start > end)
      throw new StringIndexOutOfBoundsException(`start ${start}, end ${end}, length ${this.s.length}`);
    return this.s.substring(start, end);
  }
  subSequence(start: number, end: number): string {
    checkBeginEnd(start, end, this.s.length);
    return this.s.substring(start, end);
  }
  compareTo(o: StringBuilder): number {
    const a = this.s;
    const b = o.s;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
    return a.length - b.length;
  }
  capacity(): number {
    return Math.max(16, this.s.length);
  }
  chars(): number[] {
    const a: number[] = [];
    for (let i = 0; i < this.s.length; i++) a.push(this.s.charCodeAt(i));
    return a;
  }
  toString(): string {
    return this.s;
  }
  // equals/hashCode are identity in Java: not defined, so jequals/jhash fall back to identity.
}
/** StringBuffer behaves the same in a single-threaded program. */
export const StringBuffer = StringBuilder;
export type StringBuffer = StringBuilder;
