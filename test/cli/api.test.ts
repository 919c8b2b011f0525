// The library API (src/index.ts) with a fixture emit target: output safety (--out rules, dry run,
// paths that try to escape), the report beside the emitted files, --since, and the parse workers.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { audit, convert, registerTarget, type EmitTarget } from "../../src/index.js";
import { discover } from "../../src/project/discover.js";
import { parseFiles } from "../../src/pipeline/parse-files.js";
import { sampleProject, tempTree } from "./helpers.js";
import { validateReport } from "../report/validate.js";

const project = sampleProject();
const scratch = tempTree({});
afterAll(() => {
  fs.rmSync(project, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A stand-in for the real Go emitter: one file per source plus a marker item, enough to exercise the pipeline. */
let emittedPaths: (files: string[]) => string[] = (files) => files.map((f) => `gen/${path.posix.basename(f, ".java")}.go`);
const fixtureTarget: EmitTarget = {
  id: "go",
  emit(input) {
    const paths = emittedPaths(input.sources.map((s) => s.file));
    const stock = input.sources.find((s) => s.file.endsWith("Stock.java"))!;
    const id = input.itemId("fixture.marker", stock.file, 4);
    return {
      files: paths.map((p, i) => ({ path: p, content: `// ${input.module} ${input.sources[i]!.file} ${id}\n` })),
      build: ["go", "build", "./..."],
      entryPoints: [{ javaClass: "com.acme.Main", path: "cmd/main", run: ["./bin/main"] }],
      items: [{ id, rule: "fixture.marker", category: "optional", effortPoints: 3, file: stock.file, line: 4, column: 3, message: "marker" }],
      stats: { methods: 4, methodsFullyTranslated: 3 },
    };
  },
};
registerTarget(fixtureTarget);

describe("convert", () => {
  it("writes the emitted files and a valid report, identical whatever the worker count", async () => {
    const one = path.join(scratch, "conv-1");
    const two = path.join(scratch, "conv-2");
    const r = await convert({ paths: [project], target: "go", out: one, jobs: 1 });
    process.env["JAVA2X_PARALLEL_THRESHOLD"] = "0";
    try {
      await convert({ paths: [project], target: "go", out: two, jobs: 2 });
    } finally {
      delete process.env["JAVA2X_PARALLEL_THRESHOLD"];
    }
    expect(r.written).toEqual(["gen/Broken.go", "gen/Main.go", "gen/Stock.go", "java2x-report.json"]);
    expect(validateReport(r.report)).toEqual([]);
    expect(r.report.target).toBe("go");
    expect(r.report.summary).toMatchObject({ methods: 4, methodsFullyTranslated: 3, items: 2, effortPoints: 4 });
    expect(fs.readFileSync(path.join(one, "gen/Stock.go"), "utf8")).toBe(`// acme.com/inventory src/main/java/com/acme/Stock.java ${r.report.items.find((i) => i.rule === "fixture.marker")!.id}\n`);
    for (const f of r.written) expect(fs.readFileSync(path.join(two, f))).toEqual(fs.readFileSync(path.join(one, f)));
  });

  it("refuses a non-empty --out without --force, and an --out that contains the input even with --force", async () => {
    const busy = tempTree({ "keep.txt": "mine" });
    await expect(convert({ paths: [project], target: "go", out: busy })).rejects.toMatchObject({ exitCode: 2, diagnostic: { code: "J2X5005" } });
    await expect(convert({ paths: [project], target: "go", out: path.dirname(project), force: true })).rejects.toMatchObject({ exitCode: 2, diagnostic: { code: "J2X5006" } });
    const forced = await convert({ paths: [project], target: "go", out: busy, force: true });
    expect(fs.readFileSync(path.join(busy, "keep.txt"), "utf8")).toBe("mine");
    expect(forced.written).toContain("java2x-report.json");
    fs.rmSync(busy, { recursive: true, force: true });
  });

  it("writes nothing on a dry run and lists what it would write", async () => {
    const out = path.join(scratch, "dry");
    const r = await convert({ paths: [project], target: "go", out, dryRun: true });
    expect(fs.existsSync(out)).toBe(false);
    expect(r.wouldWrite).toEqual(["gen/Broken.go", "gen/Main.go", "gen/Stock.go", "java2x-report.json"]);
    expect(r.written).toEqual([]);
  });

  it("does not re-scan an --out inside the input tree and never modifies the input", async () => {
    const input = sampleProject();
    const before = fs.readFileSync(path.join(input, "src/main/java/com/acme/Stock.java"));
    // Output that contains .java files inside the input would be picked up by a second run if it were scanned.
    emittedPaths = (files) => files.map((f) => `java/${path.posix.basename(f)}`);
    try {
      await convert({ paths: [input], target: "go", out: path.join(input, "out") });
      const second = await convert({ paths: [input], target: "go", out: path.join(input, "out"), force: true });
      expect(second.report.summary.files).toBe(3);
    } finally {
      emittedPaths = (files) => files.map((f) => `gen/${path.posix.basename(f, ".java")}.go`);
    }
    expect(fs.readFileSync(path.join(input, "src/main/java/com/acme/Stock.java"))).toEqual(before);
    fs.rmSync(input, { recursive: true, force: true });
  });

  it("treats an emitter path that escapes --out as a java2x bug and writes nothing outside", async () => {
    emittedPaths = () => ["../escaped.go"];
    try {
      await expect(convert({ paths: [project], target: "go", out: path.join(scratch, "esc") })).rejects.toMatchObject({ exitCode: 70 });
    } finally {
      emittedPaths = (files) => files.map((f) => `gen/${path.posix.basename(f, ".java")}.go`);
    }
    expect(fs.existsSync(path.join(scratch, "escaped.go"))).toBe(false);
  });
});

describe("audit", () => {
  it("--since reports only on files changed since the ref", async () => {
    const repo = sampleProject();
    const git = (...args: string[]): string => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
    git("init", "-q");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "empty");
    git("add", ".");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "init");
    fs.writeFileSync(path.join(repo, "src/main/java/com/acme/New.java"), "class New { int y = ; }\n");
    const r = await audit({ paths: [repo], since: "HEAD", out: path.join(scratch, "since") });
    expect(r.report.items.map((i) => i.file)).toEqual(["src/main/java/com/acme/New.java"]);
    expect(r.report.filters).toEqual({ since: "HEAD", baseline: null, itemsSuppressed: 1 });
    expect(r.report.summary.files).toBe(4);
    await expect(audit({ paths: [repo], since: "no-such-ref", out: path.join(scratch, "since2") })).rejects.toMatchObject({ exitCode: 2, diagnostic: { code: "J2X5010" } });
    fs.rmSync(repo, { recursive: true, force: true });
  });
});

describe("parse workers", () => {
  it("give the same results as the main thread (worker modules run from .ts through tsx)", async () => {
    const files = discover({ paths: [project], cwd: process.cwd() }).files;
    const inProcess = await parseFiles(files, { jobs: 1, encoding: "auto" });
    let chosen = -1;
    const inWorkers = await parseFiles(files, { jobs: 2, encoding: "auto", workers: 2, onWorkers: (n) => (chosen = n) });
    expect(chosen).toBe(2);
    expect(inWorkers).toEqual(inProcess);
    expect(inWorkers.map((f) => [f.file, f.failed])).toEqual([
      ["src/main/java/com/acme/Broken.java", true],
      ["src/main/java/com/acme/Main.java", false],
      ["src/main/java/com/acme/Stock.java", false],
    ]);
  });
});
