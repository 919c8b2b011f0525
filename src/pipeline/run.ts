// The `convert` and `audit` runs: discover → parse (maybe in workers) → semantic analysis → emit →
// report → write. No CLI concerns here: problems are thrown as Java2xError/InternalError and
// progress goes to a callback.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { analyze, type SemanticModel } from "../semantic/index.js";
import { ENCODINGS, REPORT_FORMATS, TARGETS, type Encoding, type ReportFormat, type TargetId } from "../project/config.js";
import { discover, type Discovery } from "../project/discover.js";
import { ExitCode, InternalError, Java2xError, usageError } from "../project/errors.js";
import { buildProjectModel, defaultModulePath, type ProjectModel } from "../project/modules.js";
import { collectFleet } from "../audit/index.js";
import type { ScoringConfig } from "../audit/scoring.js";
import { buildReport, type EmittedFacts, type ReportInput } from "../report/build.js";
import { ItemIdAllocator } from "../report/item-id.js";
import { REPORT_JSON_NAME } from "../report/json.js";
import { renderReportFiles } from "../report/render.js";
import type { Report, ReportItem, RuleMeta } from "../report/model.js";
import { describeRule, loadPacks, runRules, RulePackError, type RuleFact } from "../transform/rules/index.js";
import { MappingTable } from "../transform/rules/mappings.js";
import { checkOutputDir, resolveOutputPath, writeOutputFiles, type OutputFile } from "./output.js";
import { defaultJobs, parseFiles } from "./parse-files.js";
import { collectBetweenPhases, releaseParseMemory } from "./memory.js";
import type { ParsedFile } from "./process-file.js";
import { getTarget } from "./target.js";
// Registers the TypeScript target with the registry getTarget reads.
import "./ts-target.js";
import "./go-target.js";

export type Phase = "discover" | "parse" | "analyze" | "emit" | "write";

export interface ProgressEvent {
  phase: Phase;
  /** Files done and total, during `parse`. */
  done?: number;
  total?: number;
}

export interface CommonOptions {
  /** Directories and/or .java files. */
  paths: string[];
  /** Base for relative paths; default process.cwd(). */
  cwd?: string;
  /** Upper bound on parse workers; default: number of cores. 1 = everything in the main thread. */
  jobs?: number;
  encoding?: Encoding;
  /** gitignore-syntax patterns relative to the input root. */
  exclude?: string[];
  /** Rule pack directories or built-in pack ids, on top of the built-in packs. */
  rules?: string[];
  onProgress?: (event: ProgressEvent) => void;
}

export interface ConvertOptions extends CommonOptions {
  target: TargetId;
  out: string;
  /** Go module path; default derived from groupId/artifactId. */
  module?: string;
  dryRun?: boolean;
  force?: boolean;
  /** Extra report formats; json is always written. */
  reportFormats?: ReportFormat[];
}

export interface AuditOptions extends CommonOptions {
  /** Default `java2x-out` in cwd. */
  out?: string;
  formats?: ReportFormat[];
  since?: string;
  baseline?: string;
  failOn?: string;
  services?: string;
  /** Scoring weights, tier thresholds, hours per point (a --services file's `scoring` section wins). */
  scoring?: Partial<ScoringConfig>;
}

export interface RunStats {
  workers: number;
  discoverMs: number;
  parseMs: number;
  analyzeMs: number;
  /** Loading and running the rule packs. */
  rulesMs: number;
  emitMs: number;
  totalMs: number;
}

export interface RunResult {
  report: Report;
  /** Absolute path of java2x-report.json (not written on a dry run). */
  reportPath: string;
  /** Files written, relative to the output directory, sorted. */
  written: string[];
  /** Dry run only: what would have been written, relative to the output directory, sorted. */
  wouldWrite: string[];
  /** Run-level notices for the user (not part of the report). */
  notices: Diagnostic[];
  /** Set when `--fail-on` was given: whether the gate tripped and why. */
  gate?: { tripped: boolean; reason: string };
  stats: RunStats;
}

export const DEFAULT_AUDIT_OUT = "java2x-out";

export function toolVersion(): string {
  // The same relative location from src/pipeline/ and from dist/pipeline/.
  const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function checkCommon(options: CommonOptions): void {
  if (options.jobs !== undefined && (!Number.isInteger(options.jobs) || options.jobs < 1)) throw usageError(`--jobs must be a positive integer, got ${options.jobs}`);
  if (options.encoding !== undefined && !ENCODINGS.includes(options.encoding)) throw usageError(`--encoding must be one of ${ENCODINGS.join(", ")}`);
  if (options.paths.length === 0) throw usageError("no input path given");
}

function checkFormats(formats: ReportFormat[] | undefined, option: string): void {
  for (const f of formats ?? []) {
    if (!REPORT_FORMATS.includes(f)) throw usageError(`${option}: unknown format ${f} (known: ${REPORT_FORMATS.join(", ")})`);
  }
}

interface Analysed {
  discovery: Discovery;
  project: ProjectModel;
  parsed: ParsedFile[];
  model: SemanticModel;
  /** Items of the rule packs: computed here, before any emitter, so audit and convert report the same ones. */
  ruleItems: ReportItem[];
  /** Facts the rule packs stated, lowered by the emitter (internal: not part of the report). */
  ruleFacts: RuleFact[];
  /** What the report says about every loaded rule (titles, descriptions, suggestions). */
  ruleMeta: RuleMeta[];
  /** The packs' mappings of third-party APIs, for the emitters. */
  mappings: MappingTable;
  stats: RunStats;
}

/** A bad rule pack (or a rule failing on a file) is a usage problem of the run: exit 2 with the catalog's message. */
function packError(e: unknown): unknown {
  return e instanceof RulePackError ? new Java2xError(e.code, e.args) : e;
}

async function analyseInputs(options: CommonOptions, outDir: string | undefined): Promise<Analysed> {
  const cwd = options.cwd ?? process.cwd();
  const t0 = performance.now();
  // Packs load first so a broken one stops the run before the expensive parse.
  let packs;
  try {
    packs = await loadPacks(options.rules ?? [], cwd);
  } catch (e) {
    throw packError(e);
  }
  options.onProgress?.({ phase: "discover" });
  const discovery = discover({ paths: options.paths, cwd, exclude: options.exclude, outDir });
  if (discovery.files.length === 0) {
    throw new Java2xError("J2X5004", { detail: `no .java files under ${options.paths.join(", ")} (after .gitignore and --exclude)` }, ExitCode.noInput);
  }
  const project = buildProjectModel(
    discovery.root,
    discovery.buildFiles,
    discovery.files.map((f) => f.file),
  );
  const t1 = performance.now();

  let workers = 0;
  const parsed = await parseFiles(discovery.files, {
    jobs: options.jobs ?? defaultJobs(),
    encoding: options.encoding ?? "auto",
    onFileDone: (done, total) => options.onProgress?.({ phase: "parse", done, total }),
    onWorkers: (n) => (workers = n),
  });
  const t2 = performance.now();

  options.onProgress?.({ phase: "analyze" });
  releaseParseMemory();
  const units = parsed.filter((p) => p.unit).map((p) => ({ file: p.file, unit: p.unit! }));
  let model: SemanticModel;
  try {
    model = analyze(units);
  } catch (e) {
    throw new InternalError(`(semantic analysis of ${units.length} files)`, e);
  }
  const t3 = performance.now();
  collectBetweenPhases();
  // Own id allocator: rule item ids never depend on what an emitter allocated before them.
  const ruleIds = new ItemIdAllocator();
  let run;
  try {
    run = runRules(
      packs.flatMap((p) => p.rules),
      { sources: parsed.filter((p) => p.unit).map((p) => ({ file: p.file, text: p.text, unit: p.unit! })), model, root: discovery.root, allocateId: (r, f, s) => ruleIds.allocate(r, f, s) },
    );
  } catch (e) {
    throw packError(e);
  }
  collectBetweenPhases();
  const ruleItems = run.findings.map(
    (f): ReportItem => ({ id: f.id, rule: f.rule, category: f.category, effortPoints: f.effortPoints, file: f.file, line: f.line, column: f.column, message: f.message, target: null, ...(f.risk ? { risk: f.risk } : {}) }),
  );
  return {
    discovery,
    project,
    parsed,
    model,
    ruleItems,
    ruleFacts: run.facts,
    ruleMeta: packs.flatMap((p) => p.rules.map(describeRule)),
    mappings: new MappingTable(packs.flatMap((p) => p.rules)),
    stats: { workers, discoverMs: t1 - t0, parseMs: t2 - t1, analyzeMs: t3 - t2, rulesMs: performance.now() - t3, emitMs: 0, totalMs: 0 },
  };
}

/** A source-line lookup over the parsed texts, split lazily per file. */
function lineLookup(parsed: ParsedFile[]): (file: string, line: number) => string | undefined {
  const texts = new Map(parsed.map((p) => [p.file, p.text]));
  const split = new Map<string, string[]>();
  return (file, line) => {
    let lines = split.get(file);
    if (!lines) {
      const text = texts.get(file);
      if (text === undefined) return undefined;
      lines = text.split(/\r\n|\r|\n/);
      split.set(file, lines);
    }
    return lines[line - 1];
  };
}

/** Everything buildReport needs from the analysis, the fleet view included; the same for convert and audit. */
function reportInputs(
  a: Analysed,
  ids: ItemIdAllocator,
  lineText: (file: string, line: number) => string | undefined,
  fleetOptions: { cwd: string; services?: string; scoring?: Partial<ScoringConfig> },
): { input: Omit<ReportInput, "target">; notices: Diagnostic[] } {
  const units = a.parsed.filter((p) => p.unit).map((p) => ({ file: p.file, unit: p.unit! }));
  const packages = new Map(units.map((u) => [u.file, u.unit.package?.name ?? ""]));
  const { fleet, notices } = collectFleet({
    root: a.discovery.root,
    project: a.project,
    files: a.parsed.map((p) => p.file),
    units,
    model: a.model,
    servicesFile: fleetOptions.services,
    cwd: fleetOptions.cwd,
    scoring: fleetOptions.scoring,
  });
  return {
    notices,
    input: {
      toolVersion: toolVersion(),
      files: a.parsed.map((p) => ({ file: p.file, loc: p.loc, failed: p.failed })),
      diagnostics: [...a.project.diagnostics, ...a.parsed.flatMap((p) => p.diagnostics), ...a.model.diagnostics],
      expressions: a.model.stats.expressions,
      typedExpressions: a.model.stats.typedExpressions,
      project: a.project,
      // Erasure metadata comes from the emitter (convert); an audit has none yet.
      generics: [] as unknown[],
      ruleItems: a.ruleItems,
      rules: a.ruleMeta,
      ids,
      lineText,
      packageOf: (file) => packages.get(file) ?? "",
      fleet,
    },
  };
}

const GO_MODULE_PATH = /^[a-z0-9][a-z0-9._~-]*(\/[a-zA-Z0-9._~-]+)*$/;

export async function convert(options: ConvertOptions): Promise<RunResult> {
  const start = performance.now();
  checkCommon(options);
  if (!TARGETS.includes(options.target)) throw usageError(`--target must be go or ts, got ${options.target}`);
  const target = getTarget(options.target);
  if (!target) throw new Java2xError("J2X5007", { target: options.target });
  checkFormats(options.reportFormats, "--report");
  if (options.module !== undefined && options.target !== "go") throw usageError("--module applies to --target go only");
  if (options.module !== undefined && !GO_MODULE_PATH.test(options.module)) {
    throw usageError(`--module ${options.module} is not a valid module path (e.g. example.com/inventory)`);
  }
  const cwd = options.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, options.out);
  checkOutputDir(outDir, options.paths.map((p) => path.resolve(cwd, p)), options.force ?? false);

  const a = await analyseInputs(options, outDir);
  options.onProgress?.({ phase: "emit" });
  const t = performance.now();
  const ids = new ItemIdAllocator();
  const lineText = lineLookup(a.parsed);
  let emitted;
  let currentFile: string | undefined;
  try {
    emitted = target.emit({
      sources: a.parsed.filter((p) => p.unit).map((p) => ({ file: p.file, text: p.text, unit: p.unit! })),
      model: a.model,
      project: a.project,
      module: options.module ?? defaultModulePath(a.project, path.basename(a.discovery.root)),
      itemId: (rule, file, line, endLine = line) => {
        const source: string[] = [];
        for (let l = line; l <= endLine; l++) source.push(lineText(file, l) ?? "");
        return ids.allocate(rule, file, source.join("\n"));
      },
      facts: a.ruleFacts,
      onFile: (file) => (currentFile = file),
      mappings: a.mappings,
    });
  } catch (e) {
    throw new InternalError(currentFile ? `${currentFile} (emitting ${options.target})` : `(emitting ${options.target})`, e);
  }
  a.stats.emitMs = performance.now() - t;
  const facts: EmittedFacts = {
    build: emitted.build,
    entryPoints: emitted.entryPoints,
    items: emitted.items.map((i) => ({ ...i, target: options.target })),
    methods: emitted.stats.methods,
    methodsFullyTranslated: emitted.stats.methodsFullyTranslated,
  };
  const { input, notices } = reportInputs(a, ids, lineText, { cwd });
  const report = buildReport({ ...input, target: options.target, emitted: facts, generics: emitted.generics ?? [] });
  const files: OutputFile[] = [...emitted.files, ...renderReportFiles(report, ["json", ...(options.reportFormats ?? [])])];
  // Checked before anything is written, so a bad emitter path leaves no partial output behind.
  try {
    for (const f of files) resolveOutputPath(outDir, f.path);
    if (new Set(files.map((f) => f.path)).size !== files.length) throw new Error("the emitter produced the same path twice or a file named like a report (java2x-report.*)");
  } catch (e) {
    throw new InternalError(`(emitting ${options.target})`, e);
  }

  const result: RunResult = {
    report,
    reportPath: path.join(outDir, REPORT_JSON_NAME),
    written: [],
    wouldWrite: [],
    notices,
    stats: a.stats,
  };
  if (options.dryRun) {
    result.wouldWrite = files.map((f) => f.path).sort();
  } else {
    options.onProgress?.({ phase: "write" });
    result.written = writeOutputFiles(outDir, files);
  }
  a.stats.totalMs = performance.now() - start;
  return result;
}

type Gate = { kind: "mandatory" } | { kind: "new" } | { kind: "points"; limit: number };

export function parseFailOn(value: string): Gate {
  if (value === "mandatory") return { kind: "mandatory" };
  if (value === "new") return { kind: "new" };
  const m = /^points>(\d+)$/.exec(value);
  if (m) return { kind: "points", limit: Number(m[1]) };
  throw usageError(`--fail-on must be mandatory, new or points>N (e.g. points>40), got ${value}`);
}

function loadBaseline(file: string, cwd: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(path.resolve(cwd, file), "utf8"));
  } catch (e) {
    throw new Java2xError("J2X5003", { what: "the baseline report", file, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  const report = data as Partial<Report> | null;
  if (!report || report.schemaVersion !== 1 || !Array.isArray(report.items)) {
    throw usageError(`--baseline ${file} is not a java2x-report.json with schemaVersion 1`);
  }
  return new Set(report.items.map((i) => i.id));
}

/**
 * Files (relative to `root`) a branch changed since it left `ref` — `git diff ref...HEAD`, so
 * commits that landed on `ref` meanwhile do not count — plus staged, unstaged and untracked ones.
 */
function changedSince(ref: string, root: string): Set<string> {
  const git = (args: string[]): string[] => {
    try {
      return execFileSync("git", ["-c", "core.quotepath=off", ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
        .split("\0")
        .filter(Boolean);
    } catch (e) {
      const stderr = (e as { stderr?: string }).stderr?.trim().split("\n")[0];
      throw new Java2xError("J2X5010", { ref, detail: stderr || (e as Error).message });
    }
  };
  return new Set([
    ...git(["diff", "--name-only", "-z", "--relative", `${ref}...HEAD`, "--"]),
    ...git(["diff", "--name-only", "-z", "--relative", "HEAD", "--"]),
    ...git(["ls-files", "--others", "--exclude-standard", "-z"]),
  ]);
}

export async function audit(options: AuditOptions): Promise<RunResult> {
  const start = performance.now();
  checkCommon(options);
  checkFormats(options.formats, "--format");
  const cwd = options.cwd ?? process.cwd();
  const gate = options.failOn !== undefined ? parseFailOn(options.failOn) : undefined;
  if (gate?.kind === "new" && options.baseline === undefined && options.since === undefined) {
    throw usageError("--fail-on new needs --baseline <report.json> or --since <git-ref> to tell what is new");
  }
  const baselineIds = options.baseline !== undefined ? loadBaseline(options.baseline, cwd) : undefined;
  const outDir = path.resolve(cwd, options.out ?? DEFAULT_AUDIT_OUT);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) throw new Java2xError("J2X5006", { detail: `--out ${outDir} exists and is not a directory` });

  const a = await analyseInputs(options, outDir);
  const onlyFiles = options.since !== undefined ? changedSince(options.since, a.discovery.root) : undefined;
  const ids = new ItemIdAllocator();
  const { input, notices } = reportInputs(a, ids, lineLookup(a.parsed), { cwd, services: options.services, scoring: options.scoring });
  const report = buildReport({
    ...input,
    target: null,
    filter:
      onlyFiles || baselineIds
        ? { since: options.since ?? null, onlyFiles, baseline: options.baseline !== undefined ? path.basename(options.baseline) : null, baselineIds }
        : undefined,
  });

  options.onProgress?.({ phase: "write" });
  // Audit writes only its own report file into --out, so an existing directory is fine (re-runs overwrite it).
  const written = writeOutputFiles(outDir, renderReportFiles(report, options.formats ?? ["json"]));
  const result: RunResult = {
    report,
    reportPath: path.join(outDir, REPORT_JSON_NAME),
    written,
    wouldWrite: [],
    notices,
    stats: a.stats,
  };
  if (gate && options.failOn) {
    const s = report.summary;
    const tripped = gate.kind === "mandatory" ? s.byCategory.mandatory > 0 : gate.kind === "new" ? s.items > 0 : s.effortPoints > gate.limit;
    const reason =
      gate.kind === "mandatory"
        ? `${s.byCategory.mandatory} mandatory item(s)`
        : gate.kind === "new"
          ? `${s.items} new item(s) (${options.baseline !== undefined ? "not in the baseline" : `in files changed since ${options.since}`})`
          : `${s.effortPoints} effort points (limit ${gate.limit})`;
    result.gate = { tripped, reason: `--fail-on ${options.failOn}: ${reason}` };
  }
  a.stats.totalMs = performance.now() - start;
  return result;
}
