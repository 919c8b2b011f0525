// The config pack's facts as both back ends read them (../go/config.ts, ../ts/config.ts):
// `config-key` facts merged per key (several classes may read one key), `config-file` facts in
// order. The vocabulary is in docs/writing-rules.md.

import type { RuleFact } from "./rules/engine.js";

export interface ConfigKey {
  key: string;
  /** The Java type of the first field or parameter reading the key (`int`, `java.util.List<java.lang.String>`). */
  javaType: string;
  /** The first default written in the Java, or null. */
  default: string | null;
  refreshable: boolean;
  /** `Owner.member` of every reader, in fact order. */
  users: string[];
}

export interface ConfigFile {
  file: string;
  /** "" for every profile. */
  profile: string;
  values: Record<string, string>;
}

/** Whether the facts describe any configuration. */
export function hasConfig(facts: readonly RuleFact[]): boolean {
  return facts.some((f) => f.kind === "config-key" || f.kind === "config-file");
}

/** Every key read by the Java, sorted by key. */
export function configKeys(facts: readonly RuleFact[]): ConfigKey[] {
  const keys = new Map<string, ConfigKey>();
  for (const f of facts.filter((x) => x.kind === "config-key")) {
    const d = f.data as { key: string; default: string | null; type: string; refreshable: boolean; owner: string; member: string };
    const user = d.member ? `${d.owner}.${d.member}` : d.owner;
    const known = keys.get(d.key);
    if (!known) {
      keys.set(d.key, { key: d.key, javaType: d.type, default: d.default, refreshable: d.refreshable, users: [user] });
      continue;
    }
    known.refreshable ||= d.refreshable;
    known.default ??= d.default;
    if (!known.users.includes(user)) known.users.push(user);
  }
  return [...keys.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function configFiles(facts: readonly RuleFact[]): ConfigFile[] {
  return facts.filter((x) => x.kind === "config-file").map((f) => f.data as unknown as ConfigFile);
}

/** `order.limit.per-user-per-minute` → `OrderLimitPerUserPerMinute` (Go) / `orderLimitPerUserPerMinute` (TS), unique in `taken`. */
export function configMemberName(key: string, exported: boolean, taken: Set<string>): string {
  const parts = key.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p.charAt(0).toUpperCase() + p.slice(1));
  let name = parts.join("");
  if (!/^[A-Za-z]/.test(name)) name = "K" + name;
  if (!exported) name = name.charAt(0).toLowerCase() + name.slice(1);
  while (taken.has(name)) name += "_";
  taken.add(name);
  return name;
}
