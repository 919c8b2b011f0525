// Turns the discovered build files into services and modules and assigns every Java file to its
// nearest module. A multi-module build (Maven <modules>, Gradle settings includes) is one service
// with several modules; a build root nobody declares is a service of its own.

import fs from "node:fs";
import path from "node:path";
import { compareStrings, diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseGradleBuild, parseGradleSettings, type GradleBuild, type GradleSettings } from "./gradle.js";
import { parsePom, type MavenPom } from "./maven.js";

export type BuildSystem = "maven" | "gradle" | "none";

export interface ModuleInfo {
  name: string;
  /** Directory relative to the input root, forward slashes; `"."` for the root itself. */
  root: string;
  /** The build file that defines the module (pom.xml wins over Gradle scripts in the same directory). */
  buildFile: string | null;
}

export interface ServiceInfo {
  name: string;
  root: string;
  buildSystem: BuildSystem;
  buildFile: string | null;
  groupId: string | null;
  artifactId: string | null;
  version: string | null;
  javaVersion: string | null;
  springBootVersion: string | null;
  /** Every build root of the service, the service root included, sorted by root. */
  modules: ModuleInfo[];
}

export interface ProjectModel {
  services: ServiceInfo[];
  /** Service root and module root of each Java file (relative path → roots). */
  owners: Map<string, { service: string; module: string }>;
  /** Problems met while reading build files (warnings, with the build file as location). */
  diagnostics: Diagnostic[];
}

interface BuildRoot {
  dir: string;
  pom?: MavenPom;
  gradle?: GradleBuild;
  settings?: GradleSettings;
  buildFile: string;
  /** Directories this root declares as its modules. */
  declares: string[];
}

function posixDirname(rel: string): string {
  const d = path.posix.dirname(rel);
  return d === "" ? "." : d;
}

function posixJoin(dir: string, rel: string): string {
  const joined = path.posix.normalize(path.posix.join(dir, rel.replace(/\\/g, "/")));
  return joined.replace(/\/$/, "") || ".";
}

function isWithin(file: string, dir: string): boolean {
  return dir === "." || file === dir || file.startsWith(dir + "/");
}

function basenameOf(dir: string, rootName: string): string {
  return dir === "." ? rootName : path.posix.basename(dir);
}

/** Reads every build file under `root` into build roots keyed by directory. */
function readBuildRoots(root: string, buildFiles: string[], diagnostics: Diagnostic[]): Map<string, BuildRoot> {
  const roots = new Map<string, BuildRoot>();
  for (const rel of buildFiles) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, rel), "utf8");
    } catch (e) {
      diagnostics.push(diagnostic("J2X5011", { file: rel }, { detail: `cannot read it (${(e as NodeJS.ErrnoException).code ?? e})` }));
      continue;
    }
    const dir = posixDirname(rel);
    const name = path.posix.basename(rel);
    const br = roots.get(dir) ?? { dir, buildFile: rel, declares: [] };
    roots.set(dir, br);
    if (name === "pom.xml") {
      br.pom = parsePom(text);
      br.buildFile = rel;
      if (br.pom.problems.length) diagnostics.push(diagnostic("J2X5011", { file: rel }, { detail: br.pom.problems.join("; ") }));
      // A `<module>` may name the child's pom file rather than its directory.
      br.declares.push(...br.pom.modules.map((m) => posixJoin(dir, m.replace(/\/?pom\.xml$/, "") || ".")));
    } else if (name.startsWith("settings.gradle")) {
      br.settings = parseGradleSettings(text);
      br.declares.push(...br.settings.includes.map((inc) => posixJoin(dir, inc)));
    } else {
      br.gradle = parseGradleBuild(text);
      if (!br.pom) br.buildFile = rel;
    }
  }
  return roots;
}

export function buildProjectModel(root: string, buildFiles: string[], javaFiles: string[]): ProjectModel {
  const diagnostics: Diagnostic[] = [];
  const rootName = path.basename(root);
  const roots = readBuildRoots(root, buildFiles, diagnostics);

  // The aggregator of a root is the nearest other root that declares it; following the chain up gives its service.
  const declaredBy = new Map<string, string>();
  const byDepth = [...roots.values()].sort((a, b) => a.dir.split("/").length - b.dir.split("/").length || compareStrings(a.dir, b.dir));
  for (const agg of byDepth) {
    for (const d of agg.declares) if (d !== agg.dir && roots.has(d) && !declaredBy.has(d)) declaredBy.set(d, agg.dir);
  }
  const serviceOf = (dir: string): string => {
    const seen = new Set<string>();
    let cur = dir;
    while (declaredBy.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = declaredBy.get(cur)!;
    }
    return cur;
  };

  const rootDirs = [...roots.keys()].sort((a, b) => b.length - a.length || compareStrings(a, b));
  const owners = new Map<string, { service: string; module: string }>();
  let needsNoneService = false;
  for (const file of javaFiles) {
    const moduleDir = rootDirs.find((d) => isWithin(file, d));
    if (moduleDir === undefined) {
      needsNoneService = true;
      owners.set(file, { service: ".", module: "." });
    } else {
      owners.set(file, { service: serviceOf(moduleDir), module: moduleDir });
    }
  }

  const services: ServiceInfo[] = [];
  const serviceDirs = [...new Set([...roots.keys()].map(serviceOf))];
  for (const dir of serviceDirs) {
    const br = roots.get(dir)!;
    const members = [...roots.values()].filter((r) => serviceOf(r.dir) === dir).sort((a, b) => compareStrings(a.dir, b.dir));
    const fromModules = (pick: (r: BuildRoot) => string | undefined): string | null =>
      pick(br) ?? members.map(pick).find((v) => v !== undefined) ?? null;
    const artifactId = br.pom?.artifactId ?? null;
    services.push({
      name: artifactId ?? br.settings?.rootProjectName ?? basenameOf(dir, rootName),
      root: dir,
      buildSystem: br.pom ? "maven" : "gradle",
      buildFile: br.buildFile,
      groupId: br.pom?.groupId ?? br.gradle?.group ?? null,
      artifactId,
      version: br.pom?.version ?? br.gradle?.version ?? null,
      javaVersion: fromModules((r) => r.pom?.javaVersion ?? r.gradle?.javaVersion),
      springBootVersion: fromModules((r) => r.pom?.springBootVersion ?? r.gradle?.springBootVersion),
      modules: members.map((r) => ({ name: r.pom?.artifactId ?? basenameOf(r.dir, rootName), root: r.dir, buildFile: r.buildFile })),
    });
  }
  // Sources outside every build root still belong somewhere: a build-less service at the input root.
  if (needsNoneService && !roots.has(".")) {
    services.push({
      name: rootName,
      root: ".",
      buildSystem: "none",
      buildFile: null,
      groupId: null,
      artifactId: null,
      version: null,
      javaVersion: null,
      springBootVersion: null,
      modules: [{ name: rootName, root: ".", buildFile: null }],
    });
  }
  services.sort((a, b) => compareStrings(a.root, b.root));
  return { services, owners, diagnostics };
}

/** Go module path from Maven/Gradle coordinates: `com.acme` + `inventory` → `acme.com/inventory`. */
export function defaultModulePath(project: ProjectModel, rootName: string): string {
  const svc = project.services[0];
  const artifact = (svc?.artifactId ?? svc?.name ?? rootName).toLowerCase().replace(/[^a-z0-9._~-]+/g, "-") || "app";
  if (!svc?.groupId) return artifact;
  return `${svc.groupId.toLowerCase().split(".").reverse().join(".")}/${artifact}`;
}
