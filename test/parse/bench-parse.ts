// Measures parse speed and memory of parseJava against raw java-parser on a corpus of .java files.
// Usage: node --import tsx [--max-semi-space-size=64] test/parse/bench-parse.ts <mode> <dir> [maxFiles]
// mode: raw (stock java-parser `parse`), cst (our recovering parser, no lowering), full (parseJava),
// check (parseJava over every file, printing diagnostics counts and the first few syntax errors),
// mem (retained heap of all ASTs; run with --expose-gc), compare (raw, cst and full interleaved file
// by file in one process, so machine load affects all three alike).

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse as rawParse } from "java-parser";
import { parseJava } from "../../src/parse/index.js";
import { lexAndParse } from "../../src/parse/java-parser-adapter.js";
import { translateUnicodeEscapes } from "../../src/parse/unicode-escapes.js";

function listJava(dir: string, out: string[]): void {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) listJava(p, out);
    else if (e.endsWith(".java")) out.push(p);
  }
}

const [mode = "full", dir = ".", max = "1000000"] = process.argv.slice(2);
const files: string[] = [];
listJava(dir, files);
const texts = files.slice(0, Number(max)).map((f) => ({ f, text: readFileSync(f, "utf8") }));
const lineCount = texts.reduce((n, t) => n + t.text.split("\n").length, 0);

function runOnce(t: { f: string; text: string }): number {
  if (mode === "raw") {
    try {
      rawParse(t.text);
    } catch {
      return 1;
    }
    return 0;
  }
  if (mode === "cst") return lexAndParse(translateUnicodeEscapes(t.text).text).parseErrors.length;
  return parseJava(t.text, t.f).diagnostics.length;
}

if (mode === "compare") {
  // Each file is parsed once per parser instance, as in a real run: re-parsing the same files
  // would find java-parser's lookahead cache perfectly warm and flatter the parser. A second copy
  // of the adapter module (query string) gives `cst` a parser instance of its own.
  const copySpecifier: string = "../../src/parse/java-parser-adapter.js?copy";
  const copy = (await import(copySpecifier)) as typeof import("../../src/parse/java-parser-adapter.js");
  const warm = Math.min(100, Math.floor(texts.length / 4));
  const ms = { raw: 0, cst: 0, full: 0 };
  let lines = 0;
  texts.forEach((t, i) => {
    const a = performance.now();
    try {
      rawParse(t.text);
    } catch {
      // counted like any other file
    }
    const b = performance.now();
    copy.lexAndParse(translateUnicodeEscapes(t.text).text);
    const c = performance.now();
    parseJava(t.text, t.f);
    const d = performance.now();
    if (i < warm) return;
    ms.raw += b - a;
    ms.cst += c - b;
    ms.full += d - c;
    lines += t.text.split("\n").length;
  });
  const lps = (k: keyof typeof ms): number => Math.round(lines / (ms[k] / 1000));
  console.log(
    JSON.stringify({
      files: texts.length - warm,
      lines,
      rawLinesPerSecond: lps("raw"),
      cstLinesPerSecond: lps("cst"),
      fullLinesPerSecond: lps("full"),
      loweringCostPct: +((100 * ms.full) / ms.cst - 100).toFixed(1),
      fullVsRawPct: +((100 * ms.raw) / ms.full).toFixed(1),
    }),
  );
} else if (mode === "mem") {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const units = texts.map((t) => parseJava(t.text, t.f).unit);
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    JSON.stringify({
      files: units.length,
      lines: lineCount,
      astMB: Math.round((after - before) / 2 ** 20),
      bytesPerLine: Math.round((after - before) / lineCount),
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
    }),
  );
} else if (mode === "check") {
  const codes = new Map<string, number>();
  let shown = 0;
  for (const t of texts) {
    const r = parseJava(t.text, t.f);
    for (const d of r.diagnostics) {
      codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
      if (shown++ < 15) console.log(`${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
    }
  }
  console.log(JSON.stringify({ files: texts.length, lines: lineCount, diagnostics: Object.fromEntries(codes) }));
} else {
  // Warm-up on the first files so JIT compilation is not billed to the measured pass.
  for (const t of texts.slice(0, 200)) runOnce(t);
  const t0 = performance.now();
  let failures = 0;
  for (const t of texts) failures += runOnce(t) > 0 ? 1 : 0;
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  console.log(
    JSON.stringify({
      mode,
      files: texts.length,
      lines: lineCount,
      seconds: +(ms / 1000).toFixed(2),
      linesPerSecond: Math.round(lineCount / (ms / 1000)),
      filesWithErrors: failures,
      rssMB: Math.round(mem.rss / 2 ** 20),
      heapUsedMB: Math.round(mem.heapUsed / 2 ** 20),
    }),
  );
}
