// The java2x command line: parses argv, merges the config file, calls the library API, and turns
// the outcome into output and the exit codes of docs/contracts.md. Wiring only.

import path from "node:path";
import { pathToFileURL } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ENCODINGS, REPORT_FORMATS, TARGETS, loadConfig, type Encoding, type Java2xConfig, type ReportFormat, type TargetId } from "../project/config.js";
import { ExitCode, InternalError, Java2xError, usageError } from "../project/errors.js";
import { audit, convert, DEFAULT_AUDIT_OUT, toolVersion, type CommonOptions, type RunResult } from "../pipeline/run.js";
import { addRulesCommand } from "./rules-command.js";
import { createProgress, Logger, printSummary, type LogFormat, type Progress, type Terminal } from "./terminal.js";

interface CommonFlags {
  jobs?: number;
  config?: string;
  rules: string[];
  exclude: string[];
  encoding?: Encoding;
  quiet?: boolean;
  progress: boolean;
  logFormat?: LogFormat;
}

interface ConvertFlags extends CommonFlags {
  target?: TargetId;
  out?: string;
  module?: string;
  dryRun?: boolean;
  force?: boolean;
  report?: ReportFormat[];
}

interface AuditFlags extends CommonFlags {
  format?: ReportFormat[];
  out?: string;
  since?: string;
  baseline?: string;
  failOn?: string;
  services?: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function formatList(value: string): ReportFormat[] {
  const formats = value.split(",").map((f) => f.trim()).filter(Boolean);
  for (const f of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(`unknown format ${f} (known: ${REPORT_FORMATS.join(", ")})`);
  }
  return formats as ReportFormat[];
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .option("--jobs <n>", "parse with up to n worker threads (default: number of cores; 1 = no workers)", positiveInt)
    .option("--config <file>", "java2x.config.json or .yaml with defaults for these options")
    .option("--rules <pack>", "rule pack directory or id (repeatable; built-in packs are on by default)", collect, [])
    .option("--exclude <glob>", "skip files matching this gitignore-style pattern, relative to the input root (repeatable)", collect, [])
    .addOption(new Option("--encoding <encoding>", "source encoding; auto = UTF-8, else GB18030").choices(ENCODINGS))
    .option("--quiet", "print nothing but errors")
    .option("--no-progress", "no progress output on stderr")
    .addOption(new Option("--log-format <format>", "stderr messages and progress as text or JSON lines").choices(["text", "json"]));
}

/** Where a run reports from: a relative path when inside the working directory. */
function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

/** The log format is needed before commander has parsed anything, to report early errors in it. */
function logFormatFromArgv(argv: string[]): LogFormat {
  const i = argv.lastIndexOf("--log-format");
  const inline = [...argv].reverse().find((a) => a.startsWith("--log-format="));
  const value = i >= 0 ? argv[i + 1] : inline?.slice("--log-format=".length);
  return value === "json" ? "json" : "text";
}

const EXAMPLES = `
Examples:
  $ java2x convert ./inventory-service --target go --out ./inventory-service-go
  $ java2x convert src/main/java --target ts --out ../web-port --dry-run
  $ java2x audit ./monorepo --out ./audit --exclude '**/generated/**'
  $ java2x audit . --since origin/main --baseline main-report.json --fail-on new
  $ java2x rules list

Exit codes: 0 done (debt found is not a failure), 1 a --fail-on gate tripped,
2 bad usage/config/rule pack, 3 nothing to process, 70 internal error (a java2x bug).`;

export async function runCli(argv: string[], term: Terminal = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const cwd = process.cwd();
  let logger = new Logger(term, logFormatFromArgv(argv));
  let progress: Progress | undefined;
  let exitCode: number = ExitCode.ok;

  /** Merges config file values under command-line flags (flags win). */
  const prepare = (flags: CommonFlags, cmd: Command): { config: Java2xConfig; common: Omit<CommonOptions, "paths"> } => {
    const config = flags.config ? loadConfig(flags.config, cwd) : {};
    const fromCli = (key: string): boolean => cmd.getOptionValueSource(key) === "cli";
    const logFormat = flags.logFormat ?? config.logFormat ?? "text";
    logger = new Logger(term, logFormat);
    const showProgress = !flags.quiet && (fromCli("progress") ? flags.progress : (config.progress ?? true));
    progress = createProgress(term, logger, showProgress);
    const rules = flags.rules.length ? flags.rules : (config.rules ?? []);
    return {
      config,
      common: {
        cwd,
        jobs: flags.jobs ?? config.jobs,
        encoding: flags.encoding ?? config.encoding,
        exclude: [...(config.exclude ?? []), ...flags.exclude],
        rules,
        onProgress: (e) => progress?.update(e),
      },
    };
  };

  const finish = (command: "convert" | "audit", flags: CommonFlags, result: RunResult, reportShown: string | null): void => {
    progress?.stop();
    if (!flags.quiet) {
      for (const n of result.notices) logger.diagnostic(n);
      for (const p of result.wouldWrite) term.stdout.write(`would write ${displayPath(path.join(path.dirname(result.reportPath), p), cwd)}\n`);
      printSummary(term, logger.format, command, result, reportShown);
    }
    if (result.gate?.tripped) exitCode = ExitCode.gateTripped;
  };

  const program = new Command("java2x")
    .description("Migrate Java services to Go or TypeScript, and audit what that takes.")
    .version(toolVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => void term.stdout.write(s), writeErr: (s) => void term.stderr.write(s) })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXAMPLES);

  addCommonOptions(
    program
      .command("convert")
      .summary("translate Java sources into a Go or TypeScript project")
      .description("Translate the Java sources under <path…> into a Go or TypeScript project in --out, with java2x-report.json beside it.")
      .argument("<path...>", "directories (searched for *.java) or .java files")
      .addOption(new Option("--target <target>", "target language").choices(TARGETS))
      .option("--out <dir>", "output directory (must be empty unless --force)")
      .option("--module <path>", "Go module path (default: derived from groupId/artifactId)")
      .option("--dry-run", "list what would be written, write nothing")
      .option("--force", "allow a non-empty --out (files there may be overwritten)")
      .option("--report <formats>", `extra report formats, comma-separated (${REPORT_FORMATS.join(", ")}); json is always written`, formatList),
  )
    .addHelpText("after", "\nExample:\n  $ java2x convert ./inventory-service --target go --out ./inventory-service-go")
    .action(async (paths: string[], flags: ConvertFlags, cmd: Command) => {
      const { config, common } = prepare(flags, cmd);
      const target = flags.target ?? config.convert?.target;
      const out = flags.out ?? config.convert?.out;
      if (!target) throw usageError("convert needs --target go|ts");
      if (!out) throw usageError("convert needs --out <dir>");
      const result = await convert({
        ...common,
        paths,
        target,
        out,
        module: flags.module ?? config.convert?.module,
        dryRun: flags.dryRun,
        force: flags.force,
        reportFormats: flags.report ?? config.convert?.report,
      });
      finish("convert", flags, result, flags.dryRun ? null : displayPath(result.reportPath, cwd));
    });

  addCommonOptions(
    program
      .command("audit")
      .summary("measure the migration effort without writing code")
      .description(`Analyse the Java sources under <path…> and write java2x-report.json into --out (default ./${DEFAULT_AUDIT_OUT}).`)
      .argument("<path...>", "directories (searched for *.java) or .java files")
      .option("--format <formats>", `report formats, comma-separated (${REPORT_FORMATS.join(", ")})`, formatList)
      .option("--out <dir>", `directory for the report files (default: ./${DEFAULT_AUDIT_OUT})`)
      .option("--since <git-ref>", "report only on files changed since this git ref (the analysis still covers everything)")
      .option("--baseline <report.json>", "report only items that are not in this earlier report")
      .option("--fail-on <gate>", "exit 1 when the gate trips: mandatory | new | points>N")
      .option("--services <file>", "business data per service (for scoring)"),
  )
    .addHelpText("after", "\nExample:\n  $ java2x audit . --since origin/main --baseline main-report.json --fail-on new")
    .action(async (paths: string[], flags: AuditFlags, cmd: Command) => {
      const { config, common } = prepare(flags, cmd);
      const result = await audit({
        ...common,
        paths,
        out: flags.out ?? config.audit?.out,
        formats: flags.format ?? config.audit?.format,
        since: flags.since,
        baseline: flags.baseline ?? config.audit?.baseline,
        failOn: flags.failOn ?? config.audit?.failOn,
        services: flags.services ?? config.audit?.services,
      });
      finish("audit", flags, result, displayPath(result.reportPath, cwd));
    });

  addRulesCommand(program, term, cwd, (code) => (exitCode = code));

  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return ExitCode.usage;
    }
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    progress?.stop();
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    if (e instanceof Java2xError) {
      logger.diagnostic(e.diagnostic);
      return e.exitCode;
    }
    const internal = e instanceof InternalError ? e : new InternalError(`(no file: during ${progress?.phase ?? "start-up"})`, e);
    logger.internal(internal.message, internal.stack);
    return ExitCode.internal;
  }
}

/** Runs the CLI as the process: sets the exit code, and treats anything escaping as a java2x bug (exit 70). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const onStray = (e: unknown): void => {
    // The reader of our output went away (`java2x … | head`): nothing more can be said, and
    // nothing is wrong with java2x; stop as `cat` would.
    if ((e as NodeJS.ErrnoException | undefined)?.code === "EPIPE") process.exit(process.exitCode ?? ExitCode.ok);
    const internal = new InternalError("(no file: a background task)", e);
    process.stderr.write(`${internal.message}\n${internal.stack ?? ""}\n`);
    process.exit(ExitCode.internal);
  };
  process.on("uncaughtException", onStray);
  process.on("unhandledRejection", onStray);
  process.exitCode = await runCli(argv);
}

// Started directly (`node --import tsx src/cli/main.ts …`, as the tests do) rather than through bin/java2x.js.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}

