// Writes the report as java2x-report.json bytes: two-space indentation, the model's fixed key order,
// a final newline. The same report always gives the same bytes.

import type { Report } from "./model.js";

export const REPORT_JSON_NAME = "java2x-report.json";

export function renderReportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
