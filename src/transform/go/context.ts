// State shared by the whole Go transform: the semantic model, the layout, the type mapper, and
// the debt items and erasure records it produces; plus `Unsupported`, the signal to stub a method.

import type { Loc } from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { MappingTable } from "../rules/mappings.js";
import { TransactionBoundaries } from "../transactions.js";
import type { Layout } from "./layout.js";
import type { TypeMapper } from "./types.js";

export { Unsupported, unsupported } from "../common.js";
import type { TransformItem } from "../common.js";

export type GoItem = TransformItem;

/** One erasure of a Java generic type the Go code cannot express; listed in the report's `generics`. */
export interface Erasure {
  file: string;
  line: number;
  javaType: string;
  goType: string;
  lost: string;
}

export interface ItemIds {
  (rule: string, file: string, line: number, endLine?: number): string;
}

export class Program {
  readonly items: GoItem[] = [];
  readonly erasures: Erasure[] = [];
  methods = 0;
  methodsFullyTranslated = 0;

  constructor(
    readonly model: SemanticModel,
    readonly layout: Layout,
    readonly types: TypeMapper,
    readonly module: string,
    private readonly itemIds: ItemIds,
    /** The rule packs' mappings of third-party types and calls. */
    readonly mappings?: MappingTable,
    /** Methods the rule packs put inside an explicit transaction boundary. */
    readonly transactions = new TransactionBoundaries([]),
  ) {}

  /** Records an item and returns its id for the marker in the code. */
  item(rule: string, category: GoItem["category"], file: string, loc: Loc, endLine: number, message: string, effort = 1): string {
    const id = this.itemIds(rule, file, loc.line, endLine);
    this.items.push({ id, rule, category, effortPoints: effort, file, line: loc.line, column: loc.col, message });
    return id;
  }

  erasure(file: string, line: number, javaType: string, goType: string, lost: string): void {
    this.erasures.push({ file, line, javaType, goType, lost });
  }
}

/** Story points for a stub by the size of what it replaces. */
export function effortFor(lines: number): number {
  return lines <= 5 ? 1 : lines <= 20 ? 3 : lines <= 60 ? 5 : lines <= 150 ? 7 : 13;
}
