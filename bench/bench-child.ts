// One benchmark measurement in its own process (see bench.ts): prints `{ ms, cpuMs, peakRssMb }` as
// JSON; cpuMs is the process's user + system CPU time over the measurement, all threads included.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as javaParserParse } from "java-parser";
import { parseJava, readJavaFile } from "../src/parse/index.js";
import { analyze } from "../src/semantic/index.js";
import { releaseParseMemory } from "../src/pipeline/memory.js";

const [mode, dir, jobsArg] = process.argv.slice(2) as [string, string, string];
// The audit runs from compiled JavaScript when bench.ts built it (BENCH_DIST), as the installed
// command does from dist/: parse workers then start without tsx's loader, as in production.
const lib = process.env["BENCH_DIST"] ? `${process.env["BENCH_DIST"]}/index.js` : "../src/index.js";
const { audit } = (await import(lib)) as typeof import("../src/index.js");

function javaFiles(d: string): string[] {
  return fs
    .readdirSync(d, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".java"))
    .sort()
    .map((f) => path.join(d, f));
}

const files = javaFiles(dir);
let stats: Record<string, number> | undefined;
const cpu0 = process.cpuUsage();
const start = performance.now();
switch (mode) {
  case "read":
    for (const f of files) readJavaFile(f, "auto");
    break;
  case "java-parser":
    for (const f of files) {
      try {
        javaParserParse(readJavaFile(f, "auto").text);
      } catch {
        // Stock java-parser throws on a syntax error; the floor only counts its speed.
      }
    }
    break;
  case "parse":
    for (const f of files) parseJava(readJavaFile(f, "auto").text, f);
    break;
  case "parse+semantic": {
    const units = files.map((f) => ({ file: f, unit: parseJava(readJavaFile(f, "auto").text, f).unit }));
    // As the pipeline does between its parse and semantic phases (src/pipeline/run.ts).
    releaseParseMemory();
    analyze(units);
    break;
  }
  case "audit": {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "java2x-bench-"));
    const r = await audit({ paths: [dir], jobs: Number(jobsArg), out });
    stats = r.stats as unknown as Record<string, number>;
    fs.rmSync(out, { recursive: true, force: true });
    break;
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...phases(stats) }));

/** The audit's own phase times (ms) and parse thread count, for the detailed log. */
function phases(s: Record<string, number> | undefined): Record<string, number> {
  if (!s) return {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(s)) if (typeof v === "number") out[k] = Math.round(v);
  return out;
}
