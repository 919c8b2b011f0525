// The rule-level half of the rule tester (src/pipeline/rule-tester.ts has the rest): pack folder
// conventions, and each rule run alone on each fixture with its items compared to
// expected-items.json (J2X_UPDATE=1 rewrites them).

import fs from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compareStrings } from "../../diagnostics/diagnostic.js";
import { parseJava } from "../../parse/index.js";
import { analyze } from "../../semantic/index.js";
import type { Risk } from "./api.js";
import { runRules, type LoadedRule } from "./engine.js";

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

/** Folder conventions every rule keeps: a README and at least one fixture with its expectation. */
export function conventionProblems(rule: LoadedRule): string[] {
  const problems: string[] = [];
  if (!fs.existsSync(path.join(rule.dir, "README.md"))) problems.push(`${rule.dir}: no README.md`);
  const cases = fixtureCases(rule);
  if (cases.length === 0) problems.push(`${rule.dir}: no fixtures/<case>/input.java`);
  for (const c of cases) if (!fs.existsSync(path.join(c, "input.java"))) problems.push(`${c}: no input.java`);
  return problems;
}

/** The case folders of a rule (`fixtures/<case>/`), sorted. */
export function fixtureCases(rule: LoadedRule): string[] {
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
 * project; resources such as mapper XML sit beside them, and so do `expected.go` / `expected.ts`.
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

/**
 * Runs the rule alone on the case and compares its items with expected-items.json (`update`
 * rewrites the file). Returns a problem, or a note when the file was (re)written.
 */
export function checkItems(rule: LoadedRule, caseDir: string, update: boolean): { problem?: string; wrote?: string } {
  const actual = `${JSON.stringify(runFixture(rule, caseDir), null, 2)}\n`;
  const file = path.join(caseDir, EXPECTED_ITEMS);
  // Compared as JSON laid out the same way, so a file written by hand in another layout is not rewritten.
  const expected = fs.existsSync(file) ? `${JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8")), null, 2)}\n` : undefined;
  if (expected === actual) return {};
  if (update) {
    fs.writeFileSync(file, actual);
    return { wrote: EXPECTED_ITEMS };
  }
  if (expected === undefined) return { problem: `no ${EXPECTED_ITEMS} (run with J2X_UPDATE=1 to create it)` };
  return { problem: `items differ from ${EXPECTED_ITEMS}:\n${firstDifference(expected, actual)}` };
}

/** Writes `text` unless the file already holds it; true when it wrote. */
export function writeIfChanged(file: string, text: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  fs.writeFileSync(file, text);
  return true;
}

/**
 * Where two texts part: the first differing line with its number, then the next lines of each
 * (expected `-`, actual `+`), enough to see what changed without a diff tool.
 */
export function firstDifference(expected: string, actual: string, context = 6): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (lines: string[], mark: string): string[] => lines.slice(i, i + context).map((l) => `    ${mark} ${l}`);
  return [`    at line ${i + 1}:`, ...show(a, "-"), ...show(b, "+")].join("\n");
}
