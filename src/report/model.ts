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
  /**
   * Filled in by the report builder for every item (producers may leave them out): hours from the
   * points and the configured factor, the owning service and Java package, the offending Java
   * lines, and the rule's suggestion.
   */
  effortHours?: number;
  service?: string;
  package?: string;
  snippet?: Snippet | null;
  suggestion?: string | null;
  /** Rule-pack items about behaviour that may change in translation (concurrency…): how likely, and what may differ. */
  risk?: { grade: "low" | "medium" | "high"; differs: string };
}

/** The Java source around an item: `text` holds the lines from `startLine` on, as written. */
export interface Snippet {
  startLine: number;
  text: string;
}

/** What the report knows about a rule (SARIF rules, the HTML legend, explanations). */
export interface RuleMeta {
  id: string;
  title: string;
  category: Category;
  effortPoints: number;
  description: string;
  suggestion: string;
}

/** Items and effort of one slice of the report (a service, package, file, rule or category). */
export interface Rollup {
  key: string;
  items: number;
  mandatory: number;
  effortPoints: number;
  effortHours: number;
}

export interface Rollups {
  byService: Rollup[];
  byPackage: Rollup[];
  byFile: Rollup[];
  byRule: Rollup[];
  byCategory: Rollup[];
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
  effortHours: number;
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
  effortHours: number;
  byCategory: ByCategory;
  modules: ReportModule[];
  /** `spring.application.name` from the service's application.yml/.properties, when found. */
  applicationName: string | null;
  /** Framework versions beyond Java and Spring Boot, read from the build files. */
  springCloudVersion: string | null;
  dubboVersion: string | null;
  /** Java files under a `src/test/` directory. */
  testFiles: number;
  signals: FrameworkSignals;
  obsolescence: Obsolescence;
  scores: ServiceScores;
}

/** Counts of framework constructs that the rule packs will price; facts, not effort. */
export interface FrameworkSignals {
  springBeans: number;
  dubboServices: number;
  dubboReferences: number;
  feignClients: number;
  httpClientCalls: number;
  mqListeners: number;
  mqSends: number;
  transactional: number;
  globalTransactional: number;
  executors: number;
  scheduled: number;
  lombok: number;
  mappers: number;
  entities: number;
}

export type FrameworkId = "java" | "spring-boot" | "spring-cloud" | "dubbo";

/** One framework line checked against the end-of-life table. */
export interface LifecycleFinding {
  framework: FrameworkId;
  version: string;
  /** The table's line the version falls in (`2.7`, `2021.0`, `17`), null when the table has no such line. */
  line: string | null;
  /** End of (free) support of that line, ISO date; null when not announced or unknown. */
  endOfLife: string | null;
  /** End of life on or before the table's `asOf` date. */
  eol: boolean;
}

export interface Obsolescence {
  /** 0–1: 0.4 Java ≥ 2 LTS behind (0.2 one behind or unknown), 0.4 a framework line past end of life, 0.2 no tests. */
  score: number;
  javaLtsBehind: number | null;
  frameworks: LifecycleFinding[];
  noTests: boolean;
}

export type Tier = "S" | "A" | "B";
export type Quadrant = "observe" | "plan-refactor" | "isolate" | "gradual-upgrade" | "refactor-now" | "circuit-break-and-replace";

export interface ServiceScores {
  /** 0–100, null when the --services file gives nothing for this service ("unknown"). */
  business: number | null;
  /** 0–100: effort points plus blocker weight, over the fleet maximum. */
  techDebt: number;
  /** 0–100: upstream call-chain length plus strong downstream dependencies, over the fleet maximum. */
  dependency: number;
  /** Weighted sum, 0–100 (one decimal). */
  priority: number;
  /** True when business impact is unknown and the priority uses the other weights re-normalised. */
  partial: boolean;
  tier: Tier;
  upstreamChain: number;
  strongDownstream: number;
  /** 0–1: inbound calls and shared tables over the fleet maximum. */
  coupling: number;
  /** 10 · (0.4 · coupling + 0.6 · obsolescence), 0–10 (one decimal). */
  couplingObsolescence: number;
  quadrant: Quadrant;
}

export type EdgeKind = "dubbo" | "feign" | "http" | "mq" | "shared-table";

/** Where an edge was seen in the code. */
export interface Evidence {
  file: string;
  line: number;
}

/** A static dependency between two services of the fleet: `from` calls, sends to or shares data with `to`. */
export interface DependencyEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** What connects them: the Dubbo interface, Feign name, host, topic or table. */
  via: string;
  /** True for synchronous calls and shared tables, false for messages. */
  strong: boolean;
  evidence: Evidence[];
}

/** A dependency on something outside the analysed fleet (a Feign name, host or topic nobody here serves). */
export interface ExternalDependency {
  from: string;
  kind: EdgeKind;
  via: string;
  evidence: Evidence[];
}

export interface DependencyGraph {
  edges: DependencyEdge[];
  external: ExternalDependency[];
}

/** The scoring settings a report was computed with, so its numbers can be recomputed by hand. */
export interface ScoringSettings {
  weights: { business: number; techDebt: number; dependency: number };
  tiers: { s: number; a: number };
  hoursPerPoint: number;
  /** Effort points a mandatory item (blocker) adds to the tech-debt raw value on top of its own points. */
  blockerWeight: number;
  /** Date of the end-of-life table used for obsolescence. */
  eolAsOf: string;
  /** Name of the --services file, null without one. */
  servicesFile: string | null;
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
  rules: RuleMeta[];
  rollups: Rollups;
  services: ReportService[];
  dependencies: DependencyGraph;
  scoring: ScoringSettings;
  /** Erasure metadata from the semantic model; entries are opaque to the report and written with sorted keys. */
  generics: unknown[];
  diagnostics: ReportDiagnostic[];
}
