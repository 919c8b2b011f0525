// The fleet view on a four-service fixture with a --services file: the dependency edges, and the
// priority tiers and coupling × obsolescence cells against a table computed by hand.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { audit } from "../../src/index.js";
import { validateReport } from "../report/validate.js";

const fixtures = path.resolve(import.meta.dirname, "fixtures");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-fleet-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/*
 * By hand (docs/report.md), EOL table as of 2026-11-01, weights 0.4/0.3/0.3, blocker weight 5:
 *
 * edges: gateway→order feign, order→stock dubbo, order→billing mq (weak), billing↔stock shared table t_stock
 * items (points, mandatory): gateway 3 syntax errors + web.request-mapping 1 → (4, 4); order 3 syntax errors +
 *   spring.bean-stereotype 1 + dubbo.reference 3 → (7, 5); stock dubbo.service 7 → (7, 1); billing none
 * tech raw = points + 5·mandatory: gateway 24, order 32, stock 12, billing 0 → over the max 32: 75, 100, 37.5, 0
 * upstream chain: gateway 0, order 1, stock 2, billing 2; strong downstream: 1 each → raw 1, 2, 3, 3 → 33.3, 66.7, 100, 100
 * business: gateway 90 (direct); order 1000·0.5 = 500 → 100; stock 400·0.5 = 200 → 40; billing unknown
 *
 *   gateway  0.4·90  + 0.3·75   + 0.3·33.3 = 68.49 → 68.5 A
 *   order    0.4·100 + 0.3·100  + 0.3·66.7 = 90.01 → 90   S
 *   stock    0.4·40  + 0.3·37.5 + 0.3·100  = 57.25 → 57.3 B
 *   billing  (0.3·0 + 0.3·100) / 0.6      = 50  partial B
 *
 * coupling (callers + shared tables, over the max 2): gateway 0, order 0.5, stock 1, billing 1
 * obsolescence: Java 8/11/17 ≥ 2 LTS behind 0.4, 21 one behind 0.2; Boot 2.3/2.7/3.2 past EOL 0.4, 4.0 not;
 * no tests 0.2 except billing → 1, 1, 1, 0.2; cell score 10·(0.4·c + 0.6·o) → 6, 8, 10, 5.2
 */
const EXPECTED = [
  { name: "billing", tier: "B", priority: 50, partial: true, business: null, techDebt: 0, dependency: 100, coupling: 1, obsolescence: 0.2, couplingObsolescence: 5.2, quadrant: "gradual-upgrade" },
  { name: "gateway", tier: "A", priority: 68.5, partial: false, business: 90, techDebt: 75, dependency: 33.3, coupling: 0, obsolescence: 1, couplingObsolescence: 6, quadrant: "isolate" },
  { name: "order", tier: "S", priority: 90, partial: false, business: 100, techDebt: 100, dependency: 66.7, coupling: 0.5, obsolescence: 1, couplingObsolescence: 8, quadrant: "circuit-break-and-replace" },
  { name: "stock", tier: "B", priority: 57.3, partial: false, business: 40, techDebt: 37.5, dependency: 100, coupling: 1, obsolescence: 1, couplingObsolescence: 10, quadrant: "circuit-break-and-replace" },
];

describe("fleet view", () => {
  it("finds the edges and matches the hand-computed tiers", async () => {
    const r = await audit({ paths: [path.join(fixtures, "fleet")], services: path.join(fixtures, "services.yaml"), out, jobs: 1 });
    expect(validateReport(r.report)).toEqual([]);
    expect(r.report.dependencies.edges.map((e) => `${e.from} ${e.kind} ${e.to} ${e.via}`)).toEqual([
      "billing shared-table stock t_stock",
      "gateway feign order order-app",
      "order mq billing order-paid",
      "order dubbo stock com.fleet.stock.api.StockApi",
      "stock shared-table billing t_stock",
    ]);
    const table = r.report.services.map((s) => ({
      name: s.name,
      tier: s.scores.tier,
      priority: s.scores.priority,
      partial: s.scores.partial,
      business: s.scores.business,
      techDebt: s.scores.techDebt,
      dependency: s.scores.dependency,
      coupling: s.scores.coupling,
      obsolescence: s.obsolescence.score,
      couplingObsolescence: s.scores.couplingObsolescence,
      quadrant: s.scores.quadrant,
    }));
    expect(table).toEqual(EXPECTED);
    expect(r.report.services.find((s) => s.name === "order")).toMatchObject({ applicationName: "order-app", effortPoints: 7, byCategory: { mandatory: 5 } });
    expect(r.report.scoring).toMatchObject({ servicesFile: "services.yaml", eolAsOf: "2026-11-01" });
    // A services-file entry that names no service is a warning, not a silent no-op.
    expect(r.notices.map((n) => n.code)).toEqual(["J2X5021"]);
  });

  it("takes weights and tier thresholds from the scoring settings", async () => {
    const r = await audit({
      paths: [path.join(fixtures, "fleet")],
      out,
      jobs: 1,
      scoring: { weights: { business: 0, techDebt: 1, dependency: 0 }, tiers: { s: 90, a: 50 } },
    });
    // No services file: every service is partial; with only tech debt weighted the priority is the tech-debt index.
    expect(r.report.services.map((s) => [s.name, s.scores.priority, s.scores.tier, s.scores.partial])).toEqual([
      ["billing", 0, "B", true],
      ["gateway", 75, "A", true],
      ["order", 100, "S", true],
      ["stock", 37.5, "B", true],
    ]);
  });
});
