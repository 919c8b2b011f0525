// Several files declaring one FQN (independent programs, or services in a monorepo): every
// declaration is kept under its own identity and names resolve to the nearest declaration.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { Ref } from "../../src/semantic/index.js";
import { analyseSources, findExpr, typeAt } from "./helpers.js";

function fixture() {
  const root = new URL("./fixtures/duplicates/", import.meta.url).pathname;
  const sources: Record<string, string> = {};
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".java")).sort();
  for (const f of files) sources[f] = readFileSync(join(root, f), "utf8");
  return analyseSources(sources);
}

function methodOwner(ref: Ref | undefined): string | undefined {
  return ref?.kind === "method" ? ref.method.owner : undefined;
}

test("every declaration of a duplicated FQN is kept and all code is typed", () => {
  const a = fixture();
  expect(a.model.stats.typedExpressions).toBe(a.model.stats.expressions);
  const mains = a.model.sourceTypes().filter((t) => (t.declaredFqn ?? t.fqn) === "Main");
  expect(mains.map((t) => [t.fqn, t.file])).toEqual([
    ["Main", "alpha/Main.java"],
    ["Main$2", "beta/Main.java"],
  ]);
  expect(mains[1].declaredFqn).toBe("Main");
  expect(mains[1].name).toBe("Main");
  expect(mains[1].pkg).toBe("");
  // Member types follow their outer declaration.
  expect(mains[1].nested).toEqual(["Main$2.Counter"]);
  expect(a.model.lookupType("Main$2.Counter")?.declaredFqn).toBe("Main.Counter");
  expect(a.model.declarationsOf("Main").map((t) => t.fqn)).toEqual(["Main", "Main$2"]);
  expect(a.model.declarationsOf("com.acme.config.WebConfig").map((t) => t.file)).toEqual([
    "svc-a/com/acme/config/WebConfig.java",
    "svc-b/com/acme/config/WebConfig.java",
  ]);
  expect(a.model.declarationsOf("Helper").map((t) => t.fqn)).toEqual(["Helper"]);
});

test("names resolve to the declaration sharing the longest directory prefix", () => {
  const a = fixture();
  expect(typeAt(a, "new Counter().next().next()")).toBe("Main.Counter");
  expect(typeAt(a, "new Counter().describe()")).toBe("java.lang.String");
  expect(methodOwner(a.model.symbolOf(findExpr(a, "Main.beta(s)")))).toBe("Main$2");
  expect(typeAt(a, "c.describe().length()")).toBe("int");
  expect(methodOwner(a.model.symbolOf(findExpr(a, "cfg.port()")))).toBe("com.acme.config.WebConfig");
  expect(methodOwner(a.model.symbolOf(findExpr(a, "cfg.contextPath()")))).toBe("com.acme.config.WebConfig$2");
  expect(a.model.lookupType("Main")?.file).toBe("alpha/Main.java");
  expect(a.model.lookupType("Main", "beta/Helper.java")?.file).toBe("beta/Main.java");
  expect(a.model.lookupType("com.acme.config.WebConfig", "svc-b/com/acme/web/Controller.java")?.fqn).toBe("com.acme.config.WebConfig$2");
  // From elsewhere, the first declaration in file order.
  expect(a.model.lookupType("Main", "other/X.java")?.fqn).toBe("Main");
});

test("one info diagnostic per duplicated top-level FQN", () => {
  const a = fixture();
  expect(a.model.diagnostics.map((d) => [d.code, d.severity, d.file, d.message])).toEqual([
    ["J2X2004", "info", "alpha/Main.java", "type Main is declared in 2 places; references resolve to the nearest declaration"],
    ["J2X2004", "info", "svc-a/com/acme/config/WebConfig.java", "type com.acme.config.WebConfig is declared in 2 places; references resolve to the nearest declaration"],
    ["J2X2004", "info", "svc-a/com/acme/web/Controller.java", "type com.acme.web.Controller is declared in 2 places; references resolve to the nearest declaration"],
  ]);
});

test("a single declaration keeps its plain FQN and no diagnostic", () => {
  const a = analyseSources({ "x/Main.java": "public class Main { int f() { return 1; } }" });
  expect(a.model.sourceTypes().map((t) => [t.fqn, t.declaredFqn])).toEqual([["Main", undefined]]);
  expect(a.model.diagnostics).toEqual([]);
});
