// Differential test of the TypeScript target: every samples/programs/<name>/Main.java is converted,
// type-checked and run on Node (one batch, one tsc run), and must print exactly what Java printed
// and exit the same way. Programs pinned in ts-pinned.json are known gaps and must still fail.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { programNames, repoRoot, runPrograms, selectedPrograms, type ProgramResult } from "../ts-target/harness.js";

const programsDir = path.join(repoRoot, "samples/programs");
const pinned = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "ts-pinned.json"), "utf8")) as Record<string, string>;
const names = selectedPrograms(programNames(programsDir));

describe("TypeScript differential", () => {
  let results: Map<string, ProgramResult> | undefined;
  const result = async (name: string): Promise<ProgramResult> => {
    results ??= new Map((await runPrograms(programsDir, names)).map((r) => [r.name, r]));
    return results.get(name)!;
  };

  for (const name of names) {
    it(`${name}${pinned[name] ? " (pinned: " + pinned[name] + ")" : ""}`, { timeout: 600_000 }, async () => {
      const r = await result(name);
      if (pinned[name]) expect(r.mismatch, `${name} is pinned but passes now: remove it from ts-pinned.json`).toBeDefined();
      else expect(r.mismatch, r.mismatch).toBeUndefined();
    });
  }
});
