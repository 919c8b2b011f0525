// Support for the composition root java2x generates from Spring bean facts (src/app/app.ts):
// @Value lookups and the step runner that lets the other beans build when one fails.

/** Explicit property values; otherwise the environment (Spring's relaxed names), then the default. */
export interface SpringConfig {
  values?: Record<string, string>;
}

declare const process: { env: Record<string, string | undefined> } | undefined;

function lookup(cfg: SpringConfig, key: string): string | undefined {
  const explicit = cfg.values?.[key];
  if (explicit !== undefined) return explicit;
  const env = typeof process === "undefined" ? undefined : process.env;
  return env?.[key.toUpperCase().replace(/\./g, "_").replace(/-/g, "")];
}

/** The text of a @Value expression with each ${key:default} placeholder resolved. */
export function resolveValue(cfg: SpringConfig, expr: string): string {
  return expr.replace(/\$\{([^}:]*)(?::([^}]*))?\}/g, (_, key: string, def: string | undefined) => {
    const v = lookup(cfg, key);
    if (v !== undefined) return v;
    if (def !== undefined) return def;
    throw new Error(`Could not resolve placeholder '${key}' in value "${expr}"`);
  });
}

/** How a @Value is converted: Java's int/short/byte/double… are numbers, long a bigint. */
export type ValueKind = "string" | "number" | "bigint" | "boolean";

export function configValue(cfg: SpringConfig, expr: string, kind: "string"): string;
export function configValue(cfg: SpringConfig, expr: string, kind: "number"): number;
export function configValue(cfg: SpringConfig, expr: string, kind: "bigint"): bigint;
export function configValue(cfg: SpringConfig, expr: string, kind: "boolean"): boolean;
export function configValue(cfg: SpringConfig, expr: string, kind: ValueKind): string | number | bigint | boolean {
  const text = resolveValue(cfg, expr);
  switch (kind) {
    case "number": {
      const n = Number(text.trim());
      if (Number.isNaN(n)) throw new Error(`For input string: "${text}"`);
      return n;
    }
    case "bigint":
      return BigInt(text.trim());
    case "boolean":
      return text.trim().toLowerCase() === "true";
    default:
      return text;
  }
}

/**
 * Runs one step of the composition root (a bean, an init or destroy method); a throw is recorded
 * in `failures` and the other steps still run (Spring would refuse to start).
 */
export function beanStep(failures: string[], name: string, step: () => void): void {
  try {
    step();
  } catch (e) {
    failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A stand-in for an interface nothing in the project implements: every method throws with the item id. */
export function unimplemented<T>(id: string, fqn: string): T {
  return new Proxy(
    {},
    {
      get: (_target, member) => () => {
        throw new Error(`java2x: ${id} ${fqn}.${String(member)} has no implementation in the project`);
      },
    },
  ) as T;
}
