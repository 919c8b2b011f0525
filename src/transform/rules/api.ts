// The public rule API: what a rule module exports (meta, preconditions, visitors) and what its
// visitors receive. YAML rules are compiled into the same shape, so the engine knows one kind of rule.

import type * as J from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { MethodSymbol } from "../../semantic/types.js";
import type { Mappings } from "./mappings.js";

/** Konveyor's vocabulary: must change / should change / may need a look. */
export type Category = "mandatory" | "optional" | "potential";
export const CATEGORIES: readonly Category[] = ["mandatory", "optional", "potential"];

/** Story points. */
export type Effort = 1 | 3 | 5 | 7 | 13;
export const EFFORTS: readonly Effort[] = [1, 3, 5, 7, 13];

/** Whether the translation will be generated (auto), proposed for review (suggest) or left to a human (manual). */
export type Fix = "auto" | "suggest" | "manual";

export type RiskGrade = "low" | "medium" | "high";

/** How likely the translated code behaves differently, and in what (ordering, visibility, rejection, thread identity…). */
export interface Risk {
  grade: RiskGrade;
  differs: string;
}

export interface RuleMeta {
  /** Stable, dotted: `<area>.<what>` (`spring.bean-stereotype`); keys baselines, so never renamed. */
  id: string;
  title: string;
  category: Category;
  effort: Effort;
  fix: Fix;
  /** Message templates keyed by message id; `{name}` placeholders are filled from the report's `data`. */
  messages: Record<string, string>;
  /** Optional link to upstream documentation; the rule's README.md is always part of `rules explain`. */
  docs?: string;
  /** Default risk of every item of this rule (a report may override it). */
  risk?: Risk;
}

/**
 * Cheap preconditions: the engine runs a rule's visitors on a file only if the file may use one
 * of these names: a type FQN (`org.x.Y`) or a prefix ending in `*` (`org.x.*`, `org.x.Atomic*`).
 * A file "may use" a name when it imports it (single, on-demand or an enclosing type), is in its
 * package, the name is in `java.lang`, or the file's text spells it out fully qualified.
 * Without preconditions the rule visits every file.
 */
export interface Preconditions {
  uses: string[];
}

type NodeOf<K extends J.NodeKind> = Extract<J.Node, { kind: K }>;

/** Visitor keys are AST `kind` names (`MethodCall`, `Annotation`…), plus `Kind:exit` after a node's children. */
export type Visitors = { [K in J.NodeKind]?: (node: NodeOf<K>) => void } & {
  [K in J.NodeKind as `${K}:exit`]?: (node: NodeOf<K>) => void;
};

/** Where an item points: an AST node of the current file, or a position in any file of the project (mapper XML…). */
export type ReportTarget = { node: J.Node; file?: string } | { file: string; line: number; column: number };

export type ReportDescriptor = ReportTarget & {
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides `meta.effort` for this item (e.g. a pool whose rejection policy needs a decision). */
  effort?: Effort;
  /** Overrides `meta.risk` for this item. */
  risk?: Risk;
};

/** A JSON value: what a fact may carry, so facts serialise and compare deterministically. */
export type FactValue = string | number | boolean | null | FactValue[] | { [key: string]: FactValue };

/**
 * A target-neutral statement about the program (a bean with its dependencies, an HTTP route with
 * its bindings, an exception handler) that the Go and TS back ends lower to code. A rule
 * recognises; the back ends own the lowering, so any pack (another DI or web framework) that
 * states the same facts gets the same generated wiring. The vocabulary is in docs/writing-rules.md.
 */
export type FactDescriptor = {
  /** `bean`, `route`, `exception-handler`, `application`, `config-key`, `config-file` (see docs/writing-rules.md). */
  kind: string;
  data: { [key: string]: FactValue };
} & /** Where the fact comes from: a node of the current file (or of `file` in a project rule), or a position in a resource file. */ ReportTarget;

/** A call or instance creation as the semantic model resolved it. */
export interface ResolvedCall {
  /** FQN of the type declaring the chosen method, or of the class instantiated. */
  owner: string;
  name: string;
  /** Absent when the receiver is an opaque third-party type: only owner (from the receiver) and name are known. */
  method?: MethodSymbol;
}

/** Helpers shared by file visitors and project rules. */
export interface RuleHelpers {
  readonly model: SemanticModel;
  report(descriptor: ReportDescriptor): void;
  /** States a fact for the back ends (see FactDescriptor); facts never become report items by themselves. */
  fact(descriptor: FactDescriptor): void;
  /** Resolved FQN of an annotation (third-party ones included, known by their import). */
  fqnOfAnnotation(a: J.Annotation): string | undefined;
  /** The first annotation among `modifiers` whose FQN matches one of `patterns` (FQNs or `prefix*`). */
  findAnnotation(modifiers: J.Modifiers | undefined, ...patterns: string[]): J.Annotation | undefined;
  /** The resolved target of a call or `new`; undefined when the model could not tell. */
  resolvedCall(node: J.MethodCall | J.NewExpr): ResolvedCall | undefined;
  /** FQN of the class type of an expression or a written type (`List<X>` gives `java.util.List`). */
  typeFqn(node: J.Expr | J.TypeNode, file?: string): string | undefined;
  /** `fqn` is `of` or inherits from it (classes and interfaces, through source, JDK and library types). */
  isSubtype(fqn: string, of: string): boolean;
  /** Value of a compile-time constant expression (literals, `-1`, string `+`, constant fields); undefined otherwise. */
  constantValue(expr: J.Expr | J.ElementValue | undefined): string | number | boolean | null | undefined;
}

export interface RuleContext extends RuleHelpers {
  /** Path of the current file relative to the input root. */
  readonly file: string;
  readonly unit: J.CompilationUnit;
  /** The nodes enclosing the one being visited, outermost first (the CompilationUnit). */
  ancestors(): readonly J.Node[];
}

export interface ProjectContext extends RuleHelpers {
  /** Every parsed Java file, in input order. */
  readonly sources: readonly { file: string; unit: J.CompilationUnit }[];
  /** Non-Java files under the input root matching a glob (`**\/*Mapper.xml`), sorted, with their text. */
  resources(glob: string): { file: string; text: string }[];
}

export interface RuleModule {
  meta: RuleMeta;
  preconditions?: Preconditions;
  /** Called once per file that passes the preconditions; returns the visitors for that file. */
  create?(ctx: RuleContext): Visitors;
  /** Whole-project rules (bean graph, mapper XML): called once after every file was visited. */
  project?(ctx: ProjectContext): void;
  /** Expression-level mappings of third-party APIs the emitters apply (types, calls; see mappings.ts). */
  mappings?: Mappings;
}

/** Identity helper that gives a TypeScript rule module its types (`export default defineRule({...})`). */
export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}
