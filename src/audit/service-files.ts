// Reads the non-Java files of a service that the fleet view needs: framework versions from its
// build files, `spring.application.name` from its resources, and table names from MyBatis mapper XML.

import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { compareStrings } from "../diagnostics/diagnostic.js";
import type { ServiceInfo } from "../project/modules.js";
import { parsePom } from "../project/maven.js";
import { child, parseXml, textAt, type XmlElement } from "../project/xml.js";

export interface ServiceFileFacts {
  applicationName: string | null;
  springCloudVersion: string | null;
  dubboVersion: string | null;
  /** Tables named in mapper XML, with the file and line that names them. */
  tables: { table: string; file: string; line: number }[];
}

/** `FROM t`, `JOIN t`, `INTO t`, `UPDATE t`: the table names an SQL string touches. */
const SQL_TABLE = /\b(?:from|join|into|update)\s+`?([A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)?)`?/gi;

/** Table names in an SQL text, lower-cased (SQL identifiers are case-insensitive). */
export function sqlTables(sql: string): string[] {
  const out = new Set<string>();
  for (const m of sql.matchAll(SQL_TABLE)) {
    const name = m[1]!.toLowerCase();
    // `DELETE FROM t WHERE …` and `SELECT … FROM (subquery)` aside, a keyword here is a parse slip, not a table.
    if (!["select", "set", "values", "where"].includes(name)) out.add(name);
  }
  return [...out].sort(compareStrings);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** `${APP_NAME:order-service}` → `order-service`; placeholders without a default give null. */
function placeholderDefault(value: string): string | null {
  const m = /^\$\{[^:}]+:([^}]*)\}$/.exec(value.trim());
  if (m) return m[1]!.trim() || null;
  return value.includes("${") ? null : value.trim() || null;
}

function applicationNameIn(file: string, text: string): string | null {
  if (file.endsWith(".properties")) {
    const m = /^\s*spring\.application\.name\s*[=:]\s*(.+?)\s*$/m.exec(text);
    return m ? placeholderDefault(m[1]!) : null;
  }
  for (const doc of YAML.parseAllDocuments(text)) {
    if (doc.errors.length) continue;
    const data = doc.toJS() as Record<string, unknown> | null;
    const nested = (data?.["spring"] as { application?: { name?: unknown } } | undefined)?.application?.name;
    const name = nested ?? data?.["spring.application.name"];
    if (typeof name === "string") return placeholderDefault(name);
  }
  return null;
}

/** Files under `dir` (relative to it, sorted), not following symbolic links. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk("");
  return out.sort(compareStrings);
}

function moduleResources(root: string, moduleRoot: string): { rel: string; abs: string }[] {
  const base = moduleRoot === "." ? "src/main/resources" : `${moduleRoot}/src/main/resources`;
  return listFiles(path.join(root, base)).map((f) => ({ rel: `${base}/${f}`, abs: path.join(root, base, f) }));
}

function mapperTables(rel: string, text: string): ServiceFileFacts["tables"] {
  if (!/<mapper[\s>]/.test(text)) return [];
  const out: ServiceFileFacts["tables"] = [];
  // Line by line, so each table is located; XML comments are blanked first (they often quote SQL).
  const lines = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " ")).split(/\r\n|\r|\n/);
  lines.forEach((l, i) => {
    for (const table of sqlTables(l)) out.push({ table, file: rel, line: i + 1 });
  });
  return out;
}

/** Versions of Spring Cloud (its BOM) and Dubbo (any org.apache.dubbo / com.alibaba dubbo artifact) in a pom. */
function pomVersions(text: string, inherited: Record<string, string>): { springCloud?: string; dubbo?: string } {
  const pom = parsePom(text);
  const props = { ...inherited, ...pom.properties };
  const resolve = (v: string | undefined): string | undefined => {
    let out = v;
    for (let i = 0; i < 5 && out?.includes("${"); i++) out = out.replace(/\$\{([^}]+)\}/g, (w, n: string) => props[n] ?? w);
    return out && !out.includes("${") ? out : undefined;
  };
  const deps: XmlElement[] = [];
  const collect = (el: XmlElement | undefined): void => {
    for (const c of el?.children ?? []) {
      if (c.name === "dependency") deps.push(c);
      else collect(c);
    }
  };
  const root = parseXml(text).root;
  collect(child(root, "dependencyManagement"));
  collect(child(root, "dependencies"));
  const find = (match: (g: string, a: string) => boolean): string | undefined =>
    deps.map((d) => (match(textAt(d, "groupId") ?? "", textAt(d, "artifactId") ?? "") ? resolve(textAt(d, "version")) : undefined)).find(Boolean);
  return {
    springCloud: find((g, a) => g === "org.springframework.cloud" && a === "spring-cloud-dependencies") ?? resolve(props["spring-cloud.version"]),
    dubbo: find((g, a) => (g === "org.apache.dubbo" || g === "com.alibaba") && a.startsWith("dubbo")) ?? resolve(props["dubbo.version"]),
  };
}

/** The same facts from a Gradle script, by pattern (as src/project/gradle.ts reads the rest). */
function gradleVersions(text: string): { springCloud?: string; dubbo?: string } {
  return {
    springCloud:
      /spring-cloud-dependencies:([\w.-]+)["']/.exec(text)?.[1] ?? /springCloudVersion\s*=\s*["']([\w.-]+)["']/.exec(text)?.[1],
    dubbo: /org\.apache\.dubbo:dubbo[\w-]*:([\w.-]+)["']/.exec(text)?.[1] ?? /dubboVersion\s*=\s*["']([\w.-]+)["']/.exec(text)?.[1],
  };
}

/** Reads a service's build files and resources under the input root `root`. */
export function readServiceFiles(root: string, svc: ServiceInfo): ServiceFileFacts {
  const facts: ServiceFileFacts = { applicationName: null, springCloudVersion: null, dubboVersion: null, tables: [] };
  // The service root's pom comes first: its properties are what child modules inherit.
  let inherited: Record<string, string> = {};
  for (const m of svc.modules) {
    if (!m.buildFile) continue;
    const text = readText(path.join(root, m.buildFile));
    if (text === undefined) continue;
    const v = m.buildFile.endsWith("pom.xml") ? pomVersions(text, inherited) : gradleVersions(text);
    if (m.root === svc.root && m.buildFile.endsWith("pom.xml")) inherited = parsePom(text).properties;
    facts.springCloudVersion ??= v.springCloud ?? null;
    facts.dubboVersion ??= v.dubbo ?? null;
  }
  const configs: { rel: string; abs: string }[] = [];
  for (const m of svc.modules) {
    for (const f of moduleResources(root, m.root)) {
      const base = path.posix.basename(f.rel);
      if (/^(application|bootstrap)([\w-]*)\.(ya?ml|properties)$/.test(base)) configs.push(f);
      else if (base.endsWith(".xml")) {
        const text = readText(f.abs);
        if (text !== undefined) facts.tables.push(...mapperTables(f.rel, text));
      }
    }
  }
  // The plain application/bootstrap file names the service; a profile file (application-dev.yml) only when nothing else does.
  const isProfile = (rel: string): number => (/^(application|bootstrap)-/.test(path.posix.basename(rel)) ? 1 : 0);
  configs.sort((a, b) => isProfile(a.rel) - isProfile(b.rel) || compareStrings(a.rel, b.rel));
  for (const f of configs) {
    const text = readText(f.abs);
    facts.applicationName = text === undefined ? null : applicationNameIn(f.rel, text);
    if (facts.applicationName !== null) break;
  }
  return facts;
}
