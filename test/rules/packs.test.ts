// Every built-in pack through the rule tester (src/pipeline/rule-tester.ts): items, expected.go /
// expected.ts, builds, idempotence and markers per fixture (J2X_UPDATE=1 rewrites the
// expectations), and the pack conventions: README and fixtures per rule, unique ids, valid meta.
// A pack that does not load fails here with the loader's message.

import { beforeAll, describe, expect, it } from "vitest";
import { testRulePacks, type CaseResult } from "../../src/index.js";
import { builtInPackDirs, loadPack, type LoadedPack } from "../../src/transform/rules/index.js";

const packs: LoadedPack[] = await Promise.all(builtInPackDirs().map((dir) => loadPack(dir, true)));
let results: CaseResult[] = [];
beforeAll(async () => {
  results = await testRulePacks(packs, { update: Boolean(process.env.J2X_UPDATE) });
}, 600_000);

describe("built-in rule packs", () => {
  it("has the packs of the domain table, with unique rule ids", () => {
    expect(packs.map((p) => p.manifest.id)).toEqual(["concurrency", "config", "dubbo", "generics", "logging", "lombok", "mybatis", "seata", "spring-beans", "spring-web"]);
    const ids = packs.flatMap((p) => p.rules.map((r) => r.module.meta.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const pack of packs) {
    describe(pack.manifest.id, () => {
      for (const rule of pack.rules) {
        it(rule.module.meta.id, () => {
          const mine = results.filter((r) => r.rule === rule.module.meta.id);
          expect(mine.length, "the tester ran no fixture of this rule").toBeGreaterThan(0);
          const failures = mine.filter((r) => !r.ok).map((f) => `${f.name}: ${f.problems.join("\n")}`);
          expect(failures, "a change you meant? J2X_UPDATE=1 npx vitest run test/rules/packs.test.ts rewrites the expectations; read the diff").toEqual([]);
        });
      }
    });
  }
});
