// Validates a report against schema/java2x-report.schema.json with ajv; returns the errors (empty when valid).

import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";

const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../schema/java2x-report.schema.json"), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

export function validateReport(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}
