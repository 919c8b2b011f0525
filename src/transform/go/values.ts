// Typed Go expressions (`GE`: the Go expression, its Go type text and its Java type) and the
// conversions between them that Java does implicitly: boxing, unboxing, widening, untyped
// constants meeting interfaces, and `any` meeting a concrete type (erased generics).

import * as go from "../../ir/go.js";
import { typeToString, type JType } from "../../semantic/types.js";
import { unsupported } from "./context.js";
import { convertConst, type ConstVal } from "./consts.js";
import { BOXES, type Imports } from "./types.js";

export interface GE {
  e: go.Expr;
  /** Go type text; `nil` for the null literal. */
  t: string;
  j: JType;
  /** An untyped Go constant (a folded literal) that takes the type of its context. */
  untyped?: boolean;
  konst?: ConstVal;
}

export const NUMERIC = new Set(["int8", "int16", "int32", "int64", "uint16", "float32", "float64"]);
const PRIM_OF_GO: Record<string, string> = {
  int8: "byte",
  int16: "short",
  int32: "int",
  int64: "long",
  uint16: "char",
  float32: "float",
  float64: "double",
  bool: "boolean",
  string: "String",
};
const BOX_FN: Record<string, string> = {
  int32: "BoxInt32",
  int64: "BoxInt64",
  int16: "BoxInt16",
  int8: "BoxInt8",
  uint16: "BoxChar",
  bool: "BoxBool",
  float64: "BoxFloat64",
  float32: "BoxFloat32",
};
const BOXED_GO = new Set(Object.values(BOXES).map((p) => "*" + p));

/** Interfaces from jrt, by name prefix; source interfaces are registered by the transform. */
const JRT_IFACES = /^(any|jrt\.(Collection|Set|Map|Deque|Iterator|ThrowableI|AutoCloseable|Reader)\b)/;

export class Values {
  /** Go type names (as written, qualified) that are interfaces: source interfaces and `<Class>I`. */
  readonly ifaceNames = new Set<string>();
  /** Checks a concrete source type against a parameterised source interface (set by the transform). */
  implementsAs?: (g: GE, to: string, toJ: JType) => boolean;
  /** A source class extending a jrt class, seen as its embedded jrt value (set by the transform). */
  runtimeView?: (g: GE) => GE | undefined;
  /** `g` wrapped in its interface's erased view when `to` is that interface at `any` (set by the transform). */
  erasedView?: (g: GE, to: string, toJ: JType) => go.Expr | undefined;
  /** Parameter and result types of a functional interface type (set by the transform). */
  funcSignature?: (j: JType) => { params: JType[]; result: JType } | undefined;
  /** The Go name of a source class's iterator() method, when it has one (set by the transform). */
  iteratorMethod?: (j: JType) => string | undefined;
  /** Told of each collection seen through another element type (set by the transform, for the report's generics section). */
  onCollectionView?: (from: GE, to: string, toJ: JType, line: number) => void;
  /** The Java line being translated (kept by the translator, for `onCollectionView`). */
  line = 0;

  constructor(
    private readonly imports: () => Imports,
    private readonly module: string,
  ) {}

  jrt(name: string): go.SelectorExpr {
    this.imports().use("jrt", `${this.module}/internal/jrt`);
    return go.qual("jrt", name);
  }

  std(pkg: string, name: string): go.SelectorExpr {
    this.imports().use(pkg, pkg);
    return go.qual(pkg, name);
  }

  isInterface(t: string): boolean {
    if (JRT_IFACES.test(t)) return true;
    const base = t.replace(/\[.*$/, "");
    const short = base.includes(".") ? base.slice(base.lastIndexOf(".") + 1) : base;
    return this.ifaceNames.has(short);
  }

  /** A folded constant as a Go literal of Go type `t`. */
  literal(v: ConstVal, t: string, j: JType): GE {
    if (typeof v === "string") return { e: this.stringLit(v), t: "string", j, untyped: true, konst: v };
    if (typeof v === "boolean") return { e: go.ident(String(v)), t: "bool", j, untyped: true, konst: v };
    if (typeof v === "bigint") return { e: go.intLit(v), t, j, untyped: true, konst: v };
    if (t === "float64" || t === "float32") {
      if (Number.isNaN(v)) return { e: this.typed(t, go.call(this.std("math", "NaN"))), t, j, konst: v };
      if (!Number.isFinite(v)) return { e: this.typed(t, go.call(this.std("math", "Inf"), go.intLit(v > 0 ? 1 : -1))), t, j, konst: v };
      if (Object.is(v, -0)) return { e: this.typed(t, go.call(this.std("math", "Copysign"), go.intLit(0), go.intLit(-1))), t, j, konst: v };
      return { e: floatText(v), t, j, untyped: true, konst: v };
    }
    if (t === "uint16" && v >= 0x20 && v < 0x7f && v !== 0x27 && v !== 0x5c) return { e: go.runeLit(v), t, j, untyped: true, konst: v };
    return { e: v < 0 ? go.unary("-", go.intLit(-v)) : go.intLit(v), t, j, untyped: true, konst: v };
  }

  private typed(t: string, e: go.Expr): go.Expr {
    return t === "float64" ? e : go.call(t, e);
  }

  /** A Go string literal; text with lone surrogates is built from UTF-16 units by jrt. */
  stringLit(s: string): go.Expr {
    if (!/[\ud800-\udfff]/.test(s) || /^(?:[\ud800-\udbff][\udc00-\udfff]|[^\ud800-\udfff])*$/.test(s)) return go.strLit(s);
    const units = [...s].flatMap((c) => [...Array(c.length).keys()].map((i) => go.intLit(c.charCodeAt(i))));
    return go.call(this.jrt("NewStringFromChars"), go.composite(go.sliceType("uint16"), units));
  }

  /** Gives an untyped constant its own type (before it meets `any`). */
  settle(g: GE): GE {
    if (!g.untyped) return g;
    if (g.t === "string" || g.t === "bool") return { ...g, untyped: false };
    return { ...g, e: go.call(g.t, g.e), untyped: false };
  }

  /** Converts `g` to Go type `to` (Java type `toJ`) the way Java's assignment/invocation contexts do. */
  coerce(g: GE, to: string, toJ: JType): GE {
    if (g.t === to) return g;
    const out = (e: go.Expr): GE => ({ e, t: to, j: toJ });
    if (g.t === "nil") {
      if (to === "string") return out(this.jrt("NullString"));
      if (NUMERIC.has(to) || to === "bool") unsupported("null used as a primitive");
      // A type parameter's null (NullString when Java instantiates it with String).
      if (/^[A-Z]$/.test(to)) return out(go.call(go.inst(this.jrt("Null"), go.ident(to))));
      return out(go.ident("nil"));
    }
    if (NUMERIC.has(to) || to === "bool") {
      if (g.untyped && g.konst !== undefined && NUMERIC.has(to)) {
        const v = convertConst(g.konst, PRIM_OF_GO[to]!);
        if (v !== undefined) return this.literal(v, to, toJ);
      }
      if (NUMERIC.has(g.t)) return out(go.call(to, g.e));
      if (BOXED_GO.has(g.t)) return this.coerce({ e: go.star(g.e), t: g.t.slice(1), j: toJ }, to, toJ);
      if (g.t === "any" || this.isInterface(g.t)) return this.coerce({ e: go.star(go.call(go.inst(this.jrt("As"), go.ident("*" + boxOf(to))), g.e)), t: boxOf(to), j: toJ }, to, toJ);
      return unsupported(`cannot convert ${g.t} to ${to}`);
    }
    if (BOXED_GO.has(to)) {
      const p = to.slice(1);
      if (NUMERIC.has(g.t) || g.t === "bool") return out(go.call(this.jrt(BOX_FN[p]!), this.coerce(g, p, toJ).e));
      if (BOXED_GO.has(g.t)) return out(go.call(this.jrt(BOX_FN[p]!), this.coerce(g, p, toJ).e));
      if (g.t === "any" || this.isInterface(g.t)) return out(go.call(go.inst(this.jrt("As"), go.ident(to)), g.e));
      return unsupported(`cannot convert ${g.t} to ${to}`);
    }
    // A primitive meeting Object is boxed, as in Java (so casts back to Integer and identity see a box).
    if (to === "any" && (NUMERIC.has(g.t) || g.t === "bool")) return out(go.call(this.jrt(BOX_FN[g.t]!), this.settle(g).e));
    if (to === "any") return { ...this.settle(g), t: to, j: toJ };
    // A subclass of a jrt class meets a jrt type as its embedded value; an interface takes the object itself.
    const view = this.runtimeView?.(g);
    if (view && !this.isInterface(to)) return this.coerce(view, to, toJ);
    if (g.t === "any" || (this.isInterface(g.t) && !this.isInterface(to))) return out(this.downcast(g.e, to));
    const collection = this.collectionView(g, to, toJ);
    if (collection) return collection;
    if (this.isInterface(to)) {
      if (g.untyped) return { ...this.settle(g), t: to, j: toJ };
      // A source class used as an Iterable is iterated through its iterator() (Go's Iterable is jrt.Collection).
      const iterator = toJ.kind === "class" && toJ.fqn === "java.lang.Iterable" ? this.iteratorMethod?.(g.j) : undefined;
      if (iterator) return out(go.call(this.jrt("IterableOf"), go.sel(g.e, iterator)));
      // Only jrt's own types implement jrt's collection interfaces (a source Iterator has HasNext and Next, as jrt.Iterator asks).
      if (view && sameArgs(view.t, to)) return { ...g, t: to, j: toJ };
      if (/^jrt\.(Collection|Set|Map|Deque)\[/.test(to) && !/^\*?jrt\./.test(g.t)) return unsupported(`${g.t} used as ${to}`);
      if (this.implementsAs && !this.implementsAs(g, to, toJ)) {
        const view = this.erasedView?.(g, to, toJ);
        return view ? out(view) : unsupported(`${g.t} does not implement ${to} with these type arguments`);
      }
      if (sameArgs(g.t, to)) return { ...g, t: to, j: toJ };
      if (this.isInterface(g.t)) return out(go.call(go.inst(this.jrt("As"), go.ident(to)), g.e));
      return unsupported(`generic types differ: ${g.t} vs ${to}`);
    }
    // Go's CharSequence is string: a StringBuilder passed as one hands over its current text.
    if (to === "string" && g.t === "*jrt.StringBuilder" && toJ.kind === "class" && toJ.fqn === "java.lang.CharSequence") return out(go.call(go.sel(g.e, "ToString")));
    if (g.t.startsWith("[]") && to.startsWith("[]")) return unsupported(`array types differ: ${g.t} vs ${to}`);
    if (g.t.startsWith("func(") && to.startsWith("func(")) return this.funcAdapter(g, to, toJ) ?? unsupported(`function types differ: ${g.t} vs ${to}`);
    return unsupported(`cannot convert ${g.t} to ${to}`);
  }

  /**
   * Java's checkcast of a reference to Go type `to`: jrt.As (ClassCastException, null passes); to a
   * list, jrt.AsList, which takes any list as Java's erased cast does (a view when its element type
   * differs); to a set, jrt.AsSet, which refuses a list by name (Go's structural jrt.Set would take one).
   */
  downcast(e: go.Expr, to: string): go.Expr {
    const listElem = /^\*jrt\.ArrayList\[(.*)\]$/.exec(to)?.[1];
    if (listElem !== undefined) return go.call(go.inst(this.jrt("AsList"), go.ident(listElem)), e);
    const setElem = /^jrt\.Set\[(.*)\]$/.exec(to)?.[1];
    if (setElem !== undefined) return go.call(go.inst(this.jrt("AsSet"), go.ident(setElem)), e);
    return go.call(go.inst(this.jrt("As"), go.ident(to)), e);
  }

  /**
   * A collection met where Java sees it through another element type — `List<? extends Number>` or
   * `Collection<? extends T>` given a `List<Integer>`, a raw `List` assigned to `List<String>`, an
   * unchecked cast, a `Set<? super Integer>` given a `Set<Object>` — is a view that forwards to it
   * and converts elements where they are used, as Java's erased collection does (listview.go): a
   * list is `jrt.ListView[E](l)`, itself an `*jrt.ArrayList[E]`; a set `jrt.SetView[E, F](s)`.
   * Outside a cast the Java types must allow it (a wildcard or raw type, or the same element type
   * erased differently): a `TreeSet<Integer>` where a `Set<Object>` is wanted means the inference
   * differs from javac's, and a view would throw where Java stores an Object.
   */
  collectionView(g: GE, to: string, toJ: JType, cast = false): GE | undefined {
    if (!cast && !seenThroughWildcard(g.j, toJ)) return undefined;
    const want = /^(\*jrt\.ArrayList|jrt\.Set|jrt\.Collection)\[(.*)\]$/.exec(to);
    const have = /^(\*jrt\.ArrayList|\*jrt\.HashSet|\*jrt\.TreeSet|jrt\.Set)\[(.*)\]$/.exec(g.t);
    if (!want || !have || want[2] === have[2]) return undefined;
    const list = have[1] === "*jrt.ArrayList";
    if (want[1] !== "jrt.Collection" && list !== (want[1] === "*jrt.ArrayList")) return undefined;
    this.onCollectionView?.(g, to, toJ, this.line);
    const view = list ? go.inst(this.jrt("ListView"), go.ident(want[2]!)) : go.inst(this.jrt("SetView"), go.ident(want[2]!), go.ident(have[2]!));
    return { e: go.call(view, g.e), t: to, j: toJ };
  }

  /**
   * A func value of another instantiation (`Consumer<? super E>` handed a `func(*OrderCreated)`
   * where `func(any)` is wanted): a func literal of the wanted type that converts each argument and
   * the result as Java's erasure does (checked conversions), the value bound once.
   */
  private funcAdapter(g: GE, to: string, toJ: JType): GE | undefined {
    const from = splitFuncType(g.t);
    const want = splitFuncType(to);
    if (!from || !want || from.params.length !== want.params.length || !from.result !== !want.result) return undefined;
    const sigFrom = this.funcSignature?.(g.j);
    const sigTo = this.funcSignature?.(toJ);
    const args = want.params.map((t, i) => this.coerce({ e: go.ident(`a${i}`), t, j: sigTo?.params[i] ?? OBJECT }, from.params[i]!, sigFrom?.params[i] ?? OBJECT).e);
    const call = go.call(go.ident("fn"), ...args);
    const body = want.result ? [go.ret(this.coerce({ e: call, t: from.result, j: sigFrom?.result ?? OBJECT }, want.result, sigTo?.result ?? OBJECT).e)] : [go.exprStmt(call)];
    const adapter = go.funcLit(go.funcType(want.params.map((t, i) => go.field(`a${i}`, t)), want.result ? [go.param(want.result)] : []), body);
    return { e: go.call(go.funcLit(go.funcType([go.field("fn", g.t)], [go.param(to)]), [go.ret(adapter)]), g.e), t: to, j: toJ };
  }
}

const OBJECT: JType = { kind: "class", fqn: "java.lang.Object", args: [] };

/** `func(A, B) R` → its parameter and result type texts; undefined for variadic or multi-result ones. */
function splitFuncType(t: string): { params: string[]; result: string } | undefined {
  let depth = 0;
  let start = "func(".length;
  const params: string[] = [];
  for (let i = start; i < t.length; i++) {
    const c = t[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      params.push(t.slice(start, i).trim());
      start = i + 1;
    } else if (c === ")") {
      if (t.slice(start, i).trim()) params.push(t.slice(start, i).trim());
      const result = t.slice(i + 1).trim();
      return params.some((p) => p.startsWith("...")) || result.startsWith("(") ? undefined : { params, result };
    }
  }
  return undefined;
}

/**
 * Java lets a collection of `from` be one of `to` without a cast: `to`'s element is a wildcard,
 * either side is raw, or both name the same element type (Go's differ only by erasure).
 */
function seenThroughWildcard(from: JType, to: JType): boolean {
  if (from.kind !== "class" || to.kind !== "class") return true;
  const a = from.args[0];
  const b = to.args[0];
  return !a || !b || b.kind === "wildcard" || typeToString(a) === typeToString(b);
}

function boxOf(prim: string): string {
  return prim;
}

/** Type arguments of two instantiated Go types agree (so a concrete type can meet an interface). */
function sameArgs(a: string, b: string): boolean {
  const args = (t: string): string => (t.includes("[") && !t.startsWith("[]") ? t.slice(t.indexOf("[")) : "");
  const x = args(a);
  const y = args(b);
  return x === "" || y === "" || x === y;
}

/** Go float literal text for a double: shortest round-trip digits, with `.0` or an exponent. */
function floatText(v: number): go.Expr {
  let s = String(Math.abs(v));
  if (!/[.e]/.test(s)) s += ".0";
  s = s.replace("e+", "e");
  const lit = go.floatLit(s);
  return v < 0 ? go.unary("-", lit) : lit;
}
