// Writes the report as Markdown: a summary that fits a pull-request comment (totals, top items,
// the tier table), then the detail (services, dependencies, effort by rule, every item) folded.

import { CATEGORIES, type Report } from "./model.js";
import { QUADRANT_LABEL, businessText, lifecycleText, location, num, pct, priorityText, servicesByPriority, topItems } from "./format.js";

/** Items listed in full before the list is cut (a PR comment holds at most 65 536 characters). */
const DETAIL_ITEMS = 200;
const TOP_ITEMS = 10;

/** Table cell text: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

export function renderReportMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [];
  const kind = report.target ? `convert to ${report.target}` : "audit";
  out.push(`## java2x ${kind}: ${s.items} items, ${s.effortPoints} effort points (${num(s.effortHours)} h)`, "");
  if (report.filters) {
    const f = report.filters;
    const by = [f.since ? `files changed since \`${f.since}\`` : null, f.baseline ? `items not in \`${f.baseline}\`` : null].filter(Boolean).join(", ");
    out.push(`Only ${by}; ${f.itemsSuppressed} other item(s) left out.`, "");
  }
  out.push(
    ...table(
      ["files", "parsed", "parse errors", "lines", "typed expressions", ...CATEGORIES, "points", "hours"],
      [[String(s.files), String(s.parsed), String(s.parseErrors), String(s.loc), pct(s.typedExpressions, s.expressions), ...CATEGORIES.map((c) => String(s.byCategory[c])), String(s.effortPoints), num(s.effortHours)]],
    ),
    "",
  );

  const top = topItems(report, TOP_ITEMS);
  if (top.length) {
    out.push(`### Top items`, "", ...table(["category", "points", "location", "rule", "message"], top.map((i) => [i.category, String(i.effortPoints), `\`${location(i)}\``, i.rule, i.message])), "");
  }

  const services = servicesByPriority(report);
  const partial = services.some((x) => x.scores.partial);
  out.push(
    `### Services by priority`,
    "",
    ...table(
      ["service", "tier", "priority", "business", "tech debt", "dependency", "points", "blockers", "obsolescence", "coupling × obsolescence"],
      services.map((x) => [
        x.name,
        x.scores.tier,
        priorityText(x),
        businessText(x),
        num(x.scores.techDebt),
        num(x.scores.dependency),
        String(x.effortPoints),
        String(x.byCategory.mandatory),
        num(x.obsolescence.score, 2),
        `${num(x.scores.couplingObsolescence)} (${QUADRANT_LABEL[x.scores.quadrant]})`,
      ]),
    ),
    "",
  );
  const w = report.scoring.weights;
  out.push(
    `Priority = ${w.business}·business + ${w.techDebt}·tech debt + ${w.dependency}·dependency; tiers S ≥ ${report.scoring.tiers.s}, A ≥ ${report.scoring.tiers.a}, else B.` +
      (partial ? " *partial*: business impact unknown (no --services entry), the other two weights re-normalised." : ""),
    "",
  );

  out.push("<details><summary>Detail</summary>", "");
  out.push(
    `#### Services`,
    "",
    ...table(
      ["service", "files", "lines", "tests", "Java", "Spring Boot", "Spring Cloud", "Dubbo", "end of life", "signals"],
      report.services.map((x) => [
        x.name,
        String(x.files),
        String(x.loc),
        String(x.testFiles),
        x.javaVersion ?? "?",
        x.springBootVersion ?? "-",
        x.springCloudVersion ?? "-",
        x.dubboVersion ?? "-",
        lifecycleText(x),
        Object.entries(x.signals)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ") || "-",
      ]),
    ),
    "",
  );
  const d = report.dependencies;
  out.push(`#### Dependencies`, "");
  if (d.edges.length) out.push(...table(["from", "to", "kind", "via", "where"], d.edges.map((e) => [e.from, e.to, e.kind, e.via, e.evidence.map((v) => `${v.file}:${v.line}`).join(", ")])), "");
  else out.push("No dependency between the services found.", "");
  if (d.external.length) out.push(`Outside this fleet: ${d.external.map((e) => `${e.from} → ${e.via} (${e.kind})`).join("; ")}`, "");
  if (report.rollups.byRule.length) {
    out.push(`#### Effort by rule`, "", ...table(["rule", "items", "mandatory", "points", "hours"], report.rollups.byRule.map((r) => [r.key, String(r.items), String(r.mandatory), String(r.effortPoints), num(r.effortHours)])), "");
  }
  if (report.items.length) {
    out.push(`#### Items`, "", ...table(["id", "category", "points", "location", "rule", "message"], report.items.slice(0, DETAIL_ITEMS).map((i) => [`\`${i.id}\``, i.category, String(i.effortPoints), `\`${location(i)}\``, i.rule, i.message])), "");
    if (report.items.length > DETAIL_ITEMS) out.push(`… and ${report.items.length - DETAIL_ITEMS} more items: see java2x-report.json or .html.`, "");
  }
  out.push("</details>", "");
  return out.join("\n");
}
