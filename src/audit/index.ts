// The fleet view of an audit: per service its framework versions, application name, tests,
// framework signals and obsolescence, the static dependency graph between services, and the
// scoring that the report builder applies once the items are known.

import path from "node:path";
import { compareStrings, diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { CompilationUnit } from "../parse/ast.js";
import type { ProjectModel } from "../project/modules.js";
import type { FleetFacts } from "../report/build.js";
import type { SemanticModel } from "../semantic/index.js";
import { buildGraph, type GraphService } from "./graph.js";
import { obsolescenceOf } from "./obsolescence.js";
import { emptyEndpoints, emptySignals, scanFile } from "./scan.js";
import { scoreFleet, scoringSettings, type ScoringConfig } from "./scoring.js";
import { businessScores, loadServicesFile } from "./services-file.js";
import { readServiceFiles } from "./service-files.js";

export interface FleetInput {
  /** Absolute input root. */
  root: string;
  project: ProjectModel;
  /** Every Java file found (relative paths), parsed or not. */
  files: string[];
  units: { file: string; unit: CompilationUnit }[];
  model: SemanticModel;
  /** --services file, relative to `cwd`. */
  servicesFile?: string;
  cwd: string;
  /** Scoring overrides from the library API; the services file's `scoring` section wins over them. */
  scoring?: Partial<ScoringConfig>;
}

/** Display names that are unique in the fleet: a clash (two `app` artifacts) is told apart by the root. */
function uniqueNames(project: ProjectModel): Map<string, string> {
  const count = new Map<string, number>();
  for (const s of project.services) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return new Map(project.services.map((s) => [s.root, count.get(s.name)! > 1 ? `${s.name} (${s.root})` : s.name]));
}

/** `notices` are run-level warnings (a services-file entry that names no service), not report diagnostics. */
export function collectFleet(input: FleetInput): { fleet: FleetFacts; notices: Diagnostic[] } {
  const { project, model } = input;
  const names = uniqueNames(project);
  const serviceOf = (file: string): string | undefined => project.owners.get(file)?.service;
  const perService = new Map(project.services.map((s) => [s.root, { signals: emptySignals(), endpoints: emptyEndpoints() }]));
  for (const u of input.units) {
    const svc = perService.get(serviceOf(u.file) ?? "");
    if (svc) scanFile(model, u.file, u.unit, svc.signals, svc.endpoints);
  }

  const services: FleetFacts["services"] = new Map();
  const graphServices: GraphService[] = [];
  for (const s of project.services) {
    const files = readServiceFiles(input.root, s);
    const mine = perService.get(s.root)!;
    mine.endpoints.tables.push(...files.tables.map((t) => ({ key: t.table, file: t.file, line: t.line })));
    const testFiles = input.files.filter((f) => serviceOf(f) === s.root && /(^|\/)src\/test\//.test(f)).length;
    const name = names.get(s.root)!;
    services.set(s.root, {
      name,
      applicationName: files.applicationName,
      springCloudVersion: files.springCloudVersion,
      dubboVersion: files.dubboVersion,
      testFiles,
      signals: mine.signals,
      obsolescence: obsolescenceOf({ ...s, springCloudVersion: files.springCloudVersion, dubboVersion: files.dubboVersion, testFiles }),
    });
    const aliases = [s.artifactId, files.applicationName, s.root === "." ? path.basename(input.root) : path.posix.basename(s.root)];
    graphServices.push({ name, aliases: aliases.filter((a): a is string => !!a), endpoints: mine.endpoints });
  }
  const declaredIn = (iface: string): string | undefined => {
    const file = model.declarationsOf(iface)[0]?.file;
    const root = file === undefined ? undefined : serviceOf(file);
    return root === undefined ? undefined : names.get(root);
  };
  const dependencies = buildGraph(graphServices, declaredIn);

  const notices: Diagnostic[] = [];
  const data = input.servicesFile !== undefined ? loadServicesFile(input.servicesFile, input.cwd) : undefined;
  const business = data ? businessScores(data) : new Map<string, number>();
  // A business entry may name a service by any of its aliases.
  const businessOf = new Map<string, number>();
  for (const g of graphServices) {
    const hit = [g.name, ...g.aliases].find((a) => business.has(a));
    if (hit !== undefined) businessOf.set(g.name, business.get(hit)!);
  }
  const known = new Set(graphServices.flatMap((g) => [g.name, ...g.aliases]));
  for (const n of [...business.keys()].sort(compareStrings)) {
    if (!known.has(n)) notices.push(diagnostic("J2X5021", {}, { name: n, known: graphServices.map((g) => g.name).join(", ") }));
  }
  const scoring = scoringSettings({ ...input.scoring, ...data?.scoring }, input.servicesFile !== undefined ? path.basename(input.servicesFile) : null);
  return {
    fleet: {
      services,
      dependencies,
      scoring,
      score: (totals) =>
        scoreFleet(
          totals.map((t) => ({ ...t, obsolescence: [...services.values()].find((s) => s.name === t.name)!.obsolescence.score, business: businessOf.get(t.name) ?? null })),
          dependencies.edges,
          scoring,
        ),
    },
    notices,
  };
}
