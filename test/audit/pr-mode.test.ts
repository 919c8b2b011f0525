// Pull-request mode in a temporary git repository: a committed service, then a change that adds
// new debt; --since, --baseline and --fail-on narrow the report and set the exit code.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../../src/index.js";
import type { Report } from "../../src/report/model.js";
import { readJson, runCli, tempTree } from "../cli/helpers.js";
import { validateReport, validateSarif } from "../report/validate.js";

const repo = tempTree({
  "pom.xml": "<project><groupId>com.acme</groupId><artifactId>shop</artifactId><version>1</version><properties><java.version>17</java.version></properties></project>",
  "src/main/java/com/acme/Cart.java": "package com.acme;\n\npublic class Cart {\n    int size() { return 0; }\n}\n",
  "src/main/java/com/acme/Old.java": "package com.acme;\n\npublic class Old {\n    int legacy = ;\n}\n",
});
const out = (name: string): string => path.join(repo, "..", `${path.basename(repo)}-${name}`);
const git = (...args: string[]): string => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
let baseline: Report;

beforeAll(async () => {
  git("init", "-q", "-b", "main");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "empty");
  git("add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "shop");
  baseline = (await audit({ paths: [repo], out: out("base"), jobs: 1 })).report;
  // The pull request: a new file with a syntax error (untracked) and a new error in a tracked file (unstaged).
  fs.writeFileSync(path.join(repo, "src/main/java/com/acme/Coupon.java"), "package com.acme;\n\npublic class Coupon {\n    void apply( {\n}\n");
  fs.writeFileSync(path.join(repo, "src/main/java/com/acme/Cart.java"), "package com.acme;\n\npublic class Cart {\n    int size() { return 0 }\n}\n");
}, 60_000);
afterAll(() => {
  for (const d of [repo, out("base"), out("since"), out("baseline"), out("gate1"), out("gate2"), out("gate3")]) fs.rmSync(d, { recursive: true, force: true });
});

describe("pull-request mode", () => {
  it("the baseline has the old debt only", () => {
    expect(baseline.items.map((i) => i.file)).toEqual(["src/main/java/com/acme/Old.java"]);
  });

  it("--since reports only files changed since the ref, the summary stays project-wide", async () => {
    const r = (await audit({ paths: [repo], out: out("since"), since: "HEAD", formats: ["json", "md", "sarif"], jobs: 1 })).report;
    expect(validateReport(r)).toEqual([]);
    expect([...new Set(r.items.map((i) => i.file))]).toEqual(["src/main/java/com/acme/Cart.java", "src/main/java/com/acme/Coupon.java"]);
    expect(r.filters).toEqual({ since: "HEAD", baseline: null, itemsSuppressed: 1 });
    expect(r.summary.files).toBe(3);
    expect(validateSarif(readJson(path.join(out("since"), "java2x-report.sarif")))).toEqual([]);
    expect(fs.readFileSync(path.join(out("since"), "java2x-report.md"), "utf8")).toMatch(/Only files changed since `HEAD`; 1 other item\(s\) left out\./);
  });

  it("--baseline keeps only items whose ids are new; unchanged code keeps its id", async () => {
    const r = (await audit({ paths: [repo], out: out("baseline"), baseline: path.join(out("base"), "java2x-report.json"), jobs: 1 })).report;
    expect([...new Set(r.items.map((i) => i.file))]).toEqual(["src/main/java/com/acme/Cart.java", "src/main/java/com/acme/Coupon.java"]);
    expect(r.filters).toEqual({ since: null, baseline: "java2x-report.json", itemsSuppressed: 1 });
  });

  it("--fail-on sets the exit code: new debt trips `new`, a generous points limit does not", async () => {
    const base = path.join(out("base"), "java2x-report.json");
    const [withBaseline, withSince, points] = await Promise.all([
      runCli(["audit", repo, "--out", out("gate1"), "--baseline", base, "--fail-on", "new", "--no-progress"], { cwd: repo }),
      runCli(["audit", repo, "--out", out("gate2"), "--since", "HEAD", "--fail-on", "new", "--format", "sarif,md", "--no-progress"], { cwd: repo }),
      runCli(["audit", repo, "--out", out("gate3"), "--fail-on", "points>40", "--no-progress"], { cwd: repo }),
    ]);
    expect([withBaseline.code, withSince.code, points.code]).toEqual([1, 1, 0]);
    expect(withBaseline.stdout).toMatch(/--fail-on new: \d+ new item\(s\) \(not in the baseline\)/);
    expect(withSince.stdout).toMatch(/--fail-on new: \d+ new item\(s\) \(in files changed since HEAD\)/);
    expect(fs.readdirSync(out("gate2")).sort()).toEqual(["java2x-report.md", "java2x-report.sarif"]);
  }, 120_000);

  it("a bad ref is a usage error (exit 2)", async () => {
    const r = await runCli(["audit", repo, "--out", out("gate3"), "--since", "no-such-ref", "--no-progress"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/J2X5010/);
  }, 60_000);
});
