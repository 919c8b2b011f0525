// Shared by the Go target tests: converts Java inputs with the library API and gathers several
// emitted programs into one Go module that shares one jrt, so `go build` compiles it once.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { convert } from "../../src/index.js";
import type { Report } from "../../src/report/model.js";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const run = promisify(execFile);

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Converts `input` into `out` (a fresh directory) as a Go module named `module`. */
export async function convertGo(input: string, out: string, module: string): Promise<Report> {
  const r = await convert({ paths: [input], target: "go", out, module, force: true, jobs: 1 });
  return r.report;
}

function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]));
}

/**
 * Copies a converted program into the combined module at `root`: its packages under `p/<name>/`,
 * its commands under `bin/<name>/` (so binaries get distinct names), its jrt imports pointed at
 * the one shared `internal/jrt`.
 */
export function addToCombined(root: string, name: string, converted: string, module: string, combined: string): void {
  const from = `"${module}/`;
  for (const rel of walk(converted)) {
    if (rel === "go.mod" || rel.startsWith("internal/jrt/") || !rel.endsWith(".go")) continue;
    let text = fs.readFileSync(path.join(converted, rel), "utf8");
    text = text.split(`${from}internal/jrt"`).join(`"${combined}/internal/jrt"`).split(from).join(`"${combined}/p/${name}/`);
    const dest = rel.startsWith("cmd/main/") ? path.join(root, "bin", name, rel.slice("cmd/main/".length)) : path.join(root, "p", name, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, text);
  }
}

/** Sets up the combined module's go.mod and shared jrt (copied from one converted program). */
export function initCombined(root: string, combined: string, anyConverted: string): void {
  fs.mkdirSync(path.join(root, "internal"), { recursive: true });
  fs.writeFileSync(path.join(root, "go.mod"), `module ${combined}\n\ngo 1.22\n`);
  fs.cpSync(path.join(anyConverted, "internal", "jrt"), path.join(root, "internal", "jrt"), { recursive: true });
}
