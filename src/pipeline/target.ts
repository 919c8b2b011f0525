// The interface a code generator (Go, TypeScript) implements for `convert`, and the registry that
// finds one by id. The emitters live in src/emit/ and register themselves; until they land the
// registry is empty and `convert` says so (exit 2) instead of writing anything fake.

import type { CompilationUnit } from "../parse/ast.js";
import type { SemanticModel } from "../semantic/index.js";
import type { ProjectModel } from "../project/modules.js";
import type { TargetId } from "../project/config.js";
import type { Category, EntryPoint } from "../report/model.js";
import type { MappingTable } from "../transform/rules/mappings.js";
import type { RuleFact } from "../transform/rules/index.js";

export interface EmitSource {
  /** Path relative to the input root, forward slashes. */
  file: string;
  /** The decoded Java text, for keeping the original beside stubs. */
  text: string;
  unit: CompilationUnit;
}

export interface EmitInput {
  /** Every parsed file in sorted path order (files that could not be read are absent). */
  sources: EmitSource[];
  model: SemanticModel;
  project: ProjectModel;
  /** Go module path (from --module or derived from the build coordinates); also usable as the TS package name. */
  module: string;
  /**
   * The id for an item: the same for unchanged code on every run. `line`/`endLine` are 1-based and
   * select the offending source text that keys the id. Call in a deterministic order.
   */
  itemId(rule: string, file: string, line: number, endLine?: number): string;
  /** What the rule packs stated about the program (beans, routes…), for the back ends to lower; sorted. */
  facts: RuleFact[];
  /** Call when starting on a source file, so that if java2x fails the message names the file. */
  onFile(file: string): void;
  /** Third-party types and calls the loaded rule packs map to target code. */
  mappings?: MappingTable;
}

/** A debt item produced while emitting; its `id` comes from `EmitInput.itemId` and appears in the code's marker. */
export interface EmittedItem {
  id: string;
  rule: string;
  category: Category;
  effortPoints: number;
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface EmittedProject {
  /** Paths relative to --out, forward slashes, no `..`. */
  files: { path: string; content: string }[];
  /** argv run in --out to build the project, e.g. `["go", "build", "./..."]`. */
  build: string[];
  entryPoints: EntryPoint[];
  items: EmittedItem[];
  stats: { methods: number; methodsFullyTranslated: number };
  /** Erasure records for the report's `generics` section (what Go's types could not express). */
  generics?: unknown[];
}

export interface EmitTarget {
  id: TargetId;
  emit(input: EmitInput): EmittedProject;
}

const registry = new Map<TargetId, EmitTarget>();

/** Makes a target available to `convert`; the emitters call this, tests may register a fixture target. */
export function registerTarget(target: EmitTarget): void {
  registry.set(target.id, target);
}

/** The target for `id`, or undefined when this build has none. */
export function getTarget(id: TargetId): EmitTarget | undefined {
  return registry.get(id);
}
