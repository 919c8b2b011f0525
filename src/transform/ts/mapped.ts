// The rule packs' mappings of third-party APIs (src/transform/rules/mappings.ts) in TypeScript:
// mapped types as type references, mapped calls and Lombok-generated static fields as
// expressions built from the translated Java pieces.

import * as ts from "../../ir/ts.js";
import type * as J from "../../parse/ast.js";
import type { JType } from "../../semantic/types.js";
import { describeCall, mappedOwner, type MappedExpr } from "../rules/mappings.js";
import type { Translator } from "./body.js";
import { unsupported, type ClassInfo, type TsProgram } from "./context.js";
import { qname, strConv } from "./jdk.js";
import type { Naming } from "./names.js";

/** The type a pack maps a Java class type to, or undefined. */
export function mappedTsType(prog: TsProgram, fqn: string): ts.Type | undefined {
  const m = prog.mappings?.type(fqn, "ts");
  return m && ts.typeRef(m.type);
}

interface Pieces {
  arg?(i: number, display: boolean): ts.Expr;
  receiver?(): ts.Expr;
}

function build(x: MappedExpr, p: Pieces): ts.Expr {
  if ("arg" in x) return p.arg ? p.arg(x.arg, x.display ?? false) : unsupported("a mapping refers to an argument where there is none");
  if ("receiver" in x) return p.receiver ? p.receiver() : unsupported("a mapping refers to a receiver where there is none");
  if ("str" in x) return ts.str(x.str);
  if ("ref" in x) return qname(x.ref);
  if ("call" in x) return ts.call(build(x.call, p), ...x.args.map((a) => build(a, p)));
  return ts.call(ts.prop(build(x.on, p), x.method), ...x.args.map((a) => build(a, p)));
}

const AS_IS = new Set(["java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean"]);

/** A Java value as SLF4J would print it: strings, integers and booleans as they are, everything else as `String.valueOf` text. */
function display(tr: Translator, x: ts.Expr, t: JType): ts.Expr {
  if (t.kind === "prim" && t.name !== "char" && t.name !== "float" && t.name !== "double") return x;
  if (t.kind === "class" && AS_IS.has(t.fqn)) return x;
  return strConv(tr, x, t);
}

/** The call lowered by a pack's mapping, or undefined when no pack maps it. */
export function mappedCall(tr: Translator, e: J.MethodCall): ts.Expr | undefined {
  const table = tr.prog.mappings;
  if (!table || table.empty) return undefined;
  const model = tr.prog.model;
  const where = mappedOwner(model, e);
  if (!where || !table.hasCall(where.owner, e.name)) return undefined;
  const call = describeCall(model, e, where, "ts", tr.env.cls.sym.fqn, (fqn) => tr.prog.isSubtype(fqn, "java.lang.Throwable"));
  const lowered = table.lower(call);
  if (!lowered) return undefined;
  return build(lowered, {
    arg: (i, asText) => {
      const a = e.args[i];
      if (!a) return unsupported(`a mapping of ${e.name}() refers to a missing argument ${i}`);
      const x = tr.expr(a);
      return asText ? display(tr, x, model.typeOf(a)) : x;
    },
    ...(where.hasReceiver && e.target ? { receiver: () => tr.expr(e.target!) } : {}),
  });
}

/** Static properties for the fields Lombok generates (`@Slf4j`'s `log`) that a pack gives a value. */
export function generatedStaticFields(prog: TsProgram, info: ClassInfo, naming: Naming): ts.ClassMember[] {
  const table = prog.mappings;
  if (!table || table.empty) return [];
  const out: ts.ClassMember[] = [];
  for (const { field, init } of table.generatedStaticFields(info.sym, "ts")) {
    const type = mappedTsType(prog, field.type.fqn);
    if (type) out.push(ts.property(naming.fieldName(field), type, build(init, {}), { static: true }));
  }
  return out;
}
