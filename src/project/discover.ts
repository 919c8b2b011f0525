// Finds the Java sources and build files of the input paths: .gitignore files (nested ones too) and
// --exclude are honoured, build output and tool directories are skipped, and the result is sorted
// so that everything downstream is deterministic.

import fs from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import ignore from "ignore";
import { compareStrings } from "../diagnostics/diagnostic.js";
import { Java2xError, usageError } from "./errors.js";

export interface SourceFile {
  /** Path relative to the input root, forward slashes. */
  file: string;
  absPath: string;
  /** Size on disk; drives the choice of worker count. */
  bytes: number;
}

export interface Discovery {
  /** Absolute input root: the deepest directory containing every input path. */
  root: string;
  files: SourceFile[];
  /** Build files (pom.xml, build.gradle[.kts], settings.gradle[.kts]) relative to the root, sorted. */
  buildFiles: string[];
}

export interface DiscoverOptions {
  paths: string[];
  cwd: string;
  /** gitignore-syntax patterns relative to the input root. */
  exclude?: string[];
  /** An output directory that may lie inside the input tree and must never be scanned. */
  outDir?: string;
}

export const BUILD_FILE_NAMES = ["pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"];

/** Directories that never hold sources: pruned during the walk. */
const PRUNED = ["**/node_modules/**", "**/.git/**"];
/** Build output directories, skipped unless they sit below a `src/` directory (where `build` is just a package name). */
const BUILD_OUTPUT = new Set(["target", "build"]);

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** The deepest directory that contains every path in `dirs` (all absolute). */
function commonAncestor(dirs: string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (common !== path.dirname(common) && d !== common && !d.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
      common = path.dirname(common);
    }
  }
  return common;
}

function isBuildOutput(relFromInputDir: string): boolean {
  const segments = relFromInputDir.split("/");
  for (let i = 0; i < segments.length - 1; i++) {
    if (segments[i] === "src") return false;
    if (BUILD_OUTPUT.has(segments[i]!)) return true;
  }
  return false;
}

/** The top of the git work tree containing `dir`, if any: .gitignore files above an input count only inside a repository. */
function gitTop(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, ".git"))) return d;
    if (d === path.dirname(d)) return undefined;
  }
}

/** Answers "is this path ignored by the .gitignore files between `top` and it?", caching each directory's rules. */
class GitignoreMatcher {
  private readonly cache = new Map<string, ignore.Ignore | null>();

  private rulesOf(dir: string): ignore.Ignore | null {
    let rules = this.cache.get(dir);
    if (rules === undefined) {
      const file = path.join(dir, ".gitignore");
      rules = fs.existsSync(file) ? ignore().add(fs.readFileSync(file, "utf8")) : null;
      this.cache.set(dir, rules);
    }
    return rules;
  }

  /** Deeper .gitignore files override shallower ones, as in git (`!pattern` re-includes). */
  ignored(absPath: string, top: string): boolean {
    const chain: string[] = [];
    for (let d = path.dirname(absPath); ; d = path.dirname(d)) {
      chain.push(d);
      if (d === top || d === path.dirname(d)) break;
    }
    let ignored = false;
    for (const dir of chain.reverse()) {
      const rules = this.rulesOf(dir);
      if (!rules) continue;
      const verdict = rules.test(toPosix(path.relative(dir, absPath)));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}

export function discover(options: DiscoverOptions): Discovery {
  const inputs = options.paths.map((p) => path.resolve(options.cwd, p));
  if (inputs.length === 0) throw usageError("no input path given");
  const stats = inputs.map((abs, i) => {
    try {
      return fs.statSync(abs);
    } catch (e) {
      throw new Java2xError("J2X5003", { what: "the input path", file: options.paths[i]!, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  });
  const root = commonAncestor(inputs.map((abs, i) => (stats[i]!.isDirectory() ? abs : path.dirname(abs))));
  const excluded = ignore().add(options.exclude ?? []);
  const outDir = options.outDir ? path.resolve(options.cwd, options.outDir) : undefined;
  const insideOut = (abs: string): boolean => outDir !== undefined && (abs === outDir || abs.startsWith(outDir + path.sep));
  const gitignore = new GitignoreMatcher();

  const sources = new Map<string, SourceFile>();
  const buildFiles = new Set<string>();
  const keep = (abs: string, bytes: number): void => {
    const rel = toPosix(path.relative(root, abs));
    if (excluded.ignores(rel) || insideOut(abs)) return;
    if (abs.endsWith(".java")) sources.set(abs, { file: rel, absPath: abs, bytes });
    else buildFiles.add(rel);
  };

  inputs.forEach((abs, i) => {
    const st = stats[i]!;
    if (st.isFile()) {
      // A file named on the command line is taken even if a .gitignore covers it: the user asked for it.
      if (!abs.endsWith(".java")) throw usageError(`${options.paths[i]} is not a .java file or a directory`);
      keep(abs, st.size);
      return;
    }
    const top = gitTop(abs) ?? abs;
    const entries = fg.sync(["**/*.java", ...BUILD_FILE_NAMES.map((n) => `**/${n}`)], {
      cwd: abs,
      ignore: PRUNED,
      onlyFiles: true,
      followSymbolicLinks: false,
      stats: true,
      suppressErrors: true,
    });
    for (const entry of entries) {
      if (isBuildOutput(entry.path)) continue;
      const entryAbs = path.join(abs, entry.path);
      if (gitignore.ignored(entryAbs, top)) continue;
      keep(entryAbs, entry.stats?.size ?? 0);
    }
  });

  const files = [...sources.values()].sort((a, b) => compareStrings(a.file, b.file));
  return { root, files, buildFiles: [...buildFiles].sort(compareStrings) };
}
