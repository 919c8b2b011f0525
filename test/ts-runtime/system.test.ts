// runMain / System.out buffering / System.exit in a child process, and the runtime type-checking without @types/node.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const run = (name: string) => spawnSync(process.execPath, ["--import", "tsx", fixture(name)], { encoding: "utf8" });

describe("runMain", () => {
  it("reports an escaping exception like the JVM and exits 1, after flushing stdout", () => {
    const r = run("throws.ts");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("line 0\nline 1\nline 2\nno newline");
    expect(r.stderr.split("\n")[0]).toBe('Exception in thread "main" java.lang.IllegalStateException: boom');
    expect(r.stderr).toMatch(/\n\tat /);
  });
  it("flushes large stdout and exits with System.exit's status", () => {
    const r = run("exits.ts");
    expect(r.status).toBe(3);
    const lines = r.stdout.split("\n");
    expect(lines.length).toBe(100002);
    expect(lines[99999]).toBe("99999");
    expect(lines[100000]).toBe("42");
    expect(r.stderr).toBe("err after out\n");
  });
  it("maps a TypeError from null access to NullPointerException", () => {
    const r = run("npe.ts");
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe('Exception in thread "main" java.lang.NullPointerException');
  });
});

describe("runtime sources", () => {
  it("type-check standalone: strict, noImplicitOverride, ES2022 lib, no @types/node", () => {
    const tsc = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));
    const r = spawnSync(process.execPath, [tsc, "-p", fixture("tsconfig.runtime.json")], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
