// Double.toString / Float.toString exactly as JDK 17 prints them (the pre-JDK-19 FloatingDecimal algorithm).
//
// JDK 17 does not always print the shortest round-tripping digits (e.g. 2.0E-3 is fine, but
// 1.0E23 prints as 1.0E23 while some values get an extra digit), so JS's Number#toString cannot be
// used. This is a re-implementation of that digit-generation algorithm on bigint, including its
// int/long fast paths whose comparisons differ slightly from the big-number path.

const view = new DataView(new ArrayBuffer(8));

/** Decimal digits (no leading/trailing convention) and the position of the decimal point. */
export interface DecimalDigits {
  digits: string;
  /** value = 0.d1d2d3... × 10^decExponent */
  decExponent: number;
}

/* ceil(log2(5^i)) for i < 27, as the JDK tabulates it. */
const N_5_BITS = [0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61];
/* Decimal digits of 2^p that cannot matter when rounding: floor(log10(2^p)), for 1 < p < 64. */
function insignificantDigitsForPow2(p2: number): number {
  if (p2 > 1 && p2 < 64) return String(2n ** BigInt(p2)).length - 1;
  return 0;
}

/** Splits d into (binExp, 53-bit fraction with hidden bit at 2^52, significant bit count). */
export function dtoaDouble(d: number, compatible: boolean): DecimalDigits {
  view.setFloat64(0, d);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  let binExp = (hi >>> 20) & 0x7ff;
  let fract = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let nSig: number;
  if (binExp === 0) {
    const lz = 64 - fract.toString(2).length;
    const shift = lz - 11;
    fract <<= BigInt(shift);
    binExp = 1 - shift;
    nSig = 64 - lz;
  } else {
    fract |= 1n << 52n;
    nSig = 53;
  }
  return dtoa(binExp - 1023, fract, nSig, compatible);
}

export function dtoaFloat(f: number): DecimalDigits {
  view.setFloat32(0, f);
  const bits = view.getUint32(0);
  let binExp = (bits >>> 23) & 0xff;
  let fract = bits & 0x7fffff;
  let nSig: number;
  if (binExp === 0) {
    const lz = Math.clz32(fract);
    const shift = lz - 8;
    fract <<= shift;
    binExp = 1 - shift;
    nSig = 32 - lz;
  } else {
    fract |= 0x800000;
    nSig = 24;
  }
  return dtoa(binExp - 127, BigInt(fract) << 29n, nSig, true);
}

const wrap64 = (x: bigint): bigint => BigInt.asIntN(64, x);

function trailingZeros(x: bigint): number {
  let n = 0;
  while ((x & 1n) === 0n) {
    x >>= 1n;
    n++;
  }
  return n;
}

/** The digits when all significant bits sit left of the binary point and fit a long. */
function longDigits(lvalue: bigint, insignificant: number): DecimalDigits {
  let decExponent = 0;
  if (insignificant !== 0) {
    const pow10 = 10n ** BigInt(insignificant);
    const residue = lvalue % pow10;
    lvalue /= pow10;
    decExponent += insignificant;
    if (residue >= pow10 >> 1n) lvalue++;
  }
  const s = lvalue.toString();
  return { digits: s.replace(/0+$/, ""), decExponent: decExponent + s.length };
}

/**
 * Digit generation (Steele & White / dtoa style): B/S is the value scaled into [1,10), M half an ULP.
 * Digits are produced until the remainder is within M of either neighbour, then the last digit is
 * rounded. JDK 17 runs this with int, long or big arithmetic depending on operand sizes, and the
 * fixed-width paths test `b + m > tens` while the big path tests `b + m >= tens`; we mirror that.
 */
function dtoa(binExp: number, fractBits: bigint, nSignificantBits: number, compatible: boolean): DecimalDigits {
  const tailZeros = trailingZeros(fractBits);
  const nFractBits = 53 - tailZeros;
  const nTinyBits = Math.max(0, nFractBits - binExp - 1);

  // Easy case: an integer-valued number that fits a long (the JDK's size test is always true here).
  if (binExp <= 62 && binExp >= -21 && nTinyBits === 0) {
    const insignificant = binExp > nSignificantBits ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
    const v = binExp >= 52 ? fractBits << BigInt(binExp - 52) : fractBits >> BigInt(52 - binExp);
    return longDigits(v, insignificant);
  }

  let decExp = estimateDecExp(fractBits, binExp);
  const B5 = Math.max(0, -decExp);
  let B2 = B5 + nTinyBits + binExp;
  const S5 = Math.max(0, decExp);
  let S2 = S5 + nTinyBits;
  const M5 = B5;
  let M2 = B2 - nSignificantBits;

  const fract = fractBits >> BigInt(tailZeros);
  B2 -= nFractBits - 1;
  const common2 = Math.min(B2, S2);
  B2 -= common2;
  S2 -= common2;
  M2 -= common2;
  // At exact powers of two the next lower double is only half as far away.
  if (nFractBits === 1) M2 -= 1;
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }

  const digits: number[] = [];
  let low: boolean;
  let high: boolean;
  let lowDigitDifference: number; // only its sign matters
  const Bbits = nFractBits + B2 + (B5 < N_5_BITS.length ? N_5_BITS[B5] : B5 * 3);
  const tenSbits = S2 + 1 + (S5 + 1 < N_5_BITS.length ? N_5_BITS[S5 + 1] : (S5 + 1) * 3);

  if (Bbits < 64 && tenSbits < 64) {
    // Fixed-width paths: emulate Java's int (Bbits, tenSbits < 32) or long overflow exactly.
    const isInt = Bbits < 32 && tenSbits < 32;
    const w = isInt ? (x: bigint) => BigInt.asIntN(32, x) : wrap64;
    let b = w(w(fract * 5n ** BigInt(B5)) << BigInt(B2));
    const s = w(5n ** BigInt(S5) << BigInt(S2));
    let m = w(5n ** BigInt(M5) << BigInt(M2));
    const tens = w(s * 10n);
    let q = Number(b / s);
    b = w(10n * (b % s));
    m = w(m * 10n);
    low = b < m;
    high = w(b + m) > tens;
    if (q === 0 && !high) decExp--;
    else digits.push(q);
    // Java always prints at least one digit after the point, so E-form needs more than one digit.
    if (!compatible || decExp < -3 || decExp >= 8) high = low = false;
    while (!low && !high) {
      q = Number(b / s);
      b = w(10n * (b % s));
      m = w(m * 10n);
      if (m > 0n) {
        low = b < m;
        high = w(b + m) > tens;
      } else {
        // m overflowed: the JDK treats that as "both".
        low = high = true;
      }
      digits.push(q);
    }
    const diff = w(w(b << 1n) - tens);
    lowDigitDifference = diff > 0n ? 1 : diff < 0n ? -1 : 0;
  } else {
    let B = fract * 5n ** BigInt(B5) << BigInt(B2);
    const S = 5n ** BigInt(S5) << BigInt(S2);
    let M = 5n ** BigInt(M5 + 1) << BigInt(M2 + 1);
    const tenS = S * 10n;
    let q = Number(B / S);
    B = 10n * (B % S);
    low = B < M;
    high = B + M >= tenS;
    if (q === 0 && !high) decExp--;
    else digits.push(q);
    if (!compatible || decExp < -3 || decExp >= 8) high = low = false;
    while (!low && !high) {
      q = Number(B / S);
      B = 10n * (B % S);
      M *= 10n;
      low = B < M;
      high = B + M >= tenS;
      digits.push(q);
    }
    if (high && low) {
      const c = (B << 1n) - tenS;
      lowDigitDifference = c > 0n ? 1 : c < 0n ? -1 : 0;
    } else lowDigitDifference = 0;
  }

  let decExponent = decExp + 1;
  const roundUp = (): void => {
    let i = digits.length - 1;
    while (i > 0 && digits[i] === 9) digits[i--] = 0;
    if (digits[i] === 9) {
      // Carry out of the top digit: "1" followed by the zeros already written.
      decExponent++;
      digits[0] = 1;
      return;
    }
    digits[i]++;
  };
  if (high) {
    if (low) {
      if (lowDigitDifference === 0) {
        if ((digits[digits.length - 1] & 1) !== 0) roundUp();
      } else if (lowDigitDifference > 0) roundUp();
    } else roundUp();
  }
  return { digits: digits.join(""), decExponent };
}

/** floor(log10(d)) estimated from the binary exponent, with the JDK's constants (may be one too high). */
function estimateDecExp(fractBits: bigint, binExp: number): number {
  const sig = fractBits & ((1n << 52n) - 1n);
  view.setUint32(0, 0x3ff00000 | Number(sig >> 32n));
  view.setUint32(4, Number(sig & 0xffffffffn));
  const d2 = view.getFloat64(0);
  const d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
  return Math.floor(d) | 0;
}

/** Lays digits out the way Double.toString does: plain for 1e-3 <= |d| < 1e7, else computerized E-notation. */
function layout(neg: boolean, { digits, decExponent }: DecimalDigits): string {
  let out = neg ? "-" : "";
  const n = digits.length;
  if (decExponent > 0 && decExponent < 8) {
    const intLen = Math.min(n, decExponent);
    out += digits.slice(0, intLen);
    if (intLen < decExponent) out += "0".repeat(decExponent - intLen) + ".0";
    else out += "." + (intLen < n ? digits.slice(intLen) : "0");
  } else if (decExponent <= 0 && decExponent > -3) {
    out += "0." + "0".repeat(-decExponent) + digits;
  } else {
    out += digits[0] + "." + (n > 1 ? digits.slice(1) : "0") + "E" + (decExponent - 1);
  }
  return out;
}

/** Double.toString(d) as JDK 17 prints it. */
export function dstr(d: number): string {
  if (d !== d) return "NaN";
  if (d === Infinity) return "Infinity";
  if (d === -Infinity) return "-Infinity";
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  return layout(d < 0, dtoaDouble(d, true));
}

/** Float.toString(f) as JDK 17 prints it; `f` is rounded to float first. */
export function fstr(f: number): string {
  f = Math.fround(f);
  if (f !== f) return "NaN";
  if (f === Infinity) return "Infinity";
  if (f === -Infinity) return "-Infinity";
  if (f === 0) return Object.is(f, -0) ? "-0.0" : "0.0";
  return layout(f < 0, dtoaFloat(f));
}
