// java.lang.Class for translated code: class literals and the metadata Class reports about a
// source type (record components, a sealed type's permitted subclasses), kept by jrtx.JClass.

import type * as J from "../../parse/ast.js";
import * as ts from "../../ir/ts.js";
import type { TypeSymbol } from "../../semantic/types.js";
import type { Translator } from "./body.js";
import { type TsProgram, unsupported } from "./context.js";

/** Java's binary class name: `pkg.Outer$Inner`, `Main$1`. */
export function javaBinaryName(sym: TypeSymbol): string {
  const rest = sym.pkg ? sym.fqn.slice(sym.pkg.length + 1) : sym.fqn;
  return (sym.pkg ? sym.pkg + "." : "") + rest.replace(/\./g, "$");
}

/** `T.class`: one jrtx.JClass per class, so `x.getClass() == T.class` compares as in Java. */
export function classLiteral(tr: Translator, node: J.TypeNode): ts.Expr {
  const t = tr.model.resolveTypeNode(node);
  const named = (name: string, meta?: ts.Expr) => ts.call(ts.prop(ts.prop("jrtx", "JClass"), "named"), ts.str(name), ...(meta ? [meta] : []));
  if (t.kind === "prim") return named(t.name);
  if (t.kind === "void") return named("void");
  if (t.kind !== "class") return unsupported(`class literal of ${t.kind === "array" ? "an array type" : "an unresolved type"}`);
  const sym = tr.model.lookupType(t.fqn);
  if (!sym) return unsupported(`class literal of ${t.fqn}`);
  const info = tr.prog.classOf(t.fqn);
  // Known by name, the Class still carries its type (`getBean(IUserService.class)` returns an IUserService).
  const typed = (c: ts.Expr) => ts.as(c, ts.typeRef("jrtx.JClass", tr.tsType(t)));
  if (!info) return typed(named(javaBinaryName(sym)));
  // An interface has no JS constructor: its Class is known by name and described here.
  if (info.isInterface) return typed(named(javaBinaryName(sym), classMeta(tr.prog, sym, info.tsName)));
  return ts.call(ts.prop("jrtx", "classOf"), ts.id(tr.scope.classRef(t.fqn)));
}

/** The jrtx.ClassMeta literal for a source type, or undefined when Class has nothing more to report. */
export function classMeta(prog: TsProgram, sym: TypeSymbol, ifaceTsName?: string): ts.Expr | undefined {
  const props: Record<string, ts.Expr> = {};
  if (sym.kind === "record") props.record = ts.array(...(sym.decl as J.RecordDecl).components.map((c) => ts.str(c.name)));
  const permits = permittedSubclasses(prog, sym);
  if (permits.length) props.permits = ts.array(...permits.map((s) => ts.str(javaBinaryName(s))));
  if (ifaceTsName) props.iface = ts.str(ifaceTsName);
  return Object.keys(props).length ? ts.object(props) : undefined;
}

/**
 * A sealed type's permitted subclasses: its direct subtypes in the program (JLS §8.1.6 requires every
 * permitted one to be one), in the order of the `permits` clause when there is one.
 */
function permittedSubclasses(prog: TsProgram, sym: TypeSymbol): TypeSymbol[] {
  const decl = sym.decl as Partial<J.ClassDecl> | undefined;
  if (!decl?.modifiers?.flags.includes("sealed")) return [];
  const direct = [...prog.classes.values()].map((c) => c.sym).filter((s) => [s.superclass, ...s.interfaces].some((t) => t?.kind === "class" && t.fqn === sym.fqn));
  const order = (decl.permits ?? []).map((p) => p.segments[p.segments.length - 1]!.name);
  const rank = (s: TypeSymbol) => {
    const i = order.indexOf(s.name);
    return i < 0 ? order.length : i;
  };
  return direct.sort((a, b) => rank(a) - rank(b));
}
