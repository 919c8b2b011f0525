// The fleet scores of docs/report.md: priority = business · 0.4 + tech debt · 0.3 + dependency
// depth · 0.3 (weights and tier thresholds configurable), tiers S/A/B, and the coupling ×
// obsolescence view 10 · (0.4 · coupling + 0.6 · obsolescence) with its six cells.

import type { DependencyEdge, Quadrant, ScoringSettings, ServiceScores, Tier } from "../report/model.js";
import { EOL_TABLE } from "./eol.js";

export type ScoringConfig = Omit<ScoringSettings, "eolAsOf" | "servicesFile">;

export const DEFAULT_SCORING: ScoringConfig = {
  weights: { business: 0.4, techDebt: 0.3, dependency: 0.3 },
  tiers: { s: 85, a: 65 },
  hoursPerPoint: 4,
  blockerWeight: 5,
};

export function scoringSettings(config: Partial<ScoringConfig> | undefined, servicesFile: string | null): ScoringSettings {
  return {
    weights: { ...DEFAULT_SCORING.weights, ...config?.weights },
    tiers: { ...DEFAULT_SCORING.tiers, ...config?.tiers },
    hoursPerPoint: config?.hoursPerPoint ?? DEFAULT_SCORING.hoursPerPoint,
    blockerWeight: config?.blockerWeight ?? DEFAULT_SCORING.blockerWeight,
    eolAsOf: EOL_TABLE.asOf,
    servicesFile,
  };
}

export interface ScoredService {
  name: string;
  effortPoints: number;
  /** Mandatory items. */
  blockers: number;
  obsolescence: number;
  /** 0–100 or null (unknown). */
  business: number | null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;
/** `raw` over the fleet maximum, scaled to `scale`; 0 for everyone when the maximum is 0. */
const normalise = (raw: number, max: number, scale: number): number => (max > 0 ? (raw / max) * scale : 0);

/** Edges that form call chains: everything directed (a shared table goes both ways and would make every pair a cycle). */
const isChain = (e: DependencyEdge): boolean => e.kind !== "shared-table";

/** Length of the longest chain of callers ending at each service (cycles are cut where they close). */
function upstreamChains(names: string[], edges: DependencyEdge[]): Map<string, number> {
  const callers = new Map<string, Set<string>>(names.map((n) => [n, new Set()]));
  for (const e of edges) if (isChain(e)) callers.get(e.to)?.add(e.from);
  const longest = (n: string, path: Set<string>): number => {
    let best = 0;
    for (const c of callers.get(n) ?? []) if (!path.has(c)) best = Math.max(best, 1 + longest(c, new Set([...path, c])));
    return best;
  };
  return new Map(names.map((n) => [n, longest(n, new Set([n]))]));
}

export function quadrantOf(coupling: number, obsolescence: number): Quadrant {
  const col = obsolescence <= 0.3 ? 0 : obsolescence < 0.7 ? 1 : 2;
  const cells: [Quadrant, Quadrant, Quadrant][] = [
    ["observe", "plan-refactor", "isolate"],
    ["gradual-upgrade", "refactor-now", "circuit-break-and-replace"],
  ];
  return cells[coupling >= 0.5 ? 1 : 0]![col]!;
}

export function tierOf(priority: number, tiers: ScoringSettings["tiers"]): Tier {
  return priority >= tiers.s ? "S" : priority >= tiers.a ? "A" : "B";
}

/** Scores every service of the fleet against the others. */
export function scoreFleet(services: ScoredService[], edges: DependencyEdge[], settings: ScoringSettings): Map<string, ServiceScores> {
  const names = services.map((s) => s.name);
  const techRaw = new Map(services.map((s) => [s.name, s.effortPoints + settings.blockerWeight * s.blockers]));
  const chains = upstreamChains(names, edges);
  const strongDown = new Map(names.map((n) => [n, new Set(edges.filter((e) => e.from === n && e.strong).map((e) => e.to)).size]));
  const depRaw = new Map(names.map((n) => [n, chains.get(n)! + strongDown.get(n)!]));
  const couplingRaw = new Map(
    names.map((n) => [
      n,
      new Set(edges.filter((e) => e.to === n && isChain(e)).map((e) => e.from)).size + new Set(edges.filter((e) => e.to === n && !isChain(e)).map((e) => e.via)).size,
    ]),
  );
  const max = (m: Map<string, number>): number => Math.max(0, ...m.values());
  const [maxTech, maxDep, maxCoupling] = [max(techRaw), max(depRaw), max(couplingRaw)];
  const w = settings.weights;

  const out = new Map<string, ServiceScores>();
  for (const s of services) {
    const techDebt = round1(normalise(techRaw.get(s.name)!, maxTech, 100));
    const dependency = round1(normalise(depRaw.get(s.name)!, maxDep, 100));
    const known = s.business !== null;
    // Without business data the other two weights are re-normalised, and the result says it is partial.
    const priority = known
      ? round1((w.business * s.business! + w.techDebt * techDebt + w.dependency * dependency) / (w.business + w.techDebt + w.dependency))
      : round1((w.techDebt * techDebt + w.dependency * dependency) / (w.techDebt + w.dependency));
    const coupling = round2(normalise(couplingRaw.get(s.name)!, maxCoupling, 1));
    out.set(s.name, {
      business: s.business,
      techDebt,
      dependency,
      priority,
      partial: !known,
      tier: tierOf(priority, settings.tiers),
      upstreamChain: chains.get(s.name)!,
      strongDownstream: strongDown.get(s.name)!,
      coupling,
      couplingObsolescence: round1(10 * (0.4 * coupling + 0.6 * s.obsolescence)),
      quadrant: quadrantOf(coupling, s.obsolescence),
    });
  }
  return out;
}
