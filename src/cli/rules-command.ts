// The `java2x rules` sub-commands (list, explain, test): wiring over the rule engine's pack loader
// and tester, which treat built-in packs and `--rules ./my-pack` the same way.

import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { ExitCode, Java2xError } from "../project/errors.js";
import { loadPack, loadPacks, RulePackError, testRulePacks, type LoadedPack } from "../index.js";
import type { Terminal } from "./terminal.js";

/** A bad pack is exit 2 with the catalog's message, like any configuration problem. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof RulePackError ? new Java2xError(e.code, e.args) : e;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Left-aligned columns, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  ")).join("\n");
}

export function addRulesCommand(program: Command, term: Terminal, cwd: string, setExitCode: (code: number) => void): void {
  const rules = program.command("rules").summary("list, test and explain rule packs").description("List, test and explain rule packs (the built-in ones and those given with --rules).");
  const out = (s: string): void => void term.stdout.write(s);

  rules
    .command("list")
    .description("list the packs and their rules: id, category, effort, fix")
    .option("--rules <pack>", "also load this pack directory (repeatable)", collect, [])
    .action(async (flags: { rules: string[] }) => {
      const packs = await guarded(() => loadPacks(flags.rules, cwd));
      for (const p of packs) {
        out(`${p.manifest.id} ${p.manifest.version}${p.builtIn ? "" : ` (${p.dir})`}: ${p.manifest.description}\n`);
        const rows = p.rules.map((r) => ["  " + r.module.meta.id, r.module.meta.category, String(r.module.meta.effort), r.module.meta.fix, r.module.meta.title]);
        out(`${table([["  rule", "category", "effort", "fix", "title"], ...rows])}\n\n`);
      }
      out(`${packs.length} packs, ${packs.reduce((n, p) => n + p.rules.length, 0)} rules\n`);
    });

  rules
    .command("explain")
    .description("show a rule's meta and README")
    .argument("<rule-id>", "rule id, e.g. spring.bean-stereotype")
    .option("--rules <pack>", "also load this pack directory (repeatable)", collect, [])
    .action(async (ruleId: string, flags: { rules: string[] }) => {
      const packs = await guarded(() => loadPacks(flags.rules, cwd));
      const rule = packs.flatMap((p) => p.rules).find((r) => r.module.meta.id === ruleId);
      if (!rule) throw new Java2xError("J2X5009", { rule: ruleId, detail: "no loaded pack defines it (see java2x rules list)" });
      const m = rule.module.meta;
      const lines = [
        `${m.id}: ${m.title}`,
        `pack: ${rule.pack}   category: ${m.category}   effort: ${m.effort}   fix: ${m.fix}${m.risk ? `   risk: ${m.risk.grade} (${m.risk.differs})` : ""}`,
        ...(m.docs ? [`docs: ${m.docs}`] : []),
        "messages:",
        ...Object.entries(m.messages).map(([id, text]) => `  ${id}: ${text}`),
      ];
      const readme = path.join(rule.dir, "README.md");
      out(`${lines.join("\n")}\n\n${fs.existsSync(readme) ? fs.readFileSync(readme, "utf8") : "(no README.md)\n"}`);
    });

  rules
    .command("test")
    .description("run the fixtures of a pack (default: every built-in pack): items, translations (expected.go/.ts), builds, idempotence, markers; J2X_UPDATE=1 rewrites the expectations")
    .argument("[pack-dir]", "a pack directory, or a directory of packs")
    .action(async (packDir: string | undefined) => {
      const packs: LoadedPack[] = await guarded(async () =>
        packDir === undefined ? (await loadPacks([], cwd)).filter((p) => p.builtIn) : await loadPacksAt(path.resolve(cwd, packDir)),
      );
      const results = await testRulePacks(packs, { update: Boolean(term.env.J2X_UPDATE) });
      for (const r of results) {
        const wrote = r.wrote.length ? ` (wrote ${r.wrote.join(", ")})` : "";
        out(`${r.ok ? "ok  " : "FAIL"} ${r.pack} ${r.rule} ${r.name}${wrote}\n`);
        for (const p of r.problems) out(`     ${p.replace(/\n/g, "\n     ")}\n`);
      }
      const failed = results.filter((r) => !r.ok).length;
      out(`${results.length - failed}/${results.length} fixture(s) passed in ${packs.length} pack(s)\n`);
      if (failed > 0) out("(a change you meant: J2X_UPDATE=1 rewrites the expectations; read the diff before committing it)\n");
      // A failing fixture is a check that did not pass, like a tripped gate.
      if (failed > 0) setExitCode(ExitCode.gateTripped);
    });
}

/** A pack folder, or a folder holding pack folders. */
async function loadPacksAt(dir: string): Promise<LoadedPack[]> {
  if (fs.existsSync(path.join(dir, "pack.yaml"))) return [await loadPack(dir)];
  const packs = await loadPacks([dir], dir);
  return packs.filter((p) => !p.builtIn);
}
