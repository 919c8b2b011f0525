// A side table of the semantic model keyed by AST node (the type of each expression, what each
// name refers to, how each written type resolved).
//
// Why not a Map: the model records a type for every expression and a symbol for most names, and
// a V8 Map costs 40–50 bytes per entry; on a 1 M-line project those tables were the largest part
// of the model (≈ 200 MB). Here each node is numbered once, in the `id` slot the lowering reserves
// (ast.ts), and a table is an array indexed by that number: 8 bytes per entry. Numbers come from
// one process-wide counter, so every table (of this model or of another analysis of the same
// trees) agrees on them; a table only holds the chunks (below) its numbers fall in, so numbers
// that start high in a process that analyses many projects cost nothing for the ranges unused.

import type { Node } from "../parse/ast.js";

let lastId = 0;

/**
 * Entries per chunk. A table is a list of fixed-size chunks rather than one array: one array of
 * millions of entries grows by copying into one half as large again, so at the moment of a copy
 * the table needs 2.5 times its size, and it keeps up to a third of slack afterwards.
 */
const CHUNK_BITS = 14;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

export class NodeTable<V> {
  private readonly chunks: (V | undefined)[][] = [];

  get(node: Node): V | undefined {
    const id = node.id;
    if (!id) return undefined;
    return this.chunks[id >>> CHUNK_BITS]?.[id & CHUNK_MASK];
  }

  has(node: Node): boolean {
    return this.get(node) !== undefined;
  }

  set(node: Node, value: V): void {
    const id = node.id || (node.id = ++lastId);
    const chunk = (this.chunks[id >>> CHUNK_BITS] ??= new Array<V | undefined>(CHUNK_SIZE).fill(undefined));
    chunk[id & CHUNK_MASK] = value;
  }
}
