// @ts-check
// Finds generic instance methods: Go methods cannot have type parameters, so each becomes a function taking the receiver.

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "generics.generic-method",
    title: "Generic instance method",
    category: "potential",
    effort: 3,
    fix: "auto",
    messages: {
      method: "{owner}.{name}<{params}> is a generic instance method: in Go it becomes func {name}[{params}](r *{owner}, …) and every call site changes shape (TS keeps a method)",
    },
  },
  create(ctx) {
    /** @type {string[]} */
    const owners = [];
    /** @param {{ name: string }} n */
    const enter = (n) => void owners.push(n.name);
    const leave = () => void owners.pop();
    return {
      ClassDecl: enter,
      "ClassDecl:exit": leave,
      InterfaceDecl: enter,
      "InterfaceDecl:exit": leave,
      EnumDecl: enter,
      "EnumDecl:exit": leave,
      RecordDecl: enter,
      "RecordDecl:exit": leave,
      MethodDecl(node) {
        // Static generic methods are plain generic functions in Go already.
        if (node.typeParams.length === 0 || node.modifiers.flags.includes("static")) return;
        ctx.report({ node, messageId: "method", data: { owner: owners.at(-1) ?? "", name: node.name, params: node.typeParams.map((p) => p.name).join(", ") } });
      },
    };
  },
};
