// The compile-clean guarantee on real-world shaped input: converting samples/services/*,
// samples/broken and test/ts-target/real-shapes (shapes met in real projects) must give projects that `tsc --noEmit` accepts in strict mode, with every stub
// marker matching a report item and method statistics that add up.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { linkDependencies, repoRoot, tscBin } from "./harness.js";

const inputs = [...fs.readdirSync(path.join(repoRoot, "samples/services")).filter((d) => fs.statSync(path.join(repoRoot, "samples/services", d)).isDirectory()).map((d) => `samples/services/${d}`), "samples/broken", "test/ts-target/real-shapes"];

function sourcesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.startsWith("jrt"))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

describe("TypeScript compile-clean", () => {
  for (const input of inputs) {
    it(`${input} converts to a project tsc accepts`, { timeout: 120_000 }, async () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-ts-clean-"));
      try {
        const r = await convert({ paths: [path.join(repoRoot, input)], target: "ts", out, force: true, jobs: 1 });
        linkDependencies(out);
        const tsc = spawnSync(process.execPath, [tscBin, "-p", out, "--noEmit"], { encoding: "utf8" });
        expect(tsc.stdout + tsc.stderr).toBe("");
        expect(tsc.status).toBe(0);
        const s = r.report.summary;
        expect(s.methods).toBeGreaterThan(0);
        expect(s.methodsFullyTranslated).toBeLessThanOrEqual(s.methods!);
        // Markers and items cannot drift apart: every marker names an item (a ts.* stub or a rule's
        // mapping, such as a transaction boundary), and every ts.* item appears in the code.
        const code = sourcesOf(path.join(out, "src")).join("\n");
        const markers = new Set([...code.matchAll(/java2x: ((?:[0-9a-f]{16} ?)+)/g)].flatMap((m) => m[1]!.trim().split(" ")));
        const items = new Set(r.report.items.map((i) => i.id));
        expect([...markers].filter((m) => !items.has(m))).toEqual([]);
        expect(r.report.items.filter((i) => i.rule.startsWith("ts.") && !markers.has(i.id)).map((i) => i.id)).toEqual([]);
        expect(r.report.build).toEqual(["npm", "run", "build"]);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
