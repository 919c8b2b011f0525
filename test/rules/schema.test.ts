// schema/rule.schema.json is generated from src/transform/rules/yaml-types.ts; this test fails when
// it is stale and rewrites it with J2X_UPDATE=1. ts-json-schema-generator (a dev dependency) reads
// the TS types, so the YAML format cannot drift from the types the loader and rules use.

import fs from "node:fs";
import path from "node:path";
import { createGenerator } from "ts-json-schema-generator";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const schemaFile = path.join(root, "schema/rule.schema.json");

export function generateRuleSchema(): string {
  const schema = createGenerator({
    path: path.join(root, "src/transform/rules/yaml-types.ts"),
    tsconfig: path.join(root, "tsconfig.json"),
    type: "RulePackFiles",
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema("RulePackFiles");
  return `${JSON.stringify({ $comment: "Generated from src/transform/rules/yaml-types.ts by test/rules/schema.test.ts (J2X_UPDATE=1); do not edit.", ...schema }, null, 2)}\n`;
}

it("schema/rule.schema.json matches the TypeScript types", () => {
  const fresh = generateRuleSchema();
  if (process.env.J2X_UPDATE) fs.writeFileSync(schemaFile, fresh);
  expect(fs.readFileSync(schemaFile, "utf8"), "stale schema: run J2X_UPDATE=1 npx vitest run test/rules/schema.test.ts").toBe(fresh);
}, 120_000);
