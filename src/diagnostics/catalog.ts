// The one catalog of diagnostic codes. Codes are stable: a retired code is never reused.
// Ranges: J2X1xxx input and parsing, J2X2xxx semantic analysis, J2X3xxx transform and rules,
// J2X4xxx emission, J2X5xxx command line, configuration and rule packs, J2X9xxx internal errors.

export type Severity = "error" | "warning" | "info";

export interface CatalogEntry {
  severity: Severity;
  /** Message template; `{name}` placeholders are filled from the diagnostic's args. */
  message: string;
}

export const catalog = {
  J2X1001: { severity: "error", message: "Syntax error: {detail}" },
  J2X1002: { severity: "error", message: "Could not read the file: {detail}" },
  J2X1003: { severity: "warning", message: "The file was decoded as {encoding}; {detail}" },
  J2X1004: { severity: "warning", message: "Invalid {encoding} bytes were replaced while decoding" },
  J2X1005: { severity: "warning", message: "Unsupported syntax was skipped: {detail}" },
} as const satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof catalog;
