// Shrinks a finished AST before it is kept for the rest of the run: a project's ASTs are all alive
// at once during semantic analysis, so their per-node overhead decides the peak memory.
//
// - Every empty list becomes one shared frozen array (about half of all AST lists are empty:
//   annotations, modifier flags, arguments, type parameters, throws…), 32 bytes saved each.
// - Lists built with `push` carry V8's growth slack (a one-element list reserves 17 slots); when
//   `trim` is set they are replaced by exact-size copies. Lists from a structured clone (a parse
//   worker's reply) are already exact, so the main thread only shares the empty ones.
//
// - Short strings (names, operators' spellings, literals as written) are interned: each file's
//   tokens are fresh strings, so `String`, `get`, `id`… would otherwise be stored once per use.
//
// The AST is immutable after lowering (docs/architecture.md), so sharing is safe; the shared empty
// list is frozen so a mutation would fail loudly instead of leaking into every node.

import type { CompilationUnit } from "./ast.js";

/** The one empty list every AST node shares. */
export const EMPTY_LIST: never[] = Object.freeze([]) as unknown as never[];

/** Longer strings (comments, Javadoc, text blocks) are rarely repeated and costly to hash. */
const MAX_INTERNED_LENGTH = 32;
/** Bounds the table in a long-lived process; starting afresh only costs some sharing. */
const MAX_INTERNED = 100_000;
let interned = new Map<string, string>();

function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned = new Map();
  interned.set(s, s);
  return s;
}

export function compactAst(unit: CompilationUnit, trim: boolean): CompilationUnit {
  compactObject(unit as unknown as Record<string, unknown>, trim);
  return unit;
}

function compactObject(o: Record<string, unknown>, trim: boolean): void {
  for (const key in o) {
    const v = o[key];
    if (typeof v === "string") {
      if (v.length <= MAX_INTERNED_LENGTH) o[key] = intern(v);
      continue;
    }
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) o[key] = compactList(v, trim);
    else compactObject(v as Record<string, unknown>, trim);
  }
}

function compactList(list: unknown[], trim: boolean): unknown[] {
  if (list.length === 0) return EMPTY_LIST;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === "string") {
      // Modifier flags.
      list[i] = intern(v);
      continue;
    }
    if (typeof v !== "object" || v === null) continue;
    // Nested lists: ArrayType's per-dimension annotations.
    if (Array.isArray(v)) list[i] = compactList(v, trim);
    else compactObject(v as Record<string, unknown>, trim);
  }
  return trim ? list.slice() : list;
}
