// Java int/long/float arithmetic and conversions on JS numbers and bigints, plus Math/Integer/Long/Double helpers.
import { ArithmeticException, NullPointerException, NumberFormatException } from "./exceptions.js";

/* ---------- int (number kept in int32 range), short, byte, char ---------- */

export const i32 = (x: number): number => x | 0;
export const imul = Math.imul;
export const i16 = (x: number): number => (x << 16) >> 16;
export const i8 = (x: number): number => (x << 24) >> 24;
/** (char) x: UTF-16 code unit. */
export const i2c = (x: number): number => x & 0xffff;
export const iadd = (a: number, b: number): number => (a + b) | 0;
export const isub = (a: number, b: number): number => (a - b) | 0;
export const ineg = (a: number): number => -a | 0;

/** int division: truncates toward zero; MIN_VALUE / -1 wraps to MIN_VALUE. */
export function idiv(a: number, b: number): number {
  if (b === 0) throw new ArithmeticException("/ by zero");
  return (a / b) | 0;
}
/** int remainder: sign of the dividend (`| 0` turns JS's -0 into 0). */
export function irem(a: number, b: number): number {
  if (b === 0) throw new ArithmeticException("/ by zero");
  return a % b | 0;
}
/** `>>>` on int: JS gives an unsigned result, Java an int. (`<<` and `>>` are already Java's.) */
export const iushr = (a: number, n: number): number => (a >>> n) | 0;

/* ---------- long (bigint kept in int64 range) ---------- */

export const LONG_MIN = -(2n ** 63n);
export const LONG_MAX = 2n ** 63n - 1n;
const w64 = (x: bigint): bigint => BigInt.asIntN(64, x);
export const ladd = (a: bigint, b: bigint): bigint => w64(a + b);
export const lsub = (a: bigint, b: bigint): bigint => w64(a - b);
export const lmul = (a: bigint, b: bigint): bigint => w64(a * b);
export const lneg = (a: bigint): bigint => w64(-a);
export function ldiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new ArithmeticException("/ by zero");
  return w64(a / b); // bigint division truncates like Java; MIN / -1 wraps
}
export function lrem(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new ArithmeticException("/ by zero");
  return a % b;
}
/** Shift counts use the low 6 bits, as in Java. */
export const lshl = (a: bigint, n: number): bigint => w64(a << BigInt(n & 63));
export const lshr = (a: bigint, n: number): bigint => a >> BigInt(n & 63);
export const lushr = (a: bigint, n: number): bigint => w64(BigInt.asUintN(64, a) >> BigInt(n & 63));

/* ---------- conversions ---------- */

export const i2l = (x: number): bigint => BigInt(x);
export const l2i = (x: bigint): number => Number(BigInt.asIntN(32, x));
/** Number(bigint) rounds to nearest-even, exactly like Java's l2d. */
export const l2d = (x: bigint): number => Number(x);
/** long -> float in one rounding step (going through double could round twice). */
export function l2f(x: bigint): number {
  const neg = x < 0n;
  let m = neg ? -x : x;
  if (m < 2n ** 53n) return Math.fround(Number(x));
  // Keep 25 bits + a sticky bit so the float rounding is decided correctly.
  const shift = m.toString(2).length - 26;
  const sticky = (m & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n;
  m = ((m >> BigInt(shift)) | sticky) << BigInt(shift);
  const r = Math.fround(Number(m));
  return neg ? -r : r;
}
export const i2f = (x: number): number => Math.fround(x);
export const d2f = Math.fround;
/** (long) d: NaN -> 0, saturating at Long.MIN/MAX. */
export function d2l(d: number): bigint {
  if (d !== d) return 0n;
  if (d >= 2 ** 63) return LONG_MAX;
  if (d <= -(2 ** 63)) return LONG_MIN;
  return BigInt(Math.trunc(d));
}
/** (int) d: NaN -> 0, saturating at Integer.MIN/MAX. */
export function d2i(d: number): number {
  if (d !== d) return 0;
  if (d >= 2147483647) return 2147483647;
  if (d <= -2147483648) return -2147483648;
  return Math.trunc(d) | 0;
}
export const f2i = d2i;
export const f2l = d2l;
/** Java's float/double `%` is C fmod, which is JS `%`. Only int/long need helpers. */

/* ---------- java.lang.Math where it differs from JS ---------- */

/** Math.rint: nearest integer, ties to even. */
export function rint(d: number): number {
  if (!Number.isFinite(d) || Math.abs(d) >= 2 ** 52) return d;
  const f = Math.floor(d);
  const diff = d - f;
  const r = diff < 0.5 ? f : diff > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return r === 0 && d < 0 ? -0 : r;
}

export const JMath = {
  /** Math.round(double) -> long: floor(x + 0.5) computed exactly (JS Math.round has the same tie rule). */
  round(d: number): bigint {
    return d2l(Math.round(d));
  },
  /** Math.round(float) -> int. */
  roundF(f: number): number {
    return d2i(Math.round(Math.fround(f)));
  },
  /** Math.abs(int): abs(MIN_VALUE) stays MIN_VALUE. */
  abs(x: number): number {
    return x < 0 ? -x | 0 : x;
  },
  absL(x: bigint): bigint {
    return x < 0n ? w64(-x) : x;
  },
  floorDiv(a: number, b: number): number {
    const q = idiv(a, b);
    return (a % b !== 0 && (a ^ b) < 0) ? (q - 1) | 0 : q;
  },
  floorMod(a: number, b: number): number {
    const r = irem(a, b);
    return r !== 0 && (r ^ b) < 0 ? r + b : r;
  },
  floorDivL(a: bigint, b: bigint): bigint {
    const q = ldiv(a, b);
    return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
  },
  floorModL(a: bigint, b: bigint): bigint {
    const r = lrem(a, b);
    return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
  },
  /** Math.signum(double): keeps -0.0 and NaN. */
  signum(d: number): number {
    return d > 0 ? 1 : d < 0 ? -1 : d;
  },
  addExact(a: number, b: number): number {
    return exactInt(a + b);
  },
  subtractExact(a: number, b: number): number {
    return exactInt(a - b);
  },
  multiplyExact(a: number, b: number): number {
    // An in-range product is exact in a double, and rounding never brings an overflowing one back in range.
    return exactInt(a * b);
  },
  negateExact(a: number): number {
    return exactInt(-a);
  },
  incrementExact(a: number): number {
    return exactInt(a + 1);
  },
  decrementExact(a: number): number {
    return exactInt(a - 1);
  },
  absExact(a: number): number {
    if (a === -2147483648) throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
    return Math.abs(a);
  },
  absExactL(a: bigint): bigint {
    if (a === LONG_MIN) throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
    return a < 0n ? -a : a;
  },
  toIntExact(a: bigint): number {
    if (a < -2147483648n || a > 2147483647n) throw new ArithmeticException("integer overflow");
    return Number(a);
  },
  negateExactL(a: bigint): bigint {
    return exactLong(-a);
  },
  incrementExactL(a: bigint): bigint {
    return exactLong(a + 1n);
  },
  decrementExactL(a: bigint): bigint {
    return exactLong(a - 1n);
  },
  addExactL(a: bigint, b: bigint): bigint {
    return exactLong(a + b);
  },
  subtractExactL(a: bigint, b: bigint): bigint {
    return exactLong(a - b);
  },
  multiplyExactL(a: bigint, b: bigint): bigint {
    return exactLong(a * b);
  },
  rint,
  /** Math.max/min on doubles: NaN wins and -0.0 < 0.0, which JS Math.max/min also do. */
  max: Math.max,
  min: Math.min,
};

function exactInt(r: number): number {
  if (r > 2147483647 || r < -2147483648) throw new ArithmeticException("integer overflow");
  return r | 0;
}
function exactLong(r: bigint): bigint {
  if (r > LONG_MAX || r < LONG_MIN) throw new ArithmeticException("long overflow");
  return r;
}

/* ---------- parsing ---------- */

/** The value of a Unicode decimal digit (Nd): digits come in runs of ten starting at a code point whose value is 0. */
function unicodeDigit(c: number): number {
  let z = c;
  while (z > 0 && /\p{Nd}/u.test(String.fromCharCode(z - 1)) && c - (z - 1) < 10) z--;
  return (c - z) % 10;
}

function digitValue(c: number, radix: number): number {
  let v = -1;
  if (c >= 48 && c <= 57) v = c - 48;
  else if (c >= 97 && c <= 122) v = c - 87;
  else if (c >= 65 && c <= 90) v = c - 55;
  else if (c >= 0xff10 && c <= 0xff19) v = c - 0xff10; // fullwidth digits, as Character.digit accepts
  else if (c >= 0xff41 && c <= 0xff5a) v = c - 0xff41 + 10; // fullwidth letters
  else if (c >= 0xff21 && c <= 0xff3a) v = c - 0xff21 + 10;
  else if (c > 127 && /\p{Nd}/u.test(String.fromCharCode(c))) v = unicodeDigit(c);
  return v < radix ? v : -1;
}

function forInputString(s: string, radix: number): NumberFormatException {
  return new NumberFormatException(`For input string: "${s}"` + (radix === 10 ? "" : ` under radix ${radix}`));
}

function checkRadix(radix: number): void {
  if (radix < 2) throw new NumberFormatException(`radix ${radix} less than Character.MIN_RADIX`);
  if (radix > 36) throw new NumberFormatException(`radix ${radix} greater than Character.MAX_RADIX`);
}

/** Shared by parseInt/parseLong: sign, then at least one digit, range-checked against [min, max]. */
function parseIntegral(s: string | null, radix: number, min: bigint, max: bigint): bigint {
  if (s === null) throw new NumberFormatException("Cannot parse null string");
  checkRadix(radix);
  if (s.length === 0) throw forInputString(s, radix);
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    i = 1;
    if (s.length === 1) throw forInputString(s, radix);
  }
  let v = 0n;
  const R = BigInt(radix);
  for (; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i), radix);
    if (d < 0) throw forInputString(s, radix);
    v = v * R + BigInt(d);
    if (v > max + 1n) throw forInputString(s, radix);
  }
  const r = neg ? -v : v;
  if (r < min || r > max) throw forInputString(s, radix);
  return r;
}

/* ---------- Integer / Long / Double / Float statics ---------- */

export const Integer = {
  MIN_VALUE: -2147483648,
  MAX_VALUE: 2147483647,
  SIZE: 32,
  parseInt(s: string | null, radix = 10): number {
    return Number(parseIntegral(s, radix, -2147483648n, 2147483647n));
  },
  valueOf(s: string | null | number, radix = 10): number {
    return typeof s === "number" ? s : Integer.parseInt(s, radix);
  },
  toString(i: number, radix = 10): string {
    return (radix < 2 || radix > 36 ? i.toString(10) : i.toString(radix));
  },
  /** Two's-complement renderings (Java treats the int as unsigned here). */
  toBinaryString: (i: number): string => (i >>> 0).toString(2),
  toHexString: (i: number): string => (i >>> 0).toString(16),
  toOctalString: (i: number): string => (i >>> 0).toString(8),
  toUnsignedString: (i: number): string => (i >>> 0).toString(),
  compare: (a: number, b: number): number => (a < b ? -1 : a === b ? 0 : 1),
  compareUnsigned: (a: number, b: number): number => Integer.compare(a ^ -2147483648, b ^ -2147483648),
  signum: (i: number): number => (i > 0 ? 1 : i < 0 ? -1 : 0),
  bitCount(i: number): number {
    i = i - ((i >>> 1) & 0x55555555);
    i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
    i = (i + (i >>> 4)) & 0x0f0f0f0f;
    return Math.imul(i, 0x01010101) >>> 24;
  },
  highestOneBit: (i: number): number => (i === 0 ? 0 : (0x80000000 >>> Math.clz32(i)) | 0),
  lowestOneBit: (i: number): number => i & -i,
  numberOfLeadingZeros: (i: number): number => Math.clz32(i),
  numberOfTrailingZeros: (i: number): number => (i === 0 ? 32 : 31 - Math.clz32(i & -i)),
  reverse(i: number): number {
    i = ((i & 0x55555555) << 1) | ((i >>> 1) & 0x55555555);
    i = ((i & 0x33333333) << 2) | ((i >>> 2) & 0x33333333);
    i = ((i & 0x0f0f0f0f) << 4) | ((i >>> 4) & 0x0f0f0f0f);
    return Integer.reverseBytes(i);
  },
  reverseBytes: (i: number): number => (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24),
  rotateLeft: (i: number, d: number): number => (i << d) | (i >>> -d),
  rotateRight: (i: number, d: number): number => (i >>> d) | (i << -d),
  hashCode: (i: number): number => i,
  sum: (a: number, b: number): number => (a + b) | 0,
  max: Math.max,
  min: Math.min,
  divideUnsigned: (a: number, b: number): number => idivU(a, b),
  remainderUnsigned: (a: number, b: number): number => {
    if (b === 0) throw new ArithmeticException("/ by zero");
    return ((a >>> 0) % (b >>> 0)) | 0;
  },
};
function idivU(a: number, b: number): number {
  if (b === 0) throw new ArithmeticException("/ by zero");
  return Math.floor((a >>> 0) / (b >>> 0)) | 0;
}

export const Long = {
  MIN_VALUE: LONG_MIN,
  MAX_VALUE: LONG_MAX,
  SIZE: 64,
  parseLong(s: string | null, radix = 10): bigint {
    return parseIntegral(s, radix, LONG_MIN, LONG_MAX);
  },
  valueOf(s: string | null | bigint, radix = 10): bigint {
    return typeof s === "bigint" ? s : Long.parseLong(s, radix);
  },
  toString: (v: bigint, radix = 10): string => v.toString(radix < 2 || radix > 36 ? 10 : radix),
  toBinaryString: (v: bigint): string => BigInt.asUintN(64, v).toString(2),
  toHexString: (v: bigint): string => BigInt.asUintN(64, v).toString(16),
  toOctalString: (v: bigint): string => BigInt.asUintN(64, v).toString(8),
  toUnsignedString: (v: bigint): string => BigInt.asUintN(64, v).toString(),
  compare: (a: bigint, b: bigint): number => (a < b ? -1 : a === b ? 0 : 1),
  signum: (v: bigint): number => (v > 0n ? 1 : v < 0n ? -1 : 0),
  bitCount(v: bigint): number {
    return Integer.bitCount(Number(BigInt.asIntN(32, v))) + Integer.bitCount(Number(BigInt.asIntN(32, v >> 32n)));
  },
  numberOfLeadingZeros(v: bigint): number {
    const u = BigInt.asUintN(64, v);
    return u === 0n ? 64 : 64 - u.toString(2).length;
  },
  numberOfTrailingZeros(v: bigint): number {
    const lo = Number(BigInt.asIntN(32, v));
    return lo !== 0 ? Integer.numberOfTrailingZeros(lo) : 32 + Integer.numberOfTrailingZeros(Number(BigInt.asIntN(32, v >> 32n)));
  },
  highestOneBit(v: bigint): bigint {
    const u = BigInt.asUintN(64, v);
    return u === 0n ? 0n : w64(1n << BigInt(u.toString(2).length - 1));
  },
  lowestOneBit: (v: bigint): bigint => w64(v & -v),
  hashCode: (v: bigint): number => Number(BigInt.asIntN(32, BigInt.asUintN(64, v) ^ (BigInt.asUintN(64, v) >> 32n))),
  sum: ladd,
  reverse(v: bigint): bigint {
    const hi = Integer.reverse(Number(BigInt.asIntN(32, v)));
    const lo = Integer.reverse(Number(BigInt.asIntN(32, v >> 32n)));
    return w64((BigInt(hi) << 32n) | BigInt(lo >>> 0));
  },
  rotateLeft: (v: bigint, d: number): bigint => w64(lshl(v, d) | lushr(v, -d)),
  rotateRight: (v: bigint, d: number): bigint => w64(lushr(v, d) | lshl(v, -d)),
};

const dv = new DataView(new ArrayBuffer(8));

/** Java's floating-point literal grammar (Double.parseDouble), which JS Number() does not follow. */
const FP = /^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)$/;
const HEX_FP = /^[+-]?0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)[fFdD]?$/;

export const Double = {
  MIN_VALUE: 5e-324,
  MAX_VALUE: Number.MAX_VALUE,
  MIN_NORMAL: 2.2250738585072014e-308,
  POSITIVE_INFINITY: Infinity,
  NEGATIVE_INFINITY: -Infinity,
  NaN: NaN,
  parseDouble(s: string | null): number {
    if (s === null) throw new NullPointerException('Cannot invoke "String.trim()" because "in" is null');
    const t = javaTrim(s);
    if (t.length === 0) throw new NumberFormatException("empty String");
    if (FP.test(t)) return Number(t.replace(/[fFdD]$/, ""));
    const h = HEX_FP.exec(t);
    if (h && (h[1] + h[2]).length > 0) {
      const mant = BigInt("0x" + (h[1] + h[2] || "0"));
      const v = Number(mant) * 2 ** (Number(h[3]) - 4 * h[2].length);
      return t.startsWith("-") ? -v : v;
    }
    throw new NumberFormatException(`For input string: "${s}"`);
  },
  valueOf(s: string | number): number {
    return typeof s === "number" ? s : Double.parseDouble(s);
  },
  isNaN: (d: number): boolean => d !== d,
  isInfinite: (d: number): boolean => d === Infinity || d === -Infinity,
  isFinite: (d: number): boolean => Number.isFinite(d),
  doubleToLongBits(d: number): bigint {
    return d !== d ? 0x7ff8000000000000n : Double.doubleToRawLongBits(d);
  },
  doubleToRawLongBits(d: number): bigint {
    dv.setFloat64(0, d);
    return dv.getBigInt64(0);
  },
  longBitsToDouble(b: bigint): number {
    dv.setBigInt64(0, b);
    return dv.getFloat64(0);
  },
};

export const Float = {
  MIN_VALUE: 1.401298464324817e-45,
  MAX_VALUE: 3.4028234663852886e38,
  POSITIVE_INFINITY: Infinity,
  NEGATIVE_INFINITY: -Infinity,
  NaN: NaN,
  parseFloat(s: string | null): number {
    // Decimal -> double -> float can double-round in rare halfway cases; accepted (see README).
    return Math.fround(Double.parseDouble(s));
  },
  floatToIntBits(f: number): number {
    return f !== f ? 0x7fc00000 : Float.floatToRawIntBits(f);
  },
  floatToRawIntBits(f: number): number {
    dv.setFloat32(0, f);
    return dv.getInt32(0);
  },
  intBitsToFloat(b: number): number {
    dv.setInt32(0, b);
    return dv.getFloat32(0);
  },
};

/** String.trim: strips chars <= ' ' (not Unicode whitespace). */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a === 0 && b === s.length ? s : s.substring(a, b);
}
