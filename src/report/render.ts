// Picks the renderer for each requested report format and names its file; every format renders
// the one report model, so the numbers agree across them.

import type { ReportFormat } from "../project/config.js";
import { renderReportHtml } from "./html.js";
import { REPORT_JSON_NAME, renderReportJson } from "./json.js";
import { renderReportMarkdown } from "./markdown.js";
import type { Report } from "./model.js";
import { renderReportSarif } from "./sarif.js";

const RENDERERS: Record<ReportFormat, { file: string; render(report: Report): string }> = {
  json: { file: REPORT_JSON_NAME, render: renderReportJson },
  md: { file: "java2x-report.md", render: renderReportMarkdown },
  html: { file: "java2x-report.html", render: renderReportHtml },
  sarif: { file: "java2x-report.sarif", render: renderReportSarif },
};

/** One file per distinct format, in the order of REPORT_FORMATS' declaration (json, md, html, sarif). */
export function renderReportFiles(report: Report, formats: readonly ReportFormat[]): { path: string; content: string }[] {
  const wanted = new Set(formats);
  return (Object.keys(RENDERERS) as ReportFormat[]).filter((f) => wanted.has(f)).map((f) => ({ path: RENDERERS[f].file, content: RENDERERS[f].render(report) }));
}
