// Enforces the one-way import graph of docs/architecture.md: each layer of src/ may import only
// the layers below it, and the TS printer libraries stay inside the TS emitter.

import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

/** Which top-level folders of src/ each folder may import from (besides itself). */
const allowed: Record<string, string[]> = {
  diagnostics: [],
  parse: ["diagnostics"],
  semantic: ["parse", "diagnostics"],
  project: ["diagnostics"],
  ir: ["diagnostics"],
  transform: ["ir", "semantic", "parse", "diagnostics"],
  emit: ["ir", "diagnostics"],
  report: ["diagnostics", "semantic", "project"],
  audit: ["semantic", "parse", "project", "report", "diagnostics"],
  pipeline: ["parse", "semantic", "transform", "emit", "report", "audit", "project", "diagnostics", "ir"],
  cli: ["pipeline", "project", "report", "diagnostics", "index.ts"],
};

/** Packages that only a given folder may import. */
const confinedPackages: Record<string, string> = {
  "ts-morph": "emit/ts",
  "@babel/generator": "emit/ts",
};

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    specs.push(m[1] ?? m[2]!);
  }
  return specs;
}

const files = fg.sync("src/**/*.ts", { cwd: root }).sort();

describe("import graph", () => {
  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  for (const file of files) {
    const layer = file.split("/")[1]!.replace(/\.ts$/, "");
    it(`${file} imports only what its layer may`, () => {
      const wrong: string[] = [];
      for (const spec of importsOf(join(root, file))) {
        if (spec.startsWith(".")) {
          const target = relative(join(root, "src"), resolve(dirname(join(root, file)), spec));
          if (target.startsWith("..")) {
            wrong.push(`${spec} (outside src/)`);
            continue;
          }
          const targetLayer = target.split("/")[0]!.replace(/\.js$/, ".ts");
          const mayImport = allowed[layer];
          if (targetLayer !== layer && mayImport && !mayImport.includes(targetLayer)) wrong.push(spec);
        } else {
          const home = confinedPackages[spec];
          if (home && !file.startsWith(`src/${home}/`)) wrong.push(`${spec} (only src/${home}/ may import it)`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
