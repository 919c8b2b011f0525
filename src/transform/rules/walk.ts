// Walks a compilation unit once and dispatches every node to the visitors of every active rule,
// keyed by AST `kind`, so N rules cost one traversal per file, not N.

import type * as J from "../../parse/ast.js";

export type Handler = (node: J.Node) => void;

/** Handlers per visitor key (`MethodCall`, `MethodCall:exit`), in rule order. */
export type Dispatch = Map<string, Handler[]>;

/**
 * Depth-first, children in property order (which is source order for every node of ast.ts).
 * Generic over properties so a new AST kind is visited without touching the engine; `loc` holds
 * no nodes and is skipped. `path` is the ancestor stack the rule context exposes.
 */
export function walk(root: J.Node, dispatch: Dispatch, path: J.Node[]): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v === "object") visit(v);
      return;
    }
    const obj = value as Record<string, unknown>;
    // Objects without a location (Modifiers, AnnotationArg, ClassTypeSegment, a wildcard's bound) only carry nodes.
    const kind = typeof obj.kind === "string" && typeof obj.start === "number" ? obj.kind : undefined;
    const node = kind ? (obj as unknown as J.Node) : undefined;
    if (node) for (const h of dispatch.get(kind!) ?? []) h(node);
    if (node) path.push(node);
    for (const key in obj) {
      const child = obj[key];
      if (child && typeof child === "object") visit(child);
    }
    if (node) {
      path.pop();
      for (const h of dispatch.get(`${kind}:exit`) ?? []) h(node);
    }
  };
  visit(root);
}
