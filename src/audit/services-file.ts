// Loads the --services file (YAML or JSON): business data per service and optional scoring
// overrides. Business impact is what a static tool cannot see, so it only ever comes from here.

import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import YAML from "yaml";
import { Java2xError } from "../project/errors.js";
import type { ScoringConfig } from "./scoring.js";

export interface ServiceBusiness {
  /** Peak orders (or requests) per second at the busiest hour. */
  peakOrdersPerSecond?: number;
  /** How far the service is from its SLA, on any scale used consistently across the file (e.g. missing nines, or % points). */
  slaGap?: number;
  /** A direct business score, 0–100; wins over the two above. */
  businessScore?: number;
}

export interface ServicesFile {
  services: Record<string, ServiceBusiness>;
  scoring?: Partial<ScoringConfig>;
}

const nonNegative = { type: "number", minimum: 0 };
const schema = {
  type: "object",
  additionalProperties: false,
  required: ["services"],
  properties: {
    services: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: { peakOrdersPerSecond: nonNegative, slaGap: nonNegative, businessScore: { type: "number", minimum: 0, maximum: 100 } },
        anyOf: [{ required: ["businessScore"] }, { required: ["peakOrdersPerSecond", "slaGap"] }],
      },
    },
    scoring: {
      type: "object",
      additionalProperties: false,
      properties: {
        weights: {
          type: "object",
          additionalProperties: false,
          properties: { business: nonNegative, techDebt: nonNegative, dependency: nonNegative },
        },
        tiers: { type: "object", additionalProperties: false, properties: { s: { type: "number", minimum: 0, maximum: 100 }, a: { type: "number", minimum: 0, maximum: 100 } } },
        hoursPerPoint: { type: "number", exclusiveMinimum: 0 },
        blockerWeight: nonNegative,
      },
    },
  },
} as const;

// strictRequired is off: `anyOf` branches name properties declared one level up, which is the point of them.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile<ServicesFile>(schema);

export function loadServicesFile(file: string, cwd: string): ServicesFile {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, "utf8");
  } catch (e) {
    throw new Java2xError("J2X5003", { what: "the services file", file, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(abs) ? JSON.parse(text) : YAML.parse(text, { uniqueKeys: true });
  } catch (e) {
    throw new Java2xError("J2X5020", { file, detail: (e as Error).message.split("\n")[0]! });
  }
  if (!validate(data)) {
    const detail = (validate.errors ?? []).map((err) => `${err.instancePath || "(top level)"}: ${err.message ?? err.keyword}`).join("; ");
    throw new Java2xError("J2X5020", { file, detail });
  }
  return data;
}

/**
 * Business impact per service name, 0–100: `businessScore` as given, else peak orders/s × SLA gap
 * over the largest such product in the file. Names the file does not mention are absent (unknown).
 */
export function businessScores(file: ServicesFile): Map<string, number> {
  const products = new Map<string, number>();
  for (const [name, b] of Object.entries(file.services)) {
    if (b.businessScore === undefined) products.set(name, b.peakOrdersPerSecond! * b.slaGap!);
  }
  const max = Math.max(0, ...products.values());
  const out = new Map<string, number>();
  for (const [name, b] of Object.entries(file.services)) {
    const raw = b.businessScore ?? (max > 0 ? (100 * products.get(name)!) / max : 0);
    out.set(name, Math.round(raw * 10) / 10);
  }
  return out;
}
