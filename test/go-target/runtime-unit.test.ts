// The Go runtime's own unit tests (src/emit/go/runtime/jrt/*_test.go: golden outputs produced by
// JDK 17, collection semantics, transactions…) with `go vet` and `gofmt`, so the support code every
// emitted module embeds is checked where it is written, not only through the differential suite.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "./harness.js";

const runtimeDir = path.join(repoRoot, "src/emit/go/runtime");

describe("Go runtime (jrt)", () => {
  it("passes go test and go vet, and is gofmt-clean", async () => {
    await run("go", ["test", "./..."], { cwd: runtimeDir });
    await run("go", ["vet", "./..."], { cwd: runtimeDir });
    const { stdout } = await run("gofmt", ["-l", "."], { cwd: runtimeDir });
    expect(stdout).toBe("");
  }, 300_000);
});
