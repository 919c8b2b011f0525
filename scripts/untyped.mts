// Dev tool: measures semantic coverage of a Java tree and lists the most frequent kinds of
// expressions the model leaves untyped, with examples, so gaps can be found and fixed.
//
//   npx tsx scripts/untyped.mts <dir> [--top N]
//
// Every .java file under <dir> is parsed and all are analysed together (as `java2x audit` does),
// then `model.stats` and the analysis time (lines/s) are printed, followed by the untyped kinds.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Node } from "../src/parse/ast.js";
import { parseJava, readJavaFile } from "../src/parse/index.js";
import { analyze, type SourceUnit } from "../src/semantic/index.js";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;
if (!dir) {
  console.error("usage: npx tsx scripts/untyped.mts <dir> [--top N]");
  process.exit(2);
}

// Expression node kinds; the model only counts value expressions, so this list only picks
// which nodes to inspect, not what counts as typed.
const EXPR_KINDS = new Set([
  "Literal", "Name", "FieldAccess", "This", "MethodCall", "NewExpr", "NewArrayExpr", "ArrayAccess", "Unary",
  "Binary", "Assign", "Conditional", "Cast", "InstanceOf", "Lambda", "MethodRef", "ClassLit", "SwitchExpr",
]);

const files = fs
  .readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".java"))
  .sort();
const texts = new Map<string, string>();
const units: SourceUnit[] = [];
let lines = 0;
const t0 = performance.now();
for (const f of files) {
  const text = readJavaFile(path.join(dir, f), "auto").text;
  const parsed = parseJava(text, f);
  texts.set(f, text);
  lines += parsed.lines;
  units.push({ file: f, unit: parsed.unit });
}
const t1 = performance.now();
const model = analyze(units);
const t2 = performance.now();

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
function walk(n: unknown, file: string): void {
  if (!n || typeof n !== "object") return;
  if (Array.isArray(n)) {
    for (const x of n) walk(x, file);
    return;
  }
  const node = n as Node & { name?: unknown };
  // Annotation arguments are not counted by the model.
  if (node.kind === "Annotation") return;
  if (typeof node.kind === "string" && node.loc && EXPR_KINDS.has(node.kind) && model.stats.byFile.has(file)) {
    // typeOf answers UNKNOWN both for untyped values and for nodes that are not counted
    // (type and package names); only report counted ones, i.e. those with a recorded answer or none at all.
    if (model.typeOf(node as never).kind === "unknown" && !isTypeOrPackageName(node)) {
      const key = node.kind + (node.kind === "MethodCall" ? ":" + String(node.name) : "");
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const ex = examples.get(key) ?? [];
      if (ex.length < 3) {
        const text = texts.get(file)!;
        const snippet = text.slice(node.loc.start, Math.min(node.loc.end, node.loc.start + 60)).replace(/\s+/g, " ");
        ex.push(`${file.split("/").slice(-2).join("/")}:${node.loc.line} ${snippet}`);
      }
      examples.set(key, ex);
    }
  }
  for (const k of Object.keys(node)) if (k !== "loc") walk((node as unknown as Record<string, unknown>)[k], file);
}
function isTypeOrPackageName(n: Node): boolean {
  const ref = model.symbolOf(n);
  return ref?.kind === "type" || ref?.kind === "package";
}
for (const u of units) walk(u.unit, u.file);

const { expressions, typedExpressions } = model.stats;
console.log(`files ${files.length}, lines ${lines}`);
console.log(`expressions ${expressions}, typed ${typedExpressions}, ratio ${(typedExpressions / Math.max(1, expressions)).toFixed(4)}`);
console.log(`parse ${(t1 - t0).toFixed(0)} ms, analyze ${(t2 - t1).toFixed(0)} ms, ${Math.round(lines / ((t2 - t1) / 1000))} lines/s analysed`);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(v, k, JSON.stringify(examples.get(k)));
