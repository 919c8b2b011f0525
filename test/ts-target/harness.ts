// Converts Java programs to TypeScript and runs them in one batch: every program goes to its own
// folder of a temp root, their jrt/jrtx copies are replaced by links to one shared copy, one `tsc`
// run type-checks and compiles everything, then each entry point runs on Node.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { convert } from "../../src/index.js";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const tscBin = path.join(repoRoot, "node_modules/typescript/bin/tsc");

/**
 * Lets an emitted project resolve its npm dependencies (fastify for a service with routes) from
 * java2x's own node_modules, which pins the same versions, so a compile check needs no install.
 */
export function linkDependencies(out: string): void {
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(out, "node_modules"), "dir");
}

export interface ProgramResult {
  name: string;
  /** tsc diagnostics that point into this program's own sources. */
  tscErrors: string[];
  stdout: string;
  stderr: string;
  code: number | null;
  expected: { stdout: string; code: number; stderrFirstLine?: string };
  /** Why the run differs from the expectation, or undefined when it matches. */
  mismatch?: string;
}

function readIf(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

/** Converts each `<dir>/<name>/Main.java`, type-checks all outputs in one tsc run and runs them. */
export async function runPrograms(programsDir: string, names: string[]): Promise<ProgramResult[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-ts-diff-"));
  try {
    for (const name of names) {
      await convert({ paths: [path.join(programsDir, name, "Main.java")], target: "ts", out: path.join(root, name), force: true, jobs: 1 });
    }
    // One shared runtime copy: the programs' imports of jrt/jrtx are pointed at it, so tsc checks it once.
    fs.mkdirSync(path.join(root, "shared"));
    for (const lib of ["jrt", "jrtx"]) fs.cpSync(path.join(root, names[0]!, "src", lib), path.join(root, "shared", lib), { recursive: true });
    for (const name of names) {
      const src = path.join(root, name, "src");
      for (const lib of ["jrt", "jrtx"]) fs.rmSync(path.join(src, lib), { recursive: true });
      for (const file of fs.readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
        const abs = path.join(src, file);
        const toShared = path.relative(path.dirname(abs), path.join(root, "shared")).split(path.sep).join("/");
        fs.writeFileSync(abs, fs.readFileSync(abs, "utf8").replace(/"(?:\.\.?\/)+(jrtx?)\/index\.js"/g, `"${toShared}/$1/index.js"`));
      }
    }
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, names[0]!, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
    tsconfig.compilerOptions.rootDir = ".";
    tsconfig.compilerOptions.outDir = "dist";
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: tsconfig.compilerOptions, include: ["*/src/**/*.ts", "shared/**/*.ts"], exclude: ["dist"] }));
    fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ type: "module" }));
    const tsc = spawnSync(process.execPath, [tscBin, "-p", root], { cwd: root, encoding: "utf8" });
    const tscLines = (tsc.stdout + tsc.stderr).split("\n").filter((l) => /error TS\d+/.test(l));
    const results: ProgramResult[] = [];
    for (const name of names) {
      const dir = path.join(programsDir, name);
      const expected = {
        stdout: fs.readFileSync(path.join(dir, "expected.stdout"), "utf8"),
        code: Number((readIf(path.join(dir, "expected.exitcode")) ?? "0").trim()),
        stderrFirstLine: readIf(path.join(dir, "expected.stderr-first-line"))?.replace(/\r?\n$/, ""),
      };
      const tscErrors = tscLines.filter((l) => l.startsWith(name + "/"));
      const run = spawnSync(process.execPath, [path.join(root, "dist", name, "src", "main", "Main.js")], { cwd: path.join(root, name), encoding: "utf8", timeout: 20000 });
      const r: ProgramResult = { name, tscErrors, stdout: run.stdout ?? "", stderr: run.stderr ?? "", code: run.status, expected };
      if (tscErrors.length) r.mismatch = `tsc: ${tscErrors[0]}`;
      else if (r.stdout !== expected.stdout) r.mismatch = `stdout differs at line ${firstDiffLine(r.stdout, expected.stdout)}${r.stderr ? " | stderr: " + r.stderr.split("\n").slice(0, 3).join(" / ") : ""}`;
      else if (r.code !== expected.code) r.mismatch = `exit code ${r.code}, expected ${expected.code}: ${r.stderr.split("\n")[0]}`;
      else if (expected.stderrFirstLine !== undefined && r.stderr.split("\n")[0] !== expected.stderrFirstLine) r.mismatch = `stderr first line: ${r.stderr.split("\n")[0]}`;
      results.push(r);
    }
    return results;
  } finally {
    if (!process.env.J2X_KEEP) fs.rmSync(root, { recursive: true, force: true });
    else console.log("kept", root);
  }
}

function firstDiffLine(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `${i + 1}: got ${JSON.stringify(x[i])}, expected ${JSON.stringify(y[i])}`;
  return "?";
}

/** Program folders with a Main.java and an expected.stdout, sorted. */
export function programNames(programsDir: string): string[] {
  return fs
    .readdirSync(programsDir)
    .filter((n) => fs.existsSync(path.join(programsDir, n, "Main.java")) && fs.existsSync(path.join(programsDir, n, "expected.stdout")))
    .sort();
}

/**
 * The differential suites' programs: all of them, or only those named in J2X_PROGRAMS
 * (comma-separated) so one gap can be worked on without building the other hundred.
 */
export function selectedPrograms(all: string[]): string[] {
  const only = process.env.J2X_PROGRAMS?.split(",").map((s) => s.trim()).filter(Boolean);
  if (!only?.length) return all;
  const unknown = only.filter((n) => !all.includes(n));
  if (unknown.length) throw new Error(`J2X_PROGRAMS names no program: ${unknown.join(", ")}`);
  return all.filter((n) => only.includes(n));
}
