// Rules that change the output (their `mappings`): each fixture folder with an expected.go /
// expected.ts is converted with every built-in pack and the emitted code compared (J2X_UPDATE=1
// rewrites it); the Go output must pass go vet (which builds it) and be gofmt-clean, the TS
// output strict tsc. One Go module and one TS project per target keep the toolchains' start-up
// cost to one run each.

import fs from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { repoRoot, run, tempDir } from "../go-target/harness.js";

const update = Boolean(process.env.J2X_UPDATE);
const cases = fg.sync("rules/*/*/fixtures/*/expected.{go,ts}", { cwd: repoRoot }).map((f) => path.dirname(f)).filter((d, i, all) => all.indexOf(d) === i).sort();

/** The emitted sources of a case (the runtimes excluded; generated internal/app and internal/config included), each under a `// path` line, in path order. */
function emitted(out: string, target: "go" | "ts"): string {
  const files = target === "go" ? fg.sync("**/*.go", { cwd: out, ignore: ["internal/jrt/**", "cmd/**"] }) : fg.sync("src/**/*.ts", { cwd: out, ignore: ["src/jrt/**", "src/jrtx/**", "src/main/**"] });
  return files.sort().map((f) => `// ${f}\n${fs.readFileSync(path.join(out, f), "utf8")}`).join("\n");
}

const outs = new Map<string, string>();

describe.each(["go", "ts"] as const)("mapped output (%s)", (target) => {
  const mine = cases.filter((c) => fs.existsSync(path.join(repoRoot, c, `expected.${target}`)));
  beforeAll(async () => {
    for (const c of mine) {
      const out = tempDir(`j2x-mapped-${target}-`);
      await convert({ paths: [path.join(repoRoot, c)], target, out, ...(target === "go" ? { module: "example.com/fixture" } : {}), force: true, jobs: 1 });
      outs.set(`${target}:${c}`, out);
    }
  }, 120_000);

  for (const c of mine) {
    it(c, () => {
      const file = path.join(repoRoot, c, `expected.${target}`);
      const actual = emitted(outs.get(`${target}:${c}`)!, target);
      if (update) fs.writeFileSync(file, actual);
      expect(actual).toBe(fs.readFileSync(file, "utf8"));
    });
  }

  it("builds", async () => {
    for (const c of mine) {
      const out = outs.get(`${target}:${c}`)!;
      if (target === "go") {
        await run("go", ["vet", "./..."], { cwd: out });
        expect((await run("gofmt", ["-l", "."], { cwd: out })).stdout).toBe("");
      } else {
        fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(out, "node_modules"));
        await run(path.join(repoRoot, "node_modules/.bin/tsc"), ["-p", ".", "--noEmit"], { cwd: out });
      }
    }
  }, 300_000);
});
