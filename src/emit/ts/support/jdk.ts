// Smaller JDK statics and instance methods (Math, unsigned conversions, Arrays/Collections extras,
// Double.toHexString, BigDecimal extras) that translated code calls by name.
import {
  ArrayIndexOutOfBoundsException, Arrays, type BigDecimal, Character, IndexOutOfBoundsException, Integer, type JArray, type JList, type JMap, LinkedHashMap, Long, NullPointerException, NumberFormatException, UnmodifiableMap, jequals, jhash,
} from "../runtime/index.js";

/** Math.IEEEremainder */
export function ieeeRemainder(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || !Number.isFinite(a) || b === 0) return NaN;
  if (!Number.isFinite(b)) return a;
  let r = a % b;
  const ab = Math.abs(b);
  const ar = Math.abs(r);
  if (2 * ar > ab || (2 * ar === ab && Math.abs(Math.round((a - r) / b)) % 2 === 1)) r -= Math.sign(r) * ab;
  return r === 0 ? (a < 0 || Object.is(a, -0) ? -0 : 0) : r;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Math.nextUp / nextDown (double) */
export function nextUp(d: number): number {
  if (Number.isNaN(d) || d === Infinity) return d;
  if (d === 0) return Number.MIN_VALUE;
  f64[0] = d;
  u64[0] = d > 0 ? u64[0]! + 1n : u64[0]! - 1n;
  return f64[0];
}
export const nextDown = (d: number): number => -nextUp(-d);
/** Math.nextUp (float) */
export function nextUpF(d: number): number {
  if (Number.isNaN(d) || d === Infinity) return d;
  if (d === 0) return 1.401298464324817e-45;
  f32[0] = d;
  u32[0] = d > 0 ? u32[0]! + 1 : u32[0]! - 1;
  return f32[0];
}
/** Math.scalb(double, int) */
export const scalb = (d: number, n: number): number => d * 2 ** n;
/** Math.getExponent(double) */
export function getExponent(d: number): number {
  f64[0] = d;
  return Number((u64[0]! >> 52n) & 0x7ffn) - 1023;
}
/** Math.multiplyHigh(long, long) */
export const multiplyHigh = (a: bigint, b: bigint): bigint => BigInt.asIntN(64, (a * b) >> 64n);

/** Integer.toUnsignedLong */
export const toUnsignedLong = (x: number): bigint => BigInt(x >>> 0);
/** Integer.parseUnsignedInt */
export function parseUnsignedInt(s: string, radix = 10): number {
  if (s.startsWith("-")) throw new NumberFormatException(`Illegal leading minus sign on unsigned string ${s}.`);
  const v = Long.parseLong(s, radix);
  if (v > 0xffffffffn) throw new NumberFormatException(`String value ${s} exceeds range of unsigned int.`);
  return Number(BigInt.asIntN(32, v));
}
/** Long.parseUnsignedLong */
export function parseUnsignedLong(s: string, radix = 10): bigint {
  if (s.startsWith("-")) throw new NumberFormatException(`Illegal leading minus sign on unsigned string ${s}.`);
  if (s.startsWith("+")) s = s.substring(1);
  let v = 0n;
  const R = BigInt(radix);
  if (!s.length) throw new NumberFormatException(`For input string: "${s}"`);
  for (const ch of s) {
    const d = parseInt(ch, radix);
    if (Number.isNaN(d)) throw new NumberFormatException(`For input string: "${s}"`);
    v = v * R + BigInt(d);
  }
  if (v >= 1n << 64n) throw new NumberFormatException(`String value ${s} exceeds range of unsigned long.`);
  return BigInt.asIntN(64, v);
}

/** Double.toHexString */
export function doubleToHexString(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (d === Infinity) return "Infinity";
  if (d === -Infinity) return "-Infinity";
  f64[0] = d;
  const bits = u64[0]!;
  const neg = bits >> 63n === 1n ? "-" : "";
  if (d === 0) return neg + "0x0.0p0";
  const exp = Number((bits >> 52n) & 0x7ffn);
  const mant = bits & ((1n << 52n) - 1n);
  let hex = mant.toString(16).padStart(13, "0").replace(/0+$/, "");
  if (!hex) hex = "0";
  return exp === 0 ? `${neg}0x0.${hex}p-1022` : `${neg}0x1.${hex}p${exp - 1023}`;
}

/** Arrays.deepEquals */
export function deepEquals(a: ArrayLike<unknown> | null, b: ArrayLike<unknown> | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const xa = Array.isArray(x) || ArrayBuffer.isView(x);
    const ya = Array.isArray(y) || ArrayBuffer.isView(y);
    if (xa && ya) {
      if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y) || !deepEquals(x as ArrayLike<unknown>, y as ArrayLike<unknown>)) return false;
    } else if (xa || ya || !jequals(x, y)) return false;
  }
  return true;
}

/** Collections.copy */
export function collectionsCopy<T>(dest: JList<T>, src: JList<T>): void {
  if (src.size() > dest.size()) throw new IndexOutOfBoundsException("Source does not fit in dest");
  for (let i = 0; i < src.size(); i++) dest.set(i, src.get(i) as T);
}
/** Collections.indexOfSubList / lastIndexOfSubList */
export function indexOfSubList<T>(source: JList<T>, target: JList<T>, last = false): number {
  const n = source.size();
  const m = target.size();
  const match = (i: number): boolean => {
    for (let j = 0; j < m; j++) if (!jequals(source.get(i + j), target.get(j))) return false;
    return true;
  };
  if (last) {
    for (let i = n - m; i >= 0; i--) if (match(i)) return i;
  } else for (let i = 0; i + m <= n; i++) if (match(i)) return i;
  return -1;
}
export const lastIndexOfSubList = <T>(source: JList<T>, target: JList<T>): number => indexOfSubList(source, target, true);

/** String.offsetByCodePoints */
export function offsetByCodePoints(s: string, index: number, n: number): number {
  if (index < 0 || index > s.length) throw new IndexOutOfBoundsException(null);
  let i = index;
  const hi = (c: number) => c >= 0xd800 && c <= 0xdbff;
  const lo = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  if (n >= 0) {
    for (let k = 0; k < n; k++) {
      if (i >= s.length) throw new IndexOutOfBoundsException(null);
      if (hi(s.charCodeAt(i)) && i + 1 < s.length && lo(s.charCodeAt(i + 1))) i += 2;
      else i++;
    }
  } else {
    for (let k = 0; k < -n; k++) {
      if (i <= 0) throw new IndexOutOfBoundsException(null);
      if (lo(s.charCodeAt(i - 1)) && i - 2 >= 0 && hi(s.charCodeAt(i - 2))) i -= 2;
      else i--;
    }
  }
  return i;
}

/** String.getChars / StringBuilder.getChars */
export function getChars(s: string, srcBegin: number, srcEnd: number, dst: Uint16Array, dstBegin: number): void {
  if (srcBegin < 0 || srcBegin > srcEnd || srcEnd > s.length) throw new IndexOutOfBoundsException(`begin ${srcBegin}, end ${srcEnd}, length ${s.length}`);
  if (dstBegin < 0 || dstBegin + (srcEnd - srcBegin) > dst.length) throw new ArrayIndexOutOfBoundsException(`Index ${dstBegin + (srcEnd - srcBegin)} out of bounds for length ${dst.length}`);
  for (let i = srcBegin; i < srcEnd; i++) dst[dstBegin + i - srcBegin] = s.charCodeAt(i);
}

/** BigDecimal.divideAndRemainder */
export function bigDecimalDivideAndRemainder(a: BigDecimal, b: BigDecimal): BigDecimal[] {
  const q = a.divideToIntegralValue(b);
  return [q, a.subtract(q.multiply(b))];
}
/** BigDecimal.toEngineeringString */
export function toEngineeringString(d: BigDecimal): string {
  const digits = (d.unscaled < 0n ? -d.unscaled : d.unscaled).toString();
  const neg = d.unscaled < 0n ? "-" : "";
  const scale = d.scale();
  const adjusted = -scale + (digits.length - 1);
  if (scale >= 0 && adjusted >= -6) return d.toString();
  if (d.unscaled === 0n) {
    // Java: zero with an exponent that is a multiple of three.
    return d.toString();
  }
  let sig = adjusted % 3;
  if (sig < 0) sig += 3;
  const exp = adjusted - sig;
  const intLen = sig + 1;
  let mant: string;
  if (digits.length > intLen) mant = digits.substring(0, intLen) + "." + digits.substring(intLen);
  else mant = digits + "0".repeat(intLen - digits.length);
  return neg + mant + (exp === 0 ? "" : "E" + (exp > 0 ? "+" : "") + exp);
}

/** Arrays.deepHashCode */
export function deepHashCode(a: ArrayLike<unknown> | null): number {
  if (a === null) return 0;
  let h = 1;
  for (let i = 0; i < a.length; i++) {
    const e = a[i];
    const eh = Array.isArray(e) ? deepHashCode(e) : ArrayBuffer.isView(e) ? Arrays.hashCode(e as JArray) : e === null || e === undefined ? 0 : jhash(e);
    h = (Math.imul(31, h) + eh) | 0;
  }
  return h;
}

/** Collections.singletonMap */
export function singletonMap<K, V>(k: K, v: V): JMap<K, V> {
  const m = new LinkedHashMap<K, V>();
  m.put(k, v);
  return new UnmodifiableMap(m);
}

/** Integer.decode / Long.decode */
export function decodeInt(s: string): number {
  return Number(decodeLong(s, true));
}
export function decodeLong(s: string, int = false): bigint {
  if (!s.length) throw new NumberFormatException("Zero length string");
  let i = 0;
  let neg = false;
  if (s[0] === "-" || s[0] === "+") {
    neg = s[0] === "-";
    i++;
  }
  let radix = 10;
  if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
    radix = 16;
    i += 2;
  } else if (s.startsWith("#", i)) {
    radix = 16;
    i++;
  } else if (s.startsWith("0", i) && s.length > i + 1) {
    radix = 8;
    i++;
  }
  const body = s.substring(i);
  if (body.startsWith("-") || body.startsWith("+")) throw new NumberFormatException("Sign character in wrong position");
  const v = int ? BigInt(Integer.parseInt((neg ? "-" : "") + body, radix)) : Long.parseLong((neg ? "-" : "") + body, radix);
  return v;
}

/** `a[i] op= x` / `++a[i]` with the array and index evaluated once (and bounds-checked): stores and returns f(old). */
export function aupd<T>(a: { length: number; [i: number]: T }, i: number, f: (v: T) => T): T {
  if (!(i >= 0 && i < a.length)) throw new ArrayIndexOutOfBoundsException(`Index ${i} out of bounds for length ${a.length}`);
  return (a[i] = f(a[i]!));
}
/** `a[i]++` as a value: stores f(old), returns old. */
export function apost<T>(a: { length: number; [i: number]: T }, i: number, f: (v: T) => T): T {
  if (!(i >= 0 && i < a.length)) throw new ArrayIndexOutOfBoundsException(`Index ${i} out of bounds for length ${a.length}`);
  const old = a[i]!;
  a[i] = f(old);
  return old;
}

/** Math.ulp(float) */
export function ulpF(f: number): number {
  if (!Number.isFinite(f)) return Number.isNaN(f) ? NaN : Infinity;
  const a = Math.abs(Math.fround(f));
  if (a === 3.4028234663852886e38) return 2 ** 104;
  f32[0] = a;
  u32[0] = u32[0]! + 1;
  return f32[0] - a;
}

/** Objects.requireNonNullElse */
export function requireNonNullElse<T>(a: T | null | undefined, b: T | null | undefined): T {
  if (a !== null && a !== undefined) return a;
  if (b === null || b === undefined) throw new NullPointerException("defaultObj");
  return b;
}

/** String.lines(): split at \n, \r or \r\n; a final terminator does not start another (empty) line. */
export function lines(s: string): string[] {
  if (s.length === 0) return [];
  const parts = s.split(/\r\n|\r|\n/);
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** String.indent(n): each line shifted right by n spaces or left by up to -n leading white space, each ended by "\n". */
export function indent(s: string, n: number): string {
  return lines(s)
    .map((line) => {
      if (n > 0) return " ".repeat(n) + line;
      let cut = 0;
      while (cut < -n && cut < line.length && Character.isWhitespace(line.charCodeAt(cut))) cut++;
      return line.slice(cut);
    })
    .map((line) => line + "\n")
    .join("");
}

/** Byte.parseByte / Short.parseShort: Integer.parseInt, then the narrower range check. */
export function parseSmall(bits: 8 | 16, s: string, radix = 10): number {
  const v = Integer.parseInt(s, radix);
  const max = bits === 8 ? 127 : 32767;
  if (v < -max - 1 || v > max) throw new NumberFormatException(`Value out of range. Value:"${s}" Radix:${radix}`);
  return v;
}
/** Short.reverseBytes */
export const reverseBytesShort = (x: number): number => (((x & 0xff) << 24) >> 16) | ((x >> 8) & 0xff);
