// Writes the report as SARIF 2.1.0 for code-scanning tools: one rule per rule meta, one result per
// item with its location and snippet, and the item id as the partial fingerprint so a finding
// keeps its identity across runs exactly as the item does.

import type { Category, Report, ReportItem, RuleMeta } from "./model.js";

const LEVEL: Record<Category, "error" | "warning" | "note"> = { mandatory: "error", optional: "warning", potential: "note" };

/** The rule id as SARIF's PascalCase `name`: `parse.syntax-error` → `ParseSyntaxError`. */
function ruleName(id: string): string {
  return id
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, CJK directory names). */
function fileUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

function sarifRule(r: RuleMeta) {
  return {
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: { text: r.suggestion },
    defaultConfiguration: { level: LEVEL[r.category] },
    properties: { category: r.category, effortPoints: r.effortPoints, tags: ["java2x", "migration", r.category] },
  };
}

function sarifResult(i: ReportItem, ruleIndex: number) {
  const offending = i.snippet?.text.split("\n")[i.line - i.snippet.startLine];
  const region =
    i.line > 0
      ? {
          region: {
            startLine: i.line,
            ...(i.column > 0 ? { startColumn: i.column } : {}),
            ...(offending !== undefined ? { snippet: { text: offending } } : {}),
          },
          ...(i.snippet ? { contextRegion: { startLine: i.snippet.startLine, endLine: i.snippet.startLine + i.snippet.text.split("\n").length - 1, snippet: { text: i.snippet.text } } } : {}),
        }
      : {};
  return {
    ruleId: i.rule,
    ruleIndex,
    level: LEVEL[i.category],
    message: { text: i.suggestion ? `${i.message}\n${i.suggestion}` : i.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(i.file), uriBaseId: "SRCROOT" }, ...region } }],
    partialFingerprints: { "java2xItemId/v1": i.id },
    properties: { category: i.category, effortPoints: i.effortPoints, effortHours: i.effortHours, service: i.service, package: i.package },
  };
}

export function renderReportSarif(report: Report): string {
  const index = new Map(report.rules.map((r, n) => [r.id, n]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "java2x", version: report.tool.version, informationUri: "https://java2x.dev", rules: report.rules.map(sarifRule) } },
        // Paths are relative to the input root; SARIF consumers (GitHub code scanning) resolve SRCROOT to the checkout.
        originalUriBaseIds: { SRCROOT: { description: { text: "The input root of the java2x run" } } },
        columnKind: "utf16CodeUnits",
        results: report.items.map((i) => sarifResult(i, index.get(i.rule)!)),
        properties: { summary: report.summary, ...(report.filters ? { filters: report.filters } : {}) },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
