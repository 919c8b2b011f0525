// The report model: the typed shape of java2x-report.json (docs/contracts.md), shared by every renderer.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { BuildSystem } from "../project/modules.js";

export const REPORT_SCHEMA_VERSION = 1;

export type Category = "mandatory" | "optional" | "potential";
export const CATEGORIES: readonly Category[] = ["mandatory", "optional", "potential"];

export type ReportTarget = "go" | "ts" | null;

export interface ReportItem {
  /** Stable across runs for unchanged code: rule + file + a hash of the offending line(s), never the line number. */
  id: string;
  rule: string;
  category: Category;
  /** Story points: 1, 3, 5, 7 or 13. */
  effortPoints: number;
  file: string;
  /** 1-based; 0 when the item concerns the whole file. */
  line: number;
  /** 1-based, UTF-16 code units; 0 when unknown. */
  column: number;
  message: string;
  target: ReportTarget;
}

export interface ByCategory {
  mandatory: number;
  optional: number;
  potential: number;
}

export interface ReportSummary {
  files: number;
  parsed: number;
  parseErrors: number;
  loc: number;
  expressions: number;
  typedExpressions: number;
  methods?: number;
  methodsFullyTranslated?: number;
  items: number;
  effortPoints: number;
  byCategory: ByCategory;
}

export interface EntryPoint {
  javaClass: string;
  path: string;
  run: string[];
}

export interface ReportModule {
  name: string;
  root: string;
  buildFile: string | null;
  files: number;
  loc: number;
}

export interface ReportService {
  name: string;
  root: string;
  buildSystem: BuildSystem;
  buildFile: string | null;
  groupId: string | null;
  artifactId: string | null;
  version: string | null;
  javaVersion: string | null;
  springBootVersion: string | null;
  files: number;
  loc: number;
  items: number;
  effortPoints: number;
  byCategory: ByCategory;
  modules: ReportModule[];
}

/** What narrowed the items of an audit (present only when something did). */
export interface ReportFilters {
  since: string | null;
  /** File name of the baseline report (never an absolute path). */
  baseline: string | null;
  /** Items left out because of the filters. */
  itemsSuppressed: number;
}

export interface ReportDiagnostic {
  code: Diagnostic["code"];
  severity: Diagnostic["severity"];
  message: string;
  file: string | null;
  line: number;
  column: number;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: "java2x"; version: string };
  target: ReportTarget;
  summary: ReportSummary;
  build?: string[];
  entryPoints?: EntryPoint[];
  filters?: ReportFilters;
  items: ReportItem[];
  services: ReportService[];
  /** Erasure metadata from the semantic model; entries are opaque to the report and written with sorted keys. */
  generics: unknown[];
  diagnostics: ReportDiagnostic[];
}
