// Validates reports against schema/java2x-report.schema.json and SARIF logs against the vendored SARIF 2.1.0 schema, with ajv; returns the errors (empty when valid).

import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";

const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../schema/java2x-report.schema.json"), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

export function validateReport(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}

// The vendored SARIF schema is draft-04 (`id`, draft-04 `$schema`); with those two keywords removed it
// compiles under ajv's draft-07 default with the same rules. Formats (uri, date-time) are not checked, and one of its
// patterns is only valid without the regex `u` flag.
const sarifSchema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../schema/sarif-2.1.0-rtm.5.schema.json"), "utf8")) as Record<string, unknown>;
delete sarifSchema["$schema"];
delete sarifSchema["id"];
const validateSarifLog = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);

export function validateSarif(log: unknown): string[] {
  return validateSarifLog(log) ? [] : (validateSarifLog.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}
