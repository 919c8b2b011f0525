// Expression-level mappings of third-party APIs: a rule module may say what a Java type becomes in
// each target and how a call of a method is lowered. The emitters ask the MappingTable built from
// the loaded packs before they give up on a type or call (which would stub the method), so a pack
// changes the emitted code without the core knowing the library. See docs/writing-rules.md.

import type * as J from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { FieldSymbol, JType, TypeSymbol } from "../../semantic/types.js";
import type { LoadedRule } from "./engine.js";

export type MappingTarget = "go" | "ts";

/** A Java type as a target type. */
export interface MappedType {
  /**
   * Go: type text such as `*slog.Logger`, qualified by the last segment of `import` (or `jrt.` for
   * java2x's Go runtime). TS: type text such as `jrtx.Logger` (`jrtx`, java2x's support module, is
   * imported by every emitted file).
   */
  type: string;
  /** Go only: the import path of the package `type` is qualified with (`log/slog`). */
  import?: string;
}

/** What a lowering knows about one argument of the Java call, as written. */
export interface MappedArg {
  /** FQN of the argument's static class type, a primitive name, `null`, or `?` when unknown. */
  type: string;
  /** Whether that type is `java.lang.Throwable` or a subclass. */
  throwable: boolean;
  /** The value of a compile-time constant argument. */
  constant?: string | number | boolean | null;
  /** `X.class`: the FQN of X. */
  classLiteral?: string;
  /** A name for the value taken from the Java text: `orderNo` → `orderNo`, `req.getUserId()` → `userId`, `a.b` → `b`. */
  name?: string;
}

/** A call being lowered: the method, its arguments as written, and where it is. */
export interface MappedCall {
  target: MappingTarget;
  /** FQN of the type the method was looked up in (the receiver's static type, or the class named). */
  owner: string;
  name: string;
  /** Whether the call has a receiver expression (an instance call) rather than naming a class. */
  hasReceiver: boolean;
  args: MappedArg[];
  /** FQN of the class whose code makes the call (for `getLogger(getClass())`). */
  enclosingClass: string;
}

/**
 * Target code a lowering returns, built from the translated pieces of the Java call. Names in
 * `ref`/`method` are target spelling (`slog.LevelDebug`, `Info`, `jrtx.logger`).
 */
export type MappedExpr =
  /** The translated argument `arg`; `display: true` turns values that are not strings, numbers or booleans into Java's `String.valueOf` text (what SLF4J prints). */
  | { arg: number; display?: boolean }
  /** The translated receiver of an instance call. */
  | { receiver: true }
  | { str: string }
  /** A target identifier or qualified name; Go: `import` is the package's path when `ref` is qualified by it. */
  | { ref: string; import?: string }
  /** A call of a function (`callee` is a `ref` or any expression). */
  | { call: MappedExpr; args: MappedExpr[] }
  /** A method call on a value. */
  | { on: MappedExpr; method: string; args: MappedExpr[] };

/** A generated member without Java text (Lombok's `@Slf4j` `log` field): the class and field name. */
export interface GeneratedField {
  target: MappingTarget;
  owner: string;
  name: string;
}

/** What a rule module contributes to the emitters (`RuleModule.mappings`). */
export interface Mappings {
  /** Java type FQN → its form in each target; a type without an entry for a target stays unmapped there. */
  types?: Record<string, { go?: MappedType; ts?: MappedType }>;
  /**
   * `OwnerFqn.method` → lowering. The owner is the receiver's static type (subtypes of a source
   * class do not inherit the entry) or the class of a static call. Returning undefined leaves the
   * call unmapped (the method is stubbed, as without the rule).
   */
  calls?: Record<string, (call: MappedCall) => MappedExpr | undefined>;
  /** Type FQN → the initial value of a static field of that type that Lombok generates (no Java initialiser exists). */
  generatedFields?: Record<string, (field: GeneratedField) => MappedExpr | undefined>;
}

/** The mappings of every loaded rule, merged; the first rule (pack order, then manifest order) to map a key wins. */
export class MappingTable {
  private readonly types = new Map<string, { go?: MappedType; ts?: MappedType }>();
  private readonly calls = new Map<string, NonNullable<Mappings["calls"]>[string]>();
  private readonly fields = new Map<string, NonNullable<Mappings["generatedFields"]>[string]>();

  constructor(rules: readonly LoadedRule[]) {
    for (const r of rules) {
      const m = r.module.mappings;
      if (!m) continue;
      for (const [k, v] of Object.entries(m.types ?? {})) if (!this.types.has(k)) this.types.set(k, v);
      for (const [k, v] of Object.entries(m.calls ?? {})) if (!this.calls.has(k)) this.calls.set(k, v);
      for (const [k, v] of Object.entries(m.generatedFields ?? {})) if (!this.fields.has(k)) this.fields.set(k, v);
    }
  }

  get empty(): boolean {
    return this.types.size === 0 && this.calls.size === 0 && this.fields.size === 0;
  }

  type(fqn: string, target: MappingTarget): MappedType | undefined {
    return this.types.get(fqn)?.[target];
  }

  /** The lowering of a call, when some pack maps `owner.name`. */
  lower(call: MappedCall): MappedExpr | undefined {
    return this.calls.get(`${call.owner}.${call.name}`)?.(call);
  }

  hasCall(owner: string, name: string): boolean {
    return this.calls.has(`${owner}.${name}`);
  }

  generatedField(typeFqn: string, field: GeneratedField): MappedExpr | undefined {
    return this.fields.get(typeFqn)?.(field);
  }

  /** The static fields Lombok generated on `type` (`@Slf4j`'s `log`) to which a pack gives a value, with that value. */
  generatedStaticFields(type: TypeSymbol, target: MappingTarget): { field: FieldSymbol & { type: { kind: "class"; fqn: string } }; init: MappedExpr }[] {
    const out: { field: FieldSymbol & { type: { kind: "class"; fqn: string } }; init: MappedExpr }[] = [];
    for (const f of type.fields) {
      if (!f.static || f.origin !== "lombok" || f.type.kind !== "class") continue;
      const init = this.generatedField(f.type.fqn, { target, owner: type.fqn, name: f.name });
      if (init) out.push({ field: f as FieldSymbol & { type: { kind: "class"; fqn: string } }, init });
    }
    return out;
  }
}

/** The owner a mapping of this call is keyed by, and whether it has a receiver; undefined when the model cannot tell. */
export function mappedOwner(model: SemanticModel, e: J.MethodCall): { owner: string; hasReceiver: boolean } | undefined {
  if (!e.target) return undefined;
  const target = model.symbolOf(e.target);
  if (target?.kind === "type") return { owner: target.type.fqn, hasReceiver: false };
  const t = model.typeOf(e.target);
  return t.kind === "class" ? { owner: t.fqn, hasReceiver: true } : undefined;
}

/** The call as a lowering sees it (argument types, constants, names taken from the Java text); `where` from mappedOwner. */
export function describeCall(
  model: SemanticModel,
  e: J.MethodCall,
  where: { owner: string; hasReceiver: boolean },
  target: MappingTarget,
  enclosingClass: string,
  isThrowable: (fqn: string) => boolean,
): MappedCall {
  return { target, owner: where.owner, name: e.name, hasReceiver: where.hasReceiver, enclosingClass, args: e.args.map((a) => describeArg(model, a, isThrowable)) };
}

function describeArg(model: SemanticModel, a: J.Expr, isThrowable: (fqn: string) => boolean): MappedArg {
  const t: JType = model.typeOf(a);
  const type = t.kind === "class" ? t.fqn : t.kind === "prim" ? t.name : t.kind === "null" ? "null" : "?";
  const out: MappedArg = { type, throwable: t.kind === "class" && isThrowable(t.fqn) };
  if (a.kind === "Literal") out.constant = a.litKind === "long" ? Number(a.value) : a.value;
  const literalOf = t.kind === "class" && t.fqn === "java.lang.Class" ? t.args[0] : undefined;
  if (a.kind === "ClassLit" && literalOf?.kind === "class") out.classLiteral = literalOf.fqn;
  const name = nameOf(a);
  if (name) out.name = name;
  return out;
}

/** `x` → x, `a.b` → b, `a.getB()` / `isB()` → b, `a.size()` → size; others have no name. */
function nameOf(a: J.Expr): string | undefined {
  switch (a.kind) {
    case "Name":
      return a.name.slice(a.name.lastIndexOf(".") + 1);
    case "FieldAccess":
      return a.name;
    case "MethodCall": {
      if (a.args.length) return undefined;
      const accessor = /^(?:get|is)([A-Z].*)$/.exec(a.name);
      return accessor ? accessor[1]!.charAt(0).toLowerCase() + accessor[1]!.slice(1) : a.name;
    }
    default:
      return undefined;
  }
}
