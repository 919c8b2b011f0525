// java.util.Formatter (String.format / printf) for the common conversions, with Java's HALF_UP digit rounding.
import { className, compareDouble, hashDouble, hashFloat, jhash, str } from "./core.js";
import { dtoaDouble, dstr, fstr } from "./dtoa.js";
import {
  IllegalFormatConversionException,
  NullPointerException,
  MissingFormatArgumentException,
  UnknownFormatConversionException,
} from "./exceptions.js";

/**
 * Numbers reaching an Object-typed vararg lose their Java type; the emitter wraps doubles, floats and
 * chars headed for `%s` (or string concatenation through format) with these so they print as Java would.
 */
export class BoxedDouble {
  constructor(readonly value: number) {}
  /** Arithmetic and Number(…) on a box see the primitive. */
  valueOf(): number {
    return this.value;
  }
  /** Against another box, or the number a caller passes for one. */
  compareTo(o: BoxedDouble | number): number {
    return compareDouble(this.value, Number(o));
  }
  equals(o: unknown): boolean {
    return (o instanceof BoxedDouble && Object.is(o.value, this.value)) || (typeof o === "number" && Object.is(o, this.value));
  }
  hashCode(): number {
    return hashDouble(this.value);
  }
  toString(): string {
    return dstr(this.value);
  }
}
export class BoxedFloat {
  constructor(readonly value: number) {}
  /** Arithmetic and Number(…) on a box see the primitive. */
  valueOf(): number {
    return this.value;
  }
  compareTo(o: BoxedFloat | number): number {
    return compareDouble(this.value, Number(o));
  }
  equals(o: unknown): boolean {
    return (o instanceof BoxedFloat && Object.is(o.value, this.value)) || (typeof o === "number" && Object.is(o, this.value));
  }
  hashCode(): number {
    return hashFloat(this.value);
  }
  toString(): string {
    return fstr(this.value);
  }
}
export class BoxedChar {
  constructor(readonly value: number) {}
  /** Arithmetic and Number(…) on a box see the primitive. */
  valueOf(): number {
    return this.value;
  }
  compareTo(o: BoxedChar | number): number {
    return this.value - Number(o);
  }
  equals(o: unknown): boolean {
    return (o instanceof BoxedChar && Object.is(o.value, this.value)) || (typeof o === "number" && Object.is(o, this.value));
  }
  hashCode(): number {
    return this.value;
  }
  toString(): string {
    return String.fromCharCode(this.value);
  }
}
/** A Byte or Short headed for a format argument: `%x` prints its own width's two's complement. */
export class BoxedSmallInt {
  constructor(readonly value: number, readonly bits: 8 | 16) {}
  valueOf(): number {
    return this.value;
  }
  equals(o: unknown): boolean {
    return (o instanceof BoxedSmallInt && o.value === this.value && o.bits === this.bits) || o === this.value;
  }
  hashCode(): number {
    return this.value;
  }
  toString(): string {
    return String(this.value);
  }
}
export const boxB = (v: number): BoxedSmallInt => new BoxedSmallInt(v, 8);
export const boxS = (v: number): BoxedSmallInt => new BoxedSmallInt(v, 16);
export const boxD = (v: number): BoxedDouble => new BoxedDouble(v);
export const boxF = (v: number): BoxedFloat => new BoxedFloat(v);
export const boxC = (v: number): BoxedChar => new BoxedChar(v);
/** A Double/Float/Character value (possibly null) headed for an Object-typed place. */
export function boxAs(kind: "double" | "float" | "char", v: number | null | undefined): BoxedDouble | BoxedFloat | BoxedChar | null {
  if (v === null || v === undefined) return null;
  return kind === "double" ? new BoxedDouble(v) : kind === "float" ? new BoxedFloat(v) : new BoxedChar(v);
}
/**
 * A Double/Float/Character headed for a type-variable slot of generic code (`Pair<Double>`'s component,
 * a key a generic method computes): Java erases the slot to Object, so the value is boxed there as in an
 * Object slot and prints and compares as its Java type. Its TS type stays the slot's type argument
 * (number): whatever reads the slot back at Double/Float/Character goes through unboxObj.
 */
export function boxErased<T extends number | null | undefined>(kind: "double" | "float" | "char", v: T): T {
  return boxAs(kind, v) as unknown as T;
}
/** Double/Float/Character.equals(Object) on an unboxed receiver: a box of another kind is never equal. */
export function boxedEquals(kind: "double" | "float" | "char", a: number | null, b: unknown): boolean {
  if (a === null || a === undefined) throw new NullPointerException(null);
  if (b instanceof BoxedDouble) return kind === "double" && Object.is(a, b.value);
  if (b instanceof BoxedFloat) return kind === "float" && Object.is(a, b.value);
  if (b instanceof BoxedChar) return kind === "char" && a === b.value;
  return typeof b === "number" && Object.is(a, b);
}
/** An Object-typed value cast back to Double/Float/Character (or their primitives): the number inside a box. */
export function unboxObj(v: unknown): number {
  return (v instanceof BoxedDouble || v instanceof BoxedFloat || v instanceof BoxedChar ? v.value : v) as number;
}
/** `instanceof Double` / `Float` / `Character` on an Object-typed value. */
export function isBoxed(kind: "double" | "float" | "char" | "number", v: unknown): boolean {
  if (typeof v === "number") return true;
  if (kind === "double") return v instanceof BoxedDouble;
  if (kind === "float") return v instanceof BoxedFloat;
  if (kind === "char") return v instanceof BoxedChar;
  return v instanceof BoxedDouble || v instanceof BoxedFloat;
}

const SPEC = /%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])/g;

interface Spec {
  flags: string;
  width: number;
  precision: number;
  conv: string;
  text: string;
}

/** String.format(fmt, args...) */
export function formatJava(fmt: string, ...args: unknown[]): string {
  let out = "";
  let last = 0;
  let ordinary = 0;
  let prevIndex = -1;
  SPEC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEC.exec(fmt)) !== null) {
    out += checkLiteral(fmt.substring(last, m.index));
    last = SPEC.lastIndex;
    const spec: Spec = {
      flags: m[2],
      width: m[3] ? Number(m[3]) : -1,
      precision: m[4] ? Number(m[4].substring(1)) : -1,
      conv: m[5],
      text: m[0],
    };
    if (spec.conv === "n") {
      out += "\n";
      continue;
    }
    if (spec.conv === "%") {
      out += pad(spec, "%");
      continue;
    }
    let index: number;
    if (m[1] === "<") index = prevIndex;
    else if (m[1]) index = Number(m[1].slice(0, -1)) - 1;
    else index = ordinary++;
    if (!"bBhHsScCdoxXeEfgGaA".includes(spec.conv)) throw new UnknownFormatConversionException(spec.conv);
    if (index < 0 || index >= args.length) throw new MissingFormatArgumentException(spec.text);
    prevIndex = index;
    out += convert(spec, args[index]);
  }
  return out + checkLiteral(fmt.substring(last));
}
export const format = formatJava;

/** Grouping and decimal separators of the locales whose numbers Java formats differently from en-US (JDK 17's CLDR data). */
const LOCALE_SYMBOLS: Record<string, { group: string; decimal: string }> = {
  GERMANY: { group: ".", decimal: "," },
  GERMAN: { group: ".", decimal: "," },
  ITALY: { group: ".", decimal: "," },
  ITALIAN: { group: ".", decimal: "," },
  FRANCE: { group: "\u202f", decimal: "," },
  FRENCH: { group: "\u202f", decimal: "," },
  CANADA_FRENCH: { group: "\u00a0", decimal: "," },
};
const DEFAULT_SYMBOLS = { group: ",", decimal: "." };
let symbols = DEFAULT_SYMBOLS;

/** String.format(Locale, fmt, args...): `locale` is a Locale constant's name (Locale values are their names at run time). */
export function formatLocale(locale: unknown, fmt: string, ...args: unknown[]): string {
  symbols = LOCALE_SYMBOLS[String(locale)] ?? DEFAULT_SYMBOLS;
  try {
    return formatJava(fmt, ...args);
  } finally {
    symbols = DEFAULT_SYMBOLS;
  }
}

function checkLiteral(s: string): string {
  const i = s.indexOf("%");
  if (i >= 0) throw new UnknownFormatConversionException(i + 1 < s.length ? s[i + 1] : "%");
  return s;
}

function pad(spec: Spec, s: string): string {
  if (spec.width <= s.length) return s;
  const fill = " ".repeat(spec.width - s.length);
  return spec.flags.includes("-") ? s + fill : fill + s;
}

function convert(spec: Spec, arg: unknown): string {
  const upper = spec.conv === spec.conv.toUpperCase() && spec.conv !== "X" ? true : false;
  const c = spec.conv.toLowerCase();
  let s: string;
  switch (c) {
    case "b":
      s = arg === null || arg === undefined ? "false" : typeof arg === "boolean" ? String(arg) : "true";
      break;
    case "h":
      s = arg === null || arg === undefined ? "null" : (jhash(arg) >>> 0).toString(16);
      break;
    case "s":
      s = str(arg);
      break;
    case "c":
      if (arg === null || arg === undefined) s = "null";
      else if (arg instanceof BoxedChar) s = String.fromCharCode(arg.value);
      else if (typeof arg === "number" && Number.isInteger(arg)) s = String.fromCodePoint(arg);
      else if (typeof arg === "string" && arg.length === 1) s = arg;
      else throw new IllegalFormatConversionException("c", className(arg));
      break;
    case "d":
      return integral(spec, arg);
    case "o":
    case "x":
      return radix(spec, arg);
    case "e":
    case "f":
    case "g":
    case "a":
      return floating(spec, arg);
    default:
      throw new UnknownFormatConversionException(spec.conv);
  }
  if (spec.precision >= 0 && c !== "c") s = s.substring(0, spec.precision);
  return pad(spec, upper ? s.toUpperCase() : s);
}

function numberArg(spec: Spec, arg: unknown): number | bigint | null {
  if (arg === null || arg === undefined) return null;
  if (arg instanceof BoxedDouble || arg instanceof BoxedFloat) {
    if (spec.conv.toLowerCase() === "d" || spec.conv.toLowerCase() === "x" || spec.conv.toLowerCase() === "o")
      throw new IllegalFormatConversionException(spec.conv, arg instanceof BoxedDouble ? "java.lang.Double" : "java.lang.Float");
    return arg.value;
  }
  if (arg instanceof BoxedSmallInt) return arg.value;
  if (typeof arg === "number" || typeof arg === "bigint") return arg;
  throw new IllegalFormatConversionException(spec.conv, className(arg));
}

/** Adds sign, parentheses, zero padding and width to a magnitude string. */
function finishNumber(spec: Spec, neg: boolean, magnitude: string, zeroPadAllowed = true): string {
  const f = spec.flags;
  let prefix = "";
  let suffix = "";
  if (neg) {
    if (f.includes("(")) {
      prefix = "(";
      suffix = ")";
    } else prefix = "-";
  } else if (f.includes("+")) prefix = "+";
  else if (f.includes(" ")) prefix = " ";
  if (f.includes("0") && zeroPadAllowed) {
    const n = spec.width - prefix.length - suffix.length - magnitude.length;
    if (n > 0) magnitude = "0".repeat(n) + magnitude;
  }
  return pad(spec, prefix + magnitude + suffix);
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
}

function integral(spec: Spec, arg: unknown): string {
  const v = numberArg(spec, arg);
  if (v === null) return pad(spec, "null");
  if (typeof v === "number" && !Number.isInteger(v)) throw new IllegalFormatConversionException("d", "java.lang.Double");
  const neg = v < 0;
  let mag = (neg ? -BigInt(v) : BigInt(v)).toString();
  if (spec.flags.includes(",")) mag = group(mag);
  return finishNumber(spec, neg, mag);
}

function radix(spec: Spec, arg: unknown): string {
  const v = numberArg(spec, arg);
  if (v === null) return pad(spec, "null");
  if (typeof v === "number" && !Number.isInteger(v)) throw new IllegalFormatConversionException(spec.conv, "java.lang.Double");
  const base = spec.conv.toLowerCase() === "x" ? 16 : 8;
  // Negative ints/longs print as two's complement of their width.
  const u = typeof v === "bigint" ? BigInt.asUintN(64, v) : arg instanceof BoxedSmallInt ? BigInt(v & ((1 << arg.bits) - 1)) : BigInt(v >>> 0);
  let s = u.toString(base);
  if (spec.flags.includes("#")) s = (base === 16 ? "0x" : "0") + s;
  if (spec.flags.includes("0") && spec.width > s.length) {
    const p = base === 16 && spec.flags.includes("#") ? 2 : 0;
    s = s.substring(0, p) + "0".repeat(spec.width - s.length) + s.substring(p);
  }
  if (spec.conv === "X") s = s.toUpperCase();
  return pad(spec, s);
}

/** Java rounds the shortest repr digits HALF_UP at the requested position (so 0.125 -> "0.13"). */
function applyPrecision(digits: number[], decExp: number, prec: number): number {
  const n = digits.length;
  if (prec >= n || prec < 0) return decExp;
  if (prec === 0) {
    const up = digits[0] >= 5;
    digits.fill(0);
    if (up) {
      digits[0] = 1;
      return decExp + 1;
    }
    return decExp;
  }
  if (digits[prec] >= 5) {
    let i = prec - 1;
    while (i >= 0 && digits[i] === 9) i--;
    if (i < 0) {
      digits.fill(0);
      digits[0] = 1;
      return decExp + 1;
    }
    digits[i]++;
    digits.fill(0, i + 1);
  } else digits.fill(0, prec);
  return decExp;
}

function decimalDigits(x: number): { digits: number[]; decExp: number } {
  if (x === 0) return { digits: [0], decExp: 0 };
  const r = dtoaDouble(x, false);
  return { digits: Array.from(r.digits, Number), decExp: r.decExponent };
}

function fixed(x: number, prec: number): string {
  const { digits, decExp } = decimalDigits(x);
  const exp = applyPrecision(digits, decExp, decExp + prec);
  const n = digits.length;
  const d = digits.join("");
  let s: string;
  if (exp > 0) {
    if (n < exp) s = d + "0".repeat(exp - n);
    else {
      const t = Math.min(n - exp, prec);
      s = d.substring(0, exp) + (t > 0 ? "." + d.substring(exp, exp + t) : "");
    }
  } else {
    const zeros = Math.max(0, Math.min(-exp, prec));
    const t = Math.max(0, Math.min(n, prec + exp));
    s = zeros > 0 || t > 0 ? "0." + "0".repeat(zeros) + d.substring(0, t) : "0";
  }
  return addZeros(s, prec);
}

/** Pads the fraction with zeros up to prec digits (adding the point when needed). */
function addZeros(s: string, prec: number): string {
  const dot = s.indexOf(".");
  const have = dot < 0 ? 0 : s.length - dot - 1;
  if (have >= prec) return s;
  return (dot < 0 ? s + "." : s) + "0".repeat(prec - have);
}

function scientific(x: number, prec: number, upper: boolean): string {
  const { digits, decExp } = decimalDigits(x);
  const exp = x === 0 ? 1 : applyPrecision(digits, decExp, prec + 1);
  const t = Math.max(0, Math.min(digits.length - 1, prec));
  let mant = String(digits[0]) + (t > 0 ? "." + digits.slice(1, 1 + t).join("") : "");
  mant = addZeros(mant, prec);
  const e = exp - 1;
  const es = (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
  return mant + (upper ? "E" : "e") + es;
}

function floating(spec: Spec, arg: unknown): string {
  const v0 = numberArg(spec, arg);
  if (v0 === null) return pad(spec, "null");
  if (typeof v0 === "bigint") throw new IllegalFormatConversionException(spec.conv, "java.lang.Long");
  // A float argument is widened to double first, as Java does, unless wrapped in BoxedFloat (Java's Float goes through Float.toString digits).
  const v = v0;
  const c = spec.conv;
  const upper = c === c.toUpperCase();
  if (v !== v || v === Infinity || v === -Infinity) {
    const neg = v === -Infinity;
    const s = v !== v ? "NaN" : "Infinity";
    return finishNumber({ ...spec, flags: v !== v ? spec.flags.replace(/[+ (]/g, "") : spec.flags }, neg, upper ? s.toUpperCase() : s, false);
  }
  const neg = v < 0 || Object.is(v, -0);
  const x = Math.abs(v);
  let prec = spec.precision < 0 ? 6 : spec.precision;
  let mag: string;
  switch (c.toLowerCase()) {
    case "f":
      mag = fixed(x, prec);
      if (spec.flags.includes("#") && prec === 0) mag += ".";
      break;
    case "e":
      mag = scientific(x, prec, upper);
      break;
    case "g": {
      if (spec.precision === 0) prec = 1;
      // Round to prec significant digits first, then pick fixed or scientific like Java.
      const { digits, decExp } = decimalDigits(x);
      const exp = x === 0 ? 1 : applyPrecision(digits, decExp, prec);
      const e = exp - 1;
      if (x !== 0 && (e < -4 || e >= prec)) mag = scientific(x, prec - 1, upper);
      else mag = fixed(x, prec - (x === 0 ? 1 : e + 1));
      break;
    }
    default:
      mag = hexFloat(x);
  }
  const dot = mag.indexOf(".");
  if (spec.flags.includes(",")) {
    const ip = dot < 0 ? mag : mag.substring(0, dot);
    if (/^\d+$/.test(ip)) mag = group(ip) + (dot < 0 ? "" : mag.substring(dot));
  }
  if (dot >= 0 && symbols.decimal !== "." && spec.conv.toLowerCase() !== "a") mag = mag.replace(/\.(?=\d*(?:[eE][+-]?\d+)?$)/, symbols.decimal);
  return finishNumber(spec, neg, mag);
}

function hexFloat(x: number): string {
  if (x === 0) return "0x0.0p0";
  let e = Math.floor(Math.log2(x));
  if (e < -1022) e = -1022;
  const m = x / 2 ** e;
  const lead = m >= 1 ? 1 : 0;
  const frac = Math.round((m - lead) * 2 ** 52).toString(16).padStart(13, "0").replace(/0+$/, "") || "0";
  return `0x${lead}.${frac}p${e}`;
}
