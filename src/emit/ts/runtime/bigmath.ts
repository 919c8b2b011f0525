// java.math.BigInteger (on bigint) and BigDecimal (unscaled bigint + int scale) with Java's toString, equality and rounding.
import { dstr } from "./dtoa.js";
import { ArithmeticException, IllegalArgumentException, NumberFormatException } from "./exceptions.js";

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const sign = (x: bigint): number => (x > 0n ? 1 : x < 0n ? -1 : 0);

export class BigInteger {
  static readonly ZERO = new BigInteger(0n);
  static readonly ONE = new BigInteger(1n);
  static readonly TWO = new BigInteger(2n);
  static readonly TEN = new BigInteger(10n);
  readonly v: bigint;

  /** new BigInteger("123"), new BigInteger("ff", 16), or from a bigint. */
  constructor(x: string | bigint, radix = 10) {
    if (typeof x === "bigint") {
      this.v = x;
      return;
    }
    const m = /^([+-]?)([0-9a-zA-Z]+)$/.exec(x);
    if (m === null) throw new NumberFormatException(x.length === 0 ? "Zero length BigInteger" : `For input string: "${x}"`);
    let v = 0n;
    const R = BigInt(radix);
    for (const ch of m[2]) {
      const d = parseInt(ch, 36);
      if (!(d < radix)) throw new NumberFormatException(`For input string: "${x}"` + (radix === 10 ? "" : ` under radix ${radix}`));
      v = v * R + BigInt(d);
    }
    this.v = m[1] === "-" ? -v : v;
  }
  static valueOf(x: bigint | number): BigInteger {
    return new BigInteger(BigInt(x));
  }
  add(o: BigInteger): BigInteger {
    return new BigInteger(this.v + o.v);
  }
  subtract(o: BigInteger): BigInteger {
    return new BigInteger(this.v - o.v);
  }
  multiply(o: BigInteger): BigInteger {
    return new BigInteger(this.v * o.v);
  }
  divide(o: BigInteger): BigInteger {
    if (o.v === 0n) throw new ArithmeticException("BigInteger divide by zero");
    return new BigInteger(this.v / o.v);
  }
  remainder(o: BigInteger): BigInteger {
    if (o.v === 0n) throw new ArithmeticException("BigInteger divide by zero");
    return new BigInteger(this.v % o.v);
  }
  divideAndRemainder(o: BigInteger): [BigInteger, BigInteger] {
    return [this.divide(o), this.remainder(o)];
  }
  /** mod: always non-negative; modulus must be positive. */
  mod(m: BigInteger): BigInteger {
    if (m.v <= 0n) throw new ArithmeticException("BigInteger: modulus not positive");
    const r = this.v % m.v;
    return new BigInteger(r < 0n ? r + m.v : r);
  }
  modPow(e: BigInteger, m: BigInteger): BigInteger {
    if (m.v <= 0n) throw new ArithmeticException("BigInteger: modulus not positive");
    if (e.v < 0n) return this.modInverse(m).modPow(e.negate(), m);
    let result = 1n % m.v;
    let base = ((this.v % m.v) + m.v) % m.v;
    let ex = e.v;
    while (ex > 0n) {
      if (ex & 1n) result = (result * base) % m.v;
      base = (base * base) % m.v;
      ex >>= 1n;
    }
    return new BigInteger(result);
  }
  modInverse(m: BigInteger): BigInteger {
    if (m.v <= 0n) throw new ArithmeticException("BigInteger: modulus not positive");
    let [a, b, x0, x1] = [((this.v % m.v) + m.v) % m.v, m.v, 0n, 1n];
    if (b === 1n) return BigInteger.ZERO;
    const m0 = b;
    while (a > 1n) {
      if (b === 0n) throw new ArithmeticException("BigInteger not invertible.");
      const q = a / b;
      [a, b] = [b, a % b];
      [x0, x1] = [x1 - q * x0, x0];
    }
    if (a !== 1n) throw new ArithmeticException("BigInteger not invertible.");
    return new BigInteger(x1 < 0n ? x1 + m0 : x1);
  }
  pow(n: number): BigInteger {
    if (n < 0) throw new ArithmeticException("Negative exponent");
    return new BigInteger(this.v ** BigInt(n));
  }
  gcd(o: BigInteger): BigInteger {
    let a = abs(this.v);
    let b = abs(o.v);
    while (b !== 0n) [a, b] = [b, a % b];
    return new BigInteger(a);
  }
  negate(): BigInteger {
    return new BigInteger(-this.v);
  }
  abs(): BigInteger {
    return new BigInteger(abs(this.v));
  }
  signum(): number {
    return sign(this.v);
  }
  min(o: BigInteger): BigInteger {
    return this.v <= o.v ? this : o;
  }
  max(o: BigInteger): BigInteger {
    return this.v >= o.v ? this : o;
  }
  sqrt(): BigInteger {
    if (this.v < 0n) throw new ArithmeticException("Negative BigInteger");
    if (this.v < 2n) return this;
    let x = BigInt(Math.floor(Math.sqrt(Number(this.v))));
    while (x * x > this.v) x--;
    while ((x + 1n) * (x + 1n) <= this.v) x++;
    return new BigInteger(x);
  }
  shiftLeft(n: number): BigInteger {
    return new BigInteger(n >= 0 ? this.v << BigInt(n) : this.v >> BigInt(-n));
  }
  shiftRight(n: number): BigInteger {
    return new BigInteger(n >= 0 ? this.v >> BigInt(n) : this.v << BigInt(-n));
  }
  and(o: BigInteger): BigInteger {
    return new BigInteger(this.v & o.v);
  }
  or(o: BigInteger): BigInteger {
    return new BigInteger(this.v | o.v);
  }
  xor(o: BigInteger): BigInteger {
    return new BigInteger(this.v ^ o.v);
  }
  not(): BigInteger {
    return new BigInteger(~this.v);
  }
  testBit(n: number): boolean {
    if (n < 0) throw new ArithmeticException("Negative bit address");
    return ((this.v >> BigInt(n)) & 1n) === 1n;
  }
  setBit(n: number): BigInteger {
    return new BigInteger(this.v | (1n << BigInt(n)));
  }
  /** Bits in the minimal two's-complement representation, excluding the sign bit. */
  bitLength(): number {
    const x = this.v < 0n ? ~this.v : this.v;
    return x === 0n ? 0 : x.toString(2).length;
  }
  bitCount(): number {
    const x = this.v < 0n ? ~this.v : this.v;
    let n = 0;
    for (const c of x.toString(2)) if (c === "1") n++;
    return n;
  }
  getLowestSetBit(): number {
    if (this.v === 0n) return -1;
    let n = 0;
    while (((this.v >> BigInt(n)) & 1n) === 0n) n++;
    return n;
  }
  /** Deterministic Miller-Rabin; Java's is probabilistic but agrees on every input in practice. */
  isProbablePrime(_certainty: number): boolean {
    const n = abs(this.v);
    if (n < 2n) return false;
    for (const p of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
      if (n === p) return true;
      if (n % p === 0n) return false;
    }
    let d = n - 1n;
    let s = 0;
    while ((d & 1n) === 0n) {
      d >>= 1n;
      s++;
    }
    outer: for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
      let x = new BigInteger(a).modPow(new BigInteger(d), new BigInteger(n)).v;
      if (x === 1n || x === n - 1n) continue;
      for (let r = 1; r < s; r++) {
        x = (x * x) % n;
        if (x === n - 1n) continue outer;
      }
      return false;
    }
    return true;
  }
  nextProbablePrime(): BigInteger {
    let c = new BigInteger(this.v + 1n);
    while (!c.isProbablePrime(100)) c = new BigInteger(c.v + 1n);
    return c;
  }
  compareTo(o: BigInteger): number {
    return this.v < o.v ? -1 : this.v > o.v ? 1 : 0;
  }
  equals(o: unknown): boolean {
    return o instanceof BigInteger && o.v === this.v;
  }
  /** Java hashes the big-endian int magnitude words: h = 31*h + word, times the sign. */
  hashCode(): number {
    let m = abs(this.v);
    const words: number[] = [];
    while (m > 0n) {
      words.unshift(Number(m & 0xffffffffn));
      m >>= 32n;
    }
    let h = 0;
    for (const w of words) h = (Math.imul(31, h) + w) | 0;
    return Math.imul(h, sign(this.v));
  }
  intValue(): number {
    return Number(BigInt.asIntN(32, this.v));
  }
  longValue(): bigint {
    return BigInt.asIntN(64, this.v);
  }
  doubleValue(): number {
    return Number(this.v);
  }
  intValueExact(): number {
    if (this.v < -2147483648n || this.v > 2147483647n) throw new ArithmeticException("BigInteger out of int range");
    return Number(this.v);
  }
  longValueExact(): bigint {
    if (BigInt.asIntN(64, this.v) !== this.v) throw new ArithmeticException("BigInteger out of long range");
    return this.v;
  }
  toString(radix = 10): string {
    return this.v.toString(radix < 2 || radix > 36 ? 10 : radix);
  }
}

export enum RoundingMode {
  UP = "UP",
  DOWN = "DOWN",
  CEILING = "CEILING",
  FLOOR = "FLOOR",
  HALF_UP = "HALF_UP",
  HALF_DOWN = "HALF_DOWN",
  HALF_EVEN = "HALF_EVEN",
  UNNECESSARY = "UNNECESSARY",
}

/** q = n / d rounded by mode (d != 0). */
function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const neg = n < 0n !== d < 0n;
  const twice = abs(r) * 2n;
  const cmpHalf = twice < abs(d) ? -1 : twice > abs(d) ? 1 : 0;
  let up: boolean;
  switch (mode) {
    case RoundingMode.UP:
      up = true;
      break;
    case RoundingMode.DOWN:
      up = false;
      break;
    case RoundingMode.CEILING:
      up = !neg;
      break;
    case RoundingMode.FLOOR:
      up = neg;
      break;
    case RoundingMode.HALF_UP:
      up = cmpHalf >= 0;
      break;
    case RoundingMode.HALF_DOWN:
      up = cmpHalf > 0;
      break;
    case RoundingMode.HALF_EVEN:
      up = cmpHalf > 0 || (cmpHalf === 0 && (q & 1n) !== 0n);
      break;
    default:
      throw new ArithmeticException("Rounding necessary");
  }
  return up ? q + (neg ? -1n : 1n) : q;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** java.math.MathContext: a precision in significant digits (0: unlimited) and a rounding mode. */
export class MathContext {
  static readonly UNLIMITED = new MathContext(0, RoundingMode.HALF_UP);
  static readonly DECIMAL32 = new MathContext(7, RoundingMode.HALF_EVEN);
  static readonly DECIMAL64 = new MathContext(16, RoundingMode.HALF_EVEN);
  static readonly DECIMAL128 = new MathContext(34, RoundingMode.HALF_EVEN);

  constructor(
    private readonly precision: number,
    private readonly mode: RoundingMode = RoundingMode.HALF_UP,
  ) {
    if (precision < 0) throw new IllegalArgumentException("Digits < 0");
  }
  getPrecision(): number {
    return this.precision;
  }
  getRoundingMode(): RoundingMode {
    return this.mode;
  }
  toString(): string {
    return `precision=${this.precision} roundingMode=${this.mode}`;
  }
}

export class BigDecimal {
  static readonly ZERO = new BigDecimal(0n, 0);
  static readonly ONE = new BigDecimal(1n, 0);
  static readonly TWO = new BigDecimal(2n, 0);
  static readonly TEN = new BigDecimal(10n, 0);

  /** value = unscaled × 10^-scale */
  constructor(readonly unscaled: bigint, readonly scaleValue: number) {}

  /** new BigDecimal("1.50"), "1E+3", "-0.00" */
  static parse(s: string): BigDecimal {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    // An exponent mark without digits ("1e") fails in JDK 17's exponent parser, with no message.
    if (m === null && /^[+-]?\d*(?:\.\d*)?[eE][+-]?$/.test(s) && /\d/.test(s)) throw new NumberFormatException(null);
    if (m === null || (m[2] + (m[3] ?? "")).length === 0)
      throw new NumberFormatException(`Character ${s[0] ?? ""} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`);
    const frac = m[3] ?? "";
    let u = BigInt((m[2] || "0") + frac);
    if (m[1] === "-") u = -u;
    return new BigDecimal(u, frac.length - (m[4] ? Number(m[4]) : 0));
  }
  static valueOf(x: bigint | number, scale = 0): BigDecimal {
    if (typeof x === "number" && !Number.isInteger(x)) return BigDecimal.valueOfDouble(x);
    return new BigDecimal(BigInt(x), scale);
  }
  /** BigDecimal.valueOf(double): goes through Double.toString, so 0.1 -> 0.1 (not the binary expansion). */
  static valueOfDouble(d: number): BigDecimal {
    if (!Number.isFinite(d)) throw new NumberFormatException("Infinite or NaN");
    return BigDecimal.parse(dstr(d));
  }
  /** new BigDecimal(double): the exact binary value. */
  static fromDoubleExact(d: number): BigDecimal {
    if (!Number.isFinite(d)) throw new NumberFormatException("Infinite or NaN");
    if (d === 0) return BigDecimal.ZERO;
    let e = 0;
    let m = Math.abs(d);
    while (!Number.isInteger(m)) {
      m *= 2;
      e++;
    }
    let u = BigInt(m);
    // m / 2^e = m * 5^e / 10^e
    u *= 5n ** BigInt(e);
    const r = new BigDecimal(d < 0 ? -u : u, e);
    return e > 0 ? r.stripTo(0) : r;
  }
  /** Removes trailing zeros but not below `minScale`. */
  private stripTo(minScale: number): BigDecimal {
    let u = this.unscaled;
    let s = this.scaleValue;
    while (s > minScale && u !== 0n && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return new BigDecimal(u, s);
  }
  scale(): number {
    return this.scaleValue;
  }
  unscaledValue(): BigInteger {
    return new BigInteger(this.unscaled);
  }
  precision(): number {
    return this.unscaled === 0n ? 1 : abs(this.unscaled).toString().length;
  }
  signum(): number {
    return sign(this.unscaled);
  }
  private align(o: BigDecimal): [bigint, bigint, number] {
    const s = Math.max(this.scaleValue, o.scaleValue);
    return [this.unscaled * pow10(s - this.scaleValue), o.unscaled * pow10(s - o.scaleValue), s];
  }
  add(o: BigDecimal): BigDecimal {
    const [a, b, s] = this.align(o);
    return new BigDecimal(a + b, s);
  }
  subtract(o: BigDecimal): BigDecimal {
    const [a, b, s] = this.align(o);
    return new BigDecimal(a - b, s);
  }
  multiply(o: BigDecimal): BigDecimal {
    return new BigDecimal(this.unscaled * o.unscaled, this.scaleValue + o.scaleValue);
  }
  negate(): BigDecimal {
    return new BigDecimal(-this.unscaled, this.scaleValue);
  }
  abs(): BigDecimal {
    return this.unscaled < 0n ? this.negate() : this;
  }
  pow(n: number): BigDecimal {
    if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
    return new BigDecimal(this.unscaled ** BigInt(n), this.scaleValue * n);
  }
  /** Value at `scale` digits after the point, rounded by mode (UNNECESSARY throws when digits would be lost). */
  setScale(newScale: number, mode: RoundingMode = RoundingMode.UNNECESSARY): BigDecimal {
    if (newScale >= this.scaleValue) return new BigDecimal(this.unscaled * pow10(newScale - this.scaleValue), newScale);
    return new BigDecimal(divRound(this.unscaled, pow10(this.scaleValue - newScale), mode), newScale);
  }
  /**
   * divide(divisor): exact quotient; its scale is the preferred scale (this.scale - divisor.scale)
   * raised as far as needed to represent the quotient exactly. Non-terminating -> ArithmeticException.
   * divide(divisor, mode): scale = this.scale. divide(divisor, scale, mode).
   */
  divide(o: BigDecimal, scaleOrMode?: number | RoundingMode | MathContext, mode?: RoundingMode): BigDecimal {
    if (o.unscaled === 0n) throw new ArithmeticException(this.unscaled === 0n ? "Division undefined" : "Division by zero");
    if (scaleOrMode instanceof MathContext) return this.divideToPrecision(o, scaleOrMode);
    if (scaleOrMode !== undefined) {
      const scale = typeof scaleOrMode === "number" ? scaleOrMode : this.scaleValue;
      const m = typeof scaleOrMode === "number" ? (mode ?? RoundingMode.UNNECESSARY) : scaleOrMode;
      // this/o at `scale`: (u1 * 10^(scale - s1 + s2)) / u2
      const shift = scale - this.scaleValue + o.scaleValue;
      const n = shift >= 0 ? this.unscaled * pow10(shift) : this.unscaled;
      const d = shift >= 0 ? o.unscaled : o.unscaled * pow10(-shift);
      return new BigDecimal(divRound(n, d, m), scale);
    }
    const preferred = this.scaleValue - o.scaleValue;
    if (this.unscaled === 0n) return new BigDecimal(0n, preferred);
    // Reduce the fraction; the exact quotient terminates iff the denominator is 2^a 5^b.
    let num = this.unscaled;
    let den = o.unscaled;
    let g = abs(num);
    let h = abs(den);
    while (h !== 0n) [g, h] = [h, g % h];
    num /= g;
    den /= g;
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    let a = 0;
    let b = 0;
    let t = den;
    while (t % 2n === 0n) {
      t /= 2n;
      a++;
    }
    while (t % 5n === 0n) {
      t /= 5n;
      b++;
    }
    if (t !== 1n) throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
    const extra = Math.max(a, b);
    const unscaled = (num * pow10(extra)) / den; // exact
    const q = new BigDecimal(unscaled, preferred + extra);
    return q.scaleValue < preferred ? q.setScale(preferred) : q.stripTo(preferred);
  }
  /** divide(divisor, mc): the quotient to mc's significant digits, trailing zeros stripped down to the preferred scale. */
  private divideToPrecision(o: BigDecimal, mc: MathContext): BigDecimal {
    const digits = mc.getPrecision();
    if (digits === 0) return this.divide(o);
    const preferred = this.scaleValue - o.scaleValue;
    if (this.unscaled === 0n) return new BigDecimal(0n, preferred);
    // floor(log10(|u1 / u2|)), from the digit counts and one comparison.
    const n = abs(this.unscaled);
    const d = abs(o.unscaled);
    let magnitude = n.toString().length - d.toString().length;
    if (magnitude >= 0 ? n < d * pow10(magnitude) : n * pow10(-magnitude) < d) magnitude--;
    const scale = digits - 1 - magnitude + preferred;
    let q = this.divide(o, scale, mc.getRoundingMode());
    // Rounding up may carry into one more digit (9.99… → 10.0).
    if (q.precision() > digits) q = q.setScale(scale - 1, mc.getRoundingMode());
    return q.scaleValue > preferred ? q.stripTo(preferred) : q;
  }
  /** round(mc): this value to mc's significant digits. */
  round(mc: MathContext): BigDecimal {
    const drop = this.precision() - mc.getPrecision();
    if (mc.getPrecision() === 0 || drop <= 0) return this;
    const r = this.setScale(this.scaleValue - drop, mc.getRoundingMode());
    return r.precision() > mc.getPrecision() ? r.setScale(r.scaleValue - 1, mc.getRoundingMode()) : r;
  }
  remainder(o: BigDecimal): BigDecimal {
    const q = this.divideToIntegralValue(o);
    return this.subtract(q.multiply(o));
  }
  divideToIntegralValue(o: BigDecimal): BigDecimal {
    const [a, b] = this.align(o);
    if (b === 0n) throw new ArithmeticException("Division by zero");
    const preferred = this.scaleValue - o.scaleValue;
    const q = new BigDecimal(a / b, 0);
    return preferred >= 0 ? q.setScale(preferred) : q.stripTo(preferred);
  }
  stripTrailingZeros(): BigDecimal {
    return this.unscaled === 0n ? BigDecimal.ZERO : this.stripTo(-2147483648);
  }
  movePointLeft(n: number): BigDecimal {
    const r = new BigDecimal(this.unscaled, this.scaleValue + n);
    return r.scaleValue < 0 ? r.setScale(0) : r;
  }
  movePointRight(n: number): BigDecimal {
    return this.movePointLeft(-n);
  }
  compareTo(o: BigDecimal): number {
    const [a, b] = this.align(o);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  /** Scale-sensitive: 2.0 is not equal to 2.00 (use compareTo for numeric equality). */
  equals(o: unknown): boolean {
    return o instanceof BigDecimal && o.scaleValue === this.scaleValue && o.unscaled === this.unscaled;
  }
  hashCode(): number {
    return (Math.imul(31, new BigInteger(this.unscaled).hashCode()) + this.scaleValue) | 0;
  }
  min(o: BigDecimal): BigDecimal {
    return this.compareTo(o) <= 0 ? this : o;
  }
  max(o: BigDecimal): BigDecimal {
    return this.compareTo(o) >= 0 ? this : o;
  }
  toBigInteger(): BigInteger {
    return new BigInteger(this.setScale(0, RoundingMode.DOWN).unscaled);
  }
  intValue(): number {
    return Number(BigInt.asIntN(32, this.toBigInteger().v));
  }
  longValue(): bigint {
    return BigInt.asIntN(64, this.toBigInteger().v);
  }
  doubleValue(): number {
    return Number(this.toString());
  }
  /** The integral value, ArithmeticException when digits after the point would be lost or it leaves the range. */
  private exactIntegral(bits: 32 | 64): bigint {
    const v = this.setScale(0, RoundingMode.DOWN);
    if (v.compareTo(this) !== 0) throw new ArithmeticException("Rounding necessary");
    if (BigInt.asIntN(bits, v.unscaled) !== v.unscaled) throw new ArithmeticException("Overflow");
    return v.unscaled;
  }
  intValueExact(): number {
    return Number(this.exactIntegral(32));
  }
  longValueExact(): bigint {
    return this.exactIntegral(64);
  }
  /** Java: plain notation when scale >= 0 and the adjusted exponent >= -6, else scientific ("1.23E+5"). */
  toString(): string {
    const digits = abs(this.unscaled).toString();
    const neg = this.unscaled < 0n ? "-" : "";
    const adjusted = -this.scaleValue + (digits.length - 1);
    if (this.scaleValue >= 0 && adjusted >= -6) return neg + plain(digits, this.scaleValue);
    const mant = digits.length > 1 ? digits[0] + "." + digits.substring(1) : digits;
    return neg + mant + "E" + (adjusted >= 0 ? "+" : "") + adjusted;
  }
  toPlainString(): string {
    const digits = abs(this.unscaled).toString();
    const neg = this.unscaled < 0n ? "-" : "";
    if (this.scaleValue <= 0) return neg + digits + (this.unscaled === 0n ? "" : "0".repeat(-this.scaleValue));
    return neg + plain(digits, this.scaleValue);
  }
}

function plain(digits: string, scale: number): string {
  if (scale === 0) return digits;
  if (digits.length > scale) return digits.substring(0, digits.length - scale) + "." + digits.substring(digits.length - scale);
  return "0." + "0".repeat(scale - digits.length) + digits;
}
