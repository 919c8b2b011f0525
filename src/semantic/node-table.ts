// A side table of the semantic model keyed by AST node (the type of each expression, what each
// name refers to, how each written type resolved).
//
// Why not a Map: the model records a type for every expression and a symbol for most names, and
// a V8 Map costs 40–50 bytes per entry; on a 1 M-line project those tables were the largest part
// of the model (≈ 200 MB). Here each node is numbered once, in the `id` slot the lowering reserves
// (ast.ts), and a table is an array indexed by that number: 8 bytes per entry. Numbers come from
// one process-wide counter, so every table (of this model or of another analysis of the same
// trees) agrees on them; a table whose numbers start high is a sparse array, which V8 stores as
// a dictionary — correct, only less compact, and only in processes that analyse many projects.

import type { Node } from "../parse/ast.js";

let lastId = 0;

export class NodeTable<V> {
  private readonly values: (V | undefined)[] = [];

  get(node: Node): V | undefined {
    const id = node.id;
    return id ? this.values[id] : undefined;
  }

  has(node: Node): boolean {
    return this.get(node) !== undefined;
  }

  set(node: Node, value: V): void {
    this.values[node.id || (node.id = ++lastId)] = value;
  }
}
