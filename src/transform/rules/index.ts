// The rule engine's public surface: the rule API for rule authors, pack loading, the engine and the tester.

export { CATEGORIES, EFFORTS, defineRule } from "./api.js";
export type {
  Category,
  Effort,
  FactDescriptor,
  FactValue,
  Fix,
  Preconditions,
  ProjectContext,
  ReportDescriptor,
  ResolvedCall,
  Risk,
  RiskGrade,
  RuleContext,
  RuleHelpers,
  RuleMeta,
  RuleModule,
  Visitors,
} from "./api.js";
export { runRules } from "./engine.js";
export type { LoadedRule, RuleFact, RuleFinding, RuleRun, RuleSource, RunRulesInput } from "./engine.js";
export { RulePackError } from "./errors.js";
export { BUILTIN_PACKS_DIR, builtInPackDirs, describeRule, loadPack, loadPacks, RULE_SCHEMA_FILE } from "./packs.js";
export type { LoadedPack, RuleDescription } from "./packs.js";
export { checkItems, conventionProblems, EXPECTED_ITEMS, firstDifference, fixtureCases, runFixture, writeIfChanged } from "./tester.js";
export type { ExpectedItem } from "./tester.js";
export type { PackManifest, WhenClause, YamlRule } from "./yaml-types.js";
