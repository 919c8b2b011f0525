// Errors that end a run, each carrying its catalog diagnostic and the exit code the contract gives it.
// They live in project/ because every layer that can fail a run (project, pipeline, report, cli) may import it.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { DiagnosticCode } from "../diagnostics/catalog.js";

/** Exit codes from docs/contracts.md; nothing else may be returned by the CLI. */
export const ExitCode = {
  ok: 0,
  gateTripped: 1,
  usage: 2,
  noInput: 3,
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An expected failure of a run (bad usage, nothing to do, …): the CLI prints it and exits with `exitCode`. */
export class Java2xError extends Error {
  readonly diagnostic: Diagnostic;
  readonly exitCode: ExitCodeValue;

  constructor(code: DiagnosticCode, args: Record<string, string | number>, exitCode: ExitCodeValue = ExitCode.usage) {
    const d = diagnostic(code, {}, args);
    super(d.message);
    this.name = "Java2xError";
    this.diagnostic = d;
    this.exitCode = exitCode;
  }
}

/** Shorthand for the common bad-usage case (exit 2). */
export function usageError(detail: string): Java2xError {
  return new Java2xError("J2X5001", { detail });
}

/** Shorthand for a feature the contract names but this build does not implement yet (exit 2, never silently ignored). */
export function notYetSupported(detail: string): Java2xError {
  return new Java2xError("J2X5008", { detail });
}

/**
 * A bug in java2x caught while working on `file`: wraps the original error so the CLI can say
 * which file triggered it (exit 70) and still print the stack.
 */
export class InternalError extends Error {
  readonly file: string;
  readonly detail: string;
  readonly exitCode = ExitCode.internal;

  constructor(file: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(diagnostic("J2X9001", {}, { file, detail }).message, { cause });
    this.name = "InternalError";
    this.file = file;
    this.detail = detail;
    if (cause instanceof Error && cause.stack) this.stack = cause.stack;
  }
}
