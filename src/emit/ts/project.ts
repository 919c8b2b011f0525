// Lays out an emitted TypeScript project: printed modules under src/, the jrt runtime and the
// jrtx support code copied as source, package.json (ESM, `build` = install then tsc), a strict tsconfig and a README.

import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type * as ir from "../../ir/ts.js";
import { printTsFile } from "./printer.js";

export interface TsProjectInput {
  /** npm package name (lowercase, no spaces). */
  packageName: string;
  /** Modules with paths under `src/`. */
  modules: { path: string; module: ir.Module }[];
  entries: { javaClass: string; path: string; module: ir.Module }[];
  /** npm packages the code imports (name → pinned version), e.g. the HTTP framework of the routes. */
  dependencies?: Record<string, string>;
}

export interface TsProjectFiles {
  files: { path: string; content: string }[];
  build: string[];
  entryPoints: { javaClass: string; path: string; run: string[] }[];
}

/**
 * The runtime and support sources ship as .ts next to this module under src/ (tsx, tests) and are
 * found through the package's src/ from dist/ (the published package keeps src/emit/ts/runtime).
 */
function sourceDir(name: string): string {
  for (const rel of [`./${name}/`, `../../../src/emit/ts/${name}/`]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (fs.existsSync(dir + "index.ts")) return dir;
  }
  throw new Error(`java2x: cannot find the TypeScript ${name} sources next to ${fileURLToPath(import.meta.url)}`);
}

function copyDir(name: string, as: string, rewrite: (s: string) => string = (s) => s): { path: string; content: string }[] {
  const dir = sourceDir(name);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => ({ path: `src/${as}/${f}`, content: rewrite(fs.readFileSync(dir + f, "utf8")) }));
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    skipLibCheck: true,
    outDir: "dist",
    rootDir: "src",
    lib: ["ES2022"],
    types: [],
  },
  include: ["src/**/*.ts"],
};

export function tsProject(input: TsProjectInput): TsProjectFiles {
  const files: { path: string; content: string }[] = [];
  for (const m of input.modules) files.push({ path: `src/${m.path}`, content: printTsFile(m.module) });
  for (const e of input.entries) files.push({ path: `src/${e.path}`, content: printTsFile(e.module) });
  files.push(...copyDir("runtime", "jrt"));
  files.push(...copyDir("support", "jrtx", (s) => s.replaceAll('"../runtime/', '"../jrt/')));
  const pkg = {
    name: input.packageName,
    version: "0.0.0",
    private: true,
    type: "module",
    // `npm run build` on a fresh checkout: npm runs prebuild first, so the compiler (and Fastify, for
    // a service with routes) are there before tsc; the report's `build` argv is exactly this.
    scripts: { prebuild: "npm install --no-audit --no-fund", build: "tsc -p .", ...(input.entries[0] && { start: `node dist/${input.entries[0].path.replace(/\.ts$/, ".js")}` }) },
    ...(input.dependencies && Object.keys(input.dependencies).length ? { dependencies: input.dependencies } : {}),
    devDependencies: { typescript: "^5.4.0" },
  };
  files.push({ path: "package.json", content: JSON.stringify(pkg, null, 2) + "\n" });
  files.push({ path: "tsconfig.json", content: JSON.stringify(TSCONFIG, null, 2) + "\n" });
  const entryPoints = input.entries.map((e) => ({ javaClass: e.javaClass, path: `src/${e.path}`, run: ["node", `dist/${e.path.replace(/\.ts$/, ".js")}`] }));
  files.push({ path: "README.md", content: readme(input, entryPoints) });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, build: ["npm", "run", "build"], entryPoints };
}

function readme(input: TsProjectInput, entries: { javaClass: string; run: string[] }[]): string {
  const lines = [
    `# ${input.packageName}`,
    "",
    "TypeScript translated from Java by java2x. Build and run:",
    "",
    "    npm run build    # installs the dependencies first (prebuild), then tsc",
    ...entries.map((e) => `    ${e.run.join(" ")}    # ${e.javaClass}`),
    "",
    "Layout: one module per Java top-level class under `src/` (mirroring packages), entry points under",
    "`src/main/`, the Java runtime support under `src/jrt/` and `src/jrtx/`. Places java2x could not",
    "translate throw `Error(\"java2x: <item id> …\")` and keep the Java in a comment; the ids match the",
    "items of `java2x-report.json`.",
    "",
  ];
  return lines.join("\n");
}
