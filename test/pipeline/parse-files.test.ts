// The parallel parse stage: results identical whatever the thread count and scheduling, a syntax
// error in one file costs that file only, and the choice of parse threads.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discover } from "../../src/project/discover.js";
import { chooseWorkers, DEFAULT_PARALLEL_THRESHOLD_BYTES, parseFiles, thresholdFromEnv } from "../../src/pipeline/parse-files.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "java2x-parse-files-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Enough files of uneven sizes that workers get several batches and the main thread interleaves with them.
for (let i = 0; i < 40; i++) {
  const methods = Array.from({ length: 1 + ((i * 7) % 13) }, (_, m) => `  int m${m}(int x) { return x * ${m} + ${i}; }`).join("\n");
  const file = path.join(dir, `src/p${i % 4}/C${String(i).padStart(2, "0")}.java`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = i === 17 ? "  void broken( { }\n" : `${methods}\n`;
  fs.writeFileSync(file, `package p${i % 4};\n\nclass C${i} {\n${body}}\n`);
}
const files = discover({ paths: [dir], cwd: dir }).files;

describe("parseFiles", () => {
  it("gives identical results, in sorted file order, for 1, 2 and 3 parse threads", async () => {
    const main = await parseFiles(files, { jobs: 1, encoding: "auto" });
    expect(main.map((f) => f.file)).toEqual(files.map((f) => f.file));
    for (const threads of [2, 3]) {
      let chosen = -1;
      const progress: number[] = [];
      const parallel = await parseFiles(files, { jobs: threads, encoding: "auto", thresholdBytes: 0, onWorkers: (n) => (chosen = n), onFileDone: (done) => progress.push(done) });
      expect(chosen).toBe(threads);
      expect(parallel).toEqual(main);
      // Progress counts every file once, ending at the total.
      expect(progress.at(-1)).toBe(files.length);
      expect(progress.length).toBe(files.length + 1);
    }
  });

  it("keeps going past a file with a syntax error: that file fails, the others parse", async () => {
    const parsed = await parseFiles(files, { jobs: 2, encoding: "auto", thresholdBytes: 0 });
    const failed = parsed.filter((f) => f.failed).map((f) => f.file);
    expect(failed).toEqual(["src/p1/C17.java"]);
    expect(parsed.find((f) => f.file === "src/p1/C17.java")!.diagnostics.map((d) => d.code)).toContain("J2X1001");
    expect(parsed.filter((f) => f.unit).length).toBe(files.length);
  });

  it("chooses the main thread for --jobs 1, one file or a small input, and min(jobs, files) threads above the threshold", () => {
    expect(chooseWorkers(1e9, 100, 1, DEFAULT_PARALLEL_THRESHOLD_BYTES)).toBe(0);
    expect(chooseWorkers(1e9, 1, 4, DEFAULT_PARALLEL_THRESHOLD_BYTES)).toBe(0);
    expect(chooseWorkers(DEFAULT_PARALLEL_THRESHOLD_BYTES - 1, 100, 2, DEFAULT_PARALLEL_THRESHOLD_BYTES)).toBe(0);
    expect(chooseWorkers(DEFAULT_PARALLEL_THRESHOLD_BYTES, 100, 2, DEFAULT_PARALLEL_THRESHOLD_BYTES)).toBe(2);
    expect(chooseWorkers(1e9, 3, 8, 0)).toBe(3);
  });

  it("reads the threshold override from JAVA2X_PARALLEL_THRESHOLD", () => {
    const saved = process.env["JAVA2X_PARALLEL_THRESHOLD"];
    try {
      process.env["JAVA2X_PARALLEL_THRESHOLD"] = "0";
      expect(thresholdFromEnv()).toBe(0);
      process.env["JAVA2X_PARALLEL_THRESHOLD"] = "nonsense";
      expect(thresholdFromEnv()).toBeUndefined();
      delete process.env["JAVA2X_PARALLEL_THRESHOLD"];
      expect(thresholdFromEnv()).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env["JAVA2X_PARALLEL_THRESHOLD"];
      else process.env["JAVA2X_PARALLEL_THRESHOLD"] = saved;
    }
  });
});
