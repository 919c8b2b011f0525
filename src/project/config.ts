// Loads and validates java2x.config.json / .yaml: a typo in a config key is an error (exit 2),
// never a silently ignored setting. Paths in the file are relative to the file's directory.

import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import YAML from "yaml";
import { Java2xError } from "./errors.js";

export const ENCODINGS = ["auto", "utf-8", "gbk", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];
export const TARGETS = ["go", "ts"] as const;
export type TargetId = (typeof TARGETS)[number];
export const REPORT_FORMATS = ["json", "md", "html", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface Java2xConfig {
  jobs?: number;
  encoding?: Encoding;
  exclude?: string[];
  /** Rule pack directories (absolute after loading) or rule pack ids. */
  rules?: string[];
  logFormat?: "text" | "json";
  progress?: boolean;
  convert?: { target?: TargetId; out?: string; module?: string; report?: ReportFormat[] };
  audit?: { out?: string; format?: ReportFormat[]; failOn?: string; baseline?: string; services?: string };
}

const stringList = { type: "array", items: { type: "string", minLength: 1 } };
const formatList = { type: "array", items: { enum: REPORT_FORMATS }, minItems: 1, uniqueItems: true };

const configSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    jobs: { type: "integer", minimum: 1, maximum: 256 },
    encoding: { enum: ENCODINGS },
    exclude: stringList,
    rules: stringList,
    logFormat: { enum: ["text", "json"] },
    progress: { type: "boolean" },
    convert: {
      type: "object",
      additionalProperties: false,
      properties: {
        target: { enum: TARGETS },
        out: { type: "string", minLength: 1 },
        module: { type: "string", minLength: 1 },
        report: formatList,
      },
    },
    audit: {
      type: "object",
      additionalProperties: false,
      properties: {
        out: { type: "string", minLength: 1 },
        format: formatList,
        failOn: { type: "string", minLength: 1 },
        baseline: { type: "string", minLength: 1 },
        services: { type: "string", minLength: 1 },
      },
    },
  },
} as const;

const validate = new Ajv2020({ allErrors: true, strict: true }).compile<Java2xConfig>(configSchema);

/** Reads, parses and validates `file` (resolved against `cwd`); path-valued settings come back absolute. */
export function loadConfig(file: string, cwd: string): Java2xConfig {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, "utf8");
  } catch (e) {
    throw new Java2xError("J2X5003", { what: "the configuration file", file, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(abs) ? YAML.parse(text, { uniqueKeys: true }) : JSON.parse(text);
  } catch (e) {
    throw new Java2xError("J2X5002", { file, detail: (e as Error).message.split("\n")[0]! });
  }
  if (!validate(data)) {
    const detail = (validate.errors ?? [])
      .map((err) => {
        const where = err.instancePath || "(top level)";
        if (err.keyword === "additionalProperties") return `${where}: unknown key "${String(err.params["additionalProperty"])}"`;
        if (err.keyword === "enum") return `${where}: must be one of ${(err.params["allowedValues"] as string[]).join(", ")}`;
        return `${where}: ${err.message ?? err.keyword}`;
      })
      .join("; ");
    throw new Java2xError("J2X5002", { file, detail });
  }
  const dir = path.dirname(abs);
  const rel = (p: string | undefined): string | undefined => (p === undefined ? undefined : path.resolve(dir, p));
  const config: Java2xConfig = { ...data };
  // A rule entry that looks like a path is a pack directory; anything else is a pack id.
  if (data.rules) config.rules = data.rules.map((r) => (/^[.~/]|[\\/]/.test(r) ? path.resolve(dir, r) : r));
  if (data.convert) config.convert = { ...data.convert, out: rel(data.convert.out) };
  if (data.audit) config.audit = { ...data.audit, out: rel(data.audit.out), baseline: rel(data.audit.baseline), services: rel(data.audit.services) };
  return config;
}
