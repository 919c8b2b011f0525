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
  J2X2001: { severity: "warning", message: "Cannot resolve type {name}" },
  J2X2002: { severity: "info", message: "Cannot resolve {name}; expressions using it stay untyped" },
  J2X2003: { severity: "info", message: "No applicable overload of {name} for these arguments" },
  J2X2004: { severity: "info", message: "type {name} is declared in {count} places; references resolve to the nearest declaration" },
  J2X5001: { severity: "error", message: "Bad usage: {detail}" },
  J2X5002: { severity: "error", message: "Invalid configuration file {file}: {detail}" },
  J2X5003: { severity: "error", message: "Could not read {what} {file}: {detail}" },
  J2X5004: { severity: "error", message: "No Java input found: {detail}" },
  J2X5005: { severity: "error", message: "The output directory {dir} is not empty (use --force to write into it anyway)" },
  J2X5006: { severity: "error", message: "Unsafe output location: {detail}" },
  J2X5007: { severity: "error", message: "Target {target} is not available in this build" },
  J2X5008: { severity: "error", message: "Not yet supported: {detail}" },
  J2X5009: { severity: "error", message: "Unknown rule {rule}: {detail}" },
  J2X5010: { severity: "error", message: "git failed for --since {ref}: {detail}" },
  J2X5011: { severity: "warning", message: "The build file could not be fully read: {detail}" },
  J2X5012: { severity: "warning", message: "Accepted but not applied in this build: {detail}" },
  J2X5013: { severity: "error", message: "Invalid rule pack {pack}: {detail}" },
  J2X5014: { severity: "error", message: "Rule {rule} failed on {file}: {detail}" },
  J2X5020: { severity: "error", message: "Invalid services file {file}: {detail}" },
  J2X5021: { severity: "warning", message: "The services file names {name}, which is not a service of this audit (known: {known})" },
  J2X9001: { severity: "error", message: "java2x internal error (this is a bug in java2x, please report it) while processing {file}: {detail}" },
} as const satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof catalog;
