// The JDK library as Go: calls, fields and constructors of java.lang/java.util/java.math types
// mapped onto jrt (and a little of Go's standard library). Unmapped members throw Unsupported,
// so the enclosing method becomes a marked stub instead of wrong code.

import * as go from "../../ir/go.js";
import type * as J from "../../parse/ast.js";
import { box } from "../../semantic/type-ops.js";
import { typeToString, type FieldSymbol, type JType, type MethodSymbol, type Ref } from "../../semantic/types.js";
import type { Translator } from "./body.js";
import { unsupported } from "./context.js";
import { exported } from "./names.js";
import { BOXES } from "./types.js";
import type { GE } from "./values.js";

type MethodRef = Extract<Ref, { kind: "method" }>;

const OBJECT: JType = { kind: "class", fqn: "java.lang.Object", args: [] };
const prim = (name: J.PrimitiveName): JType => ({ kind: "prim", name });
const INT = prim("int");
const LONG = prim("long");
const DOUBLE = prim("double");
const CHAR = prim("char");
const STRING: JType = { kind: "class", fqn: "java.lang.String", args: [] };

/** One JDK call being translated. */
class Call {
  constructor(
    readonly tr: Translator,
    readonly m: MethodSymbol,
    readonly ref: MethodRef | undefined,
    readonly recv: GE | undefined,
    readonly args: GE[],
    readonly j: JType,
    readonly node: J.Node,
  ) {}

  jrt(name: string): go.SelectorExpr {
    return this.tr.v.jrt(name);
  }

  /** Argument `i` converted to Java type `t`. */
  arg(i: number, t: JType): go.Expr {
    const a = this.args[i];
    if (!a) return unsupported(`missing argument ${i} of ${this.m.name}`);
    return this.tr.convert(a, t).e;
  }

  /** Argument `i` as a Go `any` (typed first, so jrt's type switches see Java's static type). */
  any(i: number): go.Expr {
    const a = this.args[i]!;
    // jrt's type switches take primitives unboxed (no allocation for println(int), format args, ...).
    if (/^(u?int(8|16|32|64)|float(32|64)|bool)$/.test(a.t)) return this.tr.v.settle(a).e;
    return this.tr.v.coerce(a, "any", OBJECT).e;
  }

  /** Argument `i` converted to the (substituted) parameter type. */
  param(i: number): go.Expr {
    const p = this.ref?.params[i] ?? this.m.params[i] ?? OBJECT;
    return this.tr.coerceTo(this.args[i]!, p).e;
  }

  /** `param(i)` with a constant given its Go type, for a jrt function generic over it (Go infers `int` for an untyped constant). */
  typedParam(i: number): go.Expr {
    const e = this.param(i);
    const p = this.ref?.params[i] ?? this.m.params[i] ?? OBJECT;
    return e.kind === "BasicLit" ? go.call(go.ident(this.tr.goType(p)), e) : e;
  }

  self(): go.Expr {
    if (!this.recv) return unsupported(`${this.m.name} without receiver`);
    return this.recv.e;
  }

  /** The call's value with its Java result type. */
  res(e: go.Expr, t?: string): GE {
    if (this.j.kind === "void") return { e, t: "", j: this.j };
    return { e, t: t ?? this.tr.goType(this.j), j: this.j };
  }

  /** The result produced by a jrt function whose Go result type is `t`, converted to the Java result type. */
  resAs(e: go.Expr, t: string): GE {
    const want = this.tr.goType(this.j);
    if (t === want) return { e, t, j: this.j };
    return this.tr.v.coerce({ e, t, j: this.j }, want, this.j);
  }

  method(name: string, ...args: go.Expr[]): GE {
    return this.res(go.call(go.sel(this.self(), name), ...args));
  }

  fn(name: string, ...args: go.Expr[]): GE {
    return this.res(go.call(this.jrt(name), ...args));
  }

  /** Go type text of a Java type argument of the result (`List<E>` → E). */
  typeArg(i: number, of: JType = this.j): string {
    const a = of.kind === "class" ? of.args[i] : undefined;
    return this.tr.goType(a && a.kind !== "wildcard" ? a : a?.kind === "wildcard" && a.bound ? a.bound : OBJECT);
  }

  /** Elements of a collection-or-array argument as a Go slice. */
  items(i: number): go.Expr {
    const a = this.args[i]!;
    if (a.t.startsWith("[]")) return a.e;
    return go.call(go.sel(a.e, "Items"));
  }

  argCount(): number {
    return this.args.length;
  }

  paramIs(i: number, name: string): boolean {
    const p = this.m.params[i];
    return !!p && ((p.kind === "prim" && p.name === name) || (p.kind === "class" && p.fqn === name));
  }
}

/** A JDK method call (static when `recv` is undefined). */
export function jdkCall(tr: Translator, m: MethodSymbol, ref: MethodRef | undefined, recv: GE | undefined, args: GE[], j: JType, node: J.Node): GE {
  const c = new Call(tr, m, ref, recv, args, j, node);
  const owner = m.owner;
  // A functional interface's own method: the value is a Go func, or a source class implementing it (a method).
  const fm = tr.prog.types.functionalMethod(owner);
  if (fm && !m.static && recv && fm.name === m.name && fm.params.length === m.params.length) {
    const fun = recv.t.startsWith("func(") ? recv.e : go.sel(recv.e, tr.prog.layout.methodName(m));
    return c.res(go.call(fun, ...args.map((_, i) => c.param(i))));
  }
  if (node.kind === "MethodCall" && (m.name === "getName" || m.name === "getSimpleName") && node.target?.kind === "MethodCall" && node.target.name === "getClass") {
    const inner = node.target.target ? tr.expr(node.target.target) : tr.thisExpr();
    const name = go.call(c.jrt("ClassNameOf"), tr.v.settle(inner).e);
    return c.res(m.name === "getName" ? name : go.call(c.jrt("SimpleName"), name), "string");
  }
  const handler = m.static ? own(STATICS, owner + "." + m.name) ?? own(STATICS, short(owner).replace(/^StrictMath$/, "Math") + "." + m.name) : recv?.t === "*jrt.PrintStream" ? printStream : instanceHandler(tr, owner, recv);
  const out = handler?.(c);
  if (out) return out;
  // Bundled third-party stubs (JUnit, Spring…) are typed like the JDK but have no Go mapping of their own.
  const from = tr.prog.model.lookupType(owner)?.origin === "library" ? "library" : "JDK";
  return unsupported(`${from} ${m.static ? "static " : ""}method ${owner}.${m.name}(${m.params.map(typeToString).join(", ")})`);
}

/** A table lookup that ignores Object.prototype (`toString`, `valueOf` are Java method names too). */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function short(fqn: string): string {
  return fqn.replace(/^java\.(util\.function|util\.stream|lang|util|math)\./, "");
}

type Handler = (c: Call) => GE | undefined;

function instanceHandler(tr: Translator, owner: string, recv: GE | undefined): Handler | undefined {
  if (!recv) return undefined;
  const t = recv.t;
  if (t === "string") return (c) => own(STRING_METHODS, c.m.name)?.(c) ?? objectMethod(c);
  if (t === "*jrt.StringBuilder") return (c) => sbMethod(c) ?? objectMethod(c);
  if (t.startsWith("*") && Object.values(BOXES).includes(t.slice(1))) return (c) => boxedMethod(c) ?? objectMethod(c);
  if (/^\*?jrt\.(ArrayList|HashSet|TreeSet|ArrayDeque|PriorityQueue|Collection|Set|Deque|HashMap|TreeMap|Map|MapEntry|Iterator|ListIterator)\b/.test(t)) return (c) => collectionMethod(c) ?? objectMethod(c);
  if (t.startsWith("*jrt.Stream[")) return (c) => streamMethod(c);
  if (t.startsWith("*jrt.Optional[")) return (c) => optionalMethod(c) ?? objectMethod(c);
  if (t === "*jrt.Random") return (c) => randomMethod(c);
  if (READERS.has(t)) return (c) => readerMethod(c) ?? objectMethod(c);
  if (SIMPLE_JRT_METHODS.has(t)) return (c) => simpleJrtMethod(c, t) ?? objectMethod(c);
  if (t === "*jrt.BigInteger" || t === "*jrt.BigDecimal") return (c) => bigMethod(c) ?? objectMethod(c);
  if (t === "jrt.ThrowableI" || tr.prog.types.isThrowable(owner)) return (c) => throwableMethod(c) ?? objectMethod(c);
  if (t.startsWith("func(")) return (c) => functionalDefault(c);
  if (owner === "java.lang.Enum") return (c) => enumMethod(c) ?? objectMethod(c);
  if (owner === "java.lang.Number") return (c) => numberMethod(c) ?? objectMethod(c);
  return objectMethod;
}

/**
 * jrt classes whose Java methods are the Go methods of the same (exported) name with the same
 * parameters, with the methods jrt has; any other (Thread.start, Locale.getLanguage) is a stub, not
 * a call Go cannot build.
 */
const SIMPLE_JRT_METHODS = new Map<string, Set<string>>([
  ["*jrt.Runtime", new Set(["addShutdownHook", "availableProcessors"])],
  ["*jrt.Thread", new Set(["run"])],
  ["*jrt.IntSummaryStatistics", new Set(["accept", "getCount", "getSum", "getMin", "getMax", "getAverage"])],
  ["*jrt.MathContext", new Set(["getPrecision"])],
  ["*jrt.BitSet", new Set(["set", "clear", "flip", "get", "cardinality", "length", "isEmpty", "nextSetBit", "nextClearBit", "and", "or", "xor", "andNot", "toLongArray", "clone"])],
  ["*jrt.Locale", new Set()],
  ["*jrt.StackTraceElement", new Set(["getClassName", "getMethodName", "getFileName", "getLineNumber"])],
]);

function simpleJrtMethod(c: Call, goType: string): GE | undefined {
  if (!SIMPLE_JRT_METHODS.get(goType)?.has(c.m.name)) return undefined;
  return c.method(exported(c.m.name), ...c.args.map((_, i) => c.param(i)));
}

const READERS = new Set(["jrt.Reader", "*jrt.StringReader", "*jrt.BufferedReader"]);

/** java.io readers: the one-char read(), readLine() and close() (jrt/readers.go); reads into arrays are not mapped. */
function readerMethod(c: Call): GE | undefined {
  if (c.argCount() || !["read", "readLine", "close"].includes(c.m.name)) return undefined;
  if (c.m.name === "readLine" && c.recv!.t !== "*jrt.BufferedReader") return undefined;
  return c.method(exported(c.m.name));
}

/** Number's xxxValue() on a value whose class is not known statically (a type variable bounded by Number). */
function numberMethod(c: Call): GE | undefined {
  const n = c.tr.v.coerce(c.recv!, "any", OBJECT).e;
  const via = (fn: string, t: string, narrow?: string): GE => {
    const e = go.call(c.jrt(fn), n);
    return c.res(narrow ? go.call(narrow, e) : e, t);
  };
  switch (c.m.name) {
    case "intValue":
      return via("NumberIntValue", "int32");
    case "longValue":
      return via("NumberLongValue", "int64");
    case "doubleValue":
      return via("NumberDoubleValue", "float64");
    case "floatValue":
      return via("NumberDoubleValue", "float32", "float32");
    case "shortValue":
      return via("NumberIntValue", "int16", "int16");
    case "byteValue":
      return via("NumberIntValue", "int8", "int8");
  }
  return undefined;
}

/** java.lang.Enum's final methods on a translated enum (which embeds jrt.Enum). */
function enumMethod(c: Call): GE | undefined {
  switch (c.m.name) {
    case "name":
      return c.method("Name");
    case "ordinal":
      return c.method("Ordinal");
    case "compareTo":
      // Enum.compareTo is final: the ordinal difference (also where the enum's static type is its interface).
      return c.res(go.binary(go.call(go.sel(c.self(), "Ordinal")), "-", go.call(go.sel(c.args[0]!.e, "Ordinal"))), "int32");
    case "equals":
      return c.res(go.binary(c.self(), "==", c.any(0)));
  }
  return undefined;
}

/** Object's methods on any receiver: through jrt so overrides and built-in types both answer. */
function objectMethod(c: Call): GE | undefined {
  const x = c.tr.v.settle(c.recv!).e;
  switch (c.m.name) {
    case "toString":
      return c.res(go.call(c.jrt("ToString"), x), "string");
    case "equals":
      return c.res(go.call(c.jrt("Equals"), x, c.any(0)), "bool");
    case "hashCode":
      return c.res(go.call(c.jrt("HashCode"), x), "int32");
    case "compareTo":
      return c.res(go.call(c.jrt("Compare"), x, c.any(0)), "int32");
  }
  return undefined;
}

const STRING_METHODS: Record<string, Handler> = {
  length: (c) => c.fn("StrLength", c.self()),
  charAt: (c) => c.fn("CharAt", c.self(), c.arg(0, INT)),
  isEmpty: (c) => c.res(go.binary(go.call("len", c.self()), "==", go.intLit(0))),
  isBlank: (c) => c.fn("IsBlank", c.self()),
  substring: (c) => (c.argCount() === 1 ? c.fn("Substring1", c.self(), c.arg(0, INT)) : c.fn("Substring", c.self(), c.arg(0, INT), c.arg(1, INT))),
  indexOf: (c) => indexOf(c, "IndexOf"),
  lastIndexOf: (c) => indexOf(c, "LastIndexOf"),
  contains: (c) => c.fn("Contains", c.self(), c.arg(0, STRING)),
  startsWith: (c) => (c.argCount() === 1 ? c.fn("StartsWith", c.self(), c.arg(0, STRING)) : c.fn("StartsWithAt", c.self(), c.arg(0, STRING), c.arg(1, INT))),
  endsWith: (c) => c.fn("EndsWith", c.self(), c.arg(0, STRING)),
  equals: (c) => (c.args[0]!.t === "string" ? c.res(go.binary(c.self(), "==", c.args[0]!.e)) : c.fn("Equals", c.self(), c.any(0))),
  equalsIgnoreCase: (c) => c.fn("EqualsIgnoreCase", c.self(), c.arg(0, STRING)),
  compareTo: (c) => c.fn("CompareTo", c.self(), c.arg(0, STRING)),
  compareToIgnoreCase: (c) => c.fn("CompareToIgnoreCase", c.self(), c.arg(0, STRING)),
  hashCode: (c) => c.fn("StrHashCode", c.self()),
  toUpperCase: (c) => c.fn("ToUpperCase", c.self()),
  toLowerCase: (c) => c.fn("ToLowerCase", c.self()),
  trim: (c) => c.fn("Trim", c.self()),
  strip: (c) => c.fn("Strip", c.self()),
  stripLeading: (c) => c.fn("StripLeading", c.self()),
  stripTrailing: (c) => c.fn("StripTrailing", c.self()),
  repeat: (c) => c.fn("Repeat", c.self(), c.arg(0, INT)),
  replace: (c) => (c.paramIs(0, "char") ? c.fn("ReplaceChar", c.self(), c.arg(0, CHAR), c.arg(1, CHAR)) : c.fn("Replace", c.self(), c.arg(0, STRING), c.arg(1, STRING))),
  replaceAll: (c) => c.fn("ReplaceAll", c.self(), c.arg(0, STRING), c.arg(1, STRING)),
  replaceFirst: (c) => c.fn("ReplaceFirst", c.self(), c.arg(0, STRING), c.arg(1, STRING)),
  matches: (c) => c.fn("Matches", c.self(), c.arg(0, STRING)),
  split: (c) => c.fn("Split", c.self(), c.arg(0, STRING), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(0)),
  toCharArray: (c) => c.fn("ToCharArray", c.self()),
  concat: (c) => c.res(go.binary(c.self(), "+", c.arg(0, STRING))),
  toString: (c: Call) => c.res(c.self()),
  intern: (c) => c.res(c.self()),
  codePointAt: (c) => c.fn("CodePointAt", c.self(), c.arg(0, INT)),
  codePointCount: (c) => (c.argCount() === 2 ? c.fn("CodePointCountRange", c.self(), c.arg(0, INT), c.arg(1, INT)) : c.fn("CodePointCount", c.self())),
  formatted: (c) => c.res(go.callSpread(c.jrt("Format"), c.self(), varargsAny(c, 0))),
  chars: (c) => c.fn("StringChars", c.self()),
  lines: (c) => c.fn("StringLines", c.self()),
  indent: (c) => c.fn("Indent", c.self(), c.arg(0, INT)),
  getChars: (c) => c.fn("GetChars", c.self(), c.arg(0, INT), c.arg(1, INT), c.args[2]!.e, c.arg(3, INT)),
  codePoints: (c) => c.fn("StringCodePoints", c.self()),
  offsetByCodePoints: (c) => c.fn("OffsetByCodePoints", c.self(), c.arg(0, INT), c.arg(1, INT)),
  getBytes: (c) => (c.argCount() === 0 ? c.fn("GetBytes", c.self(), c.jrt("CharsetUTF8")) : c.args[0]!.t === "string" ? c.fn("GetBytes", c.self(), c.args[0]!.e) : undefined),
  regionMatches: (c) =>
    c.argCount() === 4
      ? c.fn("RegionMatches", c.self(), go.ident("false"), c.arg(0, INT), c.arg(1, STRING), c.arg(2, INT), c.arg(3, INT))
      : c.fn("RegionMatches", c.self(), c.arg(0, prim("boolean")), c.arg(1, INT), c.arg(2, STRING), c.arg(3, INT), c.arg(4, INT)),
  contentEquals: (c) => c.res(go.binary(c.self(), "==", go.call(c.jrt("ToString"), c.any(0)))),
};

function indexOf(c: Call, fn: "IndexOf" | "LastIndexOf"): GE {
  const isChar = c.paramIs(0, "int") || c.paramIs(0, "char");
  const from = c.argCount() > 1 ? c.arg(1, INT) : fn === "IndexOf" ? go.intLit(0) : go.call(c.jrt("StrLength"), c.self());
  return isChar ? c.fn(fn + "Char", c.self(), c.arg(0, INT), from) : c.fn(fn, c.self(), c.arg(0, STRING), from);
}

/** The variadic Object... tail of a call as a `[]any` slice expression (for a spread call). */
function varargsAny(c: Call, from: number): go.Expr {
  if (c.ref && !c.ref.varargsCall && c.args.length === from + 1 && c.args[from]!.t.startsWith("[]")) {
    const a = c.args[from]!;
    if (a.t === "[]any") return a.e;
    return unsupported("non-Object array passed as varargs");
  }
  return go.composite(go.sliceType("any"), c.args.slice(from).map((_, i) => c.any(from + i)));
}

function sbMethod(c: Call): GE | undefined {
  switch (c.m.name) {
    case "append": {
      const a = c.args[0]!;
      if (c.argCount() !== 1) return undefined;
      if (a.t === "string") return c.method("AppendString", a.e);
      if (a.t === "uint16") return c.method("AppendChar", a.e);
      if (a.t === "[]uint16") return c.method("AppendChars", a.e);
      return c.method("Append", c.any(0));
    }
    case "insert":
      return c.method("Insert", c.arg(0, INT), c.any(1));
    case "indexOf":
      return c.method("IndexOf", c.arg(0, STRING), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(0));
    case "substring":
      return c.argCount() === 1 ? c.method("Substring1", c.arg(0, INT)) : c.method("Substring", c.arg(0, INT), c.arg(1, INT));
    case "toString": case "length": case "charAt": case "reverse": case "setCharAt": case "deleteCharAt": case "delete":
    case "replace": case "setLength": case "lastIndexOf": case "isEmpty": case "appendCodePoint":
      return c.method(exported(c.m.name), ...c.args.map((_, i) => c.param(i)));
    case "compareTo":
      return c.method("CompareTo", c.any(0));
    case "getChars":
      return c.fn("GetChars", go.call(go.sel(c.self(), "ToString")), c.arg(0, INT), c.arg(1, INT), c.args[2]!.e, c.arg(3, INT));
  }
  return undefined;
}

function boxedMethod(c: Call): GE | undefined {
  const unboxed = go.star(c.self());
  switch (c.m.name) {
    case "intValue": case "longValue": case "doubleValue": case "floatValue": case "shortValue": case "byteValue":
    case "charValue": case "booleanValue":
      return c.tr.convert({ e: unboxed, t: c.recv!.t.slice(1), j: c.m.returnType }, c.j);
    case "equals":
      return c.fn("Equals", c.self(), c.any(0));
    case "compareTo":
      return c.fn("Compare", c.self(), c.any(0));
    case "hashCode":
      return c.fn("HashCode", c.self());
  }
  return undefined;
}

const COLLECTION_RENAMES: Record<string, string> = {
  headSet: "HeadSet", descendingSet: "DescendingSet",
  getKey: "GetKey", getValue: "GetValue", size: "Size", isEmpty: "IsEmpty", clear: "Clear", contains: "Contains",
  containsKey: "ContainsKey", containsValue: "ContainsValue", get: "Get", put: "Put", getOrDefault: "GetOrDefault",
  putIfAbsent: "PutIfAbsent", computeIfAbsent: "ComputeIfAbsent", computeIfPresent: "ComputeIfPresent", compute: "Compute",
  merge: "Merge", set: "Set", indexOf: "IndexOf", lastIndexOf: "LastIndexOf", push: "Push", pop: "Pop", peek: "Peek",
  poll: "Poll", offer: "Offer", addFirst: "AddFirst", addLast: "AddLast", offerFirst: "OfferFirst", offerLast: "OfferLast",
  pollFirst: "PollFirst", pollLast: "PollLast", peekFirst: "PeekFirst", peekLast: "PeekLast", removeFirst: "RemoveFirst",
  removeLast: "RemoveLast", getFirst: "GetFirst", getLast: "GetLast", hasNext: "HasNext", next: "Next",
  firstKey: "FirstKey", lastKey: "LastKey", firstEntry: "FirstEntry", lastEntry: "LastEntry", pollFirstEntry: "PollFirstEntry",
  pollLastEntry: "PollLastEntry", floorKey: "FloorKey", ceilingKey: "CeilingKey", lowerKey: "LowerKey", higherKey: "HigherKey",
  floorEntry: "FloorEntry", ceilingEntry: "CeilingEntry", lowerEntry: "LowerEntry", higherEntry: "HigherEntry",
  first: "First", last: "Last", floor: "Floor", ceiling: "Ceiling", lower: "Lower", higher: "Higher", forEach: "ForEach",
  removeIf: "RemoveIf", setValue: "SetValue", hasPrevious: "HasPrevious", previous: "Previous", nextIndex: "NextIndex", previousIndex: "PreviousIndex", replaceAll: "ReplaceAll", empty: "Empty", element: "GetFirst", subMap: "SubMap",
};

/** Methods taking `Object` that Go's generic collections type by element (or key, or value). */
const BY_ELEMENT: Record<string, number[]> = {
  contains: [0], indexOf: [0], lastIndexOf: [0], remove: [0], get: [0], containsKey: [0], getOrDefault: [0, 1], containsValue: [1],
};

/** Final classes whose instances equal only instances of the same class: String and the boxes. */
const VALUE_CLASSES = new Set(["java.lang.String", ...Object.keys(BOXES)]);

/**
 * get/contains/remove(Object)… whose argument can never equal an element or key (an Integer looked up
 * in a Map<Long, …>: Java's Integer.equals(Long) is false), so the argument is not converted to the
 * element type (which would find 1L for 1): receiver and argument are evaluated, the result is the miss.
 */
function unmatchedLookup(c: Call, isMap: boolean, isList: boolean): GE | undefined {
  const rj = c.recv!.j;
  const slots = own(BY_ELEMENT, c.m.name);
  if (!slots || rj.kind !== "class" || !c.argCount() || (isList && c.m.name === "remove" && c.paramIs(0, "int"))) return undefined;
  const p0 = c.m.params[0];
  if (p0?.kind !== "class" || p0.fqn !== "java.lang.Object") return undefined;
  const ej = rj.args[Math.min(isMap ? slots[0]! : 0, rj.args.length - 1)];
  const a = box(c.args[0]!.j);
  if (ej?.kind !== "class" || a.kind !== "class" || a.fqn === ej.fqn || !VALUE_CLASSES.has(a.fqn) || !VALUE_CLASSES.has(ej.fqn)) return undefined;
  const miss = (m: go.Expr): GE => c.fn("Unmatched", c.self(), c.any(0), m);
  switch (c.m.name) {
    case "get":
      return miss(go.call(go.inst(c.jrt("Null"), go.ident(c.tr.goType(c.j)))));
    case "remove":
      return miss(isMap ? go.call(go.inst(c.jrt("Null"), go.ident(c.tr.goType(c.j)))) : go.ident("false"));
    case "getOrDefault":
      return c.argCount() === 2 ? miss(c.typedParam(1)) : undefined;
    case "indexOf": case "lastIndexOf":
      return miss(go.call(go.ident("int32"), go.intLit(-1)));
    case "contains": case "containsKey": case "containsValue":
      return miss(go.ident("false"));
  }
  return undefined;
}

function collectionMethod(c: Call): GE | undefined {
  const t = c.recv!.t;
  const rj = c.recv!.j;
  const isMap = /^\*jrt\.(HashMap|TreeMap)|^jrt\.Map/.test(t);
  const isList = t.startsWith("*jrt.ArrayList");
  const missed = unmatchedLookup(c, isMap, isList);
  if (missed) return missed;
  const params = c.args.map((a, i) => {
    const slots = own(BY_ELEMENT, c.m.name);
    const objectParam = c.m.params[i]?.kind === "class" && (c.m.params[i] as { fqn: string }).fqn === "java.lang.Object";
    if (slots && objectParam && rj.kind === "class" && !(isList && c.m.name === "remove" && c.paramIs(0, "int"))) {
      const slot = isMap ? (slots[i] ?? 0) : 0;
      const ej = rj.args[Math.min(slot, rj.args.length - 1)];
      if (ej) return c.tr.coerceTo(a, ej.kind === "wildcard" ? (ej.bound ?? OBJECT) : ej).e;
    }
    return c.param(i);
  });
  const isStack = rj.kind === "class" && rj.fqn === "java.util.Stack";
  if (t.startsWith("jrt.Iterator[") && c.m.name === "remove") return c.fn("IteratorRemove", c.self());
  if (t.startsWith("*jrt.ListIterator[") && c.m.name === "remove") return c.method("Remove");
  const range = c.m.name === "clear" ? subListOf(c) : undefined;
  if (range) return c.res(go.call(go.sel(range.list, "RemoveRange"), range.from, range.to));
  if (c.m.name === "removeIf") {
    const written = mapViewRemoveIf(c, params[0]!);
    if (written) return written;
  }
  switch (c.m.name) {
    case "forEach":
      // Collection/Set/Deque are Go interfaces without ForEach (their implementations differ in it).
      if (/^jrt\.(Collection|Set|Deque)\[/.test(t)) return c.fn("ForEachItem", c.self(), params[0]!);
      break;
    case "push":
      return isStack ? c.method("Push", ...params) : c.method("AddFirst", ...params);
    case "pop":
      return isStack ? c.method("Pop") : c.method("RemoveFirst");
    case "search":
      return isStack ? c.method("Search", ...params) : undefined;
    case "peek":
      return isStack || t.startsWith("*jrt.PriorityQueue") ? c.method("Peek") : c.method("PeekFirst");
    case "add":
      if (c.argCount() === 2) return c.method("AddAt", ...params);
      if (t.startsWith("jrt.Deque") || t.startsWith("*jrt.ArrayDeque")) return c.res(go.call(go.sel(c.self(), "Offer"), ...params), "bool");
      return c.method("Add", ...params);
    case "remove":
      if (c.argCount() === 0) return t.startsWith("*jrt.PriorityQueue") ? c.method("Remove") : c.method("RemoveFirst");
      if (isMap) return c.method("Remove", ...params);
      if (isList && c.paramIs(0, "int")) return c.method("RemoveAt", ...params);
      if (t.startsWith("*jrt.PriorityQueue")) return c.method("RemoveObject", ...params);
      return c.method("Remove", ...params);
    case "putAll":
      if (!isMap) return undefined;
      return t.startsWith("jrt.Map") ? c.fn("MapPutAll", c.self(), c.param(0)) : c.method("PutAll", c.param(0));
    case "addAll":
      if (c.argCount() === 2) return c.method("AddAllAt", c.arg(0, INT), c.items(1));
      return c.method("AddAll", c.items(0));
    case "keySet":
      return c.res(go.call(c.jrt("LinkedSetOf"), go.call(go.sel(c.self(), "Keys"))));
    case "values":
      return c.res(go.callSpread(c.jrt("NewArrayList"), go.call(go.sel(c.self(), "Values"))));
    case "entrySet":
      return c.res(go.call(c.jrt("LinkedSetOf"), go.call(go.sel(c.self(), "Entries"))));
    case "iterator":
      if (/^\*jrt\.(ArrayList|HashSet)/.test(t)) return c.res(go.call(go.sel(c.self(), "Iterator")));
      return c.res(go.call(c.jrt("Iter"), go.call(go.sel(c.self(), "Items"))));
    case "toArray":
      return c.argCount() === 0 || /^(\*jrt|jrt)/.test(t) ? c.res(go.call(go.sel(c.self(), "Items"))) : undefined;
    case "sort":
      return c.method("Sort", c.args[0]!.t === "nil" ? go.ident("nil") : params[0]!);
    case "subList":
      return c.method("SubList", ...params);
    case "headMap": case "tailMap":
      return c.method(c.m.name === "headMap" ? "HeadMap" : "TailMap", params[0]!, c.argCount() > 1 ? params[1]! : go.ident(c.m.name === "tailMap" ? "true" : "false"));
    case "descendingIterator":
      return c.res(go.call(c.jrt("DescendingIter"), go.call(go.sel(c.self(), "Items"))));
    case "listIterator":
      return isList && c.argCount() === 0 ? c.fn("NewListIterator", c.self()) : undefined;
    case "descendingMap":
      return c.method("DescendingMap");
    case "descendingKeySet":
      return c.res(go.callSpread(c.jrt("NewArrayList"), go.call(go.sel(c.self(), "DescendingKeys"))));
    case "stream":
      return c.res(go.call(c.jrt("NewStream"), go.call(go.sel(c.self(), "Items"))));
  }
  const rename = own(COLLECTION_RENAMES, c.m.name);
  if (rename) return c.resAs(go.call(go.sel(c.self(), rename), ...params), returnGo(c, t));
  return undefined;
}

/** The list and bounds of a `list.subList(from, to)` receiver (jrt's subList is a copy, so `clear()` on it goes to the list). */
function subListOf(c: Call): { list: go.Expr; from: go.Expr; to: go.Expr } | undefined {
  const sub = c.node.kind === "MethodCall" ? c.node.target : undefined;
  if (sub?.kind !== "MethodCall" || sub.name !== "subList" || !sub.target || sub.args.length !== 2) return undefined;
  const list = c.tr.expr(sub.target);
  if (!list.t.startsWith("*jrt.ArrayList[")) return undefined;
  const int = (e: J.Expr): go.Expr => c.tr.coerceTo(c.tr.expr(e), INT).e;
  return { list: list.e, from: int(sub.args[0]!), to: int(sub.args[1]!) };
}

/**
 * `map.keySet()/values()/entrySet().removeIf(p)`: the views are snapshots in jrt, so the removal is
 * made on the map itself, as Java's views write through.
 */
function mapViewRemoveIf(c: Call, pred: go.Expr): GE | undefined {
  const view = c.node.kind === "MethodCall" ? c.node.target : undefined;
  if (view?.kind !== "MethodCall" || !view.target || !["keySet", "values", "entrySet"].includes(view.name) || view.args.length) return undefined;
  const map = c.tr.expr(view.target);
  if (map.j.kind !== "class" || !/^\*?jrt\.(HashMap|TreeMap|Map)\[/.test(map.t)) return undefined;
  const [k, v] = [c.typeArg(0, map.j), c.typeArg(1, map.j)];
  const entry = `*jrt.MapEntry[${k}, ${v}]`;
  const part = view.name === "keySet" ? go.sel("e", "Key") : view.name === "values" ? go.sel("e", "Value") : go.ident("e");
  const onEntry = go.funcLit(go.funcType([go.field("e", entry)], [go.param("bool")]), [go.ret(go.call(pred, part))]);
  return c.res(go.call(go.inst(c.jrt("MapRemoveIf"), go.ident(k), go.ident(v)), map.e, onEntry), "bool");
}

/** The Go type a jrt collection method returns: the element/value type where Java's is erased or boxed. */
function returnGo(c: Call, _recvT: string): string {
  return c.j.kind === "void" ? "" : c.tr.goType(c.j);
}

function optionalMethod(c: Call): GE | undefined {
  const params = c.args.map((_, i) => c.param(i));
  switch (c.m.name) {
    case "getAsInt": case "getAsLong": case "getAsDouble":
      return c.method("Get");
    case "isPresent": case "isEmpty": case "get": case "orElse": case "orElseGet": case "ifPresent":
      return c.method(exported(c.m.name), ...params);
    case "orElseThrow":
      return c.argCount() === 0 ? c.method("Get") : c.fn("OptionalOrElseThrow", c.self(), params[0]!);
    case "map":
      return c.res(go.call(go.inst(c.jrt("OptionalMap"), go.ident(c.typeArg(0, c.recv!.j)), go.ident(c.typeArg(0))), c.self(), params[0]!));
    case "filter":
      return c.fn("OptionalFilter", c.self(), params[0]!);
    case "or":
      return c.fn("OptionalOr", c.self(), params[0]!);
    case "stream":
      return c.fn("OptionalStream", c.self());
    case "flatMap":
      return c.res(go.call(go.inst(c.jrt("OptionalFlatMap"), go.ident(c.typeArg(0, c.recv!.j)), go.ident(c.typeArg(0))), c.self(), params[0]!));
    case "ifPresentOrElse":
      return c.fn("OptionalIfPresentOrElse", c.self(), params[0]!, params[1]!);
  }
  return undefined;
}

function randomMethod(c: Call): GE | undefined {
  switch (c.m.name) {
    case "nextInt":
      if (c.argCount() === 0) return c.method("NextInt");
      if (c.argCount() === 1) return c.method("NextIntBound", c.arg(0, INT));
      return c.method("NextIntRange", c.arg(0, INT), c.arg(1, INT));
    case "nextDouble": case "nextBoolean": case "nextLong": case "nextGaussian": case "nextFloat":
      return c.argCount() === 0 ? c.method(exported(c.m.name)) : undefined;
    case "setSeed":
      return c.method("SetSeed", c.arg(0, LONG));
    case "ints":
      return c.argCount() === 3 ? c.method("Ints", c.arg(0, LONG), c.arg(1, INT), c.arg(2, INT)) : undefined;
    case "nextBytes":
      return c.method("NextBytes", c.args[0]!.e);
  }
  return undefined;
}

const BIG_METHODS = new Set([
  "abs", "add", "bitLength", "compareTo", "divide", "doubleValue", "gcd", "intValue", "intValueExact", "isProbablePrime",
  "longValue", "longValueExact", "max", "min", "mod", "modPow", "multiply", "negate", "pow", "remainder", "shiftLeft",
  "shiftRight", "signum", "subtract", "testBit", "precision", "scale", "setScale", "stripTrailingZeros", "toBigInteger",
  "toPlainString", "unscaledValue", "or", "and", "xor", "andNot", "not", "modInverse", "movePointLeft", "movePointRight",
  "divideToIntegralValue", "bitCount", "getLowestSetBit", "setBit", "clearBit", "flipBit", "sqrt", "toEngineeringString",
  "divideAndRemainder", "round",
]);

function bigMethod(c: Call): GE | undefined {
  const name = c.m.name;
  if (name === "toString") return c.argCount() === 0 ? c.method("ToString") : c.method("ToStringRadix", c.arg(0, INT));
  if (name === "equals") return c.method("Equals", c.any(0));
  if (name === "hashCode") return c.method("HashCode");
  if (name === "compareTo") return c.method("CompareTo", c.param(0));
  if (name === "divide" && c.recv!.t === "*jrt.BigDecimal" && c.paramIs(1, "java.math.MathContext")) return c.method("DivideMathContext", c.param(0), c.param(1));
  if (name === "divide" && c.recv!.t === "*jrt.BigDecimal" && c.argCount() === 2) return c.method("DivideRounding", c.param(0), c.param(1));
  if (name === "divide" && c.recv!.t === "*jrt.BigDecimal" && c.argCount() === 3) return c.method("DivideScale", c.param(0), c.param(1), c.param(2));
  if (name === "signum" && c.recv!.t === "*jrt.BigDecimal") return c.method("Signum");
  if (name === "setScale" && c.argCount() === 1) return c.method("SetScale", c.param(0), c.jrt("RoundUnnecessary"));
  if (BIG_METHODS.has(name)) return c.method(exported(name), ...c.args.map((_, i) => c.param(i)));
  return undefined;
}

function throwableMethod(c: Call): GE | undefined {
  const x = c.self();
  const base = go.call(go.sel(x, "AsThrowable"));
  switch (c.m.name) {
    case "getMessage": case "getLocalizedMessage":
      return c.res(go.call(go.sel(x, "GetMessage")), "string");
    case "getCause":
      return c.resAs(go.call(go.sel(base, "GetCause")), "jrt.ThrowableI");
    case "getSuppressed":
      return c.resAs(go.call(go.sel(base, "GetSuppressed")), "[]jrt.ThrowableI");
    case "addSuppressed":
      return c.res(go.call(go.sel(base, "AddSuppressed"), c.param(0)));
    case "initCause":
      return c.resAs(go.call(go.sel(base, "InitCause"), c.param(0)), "");
    case "printStackTrace":
      return c.fn("PrintStackTrace", x);
    case "getStackTrace":
      return c.resAs(go.call(go.sel(base, "GetStackTrace")), "[]*jrt.StackTraceElement");
    case "toString":
      return c.fn("ToString", x);
  }
  return undefined;
}

/** Default methods of functional interfaces (Comparator.reversed, Function.andThen, …) via jrt helpers. */
function functionalDefault(c: Call): GE | undefined {
  const f = c.self();
  const p = c.args.map((_, i) => c.param(i));
  switch (c.m.name) {
    case "reversed":
      return c.fn("Reversed", f);
    case "thenComparing":
      if (c.argCount() === 2) return c.fn("ThenComparing", f, go.call(c.jrt("ComparingWith"), p[0]!, p[1]!));
      if (c.args[0] && c.tr.prog.types.funcSignature(c.args[0].j)?.params.length === 1) {
        return c.fn("ThenComparing", f, go.call(c.jrt("Comparing"), p[0]!));
      }
      return c.fn("ThenComparing", f, p[0]!);
    case "thenComparingInt": case "thenComparingLong": case "thenComparingDouble":
      return c.fn("ThenComparing", f, go.call(c.jrt("Comparing"), p[0]!));
    case "andThen":
      return c.fn(c.m.params.length && c.tr.prog.types.funcSignature(c.m.params[0]!)?.result.kind === "void" ? "AndThenConsumer" : "AndThen", f, p[0]!);
    case "compose":
      return c.fn("AndThen", p[0]!, f);
    case "negate":
      return c.fn("Negate", f);
    case "and":
      return c.fn("And", f, p[0]!);
    case "or":
      return c.fn("Or", f, p[0]!);
  }
  return undefined;
}

/** Type argument i of the call's inferred method type arguments, as Go type text. */
function methodTypeArg(c: Call, i: number): string {
  const t = c.ref?.typeArgs[i];
  return c.tr.goType(t && t.kind !== "wildcard" ? t : OBJECT);
}

const mathFn = (name: string) => (c: Call): GE => c.res(go.call(c.tr.v.std("math", name), ...c.args.map((_, i) => c.arg(i, DOUBLE))));
const byType = (fns: Record<string, string>) => (c: Call): GE | undefined => {
  const p = c.m.params[0];
  const key = p?.kind === "prim" ? p.name : "";
  const fn = fns[key];
  // Mixed overloads (floorMod(long, int)) run at the first parameter's type.
  return fn ? c.resAs(go.call(c.jrt(fn), ...c.args.map((_, i) => c.arg(i, p!))), c.tr.goType(p!)) : undefined;
};
const minMax = (op: "max" | "min") => (c: Call): GE => {
  const p = c.m.params[0]!;
  if (p.kind === "prim" && (p.name === "double" || p.name === "float")) return c.fn((op === "max" ? "Max" : "Min") + (p.name === "double" ? "F64" : "F32"), c.param(0), c.param(1));
  return c.res(go.call(op, c.param(0), c.param(1)));
};
const STATICS: Record<string, Handler> = {
  "Math.abs": (c) => {
    const p = c.m.params[0]!;
    if (p.kind === "prim" && p.name === "int") return c.fn("AbsInt32", c.param(0));
    if (p.kind === "prim" && p.name === "long") return c.fn("AbsInt64", c.param(0));
    if (p.kind === "prim" && p.name === "float") return c.res(go.call("float32", go.call(c.tr.v.std("math", "Abs"), go.call("float64", c.param(0)))));
    return c.res(go.call(c.tr.v.std("math", "Abs"), c.param(0)));
  },
  "Math.max": minMax("max"),
  "Math.min": minMax("min"),
  "Math.pow": (c) => c.fn("PowF64", c.arg(0, DOUBLE), c.arg(1, DOUBLE)),
  "Math.sqrt": mathFn("Sqrt"),
  "Math.cbrt": mathFn("Cbrt"),
  "Math.floor": mathFn("Floor"),
  "Math.ceil": mathFn("Ceil"),
  "Math.rint": (c) => c.fn("Rint", c.arg(0, DOUBLE)),
  "Math.exp": mathFn("Exp"),
  "Math.log": mathFn("Log"),
  "Math.log10": mathFn("Log10"),
  "Math.sin": mathFn("Sin"),
  "Math.cos": mathFn("Cos"),
  "Math.tan": (c) => c.fn("TanF64", c.arg(0, DOUBLE)),
  "Math.asin": mathFn("Asin"),
  "Math.acos": mathFn("Acos"),
  "Math.atan": mathFn("Atan"),
  "Math.atan2": mathFn("Atan2"),
  "Math.hypot": mathFn("Hypot"),
  "Math.random": (c) => c.fn("MathRandom"),
  "Math.round": (c) => (c.paramIs(0, "float") ? c.fn("RoundF32", c.param(0)) : c.fn("RoundF64", c.param(0))),
  "Math.signum": (c) => (c.paramIs(0, "double") ? c.fn("SignumF64", c.param(0)) : undefined),
  "Math.toRadians": (c) => c.res(go.binary(go.binary(c.arg(0, DOUBLE), "/", go.floatLit("180.0")), "*", c.tr.v.std("math", "Pi"))),
  "Math.toDegrees": (c) => c.res(go.binary(go.binary(c.arg(0, DOUBLE), "*", go.floatLit("180.0")), "/", c.tr.v.std("math", "Pi"))),
  "Math.floorDiv": byType({ int: "FloorDivInt32", long: "FloorDivInt64" }),
  "Math.floorMod": byType({ int: "FloorModInt32", long: "FloorModInt64" }),
  "Math.addExact": byType({ int: "AddExactInt32", long: "AddExactInt64" }),
  "Math.subtractExact": byType({ int: "SubtractExactInt32", long: "SubtractExactInt64" }),
  "Math.multiplyExact": byType({ int: "MultiplyExactInt32", long: "MultiplyExactInt64" }),
  "Math.negateExact": byType({ int: "NegateExactInt32", long: "NegateExactInt64" }),
  "Math.incrementExact": byType({ int: "IncrementExactInt32", long: "IncrementExactInt64" }),
  "Math.toIntExact": (c) => c.fn("ToIntExact", c.param(0)),
  "Integer.parseInt": (c) => c.fn("ParseInt", c.arg(0, STRING), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(10)),
  "Long.parseLong": (c) => c.fn("ParseLong", c.arg(0, STRING), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(10)),
  "Double.parseDouble": (c) => c.fn("ParseDouble", c.arg(0, STRING)),
  "Boolean.parseBoolean": (c) => c.res(go.call(c.jrt("EqualsIgnoreCase"), c.arg(0, STRING), go.strLit("true"))),
  "Integer.valueOf": (c) => (c.paramIs(0, "java.lang.String") ? c.fn("BoxInt32", go.call(c.jrt("ParseInt"), c.arg(0, STRING), go.intLit(10))) : c.res(c.tr.coerceTo(c.args[0]!, c.j).e)),
  "Long.valueOf": (c) => (c.paramIs(0, "java.lang.String") ? c.fn("BoxInt64", go.call(c.jrt("ParseLong"), c.arg(0, STRING), go.intLit(10))) : c.res(c.tr.coerceTo(c.args[0]!, c.j).e)),
  "Double.valueOf": (c) => (c.paramIs(0, "java.lang.String") ? c.fn("BoxFloat64", go.call(c.jrt("ParseDouble"), c.arg(0, STRING))) : c.res(c.tr.coerceTo(c.args[0]!, c.j).e)),
  "Character.valueOf": (c) => c.res(c.tr.coerceTo(c.args[0]!, c.j).e),
  "Boolean.valueOf": (c) => (c.paramIs(0, "boolean") ? c.res(c.tr.coerceTo(c.args[0]!, c.j).e) : c.fn("BoxBool", go.call(c.jrt("EqualsIgnoreCase"), c.arg(0, STRING), go.strLit("true")))),
  "Character.toCodePoint": (c) => c.fn("ToCodePoint", c.arg(0, CHAR), c.arg(1, CHAR)),
  "Character.isIdeographic": (c) => c.fn("CharIsIdeographic", c.arg(0, INT)),
  "Collections.rotate": (c) => c.fn("CollectionsRotate", c.args[0]!.e, c.arg(1, INT)),
  "Float.floatToIntBits": (c) => c.fn("FloatToIntBits", c.arg(0, prim("float"))),
  "Float.parseFloat": (c) => c.fn("ParseFloat", c.arg(0, STRING)),
  "Integer.parseUnsignedInt": (c) => c.fn("ParseUnsignedInt", c.arg(0, STRING), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(10)),
  "Long.toUnsignedString": (c) => (c.argCount() === 1 ? c.fn("ToUnsignedString64", c.arg(0, LONG)) : c.fn("ToUnsignedString64Radix", c.arg(0, LONG), c.arg(1, INT))),
  "Math.fma": (c) => (c.paramIs(0, "double") ? c.res(go.call(c.tr.v.std("math", "FMA"), c.arg(0, DOUBLE), c.arg(1, DOUBLE), c.arg(2, DOUBLE))) : undefined),
  "Math.IEEEremainder": mathFn("Remainder"),
  "Math.absExact": byType({ int: "AbsExactInt32", long: "AbsExactInt64" }),
  "Double.hashCode": (c) => c.fn("HashCode", c.tr.v.coerce(c.args[0]!, "any", OBJECT).e),
  "Integer.toString": (c) => (c.argCount() === 1 ? c.fn("ToString", c.arg(0, INT)) : c.fn("IntToString", c.arg(0, INT), c.arg(1, INT))),
  "Long.toString": (c) => (c.argCount() === 1 ? c.fn("ToString", c.arg(0, LONG)) : c.fn("LongToString", c.arg(0, LONG), c.arg(1, INT))),
  "Double.toHexString": (c) => c.fn("DoubleToHexString", c.arg(0, DOUBLE)),
  "Runtime.getRuntime": (c) => c.fn("GetRuntime"),
  "Collections.binarySearch": (c) => c.fn("CollectionsBinarySearch", c.items(0), c.tr.coerceTo(c.args[1]!, elemOf(c.args[0]!.j)).e, c.argCount() > 2 && c.args[2]!.t !== "nil" ? c.param(2) : go.ident("nil")),
  "Double.toString": (c) => c.fn("ToString", c.arg(0, DOUBLE)),
  "Character.toString": (c) => (c.paramIs(0, "int") ? c.fn("StringOfCodePoint", c.arg(0, INT)) : c.fn("StringOfChar", c.arg(0, CHAR))),
  "Boolean.toString": (c) => c.fn("ToString", c.arg(0, prim("boolean"))),
  "Integer.toBinaryString": (c) => c.fn("ToBinaryString32", c.arg(0, INT)),
  "Integer.toHexString": (c) => c.fn("ToHexString32", c.arg(0, INT)),
  "Integer.toOctalString": (c) => c.fn("ToOctalString32", c.arg(0, INT)),
  "Long.toBinaryString": (c) => c.fn("ToBinaryString64", c.arg(0, LONG)),
  "Long.toHexString": (c) => c.fn("ToHexString64", c.arg(0, LONG)),
  "Integer.compare": (c) => c.fn("IntegerCompare", c.arg(0, INT), c.arg(1, INT)),
  "Long.compare": (c) => c.fn("LongCompare", c.arg(0, LONG), c.arg(1, LONG)),
  "Double.compare": (c) => c.fn("DoubleCompare", c.arg(0, DOUBLE), c.arg(1, DOUBLE)),
  "Character.compare": (c) => c.fn("CharCompare", c.arg(0, CHAR), c.arg(1, CHAR)),
  "Boolean.compare": (c) => c.fn("Compare", c.tr.v.settle(c.args[0]!).e, c.tr.v.settle(c.args[1]!).e),
  "Integer.sum": (c) => c.res(go.binary(c.arg(0, INT), "+", c.arg(1, INT))),
  "Long.sum": (c) => c.res(go.binary(c.arg(0, LONG), "+", c.arg(1, LONG))),
  "Double.sum": (c) => c.res(go.binary(c.arg(0, DOUBLE), "+", c.arg(1, DOUBLE))),
  "Integer.max": minMax("max"),
  "Integer.min": minMax("min"),
  "Long.max": minMax("max"),
  "Long.min": minMax("min"),
  "Double.max": minMax("max"),
  "Double.min": minMax("min"),
  "Integer.bitCount": (c) => c.fn("BitCount32", c.arg(0, INT)),
  "Long.bitCount": (c) => c.fn("BitCount64", c.arg(0, LONG)),
  "Integer.numberOfLeadingZeros": (c) => c.fn("NumberOfLeadingZeros32", c.arg(0, INT)),
  "Integer.numberOfTrailingZeros": (c) => c.fn("NumberOfTrailingZeros32", c.arg(0, INT)),
  "Long.numberOfLeadingZeros": (c) => c.fn("NumberOfLeadingZeros64", c.arg(0, LONG)),
  "Long.numberOfTrailingZeros": (c) => c.fn("NumberOfTrailingZeros64", c.arg(0, LONG)),
  "Integer.highestOneBit": (c) => c.fn("HighestOneBit32", c.arg(0, INT)),
  "Integer.lowestOneBit": (c) => c.fn("LowestOneBit32", c.arg(0, INT)),
  "Integer.reverse": (c) => c.fn("Reverse32", c.arg(0, INT)),
  "Integer.reverseBytes": (c) => c.fn("ReverseBytes32", c.arg(0, INT)),
  "Integer.rotateLeft": (c) => c.fn("RotateLeft32", c.arg(0, INT), c.arg(1, INT)),
  "Integer.rotateRight": (c) => c.fn("RotateRight32", c.arg(0, INT), c.arg(1, INT)),
  "Integer.signum": (c) => c.fn("SignumInt32", c.arg(0, INT)),
  "Long.signum": (c) => c.fn("SignumInt64", c.arg(0, LONG)),
  "Integer.toUnsignedString": (c) => (c.argCount() === 1 ? c.fn("ToUnsignedString32", c.arg(0, INT)) : c.fn("ToUnsignedString32Radix", c.arg(0, INT), c.arg(1, INT))),
  "Integer.toUnsignedLong": (c) => c.res(go.binary(go.call("int64", c.arg(0, INT)), "&", go.intLit("0xffffffff"))),
  // Widen then mask (not uint8(x)): Go rejects converting a negative constant to an unsigned type.
  "Byte.toUnsignedInt": (c) => c.res(go.binary(go.call("int32", c.arg(0, prim("byte"))), "&", go.intLit("0xff"))),
  "Byte.toUnsignedLong": (c) => c.res(go.binary(go.call("int64", c.arg(0, prim("byte"))), "&", go.intLit("0xff"))),
  "Short.toUnsignedInt": (c) => c.res(go.binary(go.call("int32", c.arg(0, prim("short"))), "&", go.intLit("0xffff"))),
  "Integer.decode": (c) => c.fn("IntegerDecode", c.arg(0, STRING)),
  "Byte.compare": (c) => c.res(go.binary(go.call("int32", c.arg(0, prim("byte"))), "-", go.call("int32", c.arg(1, prim("byte"))))),
  "Short.compare": (c) => c.res(go.binary(go.call("int32", c.arg(0, prim("short"))), "-", go.call("int32", c.arg(1, prim("short"))))),
  "Integer.compareUnsigned": (c) => c.fn("CompareUnsigned32", c.arg(0, INT), c.arg(1, INT)),
  "Long.compareUnsigned": (c) => c.fn("CompareUnsigned64", c.arg(0, LONG), c.arg(1, LONG)),
  "Integer.divideUnsigned": (c) => c.fn("DivideUnsigned32", c.arg(0, INT), c.arg(1, INT)),
  "Integer.remainderUnsigned": (c) => c.fn("RemainderUnsigned32", c.arg(0, INT), c.arg(1, INT)),
  "Long.divideUnsigned": (c) => c.fn("DivideUnsigned64", c.arg(0, LONG), c.arg(1, LONG)),
  "Long.remainderUnsigned": (c) => c.fn("RemainderUnsigned64", c.arg(0, LONG), c.arg(1, LONG)),
  "Long.parseUnsignedLong": (c) => c.fn("ParseUnsignedLong", c.arg(0, STRING), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(10)),
  "Short.parseShort": (c) => c.fn("ParseShort", c.arg(0, STRING), radixArg(c, 1)),
  "Byte.parseByte": (c) => c.fn("ParseByte", c.arg(0, STRING), radixArg(c, 1)),
  "Short.reverseBytes": (c) => c.fn("ReverseBytes16", c.arg(0, prim("short"))),
  "Short.valueOf": (c) => (c.paramIs(0, "short") ? c.res(c.tr.coerceTo(c.args[0]!, c.j).e) : c.fn("BoxInt16", go.call(c.jrt("ParseShort"), c.arg(0, STRING), radixArg(c, 1)))),
  "Byte.valueOf": (c) => (c.paramIs(0, "byte") ? c.res(c.tr.coerceTo(c.args[0]!, c.j).e) : c.fn("BoxInt8", go.call(c.jrt("ParseByte"), c.arg(0, STRING), radixArg(c, 1)))),
  "Float.valueOf": (c) => (c.paramIs(0, "float") ? c.res(c.tr.coerceTo(c.args[0]!, c.j).e) : c.fn("BoxFloat32", go.call(c.jrt("ParseFloat"), c.arg(0, STRING)))),
  "Long.hashCode": (c) => c.fn("HashCode", c.tr.v.coerce(c.args[0]!, "any", OBJECT).e),
  "Boolean.hashCode": (c) => c.fn("HashCode", c.tr.v.coerce(c.args[0]!, "any", OBJECT).e),
  "Character.hashCode": (c) => c.fn("HashCode", c.tr.v.coerce(c.args[0]!, "any", OBJECT).e),
  "Float.hashCode": (c) => c.fn("HashCode", c.tr.v.coerce(c.args[0]!, "any", OBJECT).e),
  "Float.compare": (c) => c.fn("FloatCompare", c.arg(0, prim("float")), c.arg(1, prim("float"))),
  "Float.isNaN": (c) => c.res(go.binary(c.arg(0, prim("float")), "!=", c.arg(0, prim("float")))),
  "Float.isInfinite": (c) => c.fn("DoubleIsInfinite", c.arg(0, DOUBLE)),
  "Float.toString": (c) => c.fn("FloatToString", c.arg(0, prim("float"))),
  "Float.intBitsToFloat": (c) => c.res(go.call(c.tr.v.std("math", "Float32frombits"), go.call("uint32", c.arg(0, INT)))),
  "Double.longBitsToDouble": (c) => c.res(go.call(c.tr.v.std("math", "Float64frombits"), go.call("uint64", c.arg(0, LONG)))),
  "Double.doubleToRawLongBits": (c) => c.res(go.call("int64", go.call(c.tr.v.std("math", "Float64bits"), c.arg(0, DOUBLE)))),
  "Float.floatToRawIntBits": (c) => c.res(go.call("int32", go.call(c.tr.v.std("math", "Float32bits"), c.arg(0, prim("float"))))),
  "Math.ulp": (c) => (c.paramIs(0, "float") ? c.fn("UlpF32", c.arg(0, prim("float"))) : c.fn("UlpF64", c.arg(0, DOUBLE))),
  "Math.nextUp": (c) => (c.paramIs(0, "double") ? c.res(go.call(c.tr.v.std("math", "Nextafter"), c.arg(0, DOUBLE), go.call(c.tr.v.std("math", "Inf"), go.intLit(1)))) : undefined),
  "Math.nextDown": (c) => (c.paramIs(0, "double") ? c.res(go.call(c.tr.v.std("math", "Nextafter"), c.arg(0, DOUBLE), go.call(c.tr.v.std("math", "Inf"), go.intLit(-1)))) : undefined),
  "Math.scalb": (c) => (c.paramIs(0, "double") ? c.res(go.call(c.tr.v.std("math", "Ldexp"), c.arg(0, DOUBLE), go.call("int", c.arg(1, INT)))) : undefined),
  "Math.multiplyHigh": (c) => c.fn("MultiplyHigh", c.arg(0, LONG), c.arg(1, LONG)),
  "Math.decrementExact": byType({ int: "DecrementExactInt32", long: "DecrementExactInt64" }),
  "Math.log1p": mathFn("Log1p"),
  "Math.expm1": mathFn("Expm1"),
  "Math.sinh": mathFn("Sinh"),
  "Math.cosh": mathFn("Cosh"),
  "Math.tanh": mathFn("Tanh"),
  "Collections.disjoint": (c) => c.res(go.call(c.jrt("CollectionsDisjoint"), c.items(0), c.items(1))),
  "Integer.hashCode": (c) => c.res(c.arg(0, INT)),
  "Double.isNaN": (c) => c.fn("DoubleIsNaN", c.arg(0, DOUBLE)),
  "Double.isInfinite": (c) => c.fn("DoubleIsInfinite", c.arg(0, DOUBLE)),
  "Double.isFinite": (c) => c.fn("DoubleIsFinite", c.arg(0, DOUBLE)),
  "Double.doubleToLongBits": (c) => c.fn("DoubleToLongBits", c.arg(0, DOUBLE)),
  "Character.isDigit": (c) => c.fn("CharIsDigit", c.typedParam(0)),
  "Character.isLetter": (c) => c.fn("CharIsLetter", c.typedParam(0)),
  "Character.isLetterOrDigit": (c) => c.fn("CharIsLetterOrDigit", c.typedParam(0)),
  "Character.isAlphabetic": (c) => c.fn("CharIsAlphabetic", c.typedParam(0)),
  "Character.isUpperCase": (c) => c.fn("CharIsUpperCase", c.typedParam(0)),
  "Character.isLowerCase": (c) => c.fn("CharIsLowerCase", c.typedParam(0)),
  "Character.isWhitespace": (c) => c.fn("CharIsWhitespace", c.typedParam(0)),
  "Character.isSpaceChar": (c) => c.fn("CharIsSpaceChar", c.typedParam(0)),
  "Character.getNumericValue": (c) => c.fn("CharGetNumericValue", c.typedParam(0)),
  "Character.digit": (c) => c.fn("CharDigit", c.typedParam(0), c.arg(1, INT)),
  "Character.isJavaIdentifierStart": (c) => c.fn("CharIsJavaIdentifierStart", c.typedParam(0)),
  "Character.isJavaIdentifierPart": (c) => c.fn("CharIsJavaIdentifierPart", c.typedParam(0)),
  "Character.getType": (c) => c.fn("CharGetType", c.typedParam(0)),
  "Character.charCount": (c) => c.fn("CharCount", c.arg(0, INT)),
  "Character.isSupplementaryCodePoint": (c) => c.fn("IsSupplementaryCodePoint", c.arg(0, INT)),
  "Character.isValidCodePoint": (c) => c.fn("IsValidCodePoint", c.arg(0, INT)),
  "Character.isBmpCodePoint": (c) => c.fn("IsBmpCodePoint", c.arg(0, INT)),
  "Character.getName": (c) => c.fn("CharGetName", c.arg(0, INT)),
  "Character.UnicodeBlock.of": (c) => c.fn("UnicodeBlockOf", c.typedParam(0)),
  "Character.UnicodeScript.of": (c) => c.fn("UnicodeScriptOf", c.arg(0, INT)),
  "Character.forDigit": (c) => c.fn("CharForDigit", c.arg(0, INT), c.arg(1, INT)),
  "Character.isSurrogate": (c) => c.fn("CharIsSurrogate", c.arg(0, CHAR)),
  "Character.isHighSurrogate": (c) => c.fn("CharIsHighSurrogate", c.arg(0, CHAR)),
  "Character.isLowSurrogate": (c) => c.fn("CharIsLowSurrogate", c.arg(0, CHAR)),
  "Character.toChars": (c) => c.fn("CharToChars", c.arg(0, INT)),
  "String.valueOf": (c) => (c.argCount() === 3 ? c.fn("NewStringFromCharsRange", c.args[0]!.e, c.arg(1, INT), c.arg(2, INT)) : c.args[0]!.t === "[]uint16" ? c.fn("NewStringFromChars", c.args[0]!.e) : c.args[0]!.t === "uint16" ? c.fn("StringOfChar", c.args[0]!.e) : c.fn("ToString", c.any(0))),
  "String.copyValueOf": (c) => (c.argCount() === 3 ? c.fn("NewStringFromCharsRange", c.args[0]!.e, c.arg(1, INT), c.arg(2, INT)) : c.fn("NewStringFromChars", c.args[0]!.e)),
  "String.format": (c) => (c.paramIs(0, "java.util.Locale") ? c.res(go.callSpread(c.jrt("FormatLocale"), c.param(0), c.arg(1, STRING), varargsAny(c, 2))) : c.res(go.callSpread(c.jrt("Format"), c.arg(0, STRING), varargsAny(c, 1)))),
  "String.join": (c) => {
    if (c.ref?.varargsCall || c.args[1]?.t === "[]string") return c.res(c.ref?.varargsCall ? go.call(c.jrt("Join"), c.arg(0, STRING), ...c.args.slice(1).map((a) => a.e)) : go.callSpread(c.jrt("Join"), c.arg(0, STRING), c.args[1]!.e));
    return c.res(go.callSpread(c.jrt("Join"), c.arg(0, STRING), c.items(1)));
  },
  "Objects.equals": (c) => c.fn("Equals", c.any(0), c.any(1)),
  "Objects.hashCode": (c) => c.fn("HashCode", c.any(0)),
  "Objects.hash": (c) => c.fn("ArraysHashCode", varargsAny(c, 0)),
  "Objects.toString": (c) => (c.argCount() === 1 ? c.fn("ToString", c.any(0)) : c.fn("ObjectsToStringOr", c.any(0), c.arg(1, STRING))),
  "Objects.requireNonNullElse": (c) => c.resAs(go.call(go.inst(c.jrt("RequireNonNullElse"), go.ident(c.tr.goType(c.j))), c.param(0), c.param(1)), c.tr.goType(c.j)),
  "Objects.isNull": (c) => c.fn("IsNull", c.any(0)),
  "Objects.nonNull": (c) => c.res(go.not(go.call(c.jrt("IsNull"), c.any(0)))),
  "Objects.requireNonNull": (c) => c.resAs(go.call(c.jrt("RequireNonNull"), c.param(0), c.argCount() > 1 ? c.arg(1, STRING) : go.strLit("")), c.tr.goType(c.j)),
  "System.exit": (c) => c.fn("Exit", c.arg(0, INT)),
  "System.currentTimeMillis": (c) => c.res(go.call(go.sel(go.call(c.tr.v.std("time", "Now")), "UnixMilli"))),
  "System.nanoTime": (c) => c.res(go.call(go.sel(go.call(c.tr.v.std("time", "Now")), "UnixNano"))),
  "System.arraycopy": (c) => (c.args[0]!.t === c.args[2]!.t && c.args[0]!.t.startsWith("[]") ? c.fn("SystemArraycopy", c.args[0]!.e, c.arg(1, INT), c.args[2]!.e, c.arg(3, INT), c.arg(4, INT)) : undefined),
  "System.identityHashCode": (c) => c.fn("IdentityHashCode", c.any(0)),
  "System.lineSeparator": (c) => c.res(go.strLit("\n")),
  "Collectors.toList": (c) => collectorCall(c),
  "Collectors.toUnmodifiableList": (c) => collectorCall(c),
  "Collectors.toSet": (c) => collectorCall(c),
  "Collectors.joining": (c) => collectorCall(c),
  "Collectors.counting": (c) => collectorCall(c),
  "Collectors.summingInt": (c) => collectorCall(c),
  "Collectors.averagingInt": (c) => collectorCall(c),
  "Collectors.summarizingInt": (c) => collectorCall(c),
  "Collectors.summingLong": (c) => collectorCall(c),
  "Collectors.summingDouble": (c) => collectorCall(c),
  "Collectors.averagingDouble": (c) => collectorCall(c),
  "Collectors.maxBy": (c) => collectorCall(c),
  "Collectors.minBy": (c) => collectorCall(c),
  "Collectors.reducing": (c) => collectorCall(c),
  "Collectors.collectingAndThen": (c) => collectorCall(c),
  "Collectors.filtering": (c) => collectorCall(c),
  "Collectors.mapping": (c) => collectorCall(c),
  "Collectors.groupingBy": (c) => collectorCall(c),
  "Collectors.partitioningBy": (c) => collectorCall(c),
  "Collectors.toMap": (c) => collectorCall(c),
  "Character.toLowerCase": (c) => (c.paramIs(0, "char") ? c.fn("CharToLowerCase", c.arg(0, CHAR)) : c.fn("CodePointToLowerCase", c.arg(0, INT))),
  "Character.toUpperCase": (c) => (c.paramIs(0, "char") ? c.fn("CharToUpperCase", c.arg(0, CHAR)) : c.fn("CodePointToUpperCase", c.arg(0, INT))),
  "Arrays.stream": (c) => (c.argCount() === 1 ? c.fn("NewStream", c.args[0]!.e) : c.fn("ArraysStreamRange", c.args[0]!.e, c.arg(1, INT), c.arg(2, INT))),
  "Stream.iterate": (c) => streamIterate(c),
  "IntStream.iterate": (c) => streamIterate(c),
  "LongStream.iterate": (c) => streamIterate(c),
  "Stream.generate": (c) => c.res(go.call(go.inst(c.jrt("StreamGenerate"), go.ident(streamElem(c.tr.goType(c.j)))), c.param(0))),
  "IntStream.generate": (c) => c.fn("StreamGenerate", c.param(0)),
  "Stream.of": (c) => streamOf(c),
  "IntStream.of": (c) => streamOf(c),
  "LongStream.of": (c) => streamOf(c),
  "DoubleStream.of": (c) => streamOf(c),
  "Stream.concat": (c) => c.fn("StreamConcat", c.args[0]!.e, c.args[1]!.e),
  "IntStream.concat": (c) => c.fn("StreamConcat", c.args[0]!.e, c.args[1]!.e),
  "IntStream.empty": (c) => c.res(go.call(go.inst(c.jrt("StreamOf"), go.ident("int32")))),
  "Stream.empty": (c) => c.res(go.call(go.inst(c.jrt("StreamOf"), go.ident(streamElem(c.tr.goType(c.j)))))),
  "IntStream.range": (c) => c.fn("IntRange", c.arg(0, INT), c.arg(1, INT)),
  "IntStream.rangeClosed": (c) => c.fn("IntRangeClosed", c.arg(0, INT), c.arg(1, INT)),
  "LongStream.range": (c) => c.fn("LongRange", c.arg(0, LONG), c.arg(1, LONG)),
  "LongStream.rangeClosed": (c) => c.fn("LongRangeClosed", c.arg(0, LONG), c.arg(1, LONG)),
  "Arrays.toString": (c) => c.fn("ArraysToString", arrayArg(c, 0)),
  "Arrays.deepToString": (c) => c.fn("ArraysDeepToString", c.args[0]!.e),
  "Arrays.deepEquals": (c) => c.fn("ArraysDeepEquals", c.any(0), c.any(1)),
  "Arrays.deepHashCode": (c) => c.fn("ArraysDeepHashCode", c.any(0)),
  "Arrays.equals": (c) => c.fn("ArraysEquals", c.args[0]!.e, c.args[1]!.e),
  "Arrays.hashCode": (c) => c.fn("ArraysHashCode", c.args[0]!.e),
  "Arrays.fill": (c) => {
    const elem = (c.args[0]!.j as Extract<JType, { kind: "array" }>).elem;
    return c.argCount() === 2 ? c.fn("ArraysFill", c.args[0]!.e, c.tr.coerceTo(c.args[1]!, elem).e) : c.fn("ArraysFillRange", c.args[0]!.e, c.arg(1, INT), c.arg(2, INT), c.tr.coerceTo(c.args[3]!, elem).e);
  },
  "Arrays.compare": (c) => (c.argCount() === 2 ? c.fn("ArraysCompare", c.args[0]!.e, c.args[1]!.e) : undefined),
  "Arrays.mismatch": (c) => (c.argCount() === 2 ? c.fn("ArraysMismatch", c.args[0]!.e, c.args[1]!.e) : undefined),
  "Arrays.setAll": (c) => c.fn("ArraysSetAll", c.args[0]!.e, c.param(1)),
  "Arrays.parallelPrefix": (c) => (c.argCount() === 2 ? c.fn("ArraysParallelPrefix", c.args[0]!.e, c.param(1)) : undefined),
  "Arrays.copyOf": (c) => c.fn("ArraysCopyOf", c.args[0]!.e, c.arg(1, INT)),
  "Arrays.copyOfRange": (c) => c.fn("ArraysCopyOfRange", c.args[0]!.e, c.arg(1, INT), c.arg(2, INT)),
  "Arrays.sort": (c) => {
    const a = c.args[0]!;
    const elem = (a.j as Extract<JType, { kind: "array" }>).elem;
    if (c.argCount() === 1) return elem.kind === "prim" ? c.fn("ArraysSortPrimitive", a.e) : c.fn("ArraysSort", a.e, go.ident("nil"));
    if (c.argCount() === 2) return c.fn("ArraysSort", a.e, c.param(1));
    if (c.argCount() === 3 && elem.kind === "prim") return c.fn("ArraysSortRange", a.e, c.arg(1, INT), c.arg(2, INT));
    if (c.argCount() === 3) return c.fn("ArraysSortRangeWith", a.e, c.arg(1, INT), c.arg(2, INT), go.ident("nil"));
    if (c.argCount() === 4) return c.fn("ArraysSortRangeWith", a.e, c.arg(1, INT), c.arg(2, INT), c.param(3));
    return undefined;
  },
  "Arrays.binarySearch": (c) => (c.argCount() === 2 ? c.fn("ArraysBinarySearch", c.args[0]!.e, c.tr.coerceTo(c.args[1]!, (c.args[0]!.j as Extract<JType, { kind: "array" }>).elem).e) : undefined),
  "Arrays.asList": (c) => listFromVarargs(c, "ArraysAsList"),
  "List.of": (c) => listFromVarargs(c, "ListOf"),
  "List.copyOf": (c) => (c.args[0]!.t.startsWith("*jrt.ArrayList[") ? c.fn("ListCopyOf", c.args[0]!.e) : c.res(go.callSpread(go.inst(c.jrt("ListOf"), go.ident(c.typeArg(0))), c.items(0)))),
  "Set.of": (c) => c.res(go.call(go.inst(c.jrt("ImmutableSetOf"), go.ident(c.typeArg(0))), ...c.args.map((_, i) => c.tr.coerceTo(c.args[i]!, (c.j as Extract<JType, { kind: "class" }>).args[0] ?? OBJECT).e))),
  "EnumSet.of": (c) => listFromVarargs(c, "EnumSetOf"),
  "EnumSet.noneOf": (c) => c.res(go.call(go.inst(c.jrt("EnumSetOf"), go.ident(c.typeArg(0))))),
  "EnumSet.allOf": (c) => c.res(go.callSpread(go.inst(c.jrt("EnumSetOf"), go.ident(c.typeArg(0))), enumValues(c))),
  "EnumSet.range": (c) => c.fn("EnumSetRange", enumValues(c), c.param(0), c.param(1)),
  "EnumSet.complementOf": (c) => c.fn("EnumSetComplementOf", enumValues(c), c.args[0]!.e),
  "Map.of": (c) => {
    const [k, v] = [(c.j as Extract<JType, { kind: "class" }>).args[0] ?? OBJECT, (c.j as Extract<JType, { kind: "class" }>).args[1] ?? OBJECT];
    const pairs = c.args.map((a, i) => c.tr.coerceTo(a, i % 2 === 0 ? k : v).e);
    return c.res(go.call(go.inst(c.jrt("ImmutableMapOf"), go.ident(c.typeArg(0)), go.ident(c.typeArg(1))), ...pairs));
  },
  "Map.entry": (c) => c.res(go.call(go.inst(c.jrt("MapEntryOf"), go.ident(c.typeArg(0)), go.ident(c.typeArg(1))), c.param(0), c.param(1))),
  "Map.ofEntries": (c) => {
    const fn = go.inst(c.jrt("ImmutableMapOfEntries"), go.ident(c.typeArg(0)), go.ident(c.typeArg(1)));
    if (c.ref && !c.ref.varargsCall && c.args.length === 1 && c.args[0]!.t.startsWith("[]")) return c.res(go.callSpread(fn, c.args[0]!.e));
    const entryJ: JType = { kind: "class", fqn: "java.util.Map.Entry", args: (c.j as Extract<JType, { kind: "class" }>).args };
    return c.res(go.call(fn, ...c.args.map((a) => c.tr.coerceTo(a, entryJ).e)));
  },
  "Collections.sort": (c) => c.fn("CollectionsSort", c.args[0]!.e, c.argCount() > 1 ? c.param(1) : go.ident("nil")),
  "Collections.reverse": (c) => c.fn("CollectionsReverse", c.args[0]!.e),
  "Collections.shuffle": (c) => (c.argCount() === 2 ? c.fn("CollectionsShuffle", c.args[0]!.e, c.args[1]!.e) : undefined),
  "Collections.swap": (c) => c.fn("CollectionsSwap", c.args[0]!.e, c.arg(1, INT), c.arg(2, INT)),
  "Collections.max": (c) => c.resAs(go.call(c.jrt("CollectionsMax"), c.items(0), c.argCount() > 1 ? c.param(1) : go.ident("nil")), c.tr.goType(c.j)),
  "Collections.min": (c) => c.resAs(go.call(c.jrt("CollectionsMin"), c.items(0), c.argCount() > 1 ? c.param(1) : go.ident("nil")), c.tr.goType(c.j)),
  "Collections.frequency": (c) => c.fn("CollectionsFrequency", c.items(0), c.tr.coerceTo(c.args[1]!, elemOf(c.args[0]!.j)).e),
  "Collections.nCopies": (c) => c.fn("CollectionsNCopies", c.arg(0, INT), c.param(1)),
  "Collections.unmodifiableList": (c) => c.fn("UnmodifiableList", c.args[0]!.e),
  "Collections.unmodifiableCollection": (c) => (c.args[0]!.t.startsWith("*jrt.ArrayList[") ? c.fn("UnmodifiableList", c.args[0]!.e) : undefined),
  "Collections.unmodifiableSet": (c) => c.res(go.callSpread(go.inst(c.jrt("UnmodifiableSet"), go.ident(c.typeArg(0))), c.items(0))),
  "Collections.unmodifiableMap": (c) => c.res(go.call(go.inst(c.jrt("UnmodifiableMapView"), go.ident(c.typeArg(0)), go.ident(c.typeArg(1))), c.args[0]!.e)),
  "Collections.emptySet": (c) => c.res(go.call(go.inst(c.jrt("UnmodifiableSet"), go.ident(c.typeArg(0))))),
  "Collections.singleton": (c) => c.res(go.call(go.inst(c.jrt("UnmodifiableSet"), go.ident(c.typeArg(0))), c.param(0))),
  "Collections.emptyMap": (c) => c.res(go.call(go.inst(c.jrt("UnmodifiableMap"), go.ident(c.typeArg(0)), go.ident(c.typeArg(1))), go.ident("nil"))),
  "Collections.singletonMap": (c) => c.res(go.call(go.inst(c.jrt("SingletonMap"), go.ident(c.typeArg(0)), go.ident(c.typeArg(1))), c.param(0), c.param(1))),
  // One thread: a synchronized wrapper behaves as the collection itself.
  "Collections.synchronizedList": (c) => sameCollection(c),
  "Collections.synchronizedMap": (c) => sameCollection(c),
  "Collections.synchronizedSet": (c) => sameCollection(c),
  // Go's static types already keep a wrong element out: the checked wrapper is the collection itself.
  "Collections.checkedList": (c) => sameCollection(c),
  "Collections.fill": (c) => c.fn("CollectionsFill", c.args[0]!.e, c.tr.coerceTo(c.args[1]!, elemOf(c.args[0]!.j)).e),
  "Collections.copy": (c) => c.fn("CollectionsCopy", c.args[0]!.e, c.items(1)),
  "Collections.addAll": (c) => {
    const elemJ = elemOf(c.args[0]!.j);
    if (c.ref && !c.ref.varargsCall && c.args.length === 2 && c.args[1]!.t.startsWith("[]")) return c.res(go.callSpread(c.jrt("CollectionsAddAll"), c.args[0]!.e, c.args[1]!.e));
    return c.fn("CollectionsAddAll", c.args[0]!.e, ...c.args.slice(1).map((a) => c.tr.coerceTo(a, elemJ).e));
  },
  "Collections.indexOfSubList": (c) => c.fn("CollectionsIndexOfSubList", c.items(0), c.items(1)),
  "Collections.lastIndexOfSubList": (c) => c.fn("CollectionsLastIndexOfSubList", c.items(0), c.items(1)),
  "Collections.emptyList": (c) => c.res(go.call(go.inst(c.jrt("ListOf"), go.ident(c.typeArg(0))))),
  "Collections.singletonList": (c) => c.res(go.call(go.inst(c.jrt("ListOf"), go.ident(c.typeArg(0))), c.param(0))),
  "Collections.reverseOrder": (c) => (c.argCount() === 0 ? c.res(go.call(go.inst(c.jrt("ReverseOrder"), go.ident(methodTypeArg(c, 0))))) : c.fn("Reversed", c.param(0))),
  "Comparator.naturalOrder": (c) => c.res(go.call(go.inst(c.jrt("NaturalOrder"), go.ident(methodTypeArg(c, 0))))),
  "Comparator.reverseOrder": (c) => c.res(go.call(go.inst(c.jrt("ReverseOrder"), go.ident(methodTypeArg(c, 0))))),
  "Comparator.comparing": (c) => (c.argCount() === 1 ? c.fn("Comparing", c.param(0)) : c.fn("ComparingWith", c.param(0), c.param(1))),
  "Comparator.nullsFirst": (c) => c.res(go.call(go.inst(c.jrt("NullsFirst"), go.ident(methodTypeArg(c, 0))), c.param(0))),
  "Comparator.nullsLast": (c) => c.res(go.call(go.inst(c.jrt("NullsLast"), go.ident(methodTypeArg(c, 0))), c.param(0))),
  "Comparator.comparingInt": (c) => c.fn("Comparing", c.param(0)),
  "Comparator.comparingLong": (c) => c.fn("Comparing", c.param(0)),
  "Comparator.comparingDouble": (c) => c.fn("Comparing", c.param(0)),
  "Function.identity": (c) => c.res(go.call(go.inst(c.jrt("Identity"), go.ident(methodTypeArg(c, 0))))),
  "Optional.of": (c) => c.res(go.call(go.inst(c.jrt("OptionalOf"), go.ident(c.typeArg(0))), c.param(0))),
  "Optional.ofNullable": (c) => c.res(go.call(go.inst(c.jrt("OptionalOfNullable"), go.ident(c.typeArg(0))), c.param(0))),
  "Optional.empty": (c) => c.res(go.call(go.inst(c.jrt("OptionalEmpty"), go.ident(c.typeArg(0))))),
  "BigInteger.valueOf": (c) => c.fn("BigIntegerValueOf", c.arg(0, LONG)),
  "BigDecimal.valueOf": (c) => (c.argCount() === 1 && c.paramIs(0, "double") ? c.fn("BigDecimalValueOf", c.arg(0, DOUBLE)) : c.fn("BigDecimalValueOfLong", c.arg(0, LONG), c.argCount() > 1 ? c.arg(1, INT) : go.intLit(0))),
};

/** Array argument `i`; a `null` literal gets the parameter's slice type so Go can infer type parameters. */
function arrayArg(c: Call, i: number): go.Expr {
  const a = c.args[i]!;
  const p = c.ref?.params[i] ?? c.m.params[i];
  return a.t === "nil" && p ? go.call(go.ident(c.tr.goType(p)), go.ident("nil")) : a.e;
}

/** A wrapper returning its collection argument (one thread: `synchronizedList(l)` behaves as `l`). */
function sameCollection(c: Call): GE {
  return c.res(c.tr.coerceTo(c.args[0]!, c.j).e);
}

/** The radix argument `i` of parseShort/valueOf-like calls, 10 when absent. */
function radixArg(c: Call, i: number): go.Expr {
  return c.argCount() > i ? c.arg(i, INT) : go.intLit(10);
}

/** `Stream.iterate(seed, next)` (infinite) or `iterate(seed, hasNext, next)`. */
function streamIterate(c: Call): GE {
  const elem = streamElem(c.tr.goType(c.j));
  const hasNext = c.argCount() === 3 ? c.param(1) : go.ident("nil");
  return c.res(go.call(go.inst(c.jrt("StreamIterate"), go.ident(elem)), c.param(0), hasNext, c.param(c.argCount() - 1)));
}

/** `Stream.of(...)` / `IntStream.of(...)`: varargs or one array. */
function streamOf(c: Call): GE {
  const e = streamElem(c.tr.goType(c.j));
  if (c.ref && !c.ref.varargsCall && c.args.length === 1 && c.args[0]!.t.startsWith("[]")) return c.res(go.call(c.jrt("NewStream"), c.args[0]!.e));
  const elemJ = c.j.kind === "class" && c.j.args[0] ? c.j.args[0] : c.ref?.params[0]?.kind === "array" ? c.ref.params[0].elem : OBJECT;
  return c.res(go.call(go.inst(c.jrt("StreamOf"), go.ident(e)), ...c.args.map((a) => c.tr.coerceTo(a, elemJ).e)));
}

/** The element type of a `*jrt.Stream[E]` Go type. */
function streamElem(t: string): string {
  return t.startsWith("*jrt.Stream[") ? t.slice("*jrt.Stream[".length, -1) : "any";
}

const BOX_OF: Record<string, string> = { int32: "BoxInt32", int64: "BoxInt64", float64: "BoxFloat64" };

/** Stream / IntStream / LongStream / DoubleStream operations on an eager jrt.Stream. */
function streamMethod(c: Call): GE | undefined {
  const elem = streamElem(c.recv!.t);
  const p = (i: number): go.Expr => c.param(i);
  const nilOr = (i: number): go.Expr => (c.argCount() > i && c.args[i]!.t !== "nil" ? p(i) : go.ident("nil"));
  switch (c.m.name) {
    case "filter": case "peek": case "anyMatch": case "allMatch": case "noneMatch": case "takeWhile": case "dropWhile":
      return c.method(exported(c.m.name), p(0));
    case "forEach": case "forEachOrdered":
      return c.method("ForEach", p(0));
    case "distinct": case "count": case "findFirst": case "toList":
      return c.method(exported(c.m.name));
    case "findAny":
      return c.method("FindFirst");
    case "limit": case "skip":
      return c.method(exported(c.m.name), c.arg(0, LONG));
    case "sorted":
      return c.method("Sorted", nilOr(0));
    case "max": case "min":
      return c.method(exported(c.m.name), nilOr(0));
    case "toArray":
      return c.resAs(go.call(go.sel(c.self(), "ToArray")), "[]" + elem);
    case "reduce":
      if (c.argCount() === 1) return c.method("ReduceOptional", p(0));
      if (c.argCount() === 2) return c.method("Reduce", p(0), p(1));
      return undefined;
    case "sum":
      return c.fn("StreamSum", c.self());
    case "summaryStatistics":
      return elem === "int32" ? c.fn("StreamSummaryStatistics", c.self()) : undefined;
    case "average":
      return c.fn("StreamAverage", c.self());
    case "iterator":
      return c.res(go.call(c.jrt("Iter"), go.call(go.sel(c.self(), "Items"))));
    case "map": case "mapToInt": case "mapToLong": case "mapToDouble": case "mapToObj": {
      const to = streamElem(c.tr.goType(c.j));
      return c.res(go.call(go.inst(c.jrt("StreamMap"), go.ident(elem), go.ident(to)), c.self(), p(0)));
    }
    case "boxed":
      return BOX_OF[elem] ? c.res(go.call(c.jrt("StreamMap"), c.self(), c.jrt(BOX_OF[elem]!))) : undefined;
    case "asLongStream": case "asDoubleStream": {
      const to = c.m.name === "asLongStream" ? "int64" : "float64";
      const conv = go.funcLit(go.funcType([go.field("x", elem)], [go.param(to)]), [go.ret(go.call(to, "x"))]);
      return c.res(go.call(c.jrt("StreamMap"), c.self(), conv));
    }
    case "flatMap": {
      const to = streamElem(c.tr.goType(c.j));
      return c.res(go.call(go.inst(c.jrt("StreamFlatMap"), go.ident(elem), go.ident(to)), c.self(), p(0)));
    }
    case "collect": {
      const node = c.node.kind === "MethodCall" ? c.node.args[0] : undefined;
      const col = node && c.argCount() === 1 ? collector(c, node, elem, elemOf(c.recv!.j)) : undefined;
      return col && { e: go.call(c.jrt("Collect"), c.self(), col.e), t: col.t, j: c.j };
    }
  }
  return undefined;
}

/** A Collectors call outside `collect(...)` (collect re-translates its argument with the stream's element type). */
function collectorCall(c: Call): GE | undefined {
  const col = collector(c, c.node as J.Expr, c.typeArg(0));
  return col ? { e: col.e, t: "func", j: c.j } : undefined;
}

/** A jrt collector (`func([]E) R`) and the Go type R of what it collects. */
interface Collector {
  e: go.Expr;
  t: string;
}

/** The map factories `groupingBy`/`toMap` accept (`TreeMap::new`, ...) as jrt constructors. */
const MAP_FACTORIES: Record<string, { fn: string; t: string }> = {
  "java.util.HashMap": { fn: "NewHashMap", t: "*jrt.HashMap" },
  "java.util.LinkedHashMap": { fn: "NewLinkedHashMapInsertionOrder", t: "*jrt.HashMap" },
  "java.util.TreeMap": { fn: "NewTreeMapNaturalOrder", t: "*jrt.TreeMap" },
};

/**
 * A `Collectors.*(...)` expression as a jrt collector over elements of Go type `elem`. The collected
 * type comes from the collector itself (not from the model's inference of `collect`, which loses
 * the key and value types of nested generic calls).
 */
function collector(c: Call, node: J.Expr, elem: string, elemJ?: JType): Collector | undefined {
  if (node.kind !== "MethodCall") return undefined;
  const ref = c.tr.prog.model.symbolOf(node);
  if (ref?.kind !== "method" || ref.method.owner !== "java.util.stream.Collectors") return undefined;
  const tr = c.tr;
  const n = node.args.length;
  /**
   * The Java type of parameter i, a function type whose result is what the argument (a method
   * reference or an expression lambda) really returns: the model infers the result type variable
   * of a nested generic call (`mapping(Order::product, toList())`) as Object.
   */
  const paramType = (i: number): JType => {
    const p = ref.params[i] ?? OBJECT;
    const a = node.args[i];
    if (!a || p.kind !== "class" || p.fqn !== "java.util.function.Function" || p.args.length !== 2) return p;
    // Every Function parameter of Collectors takes a stream element, except collectingAndThen's finisher.
    const ownInput = p.args[0]!.kind === "wildcard" ? p.args[0]!.bound : p.args[0];
    const input = (node.name === "collectingAndThen" ? undefined : elemJ) ?? ownInput ?? OBJECT;
    const sym = a.kind === "MethodRef" ? tr.prog.model.symbolOf(a) : undefined;
    const isIdentity = a.kind === "MethodCall" && a.name === "identity" && tr.prog.model.typeOf(a).kind === "class";
    const r = sym?.kind === "method" ? sym.returnType : a.kind === "Lambda" && a.body.kind !== "Block" ? tr.prog.model.typeOf(a.body) : isIdentity ? input : undefined;
    const result = r && r.kind !== "void" && r.kind !== "unknown" && r.kind !== "typevar" && r.kind !== "null" ? box(r) : p.args[1]!;
    return { ...p, args: [input, result] };
  };
  const arg = (i: number): go.Expr => {
    const p = paramType(i);
    const a = node.args[i]!;
    // Function.identity() standing for the stream's element type, which its own inference did not see.
    if (a.kind === "MethodCall" && a.name === "identity" && p.kind === "class" && p.fqn === "java.util.function.Function") return go.call(go.inst(c.jrt("Identity"), go.ident(tr.goType(p.args[0]!))));
    return tr.coerceTo(tr.expr(a, p), p).e;
  };
  const str = (i: number): go.Expr => (n > i ? arg(i) : go.strLit(""));
  const inst = (name: string, ...types: string[]): go.Expr => go.inst(c.jrt(name), ...types.map((t) => go.ident(t)));
  /** The Go result type of the function-typed parameter i (a key, a value, the downstream's element). */
  const fnResult = (i: number): string => {
    const sig = tr.prog.types.funcSignature(paramType(i));
    return sig ? tr.goType(sig.result) : "any";
  };
  const down = (i: number, el: string, elJ = elemJ): Collector | undefined => (n > i ? collector(c, node.args[i]!, el, elJ) : { e: go.call(inst("CollectToList", el)), t: `*jrt.ArrayList[${el}]` });
  /** A `TreeMap::new`-style map factory argument instantiated for keys k and values v. */
  const factory = (i: number, k: string, v: string): { e: go.Expr; t: string } | undefined => {
    const f = node.args[i];
    if (f?.kind !== "MethodRef" || f.name !== "new") return undefined;
    const ft = tr.prog.model.typeOf(f.target as J.Expr);
    const known = ft.kind === "class" ? own(MAP_FACTORIES, ft.fqn) : undefined;
    return known && { e: inst(known.fn, k, v), t: `${known.t}[${k}, ${v}]` };
  };
  const done = (e: go.Expr, t: string): Collector => ({ e, t });
  /** A downstream collecting a map, seen as the jrt.Map interface (Java declares nested groupings as Map<K, Map<K2, V>>). */
  const asValue = (d: Collector): Collector => {
    const m = /^\*jrt\.(?:HashMap|TreeMap)\[(.*)\]$/.exec(d.t);
    return m ? { e: go.call(c.jrt("CollectAsMap"), d.e), t: `jrt.Map[${m[1]}]` } : d;
  };
  switch (node.name) {
    case "toList": case "toUnmodifiableList":
      return done(go.call(inst("CollectToList", elem)), `*jrt.ArrayList[${elem}]`);
    case "toSet": case "toUnmodifiableSet":
      return done(go.call(inst("CollectToSet", elem)), `*jrt.HashSet[${elem}]`);
    case "joining":
      return done(go.call(inst("CollectJoining", elem), str(0), str(1), str(2)), "string");
    case "counting":
      return done(go.call(inst("CollectCounting", elem)), "*int64");
    case "summingInt":
      return done(go.call(c.jrt("CollectSummingInt"), arg(0)), "*int32");
    case "summingLong":
      return done(go.call(c.jrt("CollectSummingLong"), arg(0)), "*int64");
    case "summingDouble":
      return done(go.call(c.jrt("CollectSummingDouble"), arg(0)), "*float64");
    case "averagingInt":
      return done(go.call(c.jrt("CollectAveragingInt"), arg(0)), "*float64");
    case "averagingDouble":
      return done(go.call(c.jrt("CollectAveragingDouble"), arg(0)), "*float64");
    case "summarizingInt":
      return done(go.call(inst("CollectSummarizingInt", elem), arg(0)), "*jrt.IntSummaryStatistics");
    case "maxBy": case "minBy":
      return done(go.call(inst(node.name === "maxBy" ? "CollectMaxBy" : "CollectMinBy", elem), arg(0)), `*jrt.Optional[${elem}]`);
    case "reducing": {
      if (n === 3) return done(go.call(c.jrt("CollectReducingMapped"), arg(0), arg(1), arg(2)), fnResult(1));
      if (n === 2) return done(go.call(inst("CollectReducing", elem), arg(0), arg(1)), elem);
      return done(go.call(inst("CollectReducingOptional", elem), arg(0)), `*jrt.Optional[${elem}]`);
    }
    case "collectingAndThen": {
      const d = down(0, elem);
      return d && done(go.call(c.jrt("CollectAndThen"), d.e, arg(1)), fnResult(1));
    }
    case "mapping": {
      const mapped = paramType(0);
      const d = down(1, fnResult(0), mapped.kind === "class" ? mapped.args[1] : undefined);
      return d && done(go.call(c.jrt("CollectMapping"), arg(0), d.e), d.t);
    }
    case "filtering": {
      const d = down(1, elem);
      return d && done(go.call(c.jrt("CollectFiltering"), arg(0), d.e), d.t);
    }
    case "groupingBy": {
      const k = fnResult(0);
      const d0 = down(n === 3 ? 2 : 1, elem);
      if (!d0) return undefined;
      const d = asValue(d0);
      const into = n === 3 ? factory(1, k, d.t) : { e: inst("NewHashMap", k, d.t), t: `*jrt.HashMap[${k}, ${d.t}]` };
      return into && done(go.call(c.jrt("CollectGroupingBy"), arg(0), into.e, d.e), into.t);
    }
    case "partitioningBy": {
      const d = down(1, elem);
      return d && done(go.call(c.jrt("CollectPartitioningBy"), arg(0), d.e), `*jrt.HashMap[*bool, ${d.t}]`);
    }
    case "toMap": {
      const [k, v] = [fnResult(0), fnResult(1)];
      const into = n === 4 ? factory(3, k, v) : { e: inst("NewHashMap", k, v), t: `*jrt.HashMap[${k}, ${v}]` };
      return into && done(go.call(c.jrt("CollectToMap"), arg(0), arg(1), n >= 3 ? arg(2) : go.ident("nil"), into.e), into.t);
    }
  }
  return undefined;
}

function elemOf(t: JType): JType {
  return t.kind === "class" && t.args[0] ? t.args[0] : t.kind === "array" ? t.elem : OBJECT;
}

function listFromVarargs(c: Call, fn: string): GE {
  const e = c.typeArg(0);
  if (c.ref && !c.ref.varargsCall && c.args.length === 1 && c.args[0]!.t.startsWith("[]")) {
    return c.res(go.callSpread(go.inst(c.jrt(fn), go.ident(e)), c.args[0]!.e));
  }
  const elemJ = (c.j as Extract<JType, { kind: "class" }>).args[0] ?? OBJECT;
  return c.res(go.call(go.inst(c.jrt(fn), go.ident(e)), ...c.args.map((a) => c.tr.coerceTo(a, elemJ).e)));
}

/** `E.values()` of the source enum E in the call's result type `EnumSet<E>`. */
function enumValues(c: Call): go.Expr {
  const e = c.j.kind === "class" ? c.j.args[0] : undefined;
  const info = e?.kind === "class" ? c.tr.usedClass(e.fqn) : undefined;
  if (info?.sym.kind !== "enum") return unsupported("EnumSet of a JDK enum");
  c.tr.needInit(info.sym.fqn);
  return go.call(c.tr.qualified(info, `${info.goName}_values`));
}

/** The Locale constants jrt knows the separators of. */
const LOCALES = new Set(["ROOT", "US", "UK", "ENGLISH", "CHINA", "SIMPLIFIED_CHINESE", "CHINESE", "JAPAN", "GERMANY", "GERMAN", "ITALY", "FRANCE", "FRENCH"]);

/** Static JDK fields that are not compile-time constants (System.out, Math.PI is folded). */
export function jdkField(tr: Translator, f: FieldSymbol, target: GE | undefined, j: JType, _node: J.Expr): GE {
  void target;
  const key = `${short(f.owner)}.${f.name}`;
  switch (key) {
    case "System.out":
      return { e: tr.v.jrt("Out"), t: "*jrt.PrintStream", j };
    case "System.err":
      return { e: tr.v.jrt("Err"), t: "*jrt.PrintStream", j };
    case "BigInteger.ZERO": case "BigInteger.ONE": case "BigInteger.TWO": case "BigInteger.TEN":
      return { e: go.call(tr.v.jrt("BigIntegerValueOf"), go.intLit({ ZERO: 0, ONE: 1, TWO: 2, TEN: 10 }[f.name as "ZERO"])), t: "*jrt.BigInteger", j };
    case "BigDecimal.ZERO": case "BigDecimal.ONE": case "BigDecimal.TEN":
      return { e: go.call(tr.v.jrt("BigDecimalValueOfLong"), go.intLit({ ZERO: 0, ONE: 1, TEN: 10 }[f.name as "ZERO"]), go.intLit(0)), t: "*jrt.BigDecimal", j };
  }
  if (f.owner === "java.nio.charset.StandardCharsets") {
    const cs: Record<string, string> = { UTF_8: "CharsetUTF8", UTF_16BE: "CharsetUTF16BE", UTF_16LE: "CharsetUTF16LE", UTF_16: "CharsetUTF16", ISO_8859_1: "CharsetISO88591", US_ASCII: "CharsetASCII" };
    if (own(cs, f.name)) return { e: tr.v.jrt(cs[f.name]!), t: "string", j };
  }
  if (key === "Boolean.TRUE" || key === "Boolean.FALSE") return { e: go.call(tr.v.jrt("BoxBool"), go.ident(f.name === "TRUE" ? "true" : "false")), t: "*bool", j };
  if (f.owner === "java.util.Locale" && LOCALES.has(f.name)) return { e: tr.v.jrt("Locale" + f.name), t: "*jrt.Locale", j };
  if (f.owner === "java.lang.Character.UnicodeScript") return { e: go.call(tr.v.jrt("UnicodeScript"), go.strLit(f.name)), t: "jrt.UnicodeScript", j };
  if (f.owner === "java.math.MathContext") return { e: tr.v.jrt("MathContext" + f.name), t: "*jrt.MathContext", j };
  if (key === "String.CASE_INSENSITIVE_ORDER") return { e: tr.v.jrt("CaseInsensitiveOrder"), t: tr.goType(j), j };
  if (f.owner === "java.math.RoundingMode") return { e: tr.v.jrt("Round" + f.name.split("_").map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join("")), t: "jrt.RoundingMode", j };
  return unsupported(`JDK field ${f.owner}.${f.name}`);
}

/** PrintStream methods: print/println/printf on jrt.Out/jrt.Err. */
function printStream(c: Call): GE | undefined {
  switch (c.m.name) {
    case "println":
      if (c.argCount() === 0) return c.method("Println");
      return c.method("Println", c.args[0]!.t === "[]uint16" ? go.call(c.jrt("NewStringFromChars"), c.args[0]!.e) : c.any(0));
    case "print":
      if (c.args[0]!.t === "[]uint16") return c.method("PrintChars", c.args[0]!.e);
      return c.method("Print", c.any(0));
    case "printf": case "format":
      if (c.paramIs(0, "java.util.Locale")) return c.res(go.callSpread(go.sel(c.self(), "PrintfLocale"), c.param(0), c.arg(1, STRING), varargsAny(c, 2)));
      return c.res(go.callSpread(go.sel(c.self(), "Printf"), c.arg(0, STRING), varargsAny(c, 1)));
    case "flush":
      return c.method("Flush");
    case "append":
      return c.argCount() === 1 ? c.method("Append", c.any(0)) : undefined;
  }
  return undefined;
}

/** `new T(args)` for a JDK class. */
export function jdkNew(tr: Translator, j: JType, ref: MethodRef | undefined, args: GE[], node: J.Node): GE {
  if (j.kind !== "class") return unsupported("new of a non-class type");
  const c = new Call(tr, ref?.method ?? ({ name: "<init>", owner: j.fqn, params: [], typeParams: [] } as unknown as MethodSymbol), ref, undefined, args, j, node);
  const t = tr.goType(j);
  const ta = (i: number): go.Expr => go.ident(c.typeArg(i));
  switch (short(j.fqn)) {
    case "StringBuilder":
    case "StringBuffer":
      return c.res(go.call(c.jrt("NewStringBuilder"), args.length && args[0]!.t === "string" ? args[0]!.e : go.strLit("")));
    case "ArrayList":
    case "LinkedList":
    case "Vector": {
      const fn = short(j.fqn) === "LinkedList" ? "NewLinkedList" : "NewArrayList";
      if (args.length === 1 && !c.paramIs(0, "int")) return c.res(go.callSpread(go.inst(c.jrt(fn), ta(0)), c.items(0)));
      // An initial capacity only matters when it may be negative (IllegalArgumentException).
      const capacity = args.length === 1 ? c.arg(0, INT) : undefined;
      if (capacity && !(capacity.kind === "BasicLit" && /^\d/.test(capacity.value))) return c.res(go.call(go.inst(c.jrt("NewArrayListCapacity"), ta(0)), capacity));
      return c.res(go.call(go.inst(c.jrt(fn), ta(0))));
    }
    case "Stack":
      return c.res(go.call(go.inst(c.jrt("NewStack"), ta(0))));
    case "BitSet":
      return c.res(go.call(c.jrt("NewBitSet"), ...(args.length ? [c.arg(0, INT)] : [])));
    case "HashMap":
      if (args.length === 1 && !c.paramIs(0, "int")) return c.res(go.call(go.inst(c.jrt("HashMapOf"), ta(0), ta(1)), args[0]!.e));
      return c.res(go.call(go.inst(c.jrt("NewHashMap"), ta(0), ta(1))));
    case "LinkedHashMap":
      if (args.length === 3) return c.res(go.call(go.inst(c.jrt("NewLinkedHashMap"), ta(0), ta(1)), c.arg(2, prim("boolean"))));
      if (args.length === 1 && !c.paramIs(0, "int")) return unsupported("LinkedHashMap copy constructor");
      return c.res(go.call(go.inst(c.jrt("NewLinkedHashMap"), ta(0), ta(1)), go.ident("false")));
    case "EnumMap":
      // new EnumMap<>(K.class) or new EnumMap<>(map): ordinal order is the enum's natural order.
      if (args.length === 1 && args[0]!.j.kind === "class" && args[0]!.j.fqn === "java.lang.Class") return c.res(go.call(go.inst(c.jrt("NewTreeMap"), ta(0), ta(1)), go.ident("nil")));
      return args.length === 1 ? c.res(go.call(go.inst(c.jrt("TreeMapOf"), ta(0), ta(1)), args[0]!.e)) : unsupported("new EnumMap(...)");
    case "TreeMap":
      if (args.length === 1 && tr.prog.types.funcSignature(args[0]!.j)) return c.res(go.call(go.inst(c.jrt("NewTreeMap"), ta(0), ta(1)), c.param(0)));
      if (args.length === 1) return c.res(go.call(go.inst(c.jrt("TreeMapOf"), ta(0), ta(1)), args[0]!.e));
      return c.res(go.call(go.inst(c.jrt("NewTreeMap"), ta(0), ta(1)), go.ident("nil")));
    case "HashSet":
      if (args.length === 1 && !c.paramIs(0, "int")) return c.res(go.call(go.inst(c.jrt("NewHashSetFrom"), ta(0)), c.items(0)));
      return c.res(go.call(go.inst(c.jrt("NewHashSet"), ta(0))));
    case "LinkedHashSet":
      if (args.length === 1 && !c.paramIs(0, "int")) return c.res(go.call(go.inst(c.jrt("LinkedSetOf"), ta(0)), c.items(0)));
      return c.res(go.call(go.inst(c.jrt("NewLinkedHashSet"), ta(0))));
    case "TreeSet": {
      if (args.length === 1 && tr.prog.types.funcSignature(args[0]!.j)) return c.res(go.call(go.inst(c.jrt("NewTreeSet"), ta(0)), c.param(0)));
      const set = go.call(go.inst(c.jrt("NewTreeSet"), ta(0)), go.ident("nil"));
      if (args.length === 1) return c.res(go.call(c.jrt("AddAllTo"), set, c.items(0)));
      return c.res(set);
    }
    case "ArrayDeque":
      if (args.length === 1 && !c.paramIs(0, "int")) return c.res(go.call(c.jrt("AddAllTo"), go.call(go.inst(c.jrt("NewArrayDeque"), ta(0))), c.items(0)));
      return c.res(go.call(go.inst(c.jrt("NewArrayDeque"), ta(0))));
    case "PriorityQueue": {
      const cmpArg = args.findIndex((a) => tr.prog.types.funcSignature(a.j));
      const cmp = cmpArg >= 0 ? c.param(cmpArg) : go.ident("nil");
      if (args.length === 1 && cmpArg < 0 && !c.paramIs(0, "int")) return c.res(go.call(go.inst(c.jrt("NewPriorityQueueFrom"), ta(0)), c.items(0), go.ident("nil")));
      return c.res(go.call(go.inst(c.jrt("NewPriorityQueue"), ta(0)), cmp));
    }
    case "Random":
      return args.length ? c.res(go.call(c.jrt("NewRandomSeed"), c.arg(0, LONG))) : c.res(go.call(c.jrt("NewRandom")));
    case "BigInteger":
      return c.res(go.call(c.jrt("NewBigInteger"), c.arg(0, STRING), args.length > 1 ? c.arg(1, INT) : go.intLit(10)));
    case "BigDecimal":
      if (c.paramIs(0, "java.lang.String")) return c.res(go.call(c.jrt("NewBigDecimal"), c.arg(0, STRING)));
      if (c.paramIs(0, "java.math.BigInteger")) return c.res(go.call(c.jrt("NewBigDecimalFromBigInteger"), args[0]!.e));
      if (args.length === 1 && (c.paramIs(0, "double") || c.paramIs(0, "int") || c.paramIs(0, "long"))) return c.res(go.call(c.jrt(c.paramIs(0, "double") ? "NewBigDecimalFromDouble" : "BigDecimalValueOfLong"), ...(c.paramIs(0, "double") ? [c.arg(0, DOUBLE)] : [c.arg(0, LONG), go.intLit(0)])));
      return unsupported("new BigDecimal(double)");
    case "String":
      if (!args.length) return c.res(go.strLit(""));
      if (args[0]!.t === "[]uint16") return args.length === 1 ? c.res(go.call(c.jrt("NewStringFromChars"), args[0]!.e)) : c.res(go.call(c.jrt("NewStringFromCharsRange"), args[0]!.e, c.arg(1, INT), c.arg(2, INT)));
      if (args[0]!.t === "string") return c.res(args[0]!.e);
      if (args[0]!.t === "[]int8" && args.length === 2 && args[1]!.t === "string") return c.res(go.call(c.jrt("NewStringFromBytes"), args[0]!.e, args[1]!.e));
      if (args[0]!.t === "[]int8" && args.length === 1) return c.res(go.call(c.jrt("NewStringFromBytes"), args[0]!.e, c.jrt("CharsetUTF8")));
      return unsupported("new String(...)");
    case "Object":
      return c.res(go.call(c.jrt("NewObject")), "any");
    case "Thread":
      return args.length === 1 && tr.prog.types.funcSignature(args[0]!.j) ? c.res(go.call(c.jrt("NewThread"), c.param(0))) : unsupported("new Thread(...) other than new Thread(runnable)");
    case "java.io.StringReader":
      return c.res(go.call(c.jrt("NewStringReader"), c.arg(0, STRING)));
    case "java.io.BufferedReader":
      return args.length === 1 ? c.res(go.call(c.jrt("NewBufferedReader"), c.param(0))) : unsupported("new BufferedReader(in, size)");
    case "MathContext":
      return c.res(go.call(c.jrt("NewMathContext"), c.arg(0, INT), args.length > 1 ? c.param(1) : c.jrt("RoundHalfUp")));
  }
  if (tr.prog.types.isThrowable(j.fqn)) {
    const name = j.fqn.split(".").pop()!;
    return JRT_THROWABLES.has(name) ? newThrowable(c, j.fqn, t) : unsupported(`new ${j.fqn}: the Go runtime has no ${name}`);
  }
  return unsupported(`new ${j.fqn}`);
}

/**
 * The JDK throwables the Go runtime declares (`type X` with `NewX(msg string)`): only these can be
 * created; `catch` and `instanceof` go by class name and need none. A test keeps the list in step
 * with jrt (test/go-target/runtime-throwables.test.ts).
 */
export const JRT_THROWABLES: ReadonlySet<string> = new Set([
  "ArithmeticException", "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError", "ClassCastException",
  "ClassNotFoundException", "CloneNotSupportedException", "ConcurrentModificationException", "EmptyStackException", "Error",
  "Exception", "FileNotFoundException", "FormatFlagsConversionMismatchException", "IOException", "IllegalArgumentException",
  "IllegalFormatConversionException", "IllegalFormatException", "IllegalFormatFlagsException", "IllegalFormatPrecisionException",
  "IllegalStateException", "IndexOutOfBoundsException", "InputMismatchException", "InterruptedException", "MissingFormatArgumentException",
  "MissingFormatWidthException", "NegativeArraySizeException", "NoSuchElementException", "NullPointerException", "NumberFormatException",
  "OutOfMemoryError", "PatternSyntaxException", "ReflectiveOperationException", "RuntimeException", "StackOverflowError",
  "StringIndexOutOfBoundsException", "UncheckedIOException", "UnknownFormatConversionException", "UnsupportedOperationException",
  "Throwable", "IllegalAccessException", "InstantiationException", "NoSuchMethodException", "NoSuchFieldException", "SecurityException",
  "TimeoutException", "ExecutionException", "CancellationException", "CompletionException", "RejectedExecutionException",
  "DateTimeException", "UnsupportedEncodingException",
]);

/** `new XxxException(...)` for a jrt exception: message, cause, or both. */
function newThrowable(c: Call, fqn: string, t: string): GE {
  const name = fqn.split(".").pop()!;
  const n = c.argCount();
  const lit = go.unary("&", go.composite(go.sel(c.jrt(name).x, name), []));
  c.jrt(name);
  const build = (stmts: go.Stmt[]): GE =>
    c.res(go.call(go.funcLit(go.funcType([], [go.param("*jrt." + name)]), [go.define("e", lit), ...stmts, go.ret(go.ident("e"))])), t);
  const isMsg = (i: number): boolean => c.args[i]!.t === "string" || c.args[i]!.t === "nil" && c.paramIs(i, "java.lang.String");
  if (n === 0) return c.res(lit, t);
  if (n === 1 && isMsg(0)) return c.res(go.call(c.jrt("New" + name), c.arg(0, STRING)), t);
  if (n === 1) return build([go.exprStmt(go.call(go.sel("e", "SetCauseAndMessage"), c.tr.v.coerce(c.args[0]!, "jrt.ThrowableI", c.args[0]!.j).e))]);
  if (n === 2 && isMsg(0)) {
    return build([
      go.exprStmt(go.call(go.sel("e", "SetMessage"), c.arg(0, STRING))),
      go.exprStmt(go.call(go.sel("e", "InitCause"), c.tr.v.coerce(c.args[1]!, "jrt.ThrowableI", c.args[1]!.j).e)),
    ]);
  }
  return unsupported(`new ${fqn} with ${n} arguments`);
}

