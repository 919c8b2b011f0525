// Java types → Go type text (gofmt-canonical), following docs/architecture.md: fixed-width
// primitives, `string`, pointer boxes, jrt collections, func types for functional interfaces,
// interfaces for polymorphic classes. Anything else is `undefined` for the caller to stub.

import { substitute, upperOf } from "../../semantic/type-ops.js";
import type { JType, MethodSymbol, TypeSymbol } from "../../semantic/types.js";
import type { Layout } from "./layout.js";
import { mappedGoType } from "./mapped.js";
import type { MappingTable } from "../rules/mappings.js";

/** The imports one Go file needs, collected while its code is built. */
export class Imports {
  /** alias → import path */
  readonly used = new Map<string, string>();
  private readonly aliasOf = new Map<string, string>();

  /**
   * The name to qualify `path`'s identifiers with. Two Java packages can end in the same name
   * (`…framework.web.service` and `…system.service`): the second one met gets `service2`, and so on.
   */
  use(alias: string, path: string): string {
    const known = this.aliasOf.get(path);
    if (known) return known;
    let name = alias;
    for (let n = 2; this.used.has(name); n++) name = `${alias}${n}`;
    this.used.set(name, path);
    this.aliasOf.set(path, name);
    return name;
  }
}

export interface Scope {
  /** The Go package being written. */
  pkgDir: string;
  imports: Imports;
  module: string;
  /** Java type variables that are Go type parameters here; other type variables erase to `any`. */
  typeParams: Set<string>;
}

const PRIM: Record<string, string> = {
  boolean: "bool",
  byte: "int8",
  short: "int16",
  char: "uint16",
  int: "int32",
  long: "int64",
  float: "float32",
  double: "float64",
};

export const BOXES: Record<string, string> = {
  "java.lang.Integer": "int32",
  "java.lang.Long": "int64",
  "java.lang.Short": "int16",
  "java.lang.Byte": "int8",
  "java.lang.Character": "uint16",
  "java.lang.Boolean": "bool",
  "java.lang.Double": "float64",
  "java.lang.Float": "float32",
};

/** JDK classes with a jrt representation: Go type text with `$0`, `$1` for the type arguments. */
const JDK: Record<string, string> = {
  "java.lang.Object": "any",
  "java.lang.Number": "any",
  // Void's only value is null (Result<Void>, Callable<Void>).
  "java.lang.Void": "any",
  "java.lang.Class": "*jrt.Class",
  "java.lang.reflect.RecordComponent": "*jrt.RecordComponent",
  "java.lang.StackTraceElement": "*jrt.StackTraceElement",
  "java.lang.Comparable": "any",
  // A marker interface: every Go value may stand where Java wants one.
  "java.io.Serializable": "any",
  "java.lang.String": "string",
  "java.lang.CharSequence": "string",
  "java.util.List": "*jrt.ArrayList[$0]",
  "java.util.ArrayList": "*jrt.ArrayList[$0]",
  "java.util.LinkedList": "*jrt.ArrayList[$0]",
  "java.util.Vector": "*jrt.ArrayList[$0]",
  "java.util.Stack": "*jrt.ArrayList[$0]",
  "java.util.AbstractList": "*jrt.ArrayList[$0]",
  "java.util.Collection": "jrt.Collection[$0]",
  "java.lang.Iterable": "jrt.Collection[$0]",
  "java.util.Set": "jrt.Set[$0]",
  "java.util.HashSet": "*jrt.HashSet[$0]",
  "java.util.LinkedHashSet": "*jrt.HashSet[$0]",
  "java.util.TreeSet": "*jrt.TreeSet[$0]",
  "java.util.SortedSet": "*jrt.TreeSet[$0]",
  "java.util.NavigableSet": "*jrt.TreeSet[$0]",
  "java.util.Map": "jrt.Map[$0, $1]",
  // Every jrt map is one.
  "java.util.AbstractMap": "jrt.Map[$0, $1]",
  "java.util.HashMap": "*jrt.HashMap[$0, $1]",
  "java.util.LinkedHashMap": "*jrt.HashMap[$0, $1]",
  "java.util.TreeMap": "*jrt.TreeMap[$0, $1]",
  "java.util.SortedMap": "*jrt.TreeMap[$0, $1]",
  "java.util.NavigableMap": "*jrt.TreeMap[$0, $1]",
  // Iterates in ordinal order: a TreeMap in natural order (an enum's compareTo is by ordinal).
  "java.util.EnumMap": "*jrt.TreeMap[$0, $1]",
  // Likewise (jrt/enumsets.go).
  "java.util.EnumSet": "*jrt.TreeSet[$0]",
  "java.util.Map.Entry": "*jrt.MapEntry[$0, $1]",
  "java.util.Queue": "jrt.Deque[$0]",
  "java.util.Deque": "jrt.Deque[$0]",
  "java.util.ArrayDeque": "*jrt.ArrayDeque[$0]",
  "java.util.PriorityQueue": "*jrt.PriorityQueue[$0]",
  "java.util.Iterator": "jrt.Iterator[$0]",
  "java.util.ListIterator": "*jrt.ListIterator[$0]",
  "java.util.Optional": "*jrt.Optional[$0]",
  "java.lang.StringBuilder": "*jrt.StringBuilder",
  "java.lang.StringBuffer": "*jrt.StringBuilder",
  "java.util.Random": "*jrt.Random",
  "java.io.PrintStream": "*jrt.PrintStream",
  "java.util.stream.Stream": "*jrt.Stream[$0]",
  "java.util.stream.IntStream": "*jrt.Stream[int32]",
  "java.util.stream.LongStream": "*jrt.Stream[int64]",
  "java.util.stream.DoubleStream": "*jrt.Stream[float64]",
  "java.util.OptionalInt": "*jrt.Optional[int32]",
  "java.util.OptionalLong": "*jrt.Optional[int64]",
  "java.util.OptionalDouble": "*jrt.Optional[float64]",
  "java.math.BigInteger": "*jrt.BigInteger",
  "java.math.BigDecimal": "*jrt.BigDecimal",
  "java.math.MathContext": "*jrt.MathContext",
  "java.util.Locale": "*jrt.Locale",
  "java.lang.Runtime": "*jrt.Runtime",
  "java.lang.Thread": "*jrt.Thread",
  "java.util.IntSummaryStatistics": "*jrt.IntSummaryStatistics",
  "java.util.BitSet": "*jrt.BitSet",
  "java.lang.Character.UnicodeBlock": "*jrt.UnicodeBlock",
  "java.lang.Character.UnicodeScript": "jrt.UnicodeScript",
  "java.math.RoundingMode": "jrt.RoundingMode",
  "java.lang.AutoCloseable": "jrt.AutoCloseable",
  "java.io.Closeable": "jrt.AutoCloseable",
  "java.io.Reader": "jrt.Reader",
  "java.io.StringReader": "*jrt.StringReader",
  "java.io.BufferedReader": "*jrt.BufferedReader",
};

const OPERATORS: Record<string, { fqn: string; n: number }> = {
  "java.util.function.BinaryOperator": { fqn: "java.util.function.BiFunction", n: 3 },
  "java.util.function.UnaryOperator": { fqn: "java.util.function.Function", n: 2 },
};

/** Type arguments a raw JDK generic gets (`List` → `List<Object>`). */
const JDK_ARITY: Record<string, number> = {};
for (const [k, v] of Object.entries(JDK)) JDK_ARITY[k] = v.includes("$1") ? 2 : v.includes("$0") ? 1 : 0;

/** JDK interfaces Go keeps as interfaces that lambdas may implement: their method and jrt's adapter. */
const JDK_LAMBDA_ADAPTERS: Record<string, { method: string; adapter: string }> = {
  "java.lang.AutoCloseable": { method: "close", adapter: "jrt.CloseFunc" },
  "java.io.Closeable": { method: "close", adapter: "jrt.CloseFunc" },
  "java.lang.Comparable": { method: "compareTo", adapter: "jrt.ComparableOf" },
  "java.lang.Iterable": { method: "iterator", adapter: "jrt.IterableOf" },
};

export class TypeMapper {
  constructor(
    private readonly layout: Layout,
    private readonly mappings?: MappingTable,
  ) {}

  /** Go type text for `t`, or undefined when Go has no representation for it here. */
  go(t: JType, s: Scope): string | undefined {
    switch (t.kind) {
      case "prim":
        return PRIM[t.name];
      case "void":
        return "";
      case "array": {
        const e = this.go(t.elem, s);
        return e === undefined ? undefined : "[]" + e;
      }
      case "typevar":
        // Erased (no Go type parameter here), a type variable is its bound, as javac erases it.
        return s.typeParams.has(t.name) ? t.name : (this.constraint(t.bounds ?? [], s) ?? "any");
      case "wildcard":
        return this.go(t.super ? (t.bound ?? upperOf(t)) : upperOf(t), s);
      case "intersection":
        return t.types.length ? this.go(t.types[0]!, s) : "any";
      case "null":
        return "any";
      case "unknown":
        return undefined;
      case "class":
        return this.classType(t, s);
    }
  }

  /** Like `go`, but `any` for what cannot be represented (signatures degrade instead of failing). */
  goOrAny(t: JType, s: Scope): string {
    return this.go(t, s) ?? "any";
  }

  isThrowable(fqn: string): boolean {
    if (fqn === "java.lang.Throwable") return true;
    const sym = this.layout.model.lookupType(fqn);
    return !!sym && this.layout.allSupers(sym).some((x) => x.fqn === "java.lang.Throwable");
  }

  /** The single abstract method of a functional interface, or undefined. */
  functionalMethod(fqn: string): MethodSymbol | undefined {
    if (OPERATORS[fqn]) return this.functionalMethod(OPERATORS[fqn].fqn);
    const info = this.layout.info(fqn);
    if (info) return info.func;
    const sym = this.layout.model.lookupType(fqn);
    if (!sym || sym.kind !== "interface" || sym.origin === "opaque") return undefined;
    if (!/^java\.util\.function\.|^java\.lang\.Runnable$|^java\.util\.Comparator$|^java\.util\.concurrent\.Callable$/.test(fqn)) return undefined;
    const abstract = sym.methods.filter((m) => m.abstract && !m.static && !m.default && !["equals", "hashCode", "toString"].includes(m.name));
    return abstract.length === 1 ? abstract[0] : undefined;
  }

  /** Parameter and result types of a functional interface type with its arguments substituted. */
  funcSignature(t: JType): { params: JType[]; result: JType; method: MethodSymbol } | undefined {
    if (t.kind !== "class") return undefined;
    // BinaryOperator<T> / UnaryOperator<T> inherit their method from BiFunction<T,T,T> / Function<T,T>.
    const op = OPERATORS[t.fqn];
    if (op) {
      const a = t.args[0] ?? { kind: "class" as const, fqn: "java.lang.Object", args: [] };
      return this.funcSignature({ kind: "class", fqn: op.fqn, args: Array(op.n).fill(a) as JType[] });
    }
    const m = this.functionalMethod(t.fqn);
    return m && this.signatureIn(t, m);
  }

  /** `m`'s parameter and result types as seen through `t` (its type arguments substituted). */
  private signatureIn(t: Extract<JType, { kind: "class" }>, m: MethodSymbol): { params: JType[]; result: JType; method: MethodSymbol } | undefined {
    const sym = this.layout.model.lookupType(t.fqn);
    if (!sym) return undefined;
    const args = t.args.map((a) => (a.kind === "wildcard" ? (a.bound ?? { kind: "class", fqn: "java.lang.Object", args: [] }) : a)) as JType[];
    const subst = { names: sym.typeParams.map((p) => p.name), types: sym.typeParams.map((_, i) => args[i] ?? { kind: "class" as const, fqn: "java.lang.Object", args: [] }) };
    return { params: m.params.map((p) => substitute(p, subst)), result: substitute(m.returnType, subst), method: m };
  }

  /**
   * A lambda or method reference whose target is an interface Go keeps as an interface: the
   * signature to write the func literal with, and the adapter that makes it implement the interface
   * (a source interface's `<Name>Func` type; jrt's for AutoCloseable and Comparable).
   */
  lambdaAdapter(t: JType, s: Scope): { sig: { params: JType[]; result: JType; method: MethodSymbol }; adapter: string } | undefined {
    if (t.kind !== "class") return undefined;
    const info = this.layout.info(t.fqn);
    const jdk = JDK_LAMBDA_ADAPTERS[t.fqn];
    const m = info ? info.lambdaMethod : jdk && this.layout.model.lookupType(t.fqn)?.methods.find((x) => x.name === jdk.method);
    const sig = m && this.signatureIn(t, m);
    const goT = sig && this.go(t, s);
    if (!sig || !goT) return undefined;
    if (info) return { sig, adapter: goT.replace(/^[^[]+/, "$&Func") };
    s.imports.use("jrt", `${s.module}/internal/jrt`);
    return { sig, adapter: jdk!.adapter };
  }

  private classType(t: Extract<JType, { kind: "class" }>, s: Scope): string | undefined {
    const fn = this.funcSignature(t);
    if (fn) {
      const ps = fn.params.map((p) => this.go(p, s));
      const r = this.go(fn.result, s);
      if (ps.some((p) => p === undefined) || r === undefined) return undefined;
      return `func(${ps.join(", ")})${r ? " " + r : ""}`;
    }
    const info = this.layout.info(t.fqn);
    if (info) {
      const qual = info.pkg.dir === s.pkgDir ? "" : s.imports.use(info.pkg.name, `${s.module}/${info.pkg.dir}`) + ".";
      const outer = info.outerParams.map((n) => (s.typeParams.has(n) ? n : "any"));
      const own = this.layout.erased(t.fqn) ? "" : this.typeArgs(t.args, info.sym, s);
      if (own === undefined) return undefined;
      const args = outer.length ? `[${[...outer, ...(own ? own.slice(1, -1).split(", ") : [])].join(", ")}]` : own;
      if (args === undefined) return undefined;
      if (info.sym.kind === "interface") return qual + info.goName + args;
      if (info.poly) return qual + info.goName + "I" + args;
      return "*" + qual + info.goName + args;
    }
    if (BOXES[t.fqn]) return "*" + BOXES[t.fqn];
    const tpl = JDK[t.fqn];
    if (tpl !== undefined) {
      const n = JDK_ARITY[t.fqn]!;
      const args: string[] = [];
      for (let i = 0; i < n; i++) {
        const a = t.args[i];
        const g = a ? this.go(a, s) : "any";
        if (g === undefined) return undefined;
        args.push(g);
      }
      if (tpl.includes("jrt.")) s.imports.use("jrt", `${s.module}/internal/jrt`);
      return tpl.replace(/\$(\d)/g, (_, i: string) => args[Number(i)]!);
    }
    if (this.isThrowable(t.fqn)) {
      s.imports.use("jrt", `${s.module}/internal/jrt`);
      return "jrt.ThrowableI";
    }
    const mapped = this.mappings?.type(t.fqn, "go");
    return mapped && mappedGoType(mapped, s);
  }

  private typeArgs(args: JType[], sym: TypeSymbol, s: Scope): string | undefined {
    if (!sym.typeParams.length) return "";
    const out: string[] = [];
    for (let i = 0; i < sym.typeParams.length; i++) {
      const a = args[i];
      let g = a ? this.go(a, s) : "any";
      if (g === undefined) return undefined;
      // An erased argument must still satisfy an interface constraint: use the bound itself.
      if (g === "any") g = this.constraint(sym.typeParams[i]!.bounds, s) ?? "any";
      out.push(g);
    }
    return `[${out.join(", ")}]`;
  }

  /** The Go constraint for Java bounds: a source interface (or class interface) type, else undefined (`any`). */
  constraint(bounds: JType[], s: Scope): string | undefined {
    const b = bounds[0];
    if (b?.kind !== "class" || b.args.length) return undefined;
    const info = this.layout.info(b.fqn);
    if (!info || info.func || (info.sym.kind !== "interface" && !info.poly)) return undefined;
    return this.go(b, s);
  }
}
