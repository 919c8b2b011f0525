// Decodes Java literal tokens into values: integers with Java's range and two's-complement rules,
// floats (hex floats included), character and string escapes, and text blocks (JLS §3.10).

export interface IntValue {
  litKind: "int" | "long";
  /** int: a number; long: a decimal string (JS numbers cannot hold every long). */
  value: number | string;
  /** Set when the literal does not fit its type (`2147483648` outside `-2147483648`). */
  error?: string;
  /** The magnitude is exactly 2^31 (int) or 2^63 (long): legal only as the operand of unary minus. */
  minMagnitude?: boolean;
}

const INT_MAX_UNSIGNED = 0xffffffffn;
const LONG_MAX_UNSIGNED = 0xffffffffffffffffn;

/** Decodes an integer literal token image (decimal, hex, octal or binary; `_` and `L` allowed). */
export function decodeInteger(image: string): IntValue {
  let s = image.indexOf("_") >= 0 ? image.replace(/_/g, "") : image;
  const last = s.charCodeAt(s.length - 1);
  const isLong = last === 76 || last === 108; // L or l
  if (isLong) s = s.slice(0, -1);
  let radix = 10;
  let digits = s;
  if (s.length > 1 && s[0] === "0") {
    const c = s[1];
    if (c === "x" || c === "X") {
      radix = 16;
      digits = s.slice(2);
    } else if (c === "b" || c === "B") {
      radix = 2;
      digits = s.slice(2);
    } else {
      radix = 8;
      digits = s.slice(1);
    }
  }
  // Fast path: short decimal ints are the overwhelming majority.
  if (!isLong && radix === 10 && digits.length < 10) return { litKind: "int", value: Number(digits) };
  const big = radix === 10 ? BigInt(digits) : BigInt((radix === 16 ? "0x" : radix === 2 ? "0b" : "0o") + digits);
  if (!isLong) {
    if (radix === 10) {
      if (big < 2147483648n) return { litKind: "int", value: Number(big) };
      if (big === 2147483648n) return { litKind: "int", value: 2147483648, minMagnitude: true };
      return { litKind: "int", value: 0, error: "integer number too large" };
    }
    // Hex, octal and binary ints denote 32-bit patterns: 0xFFFFFFFF is -1.
    if (big > INT_MAX_UNSIGNED) return { litKind: "int", value: 0, error: "integer number too large" };
    return { litKind: "int", value: Number(BigInt.asIntN(32, big)) };
  }
  if (radix === 10) {
    if (big < 9223372036854775808n) return { litKind: "long", value: big.toString() };
    if (big === 9223372036854775808n) return { litKind: "long", value: big.toString(), minMagnitude: true };
    return { litKind: "long", value: "0", error: "long number too large" };
  }
  if (big > LONG_MAX_UNSIGNED) return { litKind: "long", value: "0", error: "long number too large" };
  return { litKind: "long", value: BigInt.asIntN(64, big).toString() };
}

export interface FloatValue {
  litKind: "float" | "double";
  value: number;
}

/** Decodes a floating-point literal (decimal or hex, `_` allowed, `f`/`d` suffixes). */
export function decodeFloat(image: string): FloatValue {
  let s = image.indexOf("_") >= 0 ? image.replace(/_/g, "") : image;
  const last = s[s.length - 1];
  let isFloat = false;
  if (last === "f" || last === "F") {
    isFloat = true;
    s = s.slice(0, -1);
  } else if (last === "d" || last === "D") {
    s = s.slice(0, -1);
  }
  let value: number;
  if (s.length > 1 && (s[1] === "x" || s[1] === "X")) value = decodeHexFloat(s.slice(2));
  else value = Number(s);
  return isFloat ? { litKind: "float", value: Math.fround(value) } : { litKind: "double", value };
}

function decodeHexFloat(body: string): number {
  // `1.8p1`: hex significand, binary exponent. Number(BigInt) rounds once; scaling by a power
  // of two is then exact except in the subnormal range.
  const p = body.search(/[pP]/);
  const mant = p >= 0 ? body.slice(0, p) : body;
  const exp = p >= 0 ? Number(body.slice(p + 1)) : 0;
  const dot = mant.indexOf(".");
  const fracDigits = dot >= 0 ? mant.length - dot - 1 : 0;
  const hex = dot >= 0 ? mant.slice(0, dot) + mant.slice(dot + 1) : mant;
  if (hex.length === 0) return 0;
  const m = Number(BigInt("0x" + hex));
  return m * Math.pow(2, exp - 4 * fracDigits);
}

/**
 * Interprets escape sequences (JLS §3.10.7): `\b \s \t \n \f \r \" \' \\`, octal `\0`–`\377`,
 * and, in text blocks, `\<line terminator>` (line continuation). Unicode escapes were already
 * translated. Returns undefined on an invalid escape.
 */
export function unescapeJava(s: string, textBlock: boolean): string | undefined {
  let i = s.indexOf("\\");
  if (i < 0) return s;
  let out = "";
  let from = 0;
  while (i >= 0) {
    out += s.slice(from, i);
    const c = s[i + 1];
    let next = i + 2;
    switch (c) {
      case "b":
        out += "\b";
        break;
      case "s":
        out += " ";
        break;
      case "t":
        out += "\t";
        break;
      case "n":
        out += "\n";
        break;
      case "f":
        out += "\f";
        break;
      case "r":
        out += "\r";
        break;
      case '"':
      case "'":
      case "\\":
        out += c;
        break;
      case "\n":
        if (!textBlock) return undefined;
        break;
      default: {
        if (c !== undefined && c >= "0" && c <= "7") {
          // Up to three octal digits, and three only when the first is 0–3.
          const max = c <= "3" ? 3 : 2;
          let j = i + 1;
          while (j < i + 1 + max && s[j]! >= "0" && s[j]! <= "7") j++;
          out += String.fromCharCode(parseInt(s.slice(i + 1, j), 8));
          next = j;
          break;
        }
        return undefined;
      }
    }
    from = next;
    i = s.indexOf("\\", from);
  }
  return out + s.slice(from);
}

/** Decodes a string literal token (`"…"`). */
export function decodeString(image: string): string | undefined {
  return unescapeJava(image.slice(1, -1), false);
}

/** Decodes a character literal token (`'…'`). */
export function decodeChar(image: string): string | undefined {
  return unescapeJava(image.slice(1, -1), false);
}

function isJavaWhitespace(c: number): boolean {
  // Character.isWhitespace for the characters that can occur here (no line terminators left).
  return c === 32 || c === 9 || c === 12 || c === 11 || (c >= 28 && c <= 31);
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isJavaWhitespace(line.charCodeAt(i))) return false;
  return true;
}

function stripTrailing(line: string): string {
  let e = line.length;
  while (e > 0 && isJavaWhitespace(line.charCodeAt(e - 1))) e--;
  return e === line.length ? line : line.slice(0, e);
}

/**
 * Decodes a text block token (`"""…"""`, JLS §3.10.6): normalise line terminators, strip the
 * incidental indentation (String.stripIndent: the closing-delimiter line counts even when blank),
 * strip trailing spaces, then interpret escapes, so `\s` and `\<newline>` survive the stripping.
 */
export function decodeTextBlock(image: string): string | undefined {
  // Content starts after the line terminator that follows the opening delimiter.
  let start = 3;
  while (start < image.length && image[start] !== "\n" && image[start] !== "\r") start++;
  if (image[start] === "\r" && image[start + 1] === "\n") start += 2;
  else start += 1;
  const content = image.slice(start, image.length - 3).replace(/\r\n?/g, "\n");
  const lines = content.split("\n");
  const lastIdx = lines.length - 1;
  let min = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = isBlank(line);
    if (blank && i !== lastIdx) continue;
    let ws = 0;
    while (ws < line.length && isJavaWhitespace(line.charCodeAt(ws))) ws++;
    if (ws < min) min = ws;
  }
  if (min === Number.MAX_SAFE_INTEGER) min = 0;
  const out: string[] = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out[i] = isBlank(line) ? "" : stripTrailing(line.slice(min));
  }
  return unescapeJava(out.join("\n"), true);
}
