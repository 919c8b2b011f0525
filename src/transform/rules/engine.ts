// Runs loaded rules over an analysed project: cheap preconditions per file, one walk per file for
// all rules, then whole-project rules; returns findings in a deterministic order with stable ids.

import fs from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compareStrings } from "../../diagnostics/diagnostic.js";
import type * as J from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { Category, FactDescriptor, FactValue, Preconditions, ProjectContext, ReportDescriptor, Risk, RuleContext, RuleHelpers, RuleModule } from "./api.js";
import { createHelpers, matchesFqn, type QueryHelpers } from "./helpers.js";
import { RulePackError } from "./errors.js";
import { walk, type Dispatch, type Handler } from "./walk.js";

export interface LoadedRule {
  module: RuleModule;
  /** Id of the pack the rule came from. */
  pack: string;
  /** Absolute path of the rule's folder (README.md, fixtures/). */
  dir: string;
}

export interface RuleSource {
  /** Path relative to the input root, forward slashes. */
  file: string;
  text: string;
  unit: J.CompilationUnit;
}

export interface RunRulesInput {
  sources: RuleSource[];
  model: SemanticModel;
  /** The input root on disk, for project rules that read resources (mapper XML). */
  root: string;
  /** Hands out the stable item id of a finding (report/item-id.ts): rule, file, the offending line's text. */
  allocateId(rule: string, file: string, source: string): string;
}

export interface RuleFinding {
  id: string;
  rule: string;
  pack: string;
  category: Category;
  effortPoints: number;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  messageId: string;
  message: string;
  risk?: Risk;
  /**
   * The Java node the finding is about (absent for resource files). This is the hook for
   * emitters applying rules: they look findings up by node (`RuleRun.at`) and put the item id in
   * their marker, so code and report share ids.
   */
  node?: J.Node;
}

/** A fact a rule stated (FactDescriptor), placed and attributed; JSON-serialisable. */
export interface RuleFact {
  kind: string;
  rule: string;
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  data: { [key: string]: FactValue };
  /**
   * Ids of the findings the same rule reported on the fact's node: the back end that lowers the
   * fact puts them in its marker, so the generated code and the report item stay linked.
   */
  items: string[];
}

export interface RuleRun {
  findings: RuleFinding[];
  /** Facts for the back ends, sorted by place, rule, kind and content (deterministic whatever the visiting order). */
  facts: RuleFact[];
  /** Findings about a node, for emitters (see RuleFinding.node). */
  at(node: J.Node): RuleFinding[];
}

/** Which names a file may use, for preconditions: its imports, package and text. */
function mayUse(source: RuleSource, pre: Preconditions): boolean {
  const unit = source.unit;
  const pkg = unit.package?.name;
  return pre.uses.some((pattern) => {
    const stem = pattern.endsWith("*") ? pattern.slice(0, -1) : pattern;
    const stemPkg = stem.slice(0, stem.lastIndexOf("."));
    if (stemPkg === "java.lang" || (pkg !== undefined && stemPkg === pkg)) return true;
    for (const imp of unit.imports) {
      if (imp.onDemand ? stem.startsWith(`${imp.name}.`) : matchesFqn(imp.name, pattern) || stem.startsWith(`${imp.name}.`) || imp.name.startsWith(stem)) return true;
    }
    // Fully qualified use in the code (`new java.util.concurrent.ThreadPoolExecutor(…)`).
    return source.text.includes(stem);
  });
}

function format(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (data && key in data ? String(data[key]) : whole));
}

interface RawFinding extends Omit<RuleFinding, "id"> {
  source: string;
}

export function runRules(rules: LoadedRule[], input: RunRulesInput): RuleRun {
  const queries: QueryHelpers = createHelpers(input.model);
  const raw: RawFinding[] = [];
  const texts = new Map(input.sources.map((s) => [s.file, s.text]));
  const resourceCache = new Map<string, { file: string; text: string }[]>();
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, line: number): string => {
    let split = lines.get(file);
    if (!split) lines.set(file, (split = (texts.get(file) ?? "").split(/\r\n|\r|\n/)));
    return split[line - 1] ?? "";
  };

  const reporter = (rule: LoadedRule, currentFile: string | undefined) => (d: ReportDescriptor): void => {
    const { meta } = rule.module;
    const template = meta.messages[d.messageId];
    if (template === undefined) throw new Error(`reported unknown messageId "${d.messageId}"`);
    const file = d.file ?? currentFile;
    if (file === undefined) throw new Error("a project rule must say which file a node is in (report({ node, file }))");
    const line = "node" in d ? d.node.line : d.line;
    const column = "node" in d ? d.node.col : d.column;
    const risk = d.risk ?? meta.risk;
    raw.push({
      rule: meta.id,
      pack: rule.pack,
      category: meta.category,
      effortPoints: d.effort ?? meta.effort,
      file,
      line,
      column,
      messageId: d.messageId,
      message: format(template, d.data),
      ...(risk ? { risk } : {}),
      ...("node" in d ? { node: d.node } : {}),
      source: lineOf(file, line),
    });
  };

  const facts: RuleFact[] = [];
  const factNodes = new Map<RuleFact, J.Node>();
  const factSink = (rule: LoadedRule, currentFile: string | undefined) => (d: FactDescriptor): void => {
    const file = d.file ?? currentFile;
    if (file === undefined) throw new Error("a project rule must say which file a fact's node is in (fact({ node, file }))");
    // A round trip through JSON keeps only serialisable data, so no AST node leaks into a fact.
    const data = JSON.parse(JSON.stringify(d.data)) as RuleFact["data"];
    const [line, column] = "node" in d ? [d.node.line, d.node.col] : [d.line, d.column];
    const fact: RuleFact = { kind: d.kind, rule: rule.module.meta.id, file, line, column, data, items: [] };
    facts.push(fact);
    if ("node" in d) factNodes.set(fact, d.node);
  };

  /** A throw inside a rule is a problem of its pack (exit 2), reported with the rule and the file. */
  const guarded = (rule: LoadedRule, file: string, fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      if (e instanceof RulePackError) throw e;
      throw new RulePackError("J2X5014", { rule: rule.module.meta.id, file, detail: e instanceof Error ? e.message : String(e) });
    }
  };

  const fileRules = rules.filter((r) => r.module.create);
  for (const source of input.sources) {
    const stack: J.Node[] = [];
    const dispatch: Dispatch = new Map();
    for (const rule of fileRules) {
      const pre = rule.module.preconditions;
      if (pre && !mayUse(source, pre)) continue;
      const helpers: RuleHelpers = { ...queries, report: reporter(rule, source.file), fact: factSink(rule, source.file) };
      const ctx: RuleContext = { ...helpers, file: source.file, unit: source.unit, ancestors: () => stack };
      let visitors: Record<string, Handler | undefined> = {};
      guarded(rule, source.file, () => (visitors = rule.module.create!(ctx) as Record<string, Handler | undefined>));
      for (const [key, fn] of Object.entries(visitors)) {
        if (!fn) continue;
        const list = dispatch.get(key) ?? [];
        list.push((node) => guarded(rule, source.file, () => fn(node)));
        dispatch.set(key, list);
      }
    }
    if (dispatch.size > 0) walk(source.unit, dispatch, stack);
  }

  const sources = input.sources.map((s) => ({ file: s.file, unit: s.unit }));
  const resources = (glob: string): { file: string; text: string }[] => {
    let found = resourceCache.get(glob);
    if (!found) {
      const files = fg.sync(glob, { cwd: input.root, dot: false, ignore: ["**/node_modules/**", "**/target/**", "**/build/**"] }).sort(compareStrings);
      found = files.map((file) => ({ file, text: fs.readFileSync(path.join(input.root, file), "utf8") }));
      for (const r of found) texts.set(r.file, r.text);
      resourceCache.set(glob, found);
    }
    return found;
  };
  for (const rule of rules) {
    if (!rule.module.project) continue;
    const ctx: ProjectContext = { ...queries, report: reporter(rule, undefined), fact: factSink(rule, undefined), sources, resources };
    guarded(rule, "(project)", () => rule.module.project!(ctx));
  }

  raw.sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.rule, b.rule) || compareStrings(a.message, b.message),
  );
  const byNode = new Map<J.Node, RuleFinding[]>();
  const findings = raw.map(({ source, ...f }): RuleFinding => {
    const finding = { id: input.allocateId(f.rule, f.file, source), ...f };
    if (f.node) byNode.set(f.node, [...(byNode.get(f.node) ?? []), finding]);
    return finding;
  });
  for (const [fact, node] of factNodes) fact.items = (byNode.get(node) ?? []).filter((f) => f.rule === fact.rule).map((f) => f.id);
  const keyed = facts.map((f) => ({ f, key: JSON.stringify(f.data) }));
  keyed.sort((a, b) => compareStrings(a.f.file, b.f.file) || a.f.line - b.f.line || a.f.column - b.f.column || compareStrings(a.f.rule, b.f.rule) || compareStrings(a.f.kind, b.f.kind) || compareStrings(a.key, b.key));
  return { findings, facts: keyed.map((k) => k.f), at: (node) => byNode.get(node) ?? [] };
}
