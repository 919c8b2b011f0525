// The rule tester behind `java2x rules test` and test/rules/packs.test.ts. For every fixture of
// every rule of the given packs (built-in or a user's, loaded alongside the built-in ones as in a
// real run) it checks:
//   - the rule's own items against expected-items.json (src/transform/rules/tester.ts);
//   - the translated fixture against expected.go / expected.ts (convert() into a temp dir);
//   - that a second convert into the same directory changes no byte and gives the same report;
//   - that every `java2x: <id>` marker in the emitted code is a report item and every item the
//     emitter placed in the code has its marker (contracts.md);
//   - that the Go output is gofmt-clean and passes `go vet ./...`, the TS output strict `tsc`.
// The builds are batched (one Go module, one TS project holding every fixture) so each toolchain
// starts once. J2X_UPDATE=1 (`update`) rewrites the expected files instead of comparing them.

import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { compareStrings } from "../diagnostics/diagnostic.js";
import type { TargetId } from "../project/config.js";
import { renderReportJson } from "../report/json.js";
import { checkItems, conventionProblems, firstDifference, fixtureCases, writeIfChanged, type LoadedPack, type LoadedRule } from "../transform/rules/index.js";
import { convert } from "./run.js";

export interface CaseResult {
  pack: string;
  rule: string;
  /** Fixture folder name, or `(conventions)` when the rule folder itself is incomplete. */
  name: string;
  dir: string;
  ok: boolean;
  /** What differed, one entry per failed check; each names the check. */
  problems: string[];
  /** Expectation files (re)written by an update run. */
  wrote: string[];
}

export interface RuleTestOptions {
  /** Rewrite expected-items.json, expected.go and expected.ts instead of comparing them. */
  update?: boolean;
}

/** The Go module path fixtures are converted with; it appears in expected.go's imports. */
const FIXTURE_MODULE = "example.com/fixture";
/** The module holding every fixture's Go output for the one `go vet`. */
const COMBINED_GO_MODULE = "j2xrules";
const TARGETS: TargetId[] = ["go", "ts"];

/** Runtime support copied into every output: not the fixture's translation, and never compared. */
const RUNTIME: Record<TargetId, RegExp> = { go: /^internal\/jrt\//, ts: /^src\/jrtx?\// };
/** Emitted code compared with expected.<target>: sources outside the runtime and the entry-point boilerplate. */
const COMPARED: Record<TargetId, RegExp> = { go: /^(?!internal\/jrt\/|cmd\/).*\.go$/, ts: /^src\/(?!jrtx?\/|main\/).*\.ts$/ };
/**
 * A marker in emitted code: `java2x: ` and one or more item ids, space-separated (16 hex digits,
 * `-n` for a repeat on the same text); a transaction boundary names every item behind it.
 */
const MARKER = /java2x: ([0-9a-f]{16}(?:-\d+)?(?: [0-9a-f]{16}(?:-\d+)?)*)/g;
/**
 * The emitter's items (rule `go.…` / `ts.…`) point at emitted code and carry its marker, except
 * those about a decision rather than a place in the code: a Java package merged into another Go
 * package, a declaration typed `any`. Rule items (`fix: auto` mappings, audit findings) have none.
 */
const UNMARKED_RULES = new Set(["go.package-merged", "go.unknown-type"]);

interface Case extends CaseResult {
  loaded: LoadedPack;
  ruleModule: LoadedRule;
  /** Output directory per target, once convert succeeded. */
  outs: Partial<Record<TargetId, string>>;
}

export async function testRulePacks(packs: LoadedPack[], options: RuleTestOptions = {}): Promise<CaseResult[]> {
  const update = options.update ?? false;
  const results: Case[] = [];
  for (const loaded of packs) {
    for (const ruleModule of loaded.rules) {
      const start = (name: string, dir: string, problems: string[]): Case => ({ loaded, ruleModule, pack: loaded.manifest.id, rule: ruleModule.module.meta.id, name, dir, ok: true, problems, wrote: [], outs: {} });
      const problems = conventionProblems(ruleModule);
      if (problems.length) results.push(start("(conventions)", ruleModule.dir, problems));
      else for (const dir of fixtureCases(ruleModule)) results.push(start(path.basename(dir), dir, []));
    }
  }
  const cases = results.filter((c) => c.name !== "(conventions)");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-rules-test-"));
  try {
    for (const [k, c] of cases.entries()) {
      const items = checkItems(c.ruleModule, c.dir, update);
      if (items.problem) c.problems.push(items.problem);
      if (items.wrote) c.wrote.push(items.wrote);
      for (const target of TARGETS) await convertCase(c, target, path.join(scratch, target, `c${k}`), update);
    }
    await Promise.all([buildGo(cases, path.join(scratch, "go-build")), buildTs(cases, path.join(scratch, "ts-build"))]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return results.map(({ loaded: _p, ruleModule: _r, outs: _o, ...r }) => ({ ...r, ok: r.problems.length === 0 }));
}

/** Every file under `dir` by forward-slash relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return new Map(files.sort(compareStrings).map((f) => [f.split(path.sep).join("/"), fs.readFileSync(path.join(dir, f))]));
}

async function convertCase(c: Case, target: TargetId, out: string, update: boolean): Promise<void> {
  const options = { paths: [c.dir], target, out, force: true, jobs: 1, ...(c.loaded.builtIn ? {} : { rules: [c.loaded.dir] }), ...(target === "go" ? { module: FIXTURE_MODULE } : {}) };
  let first, second;
  let files: Map<string, Buffer>;
  try {
    first = await convert(options);
    files = snapshot(out);
    second = await convert(options);
  } catch (e) {
    c.problems.push(`convert --target ${target} failed: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  c.outs[target] = out;
  const again = snapshot(out);
  const changed = [...new Set([...files.keys(), ...again.keys()])].filter((f) => !files.get(f)?.equals(again.get(f) ?? Buffer.alloc(0)) || !again.has(f));
  if (changed.length) c.problems.push(`${target}: a second convert into the same directory changed ${changed.slice(0, 5).join(", ")}`);
  else if (renderReportJson(first.report) !== renderReportJson(second.report)) c.problems.push(`${target}: a second convert gave a different report`);

  const text = (f: string): string => files.get(f)!.toString("utf8");
  const markers = new Map<string, string>();
  for (const f of files.keys()) {
    if (RUNTIME[target].test(f) || f.startsWith("java2x-report.")) continue;
    for (const m of text(f).matchAll(MARKER)) for (const id of m[1]!.split(" ")) if (!markers.has(id)) markers.set(id, f);
  }
  const items = new Set(first.report.items.map((i) => i.id));
  for (const [id, file] of markers) if (!items.has(id)) c.problems.push(`${target}: marker java2x: ${id} in ${file} has no report item`);
  for (const i of first.report.items) {
    if (i.rule.startsWith(`${target}.`) && !UNMARKED_RULES.has(i.rule) && !markers.has(i.id)) c.problems.push(`${target}: item ${i.id} (${i.rule} at ${i.file}:${i.line}) has no marker in the code`);
  }

  const emitted = [...files.keys()].filter((f) => COMPARED[target].test(f)).map((f) => `// ${f}\n${text(f)}`).join("\n");
  const expectedFile = path.join(c.dir, `expected.${target}`);
  if (update) {
    if (writeIfChanged(expectedFile, emitted)) c.wrote.push(`expected.${target}`);
  } else if (!fs.existsSync(expectedFile)) {
    c.problems.push(`no expected.${target} (run with J2X_UPDATE=1 to create it, then read it)`);
  } else {
    const expected = fs.readFileSync(expectedFile, "utf8");
    if (expected !== emitted) c.problems.push(`${target}: the translation differs from expected.${target}:\n${firstDifference(expected, emitted)}`);
  }
}

/** Runs a tool to completion; output is stdout and stderr together. A missing tool is `code: null` with the reason. */
function runTool(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.on("error", (e) => resolve({ code: null, output: `${command} could not be started (${e.message}); the rule tester needs it on PATH` }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Which case a line of tool output is about (an index into the cases built), and the line as that case's own output would read. */
type Placed = { k: number; line: string } | undefined;

/**
 * Hands each line of a tool's output to the case it names (`place`); a failed run whose output
 * names no case (the shared runtime, the tool itself) fails every case built.
 */
function attribute(built: Case[], tool: string, result: { code: number | null; output: string }, place: (line: string) => Placed): void {
  const byCase = new Map<number, string[]>();
  const unplaced: string[] = [];
  for (const line of result.output.split("\n").filter((l) => l.trim())) {
    const p = place(line);
    if (p && built[p.k]) byCase.set(p.k, [...(byCase.get(p.k) ?? []), p.line]);
    else unplaced.push(line);
  }
  for (const [k, lines] of byCase) built[k]!.problems.push(`${tool}:\n${lines.slice(0, 20).map((l) => `    ${l}`).join("\n")}`);
  if (result.code !== 0 && byCase.size === 0) for (const c of built) c.problems.push(`${tool} failed:\n${unplaced.slice(0, 20).map((l) => `    ${l}`).join("\n")}`);
}

/** A line naming `c<k>/…` of the combined build: `c<k>/` dropped, the combined module named as the fixture's. */
function placeCombined(line: string): Placed {
  const m = /(?:^|[\s/])c(\d+)\//.exec(line);
  if (!m) return undefined;
  const k = Number(m[1]);
  return { k, line: line.split(`${COMBINED_GO_MODULE}/c${k}/`).join(`${FIXTURE_MODULE}/`).split(`c${k}/`).join("") };
}

/**
 * gofmt on each output as written; then every output copied into one module at `root` (`c<k>/`,
 * imports of the fixture module pointed there, one shared jrt) for a single `go vet ./...`.
 */
async function buildGo(cases: Case[], root: string): Promise<void> {
  const built = cases.filter((c) => c.outs.go);
  if (!built.length) return;
  const gofmt = await runTool("gofmt", ["-l", ...built.map((c) => c.outs.go!)], os.tmpdir());
  attribute(built, "gofmt -l (not gofmt-clean)", gofmt, (line) => {
    const k = built.findIndex((c) => line.startsWith(c.outs.go! + path.sep));
    return k < 0 ? undefined : { k, line: path.relative(built[k]!.outs.go!, line).split(path.sep).join("/") };
  });
  fs.mkdirSync(path.join(root, "internal"), { recursive: true });
  fs.writeFileSync(path.join(root, "go.mod"), `module ${COMBINED_GO_MODULE}\n\ngo 1.22\n`);
  fs.cpSync(path.join(built[0]!.outs.go!, "internal", "jrt"), path.join(root, "internal", "jrt"), { recursive: true });
  for (const [k, c] of built.entries()) {
    for (const [rel, content] of snapshot(c.outs.go!)) {
      if (!rel.endsWith(".go") || RUNTIME.go.test(rel)) continue;
      const text = content.toString("utf8").split(`"${FIXTURE_MODULE}/internal/jrt"`).join(`"${COMBINED_GO_MODULE}/internal/jrt"`).split(`"${FIXTURE_MODULE}/`).join(`"${COMBINED_GO_MODULE}/c${k}/`);
      fs.mkdirSync(path.dirname(path.join(root, `c${k}`, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, `c${k}`, rel), text);
    }
  }
  attribute(built, "go vet ./...", await runTool("go", ["vet", "./..."], root), placeCombined);
}

/**
 * Every output's sources copied into one project at `root` (`c<k>/src/…`), their imports of the
 * runtime pointed at one shared copy, and one strict `tsc --noEmit` over all of them.
 */
async function buildTs(cases: Case[], root: string): Promise<void> {
  const built = cases.filter((c) => c.outs.ts);
  if (!built.length) return;
  let tsc: string;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    for (const c of built) c.problems.push("tsc: the typescript package is not installed beside java2x; the rule tester needs it");
    return;
  }
  // The packages an emitted package.json lists (fastify for routes) resolve from the node_modules
  // holding typescript, java2x's own, which pins the same versions: no install per check.
  fs.mkdirSync(root, { recursive: true });
  fs.symlinkSync(path.resolve(tsc, "../../.."), path.join(root, "node_modules"), "dir");
  const first = built[0]!.outs.ts!;
  for (const lib of ["jrt", "jrtx"]) fs.cpSync(path.join(first, "src", lib), path.join(root, "shared", lib), { recursive: true });
  for (const [k, c] of built.entries()) {
    for (const [rel, content] of snapshot(c.outs.ts!)) {
      if (!rel.startsWith("src/") || !rel.endsWith(".ts") || RUNTIME.ts.test(rel)) continue;
      const dest = path.join(root, `c${k}`, rel);
      const text = content.toString("utf8").replace(/(from\s+|import\()"(\.\.?\/[^"]+)"/g, (all, lead: string, spec: string) => {
        const target = path.posix.join(path.posix.dirname(rel), spec);
        if (!RUNTIME.ts.test(target)) return all;
        const shared = path.relative(path.dirname(dest), path.join(root, "shared", target.slice("src/".length))).split(path.sep).join("/");
        return `${lead}"${shared.startsWith(".") ? shared : `./${shared}`}"`;
      });
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, text);
    }
  }
  const config = JSON.parse(fs.readFileSync(path.join(first, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
  const compilerOptions: Record<string, unknown> = { ...config.compilerOptions, rootDir: ".", noEmit: true };
  delete compilerOptions.outDir;
  fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["c*/src/**/*.ts", "shared/**/*.ts"] }));
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ type: "module" }));
  attribute(built, "tsc (strict)", await runTool(process.execPath, [tsc, "-p", ".", "--pretty", "false"], root), (line) => (/^c\d+\//.test(line) ? placeCombined(line) : undefined));
}
