// The Go emitter creates JDK throwables only when the runtime declares them (JRT_THROWABLES):
// every name it lists must have a constructor in jrt, or `new X(msg)` would not build.

import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { JRT_THROWABLES } from "../../src/transform/go/jdk.js";

const JRT = path.join(import.meta.dirname, "../../src/emit/go/runtime/jrt");

test("every throwable the emitter creates has NewX(msg) in jrt", () => {
  const src = fs
    .readdirSync(JRT)
    .filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"))
    .map((f) => fs.readFileSync(path.join(JRT, f), "utf8"))
    .join("\n");
  const missing = [...JRT_THROWABLES].filter((n) => !src.includes(`func New${n}(msg string) *${n} {`));
  expect(missing).toEqual([]);
});
