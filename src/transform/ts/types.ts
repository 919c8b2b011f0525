// Java types to TypeScript types: primitives to number/bigint/boolean, strings and boxes to their
// JS values, JDK collections to jrt classes, JDK functional interfaces to function types, source
// types to their emitted classes/interfaces; what cannot be expressed is erased and recorded.

import { mappedTsType } from "./mapped.js";
import * as ts from "../../ir/ts.js";
import type { JType, MethodSymbol, TypeSymbol } from "../../semantic/types.js";
import { typeToString } from "../../semantic/types.js";
import type { ClassInfo, TsProgram } from "./context.js";

/** Resolves a source type's TS name inside the module being built (adding the import). */
export interface NameScope {
  classRef(fqn: string): string;
  /** Type variables visible here (class and method type parameters). */
  typeVars: Set<string>;
  /** Where erasures are recorded. */
  file: string;
  line: number;
}

/** JDK types with a jrt class of the same shape; the value is the qualified TS name. */
const JDK_CLASSES: Record<string, string> = {
  "java.util.ArrayList": "jrt.ArrayList",
  "java.util.LinkedList": "jrt.LinkedList",
  "java.util.ArrayDeque": "jrt.ArrayDeque",
  "java.util.Deque": "jrt.RingList",
  "java.util.Stack": "jrt.Stack",
  "java.util.Vector": "jrt.ArrayList",
  "java.util.List": "jrt.JList",
  "java.util.AbstractList": "jrt.JList",
  "java.util.Collection": "jrt.JCollection",
  "java.util.AbstractCollection": "jrt.JCollection",
  "java.util.Set": "jrt.JSet",
  "java.util.HashSet": "jrt.HashSet",
  "java.util.LinkedHashSet": "jrt.LinkedHashSet",
  "java.util.TreeSet": "jrt.TreeSet",
  "java.util.SortedSet": "jrt.TreeSet",
  "java.util.NavigableSet": "jrt.TreeSet",
  "java.util.Map": "jrt.JMap",
  "java.util.AbstractMap": "jrt.JMap",
  "java.util.HashMap": "jrt.HashMap",
  "java.util.LinkedHashMap": "jrt.LinkedHashMap",
  "java.util.TreeMap": "jrt.TreeMap",
  "java.util.SortedMap": "jrt.TreeMap",
  "java.util.NavigableMap": "jrt.TreeMap",
  "java.util.Map.Entry": "jrt.MapEntry",
  "java.util.Iterator": "jrt.JIterator",
  "java.util.ListIterator": "jrt.ListIter",
  "java.util.PriorityQueue": "jrt.PriorityQueue",
  "java.util.Queue": "jrtx.JQueue",
  "java.util.Optional": "jrt.Optional",
  "java.util.Random": "jrt.Random",
  "java.util.BitSet": "jrt.BitSet",
  "java.lang.StringBuilder": "jrt.StringBuilder",
  "java.lang.StringBuffer": "jrt.StringBuilder",
  "java.math.BigInteger": "jrt.BigInteger",
  "java.math.BigDecimal": "jrt.BigDecimal",
  "java.math.RoundingMode": "jrt.RoundingMode",
  "java.io.PrintStream": "jrt.PrintStream",
  "java.io.StringReader": "jrt.StringReader",
  "java.io.BufferedReader": "jrt.BufferedReader",
  "java.lang.Throwable": "jrt.Throwable",
  "java.lang.StackTraceElement": "jrt.StackTraceElement",
  "java.math.MathContext": "jrt.MathContext",
  "java.lang.Thread": "jrt.Thread",
  "java.lang.Runtime": "jrt.JavaRuntime",
  "java.lang.Character.UnicodeBlock": "jrt.UnicodeBlock",
  "java.lang.Character.UnicodeScript": "jrt.UnicodeScript",
  "java.lang.Exception": "jrt.Exception",
  "java.lang.Error": "jrt.JError",
  "java.util.stream.Stream": "jrtx.JStream",
  "java.util.stream.IntStream": "jrtx.JStream",
  "java.util.stream.LongStream": "jrtx.JStream",
  "java.util.stream.DoubleStream": "jrtx.JStream",
  "java.util.OptionalInt": "jrt.Optional",
  "java.util.OptionalLong": "jrt.Optional",
  "java.util.OptionalDouble": "jrt.Optional",
  "java.util.IntSummaryStatistics": "jrtx.SummaryStatistics",
  "java.util.LongSummaryStatistics": "jrtx.SummaryStatistics",
  "java.util.DoubleSummaryStatistics": "jrtx.SummaryStatistics",
  "java.util.stream.Collector": "jrtx.Collector",
  "java.util.StringJoiner": "jrtx.StringJoiner",
  "java.util.concurrent.atomic.AtomicInteger": "jrtx.AtomicInteger",
  "java.util.concurrent.atomic.AtomicLong": "jrtx.AtomicLong",
  "java.lang.Iterable": "jrtx.JIterable",
  "java.lang.AutoCloseable": "jrtx.AutoCloseable",
  "java.io.Closeable": "jrtx.AutoCloseable",
  "java.lang.Class": "jrtx.JClass",
  // Enums compare by ordinal, so sorted collections iterate and print like EnumMap/EnumSet.
  "java.util.EnumMap": "jrt.TreeMap",
  "java.util.EnumSet": "jrt.TreeSet",
};

/** Element types of primitive streams and optionals, which jrtx models as streams/optionals of JS values. */
const PRIM_GENERIC: Record<string, JType> = {
  "java.util.stream.IntStream": { kind: "prim", name: "int" },
  "java.util.stream.LongStream": { kind: "prim", name: "long" },
  "java.util.stream.DoubleStream": { kind: "prim", name: "double" },
  "java.util.OptionalInt": { kind: "prim", name: "int" },
  "java.util.OptionalLong": { kind: "prim", name: "long" },
  "java.util.OptionalDouble": { kind: "prim", name: "double" },
  "java.util.IntSummaryStatistics": { kind: "prim", name: "int" },
  "java.util.LongSummaryStatistics": { kind: "prim", name: "long" },
  "java.util.DoubleSummaryStatistics": { kind: "prim", name: "double" },
};

/** jrt exception classes by Java FQN (java.lang.Error is JError to keep JS's Error). */
export const JRT_EXCEPTIONS = new Set(
  [
    "java.lang.RuntimeException", "java.lang.IllegalArgumentException", "java.lang.NumberFormatException", "java.lang.IllegalStateException",
    "java.lang.NullPointerException", "java.lang.ArithmeticException", "java.lang.IndexOutOfBoundsException", "java.lang.ArrayIndexOutOfBoundsException",
    "java.lang.StringIndexOutOfBoundsException", "java.lang.ClassCastException", "java.lang.UnsupportedOperationException", "java.lang.NegativeArraySizeException",
    "java.lang.ArrayStoreException", "java.lang.CloneNotSupportedException", "java.lang.InterruptedException", "java.lang.ReflectiveOperationException",
    "java.lang.ClassNotFoundException", "java.util.NoSuchElementException", "java.util.InputMismatchException", "java.util.EmptyStackException",
    "java.util.ConcurrentModificationException", "java.util.IllegalFormatException", "java.util.regex.PatternSyntaxException", "java.io.IOException",
    "java.util.MissingFormatArgumentException", "java.util.UnknownFormatConversionException", "java.util.IllegalFormatConversionException",
    "java.io.FileNotFoundException", "java.io.UncheckedIOException", "java.lang.StackOverflowError", "java.lang.OutOfMemoryError", "java.lang.AssertionError",
    "java.lang.IllegalAccessException", "java.lang.InstantiationException", "java.lang.NoSuchMethodException", "java.lang.NoSuchFieldException",
    "java.lang.SecurityException", "java.util.concurrent.TimeoutException", "java.util.concurrent.ExecutionException", "java.util.concurrent.CancellationException",
    "java.util.concurrent.CompletionException", "java.util.concurrent.RejectedExecutionException", "java.time.DateTimeException", "java.io.UnsupportedEncodingException",
  ],
);

export function jdkClassName(fqn: string): string | undefined {
  if (JDK_CLASSES[fqn]) return JDK_CLASSES[fqn];
  if (JRT_EXCEPTIONS.has(fqn)) return "jrt." + fqn.slice(fqn.lastIndexOf(".") + 1);
  return undefined;
}

export const BOXES: Record<string, "int" | "long" | "double" | "float" | "char" | "boolean" | "short" | "byte"> = {
  "java.lang.Integer": "int",
  "java.lang.Long": "long",
  "java.lang.Double": "double",
  "java.lang.Float": "float",
  "java.lang.Character": "char",
  "java.lang.Boolean": "boolean",
  "java.lang.Short": "short",
  "java.lang.Byte": "byte",
};

/** The primitive a type holds, looking through boxes. */
export function primOf(t: JType): string | undefined {
  if (t.kind === "prim") return t.name;
  if (t.kind === "class") return BOXES[t.fqn];
  return undefined;
}

export function isBoxed(t: JType): boolean {
  return t.kind === "class" && BOXES[t.fqn] !== undefined;
}

export function isString(t: JType): boolean {
  return t.kind === "class" && t.fqn === "java.lang.String";
}

/** java.lang.CharSequence (`jrt.CharSequence`: a string or a StringBuilder). */
export function isCharSequence(t: JType | undefined): boolean {
  return t?.kind === "class" && t.fqn === "java.lang.CharSequence";
}

/** Substitutes type variables by name. */
export function subst(t: JType, map: Map<string, JType>): JType {
  switch (t.kind) {
    case "typevar":
      return map.get(t.name) ?? t;
    case "class":
      return t.args.length ? { ...t, args: t.args.map((a) => subst(a, map)) } : t;
    case "array":
      return { kind: "array", elem: subst(t.elem, map) };
    case "wildcard":
      return t.bound ? { ...t, bound: subst(t.bound, map) } : t;
    default:
      return t;
  }
}

/** The single abstract method of a JDK functional interface (with the interface's type arguments applied), if it is one. */
export function jdkSam(prog: TsProgram, t: JType): { method: MethodSymbol; params: JType[]; ret: JType } | undefined {
  if (t.kind !== "class") return undefined;
  // Only the lambda-shaped JDK interfaces become JS functions; Iterable, AutoCloseable, Comparable stay objects.
  if (!t.fqn.startsWith("java.util.function.") && t.fqn !== "java.lang.Runnable" && t.fqn !== "java.util.concurrent.Callable" && t.fqn !== "java.util.Comparator") return undefined;
  return jdkInterfaceSam(prog, t);
}

/** The single abstract method of any JDK interface (those that stay objects too), with `t`'s type arguments applied. */
export function jdkInterfaceSam(prog: TsProgram, t: JType & { kind: "class" }): { method: MethodSymbol; params: JType[]; ret: JType } | undefined {
  const sym = prog.model.lookupType(t.fqn);
  if (!sym || sym.origin !== "jdk" || sym.kind !== "interface") return undefined;
  const abstract = samOf(prog, sym);
  if (!abstract) return undefined;
  const owner = prog.model.lookupType(abstract.owner);
  const map = new Map<string, JType>();
  // Type arguments apply to the interface's own parameters; a SAM inherited from a superinterface keeps its declared types.
  if (owner === sym) sym.typeParams.forEach((p, i) => map.set(p.name, unwild(t.args[i]) ?? { kind: "class", fqn: "java.lang.Object", args: [] }));
  else inheritedArgs(prog, sym, t.args, owner, map);
  return { method: abstract, params: abstract.params.map((p) => subst(p, map)), ret: subst(abstract.returnType, map) };
}

function inheritedArgs(prog: TsProgram, sym: TypeSymbol, args: JType[], owner: TypeSymbol | undefined, map: Map<string, JType>): void {
  const local = new Map<string, JType>();
  sym.typeParams.forEach((p, i) => local.set(p.name, unwild(args[i]) ?? { kind: "class", fqn: "java.lang.Object", args: [] }));
  for (const s of sym.interfaces) {
    if (s.kind !== "class") continue;
    const ss = prog.model.lookupType(s.fqn);
    if (!ss) continue;
    const sargs = s.args.map((a) => subst(a, local));
    if (ss === owner) ss.typeParams.forEach((p, i) => map.set(p.name, unwild(sargs[i]) ?? { kind: "class", fqn: "java.lang.Object", args: [] }));
    else inheritedArgs(prog, ss, sargs, owner, map);
  }
}

function unwild(t: JType | undefined): JType | undefined {
  if (t?.kind === "wildcard") return t.bound ?? { kind: "class", fqn: "java.lang.Object", args: [] };
  return t;
}

const OBJECT_METHODS = new Set(["equals", "hashCode", "toString"]);

/** The abstract method of a functional interface (source or JDK), ignoring Object's methods. */
export function samOf(prog: TsProgram, sym: TypeSymbol): MethodSymbol | undefined {
  if (sym.kind !== "interface") return undefined;
  const abstract = prog.allMethods(sym.fqn).filter((m) => m.abstract && !m.static && !m.default && !OBJECT_METHODS.has(m.name));
  const names = new Set(abstract.map((m) => m.name + "/" + m.params.length));
  return names.size === 1 ? abstract[0] : undefined;
}

/** A type that names no type variable or wildcard. */
function closedType(t: JType): boolean {
  if (t.kind === "class") return t.args.every(closedType);
  if (t.kind === "array") return closedType(t.elem);
  return t.kind === "prim";
}

export class TypeMapper {
  private readonly seen = new Set<string>();
  constructor(private readonly prog: TsProgram) {}

  /** The TS type for a Java type; `scope` resolves source types and records erasures. */
  map(t: JType, scope: NameScope): ts.Type {
    switch (t.kind) {
      case "prim":
        return ts.kw(t.name === "boolean" ? "boolean" : t.name === "long" ? "bigint" : "number");
      case "void":
        return ts.kw("void");
      case "array":
        return this.arrayType(t.elem, scope);
      case "typevar":
        if (scope.typeVars.has(t.name)) return ts.typeRef(t.name);
        // Recursive bounds (`T extends Comparable<T>`) are not followed: the variable is erased to unknown.
        return this.erase(t, ts.kw("unknown"), scope, "type variable out of scope");
      case "wildcard":
        // `? super Integer` accepts a List<Number> or List<Object> and reads as Object: unknown, not the bound.
        return t.bound && !t.super ? this.map(t.bound, scope) : this.erase(t, ts.kw("unknown"), scope, "wildcard");
      case "intersection":
        return this.erase(t, t.types[0] ? this.map(t.types[0], scope) : ts.kw("unknown"), scope, "intersection type");
      case "null":
      case "unknown":
        return ts.kw("unknown");
      case "class":
        return this.classType(t, scope);
    }
  }

  private erase(t: JType, to: ts.Type, scope: NameScope, lost: string): ts.Type {
    const tsType = to.kind === "KeywordType" ? to.name : to.kind === "TypeRef" ? to.name : to.kind;
    const rec = { file: scope.file, line: scope.line, javaType: typeToString(t), tsType, lost };
    const key = JSON.stringify(rec);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.prog.erasures.push(rec);
    }
    return to;
  }

  arrayType(elem: JType, scope: NameScope): ts.Type {
    if (elem.kind === "prim") {
      const typed: Record<string, string> = {
        int: "Int32Array", double: "Float64Array", float: "Float32Array", char: "Uint16Array", byte: "Int8Array", short: "Int16Array", long: "BigInt64Array",
      };
      if (typed[elem.name]) return ts.typeRef(typed[elem.name]!);
    }
    return ts.arrayOf(this.map(elem, scope));
  }

  private args(t: { args: JType[] }, n: number, scope: NameScope): ts.Type[] {
    const out: ts.Type[] = [];
    for (let i = 0; i < n; i++) {
      const a = t.args[i];
      out.push(a ? this.map(a, scope) : this.erase({ kind: "class", fqn: "raw", args: [] }, ts.kw("unknown"), scope, "raw type argument"));
    }
    return out;
  }

  /**
   * A wildcard that reads as Object (`?`, `? super X`) in place of a bounded type parameter of a source
   * class is that bound (`Subscription<?>` → `Subscription<Event>`), which the TS class requires of its
   * argument; recorded as an erasure. Bounds that mention type variables stay as they are.
   */
  private boundedWildcards(t: JType & { kind: "class" }, sym: TypeSymbol | undefined, scope: NameScope): { args: JType[] } {
    const args = t.args.map((a, i) => {
      const bound = sym?.typeParams[i]?.bounds[0];
      if (a.kind !== "wildcard" || (a.bound && !a.super) || !bound || !closedType(bound)) return a;
      this.erase(a, this.map(bound, scope), scope, "wildcard (as its parameter's bound)");
      return bound;
    });
    return { args };
  }

  /** A local class's enclosing type variables, passed through where they are in scope. */
  enclosingArgs(info: ClassInfo, scope: NameScope): ts.Type[] {
    return info.enclosingTypeParams.map((p) => (scope.typeVars.has(p.name) ? ts.typeRef(p.name) : ts.kw("unknown")));
  }

  private classType(t: JType & { kind: "class" }, scope: NameScope): ts.Type {
    const fqn = t.fqn;
    if (fqn === "java.lang.String") return ts.kw("string");
    if (fqn === "java.lang.CharSequence") return ts.typeRef("jrt.CharSequence");
    if (fqn === "java.lang.Object") return ts.kw("unknown");
    const box = BOXES[fqn];
    if (box) return ts.kw(box === "boolean" ? "boolean" : box === "long" ? "bigint" : "number");
    // A Number may hold a Long, which is a bigint.
    // A Double or Float in a Number keeps its type in a jrt box (it prints as 1500.0, not 1500);
    // BigInteger and BigDecimal are Numbers too.
    if (fqn === "java.lang.Number") return ts.union(ts.kw("number"), ts.kw("bigint"), ts.typeRef("jrt.BoxedDouble"), ts.typeRef("jrt.BoxedFloat"), ts.typeRef("jrt.BigInteger"), ts.typeRef("jrt.BigDecimal"));
    if (fqn === "java.lang.Void") return ts.kw("void");
    const info = this.prog.classOf(fqn);
    const sym = this.prog.model.lookupType(fqn);
    if (info) return ts.typeRef(scope.classRef(fqn), ...this.args(this.boundedWildcards(t, sym, scope), sym?.typeParams.length ?? 0, scope), ...this.enclosingArgs(info, scope));
    // A comparator is a function: `Comparator<? super T>` compares Ts (its parameters are contravariant already).
    if (fqn === "java.util.Comparator") return ts.typeRef("jrt.Comparator", ...this.args({ args: t.args.map((a) => unwild(a) ?? a) }, 1, scope));
    const sam = jdkSam(this.prog, t);
    if (sam) {
      const params = sam.params.map((p, i) => ts.param(`a${i}`, this.map(p, scope)));
      return ts.fnType(params, this.map(sam.ret, scope));
    }
    const prim = PRIM_GENERIC[fqn];
    const name = jdkClassName(fqn);
    if (name) {
      if (prim) return ts.typeRef(name, this.map(prim, scope));
      if (name === "jrt.Optional" || name === "jrt.JIterator" || name === "jrt.ListIter" || name === "jrtx.JIterable") return ts.typeRef(name, ...this.args(t, 1, scope));
      return ts.typeRef(name, ...this.args(t, sym?.typeParams.length ?? 0, scope));
    }
    if (sym?.kind === "enum" && fqn === "java.lang.Enum") return ts.typeRef("jrtx.JEnum");
    const mapped = mappedTsType(this.prog, fqn);
    if (mapped) return mapped;
    return this.erase(t, ts.kw("unknown"), scope, sym?.origin === "jdk" ? "JDK type without a TypeScript counterpart" : "third-party type");
  }
}
