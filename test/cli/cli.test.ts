// The command line as users and scripts see it: exit codes, messages, summary, written report,
// determinism across --jobs, and the features that say "not yet supported" instead of ignoring options.

import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readJson, repoRoot, runCli, sampleProject, tempTree, tsxLoader } from "./helpers.js";
import { validateReport } from "../report/validate.js";

const project = sampleProject();
const scratch = tempTree({});
afterAll(() => {
  fs.rmSync(project, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface ReportShape {
  summary: { files: number; parsed: number; parseErrors: number; loc: number; items: number; byCategory: { mandatory: number } };
  items: { id: string; rule: string; file: string; line: number; category: string }[];
  services: { name: string; javaVersion: string | null }[];
}

describe("java2x CLI", () => {
  it("prints help with examples and exits 0", async () => {
    const r = await runCli(["--help"], { cwd: scratch });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/convert/);
    const sub = await runCli(["audit", "--help"], { cwd: scratch });
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/--fail-on <gate>/);
  });

  it("exits 2 on bad usage", async () => {
    const results = await Promise.all([
      runCli(["audit", project, "--bogus"], { cwd: scratch }),
      runCli(["frobnicate"], { cwd: scratch }),
      runCli([], { cwd: scratch }),
      runCli(["audit", project, "--jobs", "zero"], { cwd: scratch }),
      runCli(["audit", project, "--encoding", "latin1"], { cwd: scratch }),
      runCli(["audit", path.join(scratch, "does-not-exist")], { cwd: scratch }),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(results[0]!.stderr).toMatch(/unknown option '--bogus'/);
    expect(results[5]!.stderr).toMatch(/J2X5003.*ENOENT/);
  });

  it("exits 2 for an unreadable or invalid config file", async () => {
    fs.writeFileSync(path.join(scratch, "bad.yaml"), "jobs: 2\nthreads: 4\n");
    const [missing, invalid] = await Promise.all([
      runCli(["audit", project, "--config", "nope.json"], { cwd: scratch }),
      runCli(["audit", project, "--config", "bad.yaml"], { cwd: scratch }),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/J2X5003: Could not read the configuration file nope\.json/);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/unknown key "threads"/);
  });

  it("exits 3 when there is nothing to process", async () => {
    const empty = tempTree({ "README.md": "no java here" });
    const r = await runCli(["audit", empty, "--out", path.join(scratch, "empty-out")], { cwd: scratch });
    fs.rmSync(empty, { recursive: true, force: true });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/J2X5004: No Java input found/);
  });

  it("audits a project with a broken file: exit 0, the parse error is counted and becomes an item", async () => {
    const out = path.join(scratch, "audit-1");
    const r = await runCli(["audit", project, "--out", out, "--jobs", "1"], { cwd: scratch });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/java2x audit: 3 files, 2 parsed, 1 with parse errors/);
    expect(r.stdout).toMatch(/lines\/s/);
    const report = readJson(path.join(out, "java2x-report.json")) as ReportShape;
    expect(validateReport(report)).toEqual([]);
    expect(report.summary).toMatchObject({ files: 3, parsed: 2, parseErrors: 1, loc: 20 });
    expect(report.items).toEqual([
      expect.objectContaining({ rule: "parse.syntax-error", category: "mandatory", file: "src/main/java/com/acme/Broken.java", line: 4 }),
    ]);
    expect(report.services).toEqual([expect.objectContaining({ name: "inventory", javaVersion: "17" })]);
    // No absolute path leaks into the report.
    expect(fs.readFileSync(path.join(out, "java2x-report.json"), "utf8")).not.toContain(project);
  });

  it("writes identical report bytes with --jobs 1 and with two worker threads", async () => {
    const one = path.join(scratch, "det-1");
    const two = path.join(scratch, "det-2");
    const [a, b] = await Promise.all([
      runCli(["audit", project, "--out", one, "--jobs", "1"], { cwd: scratch }),
      // A zero threshold forces workers even for this tiny input, so the worker path really runs (under tsx).
      runCli(["audit", project, "--out", two, "--jobs", "2"], { cwd: scratch, env: { JAVA2X_PARALLEL_THRESHOLD: "0" } }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toMatch(/main thread/);
    expect(b.stdout).toMatch(/2 workers/);
    expect(fs.readFileSync(path.join(two, "java2x-report.json"))).toEqual(fs.readFileSync(path.join(one, "java2x-report.json")));
  });

  it("gates with --fail-on and filters with --baseline", async () => {
    const base = path.join(scratch, "gate-base");
    const first = await runCli(["audit", project, "--out", base, "--fail-on", "mandatory"], { cwd: scratch });
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/gate: FAILED \(--fail-on mandatory: 1 mandatory item\(s\)\)/);
    const [again, points] = await Promise.all([
      runCli(["audit", project, "--out", path.join(scratch, "gate-2"), "--baseline", path.join(base, "java2x-report.json"), "--fail-on", "new"], { cwd: scratch }),
      runCli(["audit", project, "--out", path.join(scratch, "gate-3"), "--fail-on", "points>5"], { cwd: scratch }),
    ]);
    expect(again.code).toBe(0);
    const filtered = readJson(path.join(scratch, "gate-2", "java2x-report.json")) as ReportShape & { filters: unknown };
    expect(filtered.items).toEqual([]);
    expect(filtered.filters).toEqual({ since: null, baseline: "java2x-report.json", itemsSuppressed: 1 });
    expect(points.code).toBe(0);
  });

  it("rejects bad option values with exit 2 and a message that says what to do", async () => {
    const results = await Promise.all([
      runCli(["audit", project, "--format", "json,pdf", "--out", path.join(scratch, "fmt")], { cwd: scratch }),
      runCli(["audit", project, "--services", "services.yaml"], { cwd: scratch }),
      runCli(["audit", project, "--fail-on", "new"], { cwd: scratch }),
      runCli(["audit", project, "--fail-on", "lots"], { cwd: scratch }),
      runCli(["rules", "explain", "spring.no-such-rule"], { cwd: scratch }),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(results[0]!.stderr).toMatch(/unknown format pdf \(known: json, md, html, sarif\)/);
    expect(results[1]!.stderr).toMatch(/J2X5003: Could not read the services file services\.yaml/);
    expect(results[2]!.stderr).toMatch(/--fail-on new needs --baseline <report\.json> or --since <git-ref>/);
    expect(results[3]!.stderr).toMatch(/--fail-on must be mandatory, new or points>N/);
    expect(results[4]!.stderr).toMatch(/Unknown rule spring\.no-such-rule: no loaded pack defines it/);
    const list = await runCli(["rules", "list"], { cwd: scratch });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^spring-beans 1\.0\.0: /m);
  });

  it("speaks JSON lines on stderr and stdout with --log-format json", async () => {
    const r = await runCli(["audit", project, "--out", path.join(scratch, "json-log"), "--log-format", "json", "--rules", "concurrency"], { cwd: scratch });
    expect(r.code).toBe(0);
    const events = r.stderr.trim().split("\n").map((l) => JSON.parse(l) as { event: string; phase?: string; code?: string });
    expect(events.filter((e) => e.event === "progress").map((e) => e.phase)).toEqual(expect.arrayContaining(["discover", "parse", "analyze", "write"]));
    expect(JSON.parse(r.stdout)).toMatchObject({ event: "summary", command: "audit", files: 3, parseErrors: 1 });
  });

  it("stops quietly with exit 0 when the reader closes its output early (`java2x … | head`)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["--import", tsxLoader, path.join(repoRoot, "src/cli/main.ts"), "audit", "--help"], { cwd: scratch, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Gone before the first line is written, as a `head` that has already exited.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
  });

  it("reports an internal error as a java2x bug with exit 70, naming what it was processing", async () => {
    const script = [
      `import { registerTarget } from ${JSON.stringify(path.join(import.meta.dirname, "../../src/pipeline/target.ts"))};`,
      `import { runCli } from ${JSON.stringify(path.join(import.meta.dirname, "../../src/cli/main.ts"))};`,
      `registerTarget({ id: "go", emit() { throw new Error("boom"); } });`,
      `process.exitCode = await runCli(["convert", ${JSON.stringify(project)}, "--target", "go", "--out", ${JSON.stringify(path.join(scratch, "boom"))}]);`,
    ].join("\n");
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, ["--import", tsxLoader, "--input-type=module", "-e", script], { cwd: scratch, encoding: "utf8" });
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/java2x internal error \(this is a bug in java2x, please report it\) while processing \(emitting go\): boom/);
  });
});
