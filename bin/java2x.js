#!/usr/bin/env node
// The installed `java2x` command: runs the compiled CLI (dist/, built by `npm run build` or by `prepare` on install).
// java-parser and the semantic pass allocate heavily: a 64 MB semi-space cuts parse time by 16–44%
// (docs/parser-notes.md), and V8 takes it only at start-up, so the command re-runs itself once with it.
import { spawnSync } from "node:child_process";
import { constants } from "node:os";
import process from "node:process";
import { fileURLToPath } from "node:url";

const FLAG = "--max-semi-space-size";
const hasFlag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => a.startsWith(FLAG));

if (hasFlag) {
  const { main } = await import("../dist/cli/main.js");
  await main();
} else {
  const args = [...process.execArgv, `${FLAG}=64`, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (child.error) {
    process.stderr.write(`java2x internal error (this is a bug in java2x, please report it) while processing (start-up): ${child.error.message}\n`);
    process.exitCode = 70;
  } else {
    process.exitCode = child.status ?? 128 + (constants.signals[child.signal] ?? 0);
  }
}
