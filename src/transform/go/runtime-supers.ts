// Source classes extending a JDK class that jrt implements (`class LinkedLru<K, V> extends
// LinkedHashMap<K, V>`, `new LinkedHashMap<>(16, 0.75f, true) { removeEldestEntry … }`). The struct
// embeds the jrt value; the super constructor call creates it as `new` of the JDK class would; the
// inherited methods are called on it; and the methods jrt calls back (hooks such as
// removeEldestEntry) are bound to the subclass's overrides. Other JDK superclasses stay untranslated.

import * as go from "../../ir/go.js";
import type * as J from "../../parse/ast.js";
import { substitute } from "../../semantic/type-ops.js";
import type { JType, MethodSymbol, Ref } from "../../semantic/types.js";
import type { Translator } from "./body.js";
import type { Program } from "./context.js";
import { jdkNew } from "./jdk.js";
import type { ClassInfo } from "./layout.js";
import type { GE } from "./values.js";

interface RuntimeSuper {
  fqn: string;
  /** The embedded jrt struct's field name. */
  field: string;
  /** Overridable Java method → the jrt func field that calls it back. */
  hooks: Record<string, string>;
}

const RUNTIME_SUPERS: Record<string, Omit<RuntimeSuper, "fqn">> = {
  "java.util.LinkedHashMap": { field: "HashMap", hooks: { removeEldestEntry: "RemoveEldest" } },
  "java.util.HashMap": { field: "HashMap", hooks: {} },
};

/** The jrt class `info` (or a source superclass) extends, if it is one Go can embed. */
export function runtimeSuper(info: ClassInfo | undefined): RuntimeSuper | undefined {
  for (let c = info; c; c = c.superInfo) {
    const known = c.jdkSuper !== undefined && Object.hasOwn(RUNTIME_SUPERS, c.jdkSuper) ? RUNTIME_SUPERS[c.jdkSuper] : undefined;
    if (known) return { fqn: c.jdkSuper!, ...known };
  }
  return undefined;
}

/**
 * A value of such a class seen as its embedded jrt value, typed as the JDK superclass with the
 * value's type arguments (`LinkedLru<String, String>` → `*jrt.HashMap[string, string]`).
 */
export function runtimeView(prog: Program, g: GE, goType: (j: JType) => string): GE | undefined {
  if (g.j.kind !== "class" || !g.t.startsWith("*")) return undefined;
  const info = prog.layout.info(g.j.fqn);
  const rs = runtimeSuper(info);
  if (!info || !rs) return undefined;
  const sym = info.sym;
  const own = prog.layout.superArgs(sym, rs.fqn) ?? [];
  const object: JType = { kind: "class", fqn: "java.lang.Object", args: [] };
  const args = own.map((a) => substitute(a, { names: sym.typeParams.map((p) => p.name), types: sym.typeParams.map((_, i) => g.j.kind === "class" ? (g.j.args[i] ?? object) : object) }));
  const j: JType = { kind: "class", fqn: rs.fqn, args };
  return { e: go.sel(g.e, rs.field), t: goType(j), j };
}

/**
 * `super(args)` (or the implicit `super()`) of a class extending a jrt class, for the struct `obj`:
 * creates the embedded value and binds the hooks the class overrides to `self`'s methods (`self`
 * dispatches virtually).
 */
export function runtimeSuperInit(prog: Program, tr: Translator, info: ClassInfo, obj: string, self: go.Expr, argNodes: J.Expr[], ref: Extract<Ref, { kind: "method" }> | undefined, node: J.Node): go.Stmt[] {
  const rs = runtimeSuper(info)!;
  const sup = info.sym.superclass!;
  const args = argNodes.map((a, i) => tr.expr(a, ref?.params[i]));
  const created = jdkNew(tr, sup, ref, args, node);
  const stmts: go.Stmt[] = [go.assign(go.sel(obj, rs.field), "=", created.e)];
  const chain = [info.sym, ...prog.layout.allSupers(info.sym).filter((s) => prog.layout.info(s.fqn))];
  for (const [javaName, hook] of Object.entries(rs.hooks)) {
    const m = chain.flatMap((t) => t.methods).find((x: MethodSymbol) => x.name === javaName && !x.static && x.decl);
    if (m) stmts.push(go.assign(go.sel(go.sel(obj, rs.field), hook), "=", go.sel(self, prog.layout.methodName(m))));
  }
  return stmts;
}
