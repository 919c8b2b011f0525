// @ts-check
// Finds `Class<T>` type tokens (a type variable passed as a runtime class), the Java workaround for erasure that Go and TS replace with type parameters or explicit decoders.

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "generics.class-token",
    title: "Class<T> type token",
    category: "optional",
    effort: 3,
    fix: "suggest",
    messages: {
      token: "{name} is a Class<{arg}> token: callers pass a class to recover an erased type; Go uses the type parameter (reflect.TypeFor[{arg}]() if needed), TS a decoder/constructor argument",
    },
  },
  create(ctx) {
    /** @param {import("../../../src/parse/ast.js").Node} node @param {import("../../../src/parse/ast.js").TypeNode | undefined} type @param {string} name */
    const check = (node, type, name) => {
      if (!type || type.kind !== "ClassType") return;
      const arg = type.segments.at(-1)?.typeArgs?.[0];
      if (!arg || arg.kind !== "ClassType" || ctx.typeFqn(type, ctx.file) !== "java.lang.Class") return;
      const t = ctx.model.resolveTypeNode(arg, ctx.file);
      if (t.kind === "typevar") ctx.report({ node, messageId: "token", data: { name, arg: t.name } });
    };
    return {
      Param(node) {
        check(node, node.type, node.name);
      },
      FieldDecl(node) {
        check(node, node.type, node.declarators.map((d) => d.name).join(", "));
      },
    };
  },
};
