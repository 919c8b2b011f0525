// A user's pack given with --rules loads like a built-in one: its rule fires in audit and its
// fixtures go through `rules test` (items, translations, builds); a YAML rule with an unknown key
// stops the run with exit 2.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../cli/helpers.js";

const project = {
  "src/main/java/com/acme/Billing.java": "package com.acme;\n\n@Audited\npublic class Billing {}\n\n@interface Audited {}\n",
};

function pack(ruleYaml: string): Record<string, string> {
  return {
    "my-pack/pack.yaml": "id: acme-audit\nversion: 0.1.0\ndescription: Company rules\nrules: [acme.audited]\n",
    "my-pack/acme.audited/rule.yaml": ruleYaml,
    "my-pack/acme.audited/README.md": "# acme.audited\n\nAudited classes need the audit client in Go.\n",
    "my-pack/acme.audited/fixtures/basic/input.java": project["src/main/java/com/acme/Billing.java"],
    "my-pack/acme.audited/fixtures/basic/expected-items.json": JSON.stringify([
      { rule: "acme.audited", file: "input.java", line: 3, column: 1, messageId: "default", message: "Audited class in Billing", category: "optional", effort: 3 },
    ]),
  };
}

const good = [
  "id: acme.audited",
  "title: Audited class",
  "category: optional",
  "effort: 3",
  "fix: manual",
  'messages: { default: "Audited class in {in}" }',
  "when: { annotation: com.acme.Audited }",
  "",
].join("\n");

describe("user rule packs", () => {
  it("loads a pack given with --rules; its rule fires in audit and its fixtures pass", async () => {
    const dir = tempTree({ ...project, ...pack(good) });
    const r = await runCli(["audit", "src", "--rules", "./my-pack", "--out", "out", "--no-progress"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "out/java2x-report.json"), "utf8")) as { items: { rule: string; message: string; effortPoints: number }[] };
    expect(report.items.filter((i) => i.rule === "acme.audited")).toEqual([expect.objectContaining({ message: "Audited class in Billing", effortPoints: 3 })]);

    const list = await runCli(["rules", "list", "--rules", "./my-pack"], { cwd: dir });
    expect(list.stdout).toMatch(/acme-audit 0\.1\.0/);
    expect(list.stdout).toMatch(/acme\.audited\s+optional\s+3\s+manual/);
  });

  it("tests the pack's fixtures: J2X_UPDATE=1 writes the translations, a changed one fails naming rule, fixture and line", async () => {
    const dir = tempTree({ ...project, ...pack(good) });
    const fixture = path.join(dir, "my-pack/acme.audited/fixtures/basic");
    const missing = await runCli(["rules", "test", "./my-pack"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/FAIL acme-audit acme\.audited basic\n +no expected\.go \(run with J2X_UPDATE=1/);

    const written = await runCli(["rules", "test", "./my-pack"], { cwd: dir, env: { J2X_UPDATE: "1" } });
    expect(written.stdout).toMatch(/^ok {3}acme-audit acme\.audited basic \(wrote expected\.go, expected\.ts\)$/m);
    expect(fs.readFileSync(path.join(fixture, "expected.go"), "utf8")).toMatch(/^\/\/ com\/acme\/input\.go\n[^]*\ntype Billing struct\{\}\n/);
    expect(fs.readFileSync(path.join(fixture, "expected.ts"), "utf8")).toMatch(/^\/\/ src\/com\/acme\/Billing\.ts\n[^]*\nexport class Billing \{/m);
    const test = await runCli(["rules", "test", "./my-pack"], { cwd: dir });
    expect(test.code, test.stdout).toBe(0);
    expect(test.stdout).toMatch(/1\/1 fixture\(s\) passed in 1 pack/);

    fs.writeFileSync(path.join(fixture, "expected.go"), fs.readFileSync(path.join(fixture, "expected.go"), "utf8").replace("type Billing struct{}", "type Billing struct{ n int }"));
    const changed = await runCli(["rules", "test", "./my-pack"], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/FAIL acme-audit acme\.audited basic\n +go: the translation differs from expected\.go:\n +at line \d+:\n +- type Billing struct\{ n int \}\n[^]*\n +\+ type Billing struct\{\}/);
    expect(changed.stdout).toMatch(/0\/1 fixture\(s\) passed in 1 pack/);
  }, 300_000);

  it("rejects a YAML rule with an unknown key: exit 2 naming the file and the key", async () => {
    const dir = tempTree({ ...project, ...pack(good.replace("when: { annotation:", "when: { annotaton:")) });
    const r = await runCli(["audit", "src", "--rules", "./my-pack", "--out", "out", "--no-progress"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Invalid rule pack acme-audit: .*acme\.audited[\\/]rule\.yaml: when: unknown key "annotaton"/);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("rejects an unknown category and an unknown pack id", async () => {
    const dir = tempTree({ ...project, ...pack(good.replace("category: optional", "category: urgent")) });
    const bad = await runCli(["rules", "list", "--rules", "./my-pack"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/category: must be one of mandatory, optional, potential/);
    const unknown = await runCli(["audit", "src", "--rules", "acme", "--out", "out"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown rule acme: no built-in pack has this id/);
  });
});
