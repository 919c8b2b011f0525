// java.lang.String operations whose Java behaviour differs from JS strings, Character tests, and regex translation.
import { strHashCode } from "./core.js";
import { IllegalArgumentException, PatternSyntaxException, StringIndexOutOfBoundsException } from "./exceptions.js";
import { javaTrim } from "./numbers.js";
import { getName, getType, isJavaIdentifierPart, isJavaIdentifierStart } from "./unicode.js";

export { strHashCode, javaTrim as trim };

export function charAt(s: string, i: number): number {
  if (i < 0 || i >= s.length) {
    // JDK 17's message depends on the compact string's coder: Latin-1 strings and UTF-16 ones check differently.
    let latin1 = true;
    for (let k = 0; k < s.length && latin1; k++) latin1 = s.charCodeAt(k) < 0x100;
    throw new StringIndexOutOfBoundsException(latin1 ? `String index out of range: ${i}` : `index ${i}, length ${s.length}`);
  }
  return s.charCodeAt(i);
}

/** Java's index check message for substring/subSequence. */
export function checkBeginEnd(begin: number, end: number, length: number): void {
  if (begin < 0 || begin > end || end > length)
    throw new StringIndexOutOfBoundsException(`begin ${begin}, end ${end}, length ${length}`);
}
export function substring(s: string, begin: number, end: number = s.length): string {
  checkBeginEnd(begin, end, s.length);
  return s.substring(begin, end);
}

/** String.strip/stripLeading/stripTrailing: Character.isWhitespace, unlike trim(). */
export function strip(s: string): string {
  return stripTrailing(stripLeading(s));
}
export function stripLeading(s: string): string {
  let i = 0;
  while (i < s.length && Character.isWhitespace(s.charCodeAt(i))) i++;
  return s.substring(i);
}
export function stripTrailing(s: string): string {
  let i = s.length;
  while (i > 0 && Character.isWhitespace(s.charCodeAt(i - 1))) i--;
  return s.substring(0, i);
}
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!Character.isWhitespace(s.charCodeAt(i))) return false;
  return true;
}
export function repeat(s: string, count: number): string {
  if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
  return s.repeat(count);
}

export function equalsIgnoreCase(a: string, b: string | null): boolean {
  if (b === null || a.length !== b.length) return false;
  return compareToIgnoreCase(a, b) === 0;
}
/** Per UTF-16 unit: compare upper-cased, then lower-cased of those, as String.CASE_INSENSITIVE_ORDER does. */
export function compareToIgnoreCase(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let c1 = a.charCodeAt(i);
    let c2 = b.charCodeAt(i);
    if (c1 !== c2) {
      // JDK 17+: a surrogate pair compares by its code point.
      if ((c1 >= 0xd800 && c1 <= 0xdbff) || (c2 >= 0xd800 && c2 <= 0xdbff)) {
        const p1 = a.codePointAt(i)!;
        const p2 = b.codePointAt(i)!;
        if (p1 > 0xffff || p2 > 0xffff) {
          const fold = (cp: number, f: (s: string) => string) => {
            const r = f(String.fromCodePoint(cp));
            return [...r].length === 1 ? r.codePointAt(0)! : cp;
          };
          let u1 = fold(p1, (x) => x.toUpperCase());
          let u2 = fold(p2, (x) => x.toUpperCase());
          if (u1 !== u2) {
            u1 = fold(u1, (x) => x.toLowerCase());
            u2 = fold(u2, (x) => x.toLowerCase());
            if (u1 !== u2) return u1 - u2;
          }
          continue;
        }
      }
      c1 = Character.toUpperCase(c1);
      c2 = Character.toUpperCase(c2);
      if (c1 !== c2) {
        c1 = Character.toLowerCase(c1);
        c2 = Character.toLowerCase(c2);
        if (c1 !== c2) return c1 - c2;
      }
    }
  }
  return a.length - b.length;
}

/** String.join(delim, elements) with String.valueOf on elements. */
export function join(delim: string, elements: Iterable<unknown>): string {
  const parts: string[] = [];
  for (const e of elements) parts.push(e === null || e === undefined ? "null" : String(e));
  return parts.join(delim);
}

/** char[] is a Uint16Array. */
export function toCharArray(s: string): Uint16Array {
  const a = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}
/** s.chars() as an array of int code units. */
export function chars(s: string): number[] {
  const a: number[] = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}
/** new String(char[], offset, count) / String.valueOf(char[]). */
export function newStringFromChars(a: ArrayLike<number>, offset = 0, count = a.length - offset): string {
  if (offset < 0 || count < 0 || offset + count > a.length)
    throw new StringIndexOutOfBoundsException(`offset ${offset}, count ${count}, length ${a.length}`);
  let out = "";
  // fromCharCode in chunks: one call per char is slow, one call for everything overflows the arg limit.
  for (let i = offset; i < offset + count; i += 8192) {
    const end = Math.min(offset + count, i + 8192);
    out += String.fromCharCode(...Array.prototype.slice.call(a, i, end) as number[]);
  }
  return out;
}

/* ---------- regex ---------- */

const POSIX: Record<string, string> = {
  Lower: "a-z", Upper: "A-Z", ASCII: "\\x00-\\x7F", Alpha: "a-zA-Z", Digit: "0-9", Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~", Graph: "!-~", Print: " -~", Blank: " \\t", Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F", Space: " \\t\\n\\x0B\\f\\r", javaLowerCase: "\\p{Ll}", javaUpperCase: "\\p{Lu}",
  javaWhitespace: " \\t\\n\\x0B\\f\\r\\x1C-\\x1F", IsAlphabetic: "\\p{Alphabetic}", IsLetter: "\\p{L}", IsDigit: "\\p{Nd}",
};
const cache = new Map<string, RegExp>();

/**
 * Translates the common subset of java.util.regex to a JS RegExp: \Q..\E quoting, POSIX \p{Alpha}
 * classes, \A \z \Z \h, possessive quantifiers (treated as greedy). Not covered: atomic-group
 * semantics, embedded flags other than (?i), Java-only Unicode classes beyond the table above.
 */
export function javaRegex(re: string, flags = ""): RegExp {
  const key = flags + "/" + re;
  const hit = cache.get(key);
  if (hit) return new RegExp(hit.source, hit.flags);
  let out = "";
  let unicode = false;
  let f = flags;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\" && i + 1 < re.length) {
      const n = re[i + 1];
      if (n === "Q") {
        const end = re.indexOf("\\E", i + 2);
        const lit = re.substring(i + 2, end < 0 ? re.length : end);
        out += lit.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
        i = end < 0 ? re.length : end + 1;
        continue;
      }
      if ((n === "p" || n === "P") && re[i + 2] === "{") {
        const close = re.indexOf("}", i);
        let name = re.substring(i + 3, close);
        if (name.startsWith("Is") && !(name in POSIX)) name = name.substring(2);
        const cls = POSIX[name];
        unicode = true;
        if (cls !== undefined) out += (n === "p" ? "[" : "[^") + cls + "]";
        else out += "\\" + n + "{" + name + "}";
        i = close;
        continue;
      }
      if (n === "A") { out += "^"; i++; continue; }
      if (n === "z") { out += "$(?![\\s\\S])"; i++; continue; }
      if (n === "Z") { out += "(?=\\n?$(?![\\s\\S]))"; i++; continue; }
      if (n === "h") { out += "[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]"; i++; continue; }
      out += c + n;
      i++;
      continue;
    }
    if ((c === "+") && i > 0 && /[+*?}]/.test(re[i - 1]) && re[i - 2] !== "\\") continue; // possessive
    if (c === "(" && re.startsWith("(?i)", i)) {
      if (!f.includes("i")) f += "i";
      i += 3;
      continue;
    }
    out += c;
  }
  let r: RegExp;
  try {
    r = new RegExp(out, f + (unicode ? "u" : ""));
  } catch (e) {
    throw new PatternSyntaxException((e as Error).message + "\n" + re);
  }
  cache.set(key, r);
  return new RegExp(r.source, r.flags);
}

/** String.split(regex, limit): Java drops trailing empty strings when limit == 0 and never yields a leading "" for a zero-width match at 0. */
export function split(s: string, regex: string, limit = 0): string[] {
  const re = javaRegex(regex, "g");
  const list: string[] = [];
  let index = 0;
  const limited = limit > 0;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(s)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex = end + 1;
    if (start === s.length && m[0].length === 0) break; // Java's find() never reports the empty match at the very end for split purposes
    if (!limited || list.length < limit - 1) {
      if (index === 0 && start === 0 && end === 0) continue;
      list.push(s.substring(index, start));
      index = end;
    } else if (list.length === limit - 1) {
      list.push(s.substring(index));
      index = end;
      break;
    }
  }
  if (index === 0) return [s];
  if (!limited || list.length < limit) list.push(s.substring(index));
  let n = list.length;
  if (limit === 0) while (n > 0 && list[n - 1].length === 0) n--;
  return n === list.length ? list : list.slice(0, n);
}

/** String.replaceAll / replaceFirst: Java's "$1" group references match JS; "\\$" escapes differ. */
export function replaceAll(s: string, regex: string, replacement: string): string {
  return s.replace(javaRegex(regex, "g"), javaReplacement(replacement));
}
export function replaceFirst(s: string, regex: string, replacement: string): string {
  return s.replace(javaRegex(regex), javaReplacement(replacement));
}
function javaReplacement(r: string): string {
  // Java: backslash escapes the next char, $n / ${name} are groups. JS: "$$" is a literal $.
  let out = "";
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    if (c === "\\" && i + 1 < r.length) {
      out += r[++i] === "$" ? "$$" : r[i];
    } else out += c;
  }
  return out;
}
export function matches(s: string, regex: string): boolean {
  const r = javaRegex(regex);
  return new RegExp("^(?:" + r.source + ")$", r.flags).test(s);
}

/* ---------- Character ---------- */

const RE_LETTER = /\p{L}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_ALPHA = /\p{Alphabetic}/u;
const RE_SPACE = /[\p{Zs}\p{Zl}\p{Zp}]/u;
const ch = String.fromCharCode;

/** Character predicates on UTF-16 units (or code points), using the JS engine's Unicode tables. */
export const Character = {
  MIN_VALUE: 0,
  MAX_VALUE: 0xffff,
  MIN_RADIX: 2,
  MAX_RADIX: 36,
  isDigit: (c: number): boolean => (c < 128 ? c >= 48 && c <= 57 : RE_DIGIT.test(String.fromCodePoint(c))),
  isLetter: (c: number): boolean =>
    c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : RE_LETTER.test(String.fromCodePoint(c)),
  isLetterOrDigit: (c: number): boolean => Character.isLetter(c) || Character.isDigit(c),
  isAlphabetic: (c: number): boolean => RE_ALPHA.test(String.fromCodePoint(c)),
  isUpperCase: (c: number): boolean => (c < 128 ? c >= 65 && c <= 90 : RE_UPPER.test(String.fromCodePoint(c))),
  isLowerCase: (c: number): boolean => (c < 128 ? c >= 97 && c <= 122 : RE_LOWER.test(String.fromCodePoint(c))),
  /** Java whitespace: Unicode separators except no-break spaces, plus \t \n \u000B \f \r \u001C-\u001F. */
  isWhitespace(c: number): boolean {
    if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    if (c === 0xa0 || c === 0x2007 || c === 0x202f) return false;
    return c >= 0x1680 && RE_SPACE.test(String.fromCodePoint(c));
  },
  isSpaceChar: (c: number): boolean => RE_SPACE.test(String.fromCodePoint(c)),
  isJavaIdentifierStart,
  isJavaIdentifierPart,
  getType,
  getName,
  isSupplementaryCodePoint: (cp: number): boolean => cp >= 0x10000 && cp <= 0x10ffff,
  isBmpCodePoint: (cp: number): boolean => cp >= 0 && cp < 0x10000,
  isSurrogate: (c: number): boolean => c >= 0xd800 && c <= 0xdfff,
  isHighSurrogate: (c: number): boolean => c >= 0xd800 && c <= 0xdbff,
  isLowSurrogate: (c: number): boolean => c >= 0xdc00 && c <= 0xdfff,
  /** Single-unit case mapping: Java keeps the char when the full mapping is longer (e.g. 'ß'). */
  toUpperCase(c: number): number {
    if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
    const u = ch(c).toUpperCase();
    return u.length === 1 ? u.charCodeAt(0) : c;
  },
  toLowerCase(c: number): number {
    if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
    const u = ch(c).toLowerCase();
    return u.length === 1 ? u.charCodeAt(0) : c;
  },
  toString: (c: number): string => ch(c),
  toChars: (cp: number): Uint16Array => toCharArray(String.fromCodePoint(cp)),
  /** Character.digit for ASCII and fullwidth digits/letters. */
  digit(c: number, radix: number): number {
    let v = -1;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 97 && c <= 122) v = c - 87;
    else if (c >= 65 && c <= 90) v = c - 55;
    else if (c >= 0xff21 && c <= 0xff3a) v = c - 0xff21 + 10; // fullwidth A-Z
    else if (c >= 0xff41 && c <= 0xff5a) v = c - 0xff41 + 10; // fullwidth a-z
    else if (RE_DIGIT.test(ch(c))) {
      // Unicode decimal digits come in runs of ten starting at zero: count the digits before c.
      v = 0;
      while (v < 9 && RE_DIGIT.test(ch(c - v - 1))) v++;
    }
    return v >= 0 && v < radix && radix >= 2 && radix <= 36 ? v : -1;
  },
  getNumericValue(c: number): number {
    const v = Character.digit(c, 36);
    if (v >= 0) return v;
    // Numbered forms: circled/parenthesized/full-stop digits 1..20, dingbat circled 1..10, Roman numerals 1..12.
    const runs: [number, number, number][] = [[0x2460, 20, 1], [0x2474, 20, 1], [0x2488, 20, 1], [0x2776, 10, 1], [0x2780, 10, 1], [0x278a, 10, 1], [0x2160, 12, 1], [0x2170, 12, 1], [0x24ea, 1, 0]];
    for (const [start, n, first] of runs) if (c >= start && c < start + n) return c - start + first;
    if (c === 0xb9) return 1;
    if (c === 0xb2 || c === 0xb3) return c - 0xb0;
    // Vulgar fractions: a numeric value that is not a non-negative integer.
    if ((c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215f) || c === 0x2189) return -2;
    return -1;
  },
  forDigit(d: number, radix: number): number {
    if (d >= radix || d < 0 || radix < 2 || radix > 36) return 0;
    return d < 10 ? 48 + d : 87 + d;
  },
  compare: (a: number, b: number): number => a - b,
  hashCode: (c: number): number => c,
  isValidCodePoint: (cp: number): boolean => cp >= 0 && cp <= 0x10ffff,
  charCount: (cp: number): number => (cp >= 0x10000 ? 2 : 1),
};

/** String.valueOf(char) */
export const charToStr = ch;
/** "" + s.codePointAt */
export function codePointAt(s: string, i: number): number {
  if (i < 0 || i >= s.length) throw new StringIndexOutOfBoundsException(`index ${i}, length ${s.length}`);
  return s.codePointAt(i) as number;
}