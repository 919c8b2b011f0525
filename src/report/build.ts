// Builds the report model from what a run produced: per-file facts, diagnostics, semantic coverage,
// services, emitted-project facts. User-facing problems among the diagnostics become items here.

import { compareDiagnostics, compareStrings, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ProjectModel } from "../project/modules.js";
import type { ItemIdAllocator } from "./item-id.js";
import {
  CATEGORIES,
  REPORT_SCHEMA_VERSION,
  type ByCategory,
  type DependencyGraph,
  type EntryPoint,
  type FrameworkSignals,
  type Obsolescence,
  type Report,
  type ReportFilters,
  type ReportItem,
  type ReportService,
  type ReportTarget,
  type Rollup,
  type Rollups,
  type RuleMeta,
  type ScoringSettings,
  type ServiceScores,
  type Snippet,
} from "./model.js";
import { DIAGNOSTIC_RULES, fallbackRuleMeta } from "./rules.js";

/** Lines of Java shown around an item: the offending line and one either side. */
const SNIPPET_CONTEXT = 1;

/** What the audit layer learnt about each service (keyed by service root) and how to score them. */
export interface FleetFacts {
  services: Map<
    string,
    {
      name: string;
      applicationName: string | null;
      springCloudVersion: string | null;
      dubboVersion: string | null;
      testFiles: number;
      signals: FrameworkSignals;
      obsolescence: Obsolescence;
    }
  >;
  dependencies: DependencyGraph;
  scoring: ScoringSettings;
  /** Scores the fleet from each service's effort and blockers (by service name). */
  score(totals: { name: string; effortPoints: number; blockers: number }[]): Map<string, ServiceScores>;
}

export interface FileFacts {
  file: string;
  /** Physical lines. */
  loc: number;
  /** True when the file had a syntax error or could not be read. */
  failed: boolean;
}

export interface EmittedFacts {
  build: string[];
  entryPoints: EntryPoint[];
  items: ReportItem[];
  methods: number;
  methodsFullyTranslated: number;
}

export interface ReportInput {
  toolVersion: string;
  target: ReportTarget;
  files: FileFacts[];
  diagnostics: Diagnostic[];
  expressions: number;
  typedExpressions: number;
  project: ProjectModel;
  generics: unknown[];
  emitted?: EmittedFacts;
  /** Items of the rule packs (src/transform/rules), complete but for `target`. */
  ruleItems?: ReportItem[];
  ids: ItemIdAllocator;
  /** The text of a 1-based source line, for item ids and snippets. */
  lineText(file: string, line: number): string | undefined;
  /** The Java package a file declares, "" for the default package or a file that did not parse. */
  packageOf(file: string): string;
  fleet: FleetFacts;
  /** Meta of rules whose items come from elsewhere (rule packs); diagnostic rules are known here. */
  rules?: RuleMeta[];
  /** Narrowing for audits: only items in `onlyFiles`, none whose id is in `baselineIds`. */
  filter?: { since: string | null; onlyFiles?: Set<string>; baseline: string | null; baselineIds?: Set<string> };
}

function emptyCategories(): ByCategory {
  return { mandatory: 0, optional: 0, potential: 0 };
}

function compareItems(a: ReportItem, b: ReportItem): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.rule, b.rule) || compareStrings(a.id, b.id);
}

/** Objects of unknown shape (generics metadata) are written with sorted keys so their bytes never vary. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareStrings)) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function itemsFromDiagnostics(input: ReportInput, sorted: Diagnostic[]): ReportItem[] {
  const items: ReportItem[] = [];
  for (const d of sorted) {
    const spec = DIAGNOSTIC_RULES[d.code];
    if (!spec || d.file === undefined) continue;
    const source = d.line !== undefined ? (input.lineText(d.file, d.line) ?? "") : "";
    items.push({
      id: input.ids.allocate(spec.id, d.file, source),
      rule: spec.id,
      category: spec.category,
      effortPoints: spec.effortPoints,
      file: d.file,
      line: d.line ?? 0,
      column: d.column ?? 0,
      message: d.message,
      target: input.target,
    });
  }
  return items;
}

export function buildReport(input: ReportInput): Report {
  const diagnostics = [...input.diagnostics].sort(compareDiagnostics);
  // Emitted items first: their ids were allocated during emission, before the diagnostics' ones.
  const emittedItems = input.emitted?.items ?? [];
  const rules = ruleIndex(input);
  const ruleItems = (input.ruleItems ?? []).map((i): ReportItem => ({ ...i, target: input.target }));
  let items = [...emittedItems, ...ruleItems, ...itemsFromDiagnostics(input, diagnostics)].map((i) => completeItem(input, rules, i)).sort(compareItems);

  let filters: ReportFilters | undefined;
  const f = input.filter;
  let shownDiagnostics = diagnostics;
  if (f && (f.onlyFiles || f.baselineIds)) {
    const before = items.length;
    items = items.filter((i) => (!f.onlyFiles || f.onlyFiles.has(i.file)) && !f.baselineIds?.has(i.id));
    if (f.onlyFiles) shownDiagnostics = diagnostics.filter((d) => d.file === undefined || f.onlyFiles!.has(d.file));
    filters = { since: f.since, baseline: f.baseline, itemsSuppressed: before - items.length };
  }

  const byCategory = emptyCategories();
  let effortPoints = 0;
  for (const i of items) {
    byCategory[i.category]++;
    effortPoints += i.effortPoints;
  }
  const hours = (points: number): number => points * input.fleet.scoring.hoursPerPoint;
  const parseErrors = input.files.filter((x) => x.failed).length;
  const summary: Report["summary"] = {
    files: input.files.length,
    parsed: input.files.length - parseErrors,
    parseErrors,
    loc: input.files.reduce((n, x) => n + x.loc, 0),
    expressions: input.expressions,
    typedExpressions: input.typedExpressions,
    ...(input.emitted ? { methods: input.emitted.methods, methodsFullyTranslated: input.emitted.methodsFullyTranslated } : {}),
    items: items.length,
    effortPoints,
    effortHours: hours(effortPoints),
    byCategory,
  };

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "java2x", version: input.toolVersion },
    target: input.target,
    summary,
    ...(input.emitted
      ? {
          build: [...input.emitted.build],
          entryPoints: input.emitted.entryPoints
            .map((e): EntryPoint => ({ javaClass: e.javaClass, path: e.path, run: [...e.run] }))
            .sort((a, b) => compareStrings(a.javaClass, b.javaClass)),
        }
      : {}),
    ...(filters ? { filters } : {}),
    items,
    rules: [...new Set(items.map((i) => i.rule))].sort(compareStrings).map((id) => rules.get(id)!),
    rollups: buildRollups(items, hours),
    services: buildServices(input, items, hours),
    dependencies: input.fleet.dependencies,
    scoring: input.fleet.scoring,
    generics: input.generics.map(canonical),
    diagnostics: shownDiagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      file: d.file ?? null,
      line: d.line ?? 0,
      column: d.column ?? 0,
    })),
  };
  return report;
}

/** Every rule the items may name: diagnostic rules, rule-pack meta, and a fallback for emitter rules. */
function ruleIndex(input: ReportInput): Map<string, RuleMeta> {
  const index = new Map<string, RuleMeta>();
  for (const r of Object.values(DIAGNOSTIC_RULES)) index.set(r.id, r);
  for (const r of input.rules ?? []) index.set(r.id, r);
  for (const i of input.emitted?.items ?? []) if (!index.has(i.rule)) index.set(i.rule, fallbackRuleMeta(i.rule, i.category, i.effortPoints));
  return index;
}

function snippetAt(input: ReportInput, file: string, line: number): Snippet | null {
  if (line < 1) return null;
  const startLine = Math.max(1, line - SNIPPET_CONTEXT);
  const lines: string[] = [];
  for (let l = startLine; l <= line + SNIPPET_CONTEXT; l++) {
    const text = input.lineText(file, l);
    if (text === undefined) break;
    lines.push(text);
  }
  return lines.length ? { startLine, text: lines.join("\n") } : null;
}

/** The item in the report's fixed key order, with the fields the builder derives filled in. */
function completeItem(input: ReportInput, rules: Map<string, RuleMeta>, i: ReportItem): ReportItem {
  const owner = input.project.owners.get(i.file)?.service;
  return {
    id: i.id,
    rule: i.rule,
    category: i.category,
    effortPoints: i.effortPoints,
    effortHours: i.effortPoints * input.fleet.scoring.hoursPerPoint,
    file: i.file,
    line: i.line,
    column: i.column,
    message: i.message,
    target: i.target,
    ...(i.risk ? { risk: i.risk } : {}),
    service: (owner !== undefined ? input.fleet.services.get(owner)?.name : undefined) ?? "",
    package: input.packageOf(i.file),
    snippet: i.snippet !== undefined ? i.snippet : snippetAt(input, i.file, i.line),
    suggestion: i.suggestion ?? rules.get(i.rule)?.suggestion ?? null,
  };
}

function rollup(items: ReportItem[], keyOf: (i: ReportItem) => string, hours: (points: number) => number, order?: readonly string[]): Rollup[] {
  const acc = new Map<string, Rollup>();
  for (const key of order ?? []) acc.set(key, { key, items: 0, mandatory: 0, effortPoints: 0, effortHours: 0 });
  for (const i of items) {
    const key = keyOf(i);
    const r = acc.get(key) ?? { key, items: 0, mandatory: 0, effortPoints: 0, effortHours: 0 };
    r.items++;
    if (i.category === "mandatory") r.mandatory++;
    r.effortPoints += i.effortPoints;
    acc.set(key, r);
  }
  const out = [...acc.values()].map((r) => ({ ...r, effortHours: hours(r.effortPoints) }));
  // Fixed orders (categories) stay as given; the rest biggest first, then by key.
  return order ? out : out.sort((a, b) => b.effortPoints - a.effortPoints || b.items - a.items || compareStrings(a.key, b.key));
}

function buildRollups(items: ReportItem[], hours: (points: number) => number): Rollups {
  return {
    byService: rollup(items, (i) => i.service ?? "", hours),
    byPackage: rollup(items, (i) => i.package ?? "", hours),
    byFile: rollup(items, (i) => i.file, hours),
    byRule: rollup(items, (i) => i.rule, hours),
    byCategory: rollup(items, (i) => i.category, hours, CATEGORIES),
  };
}

function buildServices(input: ReportInput, items: ReportItem[], hours: (points: number) => number): ReportService[] {
  const locOf = new Map(input.files.map((f) => [f.file, f.loc]));
  const rows = input.project.services.map((svc) => {
    const facts = input.fleet.services.get(svc.root)!;
    const mine = (file: string): boolean => input.project.owners.get(file)?.service === svc.root;
    const files = input.files.filter((f) => mine(f.file));
    const svcItems = items.filter((i) => mine(i.file));
    const byCategory = emptyCategories();
    for (const i of svcItems) byCategory[i.category]++;
    const effortPoints = svcItems.reduce((n, i) => n + i.effortPoints, 0);
    return { svc, facts, files, svcItems, byCategory, effortPoints };
  });
  const scores = input.fleet.score(rows.map((r) => ({ name: r.facts.name, effortPoints: r.effortPoints, blockers: r.byCategory.mandatory })));
  return rows.map(({ svc, facts, files, svcItems, byCategory, effortPoints }) => ({
    name: facts.name,
    root: svc.root,
    buildSystem: svc.buildSystem,
    buildFile: svc.buildFile,
    groupId: svc.groupId,
    artifactId: svc.artifactId,
    version: svc.version,
    javaVersion: svc.javaVersion,
    springBootVersion: svc.springBootVersion,
    files: files.length,
    loc: files.reduce((n, f) => n + f.loc, 0),
    items: svcItems.length,
    effortPoints,
    effortHours: hours(effortPoints),
    byCategory,
    modules: svc.modules.map((m) => {
      const modFiles = files.filter((f) => input.project.owners.get(f.file)?.module === m.root);
      return { name: m.name, root: m.root, buildFile: m.buildFile, files: modFiles.length, loc: modFiles.reduce((n, f) => n + (locOf.get(f.file) ?? 0), 0) };
    }),
    applicationName: facts.applicationName,
    springCloudVersion: facts.springCloudVersion,
    dubboVersion: facts.dubboVersion,
    testFiles: facts.testFiles,
    signals: facts.signals,
    obsolescence: facts.obsolescence,
    scores: scores.get(facts.name)!,
  }));
}
