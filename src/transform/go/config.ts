// Lowers the config pack's facts to Go: `config-key` (a key the Java reads through @Value,
// @NacosValue or @ConfigurationProperties, with its Java type, default and whether it refreshes)
// and `config-file` (application*.yml/.properties flattened per profile) become the package
// internal/config: a typed Config struct, LoadConfig (Java defaults < files < active profiles <
// JAVA2X_CONFIG_FILE < environment, in jrt/config.go), Values for the composition root's @Value
// lookups, and a reload hook (OnReload/Reload) for refreshable values.

import * as go from "../../ir/go.js";
import { configFiles, configKeys, configMemberName, hasConfig } from "../config-facts.js";
import type { RuleFact } from "../rules/engine.js";
import type { Program } from "./context.js";
import { Imports, type Scope } from "./types.js";
import { referencedPackages } from "./irutil.js";

export const CONFIG_DIR = "internal/config";

/** Whether the facts describe any configuration (the composition root then reads config.MustValues). */
export { hasConfig };

/** Go types jrt.ConfigValue converts to, by the Java type of the injected field. */
const GO_TYPES: Record<string, string> = {
  "java.lang.String": "string",
  int: "int32",
  "java.lang.Integer": "int32",
  long: "int64",
  "java.lang.Long": "int64",
  boolean: "bool",
  "java.lang.Boolean": "bool",
  double: "float64",
  "java.lang.Double": "float64",
  "java.util.List<java.lang.String>": "*jrt.ArrayList[string]",
  "java.util.List<java.lang.Long>": "*jrt.ArrayList[*int64]",
  "java.util.List<java.lang.Integer>": "*jrt.ArrayList[*int32]",
};

function stringMap(values: Record<string, string>): go.Expr {
  const keys = Object.keys(values).sort();
  return go.composite(go.ident("map[string]string"), keys.map((k) => go.kv(go.strLit(k), go.strLit(values[k]!))), keys.length > 0);
}

/** The files of internal/config, or none when no rule stated configuration. */
export function lowerConfigFacts(prog: Program, facts: readonly RuleFact[]): { path: string; file: go.File }[] {
  if (!hasConfig(facts)) return [];
  const scope: Scope = { pkgDir: CONFIG_DIR, imports: new Imports(), module: prog.module, typeParams: new Set() };
  const jrt = scope.imports.use("jrt", `${prog.module}/internal/jrt`);
  const taken = new Set<string>();
  const sorted = configKeys(facts).map((k) => ({ ...k, field: configMemberName(k.key, true, taken), goType: GO_TYPES[k.javaType] ?? "string" }));
  const typeText = (t: string) => t.replace(/\bjrt\./g, `${jrt}.`);

  const fields = sorted.map((k) => {
    const kept = GO_TYPES[k.javaType] ? "" : ` (Java ${k.javaType}, kept as text)`;
    return go.field(k.field, typeText(k.goType), { doc: [`${k.key}: ${k.users.join(", ")}${kept}${k.refreshable ? "; refreshable" : ""}`] });
  });
  const javaDefaults: Record<string, string> = {};
  for (const k of sorted) if (k.default !== null) javaDefaults[k.key] = k.default;
  const sources = configFiles(facts).map((d) => go.composite(undefined, [go.kv("Profile", go.strLit(d.profile)), go.kv("Values", stringMap(d.values))], true));
  const cfgT = go.ident("*Config");
  const build = go.funcLit(go.funcType([go.field("c", `${jrt}.Config`)], [go.param(cfgT)]), [
    go.ret(go.unary("&", go.composite(go.ident("Config"), sorted.map((k) => go.kv(k.field, go.call(go.inst(go.qual(jrt, "ConfigValue"), go.ident(typeText(k.goType))), go.ident("c"), go.strLit(`\${${k.key}}`)))), true))),
  ]);
  const decls: go.Decl[] = [
    go.genDecl("type", [go.typeSpec("Config", go.structType(fields))], { doc: ["Config holds every key the Java code reads, typed as the Java field was."] }),
    go.genDecl("var", [go.valueSpec("javaDefaults", undefined, [stringMap(javaDefaults)])], { doc: ["javaDefaults are the defaults written in the Java: @Value(\"${key:default}\"), property initialisers."] }),
    go.genDecl("var", [go.valueSpec("files", undefined, [go.composite(go.ident(`[]${jrt}.ConfigSource`), sources, true)])], { doc: ["files are the service's application*.yml/.properties documents per profile (\"\" for all)."] }),
    go.genDecl("var", [go.valueSpec("Refreshable", undefined, [go.composite(go.ident("[]string"), sorted.filter((k) => k.refreshable).map((k) => go.strLit(k.key)))])], {
      doc: ["Refreshable lists the keys the Java reloaded at run time (@NacosValue(autoRefreshed = true), @RefreshScope): call Reload when they change."],
    }),
    go.funcDecl("Values", go.funcType([], [go.param("map[string]string"), go.param("error")]), [go.ret(go.call(go.qual(jrt, "ConfigValues"), go.ident("javaDefaults"), go.ident("files")))], {
      doc: ["Values is the text of every key: Java defaults < application.yml < active profiles < JAVA2X_CONFIG_FILE < environment (A_B for a.b)."],
    }),
    go.funcDecl(
      "MustValues",
      go.funcType([], [go.param("map[string]string")]),
      [go.define(["v", "err"], go.call("Values")), go.ifStmt(go.binary("err", "!=", go.ident("nil")), [go.exprStmt(go.call("panic", go.ident("err")))]), go.ret(go.ident("v"))],
      { doc: ["MustValues is Values for the composition root: an unreadable JAVA2X_CONFIG_FILE stops the start-up."] },
    ),
    go.funcDecl("LoadConfig", go.funcType([], [go.param(cfgT), go.param("error")]), [go.ret(go.call(go.qual(jrt, "ConfigLoad"), go.ident("javaDefaults"), go.ident("files"), build))], {
      doc: ["LoadConfig reads Values into the typed Config; a required key without a value, or one that does not convert, is an error."],
    }),
    go.genDecl("var", [go.valueSpec("reload", `${jrt}.ConfigReload[*Config]`)]),
    go.funcDecl("OnReload", go.funcType([go.field("f", "func(*Config)")]), [go.exprStmt(go.call(go.sel("reload", "On"), go.ident("f")))], { doc: ["OnReload registers f to receive the configuration after each Reload (the hook for refreshable values)."] }),
    go.funcDecl("Reload", go.funcType([], [go.param(cfgT), go.param("error")]), [go.ret(go.call(go.sel("reload", "Run"), go.ident("LoadConfig")))], {
      doc: ["Reload loads the configuration again (a file, the environment or a Nacos/etcd watch changed) and runs the OnReload hooks."],
    }),
  ];
  const referenced = referencedPackages(decls, [...scope.imports.used.keys()]);
  const specs = [...scope.imports.used].filter(([alias]) => referenced.has(alias)).map(([alias, p]) => go.importSpec(p, alias === p.split("/").pop() ? undefined : alias));
  return [
    {
      path: `${CONFIG_DIR}/config.go`,
      file: go.file("config", specs, decls, [
        "Package config is the configuration java2x generated from the Java's @Value, @NacosValue and",
        "@ConfigurationProperties keys and the service's application*.yml/.properties files.",
      ]),
    },
  ];
}
