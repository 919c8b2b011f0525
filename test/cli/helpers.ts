// Test helpers: temp project trees and running the CLI from source (`node --import tsx src/cli/main.ts`), no build needed.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
const mainTs = path.join(repoRoot, "src/cli/main.ts");
/** tsx's loader by absolute URL: `--import tsx` would resolve from the child's working directory. */
export const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `java2x …args` in `cwd` as a child process. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", tsxLoader, mainTs, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Creates a temp directory holding `files` (`{ "rel/path": content }`); removed by the caller's cleanup. */
export function tempTree(files: Record<string, string>, prefix = "j2x-test-"): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

/** A small service: two good classes, one with a syntax error, a pom. */
export function sampleProject(): string {
  return tempTree({
    "pom.xml": "<project><groupId>com.acme</groupId><artifactId>inventory</artifactId><version>1.0</version><properties><java.version>17</java.version></properties></project>",
    "src/main/java/com/acme/Stock.java": [
      "package com.acme;",
      "",
      "public class Stock {",
      "  private int count;",
      "  public int add(int n) { count += n; return count; }",
      "}",
      "",
    ].join("\n"),
    "src/main/java/com/acme/Main.java": [
      "package com.acme;",
      "",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    Stock s = new Stock();",
      '    System.out.println("count " + s.add(2));',
      "  }",
      "}",
      "",
    ].join("\n"),
    "src/main/java/com/acme/Broken.java": ["package com.acme;", "", "public class Broken {", "  int x = ;", "  void ok() {}", "}", ""].join("\n"),
  });
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
