// Runs read+decode+parse over all files, in the main thread or in worker threads depending on how
// much input there is, and returns the results in sorted file order whatever the scheduling.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { SourceFile } from "../project/discover.js";
import type { Encoding } from "../project/config.js";
import { InternalError } from "../project/errors.js";
import { compactAst } from "../parse/index.js";
import { processFile, type FileTask, type ParsedFile } from "./process-file.js";
import type { WorkerReply } from "./parse-worker.js";

/**
 * Below this much input, parsing stays in the main thread. A parallel parse (main thread + workers)
 * costs extra CPU: a worker's start-up is ~1.2 s of CPU (module loading, Chevrotain's grammar
 * analysis, JIT warm-up) and the total CPU was +20% on 100 k lines (8.9 MB) and −24..+16% on 1 M
 * lines (84 MB) in our runs (docs/cli.md, "Parallelism"). On a loaded machine that extra CPU is
 * lost time, so small inputs never go parallel; 32 MiB (≈ 400 k lines of typical code) is a
 * judgement between the measured points, not a measured break-even.
 */
export const DEFAULT_PARALLEL_THRESHOLD_BYTES = 32 * 1024 * 1024;

/**
 * A 192 MB young generation (= `--max-semi-space-size=64`, which does not reach workers) makes
 * java-parser's short-lived allocations cheap: 16–44% less parse time per docs/parser-notes.md.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

/**
 * Batches in flight per worker: one being parsed, one queued so the worker never waits for the
 * main thread (which may be in the middle of parsing a file itself).
 */
const IN_FLIGHT = 2;

export interface ParseOptions {
  jobs: number;
  encoding: Encoding;
  /**
   * Overrides the automatic choice of parse threads: 0 or 1 = main thread only, n = the main thread
   * plus n − 1 workers (capped by the file count).
   */
  workers?: number;
  /** Input size above which workers are used (default DEFAULT_PARALLEL_THRESHOLD_BYTES, env JAVA2X_PARALLEL_THRESHOLD). */
  thresholdBytes?: number;
  onFileDone?: (done: number, total: number) => void;
  /** Told how many parse threads were chosen, main thread included (0 = main thread only), for the run summary. */
  onWorkers?: (workers: number) => void;
}

export function defaultJobs(): number {
  return os.availableParallelism();
}

/** Parse threads, the main thread included; 0 means "the main thread alone, no worker". */
export function chooseWorkers(totalBytes: number, fileCount: number, jobs: number, thresholdBytes: number): number {
  if (jobs <= 1 || fileCount < 2 || totalBytes < thresholdBytes) return 0;
  return Math.min(jobs, fileCount);
}

export function thresholdFromEnv(): number | undefined {
  const raw = process.env["JAVA2X_PARALLEL_THRESHOLD"];
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export async function parseFiles(files: SourceFile[], options: ParseOptions): Promise<ParsedFile[]> {
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const threshold = options.thresholdBytes ?? thresholdFromEnv() ?? DEFAULT_PARALLEL_THRESHOLD_BYTES;
  const chosen = Math.min(options.workers ?? chooseWorkers(totalBytes, files.length, options.jobs, threshold), files.length);
  const workers = chosen > 1 ? chosen : 0;
  const tasks: FileTask[] = files.map((f, index) => ({ index, file: f.file, absPath: f.absPath }));
  options.onWorkers?.(workers);
  options.onFileDone?.(0, tasks.length);
  return workers > 0 ? parseInWorkers(tasks, files.map((f) => f.bytes), workers, options) : parseInProcess(tasks, options);
}

async function parseInProcess(tasks: FileTask[], options: ParseOptions): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  let lastYield = Date.now();
  for (const task of tasks) {
    try {
      results.push(processFile(task, options.encoding));
    } catch (e) {
      throw new InternalError(task.file, e);
    }
    options.onFileDone?.(results.length, tasks.length);
    // Let timers (the spinner) and signals through now and then on long runs.
    if (Date.now() - lastYield > 100) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  return results;
}

/**
 * Starts a worker on the module next to this one, with the same extension: .js from dist/, .ts
 * under tsx or vitest. A .ts worker first registers tsx's loader in its own thread (Node 20 does
 * not apply `--import` from a worker's execArgv), by absolute URL so the working directory does
 * not matter.
 */
/** URL of tsx's ESM API (`tsx/esm/api`, import condition); require.resolve would give the CommonJS build. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve("tsx/package.json");
  type Target = string | { default: string };
  const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8")) as { exports: Record<string, { import: Target }> };
  const entry = pkg.exports["./esm/api"]!.import;
  return pathToFileURL(path.join(path.dirname(pkgFile), typeof entry === "string" ? entry : entry.default)).href;
}

function startWorker(workerData: unknown): Worker {
  const ext = path.extname(fileURLToPath(import.meta.url));
  const url = new URL(`./parse-worker${ext}`, import.meta.url);
  if (ext !== ".ts") return new Worker(url, { workerData, resourceLimits: WORKER_LIMITS });
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

/** A worker's batch: enough files that messaging is noise, few enough that the tail stays balanced. */
const BATCH_BYTES = 256 * 1024;
const BATCH_MAX_FILES = 64;

/**
 * Parallel parse: `threads - 1` worker threads plus the main thread, all pulling from one queue in
 * sorted order. The main thread would otherwise sit idle waiting for messages, and it starts
 * parsing at once, so the workers' ~0.5 s start-up and warm-up overlap useful work instead of
 * delaying it. Workers take batches (by bytes) to cut messaging; the main thread takes one file
 * at a time and yields between files so worker replies and timers get through. With
 * JAVA2X_PARSE_STRATEGY=workers the main thread only coordinates (the previous strategy, kept for
 * the benchmark).
 */
function parseInWorkers(tasks: FileTask[], sizes: number[], threads: number, options: ParseOptions): Promise<ParsedFile[]> {
  const mainParses = process.env["JAVA2X_PARSE_STRATEGY"] !== "workers";
  const count = mainParses ? threads - 1 : threads;
  const results = new Array<ParsedFile>(tasks.length);
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  // Which tasks each worker holds (batches in flight), to name the file if the worker dies.
  const held = new Map<Worker, FileTask[][]>();
  const participants = count + (mainParses ? 1 : 0);

  const takeBatch = (): FileTask[] => {
    // Near the end, smaller batches so no thread is left with a long tail.
    const remaining = tasks.length - next;
    const maxFiles = Math.max(1, Math.min(BATCH_MAX_FILES, Math.floor(remaining / (2 * participants))));
    const batch: FileTask[] = [];
    let bytes = 0;
    while (next < tasks.length && batch.length < maxFiles && (batch.length === 0 || bytes < BATCH_BYTES)) {
      bytes += sizes[next]!;
      batch.push(tasks[next++]!);
    }
    return batch;
  };

  return new Promise<ParsedFile[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const record = (index: number, result: ParsedFile): void => {
      results[index] = result;
      done++;
      options.onFileDone?.(done, tasks.length);
      if (done === tasks.length) finish();
    };
    const feed = (w: Worker): void => {
      const mine = held.get(w)!;
      while (mine.length < IN_FLIGHT && next < tasks.length) {
        const batch = takeBatch();
        mine.push(batch);
        w.postMessage(batch);
      }
    };
    for (let i = 0; i < count; i++) {
      const w = startWorker({ encoding: options.encoding });
      pool.push(w);
      held.set(w, []);
      w.on("message", (reply: WorkerReply) => {
        if (settled) return;
        held.get(w)!.shift();
        for (const r of reply) {
          if ("error" in r) {
            const err = new Error(r.error.message);
            if (r.error.stack) err.stack = r.error.stack;
            finish(new InternalError(tasks[r.index]!.file, err));
            return;
          }
          // The structured clone gave every empty list its own array again: share them.
          if (r.result.unit) compactAst(r.result.unit, false);
          record(r.index, r.result);
        }
        if (!settled) feed(w);
      });
      w.on("error", (e) => {
        const pending = held.get(w)!.flat().map((t) => t.file);
        finish(new InternalError(pending[0] ?? "(parse worker start-up)", e));
      });
      w.on("exit", (code) => {
        if (!settled && code !== 0) finish(new InternalError("(parse worker)", new Error(`a parse worker exited with code ${code}`)));
      });
      feed(w);
    }
    if (!mainParses) return;
    const step = (): void => {
      if (settled || next >= tasks.length) return;
      const task = tasks[next++]!;
      let result: ParsedFile;
      try {
        result = processFile(task, options.encoding);
      } catch (e) {
        finish(new InternalError(task.file, e));
        return;
      }
      record(task.index, result);
      setImmediate(step);
    };
    setImmediate(step);
  });
}
