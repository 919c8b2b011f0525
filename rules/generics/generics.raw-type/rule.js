// @ts-check
// Finds raw uses of generic types (`List`, `new HashMap()`): their element types must be inferred or chosen by hand in Go/TS.

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "generics.raw-type",
    title: "Raw type",
    category: "optional",
    effort: 3,
    fix: "suggest",
    messages: {
      raw: "Raw {name} (no type arguments): translated as {name}[any] / {name}<unknown>; give it its real type arguments to keep type safety",
    },
  },
  create(ctx) {
    return {
      ClassType(node) {
        const last = node.segments.at(-1);
        if (!last || last.typeArgs !== undefined) return;
        // `x instanceof List` and `List.class` must be raw in Java: not a hazard.
        const parent = ctx.ancestors().at(-1);
        if (parent && (parent.kind === "InstanceOf" || parent.kind === "ClassLit" || parent.kind === "TypePattern")) return;
        const fqn = ctx.typeFqn(node, ctx.file);
        const sym = fqn ? ctx.model.lookupType(fqn) : undefined;
        if (sym && sym.typeParams.length > 0) ctx.report({ node, messageId: "raw", data: { name: sym.name } });
      },
    };
  },
};
