// The error a bad rule pack raises (invalid manifest or rule, failing rule): it carries a catalog
// code and args so the pipeline and the CLI turn it into exit 2 with the catalog's message.

import { diagnostic } from "../../diagnostics/diagnostic.js";
import type { DiagnosticCode } from "../../diagnostics/catalog.js";

export class RulePackError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    readonly args: Record<string, string>,
  ) {
    super(diagnostic(code, {}, args).message);
    this.name = "RulePackError";
  }
}
