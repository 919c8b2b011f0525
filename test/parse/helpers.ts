// Shared helpers for parser tests: parse a snippet in expression, statement or file position
// and print it with `sx`, failing loudly on any diagnostic.

import { parseJava, type ParseResult } from "../../src/parse/index.js";
import type * as A from "../../src/parse/ast.js";
import { sx } from "./sexpr.js";

export function parseClean(src: string): ParseResult {
  const r = parseJava(src, "T.java");
  if (r.diagnostics.length) throw new Error(`unexpected diagnostics for ${src}: ${JSON.stringify(r.diagnostics)}`);
  return r;
}

/** The initializer of `Object __ = <src>;` in a class. */
export function exprOf(src: string): A.Expr {
  const r = parseClean(`class T { Object __ = ${src}; }`);
  const f = (r.unit.types[0] as A.ClassDecl).members[0] as A.FieldDecl;
  return f.declarators[0]!.init as A.Expr;
}

export function expr(src: string): string {
  return sx(exprOf(src));
}

/** The statements of a method body holding `src`. */
export function stmts(src: string): string {
  const r = parseClean(`class T { void m() { ${src} } }`);
  const m = (r.unit.types[0] as A.ClassDecl).members[0] as A.MethodDecl;
  return m.body!.stmts.map(sx).join(" ");
}

/** The members of `class T { <src> }`. */
export function members(src: string): string {
  const r = parseClean(`class T { ${src} }`);
  return (r.unit.types[0] as A.ClassDecl).members.map(sx).join(" ");
}

/** A whole compilation unit. */
export function unit(src: string): string {
  return sx(parseClean(src).unit);
}
