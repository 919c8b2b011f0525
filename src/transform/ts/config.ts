// Lowers the config pack's facts (`config-key`, `config-file`; see ../go/config.ts for Go) to the
// TS module src/config/config.ts: a typed Config interface, loadConfig() (the jrtx loader: Java
// defaults < files < active profiles < JAVA2X_CONFIG_FILE < environment), values(), and the
// onReload/reload hook for refreshable values.

import * as ts from "../../ir/ts.js";
import { configFiles, configKeys, configMemberName, hasConfig } from "../config-facts.js";
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

function stringRecord(values: Record<string, string>): ts.Expr {
  return ts.object(Object.fromEntries(Object.keys(values).sort().map((k) => [k, ts.str(values[k]!)])));
}

const jrtx = (name: string): ts.Expr => ts.prop("jrtx", name);

/** The config module, or undefined when no rule stated configuration. */
export function configModule(facts: readonly RuleFact[]): { path: string; module: ts.Module } | undefined {
  if (!hasConfig(facts)) return undefined;
  const taken = new Set<string>();
  const sorted = configKeys(facts).map((k) => ({ ...k, name: configMemberName(k.key, false, taken) }));
  const kindOf = (javaType: string) => KINDS[javaType] ?? { kind: "string", type: ts.kw("string") };
  const members = sorted.map((k) =>
    ts.propSig(k.name, kindOf(k.javaType).type, { doc: [`${k.key}: ${k.users.join(", ")}${KINDS[k.javaType] ? "" : ` (Java ${k.javaType}, kept as text)`}${k.refreshable ? "; refreshable" : ""}`] }),
  );
  const javaDefaults: Record<string, string> = {};
  for (const k of sorted) if (k.default !== null) javaDefaults[k.key] = k.default;
  const files = configFiles(facts).map((d) => ts.object({ profile: ts.str(d.profile), values: stringRecord(d.values) }));
  const config = ts.typeRef("Config");
  const body: ts.Module["body"] = [
    ts.interfaceDecl("Config", members, { exported: true, doc: ["Every key the Java code reads, typed as the Java field was."] }),
    ts.varStmt("const", "javaDefaults", stringRecord(javaDefaults), ts.typeRef("Record", ts.kw("string"), ts.kw("string")), { doc: ["The defaults written in the Java: @Value(\"${key:default}\"), property initialisers."] }),
    ts.varStmt("const", "files", ts.array(...files), ts.arrayOf(ts.typeRef("jrtx.ConfigSource")), { doc: ["The service's application*.yml/.properties documents per profile (\"\" for all)."] }),
    ts.varStmt("const", "refreshable", ts.array(...sorted.filter((k) => k.refreshable).map((k) => ts.str(k.key))), ts.arrayOf(ts.kw("string")), {
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
        ts.ret(ts.object(Object.fromEntries(sorted.map((k) => [k.name, ts.call(jrtx("configValue"), ts.id("v"), ts.str(k.key), ts.str(kindOf(k.javaType).kind))])))),
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
