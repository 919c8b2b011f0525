// The rule packs' mappings of third-party APIs (src/transform/rules/mappings.ts) in Go: mapped
// types as Go type text with their imports, mapped calls and Lombok-generated fields as Go
// expressions built from the translated Java pieces.

import * as go from "../../ir/go.js";
import type * as J from "../../parse/ast.js";
import type { JType } from "../../semantic/types.js";
import { describeCall, mappedOwner, type MappedExpr, type MappedType } from "../rules/mappings.js";
import type { Translator } from "./body.js";
import { unsupported, type Program } from "./context.js";
import type { ClassInfo } from "./layout.js";
import type { Scope } from "./types.js";
import type { GE } from "./values.js";

/** `text` with its package qualifier (the last segment of `importPath`, or `jrt.`) imported into the file, renamed if the file's alias differs. */
function qualify(text: string, importPath: string | undefined, s: Scope): string {
  if (importPath) {
    const last = importPath.slice(importPath.lastIndexOf("/") + 1);
    const alias = s.imports.use(last, importPath);
    return alias === last ? text : text.replace(new RegExp(`\\b${last}\\.`, "g"), `${alias}.`);
  }
  if (/\bjrt\./.test(text)) s.imports.use("jrt", `${s.module}/internal/jrt`);
  return text;
}

export function mappedGoType(m: MappedType, s: Scope): string {
  return qualify(m.type, m.import, s);
}

/** How the pieces a mapping refers to are translated; absent pieces make the mapping unusable there. */
interface Pieces {
  arg?(i: number, display: boolean): go.Expr;
  receiver?(): go.Expr;
}

function build(x: MappedExpr, p: Pieces, s: Scope): go.Expr {
  if ("arg" in x) return p.arg ? p.arg(x.arg, x.display ?? false) : unsupported("a mapping refers to an argument where there is none");
  if ("receiver" in x) return p.receiver ? p.receiver() : unsupported("a mapping refers to a receiver where there is none");
  if ("str" in x) return go.strLit(x.str);
  if ("ref" in x) return go.ident(qualify(x.ref, x.import, s));
  if ("call" in x) return go.call(build(x.call, p, s), ...x.args.map((a) => build(a, p, s)));
  return go.call(go.sel(build(x.on, p, s), x.method), ...x.args.map((a) => build(a, p, s)));
}

/** A Java value as SLF4J would print it: strings, numbers and booleans as they are, everything else as `String.valueOf` text. */
function display(tr: Translator, g: GE): go.Expr {
  if (g.t === "nil") return go.strLit("null");
  if (g.t === "uint16") return go.call(tr.v.jrt("StringOfChar"), g.e);
  if (/^(string|bool|u?int(8|16|32|64)|float(32|64))$/.test(g.t)) return tr.v.settle(g).e;
  return go.call(tr.v.jrt("ToString"), tr.v.settle(g).e);
}

/** The call lowered by a pack's mapping, or undefined when no pack maps it. */
export function mappedCall(tr: Translator, e: J.MethodCall, j: JType): GE | undefined {
  const table = tr.prog.mappings;
  if (!table || table.empty) return undefined;
  const where = mappedOwner(tr.prog.model, e);
  if (!where || !table.hasCall(where.owner, e.name)) return undefined;
  const call = describeCall(tr.prog.model, e, where, "go", tr.env.cls?.sym.fqn ?? "", (fqn) => tr.prog.types.isThrowable(fqn));
  const lowered = table.lower(call);
  if (!lowered) return undefined;
  const pieces: Pieces = {
    arg: (i, asText) => {
      const a = e.args[i];
      if (!a) return unsupported(`a mapping of ${e.name}() refers to a missing argument ${i}`);
      const g = tr.expr(a);
      return asText ? display(tr, g) : tr.v.settle(g).e;
    },
    ...(where.hasReceiver && e.target ? { receiver: () => tr.expr(e.target!).e } : {}),
  };
  const out = build(lowered, pieces, tr.scope);
  return { e: out, t: j.kind === "void" || j.kind === "unknown" ? "" : tr.goType(j), j };
}

/** Package-level vars for the static fields Lombok generates (`@Slf4j`'s `log`) that a pack gives a value. */
export function generatedStaticFields(prog: Program, info: ClassInfo, s: Scope): go.ValueSpec[] {
  const table = prog.mappings;
  if (!table || table.empty) return [];
  const out: go.ValueSpec[] = [];
  for (const { field, init } of table.generatedStaticFields(info.sym, "go")) {
    const type = table.type(field.type.fqn, "go");
    if (type) out.push(go.valueSpec(prog.layout.staticFieldName(info, field.name), mappedGoType(type, s), [build(init, {}, s)]));
  }
  return out;
}
