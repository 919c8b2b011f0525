// Builds the report model from what a run produced: per-file facts, diagnostics, semantic coverage,
// services, emitted-project facts. User-facing problems among the diagnostics become items here.

import { compareDiagnostics, compareStrings, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { DiagnosticCode } from "../diagnostics/catalog.js";
import type { ProjectModel } from "../project/modules.js";
import type { ItemIdAllocator } from "./item-id.js";
import {
  REPORT_SCHEMA_VERSION,
  type ByCategory,
  type Category,
  type EntryPoint,
  type Report,
  type ReportFilters,
  type ReportItem,
  type ReportService,
  type ReportTarget,
} from "./model.js";

/** Diagnostics that are problems in the user's input, and the item each one becomes. */
const ITEM_RULES: Partial<Record<DiagnosticCode, { rule: string; category: Category; effortPoints: number }>> = {
  J2X1001: { rule: "parse.syntax-error", category: "mandatory", effortPoints: 1 },
  J2X1002: { rule: "input.unreadable", category: "mandatory", effortPoints: 1 },
  J2X1004: { rule: "input.invalid-encoding", category: "potential", effortPoints: 1 },
  J2X1005: { rule: "parse.unsupported-syntax", category: "mandatory", effortPoints: 3 },
};

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
  ids: ItemIdAllocator;
  /** The text of a 1-based source line, for item ids. */
  lineText(file: string, line: number): string | undefined;
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
    const spec = ITEM_RULES[d.code];
    if (!spec || d.file === undefined) continue;
    const source = d.line !== undefined ? (input.lineText(d.file, d.line) ?? "") : "";
    items.push({
      id: input.ids.allocate(spec.rule, d.file, source),
      rule: spec.rule,
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
  const emittedItems = (input.emitted?.items ?? []).map(
    (i): ReportItem => ({
      id: i.id,
      rule: i.rule,
      category: i.category,
      effortPoints: i.effortPoints,
      file: i.file,
      line: i.line,
      column: i.column,
      message: i.message,
      target: i.target,
    }),
  );
  let items = [...emittedItems, ...itemsFromDiagnostics(input, diagnostics)].sort(compareItems);

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
    services: buildServices(input, items),
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

function buildServices(input: ReportInput, items: ReportItem[]): ReportService[] {
  const locOf = new Map(input.files.map((f) => [f.file, f.loc]));
  return input.project.services.map((svc) => {
    const mine = (file: string): boolean => input.project.owners.get(file)?.service === svc.root;
    const files = input.files.filter((f) => mine(f.file));
    const svcItems = items.filter((i) => mine(i.file));
    const byCategory = emptyCategories();
    for (const i of svcItems) byCategory[i.category]++;
    return {
      name: svc.name,
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
      effortPoints: svcItems.reduce((n, i) => n + i.effortPoints, 0),
      byCategory,
      modules: svc.modules.map((m) => {
        const modFiles = files.filter((f) => input.project.owners.get(f.file)?.module === m.root);
        return { name: m.name, root: m.root, buildFile: m.buildFile, files: modFiles.length, loc: modFiles.reduce((n, f) => n + (locOf.get(f.file) ?? 0), 0) };
      }),
    };
  });
}
