// The loader behind a generated src/config/config.ts (the config rule pack): merges the Java
// defaults, the service's application*.yml/.properties per profile, the key=value file named by
// JAVA2X_CONFIG_FILE and the environment (a.b-c is A_BC), in Spring Boot's order; converts values
// to the Java field's type; runs reload hooks. No @types/node: the host is reached structurally.

import { IllegalArgumentException, host } from "../runtime/index.js";

export interface ConfigSource {
  /** "" for every profile. */
  profile: string;
  values: Record<string, string>;
}

type Env = Record<string, string | undefined>;

interface ConfigHost {
  env?: Env;
  getBuiltinModule?: (id: string) => unknown;
}

function hostProcess(): ConfigHost | undefined {
  return host.process as unknown as ConfigHost | undefined;
}

/** Spring Boot's environment-variable form of a key: `order.max-items` → `ORDER_MAXITEMS`. */
export function envName(key: string): string {
  return key.replace(/\./g, "_").replace(/-/g, "").toUpperCase();
}

/** Replaces each `${key:default}` by the key's value, the environment's, or the default; unknown ones stay as written. */
function resolve(values: Record<string, string>, env: Env, s: string): string {
  return s.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (whole, key: string, def: string | undefined) => values[key] ?? env[envName(key)] ?? def ?? whole);
}

function readProperties(path: string, into: Record<string, string>): void {
  const fs = hostProcess()?.getBuiltinModule?.("node:fs") as { readFileSync(p: string, enc: string): string } | undefined;
  if (!fs) throw new IllegalArgumentException(`config: cannot read ${path} on this host`);
  for (const raw of fs.readFileSync(path, "utf8").split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const at = line.search(/[=:]/);
    if (at > 0) into[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
}

/** The text of every key: Java defaults < default-profile files < active profiles < JAVA2X_CONFIG_FILE < environment. */
export function configValues(javaDefaults: Record<string, string>, files: readonly ConfigSource[], env: Env = hostProcess()?.env ?? {}): Record<string, string> {
  const v: Record<string, string> = { ...javaDefaults };
  const merge = (profile: string): void => {
    for (const f of files) if (f.profile === profile) Object.assign(v, f.values);
  };
  merge("");
  const active = env["SPRING_PROFILES_ACTIVE"] ?? resolve(v, env, v["spring.profiles.active"] ?? "");
  for (const p of active.split(",")) if (p.trim()) merge(p.trim());
  const file = env["JAVA2X_CONFIG_FILE"];
  if (file) readProperties(file, v);
  for (const k of Object.keys(v)) {
    const e = env[envName(k)];
    if (e !== undefined) v[k] = e;
  }
  const out: Record<string, string> = {};
  for (const k of Object.keys(v)) out[k] = resolve(v, env, v[k]!);
  return out;
}

export type ConfigKind = "string" | "int" | "long" | "boolean" | "double" | "list";
type ConfigOf<K extends ConfigKind> = K extends "string" ? string : K extends "int" | "double" ? number : K extends "long" ? bigint : K extends "boolean" ? boolean : string[];

/** A key's value converted as Spring's conversion service would; a missing key or a bad number throws IllegalArgumentException. */
export function configValue<K extends ConfigKind>(values: Record<string, string>, key: string, kind: K): ConfigOf<K> {
  const text = values[key];
  if (text === undefined) throw new IllegalArgumentException(`Could not resolve placeholder '${key}'`);
  const bad = (): never => {
    throw new IllegalArgumentException(`config: ${key}=${JSON.stringify(text)} is not a valid ${kind}`);
  };
  const t = text.trim();
  switch (kind) {
    case "string":
      return text as ConfigOf<K>;
    case "boolean":
      return (t.toLowerCase() === "true") as ConfigOf<K>;
    case "int":
      return (/^[+-]?\d+$/.test(t) && Math.abs(Number(t)) <= 2 ** 31 ? Number(t) | 0 : bad()) as ConfigOf<K>;
    case "long":
      return (/^[+-]?\d+$/.test(t) ? BigInt.asIntN(64, BigInt(t)) : bad()) as ConfigOf<K>;
    case "double":
      return (t !== "" && !Number.isNaN(Number(t)) ? Number(t) : bad()) as ConfigOf<K>;
    default:
      return (t === "" ? [] : t.split(",").map((x) => x.trim())) as ConfigOf<K>;
  }
}

/** The reload hook of a generated configuration (what @RefreshScope / Nacos autoRefreshed did). */
export class ConfigReload<T> {
  private readonly hooks: ((config: T) => void)[] = [];

  on(f: (config: T) => void): void {
    this.hooks.push(f);
  }

  /** Loads again and, when that succeeds, hands the result to every hook in registration order. */
  run(load: () => T): T {
    const config = load();
    for (const f of this.hooks) f(config);
    return config;
  }
}
