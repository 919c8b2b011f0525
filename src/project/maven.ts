// Reads the facts java2x needs from a pom.xml: coordinates, parent, modules, properties, the Java
// version and the Spring Boot version.

import { child, parseXml, textAt, type XmlElement } from "./xml.js";

export interface MavenPom {
  groupId?: string;
  artifactId?: string;
  version?: string;
  packaging?: string;
  name?: string;
  parent?: { groupId?: string; artifactId?: string; version?: string; relativePath?: string };
  /** `<modules>` entries as written (directory paths relative to the pom). */
  modules: string[];
  properties: Record<string, string>;
  javaVersion?: string;
  springBootVersion?: string;
  /** Why the file was only partly understood; empty when it read cleanly. */
  problems: string[];
}

/** Properties that state the Java language level, most specific first. */
const JAVA_VERSION_PROPERTIES = ["maven.compiler.release", "java.version", "maven.compiler.source", "maven.compiler.target"];

export function parsePom(xml: string): MavenPom {
  const { root, problems } = parseXml(xml);
  const pom: MavenPom = { modules: [], properties: {}, problems };
  if (!root || root.name !== "project") {
    problems.push("no <project> element");
    return pom;
  }
  const parentEl = child(root, "parent");
  if (parentEl) {
    pom.parent = {
      groupId: textAt(parentEl, "groupId"),
      artifactId: textAt(parentEl, "artifactId"),
      version: textAt(parentEl, "version"),
      relativePath: textAt(parentEl, "relativePath"),
    };
  }
  for (const p of child(root, "properties")?.children ?? []) pom.properties[p.name] = p.text;
  // A child pom inherits groupId and version from its parent; `${project.*}` references resolve against these.
  const builtins: Record<string, string | undefined> = {
    "project.groupId": textAt(root, "groupId") ?? pom.parent?.groupId,
    "project.artifactId": textAt(root, "artifactId"),
    "project.version": textAt(root, "version") ?? pom.parent?.version,
    "project.parent.version": pom.parent?.version,
  };
  const resolve = (value: string | undefined): string | undefined => resolveProperties(value, pom.properties, builtins);

  pom.groupId = resolve(builtins["project.groupId"]);
  pom.artifactId = resolve(builtins["project.artifactId"]);
  pom.version = resolve(builtins["project.version"]);
  pom.packaging = resolve(textAt(root, "packaging"));
  pom.name = resolve(textAt(root, "name"));
  pom.modules = (child(root, "modules")?.children ?? [])
    .filter((m) => m.name === "module" && m.text !== "")
    .map((m) => resolve(m.text)!);

  const javaProp = JAVA_VERSION_PROPERTIES.find((p) => pom.properties[p]);
  pom.javaVersion = javaProp ? resolve(pom.properties[javaProp]) : compilerPluginRelease(root, resolve);
  pom.springBootVersion = springBootVersion(root, pom, resolve);
  return pom;
}

/** Replaces `${name}` references, following chains a few levels deep; unresolvable ones stay as written. */
function resolveProperties(
  value: string | undefined,
  props: Record<string, string>,
  builtins: Record<string, string | undefined>,
): string | undefined {
  if (value === undefined) return undefined;
  let out = value;
  for (let depth = 0; depth < 5 && out.includes("${"); depth++) {
    out = out.replace(/\$\{([^}]+)\}/g, (whole, name: string) => props[name] ?? builtins[name] ?? whole);
  }
  return out;
}

/** `<release>`/`<source>` in the maven-compiler-plugin configuration, when no property states it. */
function compilerPluginRelease(root: XmlElement, resolve: (v: string | undefined) => string | undefined): string | undefined {
  const plugins = child(child(root, "build"), "plugins")?.children ?? [];
  const compiler = plugins.find((p) => textAt(p, "artifactId") === "maven-compiler-plugin");
  return resolve(textAt(compiler, "configuration", "release") ?? textAt(compiler, "configuration", "source"));
}

function springBootVersion(
  root: XmlElement,
  pom: MavenPom,
  resolve: (v: string | undefined) => string | undefined,
): string | undefined {
  if (pom.parent?.groupId === "org.springframework.boot") return resolve(pom.parent.version);
  const managed = child(child(root, "dependencyManagement"), "dependencies")?.children ?? [];
  const bom = managed.find((d) => textAt(d, "groupId") === "org.springframework.boot" && textAt(d, "artifactId") === "spring-boot-dependencies");
  if (bom) return resolve(textAt(bom, "version"));
  const prop = pom.properties["spring-boot.version"] ?? pom.properties["spring.boot.version"];
  return resolve(prop);
}
