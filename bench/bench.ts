// `npm run bench`: throughput and peak memory of java2x's front end against its floors (reading
// the files, java-parser alone) on generated corpora of ~100 k and ~1 M lines built from samples/.
// Every measurement runs in a fresh child process so JIT state and peak RSS are its own.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "./corpus.js";
// The installed command's own V8 flags, so the benchmark measures what users run.
import { NODE_FLAGS } from "../bin/node-flags.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = (process.env["BENCH_SIZES"] ?? "100000,1000000").split(",").map(Number);
// BENCH_MODES=a,b,… runs only the named measurements (read, java-parser, parse, parse+semantic,
// audit; default all), e.g. BENCH_MODES=audit for the --jobs comparison alone; BENCH_REPEAT=n
// repeats the audit --jobs 1 / default pair n times, interleaved, and reports the median of each.
const MODES = (process.env["BENCH_MODES"] ?? "read,java-parser,parse,parse+semantic,audit").split(",");
const FLOORS = (["read", "java-parser", "parse", "parse+semantic"] as const).filter((m) => MODES.includes(m));
const AUDIT = MODES.includes("audit");
const REPEAT = Math.max(1, Number(process.env["BENCH_REPEAT"] ?? "1"));

type Mode = "read" | "java-parser" | "parse" | "parse+semantic" | "audit";

interface Measurement {
  mode: Mode;
  jobs?: number;
  files: number;
  lines: number;
  ms: number;
  /** User + system CPU time of the process, all threads. */
  cpuMs: number;
  peakRssMb: number;
  /** Load average (1 min) when the measurement started: the machines are shared. */
  load: number;
}

// ------------------------------------------------------------------------------------------------
// The audit runs from JavaScript compiled into .bench/dist (git-ignored), as the installed command
// runs from dist/: under tsx every parse worker would first pay for tsx's loader (measured: ~2.2 s
// of CPU per worker start under tsx against ~1.2 s compiled). The links let the compiled modules
// find package.json, rules/, schema/ and src/ one level up, as dist/ does.

function buildDist(): string {
  const base = path.join(root, ".bench");
  const out = path.join(base, "dist");
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--outDir", out], { cwd: root, stdio: "ignore" });
  for (const name of ["package.json", "rules", "schema", "src"]) {
    const link = path.join(base, name);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join("..", name), link);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// One measurement = one child process running `bench/bench-child.ts`.

function measure(mode: Mode, corpus: { dir: string; files: number; lines: number }, jobs?: number): Measurement {
  const load = os.loadavg()[0]!;
  const args = [...NODE_FLAGS, "--import", "tsx", path.join(root, "bench/bench-child.ts"), mode, corpus.dir, String(jobs ?? 0)];
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 24, env: { ...process.env, BENCH_DIST: dist } });
  const result = JSON.parse(out.trim().split("\n").pop()!) as { ms: number; cpuMs: number; peakRssMb: number };
  return { mode, jobs, files: corpus.files, lines: corpus.lines, ms: result.ms, cpuMs: result.cpuMs, peakRssMb: result.peakRssMb, load };
}

function row(m: Measurement): string {
  const seconds = m.ms / 1000;
  const label = m.jobs ? `${m.mode} --jobs ${m.jobs}` : m.mode;
  return `| ${label} | ${m.files} | ${m.lines} | ${seconds.toFixed(2)} | ${(m.cpuMs / 1000).toFixed(2)} | ${Math.round(m.files / seconds)} | ${Math.round(m.lines / seconds)} | ${m.peakRssMb} | ${m.load.toFixed(1)} |`;
}

const cores = os.availableParallelism();
console.log(`java2x bench — node ${process.version}, ${cores} cores, ${os.cpus()[0]?.model ?? "cpu"}`);
const dist = buildDist();
console.log("| measurement | files | lines | s | CPU s | files/s | lines/s | peak RSS MB | load |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const size of SIZES) {
  const corpus = buildCorpus(size);
  const results: Measurement[] = [];
  for (const mode of FLOORS) {
    results.push(measure(mode, corpus));
    console.log(row(results.at(-1)!));
  }
  const ones: Measurement[] = [];
  const alls: Measurement[] = [];
  for (let i = 0; AUDIT && i < REPEAT; i++) {
    ones.push(measure("audit", corpus, 1));
    console.log(row(ones.at(-1)!));
    alls.push(measure("audit", corpus, cores));
    console.log(row(alls.at(-1)!));
  }
  const median = (ms: Measurement[], key: "ms" | "cpuMs"): number => ms.map((m) => m[key]).sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)]!;
  const byMode = (mode: Mode): Measurement | undefined => results.find((r) => r.mode === mode);
  // On a shared machine wall time depends on the other processes; the CPU-time ratio much less.
  const jp = byMode("java-parser");
  const ps = byMode("parse+semantic");
  const floor = jp && ps ? `parse+semantic runs at ${((jp.ms / ps.ms) * 100).toFixed(0)}% of java-parser's parse-only speed (by CPU time: ${((jp.cpuMs / ps.cpuMs) * 100).toFixed(0)}%); ` : "";
  const jobs = AUDIT
    ? `audit --jobs ${cores} is ${(median(ones, "ms") / median(alls, "ms")).toFixed(2)}× audit --jobs 1 ` +
      `(CPU ${(median(alls, "cpuMs") / median(ones, "cpuMs")).toFixed(2)}× as much; ${REPEAT > 1 ? `medians of ${REPEAT} interleaved runs` : "one run each"}).`
    : "";
  console.log(`\n${corpus.lines} lines: ${floor}${jobs}\n`);
}
