// Technical obsolescence of a service (0–1) from its build facts and the end-of-life table: how
// many Java LTS releases it is behind, whether a framework line it uses is past end of life, and
// whether it has automated tests at all (the seeds' three criteria).

import type { FrameworkId, LifecycleFinding, Obsolescence } from "../report/model.js";
import { EOL_TABLE, lineOf } from "./eol.js";

export interface VersionFacts {
  javaVersion: string | null;
  springBootVersion: string | null;
  springCloudVersion: string | null;
  dubboVersion: string | null;
  testFiles: number;
}

/** Weights of the three criteria; they sum to 1. */
export const OBSOLESCENCE_WEIGHTS = { java: 0.4, framework: 0.4, tests: 0.2 } as const;

/** LTS releases out by `asOf` that are newer than `version`; null when the version is not understood. */
function ltsBehind(version: string): number | null {
  const m = /^1\.(\d+)|^(\d+)/.exec(version.trim());
  if (!m) return null;
  const major = Number(m[1] ?? m[2]);
  return EOL_TABLE.lines.java.filter((l) => l.lts && (l.released ?? "") <= EOL_TABLE.asOf && Number(l.line) > major).length;
}

function finding(framework: FrameworkId, version: string | null): LifecycleFinding[] {
  if (version === null) return [];
  const line = lineOf(framework, version);
  const endOfLife = line?.endOfLife ?? null;
  return [{ framework, version, line: line?.line ?? null, endOfLife, eol: endOfLife !== null && endOfLife <= EOL_TABLE.asOf }];
}

export function obsolescenceOf(v: VersionFacts): Obsolescence {
  const javaLtsBehind = v.javaVersion === null ? null : ltsBehind(v.javaVersion);
  const frameworks = [
    ...finding("java", v.javaVersion),
    ...finding("spring-boot", v.springBootVersion),
    ...finding("spring-cloud", v.springCloudVersion),
    ...finding("dubbo", v.dubboVersion),
  ];
  // Unknown Java counts as one release behind: half the weight, neither clean nor condemned.
  const java = javaLtsBehind === null || javaLtsBehind === 1 ? OBSOLESCENCE_WEIGHTS.java / 2 : javaLtsBehind >= 2 ? OBSOLESCENCE_WEIGHTS.java : 0;
  const framework = frameworks.some((f) => f.framework !== "java" && f.eol) ? OBSOLESCENCE_WEIGHTS.framework : 0;
  const noTests = v.testFiles === 0;
  const score = Math.round((java + framework + (noTests ? OBSOLESCENCE_WEIGHTS.tests : 0)) * 100) / 100;
  return { score, javaLtsBehind, frameworks, noTests };
}
