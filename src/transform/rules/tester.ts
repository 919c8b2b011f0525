// The rule tester behind `java2x rules test` and test/rules/packs.test.ts: runs each rule alone on
// each of its fixtures and compares the items with expected-items.json (J2X_UPDATE=1 rewrites them).

import fs from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compareStrings } from "../../diagnostics/diagnostic.js";
import { parseJava } from "../../parse/index.js";
import { analyze } from "../../semantic/index.js";
import type { Risk } from "./api.js";
import { runRules, type LoadedRule } from "./engine.js";
import type { LoadedPack } from "./packs.js";

export const EXPECTED_ITEMS = "expected-items.json";

/** One line of expected-items.json: what a reviewer checks in a diff. */
export interface ExpectedItem {
  rule: string;
  file: string;
  line: number;
  column: number;
  messageId: string;
  message: string;
  category: string;
  effort: number;
  risk?: Risk;
}

export interface CaseResult {
  rule: string;
  /** Fixture folder name. */
  name: string;
  dir: string;
  ok: boolean;
  /** Why it failed, or that the expectation was rewritten. */
  detail?: string;
}

/** Folder conventions every rule keeps: a README and at least one fixture with its expectation. */
export function conventionProblems(rule: LoadedRule): string[] {
  const problems: string[] = [];
  if (!fs.existsSync(path.join(rule.dir, "README.md"))) problems.push(`${rule.dir}: no README.md`);
  const cases = fixtureCases(rule);
  if (cases.length === 0) problems.push(`${rule.dir}: no fixtures/<case>/input.java`);
  for (const c of cases) if (!fs.existsSync(path.join(c, "input.java"))) problems.push(`${c}: no input.java`);
  return problems;
}

function fixtureCases(rule: LoadedRule): string[] {
  const dir = path.join(rule.dir, "fixtures");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(dir, d.name))
    .sort();
}

/**
 * Every Java file of the case (input.java plus any extra files, nested folders included) is one
 * project; resources such as mapper XML sit beside them. `expected.go` / `expected.ts` will sit
 * here too once emitters apply rules.
 */
export function runFixture(rule: LoadedRule, caseDir: string): ExpectedItem[] {
  const files = fg.sync("**/*.java", { cwd: caseDir }).sort(compareStrings);
  const sources = files.map((file) => {
    const text = fs.readFileSync(path.join(caseDir, file), "utf8");
    return { file, text, unit: parseJava(text, file).unit };
  });
  const model = analyze(sources);
  const { findings } = runRules([rule], { sources, model, root: caseDir, allocateId: () => "" });
  return findings.map((f) => ({
    rule: f.rule,
    file: f.file,
    line: f.line,
    column: f.column,
    messageId: f.messageId,
    message: f.message,
    category: f.category,
    effort: f.effortPoints,
    ...(f.risk ? { risk: f.risk } : {}),
  }));
}

export function testRule(rule: LoadedRule, options: { update?: boolean } = {}): CaseResult[] {
  const problems = conventionProblems(rule);
  if (problems.length) return [{ rule: rule.module.meta.id, name: "(conventions)", dir: rule.dir, ok: false, detail: problems.join("; ") }];
  return fixtureCases(rule).map((dir): CaseResult => {
    const base = { rule: rule.module.meta.id, name: path.basename(dir), dir };
    const actual = `${JSON.stringify(runFixture(rule, dir), null, 2)}\n`;
    const file = path.join(dir, EXPECTED_ITEMS);
    if (options.update) {
      const changed = !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== actual;
      if (changed) fs.writeFileSync(file, actual);
      return { ...base, ok: true, ...(changed ? { detail: `wrote ${EXPECTED_ITEMS}` } : {}) };
    }
    if (!fs.existsSync(file)) return { ...base, ok: false, detail: `no ${EXPECTED_ITEMS} (run with J2X_UPDATE=1 to create it)` };
    const expected = `${JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8")), null, 2)}\n`;
    return expected === actual ? { ...base, ok: true } : { ...base, ok: false, detail: `items differ from ${EXPECTED_ITEMS}:\n${diffLines(expected, actual)}` };
  });
}

export function testPack(pack: LoadedPack, options: { update?: boolean } = {}): CaseResult[] {
  return pack.rules.flatMap((r) => testRule(r, options));
}

/** A minimal line diff (expected `-`, actual `+`) so a failing fixture says what changed. */
function diffLines(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) out.push(`- ${a[i]}`);
    if (b[i] !== undefined) out.push(`+ ${b[i]}`);
  }
  return out.slice(0, 40).join("\n");
}
