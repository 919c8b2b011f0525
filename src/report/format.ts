// Wording and number formats shared by the human-readable renderers (Markdown, HTML), so both
// say the same thing about the same report.

import type { Quadrant, Report, ReportItem, ReportService } from "./model.js";

export const QUADRANT_LABEL: Record<Quadrant, string> = {
  observe: "observe",
  "plan-refactor": "plan a refactoring",
  isolate: "isolate urgently",
  "gradual-upgrade": "upgrade gradually",
  "refactor-now": "refactor now",
  "circuit-break-and-replace": "circuit-break and replace",
};

/** Fixed-point with trailing zeros dropped: 12.50 → "12.5", 3.0 → "3". Never locale-dependent. */
export function num(x: number, digits = 1): string {
  return String(Number(x.toFixed(digits)));
}

export function pct(part: number, whole: number): string {
  return whole > 0 ? `${num((100 * part) / whole)}%` : "n/a";
}

/** "72.4 (partial)" when business impact was unknown and the other weights were re-normalised. */
export function priorityText(s: ReportService): string {
  return s.scores.partial ? `${num(s.scores.priority)} (partial)` : num(s.scores.priority);
}

export function businessText(s: ReportService): string {
  return s.scores.business === null ? "unknown" : num(s.scores.business);
}

/** End-of-life findings in one phrase: "Spring Boot 2.7 EOL 2023-11-24". */
export function lifecycleText(s: ReportService): string {
  const parts = s.obsolescence.frameworks.filter((f) => f.eol).map((f) => `${f.framework} ${f.line ?? f.version} EOL ${f.endOfLife}`);
  return parts.length ? parts.join(", ") : "none past EOL";
}

/** Services by priority (highest first), then name: the order of every tier table. */
export function servicesByPriority(report: Report): ReportService[] {
  return [...report.services].sort((a, b) => b.scores.priority - a.scores.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The items worth reading first: mandatory before the rest, bigger effort first, then file order. */
export function topItems(report: Report, n: number): ReportItem[] {
  const rank = { mandatory: 0, optional: 1, potential: 2 } as const;
  return report.items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank[a.item.category] - rank[b.item.category] || b.item.effortPoints - a.item.effortPoints || a.order - b.order)
    .slice(0, n)
    .map((x) => x.item);
}

export function location(i: ReportItem): string {
  return i.line > 0 ? `${i.file}:${i.line}` : i.file;
}
