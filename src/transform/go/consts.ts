// Java constant folding (JLS §15.29) with Java's arithmetic: Go folds constants with arbitrary
// precision and rejects overflow at compile time, so every Java constant expression is folded
// here and emitted as one literal.

import type { Expr } from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { JType } from "../../semantic/types.js";

/** A folded value: int/short/byte/char/float/double as number, long as bigint, boolean, String. */
export type ConstVal = number | bigint | boolean | string;

function primName(t: JType): string | undefined {
  if (t.kind === "prim") return t.name;
  if (t.kind === "class" && t.fqn === "java.lang.String") return "String";
  return undefined;
}

/** Converts a folded value to the representation of Java type `to` (a primitive name or String). */
export function convertConst(v: ConstVal, to: string): ConstVal | undefined {
  if (to === "String") return typeof v === "string" ? v : undefined;
  if (typeof v === "string") return undefined;
  if (to === "boolean") return typeof v === "boolean" ? v : undefined;
  if (typeof v === "boolean") return undefined;
  const n = typeof v === "bigint" ? v : v;
  switch (to) {
    case "long":
      if (typeof n === "bigint") return n;
      // Java saturates double→long and maps NaN to 0.
      if (Number.isNaN(n)) return 0n;
      if (n >= 2 ** 63) return 9223372036854775807n;
      if (n <= -(2 ** 63)) return -9223372036854775808n;
      return BigInt(Math.trunc(n));
    case "int":
      return typeof n === "bigint" ? Number(BigInt.asIntN(32, n)) : toInt32(n);
    case "short":
      return typeof n === "bigint" ? Number(BigInt.asIntN(16, n)) : (toInt32(n) << 16) >> 16;
    case "byte":
      return typeof n === "bigint" ? Number(BigInt.asIntN(8, n)) : (toInt32(n) << 24) >> 24;
    case "char":
      return typeof n === "bigint" ? Number(BigInt.asUintN(16, n)) : toInt32(n) & 0xffff;
    case "float":
      return Math.fround(Number(n));
    case "double":
      return Number(n);
  }
  return undefined;
}

/** Java's saturating double→int conversion. */
function toInt32(n: number): number {
  if (Number.isNaN(n)) return 0;
  if (n >= 2147483647) return 2147483647;
  if (n <= -2147483648) return -2147483648;
  return Math.trunc(n) | 0;
}

/** Folds `e` when it is a Java constant expression; `undefined` otherwise. */
export function fold(e: Expr, model: SemanticModel, depth = 0): ConstVal | undefined {
  if (depth > 50) return undefined;
  const t = primName(model.typeOf(e));
  if (!t) return undefined;
  const r = foldRaw(e, model, depth);
  return r === undefined ? undefined : convertConst(r, t);
}

function foldRaw(e: Expr, model: SemanticModel, depth: number): ConstVal | undefined {
  switch (e.kind) {
    case "Literal":
      switch (e.litKind) {
        case "int":
          return typeof e.value === "number" ? e.value | 0 : undefined;
        case "long":
          return BigInt.asIntN(64, BigInt(String(e.value)));
        case "float":
        case "double":
          return typeof e.value === "number" ? e.value : undefined;
        case "char":
          return typeof e.value === "string" ? e.value.charCodeAt(0) : undefined;
        case "string":
        case "textBlock":
          return typeof e.value === "string" ? e.value : undefined;
        case "boolean":
          return e.value === true;
        default:
          return undefined;
      }
    case "Name":
    case "FieldAccess": {
      const ref = model.symbolOf(e);
      // Constant variables (JLS §4.12.4): static finals, and instance finals read by simple name.
      if (ref?.kind !== "field" || !ref.field.final || (!ref.field.static && e.kind !== "Name")) return undefined;
      const f = ref.field;
      const t = primName(f.type);
      if (!t) return undefined;
      if (f.constLiteral !== undefined) return convertConst(BigInt(f.constLiteral.replace(/[lL]$/, "")), t);
      if (f.constValue !== undefined) return convertConst(typeof f.constValue === "number" && t === "long" ? BigInt(Math.trunc(f.constValue)) : f.constValue, t);
      const d = f.decl;
      if (d?.kind === "VarDeclarator" && d.init && d.init.kind !== "ArrayInit") {
        const v = fold(d.init, model, depth + 1);
        return v === undefined ? undefined : convertConst(v, t);
      }
      return undefined;
    }
    case "Cast": {
      const t = primName(model.typeOf(e));
      const v = fold(e.expr, model, depth + 1);
      return v === undefined || !t ? undefined : convertConst(v, t);
    }
    case "Unary": {
      if (e.op === "++" || e.op === "--") return undefined;
      const v = fold(e.operand, model, depth + 1);
      const t = primName(model.typeOf(e));
      if (v === undefined || !t) return undefined;
      if (e.op === "!") return typeof v === "boolean" ? !v : undefined;
      if (typeof v === "bigint") return e.op === "-" ? BigInt.asIntN(64, -v) : e.op === "~" ? ~v : v;
      if (typeof v !== "number") return undefined;
      if (e.op === "-") return t === "int" ? -v | 0 : -v;
      if (e.op === "~") return ~v;
      return v;
    }
    case "Binary":
      return foldBinary(e, model, depth);
    case "Conditional": {
      const c = fold(e.cond, model, depth + 1);
      if (typeof c !== "boolean") return undefined;
      const a = fold(e.then, model, depth + 1);
      const b = fold(e.else, model, depth + 1);
      return a === undefined || b === undefined ? undefined : c ? a : b;
    }
    default:
      return undefined;
  }
}

function foldBinary(e: Extract<Expr, { kind: "Binary" }>, model: SemanticModel, depth: number): ConstVal | undefined {
  const resultT = primName(model.typeOf(e));
  const l = fold(e.left, model, depth + 1);
  const r = fold(e.right, model, depth + 1);
  if (l === undefined || r === undefined || !resultT) return undefined;
  if (resultT === "String") {
    if (e.op !== "+") return undefined;
    const ls = constToString(l, primName(model.typeOf(e.left))!);
    const rs = constToString(r, primName(model.typeOf(e.right))!);
    return ls === undefined || rs === undefined ? undefined : ls + rs;
  }
  if (typeof l === "boolean" || typeof r === "boolean") {
    if (typeof l !== "boolean" || typeof r !== "boolean") return undefined;
    switch (e.op) {
      case "&&": case "&": return l && r;
      case "||": case "|": return l || r;
      case "^": case "!=": return l !== r;
      case "==": return l === r;
    }
    return undefined;
  }
  // Operand type after binary numeric promotion.
  const lt = primName(model.typeOf(e.left))!;
  const rt = primName(model.typeOf(e.right))!;
  if (lt === "String" || rt === "String") return e.op === "==" || e.op === "!=" ? undefined : undefined;
  const shift = e.op === "<<" || e.op === ">>" || e.op === ">>>";
  const promoted = shift ? (lt === "long" ? "long" : "int") : [lt, rt].includes("double") ? "double" : [lt, rt].includes("float") ? "float" : [lt, rt].includes("long") ? "long" : "int";
  const a = convertConst(l, promoted)!;
  const b = shift ? convertConst(r, "long")! : convertConst(r, promoted)!;
  if (promoted === "long") return foldLong(e.op, a as bigint, b as bigint);
  if (promoted === "int") return foldInt(e.op, a as number, b as number);
  return foldFloat(e.op, a as number, b as number, promoted === "float");
}

function constToString(v: ConstVal, t: string): string | undefined {
  if (t === "char") return String.fromCharCode(v as number);
  if (t === "String") return v as string;
  if (t === "double" || t === "float") return undefined; // Double.toString is done by jrt at run time.
  return String(v);
}

/** Comparisons fold the same way for every numeric kind (NaN compares false, as in Java). */
function foldComparison<T extends number | bigint>(op: string, a: T, b: T): boolean | undefined {
  switch (op) {
    case "==": return a === b;
    case "!=": return a !== b;
    case "<": return a < b;
    case ">": return a > b;
    case "<=": return a <= b;
    case ">=": return a >= b;
  }
  return undefined;
}

function foldInt(op: string, a: number, b: number): ConstVal | undefined {
  switch (op) {
    case "+": return (a + b) | 0;
    case "-": return (a - b) | 0;
    case "*": return Math.imul(a, b);
    case "/": return b === 0 ? undefined : (a / b) | 0;
    case "%": return b === 0 ? undefined : a % b | 0;
    case "&": return a & b;
    case "|": return a | b;
    case "^": return a ^ b;
    case "<<": return a << (Number(b) & 31);
    case ">>": return a >> (Number(b) & 31);
    case ">>>": return (a >>> (Number(b) & 31)) | 0;
  }
  return foldComparison(op, a, b);
}

function foldLong(op: string, a: bigint, b: bigint): ConstVal | undefined {
  const w = (x: bigint): bigint => BigInt.asIntN(64, x);
  switch (op) {
    case "+": return w(a + b);
    case "-": return w(a - b);
    case "*": return w(a * b);
    case "/": return b === 0n ? undefined : w(a / b);
    case "%": return b === 0n ? undefined : w(a % b);
    case "&": return a & b;
    case "|": return a | b;
    case "^": return a ^ b;
    case "<<": return w(a << (b & 63n));
    case ">>": return a >> (b & 63n);
    case ">>>": return w(BigInt.asUintN(64, a) >> (b & 63n));
  }
  return foldComparison(op, a, b);
}

function foldFloat(op: string, a: number, b: number, f32: boolean): ConstVal | undefined {
  const r = (x: number): number => (f32 ? Math.fround(x) : x);
  switch (op) {
    case "+": return r(a + b);
    case "-": return r(a - b);
    case "*": return r(a * b);
    case "/": return r(a / b);
    case "%": return r(a % b);
  }
  return foldComparison(op, a, b);
}
