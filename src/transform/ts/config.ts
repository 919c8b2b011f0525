// Lowers the config pack's facts (`config-key`, `config-file`; see ../go/config.ts for Go) to the
// TS module src/config/config.ts: a typed Config interface, loadConfig() (the jrtx loader: Java
// defaults < files < active profiles < JAVA2X_CONFIG_FILE < environment), values(), and the
// onReload/reload hook for refreshable values.

import * as ts from "../../ir/ts.js";
import type { RuleFact } from "../rules/engine.js";

export const CONFIG_MODULE = "config/config.ts";

/** The jrtx conversion kind and TS type of a Java field type; other types are kept as text. */
const KINDS: Record<string, { kind: string; type: ts.Type }> = {
  "java.lang.String": { kind: "string", type: ts.kw("string") },
  int: { kind: "int", type: ts.kw("number") },
  "java.lang.Integer": { kind: "int", type: ts.kw("number") },
  long: { kind: "long", type: ts.kw("bigint") },
  "java.lang.Long": { kind: "long", type: ts.kw("bigint") },
  boolean: { kind: "boolean", type: ts.kw("boolean") },
  "java.lang.Boolean": { kind: "boolean", type: ts.kw("boolean") },
  double: { kind: "double", type: ts.kw("number") },
  "java.lang.Double": { kind: "double", type: ts.kw("number") },
  "java.util.List<java.lang.String>": { kind: "list", type: ts.arrayOf(ts.kw("string")) },
};

/** `order.limit.per-user-per-minute` → `orderLimitPerUserPerMinute`. */
function propertyName(key: string, taken: Set<string>): string {
  const parts = key.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let name = parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join("");
  if (!/^[A-Za-z]/.test(name)) name = "k" + name;
  while (taken.has(name)) name += "_";
  taken.add(name);
  return name;
}

function stringRecord(values: Record<string, string>): ts.Expr {
  return ts.object(Object.fromEntries(Object.keys(values).sort().map((k) => [k, ts.str(values[k]!)])));
}

const jrtx = (name: string): ts.Expr => ts.prop("jrtx", name);

/** The config module, or undefined when no rule stated configuration. */
export function configModule(facts: readonly RuleFact[]): { path: string; module: ts.Module } | undefined {
  if (!facts.some((f) => f.kind === "config-key" || f.kind === "config-file")) return undefined;
  const keys = new Map<string, { name: string; javaType: string; default: string | null; refreshable: boolean; users: string[] }>();
  const taken = new Set<string>();
  for (const f of facts.filter((x) => x.kind === "config-key")) {
    const d = f.data as { key: string; default: string | null; type: string; refreshable: boolean; owner: string; member: string };
    const user = d.member ? `${d.owner}.${d.member}` : d.owner;
    const known = keys.get(d.key);
    if (known) {
      known.refreshable ||= d.refreshable;
      known.default ??= d.default;
      if (!known.users.includes(user)) known.users.push(user);
    } else keys.set(d.key, { name: propertyName(d.key, taken), javaType: d.type, default: d.default, refreshable: d.refreshable, users: [user] });
  }
  const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kindOf = (javaType: string) => KINDS[javaType] ?? { kind: "string", type: ts.kw("string") };
  const members = sorted.map(([key, k]) =>
    ts.propSig(k.name, kindOf(k.javaType).type, { doc: [`${key}: ${k.users.join(", ")}${KINDS[k.javaType] ? "" : ` (Java ${k.javaType}, kept as text)`}${k.refreshable ? "; refreshable" : ""}`] }),
  );
  const javaDefaults: Record<string, string> = {};
  for (const [key, k] of sorted) if (k.default !== null) javaDefaults[key] = k.default;
  const files = facts
    .filter((x) => x.kind === "config-file")
    .map((f) => {
      const d = f.data as { profile: string; values: Record<string, string> };
      return ts.object({ profile: ts.str(d.profile), values: stringRecord(d.values) });
    });
  const config = ts.typeRef("Config");
  const body: ts.Module["body"] = [
    ts.interfaceDecl("Config", members, { exported: true, doc: ["Every key the Java code reads, typed as the Java field was."] }),
    ts.varStmt("const", "javaDefaults", stringRecord(javaDefaults), ts.typeRef("Record", ts.kw("string"), ts.kw("string")), { doc: ["The defaults written in the Java: @Value(\"${key:default}\"), property initialisers."] }),
    ts.varStmt("const", "files", ts.array(...files), ts.arrayOf(ts.typeRef("jrtx.ConfigSource")), { doc: ["The service's application*.yml/.properties documents per profile (\"\" for all)."] }),
    ts.varStmt("const", "refreshable", ts.array(...sorted.filter(([, k]) => k.refreshable).map(([key]) => ts.str(key))), ts.arrayOf(ts.kw("string")), {
      exported: true,
      doc: ["The keys the Java reloaded at run time (@NacosValue(autoRefreshed = true), @RefreshScope): call reload() when they change."],
    }),
    ts.functionDecl("values", [], ts.typeRef("Record", ts.kw("string"), ts.kw("string")), [ts.ret(ts.call(jrtx("configValues"), ts.id("javaDefaults"), ts.id("files")))], {
      exported: true,
      doc: ["The text of every key: Java defaults < application.yml < active profiles < JAVA2X_CONFIG_FILE < environment (A_B for a.b)."],
    }),
    ts.functionDecl(
      "loadConfig",
      [],
      config,
      [
        ts.varStmt("const", "v", ts.call(ts.id("values"))),
        ts.ret(ts.object(Object.fromEntries(sorted.map(([key, k]) => [k.name, ts.call(jrtx("configValue"), ts.id("v"), ts.str(key), ts.str(kindOf(k.javaType).kind))])))),
      ],
      { exported: true, doc: ["The typed configuration; a required key without a value, or one that does not convert, throws IllegalArgumentException."] },
    ),
    ts.varStmt("const", "reloads", ts.newExpr(ts.id("jrtx.ConfigReload"), [], [config])),
    ts.functionDecl("onReload", [ts.param("f", ts.fnType([ts.param("config", config)], ts.kw("void")))], ts.kw("void"), [ts.exprStmt(ts.call(ts.prop("reloads", "on"), ts.id("f")))], {
      exported: true,
      doc: ["Registers f to receive the configuration after each reload() (the hook for refreshable values)."],
    }),
    ts.functionDecl("reload", [], config, [ts.ret(ts.call(ts.prop("reloads", "run"), ts.id("loadConfig")))], {
      exported: true,
      doc: ["Loads the configuration again (a file, the environment or a Nacos/etcd watch changed) and runs the onReload hooks."],
    }),
  ];
  return { path: CONFIG_MODULE, module: ts.module([ts.importDecl("../jrtx/index.js", [], { namespace: "jrtx" })], body) };
}
