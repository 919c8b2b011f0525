// The java2x library API: `convert()` and `audit()` return the report (and write what they are asked to), with no CLI concerns.

export { audit, convert, DEFAULT_AUDIT_OUT } from "./pipeline/run.js";
export type { AuditOptions, CommonOptions, ConvertOptions, Phase, ProgressEvent, RunResult, RunStats } from "./pipeline/run.js";
export { getTarget, registerTarget } from "./pipeline/target.js";
export type { EmitInput, EmitSource, EmitTarget, EmittedItem, EmittedProject } from "./pipeline/target.js";
export { ExitCode, InternalError, Java2xError } from "./project/errors.js";
export type { Encoding, Java2xConfig, ReportFormat, TargetId } from "./project/config.js";
export { loadConfig } from "./project/config.js";
export type { ServiceInfo, ModuleInfo, ProjectModel } from "./project/modules.js";
export type { Report, ReportItem, ReportService, ReportSummary, EntryPoint, Category } from "./report/model.js";
export { renderReportJson, REPORT_JSON_NAME } from "./report/json.js";
export { defineRule, loadPack, loadPacks, RulePackError, runRules, BUILTIN_PACKS_DIR } from "./transform/rules/index.js";
export { testRulePacks } from "./pipeline/rule-tester.js";
export type { CaseResult, RuleTestOptions } from "./pipeline/rule-tester.js";
export type { LoadedPack, ProjectContext, RuleContext, RuleFinding, RuleModule, Visitors } from "./transform/rules/index.js";
