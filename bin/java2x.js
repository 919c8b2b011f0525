#!/usr/bin/env node
// The installed `java2x` command: runs the compiled CLI (dist/, built by `npm run build` or by `prepare` on install).
// V8 takes its flags (node-flags.js) only at start-up, so the command re-runs itself once with them.
import { spawnSync } from "node:child_process";
import { constants } from "node:os";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { NODE_FLAGS } from "./node-flags.js";

const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
const missing = NODE_FLAGS.filter((flag) => !given.some((a) => a.startsWith(flag.split("=")[0])));

if (missing.length === 0) {
  const { main } = await import("../dist/cli/main.js");
  await main();
} else {
  const args = [...process.execArgv, ...missing, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (child.error) {
    process.stderr.write(`java2x internal error (this is a bug in java2x, please report it) while processing (start-up): ${child.error.message}\n`);
    process.exitCode = 70;
  } else {
    process.exitCode = child.status ?? 128 + (constants.signals[child.signal] ?? 0);
  }
}
