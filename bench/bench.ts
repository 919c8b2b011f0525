// `npm run bench`: throughput and peak memory of java2x's front end against its floors (reading
// the files, java-parser alone) on generated corpora of ~100 k and ~1 M lines built from samples/.
// Every measurement runs in a fresh child process so JIT state and peak RSS are its own.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Outside the repository: the repo's .gitignore would hide it from discovery.
const corpusRoot = path.join(os.tmpdir(), "java2x-bench");
const SIZES = (process.env["BENCH_SIZES"] ?? "100000,1000000").split(",").map(Number);

type Mode = "read" | "java-parser" | "parse" | "parse+semantic" | "audit";

interface Measurement {
  mode: Mode;
  jobs?: number;
  files: number;
  lines: number;
  ms: number;
  peakRssMb: number;
}

// ------------------------------------------------------------------------------------------------
// Corpus: samples/ copied until it reaches the wanted size, each copy under its own package prefix
// so the semantic index sees distinct types (as in a real monorepo) instead of duplicates.

function sampleFiles(): { rel: string; text: string }[] {
  const out: { rel: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      // samples/broken holds deliberate syntax errors; GBK files are decoded as the tool would.
      else if (entry.name.endsWith(".java") && !abs.includes(`${path.sep}broken${path.sep}`)) {
        out.push({ rel: path.relative(path.join(root, "samples"), abs), text: fs.readFileSync(abs, "latin1") });
      }
    }
  };
  walk(path.join(root, "samples"));
  return out;
}

function buildCorpus(targetLines: number): { dir: string; files: number; lines: number } {
  const dir = path.join(corpusRoot, `corpus-${targetLines}`);
  const stamp = path.join(dir, ".complete");
  const samples = sampleFiles();
  if (fs.existsSync(stamp)) {
    const [files, lines] = fs.readFileSync(stamp, "utf8").split(" ").map(Number);
    return { dir, files: files!, lines: lines! };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let lines = 0;
  for (let copy = 0; lines < targetLines; copy++) {
    const prefix = `bench${copy}`;
    for (const s of samples) {
      // Prefix the package and the project-internal imports; default-package programs get one.
      let text = s.text.replace(/\b(com\.acme)\b/g, `${prefix}.$1`);
      if (!/^\s*package\s/m.test(text)) text = `package ${prefix}.${path.dirname(s.rel).replace(/[^A-Za-z0-9]+/g, "_")};\n${text}`;
      const file = path.join(dir, prefix, s.rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text, "latin1");
      files++;
      lines += text.split("\n").length;
    }
  }
  fs.writeFileSync(stamp, `${files} ${lines}`);
  return { dir, files, lines };
}

// ------------------------------------------------------------------------------------------------
// One measurement = one child process running `bench/bench-child.ts`.

function measure(mode: Mode, corpus: { dir: string; files: number; lines: number }, jobs?: number): Measurement {
  const args = ["--max-semi-space-size=64", "--max-old-space-size=8192", "--import", "tsx", path.join(root, "bench/bench-child.ts"), mode, corpus.dir, String(jobs ?? 0)];
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  const result = JSON.parse(out.trim().split("\n").pop()!) as { ms: number; peakRssMb: number };
  return { mode, jobs, files: corpus.files, lines: corpus.lines, ...result };
}

function row(m: Measurement): string {
  const seconds = m.ms / 1000;
  const label = m.jobs ? `${m.mode} --jobs ${m.jobs}` : m.mode;
  return `| ${label} | ${m.files} | ${m.lines} | ${seconds.toFixed(2)} | ${Math.round(m.files / seconds)} | ${Math.round(m.lines / seconds)} | ${m.peakRssMb} |`;
}

const cores = os.availableParallelism();
console.log(`java2x bench — node ${process.version}, ${cores} cores, ${os.cpus()[0]?.model ?? "cpu"}`);
console.log("| measurement | files | lines | s | files/s | lines/s | peak RSS MB |");
console.log("|---|---|---|---|---|---|---|");
for (const size of SIZES) {
  const corpus = buildCorpus(size);
  const results: Measurement[] = [];
  for (const mode of ["read", "java-parser", "parse", "parse+semantic"] as const) {
    results.push(measure(mode, corpus));
    console.log(row(results.at(-1)!));
  }
  const one = measure("audit", corpus, 1);
  const all = measure("audit", corpus, cores);
  console.log(row(one));
  console.log(row(all));
  const byMode = (mode: Mode): Measurement => results.find((r) => r.mode === mode)!;
  const ratio = byMode("java-parser").ms / byMode("parse+semantic").ms;
  console.log(
    `\n${corpus.lines} lines: parse+semantic runs at ${(ratio * 100).toFixed(0)}% of java-parser's parse-only speed; ` +
      `audit --jobs ${cores} is ${(one.ms / all.ms).toFixed(2)}× audit --jobs 1.\n`,
  );
}
