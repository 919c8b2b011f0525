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
import { processFile, type FileTask, type ParsedFile } from "./process-file.js";
import type { WorkerReply } from "./parse-worker.js";

/**
 * Below this much input, parsing stays in the main thread. Each worker pays ~0.5 s of start-up and
 * JIT warm-up and java-parser already keeps ~1.4 cores busy with GC/JIT helper threads: on 2 cores
 * two workers were slower up to 700 k lines (27 MB) in our runs and gain ~1.4× only near 1.5 M
 * lines (~55 MB) on a quiet machine (docs/cli.md, "Parallelism"). 48 MiB ≈ 1.2 M lines.
 */
export const DEFAULT_PARALLEL_THRESHOLD_BYTES = 48 * 1024 * 1024;

/**
 * A 192 MB young generation (= `--max-semi-space-size=64`, which does not reach workers) makes
 * java-parser's short-lived allocations cheap: 16–44% less parse time per docs/parser-notes.md.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

/** Tasks in flight per worker: one being parsed, one queued so the worker never waits for the main thread. */
const IN_FLIGHT = 2;

export interface ParseOptions {
  jobs: number;
  encoding: Encoding;
  /** Overrides the automatic choice: 0 = main thread, n = n workers (capped by the file count). */
  workers?: number;
  /** Input size above which workers are used (default DEFAULT_PARALLEL_THRESHOLD_BYTES, env JAVA2X_PARALLEL_THRESHOLD). */
  thresholdBytes?: number;
  onFileDone?: (done: number, total: number) => void;
  /** Told how many workers were chosen (0 = main thread), for the run summary. */
  onWorkers?: (workers: number) => void;
}

export function defaultJobs(): number {
  return os.availableParallelism();
}

/** 0 means "parse in the main thread". */
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
  const workers = Math.min(options.workers ?? chooseWorkers(totalBytes, files.length, options.jobs, threshold), files.length);
  const tasks: FileTask[] = files.map((f, index) => ({ index, file: f.file, absPath: f.absPath }));
  options.onWorkers?.(workers);
  options.onFileDone?.(0, tasks.length);
  return workers > 0 ? parseInWorkers(tasks, workers, options) : parseInProcess(tasks, options);
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

function parseInWorkers(tasks: FileTask[], count: number, options: ParseOptions): Promise<ParsedFile[]> {
  const results = new Array<ParsedFile>(tasks.length);
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  // Which tasks each worker holds, to name the file if the worker dies.
  const held = new Map<Worker, Set<number>>();

  return new Promise<ParsedFile[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (w: Worker): void => {
      const mine = held.get(w)!;
      while (mine.size < IN_FLIGHT && next < tasks.length) {
        const task = tasks[next++]!;
        mine.add(task.index);
        w.postMessage(task);
      }
    };
    for (let i = 0; i < count; i++) {
      const w = startWorker({ encoding: options.encoding });
      pool.push(w);
      held.set(w, new Set());
      w.on("message", (reply: WorkerReply) => {
        held.get(w)!.delete(reply.index);
        if ("error" in reply) {
          const err = new Error(reply.error.message);
          if (reply.error.stack) err.stack = reply.error.stack;
          finish(new InternalError(tasks[reply.index]!.file, err));
          return;
        }
        results[reply.index] = reply.result;
        done++;
        options.onFileDone?.(done, tasks.length);
        if (done === tasks.length) finish();
        else feed(w);
      });
      w.on("error", (e) => {
        const pending = [...held.get(w)!].map((idx) => tasks[idx]!.file);
        finish(new InternalError(pending[0] ?? "(parse worker start-up)", e));
      });
      w.on("exit", (code) => {
        if (!settled && code !== 0) finish(new InternalError("(parse worker)", new Error(`a parse worker exited with code ${code}`)));
      });
      feed(w);
    }
  });
}
