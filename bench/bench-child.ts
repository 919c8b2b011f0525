// One benchmark measurement in its own process (see bench.ts): prints `{ ms, peakRssMb }` as JSON.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as javaParserParse } from "java-parser";
import { audit } from "../src/index.js";
import { parseJava, readJavaFile } from "../src/parse/index.js";
import { analyze } from "../src/semantic/index.js";

const [mode, dir, jobsArg] = process.argv.slice(2) as [string, string, string];

function javaFiles(d: string): string[] {
  return fs
    .readdirSync(d, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".java"))
    .sort()
    .map((f) => path.join(d, f));
}

const files = javaFiles(dir);
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
    analyze(units);
    break;
  }
  case "audit": {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "java2x-bench-"));
    await audit({ paths: [dir], jobs: Number(jobsArg), out });
    fs.rmSync(out, { recursive: true, force: true });
    break;
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
