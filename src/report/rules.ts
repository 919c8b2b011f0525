// Rule metadata for the items the report itself creates from diagnostics (until the rule packs
// bring their own): title, category, effort, explanation and suggestion, used by every renderer.

import type { DiagnosticCode } from "../diagnostics/catalog.js";
import type { RuleMeta } from "./model.js";

/** Diagnostics that are problems in the user's input, and the rule of the item each one becomes. */
export const DIAGNOSTIC_RULES: Partial<Record<DiagnosticCode, RuleMeta>> = {
  J2X1001: {
    id: "parse.syntax-error",
    title: "Syntax error",
    category: "mandatory",
    effortPoints: 1,
    description: "The file does not parse as Java. Nothing after the error can be translated reliably, and the semantic model skips the file.",
    suggestion: "Fix the syntax (does the file compile with javac?); generated or template sources can be excluded with --exclude.",
  },
  J2X1002: {
    id: "input.unreadable",
    title: "Unreadable file",
    category: "mandatory",
    effortPoints: 1,
    description: "The file could not be read (permissions, a broken link, an I/O error).",
    suggestion: "Make the file readable or exclude it with --exclude.",
  },
  J2X1004: {
    id: "input.invalid-encoding",
    title: "Invalid bytes in the source encoding",
    category: "potential",
    effortPoints: 1,
    description: "Bytes that are not valid in the detected encoding were replaced while decoding; string literals or comments may be garbled.",
    suggestion: "Pass the right --encoding (gbk, gb18030, utf-8) or re-encode the file as UTF-8.",
  },
  J2X1005: {
    id: "parse.unsupported-syntax",
    title: "Unsupported syntax skipped",
    category: "mandatory",
    effortPoints: 3,
    description: "The parser met syntax java2x does not support yet and skipped it; the construct is missing from the analysis.",
    suggestion: "Rewrite the construct in an equivalent supported form, or translate this part by hand.",
  },
};

/** Meta for a rule the report has no entry for (an emitter's rule): enough for SARIF and the legend. */
export function fallbackRuleMeta(id: string, category: RuleMeta["category"], effortPoints: number): RuleMeta {
  return { id, title: id, category, effortPoints, description: `Items of rule ${id}.`, suggestion: "See the marker left in the emitted code and the rule's documentation (java2x rules explain)." };
}
