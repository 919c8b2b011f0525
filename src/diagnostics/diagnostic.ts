// The Diagnostic value and a collector: diagnostics are data, rendered by the report and the CLI.

import { catalog, type DiagnosticCode, type Severity } from "./catalog.js";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Path relative to the input root, with forward slashes. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based, UTF-16 code units. */
  column?: number;
}

export interface Position {
  file?: string;
  line?: number;
  column?: number;
}

/** Builds a diagnostic from its catalog entry, filling `{placeholders}` from `args`. */
export function diagnostic(code: DiagnosticCode, at: Position, args: Record<string, string | number> = {}): Diagnostic {
  const entry = catalog[code];
  const message = entry.message.replace(/\{(\w+)\}/g, (_, key: string) => String(args[key] ?? `{${key}}`));
  return { code, severity: entry.severity, message, ...at };
}

/** Orders diagnostics by file, line, column and code so output never depends on scheduling. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file ?? "", b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.code, b.code)
  );
}

/** Locale-independent string order (UTF-16 code units), so output is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
