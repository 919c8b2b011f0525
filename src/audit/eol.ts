// The end-of-life table shipped with java2x: when each Java, Spring Boot, Spring Cloud and Dubbo
// line stops getting free updates. Obsolescence is judged against `asOf`, never the clock, so a
// report does not change by itself from one day to the next.
//
// NEEDS UPDATING: the dates come from the vendors' published support pages as the java2x
// authors knew them; lines marked `approx` are estimates from the projects' support policies
// (Spring: ~12 months of OSS support per Boot minor, trains follow their Boot line; Dubbo:
// announcements on the mailing list). Check them and move `asOf` forward with each release.

import type { FrameworkId } from "../report/model.js";

export interface EolLine {
  /** The version line: `17`, `2.7`, `2021.0`. */
  line: string;
  /** Release date of the line (ISO), used to count how far behind a Java version is. */
  released?: string;
  /** End of free support, ISO date; null when none is announced. */
  endOfLife: string | null;
  /** The date is an estimate, not a vendor announcement. */
  approx?: boolean;
  /** A long-term-support release (Java only). */
  lts?: boolean;
}

export interface EolTable {
  asOf: string;
  note: string;
  lines: Record<FrameworkId, EolLine[]>;
}

export const EOL_TABLE: EolTable = {
  asOf: "2026-11-01",
  note: "Free support ends (Java: Oracle Premier Support; vendor builds such as Temurin or Corretto may run longer). Needs updating with each java2x release.",
  lines: {
    java: [
      { line: "8", lts: true, released: "2014-03-18", endOfLife: "2022-03-31" },
      { line: "11", lts: true, released: "2018-09-25", endOfLife: "2023-09-30" },
      { line: "17", lts: true, released: "2021-09-14", endOfLife: "2026-09-30" },
      { line: "21", lts: true, released: "2023-09-19", endOfLife: "2028-09-30" },
      { line: "25", lts: true, released: "2025-09-16", endOfLife: "2030-09-30" },
    ],
    "spring-boot": [
      { line: "1.5", endOfLife: "2019-08-01" },
      { line: "2.0", endOfLife: "2019-03-01", approx: true },
      { line: "2.1", endOfLife: "2020-10-01", approx: true },
      { line: "2.2", endOfLife: "2020-10-16" },
      { line: "2.3", endOfLife: "2021-05-20" },
      { line: "2.4", endOfLife: "2021-11-18" },
      { line: "2.5", endOfLife: "2022-05-19" },
      { line: "2.6", endOfLife: "2022-11-24" },
      { line: "2.7", endOfLife: "2023-11-24" },
      { line: "3.0", endOfLife: "2023-12-31" },
      { line: "3.1", endOfLife: "2024-06-30" },
      { line: "3.2", endOfLife: "2024-12-31" },
      { line: "3.3", endOfLife: "2025-06-30" },
      { line: "3.4", endOfLife: "2025-12-31" },
      { line: "3.5", endOfLife: "2026-06-30", approx: true },
      { line: "4.0", endOfLife: "2026-12-31", approx: true },
    ],
    "spring-cloud": [
      { line: "Finchley", endOfLife: "2019-12-31", approx: true },
      { line: "Greenwich", endOfLife: "2020-01-31", approx: true },
      { line: "Hoxton", endOfLife: "2021-07-31" },
      { line: "2020.0", endOfLife: "2022-12-31", approx: true },
      { line: "2021.0", endOfLife: "2023-11-24", approx: true },
      { line: "2022.0", endOfLife: "2024-06-30", approx: true },
      { line: "2023.0", endOfLife: "2025-06-30", approx: true },
      { line: "2024.0", endOfLife: "2026-06-30", approx: true },
      { line: "2025.0", endOfLife: "2026-06-30", approx: true },
      { line: "2025.1", endOfLife: null },
    ],
    dubbo: [
      { line: "2.5", endOfLife: "2019-12-31", approx: true },
      { line: "2.6", endOfLife: "2020-12-31", approx: true },
      { line: "2.7", endOfLife: "2023-03-31", approx: true },
      { line: "3.0", endOfLife: "2023-03-31", approx: true },
      { line: "3.1", endOfLife: "2024-03-31", approx: true },
      { line: "3.2", endOfLife: null },
      { line: "3.3", endOfLife: null },
    ],
  },
};

/**
 * The table line a version belongs to: Java `1.8` → `8`, `17.0.2` → `17`; Spring Boot and Dubbo
 * by major.minor; Spring Cloud trains by `YYYY.N` or by name (`Hoxton.SR12` → `Hoxton`).
 */
export function lineOf(framework: FrameworkId, version: string): EolLine | undefined {
  const v = version.trim();
  let key: string | undefined;
  if (framework === "java") key = /^1\.(\d+)/.exec(v)?.[1] ?? /^(\d+)/.exec(v)?.[1];
  else if (framework === "spring-cloud") key = /^(\d{4}\.\d+)/.exec(v)?.[1] ?? /^([A-Za-z]+)/.exec(v)?.[1];
  else key = /^(\d+\.\d+)/.exec(v)?.[1];
  return key === undefined ? undefined : EOL_TABLE.lines[framework].find((l) => l.line.toLowerCase() === key.toLowerCase());
}
