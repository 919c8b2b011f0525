// Configuration files: JSON and YAML load, paths resolve against the file, unknown keys and bad values are errors.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/project/config.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-config-"));
function write(name: string, text: string): string {
  fs.writeFileSync(path.join(dir, name), text);
  return name;
}

describe("loadConfig", () => {
  it("loads YAML and resolves path settings against the config file", () => {
    const file = write("java2x.config.yaml", "jobs: 2\nencoding: gbk\nexclude: ['**/gen/**']\nrules: [./packs/acme, spring]\naudit:\n  baseline: base.json\n  failOn: mandatory\n");
    const cfg = loadConfig(file, dir);
    expect(cfg.jobs).toBe(2);
    expect(cfg.encoding).toBe("gbk");
    expect(cfg.rules).toEqual([path.join(dir, "packs/acme"), "spring"]);
    expect(cfg.audit?.baseline).toBe(path.join(dir, "base.json"));
  });

  it("rejects unknown keys and bad values with a usage error naming them", () => {
    write("bad.json", JSON.stringify({ jobs: 0, convert: { taget: "go" }, encoding: "latin1" }));
    let err: unknown;
    try {
      loadConfig("bad.json", dir);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ exitCode: 2, diagnostic: { code: "J2X5002" } });
    expect((err as Error).message).toMatch(/unknown key "taget"/);
    expect((err as Error).message).toMatch(/\/encoding: must be one of auto, utf-8, gbk, gb18030/);
    expect((err as Error).message).toMatch(/\/jobs/);
  });

  it("reports unreadable and unparsable files as exit-2 errors", () => {
    expect(() => loadConfig("missing.json", dir)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/ENOENT/) }));
    write("broken.yaml", "jobs: [1\n");
    expect(() => loadConfig("broken.yaml", dir)).toThrow(expect.objectContaining({ exitCode: 2 }));
    write("dup.yaml", "jobs: 1\njobs: 2\n");
    expect(() => loadConfig("dup.yaml", dir)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});
