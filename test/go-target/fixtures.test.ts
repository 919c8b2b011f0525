// Focused fixtures for the Go target: each test/go-target/fixtures/<name>/Main.java converts to
// the committed expected.go (J2X_UPDATE=1 rewrites them), and the result builds and runs.

import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { convertGo, run, tempDir } from "./harness.js";

const dir = path.join(import.meta.dirname, "fixtures");
const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "Main.java"))).sort();
const scratch = tempDir("j2x-go-fixture-");
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("Go target fixtures", () => {
  for (const name of names) {
    it(name, async () => {
      const out = path.join(scratch, name);
      await convertGo(path.join(dir, name), out, `fixture/${name}`);
      const got = fs.readFileSync(path.join(out, "app", "main.go"), "utf8");
      const expectedFile = path.join(dir, name, "expected.go");
      if (process.env.J2X_UPDATE === "1" || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, got);
      expect(got).toBe(fs.readFileSync(expectedFile, "utf8"));
      const { stdout } = await run("go", ["run", "./cmd/main"], { cwd: out });
      const stdoutFile = path.join(dir, name, "expected.stdout");
      if (process.env.J2X_UPDATE === "1" || !fs.existsSync(stdoutFile)) fs.writeFileSync(stdoutFile, stdout);
      expect(stdout).toBe(fs.readFileSync(stdoutFile, "utf8"));
    }, 120_000);
  }

  it("is deterministic", async () => {
    const a = path.join(scratch, "det-a");
    const b = path.join(scratch, "det-b");
    await convertGo(path.join(dir, names[0]!), a, "fixture/det");
    await convertGo(path.join(dir, names[0]!), b, "fixture/det");
    for (const f of ["app/main.go", "go.mod", "README.md", "java2x-report.json"]) {
      if (fs.existsSync(path.join(a, f))) expect(fs.readFileSync(path.join(a, f), "utf8")).toBe(fs.readFileSync(path.join(b, f), "utf8"));
    }
  }, 120_000);
});
