// Writes the report as one self-contained HTML file (no CDN, works offline): overview, the
// coupling × obsolescence matrix and priorities as inline SVG, effort by category and service,
// the dependency graph (layered layout), and a sortable, filterable items table with snippets.

import { CATEGORIES, type DependencyEdge, type Report, type ReportService, type Tier } from "./model.js";
import { QUADRANT_LABEL, businessText, lifecycleText, location, num, pct, priorityText, servicesByPriority } from "./format.js";

const TIER_COLOUR: Record<Tier, string> = { S: "#c0392b", A: "#e67e22", B: "#2471a3" };
const CATEGORY_COLOUR = { mandatory: "#c0392b", optional: "#e67e22", potential: "#7f8c8d" } as const;

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Horizontal bars, one per row, scaled to `max` (or the largest value). */
function bars(rows: { label: string; value: number; colour: string; text?: string }[], opts: { max?: number; marks?: { at: number; label: string }[] } = {}): string {
  const max = opts.max ?? Math.max(1, ...rows.map((r) => r.value));
  const labelW = 180;
  const barW = 360;
  const h = 22;
  const height = rows.length * h + 24;
  const x = (v: number): number => labelW + (v / max) * barW;
  const body = rows.map((r, i) => {
    const y = 8 + i * h;
    return (
      `<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${esc(r.label)}</text>` +
      `<rect x="${labelW}" y="${y + 2}" width="${num(x(r.value) - labelW, 2)}" height="${h - 6}" fill="${r.colour}"/>` +
      `<text x="${num(x(r.value) + 4, 2)}" y="${y + 14}">${esc(r.text ?? num(r.value))}</text>`
    );
  });
  const marks = (opts.marks ?? []).map(
    (m) => `<line x1="${num(x(m.at), 2)}" x2="${num(x(m.at), 2)}" y1="4" y2="${height - 14}" class="mark"/><text x="${num(x(m.at), 2)}" y="${height - 2}" text-anchor="middle" class="small">${esc(m.label)}</text>`,
  );
  return `<svg class="chart" viewBox="0 0 ${labelW + barW + 160} ${height}" width="${labelW + barW + 160}" height="${height}" role="img">${body.join("")}${marks.join("")}</svg>`;
}

/** The seeds' matrix: coupling across, obsolescence up, six cells, one dot per service in its tier colour. */
function matrix(services: ReportService[]): string {
  const [left, top, w, h] = [60, 20, 420, 260];
  const px = (c: number): number => left + c * w;
  const py = (o: number): number => top + (1 - o) * h;
  const cells: string[] = [];
  const cols = [0, 0.3, 0.7, 1];
  const rows: (keyof typeof QUADRANT_LABEL)[][] = [
    ["observe", "plan-refactor", "isolate"],
    ["gradual-upgrade", "refactor-now", "circuit-break-and-replace"],
  ];
  rows.forEach((row, r) =>
    row.forEach((q, c) => {
      const [x0, x1] = [px(r * 0.5), px(r * 0.5 + 0.5)];
      const [y0, y1] = [py(cols[c + 1]!), py(cols[c]!)];
      cells.push(
        `<rect x="${num(x0, 2)}" y="${num(y0, 2)}" width="${num(x1 - x0, 2)}" height="${num(y1 - y0, 2)}" class="cell${r * 3 + c}"/>` +
          `<text x="${num(x0 + 6, 2)}" y="${num(y0 + 14, 2)}" class="small">${esc(QUADRANT_LABEL[q])}</text>`,
      );
    }),
  );
  const dots = services.map(
    (s) =>
      `<g class="dot"><title>${esc(`${s.name}: coupling ${num(s.scores.coupling, 2)}, obsolescence ${num(s.obsolescence.score, 2)}, score ${num(s.scores.couplingObsolescence)}`)}</title>` +
      `<circle cx="${num(px(s.scores.coupling), 2)}" cy="${num(py(s.obsolescence.score), 2)}" r="7" fill="${TIER_COLOUR[s.scores.tier]}"/>` +
      `<text x="${num(px(s.scores.coupling) + 10, 2)}" y="${num(py(s.obsolescence.score) + 4, 2)}">${esc(s.name)}</text></g>`,
  );
  const axes =
    `<text x="${left + w / 2}" y="${top + h + 30}" text-anchor="middle">business coupling →</text>` +
    `<text x="16" y="${top + h / 2}" transform="rotate(-90 16 ${top + h / 2})" text-anchor="middle">obsolescence →</text>`;
  return `<svg class="chart" id="matrix" viewBox="0 0 ${left + w + 140} ${top + h + 40}" width="${left + w + 140}" height="${top + h + 40}" role="img">${cells.join("")}${dots.join("")}${axes}</svg>`;
}

/** Layer of each service: the longest chain of directed edges leading to it (cycles cut), so callers sit left of callees. */
function layers(names: string[], edges: DependencyEdge[]): Map<string, number> {
  const into = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const e of edges) if (e.kind !== "shared-table") into.get(e.to)?.push(e.from);
  const depth = (n: string, path: Set<string>): number => Math.max(0, ...(into.get(n) ?? []).filter((f) => !path.has(f)).map((f) => 1 + depth(f, new Set([...path, f]))));
  return new Map(names.map((n) => [n, depth(n, new Set([n]))]));
}

function graph(report: Report): string {
  const names = report.services.map((s) => s.name);
  const layer = layers(names, report.dependencies.edges);
  // The gap between layers is wide enough for an edge label of 32 characters.
  const [nodeW, nodeH, gapX, gapY] = [170, 34, 230, 36];
  const pos = new Map<string, { x: number; y: number }>();
  const perLayer = new Map<number, number>();
  for (const n of names) {
    const l = layer.get(n)!;
    const i = perLayer.get(l) ?? 0;
    perLayer.set(l, i + 1);
    pos.set(n, { x: 20 + l * (nodeW + gapX), y: 30 + i * (nodeH + gapY) });
  }
  // One line per pair of services; its label lists what connects them. Shared tables go both ways: drawn once.
  const pairs = new Map<string, { from: string; to: string; labels: string[]; dashed: boolean }>();
  for (const e of report.dependencies.edges) {
    if (e.kind === "shared-table" && e.from > e.to) continue;
    const k = `${e.from}\0${e.to}`;
    const p = pairs.get(k) ?? { from: e.from, to: e.to, labels: [], dashed: true };
    p.labels.push(`${e.kind}: ${e.via.length > 32 ? `…${e.via.slice(-31)}` : e.via}`);
    p.dashed &&= e.kind === "shared-table" || e.kind === "mq";
    pairs.set(k, p);
  }
  const lines = [...pairs.values()].map((p) => {
    const a = pos.get(p.from)!;
    const b = pos.get(p.to)!;
    const forward = b.x > a.x;
    const [x1, y1] = [forward ? a.x + nodeW : a.x + nodeW / 2, forward ? a.y + nodeH / 2 : a.y + nodeH];
    const [x2, y2] = [forward ? b.x : b.x + nodeW / 2, forward ? b.y + nodeH / 2 : b.y];
    const [cx, cy] = [(x1 + x2) / 2 + (forward ? 0 : 60), (y1 + y2) / 2];
    return (
      `<path d="M${x1} ${y1} Q${cx} ${cy} ${x2} ${y2}" class="edge${p.dashed ? " weak" : ""}" marker-end="url(#arrow)"/>` +
      p.labels.map((l, i) => `<text x="${cx}" y="${cy - 6 - (p.labels.length - 1 - i) * 12}" text-anchor="middle" class="small">${esc(l)}</text>`).join("")
    );
  });
  const nodes = report.services.map((s) => {
    const { x, y } = pos.get(s.name)!;
    return `<g class="node"><rect x="${x}" y="${y}" width="${nodeW}" height="${nodeH}" rx="6" stroke="${TIER_COLOUR[s.scores.tier]}"/><text x="${x + nodeW / 2}" y="${y + 21}" text-anchor="middle">${esc(s.name)} (${s.scores.tier})</text></g>`;
  });
  const width = 40 + (Math.max(0, ...layer.values()) + 1) * (nodeW + gapX);
  const height = 60 + Math.max(1, ...perLayer.values()) * (nodeH + gapY);
  const defs = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#555"/></marker></defs>`;
  return `<svg class="chart" id="graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">${defs}${lines.join("")}${nodes.join("")}</svg>`;
}

function serviceRows(report: Report): string {
  return servicesByPriority(report)
    .map(
      (s) =>
        `<tr><td>${esc(s.name)}</td><td><span class="tier" style="background:${TIER_COLOUR[s.scores.tier]}">${s.scores.tier}</span></td>` +
        `<td class="n">${esc(priorityText(s))}</td><td class="n">${esc(businessText(s))}</td><td class="n">${num(s.scores.techDebt)}</td><td class="n">${num(s.scores.dependency)}</td>` +
        `<td class="n">${s.loc}</td><td class="n">${s.effortPoints}</td><td class="n">${num(s.effortHours)}</td><td class="n">${s.byCategory.mandatory}</td>` +
        `<td>${esc(s.javaVersion ?? "?")}</td><td>${esc(lifecycleText(s))}</td><td class="n">${num(s.scores.couplingObsolescence)}</td><td>${esc(QUADRANT_LABEL[s.scores.quadrant])}</td></tr>`,
    )
    .join("\n");
}

function itemRows(report: Report): string {
  return report.items
    .map(
      (i) =>
        `<tr data-category="${i.category}" data-service="${esc(i.service ?? "")}">` +
        `<td><code>${esc(i.id)}</code></td><td>${esc(i.service ?? "")}</td><td>${esc(location(i))}</td><td>${esc(i.rule)}</td><td>${i.category}</td><td class="n">${i.effortPoints}</td>` +
        `<td>${esc(i.message)}${i.suggestion ? `<div class="hint">${esc(i.suggestion)}</div>` : ""}` +
        (i.snippet ? `<details><summary>Java</summary><pre>${esc(i.snippet.text)}</pre></details>` : "") +
        `</td></tr>`,
    )
    .join("\n");
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ddd;padding:3px 7px;vertical-align:top;text-align:left}
th{background:#f4f4f4;cursor:pointer;user-select:none}td.n{text-align:right}.tier{color:#fff;padding:0 6px;border-radius:3px;font-weight:bold}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px}.card b{display:block;font-size:20px}
svg.chart{font:12px system-ui,sans-serif;max-width:100%;height:auto}svg .small{font-size:10px;fill:#555}svg .mark{stroke:#999;stroke-dasharray:3 3}
.cell0{fill:#eef6ee}.cell1{fill:#fdf5e6}.cell2{fill:#f9e0d0}.cell3{fill:#eef2f8}.cell4{fill:#fbe6d8}.cell5{fill:#f5c6b8}
.node rect{fill:#fff;stroke-width:2}.edge{fill:none;stroke:#555;stroke-width:1.5}.edge.weak{stroke-dasharray:5 4}
pre{background:#f7f7f7;padding:6px;margin:4px 0;overflow:auto}.hint{color:#555;font-size:12px}.note{color:#555}
`;

/** Sorting and filtering of the items table; `#q=…&category=…&service=…` in the URL pre-sets the filters. */
const SCRIPT = `
(function () {
  var table = document.getElementById("items");
  var body = table.tBodies[0];
  var q = document.getElementById("q"), cat = document.getElementById("category"), svc = document.getElementById("service");
  function apply() {
    var text = q.value.toLowerCase(), shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var ok = (!text || row.textContent.toLowerCase().indexOf(text) >= 0) &&
        (!cat.value || row.getAttribute("data-category") === cat.value) &&
        (!svc.value || row.getAttribute("data-service") === svc.value);
      row.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById("shown").textContent = String(shown);
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("data-sort") !== "asc";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("data-sort"); });
      th.setAttribute("data-sort", asc ? "asc" : "desc");
      var numeric = th.hasAttribute("data-numeric");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        var d = numeric ? Number(x) - Number(y) : (x < y ? -1 : x > y ? 1 : 0);
        return asc ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  [q, cat, svc].forEach(function (el) { el.addEventListener("input", apply); });
  var params = new URLSearchParams(location.hash.slice(1));
  q.value = params.get("q") || ""; cat.value = params.get("category") || ""; svc.value = params.get("service") || "";
  apply();
  document.documentElement.setAttribute("data-ready", "true");
})();
`;

export function renderReportHtml(report: Report): string {
  const s = report.summary;
  const title = report.target ? `java2x convert to ${report.target}` : "java2x audit";
  const card = (label: string, value: string, id: string): string => `<div class="card" id="${id}">${esc(label)}<b>${esc(value)}</b></div>`;
  const services = servicesByPriority(report);
  const partial = services.some((x) => x.scores.partial);
  const w = report.scoring.weights;
  const filterNote = report.filters
    ? `<p class="note">Narrowed: ${esc([report.filters.since ? `files changed since ${report.filters.since}` : "", report.filters.baseline ? `items not in ${report.filters.baseline}` : ""].filter(Boolean).join(", "))}; ${report.filters.itemsSuppressed} item(s) left out.</p>`
    : "";
  const serviceNames = [...new Set(report.items.map((i) => i.service ?? ""))];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(title)} <small class="note">java2x ${esc(report.tool.version)}</small></h1>
${filterNote}
<section id="overview"><h2>Overview</h2><div class="cards">
${card("files", String(s.files), "files")}${card("lines", String(s.loc), "loc")}${card("parse errors", String(s.parseErrors), "parse-errors")}${card("typed expressions", pct(s.typedExpressions, s.expressions), "typed")}
${card("items", String(s.items), "item-count")}${card("mandatory", String(s.byCategory.mandatory), "mandatory")}${card("effort points", String(s.effortPoints), "points")}${card("effort hours", num(s.effortHours), "hours")}${card("services", String(report.services.length), "service-count")}${card("dependencies", String(report.dependencies.edges.length), "edge-count")}
</div></section>
<section id="priorities"><h2>Services by priority</h2>
<table id="services"><thead><tr><th>service</th><th>tier</th><th>priority</th><th>business</th><th>tech debt</th><th>dependency</th><th>lines</th><th>points</th><th>hours</th><th>blockers</th><th>Java</th><th>end of life</th><th>coupling × obsolescence</th><th>action</th></tr></thead>
<tbody>
${serviceRows(report)}
</tbody></table>
<p class="note">Priority = ${w.business}·business + ${w.techDebt}·tech debt + ${w.dependency}·dependency; tiers S ≥ ${report.scoring.tiers.s}, A ≥ ${report.scoring.tiers.a}, else B.${partial ? " <b>partial</b>: business impact unknown (no --services entry), the other weights re-normalised." : ""} End-of-life table as of ${esc(report.scoring.eolAsOf)}.</p>
${bars(
  services.map((x) => ({ label: x.name, value: x.scores.priority, colour: TIER_COLOUR[x.scores.tier], text: `${priorityText(x)} ${x.scores.tier}` })),
  { max: 100, marks: [{ at: report.scoring.tiers.a, label: `A ${report.scoring.tiers.a}` }, { at: report.scoring.tiers.s, label: `S ${report.scoring.tiers.s}` }] },
)}
<h2>Coupling × obsolescence</h2>
${matrix(report.services)}
</section>
<section id="effort"><h2>Effort by category</h2>
${bars(report.rollups.byCategory.map((r) => ({ label: r.key, value: r.effortPoints, colour: CATEGORY_COLOUR[r.key as keyof typeof CATEGORY_COLOUR], text: `${r.effortPoints} pt, ${r.items} items` })))}
<h2>Effort by service</h2>
${bars(report.services.map((x) => ({ label: x.name, value: x.effortPoints, colour: TIER_COLOUR[x.scores.tier], text: `${x.effortPoints} pt, ${x.items} items` })))}
</section>
<section id="dependencies"><h2>Dependency graph</h2>
${graph(report)}
<p class="note">Solid: synchronous calls (Dubbo, Feign, HTTP); dashed: messages and shared tables.${report.dependencies.external.length ? ` Outside this fleet: ${esc(report.dependencies.external.map((e) => `${e.from} → ${e.via} (${e.kind})`).join("; "))}.` : ""}</p>
</section>
<section id="items-section"><h2>Items (<span id="shown">${s.items}</span> of ${s.items})</h2>
<p><input id="q" type="search" placeholder="filter text"> <select id="category"><option value="">all categories</option>${CATEGORIES.map((c) => `<option>${c}</option>`).join("")}</select>
<select id="service"><option value="">all services</option>${serviceNames.map((n) => `<option>${esc(n)}</option>`).join("")}</select></p>
<table id="items"><thead><tr><th>id</th><th>service</th><th>location</th><th>rule</th><th>category</th><th data-numeric>points</th><th>message</th></tr></thead>
<tbody>
${itemRows(report)}
</tbody></table>
</section>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
