// JDK calls, constructors and static fields mapped onto jrt/jrtx and JS built-ins, chosen by the
// resolved overload and the static types of receiver and arguments. A JDK member not listed here
// is Unsupported (the method becomes a stub) rather than a guess that might not compile.

import type * as J from "../../parse/ast.js";
import * as ts from "../../ir/ts.js";
import type { JType, Ref } from "../../semantic/types.js";
import { unsupported } from "./context.js";
import type { Translator } from "./body.js";
import { BOXES, isString, jdkClassName, jdkSam, primOf } from "./types.js";

/** A translated argument (or receiver) with its Java type; `varargs` keeps the packed elements. */
export interface Arg {
  e: ts.Expr;
  t: JType;
  src?: J.Expr;
  varargs?: Arg[];
}

/** A dotted name (`jrt.Comparators.reversed`) as a property chain. */
export function qname(dotted: string): ts.Expr {
  const [first, ...rest] = dotted.split(".");
  return rest.reduce<ts.Expr>((acc, n) => ts.prop(acc, n), ts.id(first!));
}
const jrt = (name: string) => qname("jrt." + name);
const jrtx = (name: string) => qname("jrtx." + name);
const call = (callee: ts.Expr, ...args: ts.Expr[]) => ts.call(callee, ...args);
const method = (recv: ts.Expr, name: string, ...args: ts.Expr[]) => ts.call(ts.prop(recv, name), ...args);

/** String.valueOf(x) for a value of static type `t`. */
export function strConv(_tr: Translator, x: ts.Expr, t: JType): ts.Expr {
  if (t.kind === "prim") {
    if (t.name === "char") return call(ts.prop("String", "fromCharCode"), x);
    if (t.name === "double") return call(jrt("dstr"), x);
    if (t.name === "float") return call(jrt("fstr"), x);
    return x;
  }
  if (isString(t)) return x;
  if (t.kind === "class") {
    const b = BOXES[t.fqn];
    if (b === "double" || b === "float" || b === "char") return call(jrt("strOf"), ts.str(b), x);
    if (b) return call(jrt("str"), x);
  }
  if (t.kind === "array" && t.elem.kind === "prim" && t.elem.name === "char") return call(jrt("str"), x);
  return call(jrt("str"), x);
}

/** String.valueOf(x) as a TS string (strConv may leave numbers for `+` to convert). */
export function toStr(tr: Translator, x: ts.Expr, t: JType): ts.Expr {
  const s = strConv(tr, x, t);
  return s === x && !isString(t) ? call(ts.id("String"), x) : s;
}

/** An argument headed for an Object parameter (format args, Object varargs) keeps its Java type with a box. */
function boxForObject(a: Arg): ts.Expr {
  const boxed = a.e.kind === "CallExpr" && a.e.callee.kind === "PropertyAccess" && a.e.callee.object.kind === "Identifier" && a.e.callee.object.name === "jrt" && ["boxD", "boxF", "boxC", "boxAs"].includes(a.e.callee.name);
  if (boxed) return a.e;
  const p = primOf(a.t);
  if (p === "double") return call(jrt("boxD"), a.e);
  if (p === "float") return call(jrt("boxF"), a.e);
  if (p === "char") return call(jrt("boxC"), a.e);
  if (p === "byte" && a.t.kind === "prim") return call(jrt("boxB"), a.e);
  if (p === "short" && a.t.kind === "prim") return call(jrt("boxS"), a.e);
  return a.e;
}

/** Element kind for a collection (how its numbers print and hash). */
export function kindOf(t: JType | undefined): string | undefined {
  const p = t ? primOf(t) : undefined;
  return p === "double" || p === "float" || p === "char" ? p : undefined;
}

/** Methods of jrt collections/optionals that return `X | null` where Java returns a plain reference. */
const NULLABLE = new Set([
  "get", "put", "remove", "poll", "peek", "pollFirst", "pollLast", "peekFirst", "peekLast", "putIfAbsent", "computeIfAbsent", "computeIfPresent",
  "compute", "merge", "replace", "floorKey", "ceilingKey", "higherKey", "lowerKey", "floor", "ceiling", "higher", "lower", "firstEntry", "lastEntry",
  "floorEntry", "ceilingEntry", "higherEntry", "lowerEntry", "pollFirstEntry", "pollLastEntry", "getMessage", "getCause", "getLocalizedMessage", "comparator",
  "getSuperclass", "getPermittedSubclasses", "getRecordComponents", "getEnumConstants", "readLine",
]);

/** Pass-through method names of jrt collection classes (same name, same arguments as Java). */
const COLLECTION_METHODS = new Set([
  "size", "isEmpty", "contains", "containsAll", "add", "addAll", "remove", "removeAll", "retainAll", "removeIf", "clear", "forEach", "iterator",
  "get", "set", "indexOf", "lastIndexOf", "listIterator", "subList", "sort", "replaceAll", "getFirst", "getLast", "push", "pop", "peek", "empty", "search",
  "addFirst", "addLast", "offerFirst", "offerLast", "offer", "pollFirst", "pollLast", "poll", "removeFirst", "removeLast", "peekFirst", "peekLast",
  "element", "removeFirstOccurrence", "removeLastOccurrence", "descendingIterator", "first", "last", "floor", "ceiling", "higher", "lower", "headSet",
  "tailSet", "subSet", "descendingSet", "comparator", "containsKey", "containsValue", "put", "getOrDefault", "putIfAbsent", "computeIfAbsent",
  "computeIfPresent", "compute", "merge", "replace", "putAll", "keySet", "values", "entrySet", "firstEntry", "lastEntry", "firstKey", "lastKey",
  "pollFirstEntry", "pollLastEntry", "ceilingEntry", "higherEntry", "floorEntry", "lowerEntry", "ceilingKey", "higherKey", "floorKey", "lowerKey",
  "headMap", "tailMap", "subMap", "descendingMap", "navigableKeySet", "descendingKeySet", "getKey", "getValue", "setValue", "hasNext", "hasPrevious",
  "previous", "nextIndex", "previousIndex", "ensureCapacity", "trimToSize",
]);

const OPTIONAL_METHODS = new Set(["get", "isPresent", "isEmpty", "ifPresent", "ifPresentOrElse", "orElse", "orElseGet", "orElseThrow", "map", "flatMap", "filter", "or"]);

const STRING_BUILDER = new Set(["length", "isEmpty", "charAt", "setCharAt", "deleteCharAt", "delete", "replace", "reverse", "setLength", "indexOf", "lastIndexOf", "substring", "toString", "capacity", "compareTo", "appendCodePoint"]);

const BIG_METHODS = new Set([
  "add", "subtract", "multiply", "divide", "remainder", "divideAndRemainder", "mod", "modPow", "modInverse", "pow", "gcd", "negate", "abs", "signum", "min", "max",
  "sqrt", "shiftLeft", "shiftRight", "and", "or", "xor", "not", "testBit", "setBit", "bitLength", "bitCount", "getLowestSetBit", "isProbablePrime", "nextProbablePrime",
  "compareTo", "intValue", "longValue", "doubleValue", "intValueExact", "longValueExact", "scale", "unscaledValue", "precision", "setScale", "divideToIntegralValue",
  "stripTrailingZeros", "movePointLeft", "movePointRight", "toBigInteger", "toPlainString",
]);

/** Static members of jrt's Integer/Long/Double/Float objects (anything else is Unsupported, not a guess). */
const JRT_STATICS: Record<string, Set<string>> = {
  Integer: new Set("parseInt valueOf toString toBinaryString toHexString toOctalString toUnsignedString compare compareUnsigned signum bitCount highestOneBit lowestOneBit numberOfLeadingZeros numberOfTrailingZeros reverse reverseBytes rotateLeft rotateRight hashCode sum max min divideUnsigned remainderUnsigned".split(" ")),
  Long: new Set("parseLong valueOf toString toBinaryString toHexString toOctalString toUnsignedString compare signum bitCount numberOfLeadingZeros numberOfTrailingZeros highestOneBit lowestOneBit hashCode sum reverse rotateLeft rotateRight".split(" ")),
  Double: new Set("parseDouble valueOf isNaN isInfinite isFinite doubleToLongBits doubleToRawLongBits longBitsToDouble".split(" ")),
  Float: new Set("parseFloat floatToIntBits floatToRawIntBits intBitsToFloat".split(" ")),
};
const BIG_DECIMAL_ONLY = new Set(["scale", "unscaledValue", "precision", "setScale", "divideToIntegralValue", "stripTrailingZeros", "movePointLeft", "movePointRight", "toBigInteger", "toPlainString"]);
const BIG_INTEGER_ONLY = new Set(["divideAndRemainder", "mod", "modPow", "modInverse", "gcd", "sqrt", "shiftLeft", "shiftRight", "and", "or", "xor", "not", "testBit", "setBit", "bitLength", "bitCount", "getLowestSetBit", "isProbablePrime", "nextProbablePrime"]);

/** java.lang.Class methods jrtx.JClass implements. */
const CLASS_METHODS = new Set([
  "getName", "getTypeName", "getSimpleName", "isInterface", "isPrimitive", "isArray", "isEnum", "isRecord", "isAnonymousClass", "isSealed",
  "getPermittedSubclasses", "getRecordComponents", "getEnumConstants", "getSuperclass", "isInstance", "cast", "toString", "equals", "hashCode",
]);

const THROWABLE_METHODS = new Set(["getMessage", "getLocalizedMessage", "getCause", "initCause", "addSuppressed", "getSuppressed", "printStackTrace", "getStackTrace", "fillInStackTrace"]);
/** The java.util.BitSet methods jrt.BitSet implements. */
const BIT_SET_METHODS = new Set("get set clear flip cardinality length size isEmpty nextSetBit nextClearBit previousSetBit and or xor andNot intersects clone toLongArray".split(" "));
const STACK_TRACE_ELEMENT_METHODS = new Set(["getClassName", "getMethodName", "getFileName", "getLineNumber"]);

const MATH_DIRECT = new Set(["sqrt", "cbrt", "pow", "floor", "ceil", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "log10", "hypot", "sinh", "cosh", "tanh", "expm1", "log1p", "random"]);

const FUNCTIONAL_DEFAULTS: Record<string, string> = { andThen: "andThen", compose: "compose", negate: "negate", and: "andPred", or: "orPred" };

const isLocale = (t: JType | undefined): boolean => t?.kind === "class" && t.fqn === "java.util.Locale";
const isUnknown = (t: ts.Type): boolean => t.kind === "KeywordType" && t.name === "unknown";
const jdkTypeName = (t: JType): string => (t.kind === "class" ? t.fqn : t.kind);

export function jdkInvoke(tr: Translator, ref: Ref & { kind: "method" }, recv: Arg | undefined, args: Arg[], resultType: JType): ts.Expr {
  const m = ref.method;
  const owner = m.owner;
  const a = args.map((x) => x.e);
  const name = m.name;

  if (recv) {
    // Calls of a JDK functional interface's abstract method: the value is a JS function.
    const sam = jdkSam(tr.prog, recv.t);
    if (sam && sam.method.name === name && m.params.length === sam.method.params.length && !m.default) return call(recv.e, ...a);
    const r = instanceCall(tr, ref, recv, args);
    // A method called on a value whose class has no TS counterpart (`unknown`) cannot type-check.
    if (r && r.kind === "CallExpr" && r.callee.kind === "PropertyAccess" && r.callee.object === recv.e && isUnknown(tr.tsType(recv.t))) return unsupported(`JDK method ${owner}.${name} on a ${jdkTypeName(recv.t)}, a type without a TypeScript counterpart`);
    if (r) return NULLABLE.has(name) && resultType.kind !== "void" && resultType.kind !== "prim" ? ts.nonNull(r) : r;
    return unsupported(`JDK method ${owner}.${name}`);
  }
  const r = staticCall(tr, owner, name, args, ref);
  if (r) return r;
  return unsupported(`JDK method ${owner}.${name}`);
}

function instanceCall(tr: Translator, ref: Ref & { kind: "method" }, recv: Arg, args: Arg[]): ts.Expr | undefined {
  const m = ref.method;
  const name = m.name;
  const owner = m.owner;
  const a = args.map((x) => x.e);
  const r = recv.e;
  const rt = recv.t;
  const rfqn = rt.kind === "class" ? rt.fqn : "";
  const rsym = rt.kind === "class" ? tr.model.lookupType(rt.fqn) : undefined;
  const src = tr.prog.classOf(rfqn);

  // Object's methods, on any receiver.
  if (name === "equals" && args.length === 1) {
    if (isString(rt) && isString(args[0]!.t)) return ts.binary(r, "===", a[0]!);
    const bp = rt.kind === "class" ? BOXES[rt.fqn] : undefined;
    if (bp === "double" || bp === "float" || bp === "char") return call(jrt("boxedEquals"), ts.str(bp), r, a[0]!);
    return call(jrt("jequals"), r, a[0]!);
  }
  if (name === "hashCode" && !args.length) return isString(rt) ? call(jrt("strHashCode"), r) : call(jrt("jhash"), r);
  if (name === "toString" && !args.length) return src && !src.isInterface ? method(r, "toString") : toStr(tr, r, rt);
  if (name === "getClass") return call(jrtx("getClass"), r);
  if (owner === "java.lang.Class") return CLASS_METHODS.has(name) ? method(r, name, ...a) : undefined;
  if (name === "compareTo" && args.length === 1) {
    if (isString(rt)) return call(jrt("compareStr"), r, a[0]!);
    const p = primOf(rt);
    if (p === "double" || p === "float") return call(jrt("compareDouble"), r, a[0]!);
    if (p === "boolean" || p === "long" || p) return call(jrtx("compare"), r, a[0]!);
    if (src || rsym?.kind === "enum" || jdkClassName(rfqn)) return method(r, "compareTo", a[0]!);
    return call(jrtx("compare"), r, a[0]!);
  }
  if (src && !src.isInterface && owner !== "java.lang.Object") {
    // A source class inheriting a JDK method (Enum, Throwable, a collection): same name on the TS class.
    if (owner === "java.lang.Enum" && (name === "name" || name === "ordinal")) return method(r, name);
    if (THROWABLE_METHODS.has(name) || COLLECTION_METHODS.has(name)) return method(r, name, ...a);
  }
  if (owner === "java.lang.Number") {
    const toPrim: Record<string, string> = { intValue: "int", longValue: "long", doubleValue: "double", floatValue: "float", shortValue: "short", byteValue: "byte" };
    if (toPrim[name]) return tr.convert(call(ts.id("Number"), r), { kind: "prim", name: "double" }, { kind: "prim", name: toPrim[name] as J.PrimitiveName });
    return undefined;
  }
  // jrt.RoundingMode is a string enum: the value is its name.
  if (rfqn === "java.math.RoundingMode") return name === "name" ? r : undefined;
  if (owner === "java.lang.Enum") {
    if (name === "name" || name === "ordinal") return method(r, name);
    if (name === "getDeclaringClass") return call(jrtx("getDeclaringClass"), r);
  }

  // Boxed values.
  const box = BOXES[rfqn];
  if (box) {
    const toPrim: Record<string, string> = { intValue: "int", longValue: "long", doubleValue: "double", floatValue: "float", shortValue: "short", byteValue: "byte", charValue: "char", booleanValue: "boolean" };
    if (toPrim[name]) return tr.convert(r, rt, { kind: "prim", name: toPrim[name] as J.PrimitiveName });
    if (name === "isNaN") return call(ts.prop("Number", "isNaN"), r);
    if (name === "isInfinite") return call(jrt("Double.isInfinite"), r);
    return undefined;
  }

  if (isString(rt)) return stringMethod(name, r, args, m.params);
  // CharSequence's methods (length, charAt, subSequence…) on a string or a StringBuilder: String's, on its contents.
  if (rfqn === "java.lang.CharSequence") return stringMethod(name, call(jrt("str"), r), args, m.params);
  if (rfqn === "java.lang.StringBuilder" || rfqn === "java.lang.StringBuffer" || owner === "java.lang.AbstractStringBuilder") return builderMethod(name, r, args);
  if (rfqn === "java.io.PrintStream") return printMethod(tr, name, r, args);
  if (rfqn === "java.io.StringReader" || rfqn === "java.io.BufferedReader") return READER_METHODS.has(name) && !args.length ? method(r, name) : undefined;
  if (rfqn === "java.lang.StackTraceElement") return STACK_TRACE_ELEMENT_METHODS.has(name) ? method(r, name) : undefined;
  if (owner === "java.lang.Throwable" || (THROWABLE_METHODS.has(name) && rsym && tr.prog.isSubtype(rfqn, "java.lang.Throwable"))) {
    if (THROWABLE_METHODS.has(name)) return method(r, name, ...a);
    return undefined;
  }
  if (rfqn === "java.util.Optional" || rfqn.startsWith("java.util.Optional")) {
    if (name === "getAsInt" || name === "getAsDouble" || name === "getAsLong") return method(r, "get");
    if (OPTIONAL_METHODS.has(name)) return method(r, name, ...a);
    if (name === "stream") return call(jrtx("optionalStream"), ts.str(rfqn === "java.util.OptionalInt" ? "int" : rfqn === "java.util.OptionalLong" ? "long" : rfqn === "java.util.OptionalDouble" ? "double" : "obj"), r);
    return undefined;
  }
  if (rfqn === "java.math.BigInteger" || rfqn === "java.math.BigDecimal") {
    if (name === "divide" && args.length === 2 && rfqn === "java.math.BigDecimal") return method(r, name, ...a);
    if (rfqn === "java.math.BigDecimal" && name === "divideAndRemainder" && args.length === 1) return call(jrtx("bigDecimalDivideAndRemainder"), r, a[0]!);
    if (rfqn === "java.math.BigDecimal" && name === "toEngineeringString") return call(jrtx("toEngineeringString"), r);
    if (rfqn === "java.math.BigDecimal" && name === "round") return method(r, name, a[0]!);
    const wrongClass = rfqn === "java.math.BigDecimal" ? BIG_INTEGER_ONLY.has(name) : BIG_DECIMAL_ONLY.has(name);
    if ((BIG_METHODS.has(name) || name === "toString") && !wrongClass) return method(r, name, ...a);
    return undefined;
  }
  if (rfqn === "java.util.Random") {
    if (name === "ints" && args.length === 3) return call(jrtx("randomInts"), r, ...a);
    if (["nextInt", "nextLong", "nextBoolean", "nextDouble", "nextFloat", "nextGaussian", "setSeed", "nextBytes"].includes(name)) return method(r, name, ...a);
    return undefined;
  }
  if (rfqn === "java.util.BitSet") return BIT_SET_METHODS.has(name) ? method(r, name, ...a) : undefined;
  if (rfqn === "java.lang.Runtime") return ["addShutdownHook", "removeShutdownHook", "availableProcessors"].includes(name) ? method(r, name, ...a) : undefined;
  if (owner === "java.lang.Thread" && name === "run") return method(r, "run");
  if (rfqn === "java.math.MathContext") return name === "getPrecision" || name === "getRoundingMode" ? method(r, name) : undefined;
  if (rfqn.startsWith("java.util.stream.") || rfqn.endsWith("SummaryStatistics") || rfqn === "java.util.StringJoiner" || rfqn.startsWith("java.util.concurrent.atomic.")) {
    return streamMethod(rfqn, name, r, args);
  }

  // Comparator's default methods.
  if (owner === "java.util.Comparator") return comparatorDefault(name, r, args, ref);
  const sam = jdkSam(tr.prog, rt);
  if (sam && FUNCTIONAL_DEFAULTS[name]) return call(jrtx(FUNCTIONAL_DEFAULTS[name]!), r, ...a);

  // Collections.
  if (tr.prog.isSubtype(rfqn, "java.util.Collection") || tr.prog.isSubtype(rfqn, "java.util.Map") || rfqn === "java.util.Iterator" || rfqn === "java.util.ListIterator" || rfqn === "java.util.Map.Entry" || src) {
    return collectionMethod(tr, rfqn, name, r, args, ref);
  }
  if (rfqn === "java.lang.Iterable") {
    if (name === "iterator" || name === "forEach") return method(r, name, ...a);
  }
  return undefined;
}

function collectionMethod(tr: Translator, rfqn: string, name: string, r: ts.Expr, args: Arg[], ref: Ref & { kind: "method" }): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  const p0 = ref.method.params[0];
  switch (name) {
    case "next":
      return method(r, "nextValue");
    case "add":
      return args.length === 2 ? method(r, "addAt", ...a) : method(r, "add", ...a);
    case "addAll":
      return args.length === 2 ? method(r, "addAllAt", ...a) : method(r, "addAll", ...a);
    case "remove":
      if (!args.length) return method(r, rfqn === "java.util.Iterator" || rfqn === "java.util.ListIterator" ? "remove" : "removeHead");
      if (p0?.kind === "prim" && p0.name === "int" && tr.prog.isSubtype(rfqn, "java.util.List")) return method(r, "removeAt", ...a);
      return method(r, "remove", ...a);
    case "stream":
    case "parallelStream":
      return call(jrtx("stream"), r);
    case "toArray":
      return method(r, "toArray");
    case "sort":
      return method(r, "sort", a[0] ?? ts.nullLit());
    case "getOrDefault":
      return method(r, "getOrDefault", ...a);
    case "set":
      if (rfqn === "java.util.ListIterator") return method(r, "set", ...a);
  }
  if (COLLECTION_METHODS.has(name)) return method(r, name, ...a);
  return undefined;
}

function comparatorDefault(name: string, r: ts.Expr, args: Arg[], ref: Ref & { kind: "method" }): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  switch (name) {
    case "reversed":
      return call(jrt("Comparators.reversed"), r);
    case "thenComparing": {
      const p0 = ref.method.params[0];
      const isCmp = p0?.kind === "class" && p0.fqn === "java.util.Comparator";
      const second = isCmp ? a[0]! : call(jrt("Comparators.comparing"), ...a);
      return call(jrt("Comparators.thenComparing"), r, second);
    }
    case "thenComparingInt":
    case "thenComparingLong":
    case "thenComparingDouble":
      return call(jrt("Comparators.thenComparing"), r, call(jrt("Comparators.comparing"), a[0]!));
  }
  return undefined;
}

function stringMethod(name: string, r: ts.Expr, args: Arg[], params: JType[]): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  const charParam = (i: number) => params[i]?.kind === "prim" && (params[i] as { name: string }).name === "char";
  const asStr = (i: number) => (charParam(i) || (primOf(args[i]!.t) === "int" && name.endsWith("ndexOf")) ? call(ts.prop("String", "fromCharCode"), a[i]!) : a[i]!);
  switch (name) {
    case "length":
      return ts.prop(r, "length");
    case "charAt":
      return call(jrt("charAt"), r, a[0]!);
    case "isEmpty":
      return ts.binary(ts.prop(r, "length"), "===", ts.num(0));
    case "substring":
    case "subSequence":
      return call(jrt("substring"), r, ...a);
    case "indexOf":
    case "lastIndexOf":
      return method(r, name, asStr(0), ...a.slice(1));
    case "contains":
      return method(r, "includes", a[0]!);
    case "startsWith":
    case "endsWith":
      return method(r, name, ...a);
    case "toUpperCase":
    case "toLowerCase":
      return method(r, name);
    case "trim":
      return call(jrt("trim"), r);
    case "strip":
    case "stripLeading":
    case "stripTrailing":
    case "isBlank":
    case "equalsIgnoreCase":
    case "compareToIgnoreCase":
    case "toCharArray":
    case "chars":
    case "matches":
    case "replaceAll":
    case "replaceFirst":
    case "codePointAt":
      if (name === "chars") return call(jrtx("stream"), call(jrt("chars"), r), ts.str("int"));
      return call(jrt(name), r, ...a);
    case "repeat":
      return call(jrt("repeat"), r, a[0]!);
    case "split":
      return call(jrt("split"), r, ...a);
    case "replace":
      return method(r, "replaceAll", asStr(0), asStr(1));
    case "concat":
      return ts.binary(r, "+", a[0]!);
    case "intern":
      return r;
    case "codePoints":
      return call(jrtx("stream"), call(jrtx("codePoints"), r), ts.str("int"));
    case "codePointCount":
      return ts.prop(call(jrtx("codePoints"), call(jrt("substring"), r, ...a)), "length");
    case "getBytes":
      return args.length <= 1 ? call(jrtx("getBytes"), r, ...a) : undefined;
    case "contentEquals":
      return ts.binary(r, "===", isString(args[0]!.t) ? a[0]! : call(jrt("str"), a[0]!));
    case "regionMatches":
      return args.length === 4 ? ts.binary(method(r, "substr", a[0]!, a[3]!), "===", method(a[1]!, "substr", a[2]!, a[3]!)) : undefined;
    case "lines":
      return call(jrtx("stream"), call(jrtx("lines"), r));
    case "indent":
      return call(jrtx("indent"), r, a[0]!);
    case "offsetByCodePoints":
      return call(jrtx("offsetByCodePoints"), r, ...a);
    case "getChars":
      return call(jrtx("getChars"), r, ...a);
    case "formatted":
      return call(jrt("format"), r, ...(args[0]?.varargs ?? []).map(boxForObject));
  }
  return undefined;
}

function builderMethod(name: string, r: ts.Expr, args: Arg[]): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  if (name === "append") {
    if (args.length === 3) return method(r, "appendRange", ...a);
    const p = primOf(args[0]!.t);
    const t = args[0]!.t;
    // A boxed Character/Double/Float goes to append(Object): null prints "null".
    if (t.kind !== "prim" && (p === "char" || p === "double" || p === "float")) return method(r, "append", call(jrt("strOf"), ts.str(p), a[0]!));
    if (p === "char") return method(r, "appendChar", a[0]!);
    if (p === "double") return method(r, "appendDouble", a[0]!);
    if (p === "float") return method(r, "appendFloat", a[0]!);
    if (t.kind === "array") return method(r, "append", call(jrt("newStringFromChars"), a[0]!));
    return method(r, "append", a[0]!);
  }
  if (name === "insert") {
    const p = primOf(args[1]!.t);
    if (p === "char") return method(r, "insertChar", ...a);
    if (p === "double") return method(r, "insert", a[0]!, call(jrt("dstr"), a[1]!));
    if (p === "float") return method(r, "insert", a[0]!, call(jrt("fstr"), a[1]!));
    return method(r, "insert", ...a);
  }
  if (name === "chars") return call(jrtx("stream"), method(r, "chars"), ts.str("int"));
  if (name === "getChars") return call(jrtx("getChars"), method(r, "toString"), ...a);
  if (STRING_BUILDER.has(name)) return method(r, name, ...a);
  return undefined;
}

function printMethod(tr: Translator, name: string, r: ts.Expr, args: Arg[]): ts.Expr | undefined {
  switch (name) {
    case "println":
    case "print": {
      if (!args.length) return method(r, name);
      const t = args[0]!.t;
      if (t.kind === "array" && t.elem.kind === "prim" && t.elem.name === "char") return method(r, name, call(jrt("newStringFromChars"), args[0]!.e));
      const p = primOf(t);
      const x = p === "char" || p === "double" || p === "float" ? strConv(tr, args[0]!.e, t) : args[0]!.e;
      return method(r, name, x);
    }
    case "printf":
    case "format":
      // With a Locale first the stream prints the locale's formatting (the call's value, the stream, is rarely used).
      if (isLocale(args[0]!.t)) return method(r, "print", call(jrt("formatLocale"), args[0]!.e, args[1]!.e, ...formatArgs(args.slice(2))));
      return method(r, "printf", args[0]!.e, ...formatArgs(args.slice(1)));
    case "flush":
      return method(r, "flush");
    case "append":
      return method(r, "append", args.length === 1 ? toStr(tr, args[0]!.e, args[0]!.t) : call(jrt("substring"), call(jrt("str"), args[0]!.e), args[1]!.e, args[2]!.e));
    case "write":
      return method(r, "write", args[0]!.e);
  }
  return undefined;
}

function formatArgs(args: Arg[]): ts.Expr[] {
  const out: ts.Expr[] = [];
  for (const a of args) {
    if (a.varargs) out.push(...a.varargs.map(boxForObject));
    else if (a.t.kind === "array") out.push(ts.spread(a.e));
    else out.push(boxForObject(a));
  }
  return out;
}

/** Varargs passed on: packed elements spread, an explicit array spread as well. */
function spreadArgs(args: Arg[]): ts.Expr[] {
  const out: ts.Expr[] = [];
  for (const a of args) {
    if (a.varargs) out.push(...a.varargs.map((v) => v.e));
    else if (a.t.kind === "array") out.push(ts.spread(a.e));
    else out.push(a.e);
  }
  return out;
}

function streamMethod(rfqn: string, name: string, r: ts.Expr, args: Arg[]): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  if (rfqn === "java.util.stream.LongStream" && (name === "sum" || name === "average" || name === "summaryStatistics")) return method(r, name + "Long");
  if (rfqn === "java.util.stream.IntStream" && name === "sum") return method(r, "sumInt");
  if (rfqn === "java.util.stream.IntStream" && name === "asLongStream") return method(r, "map", ts.arrow([ts.param("x", ts.kw("number"))], call(ts.id("BigInt"), ts.id("x"))));
  if (name === "toArray" && rfqn === "java.util.stream.IntStream") return call(ts.prop("Int32Array", "from"), method(r, "toArray"));
  if (name === "toArray" && rfqn === "java.util.stream.DoubleStream") return call(ts.prop("Float64Array", "from"), method(r, "toArray"));
  if (name === "toArray" && rfqn === "java.util.stream.LongStream") return call(ts.prop("BigInt64Array", "from"), method(r, "toArray"));
  if (name === "toArray") return method(r, "toArray");
  if (name === "mapToObj" || name === "boxed" || name === "mapToInt" || name === "mapToLong" || name === "mapToDouble" || name === "asDoubleStream") {
    const kind = name === "mapToInt" ? "int" : name === "mapToLong" ? "long" : name === "mapToDouble" || name === "asDoubleStream" ? "double" : "obj";
    if (name === "boxed") return method(r, "boxed");
    if (name === "asDoubleStream") return method(r, "asKind", ts.str("double"));
    return method(r, "mapKind", a[0]!, ts.str(kind));
  }
  if (name === "max" || name === "min") {
    if (!args.length) return method(r, name);
    return method(r, name, a[0]!);
  }
  if (name === "collect" && args.length === 1) return method(r, "collect", a[0]!);
  if (name === "reduce" && args.length === 1) return method(r, "reduceOpt", a[0]!);
  return method(r, name, ...a);
}

function staticCall(tr: Translator, owner: string, name: string, args: Arg[], ref: Ref & { kind: "method" }): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  const t0 = args[0]?.t;
  const p0 = t0 ? primOf(t0) : undefined;
  const dp = ref.method.params[0];
  const declP0 = dp?.kind === "prim" ? dp.name : undefined;
  switch (owner) {
    case "java.util.EnumSet":
      return ["of", "noneOf", "allOf", "range", "complementOf", "copyOf"].includes(name) ? call(jrtx(`EnumSets.${name}`), ...spreadArgs(args)) : undefined;
    case "java.lang.Math":
    case "java.lang.StrictMath":
      return mathCall(name, args, declP0, ref.method.params.map((x) => (x.kind === "prim" ? x.name : undefined)));
    case "java.lang.String":
      if (name === "valueOf" || name === "copyValueOf") {
        if (t0?.kind === "array") return call(jrt("newStringFromChars"), ...a);
        return toStr(tr, a[0]!, declP0 ? { kind: "prim", name: declP0 as J.PrimitiveName } : t0!);
      }
      if (name === "format") {
        return isLocale(ref.method.params[0]) ? call(jrt("formatLocale"), a[0]!, a[1]!, ...formatArgs(args.slice(2))) : call(jrt("format"), a[0]!, ...formatArgs(args.slice(1)));
      }
      if (name === "join") return call(jrt("join"), a[0]!, args[1]!.varargs ? ts.array(...args[1]!.varargs.map((v) => v.e)) : a[1]!);
      return undefined;
    case "java.lang.Integer":
    case "java.lang.Long":
    case "java.lang.Short":
    case "java.lang.Byte": {
      const cls = owner === "java.lang.Long" ? "Long" : "Integer";
      if (name === "valueOf" && p0) return a[0]!;
      if (name === "toString" && args.length === 1) return toStr(tr, a[0]!, t0!);
      if (name === "hashCode") return owner === "java.lang.Long" ? call(jrt("hashLong"), a[0]!) : a[0]!;
      if (name === "max" || name === "min") return owner === "java.lang.Long" ? call(jrtx(name === "max" ? "lmax" : "lmin"), ...a) : call(ts.prop("Math", name), ...a);
      if (name === "parseShort" || name === "parseByte") return call(jrtx("parseSmall"), ts.num(name === "parseByte" ? 8 : 16), ...a);
      if (name === "reverseBytes" && owner === "java.lang.Short") return call(jrtx("reverseBytesShort"), a[0]!);
      if (name === "toUnsignedInt" && owner === "java.lang.Byte") return ts.binary(a[0]!, "&", ts.num(0xff));
      if (name === "toUnsignedInt" && owner === "java.lang.Short") return ts.binary(a[0]!, "&", ts.num(0xffff));
      if (name === "toUnsignedLong" && owner !== "java.lang.Long") return call(jrtx("toUnsignedLong"), owner === "java.lang.Integer" ? a[0]! : ts.binary(a[0]!, "&", ts.num(owner === "java.lang.Byte" ? 0xff : 0xffff)));
      if (name === "decode") return call(jrtx(owner === "java.lang.Long" ? "decodeLong" : "decodeInt"), a[0]!);
      if (name === "parseUnsignedInt" && owner === "java.lang.Integer") return call(jrtx("parseUnsignedInt"), ...a);
      if (name === "parseUnsignedLong" && owner === "java.lang.Long") return call(jrtx("parseUnsignedLong"), ...a);
      if (name === "compare" && (owner === "java.lang.Byte" || owner === "java.lang.Short")) return ts.binary(a[0]!, "-", a[1]!);
      if (name === "compare" && owner !== "java.lang.Long") return call(jrt("Integer.compare"), ...a);
      return JRT_STATICS[cls]!.has(name) ? call(jrt(`${cls}.${name}`), ...a) : undefined;
    }
    case "java.lang.Double":
    case "java.lang.Float": {
      const isF = owner === "java.lang.Float";
      if (name === "valueOf" && p0) return a[0]!;
      if (name === "valueOf" && t0 && isString(t0)) return call(jrt(isF ? "Float.parseFloat" : "Double.parseDouble"), a[0]!);
      if (name === "toHexString" && !isF) return call(jrtx("doubleToHexString"), a[0]!);
      if (name === "toString") return call(jrt(isF ? "fstr" : "dstr"), a[0]!);
      if (name === "compare") return call(jrt("compareDouble"), ...a);
      if (name === "hashCode") return call(jrt(isF ? "hashFloat" : "hashDouble"), a[0]!);
      if (name === "isNaN") return call(ts.prop("Number", "isNaN"), a[0]!);
      if (name === "max" || name === "min" || name === "sum") return name === "sum" ? ts.binary(a[0]!, "+", a[1]!) : call(ts.prop("Math", name), ...a);
      if (name === "isInfinite" || name === "isFinite") return call(jrt(`Double.${name}`), ...a);
      return JRT_STATICS[isF ? "Float" : "Double"]!.has(name) ? call(jrt(`${isF ? "Float" : "Double"}.${name}`), ...a) : undefined;
    }
    case "java.lang.Boolean":
      if (name === "parseBoolean") return call(jrtx("parseBoolean"), a[0]!);
      if (name === "valueOf" && p0 === "boolean") return a[0]!;
      if (name === "valueOf") return call(jrtx("parseBoolean"), a[0]!);
      if (name === "toString") return toStr(tr, a[0]!, t0!);
      if (name === "compare") return call(jrtx("compare"), ...a);
      if (name === "logicalAnd") return ts.binary(a[0]!, "&&", a[1]!);
      if (name === "logicalOr") return ts.binary(a[0]!, "||", a[1]!);
      if (name === "logicalXor") return ts.binary(a[0]!, "!==", a[1]!);
      if (name === "hashCode") return call(jrt("hashBool"), a[0]!);
      return undefined;
    case "java.lang.Character":
      if (name === "valueOf") return a[0]!;
      if (name === "toString") return call(ts.prop("String", declP0 === "int" ? "fromCodePoint" : "fromCharCode"), a[0]!);
      if (name === "toCodePoint") return ts.binary(ts.binary(ts.binary(ts.binary(a[0]!, "-", ts.num(0xd800)), "<<", ts.num(10)), "+", ts.binary(a[1]!, "-", ts.num(0xdc00))), "+", ts.num(0x10000));
      if (name === "isIdeographic") return call(jrtx("isIdeographic"), a[0]!);
      if (name === "getName") return ts.nonNull(call(jrt("Character.getName"), a[0]!));
      if (name === "getNumericValue" || name === "isJavaIdentifierStart" || name === "isJavaIdentifierPart" || name === "getType" || name === "isSupplementaryCodePoint" || name === "isBmpCodePoint" || name === "isDigit" || name === "isLetter" || name === "isLetterOrDigit" || name === "isAlphabetic" || name === "isUpperCase" || name === "isLowerCase" || name === "isWhitespace" || name === "isSpaceChar" || name === "toUpperCase" || name === "toLowerCase" || name === "digit" || name === "forDigit" || name === "compare" || name === "hashCode" || name === "isSurrogate" || name === "isHighSurrogate" || name === "isLowSurrogate" || name === "toChars" || name === "isValidCodePoint" || name === "charCount") {
        return call(jrt(`Character.${name}`), ...a);
      }
      return undefined;
    case "java.lang.Character.UnicodeBlock":
    case "java.lang.Character.UnicodeScript":
      // Java's references are nullable: a null block reaches any UnicodeBlock slot.
      return name === "of" ? ts.nonNull(call(jrt(`${owner === "java.lang.Character.UnicodeBlock" ? "UnicodeBlock" : "UnicodeScript"}.of`), a[0]!)) : undefined;
    case "java.lang.Runtime":
      return name === "getRuntime" ? call(jrt("Runtime.getRuntime")) : undefined;
    case "java.lang.System":
      if (name === "exit") return call(jrt("System.exit"), a[0]!);
      if (name === "currentTimeMillis" || name === "nanoTime" || name === "lineSeparator" || name === "identityHashCode") return call(jrt(`System.${name}`), ...a);
      if (name === "arraycopy") return call(jrtx("arraycopy"), ...a);
      return undefined;
    case "java.util.Objects":
      switch (name) {
        case "equals":
          return call(jrt("jequals"), ...a);
        case "hash":
          return call(jrt("objectsHash"), ...spreadArgs(args).map((x, i) => (args[0]?.varargs?.[i] ? boxForObject(args[0].varargs[i]!) : x)));
        case "hashCode":
          return call(jrt("jhash"), a[0]!);
        case "toString":
          return args.length === 2 ? call(jrtx("toStringOr"), ...a) : toStr(tr, a[0]!, t0!);
        case "requireNonNull":
          return call(jrt("requireNonNull"), ...a);
        case "isNull":
          return ts.binary(a[0]!, "===", ts.nullLit());
        case "nonNull":
          return ts.binary(a[0]!, "!==", ts.nullLit());
        case "requireNonNullElse":
          return call(jrtx("requireNonNullElse"), a[0]!, a[1]!);
      }
      return undefined;
    case "java.util.Arrays":
      return arraysCall(name, args);
    case "java.util.Collections":
      if (["sort", "reverse", "shuffle", "swap", "max", "min", "frequency", "nCopies", "emptyList", "singletonList", "emptyMap", "emptySet", "singleton", "unmodifiableList", "unmodifiableSet", "unmodifiableMap", "unmodifiableCollection", "reverseOrder", "fill", "binarySearch", "disjoint", "rotate"].includes(name)) {
        return call(jrt(`Collections.${name}`), ...a);
      }
      if (name.startsWith("synchronized")) return call(jrt(`Collections.${name}`), a[0]!);
      if (name === "checkedList" || name === "checkedSet" || name === "checkedCollection") return call(jrtx("checkedCollection"), a[0]!, a[1]!);
      if (name === "addAll") return call(jrt("Collections.addAll"), a[0]!, ...spreadArgs(args.slice(1)));
      if (name === "copy") return call(jrtx("collectionsCopy"), ...a);
      if (name === "singletonMap") return call(jrtx("singletonMap"), ...a);
      if (name === "indexOfSubList" || name === "lastIndexOfSubList") return call(jrtx(name), ...a);
      return undefined;
    case "java.util.List":
      if (name === "of") return call(jrtx("listOf"), ts.str(kindOf(ref.typeArgs[0]) ?? "obj"), ...spreadArgs(args));
      if (name === "copyOf") return call(jrt("List.copyOf"), a[0]!);
      return undefined;
    case "java.util.Set":
      if (name === "of") return call(jrt("JavaSet.of"), ...spreadArgs(args));
      if (name === "copyOf") return call(jrt("JavaSet.copyOf"), a[0]!);
      return undefined;
    case "java.util.Map":
      if (name === "of") return call(jrt("JavaMap.of"), ...a);
      if (name === "entry") return call(jrt("JavaMap.entry"), ...a);
      if (name === "copyOf") return call(jrtx("mapCopyOf"), a[0]!);
      if (name === "ofEntries") return call(jrtx("mapOfEntries"), ...spreadArgs(args));
      return undefined;
    case "java.util.Map.Entry":
      if (name === "comparingByKey" || name === "comparingByValue") return call(jrtx(name), ...a);
      return undefined;
    case "java.util.Comparator":
      switch (name) {
        case "comparing":
        case "comparingInt":
        case "comparingLong":
        case "comparingDouble":
          return call(jrt("Comparators.comparing"), ...a);
        case "naturalOrder":
          return jrt("Comparators.naturalOrder");
        case "reverseOrder":
          return call(jrt("Collections.reverseOrder"));
        case "nullsFirst":
        case "nullsLast":
          return call(jrtx(name), a[0]!);
      }
      return undefined;
    case "java.util.function.Function":
    case "java.util.function.UnaryOperator":
      if (name === "identity") return call(jrtx("identity"));
      return undefined;
    case "java.util.function.Predicate":
      if (name === "not") return call(jrtx("negate"), a[0]!);
      if (name === "isEqual") return call(jrtx("isEqual"), a[0]!);
      return undefined;
    case "java.util.Optional":
    case "java.util.OptionalInt":
    case "java.util.OptionalDouble":
    case "java.util.OptionalLong":
      if (name === "of" || name === "ofNullable" || name === "empty") return call(jrt(`Optional.${name}`), ...a);
      return undefined;
    case "java.math.BigInteger":
      if (name === "valueOf") return call(jrt("BigInteger.valueOf"), a[0]!);
      return undefined;
    case "java.math.BigDecimal":
      if (name === "valueOf") return p0 === "double" || p0 === "float" ? call(jrt("BigDecimal.valueOfDouble"), a[0]!) : call(jrt("BigDecimal.valueOf"), ...a);
      return undefined;
    case "java.util.stream.Stream":
    case "java.util.stream.IntStream":
    case "java.util.stream.LongStream":
    case "java.util.stream.DoubleStream":
    case "java.util.stream.Collectors":
    case "java.util.stream.StreamSupport": {
      const kind = owner === "java.util.stream.IntStream" ? "int" : owner === "java.util.stream.LongStream" ? "long" : owner === "java.util.stream.DoubleStream" ? "double" : "obj";
      if (owner === "java.util.stream.Collectors") return call(jrtx(`Collectors.${name}`), ...a);
      if (name === "of") return call(jrtx("streamOf"), ts.str(kind), ...spreadArgs(args));
      if (name === "empty") return call(jrtx("streamOf"), ts.str(kind));
      if (["range", "rangeClosed", "iterate", "generate", "concat"].includes(name)) return call(jrtx(`Streams.${name}`), ts.str(kind), ...a);
      return undefined;
    }
  }
  return undefined;
}

function mathCall(name: string, args: Arg[], declP0: string | undefined, declPs: (string | undefined)[] = []): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  if ((name === "floorMod" || name === "floorDiv") && declPs[0] === "long" && declPs[1] === "int") {
    const r = call(jrt(`JMath.${name}L`), a[0]!, call(ts.id("BigInt"), a[1]!));
    return name === "floorMod" ? call(ts.id("Number"), r) : r;
  }
  const isLong = declP0 === "long";
  const isInt = declP0 === "int";
  switch (name) {
    case "abs":
      return isLong ? call(jrt("JMath.absL"), a[0]!) : isInt ? call(jrt("JMath.abs"), a[0]!) : declP0 === "float" ? call(ts.prop("Math", "abs"), a[0]!) : call(ts.prop("Math", "abs"), a[0]!);
    case "max":
    case "min":
      if (isLong) return call(jrtx(name === "max" ? "lmax" : "lmin"), ...a);
      return call(ts.prop("Math", name), ...a);
    case "round":
      return declP0 === "float" ? call(jrt("JMath.roundF"), a[0]!) : call(jrt("JMath.round"), a[0]!);
    case "floorDiv":
    case "floorMod":
      return call(jrt(`JMath.${name}${isLong ? "L" : ""}`), ...a);
    case "addExact":
    case "subtractExact":
    case "multiplyExact":
      return call(jrt(`JMath.${name}${isLong ? "L" : ""}`), ...a);
    case "negateExact":
    case "incrementExact":
    case "decrementExact":
      return call(jrt(`JMath.${name}${isLong ? "L" : ""}`), ...a);
    case "toIntExact":
    case "signum":
    case "rint":
      return call(jrt(`JMath.${name}`), ...a);
    case "ulp":
      return call(jrtx(declP0 === "float" ? "ulpF" : "ulp"), a[0]!);
    case "IEEEremainder":
      return call(jrtx("ieeeRemainder"), ...a);
    case "nextUp":
      return call(jrtx(declP0 === "float" ? "nextUpF" : "nextUp"), a[0]!);
    case "nextDown":
      return declP0 === "float" ? undefined : call(jrtx("nextDown"), a[0]!);
    case "scalb":
      return declP0 === "float" ? call(ts.prop("Math", "fround"), call(jrtx("scalb"), ...a)) : call(jrtx("scalb"), ...a);
    case "getExponent":
      return declP0 === "float" ? undefined : call(jrtx("getExponent"), a[0]!);
    case "multiplyHigh":
      return call(jrtx("multiplyHigh"), ...a);
    case "fma":
      return ts.binary(ts.binary(a[0]!, "*", a[1]!), "+", a[2]!);
    case "absExact":
      return call(jrt(isLong ? "JMath.absExactL" : "JMath.absExact"), a[0]!);
    case "toRadians":
      return ts.binary(ts.binary(a[0]!, "/", ts.num(180)), "*", ts.prop("Math", "PI"));
    case "toDegrees":
      return ts.binary(ts.binary(a[0]!, "*", ts.num(180)), "/", ts.prop("Math", "PI"));
  }
  if (MATH_DIRECT.has(name)) return call(ts.prop("Math", name), ...a);
  return undefined;
}

function arraysCall(name: string, args: Arg[]): ts.Expr | undefined {
  const a = args.map((x) => x.e);
  switch (name) {
    case "toString": {
      const t = args[0]!.t;
      const k = t.kind === "array" ? kindOf(t.elem) : undefined;
      return k && t.kind === "array" && t.elem.kind === "class" ? call(jrt("Arrays.toString"), a[0]!, ts.str(k)) : call(jrt("Arrays.toString"), a[0]!);
    }
    case "asList":
      return args.length === 1 && !args[0]!.varargs && args[0]!.t.kind === "array" ? call(jrt("Arrays.asListView"), a[0]!) : call(jrt("Arrays.asList"), ...spreadArgs(args));
    case "stream":
      return args.length === 3 ? call(jrtx("stream"), method(a[0]!, "slice", a[1]!, a[2]!), ts.str(streamKind(args[0]!.t))) : call(jrtx("stream"), a[0]!, ts.str(streamKind(args[0]!.t)));
    case "deepEquals":
    case "deepHashCode":
      return call(jrtx(name), ...a);
    case "sort":
    case "fill":
    case "copyOf":
    case "copyOfRange":
    case "equals":
    case "hashCode":
    case "deepToString":
    case "binarySearch":
      return call(jrt(`Arrays.${name}`), ...a);
    case "mismatch":
    case "compare":
    case "setAll":
    case "parallelPrefix":
      return args.length === 2 ? call(jrt(`Arrays.${name}`), ...a) : undefined;
  }
  return undefined;
}

function streamKind(t: JType): string {
  if (t.kind !== "array" || t.elem.kind !== "prim") return "obj";
  return t.elem.name === "long" ? "long" : t.elem.name === "double" ? "double" : "int";
}

/** Reader methods the runtime's StringReader / BufferedReader implement. */
const READER_METHODS = new Set(["read", "readLine", "close"]);

/** `new X(…)` for a JDK class. */
export function jdkNew(tr: Translator, t: JType & { kind: "class" }, args: Arg[]): ts.Expr {
  const a = args.map((x) => x.e);
  let targs = t.args.length && !t.args.some((x) => x.kind === "wildcard") ? t.args.map((x) => tr.tsType(x)) : undefined;
  // A diamond the model could not infer (`new TreeMap<>(reverseOrder())`) comes back as Object: let tsc infer from the context instead.
  if (targs?.some((x) => x.kind === "KeywordType" && x.name === "unknown")) targs = undefined;
  const fqn = t.fqn;
  switch (fqn) {
    case "java.lang.String":
      if (!args.length) return ts.str("");
      if (args[0]!.t.kind === "array" && (args[0]!.t as { elem: JType }).elem.kind === "prim" && ((args[0]!.t as { elem: JType }).elem as { name: string }).name === "byte") return call(jrtx("decodeBytes"), a[0]!);
      if (args[0]!.t.kind === "array") return call(jrt("newStringFromChars"), ...a);
      return a[0]!;
    case "java.lang.Object":
      return ts.newExpr(ts.id("Object"), []);
    case "java.lang.StringBuilder":
    case "java.lang.StringBuffer":
      return ts.newExpr(jrt("StringBuilder"), a);
    case "java.math.BigDecimal":
      if (args[0] && isString(args[0].t)) return call(jrt("BigDecimal.parse"), a[0]!);
      if (args[0] && primOf(args[0].t) === "double") return call(jrt("BigDecimal.fromDoubleExact"), a[0]!);
      if (args[0] && primOf(args[0].t) === "int") return call(jrt("BigDecimal.valueOf"), call(ts.id("BigInt"), a[0]!));
      return unsupported("BigDecimal constructor");
    case "java.io.StringReader":
      return ts.newExpr(jrt("StringReader"), a);
    case "java.io.BufferedReader":
      // The runtime only has string readers; tsc rejects any other reader passed here.
      return args.length === 1 ? ts.newExpr(jrt("BufferedReader"), a) : unsupported("BufferedReader(Reader, int)");
    case "java.math.BigInteger":
      return ts.newExpr(jrt("BigInteger"), a);
    case "java.math.MathContext":
      return args.length <= 2 && (!args[0] || primOf(args[0].t) === "int") ? ts.newExpr(jrt("MathContext"), a) : unsupported("MathContext(String)");
    case "java.util.Random":
      return ts.newExpr(jrt("Random"), a);
    case "java.util.BitSet":
      return ts.newExpr(jrt("BitSet"), a);
    case "java.lang.Thread":
      return args.length <= 1 ? ts.newExpr(jrt("Thread"), a) : unsupported("Thread constructor with a name or group");
    case "java.util.StringJoiner":
    case "java.util.concurrent.atomic.AtomicInteger":
    case "java.util.concurrent.atomic.AtomicLong":
      return ts.newExpr(qname(jdkClassName(fqn)!), a);
    case "java.util.EnumMap": // new EnumMap<>(E.class) is an empty map in ordinal order; new EnumMap<>(map) copies
      return ts.newExpr(jrt("TreeMap"), [args[0] && args[0].t.kind === "class" && args[0].t.fqn === "java.lang.Class" ? ts.nullLit() : (a[0] ?? ts.nullLit())], targs);
  }
  const name = jdkClassName(fqn);
  const sym = tr.model.lookupType(fqn);
  if (name && sym && (tr.prog.isSubtype(fqn, "java.util.Collection") || tr.prog.isSubtype(fqn, "java.util.Map"))) {
    const isMap = tr.prog.isSubtype(fqn, "java.util.Map");
    if (isMap) {
      const kk = kindOf(t.args[0]);
      const vk = kindOf(t.args[1]);
      const kinds = kk || vk ? ts.object({ ...(kk && { key: ts.str(kk) }), ...(vk && { value: ts.str(vk) }) }) : undefined;
      if (fqn === "java.util.LinkedHashMap" && args.length === 3) return ts.newExpr(qname(name), [a[0]!, a[1]!, a[2]!, ...(kinds ? [kinds] : [])], targs);
      if (fqn === "java.util.TreeMap") return ts.newExpr(qname(name), [a[0] ?? ts.nullLit(), ...(kinds ? [kinds] : [])], targs);
      return ts.newExpr(qname(name), [a[0] ?? ts.nullLit(), ...(kinds ? [kinds] : [])], targs);
    }
    const k = kindOf(t.args[0]);
    if (fqn === "java.util.PriorityQueue") return ts.newExpr(qname(name), [...a, ...(k ? (a.length === 0 ? [ts.nullLit(), ts.str(k)] : a.length === 1 ? [ts.str(k)] : []) : [])], targs);
    if (k) return ts.newExpr(qname(name), [a[0] ?? ts.nullLit(), ts.str(k)], targs);
    return ts.newExpr(qname(name), a, targs);
  }
  if (name && sym && tr.prog.isSubtype(fqn, "java.lang.Throwable")) return ts.newExpr(qname(name), a);
  return unsupported(`new ${fqn}`);
}

/** A JDK static field: constants are inlined, the rest read from jrt. */
export function jdkStaticField(tr: Translator, owner: string, name: string): ts.Expr {
  if (owner === "java.lang.System" && (name === "out" || name === "err")) return jrt(`System.${name}`);
  if (owner === "java.lang.String" && name === "CASE_INSENSITIVE_ORDER") return jrt("compareToIgnoreCase");
  if (owner === "java.nio.charset.StandardCharsets") return ts.str(name);
  if (owner === "java.util.Locale") return ts.str(name);
  if (owner === "java.lang.Character.UnicodeBlock" || owner === "java.lang.Character.UnicodeScript") return call(jrt(`${owner.slice(owner.lastIndexOf(".") + 1)}.named`), ts.str(name));
  const f = tr.model.lookupType(owner)?.fields.find((x) => x.name === name);
  if (f?.constLiteral !== undefined) {
    const v = f.constLiteral.replace(/[lL]$/, "");
    return v.startsWith("-") ? ts.unary("-", ts.bigint(v.slice(1))) : ts.bigint(v);
  }
  if (f && typeof f.constValue === "number" && Number.isFinite(f.constValue)) {
    const v = f.constValue;
    if (primOf(f.type) === "char") return ts.num(v);
    return v < 0 || Object.is(v, -0) ? ts.unary("-", ts.num(-v)) : ts.num(v);
  }
  if (f && typeof f.constValue === "string" && primOf(f.type) === "char") return ts.num(f.constValue.charCodeAt(0));
  if (f && typeof f.constValue === "string") return ts.str(f.constValue);
  if (f && typeof f.constValue === "boolean") return ts.bool(f.constValue);
  switch (owner) {
    case "java.lang.Double":
    case "java.lang.Float":
      if (["POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN", "MAX_VALUE", "MIN_VALUE", "MIN_NORMAL"].includes(name)) return jrt(`${owner === "java.lang.Float" ? "Float" : "Double"}.${name}`);
      break;
    case "java.lang.Math":
      if (name === "PI" || name === "E") return ts.prop("Math", name);
      break;
    case "java.math.BigInteger":
    case "java.math.BigDecimal":
      return jrt(`${owner.slice(10)}.${name}`);
    case "java.math.RoundingMode":
      return jrt(`RoundingMode.${name}`);
    case "java.math.MathContext":
      return jrt(`MathContext.${name}`);
    case "java.lang.Boolean":
      if (name === "TRUE" || name === "FALSE") return ts.bool(name === "TRUE");
      break;
    case "java.lang.Integer":
    case "java.lang.Long":
    case "java.lang.Character":
    case "java.lang.Short":
    case "java.lang.Byte":
      return jrt(`${owner.slice(10) === "Short" || owner.slice(10) === "Byte" ? "Integer" : owner.slice(10)}.${name}`);
  }
  return unsupported(`JDK field ${owner}.${name}`);
}
