// Test helpers: analyse Java snippets and find expressions by their source text.

import type { Expr, Node } from "../../src/parse/ast.js";
import { parseJava } from "../../src/parse/index.js";
import { analyze, type SemanticModel } from "../../src/semantic/index.js";
import { typeToString } from "../../src/semantic/types.js";

export interface Analysed {
  model: SemanticModel;
  files: { file: string; text: string; unit: ReturnType<typeof parseJava>["unit"] }[];
}

/** Analyses files given as `{ "path": source }`; a bare string is one file `Test.java`. */
export function analyseSources(sources: string | Record<string, string>): Analysed {
  const map = typeof sources === "string" ? { "Test.java": sources } : sources;
  const files = Object.entries(map).map(([file, text]) => {
    const r = parseJava(text, file);
    if (r.diagnostics.some((d) => d.severity === "error")) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
    return { file, text, unit: r.unit };
  });
  return { model: analyze(files.map((f) => ({ file: f.file, unit: f.unit }))), files };
}

/** Every node below `root`, depth first, in source order of their properties. */
export function walk(root: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(root)) {
    for (const x of root) walk(x, visit);
    return;
  }
  if (!root || typeof root !== "object") return;
  const o = root as Record<string, unknown>;
  if (typeof o.kind === "string" && typeof o.start === "number") visit(o as unknown as Node);
  for (const k of Object.keys(o)) walk(o[k], visit);
}

const EXPR_KINDS = new Set([
  "Literal", "Name", "FieldAccess", "This", "Super", "MethodCall", "NewExpr", "NewArrayExpr", "ArrayAccess", "Unary",
  "Binary", "Assign", "Conditional", "Cast", "InstanceOf", "Lambda", "MethodRef", "ClassLit", "SwitchExpr", "ErrorExpr",
]);

/** The `nth` (0-based) expression whose source text is exactly `text`, outermost first. */
export function findExpr(a: Analysed, text: string, nth = 0): Expr {
  const hits: Expr[] = [];
  for (const f of a.files) {
    walk(f.unit, (n) => {
      if (EXPR_KINDS.has(n.kind) && f.text.slice(n.start, n.end) === text) hits.push(n as Expr);
    });
  }
  const e = hits[nth];
  if (!e) throw new Error(`no expression ${JSON.stringify(text)} (found ${hits.length})`);
  return e;
}

/** Type of the expression with source text `text`, rendered by typeToString. */
export function typeAt(a: Analysed, text: string, nth = 0): string {
  return typeToString(a.model.typeOf(findExpr(a, text, nth)));
}

/** Wraps statements into a class with a method, with the given imports and class members. */
export interface SnippetOptions {
  imports?: string;
  /** Members of class T. */
  members?: string;
  /** Parameters of the method the statements go in. */
  params?: string;
  /** Top-level declarations after class T. */
  after?: string;
}

export function inMethod(body: string, opts: SnippetOptions = {}): string {
  return `package p;\n${opts.imports ?? ""}\nimport java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\nclass T {\n${opts.members ?? ""}\n  void m(${opts.params ?? ""}) {\n${body}\n  }\n}\n${opts.after ?? ""}\n`;
}

/** Type of expression `expr` placed in a method body after `setup` statements. */
export function exprType(setup: string, expr: string, opts: SnippetOptions = {}): string {
  const a = analyseSources(inMethod(`${setup}\n    Object __probe = ${expr};`, opts));
  return typeAt(a, expr);
}
