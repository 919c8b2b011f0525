// Runs every built-in pack's fixtures through the rule tester (J2X_UPDATE=1 rewrites
// expected-items.json), and checks the pack conventions: README and fixtures per rule, unique
// ids, valid meta. A pack that does not load fails here with the loader's message.

import { describe, expect, it } from "vitest";
import { builtInPackDirs, loadPack, testRule, type LoadedPack } from "../../src/transform/rules/index.js";

const packs: LoadedPack[] = await Promise.all(builtInPackDirs().map((dir) => loadPack(dir, true)));
const update = Boolean(process.env.J2X_UPDATE);

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
          const failures = testRule(rule, { update }).filter((r) => !r.ok);
          expect(failures.map((f) => `${f.name}: ${f.detail}`)).toEqual([]);
        });
      }
    });
  }
});
