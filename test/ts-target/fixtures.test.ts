// Focused fixtures: each fixtures/<name>.java is converted and its main module compared with the
// committed fixtures/<name>.ts (J2X_UPDATE=1 rewrites them); the output must also type-check and print what Java prints.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { tscBin } from "./harness.js";

const dir = path.join(import.meta.dirname, "fixtures");
const names = fs.readdirSync(dir).filter((f) => f.endsWith(".java")).map((f) => f.slice(0, -5)).sort();

describe("TypeScript fixtures", () => {
  for (const name of names) {
    it(name, { timeout: 120_000 }, async () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-ts-fixture-"));
      try {
        fs.mkdirSync(path.join(tmp, "in"));
        fs.copyFileSync(path.join(dir, `${name}.java`), path.join(tmp, "in", "Main.java"));
        const out = path.join(tmp, "out");
        await convert({ paths: [path.join(tmp, "in")], target: "ts", out, jobs: 1 });
        const actual = fs.readFileSync(path.join(out, "src", "Main.ts"), "utf8");
        const expectedFile = path.join(dir, `${name}.ts.expected`);
        if (process.env.J2X_UPDATE === "1") fs.writeFileSync(expectedFile, actual);
        expect(actual).toBe(fs.readFileSync(expectedFile, "utf8"));
        const tsc = spawnSync(process.execPath, [tscBin, "-p", out], { encoding: "utf8" });
        expect(tsc.stdout + tsc.stderr).toBe("");
        const run = spawnSync(process.execPath, [path.join(out, "dist", "main", "Main.js")], { encoding: "utf8" });
        const expectedOut = path.join(dir, `${name}.stdout`);
        if (process.env.J2X_UPDATE === "1" && !fs.existsSync(expectedOut)) fs.writeFileSync(expectedOut, run.stdout);
        expect(run.stdout).toBe(fs.readFileSync(expectedOut, "utf8"));
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  }
});
