// Finds and loads rule packs: the built-in ones (the package's rules/ directory, found on disk at
// run time so src/ never imports rules/) and users' (`--rules ./my-pack`), the same way, each
// file validated against schema/rule.schema.json.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import YAML from "yaml";
import type { RuleMeta, RuleModule } from "./api.js";
import type { LoadedRule } from "./engine.js";
import { RulePackError } from "./errors.js";
import { checkYamlRule, compileYamlRule } from "./yaml-rule.js";
import type { PackManifest, YamlRule } from "./yaml-types.js";

// The same three levels up from src/transform/rules/ (tsx) and dist/transform/rules/ (installed).
export const BUILTIN_PACKS_DIR = fileURLToPath(new URL("../../../rules/", import.meta.url));
export const RULE_SCHEMA_FILE = fileURLToPath(new URL("../../../schema/rule.schema.json", import.meta.url));

/** The file a rule folder defines its rule in; `rule.ts` needs a TypeScript loader (tsx, vitest). */
export const RULE_FILES = ["rule.yaml", "rule.js", "rule.ts"] as const;

export interface LoadedPack {
  manifest: PackManifest;
  /** Absolute path of the pack folder. */
  dir: string;
  builtIn: boolean;
  rules: LoadedRule[];
}

let compiled: ValidateFunction | undefined;

/**
 * Validates `data` as one of the root schema's file kinds. One compiled root (wrapping the value
 * as `{ rule: data }`) instead of one per definition: compiling is most of the loading time.
 */
function validate(kind: "pack" | "rule" | "meta", data: unknown): string | undefined {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(RULE_SCHEMA_FILE, "utf8")) as object);
  return compiled({ [kind]: data }) ? undefined : describe(compiled.errors, `/${kind}`);
}

/** Ajv's errors as one line a rule author can act on; `prefix` is the wrapper's key. */
function describe(errors: ErrorObject[] | null | undefined, prefix: string): string {
  return (errors ?? [])
    .map((e) => {
      const rest = e.instancePath.slice(prefix.length);
      const where = rest ? rest.slice(1).replace(/\//g, ".") : "(top level)";
      if (e.keyword === "additionalProperties") return `${where}: unknown key "${String(e.params["additionalProperty"])}"`;
      if (e.keyword === "enum") return `${where}: must be one of ${(e.params["allowedValues"] as unknown[]).join(", ")}`;
      if (e.keyword === "anyOf") return "";
      return `${where}: ${e.message ?? e.keyword}`;
    })
    .filter(Boolean)
    .join("; ");
}

function fail(pack: string, detail: string): never {
  throw new RulePackError("J2X5013", { pack, detail });
}

function readYaml(file: string, pack: string): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, "utf8"), { uniqueKeys: true });
  } catch (e) {
    return fail(pack, `${file}: ${(e as Error).message.split("\n")[0]}`);
  }
}

async function loadRule(dir: string, packId: string): Promise<RuleModule> {
  const present = RULE_FILES.filter((f) => fs.existsSync(path.join(dir, f)));
  if (present.length !== 1) fail(packId, `${dir} must contain exactly one of ${RULE_FILES.join(", ")} (found ${present.length ? present.join(", ") : "none"})`);
  const file = path.join(dir, present[0]!);
  if (present[0] === "rule.yaml") {
    const data = readYaml(file, packId);
    const invalid = validate("rule", data);
    if (invalid) fail(packId, `${file}: ${invalid}`);
    const problems = checkYamlRule(data as YamlRule);
    if (problems.length) fail(packId, `${file}: ${problems.join("; ")}`);
    return compileYamlRule(data as YamlRule);
  }
  let mod: { default?: RuleModule };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: RuleModule };
  } catch (e) {
    const hint = file.endsWith(".ts") ? " (a rule.ts needs a TypeScript loader such as tsx; ship rule.js to run under plain node)" : "";
    return fail(packId, `${file} could not be loaded: ${(e as Error).message.split("\n")[0]}${hint}`);
  }
  const rule = mod.default;
  if (!rule || typeof rule !== "object" || !rule.meta) fail(packId, `${file} must export default a rule module { meta, preconditions?, create?, project? }`);
  const invalidMeta = validate("meta", rule.meta);
  if (invalidMeta) fail(packId, `${file}: meta: ${invalidMeta}`);
  if (typeof rule.create !== "function" && typeof rule.project !== "function") fail(packId, `${file} has neither create(ctx) nor project(ctx)`);
  return rule;
}

/** Loads one pack folder (it has a pack.yaml). */
export async function loadPack(dir: string, builtIn = false): Promise<LoadedPack> {
  const abs = path.resolve(dir);
  const label = path.basename(abs);
  const manifestFile = path.join(abs, "pack.yaml");
  if (!fs.existsSync(manifestFile)) fail(label, `${abs} has no pack.yaml`);
  const manifest = readYaml(manifestFile, label);
  const invalid = validate("pack", manifest);
  if (invalid) fail(label, `${manifestFile}: ${invalid}`);
  const m = manifest as PackManifest;
  const listed = new Set(m.rules);
  if (listed.size !== m.rules.length) fail(m.id, `${manifestFile}: a rule is listed twice`);
  const folders = fs.readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const unlisted = folders.filter((f) => !listed.has(f));
  if (unlisted.length) fail(m.id, `rule folder(s) ${unlisted.join(", ")} not listed in ${manifestFile}`);
  // Rule modules are imported concurrently (module loading is mostly I/O); the manifest keeps the order.
  const rules = await Promise.all(
    m.rules.map(async (id): Promise<LoadedRule> => {
      const ruleDir = path.join(abs, id);
      if (!fs.existsSync(ruleDir)) fail(m.id, `${manifestFile} lists ${id}, but there is no folder ${ruleDir}`);
      const module = await loadRule(ruleDir, m.id);
      checkMeta(module.meta, id, m.id, ruleDir);
      return { module, pack: m.id, dir: ruleDir };
    }),
  );
  return { manifest: m, dir: abs, builtIn, rules };
}

function checkMeta(meta: RuleMeta, folder: string, pack: string, dir: string): void {
  if (meta.id !== folder) fail(pack, `${dir}: the rule id ${meta.id} must equal its folder name`);
  if (meta.risk && !meta.risk.differs) fail(pack, `${dir}: risk.differs must say what may differ`);
}

/** Built-in pack folders, sorted (a pack's own manifest orders its rules; packs run in name order). */
export function builtInPackDirs(): string[] {
  if (!fs.existsSync(BUILTIN_PACKS_DIR)) return [];
  return fs
    .readdirSync(BUILTIN_PACKS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(BUILTIN_PACKS_DIR, d.name, "pack.yaml")))
    .map((d) => path.join(BUILTIN_PACKS_DIR, d.name))
    .sort();
}

/** `--rules` values: a path (has a slash or starts with `.`/`~`) is a pack folder or a folder of packs; anything else a built-in pack id. */
function isPath(spec: string): boolean {
  return /^[.~/]|[\\/]/.test(spec);
}

/**
 * The built-in packs plus those named by `specs` (resolved against `cwd`). Built-in packs are
 * always on, so a built-in id is accepted and changes nothing; an unknown id is an error.
 */
export async function loadPacks(specs: readonly string[], cwd: string): Promise<LoadedPack[]> {
  const packs: LoadedPack[] = await Promise.all(builtInPackDirs().map((dir) => loadPack(dir, true)));
  for (const spec of specs) {
    if (!isPath(spec)) {
      if (!packs.some((p) => p.builtIn && p.manifest.id === spec)) {
        throw new RulePackError("J2X5009", { rule: spec, detail: `no built-in pack has this id (built-in: ${packs.filter((p) => p.builtIn).map((p) => p.manifest.id).join(", ")}); a pack folder is given as a path, e.g. ./${spec}` });
      }
      continue;
    }
    const abs = path.resolve(cwd, spec.replace(/^~(?=$|[\\/])/, process.env.HOME ?? "~"));
    if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) fail(spec, `${abs} is not a directory`);
    const dirs = fs.existsSync(path.join(abs, "pack.yaml"))
      ? [abs]
      : fs.readdirSync(abs).map((d) => path.join(abs, d)).filter((d) => fs.existsSync(path.join(d, "pack.yaml"))).sort();
    if (dirs.length === 0) fail(spec, `${abs} has no pack.yaml (nor sub-folders with one)`);
    for (const dir of dirs) {
      if (packs.some((p) => p.dir === dir)) continue;
      packs.push(await loadPack(dir));
    }
  }
  const seenPacks = new Map<string, string>();
  const seenRules = new Map<string, string>();
  for (const p of packs) {
    const other = seenPacks.get(p.manifest.id);
    if (other) fail(p.manifest.id, `pack id ${p.manifest.id} is used by both ${other} and ${p.dir}`);
    seenPacks.set(p.manifest.id, p.dir);
    for (const r of p.rules) {
      const prev = seenRules.get(r.module.meta.id);
      if (prev) fail(p.manifest.id, `rule id ${r.module.meta.id} is defined in both ${prev} and ${r.dir}`);
      seenRules.set(r.module.meta.id, r.dir);
    }
  }
  return packs;
}

/** What the report says about a rule: its meta, plus two sections of its README (see writing-rules.md). */
export interface RuleDescription {
  id: string;
  title: string;
  category: RuleMeta["category"];
  effortPoints: number;
  /** First paragraph of "What it finds". */
  description: string;
  /** First paragraph of "Planned translation". */
  suggestion: string;
}

export function describeRule(rule: LoadedRule): RuleDescription {
  const { meta } = rule.module;
  let readme = "";
  try {
    readme = fs.readFileSync(path.join(rule.dir, "README.md"), "utf8");
  } catch {
    // A rule without README fails the conventions test; the report still gets its title.
  }
  return {
    id: meta.id,
    title: meta.title,
    category: meta.category,
    effortPoints: meta.effort,
    description: readmeSection(readme, "What it finds") ?? meta.title,
    suggestion: readmeSection(readme, "Planned translation") ?? `See \`java2x rules explain ${meta.id}\`.`,
  };
}

/** The first paragraph under `## heading`, joined into one line. */
function readmeSection(readme: string, heading: string): string | undefined {
  const at = readme.indexOf(`\n## ${heading}\n`);
  if (at < 0) return undefined;
  const body = readme.slice(at + heading.length + 5).trimStart();
  const paragraph = body.split(/\n\s*\n|\n#/)[0]!.replace(/\s+/g, " ").trim();
  return paragraph || undefined;
}
