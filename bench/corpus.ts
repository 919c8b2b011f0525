// Benchmark corpora: samples/ copied until it reaches the wanted size (see bench.ts). Built once
// under the OS temp directory and reused (a `.complete` stamp records files and lines).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Outside the repository: the repo's .gitignore would hide it from discovery.
export const corpusRoot = path.join(os.tmpdir(), "java2x-bench");

export interface Corpus {
  dir: string;
  files: number;
  lines: number;
}

// Corpus: samples/ copied until it reaches the wanted size, each copy under its own package prefix
// so the semantic index sees distinct types (as in a real monorepo) instead of duplicates.

function sampleFiles(): { rel: string; text: string }[] {
  const out: { rel: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      // samples/broken holds deliberate syntax errors; GBK files are decoded as the tool would.
      else if (entry.name.endsWith(".java") && !abs.includes(`${path.sep}broken${path.sep}`)) {
        out.push({ rel: path.relative(path.join(root, "samples"), abs), text: fs.readFileSync(abs, "latin1") });
      }
    }
  };
  walk(path.join(root, "samples"));
  return out;
}

export function buildCorpus(targetLines: number): Corpus {
  const dir = path.join(corpusRoot, `corpus-${targetLines}`);
  const stamp = path.join(dir, ".complete");
  const samples = sampleFiles();
  if (fs.existsSync(stamp)) {
    const [files, lines] = fs.readFileSync(stamp, "utf8").split(" ").map(Number);
    return { dir, files: files!, lines: lines! };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let lines = 0;
  for (let copy = 0; lines < targetLines; copy++) {
    const prefix = `bench${copy}`;
    for (const s of samples) {
      // Prefix the package and the project-internal imports; default-package programs get one.
      let text = s.text.replace(/\b(com\.acme)\b/g, `${prefix}.$1`);
      if (!/^\s*package\s/m.test(text)) text = `package ${prefix}.${path.dirname(s.rel).replace(/[^A-Za-z0-9]+/g, "_")};\n${text}`;
      const file = path.join(dir, prefix, s.rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text, "latin1");
      files++;
      lines += text.split("\n").length;
    }
  }
  fs.writeFileSync(stamp, `${files} ${lines}`);
  return { dir, files, lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const size of process.argv.slice(2).map(Number)) console.log(JSON.stringify(buildCorpus(size)));
}
