// Everything the CLI prints besides help: progress (ora spinner on a TTY, JSON lines with
// --log-format json, else nothing) and messages on stderr, the run summary on stdout.

import ora, { type Ora } from "ora";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ProgressEvent, RunResult } from "../pipeline/run.js";

export type LogFormat = "text" | "json";

export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export class Logger {
  constructor(
    private readonly term: Terminal,
    readonly format: LogFormat,
  ) {}

  /** A diagnostic-backed message (error or warning) on stderr. */
  diagnostic(d: Diagnostic): void {
    if (this.format === "json") this.json({ event: "log", level: d.severity, code: d.code, message: d.message });
    else this.term.stderr.write(`java2x: ${d.severity} ${d.code}: ${d.message}\n`);
  }

  /** A java2x bug: the message says so; the stack helps the report. */
  internal(message: string, stack: string | undefined): void {
    if (this.format === "json") this.json({ event: "log", level: "error", code: "J2X9001", message, stack: stack ?? null });
    else this.term.stderr.write(`${message}\n${stack ? `${stack}\n` : ""}`);
  }

  json(record: Record<string, unknown>): void {
    this.term.stderr.write(JSON.stringify(record) + "\n");
  }
}

export interface Progress {
  update(event: ProgressEvent): void;
  /** The phase the run was last in, to name it if java2x fails outside any file. */
  readonly phase: string;
  stop(): void;
}

const PHASE_TEXT: Record<ProgressEvent["phase"], string> = {
  discover: "Finding Java files",
  parse: "Parsing",
  analyze: "Analysing types",
  emit: "Generating code",
  write: "Writing files",
};

/** Minimum time (ms) between forced spinner redraws. */
const SPINNER_INTERVAL = 100;

/** JSON progress lines are throttled to this interval (ms) so a big run does not flood a log. */
const JSON_PROGRESS_INTERVAL = 500;

export function createProgress(term: Terminal, logger: Logger, enabled: boolean): Progress {
  let phase = "start-up";
  if (!enabled) {
    return {
      update: (e) => void (phase = e.phase),
      get phase() {
        return phase;
      },
      stop: () => undefined,
    };
  }
  if (logger.format === "json") {
    let last = 0;
    return {
      update(e) {
        const now = Date.now();
        const changed = e.phase !== phase;
        phase = e.phase;
        if (!changed && e.done !== e.total && now - last < JSON_PROGRESS_INTERVAL) return;
        last = now;
        logger.json({ event: "progress", phase: e.phase, done: e.done ?? null, total: e.total ?? null });
      },
      get phase() {
        return phase;
      },
      stop: () => undefined,
    };
  }
  // A terminal that reports no width (some pseudo-terminals) would make ora redraw endlessly.
  if (!term.stderr.isTTY || !((term.stderr as { columns?: number }).columns ?? 0)) {
    return {
      update: (e) => void (phase = e.phase),
      get phase() {
        return phase;
      },
      stop: () => undefined,
    };
  }
  const noColor = term.env["NO_COLOR"] !== undefined && term.env["NO_COLOR"] !== "";
  const spinner: Ora = ora({ stream: term.stderr, color: noColor ? false : "cyan", discardStdin: false }).start("Starting");
  let lastRender = 0;
  return {
    update(e) {
      const changed = e.phase !== phase;
      phase = e.phase;
      spinner.text = e.total !== undefined ? `${PHASE_TEXT[e.phase]} ${e.done ?? 0}/${e.total} files` : PHASE_TEXT[e.phase];
      // The main thread may be busy parsing, so draw now rather than waiting for ora's timer.
      const now = Date.now();
      if (changed || now - lastRender >= SPINNER_INTERVAL) {
        spinner.render();
        lastRender = now;
      }
    },
    get phase() {
      return phase;
    },
    stop: () => void spinner.stop(),
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The short run summary on stdout; timings live here and never in a written file. */
export function printSummary(term: Terminal, format: LogFormat, command: "convert" | "audit", result: RunResult, reportPath: string | null): void {
  const s = result.report.summary;
  const st = result.stats;
  const linesPerSecond = st.parseMs > 0 ? Math.round((s.loc * 1000) / st.parseMs) : 0;
  if (format === "json") {
    term.stdout.write(
      JSON.stringify({
        event: "summary",
        command,
        files: s.files,
        parsed: s.parsed,
        parseErrors: s.parseErrors,
        loc: s.loc,
        expressions: s.expressions,
        typedExpressions: s.typedExpressions,
        items: s.items,
        effortPoints: s.effortPoints,
        byCategory: s.byCategory,
        workers: st.workers,
        timeMs: Math.round(st.totalMs),
        parseMs: Math.round(st.parseMs),
        linesPerSecond,
        report: reportPath,
        gate: result.gate ?? null,
      }) + "\n",
    );
    return;
  }
  const lines = [
    `java2x ${command}: ${s.files} files, ${s.parsed} parsed, ${s.parseErrors} with parse errors, ${s.loc} lines`,
    `  typed expressions: ${percent(s.typedExpressions, s.expressions)} (${s.typedExpressions} of ${s.expressions})`,
  ];
  if (s.methods !== undefined) lines.push(`  methods fully translated: ${percent(s.methodsFullyTranslated ?? 0, s.methods)} (${s.methodsFullyTranslated} of ${s.methods})`);
  lines.push(
    `  items: ${s.items} (mandatory ${s.byCategory.mandatory}, optional ${s.byCategory.optional}, potential ${s.byCategory.potential}), ${s.effortPoints} effort points`,
    `  time: ${seconds(st.totalMs)} (parse ${seconds(st.parseMs)}, ${linesPerSecond} lines/s, ${st.workers === 0 ? "main thread" : `${st.workers} workers`})`,
  );
  if (reportPath) lines.push(`  report: ${reportPath}`);
  if (result.gate) lines.push(`  gate: ${result.gate.tripped ? "FAILED" : "passed"} (${result.gate.reason})`);
  term.stdout.write(lines.join("\n") + "\n");
}
