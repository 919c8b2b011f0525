// Coverage statistics: what counts as an expression and as typed, per file and in total; and the
// typed ratio on realistic service code.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { analyseSources } from "./helpers.js";

test("type and package names are not counted; unknown and opaque-receiver calls are untyped", () => {
  const a = analyseSources({
    "p/A.java": `package p;
import com.vendor.metrics.Meter;
class A {
  Meter log;
  int f() { log.info("x"); return java.util.Collections.emptyList().size() + Math.abs(1); }
}`,
    "p/B.java": `package p; class B { Object g() { return undefinedThing; } }`,
  });
  // A: log.info("x") [untyped], log, "x", emptyList() call, size() call, Math.abs(1), 1, the sum → 8 counted.
  expect(a.model.stats.byFile.get("p/A.java")).toEqual({ expressions: 8, typedExpressions: 7 });
  expect(a.model.stats.byFile.get("p/B.java")).toEqual({ expressions: 1, typedExpressions: 0 });
  expect(a.model.stats.expressions).toBe(9);
  expect(a.model.stats.typedExpressions).toBe(7);
});

test("realistic service code (Spring, MyBatis, Lombok, streams) is at least 97% typed", () => {
  const dir = new URL("./fixtures/order-service/com/acme/order/", import.meta.url).pathname;
  const sources: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) sources[`com/acme/order/${f}`] = readFileSync(join(dir, f), "utf8");
  const a = analyseSources(sources);
  const { expressions, typedExpressions } = a.model.stats;
  expect(expressions).toBeGreaterThan(400);
  expect(typedExpressions / expressions).toBeGreaterThanOrEqual(0.97);
  expect(a.model.diagnostics).toEqual([]);
});
