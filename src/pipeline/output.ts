// The only code that writes files: it checks that --out is a safe place and that every path stays
// inside it (no `..`, no absolute paths, no symlink escapes), so input and the rest of the disk are never touched.

import fs from "node:fs";
import path from "node:path";
import { compareStrings } from "../diagnostics/diagnostic.js";
import { Java2xError } from "../project/errors.js";

export interface OutputFile {
  /** Relative to the output directory, forward slashes. */
  path: string;
  content: string;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * Refuses an output directory that is, or contains, an input path (writing there could overwrite
 * the user's files) and, unless `force`, one that already has files in it.
 */
export function checkOutputDir(outDir: string, inputs: string[], force: boolean): void {
  for (const input of inputs) {
    if (isInside(input, outDir)) {
      throw new Java2xError("J2X5006", { detail: `--out ${outDir} contains the input ${input}; choose a directory outside the input or inside it` });
    }
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(outDir);
  } catch {
    return;
  }
  if (!st.isDirectory()) throw new Java2xError("J2X5006", { detail: `--out ${outDir} exists and is not a directory` });
  if (!force && fs.readdirSync(outDir).length > 0) throw new Java2xError("J2X5005", { dir: outDir });
}

/** Validates a path an emitter asked for and returns where it goes on disk. */
export function resolveOutputPath(outDir: string, rel: string): string {
  if (rel === "" || rel.includes("\\") || rel.startsWith("/") || /^[A-Za-z]:/.test(rel) || rel.split("/").some((s) => s === ".." || s === "." || s === "")) {
    throw new Error(`refusing to write the output path ${JSON.stringify(rel)}: it must be a plain relative path inside --out`);
  }
  return path.join(outDir, ...rel.split("/"));
}

/** Writes `files` under `outDir` and returns their relative paths in sorted order. */
export function writeOutputFiles(outDir: string, files: OutputFile[]): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const realOut = fs.realpathSync(outDir);
  for (const f of files) {
    const target = resolveOutputPath(outDir, f.path);
    const dir = path.dirname(target);
    fs.mkdirSync(dir, { recursive: true });
    // A symlink already present in a forced --out must not lead the write elsewhere.
    if (!isInside(fs.realpathSync(dir), realOut)) throw new Error(`refusing to write ${f.path}: ${path.dirname(f.path)} leads outside --out`);
    if (fs.existsSync(target) && fs.lstatSync(target).isSymbolicLink()) fs.unlinkSync(target);
    fs.writeFileSync(target, f.content);
  }
  return files.map((f) => f.path).sort(compareStrings);
}
