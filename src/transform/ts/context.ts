// State shared by the whole TypeScript transform: the semantic model, one ClassInfo per source
// type (its TS name, module and construction scheme), debt items, renames and erasure records,
// and `Unsupported`, the signal that turns the method being translated into a stub.

import type { MappingTable } from "../rules/mappings.js";
import { TransactionBoundaries } from "../transactions.js";
import type { Loc, Node } from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { JType, MethodSymbol, TypeParamSymbol, TypeSymbol } from "../../semantic/types.js";

export { Unsupported, unsupported } from "../common.js";
import type { TransformItem } from "../common.js";

export type TsItem = TransformItem;

/** One place where a Java generic type lost information in TypeScript; listed in the report's `generics`. */
export interface Erasure {
  file: string;
  line: number;
  javaType: string;
  tsType: string;
  lost: string;
}

/** A Java member emitted under another name (overloads, reserved words, field/method clashes). */
export interface Rename {
  javaClass: string;
  member: string;
  tsName: string;
  why: string;
}

/**
 * How instances are built. "init": the TS constructor only allocates (fields hold Java's default
 * values) and each Java constructor is an `$init…` method returning `this`, so super/this chains,
 * field initialisers and virtual calls from constructors run in Java's order. "native": the class
 * extends a runtime class (an exception, a collection) whose state its TS constructor sets, so Java
 * constructors become the TS constructor.
 */
export type CtorMode = "init" | "native";

export interface ClassInfo {
  sym: TypeSymbol;
  /** Declaration node: a TypeDecl, or the NewExpr/EnumConstant holding an anonymous body. */
  decl: Node;
  file: string;
  tsName: string;
  /** Module path under src/ without extension, e.g. `com/acme/Order`. */
  module: string;
  isInterface: boolean;
  mode: CtorMode;
  /** Static state is initialised lazily by `$clinit()` on first active use, as the JVM does. */
  clinit: boolean;
  /** Local or anonymous: hoisted to module level, captured locals passed in through `$cap`. */
  local: boolean;
  /** Locals of enclosing bodies the class uses, in first-use order. */
  captures: string[];
  /** Has an enclosing instance reachable as `$outer`. */
  hasOuter: boolean;
  /**
   * A local or anonymous class's enclosing type variables (of the enclosing class and method): hoisted
   * to module level, the class declares them after its own and every use passes them through.
   */
  enclosingTypeParams: TypeParamSymbol[];
}

export class TsProgram {
  readonly items: TsItem[] = [];
  readonly erasures: Erasure[] = [];
  readonly renames: Rename[] = [];
  readonly classes = new Map<string, ClassInfo>();
  methods = 0;
  methodsFullyTranslated = 0;

  constructor(
    readonly model: SemanticModel,
    readonly itemId: (rule: string, file: string, line: number, endLine?: number) => string,
    /** The rule packs' mappings of third-party types and calls. */
    readonly mappings?: MappingTable,
    /** Methods the rule packs put inside an explicit transaction boundary. */
    readonly transactions = new TransactionBoundaries([]),
  ) {}

  addItem(rule: string, file: string, loc: Loc, message: string, effortPoints: number, endLine?: number): string {
    const id = this.itemId(rule, file, loc.line, endLine);
    this.items.push({ id, rule, category: "mandatory", effortPoints, file, line: loc.line, column: loc.col, message });
    return id;
  }

  classOf(fqn: string): ClassInfo | undefined {
    return this.classes.get(fqn);
  }

  /** The superclass symbol when it is a source type. */
  sourceSuper(sym: TypeSymbol): ClassInfo | undefined {
    return sym.superclass?.kind === "class" ? this.classes.get(sym.superclass.fqn) : undefined;
  }

  /** True when `sub` is `sup` or inherits from it (classes and interfaces, source and JDK). */
  isSubtype(sub: string, sup: string, seen = new Set<string>()): boolean {
    if (sub === sup || sup === "java.lang.Object") return true;
    if (seen.has(sub)) return false;
    seen.add(sub);
    const s = this.model.lookupType(sub);
    if (!s) return false;
    const supers: JType[] = [...(s.superclass ? [s.superclass] : []), ...s.interfaces];
    return supers.some((t) => t.kind === "class" && this.isSubtype(t.fqn, sup, seen));
  }

  /** All methods visible on a type: its own, then inherited ones (classes before interfaces). */
  allMethods(fqn: string, seen = new Set<string>()): MethodSymbol[] {
    if (seen.has(fqn)) return [];
    seen.add(fqn);
    const s = this.model.lookupType(fqn);
    if (!s) return [];
    const out = [...s.methods];
    for (const t of [...(s.superclass ? [s.superclass] : []), ...s.interfaces]) if (t.kind === "class") out.push(...this.allMethods(t.fqn, seen));
    return out;
  }
}
