// The compile-clean guarantee on real-world inputs: the Spring/Lombok/Dubbo services and the
// broken sample convert into modules where `go build`, `go vet` and `gofmt -l` are all clean,
// every stub's marker has its report item, and the method statistics are consistent.

import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { convertGo, repoRoot, run, tempDir } from "./harness.js";

const inputs = [
  ...fs
    .readdirSync(path.join(repoRoot, "samples/services"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `samples/services/${d.name}`),
  "samples/broken",
].sort();
const scratch = tempDir("j2x-go-clean-");
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function goFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".go")).map((e) => path.join(e.parentPath, e.name));
}

describe("Go target compile-clean", () => {
  for (const input of inputs) {
    it(input, async () => {
      const out = path.join(scratch, path.basename(input));
      const report = await convertGo(path.join(repoRoot, input), out, `example.com/${path.basename(input)}`);
      await run("go", ["build", "./..."], { cwd: out });
      await run("go", ["vet", "./..."], { cwd: out });
      const { stdout } = await run("gofmt", ["-l", "."], { cwd: out });
      expect(stdout).toBe("");
      // Markers and items agree: every `java2x: <id>` in the code is an item and vice versa.
      const markers = new Set<string>();
      for (const f of goFiles(out)) for (const m of fs.readFileSync(f, "utf8").matchAll(/java2x: ([0-9a-f]{16}(?:-\d+)?)/g)) markers.add(m[1]!);
      const stubItems = report.items.filter((i) => i.rule === "go.untranslated").map((i) => i.id);
      for (const id of stubItems) expect(markers.has(id), `item ${id} has no marker`).toBe(true);
      const itemIds = new Set(report.items.map((i) => i.id));
      for (const id of markers) expect(itemIds.has(id), `marker ${id} has no item`).toBe(true);
      const s = report.summary;
      expect(s.methodsFullyTranslated).toBeLessThanOrEqual(s.methods!);
      console.log(`${input}: methodsFullyTranslated ${s.methodsFullyTranslated}/${s.methods}, items ${s.items}`);
    }, 300_000);
  }
});
