// Differential test of the Go target: every samples/programs/<name>/Main.java is converted with
// the library API, all of them are built as one Go module (one shared jrt, one `go build`), and
// each binary's stdout, exit code and first stderr line must equal what JDK 17 printed.
// Programs in go-pinned.json are known gaps: they must fail, and the test says so when one passes.

import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCombined, convertGo, initCombined, repoRoot, run, tempDir } from "../go-target/harness.js";
import { programNames, selectedPrograms } from "../ts-target/harness.js";

const programs = path.join(repoRoot, "samples/programs");
const allNames = programNames(programs);
const names = selectedPrograms(allNames);
const pinned = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "go-pinned.json"), "utf8")) as Record<string, string>;
const COMBINED = "j2xdiff";

let root = "";
const buildErrors = new Map<string, string>();

interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

function runBinary(bin: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(bin, [], { timeout: 20_000, maxBuffer: 64 << 20, encoding: "utf8" }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : -1) : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

beforeAll(async () => {
  root = tempDir("j2x-go-diff-");
  const scratch = tempDir("j2x-go-conv-");
  for (const name of names) {
    const out = path.join(scratch, name);
    await convertGo(path.join(programs, name), out, `${COMBINED}/${name}`);
    if (!fs.existsSync(path.join(root, "go.mod"))) initCombined(root, COMBINED, out);
    addToCombined(root, name, out, `${COMBINED}/${name}`, COMBINED);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  // One build for everything; a package that does not compile is recorded and the rest rebuilt.
  let pkgs = names.map((n) => `./bin/${n}`);
  for (let attempt = 0; attempt < 3 && pkgs.length; attempt++) {
    try {
      await run("go", ["build", "-o", path.join(root, "out") + "/", ...pkgs], { cwd: root, maxBuffer: 64 << 20 });
      break;
    } catch (e) {
      const text = String((e as { stderr?: string }).stderr ?? e);
      const broken = new Set([...text.matchAll(/^# \S+\/p\/([^/\s]+)\//gm)].map((m) => m[1]!));
      if (!broken.size) throw e;
      for (const b of broken) buildErrors.set(b, text);
      pkgs = pkgs.filter((p) => !broken.has(p.slice("./bin/".length)));
    }
  }
}, 600_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

async function outcome(name: string): Promise<string | undefined> {
  if (buildErrors.has(name)) return `does not build:\n${buildErrors.get(name)!.slice(0, 2000)}`;
  const got = await runBinary(path.join(root, "out", name));
  const dir = path.join(programs, name);
  const want = fs.readFileSync(path.join(dir, "expected.stdout"), "utf8");
  const codeFile = path.join(dir, "expected.exitcode");
  const wantCode = fs.existsSync(codeFile) ? Number(fs.readFileSync(codeFile, "utf8").trim()) : 0;
  const errFile = path.join(dir, "expected.stderr-first-line");
  if (got.stdout !== want) return `stdout differs:\n--- want\n${want.slice(0, 1500)}\n--- got\n${got.stdout.slice(0, 1500)}\n--- stderr\n${got.stderr.slice(0, 500)}`;
  if (got.code !== wantCode) return `exit code ${got.code}, want ${wantCode}; stderr: ${got.stderr.slice(0, 500)}`;
  if (fs.existsSync(errFile)) {
    const wantErr = fs.readFileSync(errFile, "utf8").split("\n")[0];
    const gotErr = got.stderr.split("\n")[0];
    if (gotErr !== wantErr) return `stderr first line ${JSON.stringify(gotErr)}, want ${JSON.stringify(wantErr)}`;
  }
  return undefined;
}

describe("Go target: differential against JDK 17", () => {
  it("pins only programs that exist", () => {
    expect(Object.keys(pinned).filter((n) => !allNames.includes(n))).toEqual([]);
  });
  for (const name of names) {
    if (pinned[name] !== undefined) {
      it(`${name} (pinned: ${pinned[name]})`, async () => {
        const problem = await outcome(name);
        expect(problem, `${name} now passes: remove it from test/differential/go-pinned.json`).toBeDefined();
      });
    } else {
      it(name, async () => {
        const problem = await outcome(name);
        expect(problem).toBeUndefined();
      });
    }
  }
});
