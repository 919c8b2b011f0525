// @ts-check
// Finds beans in a scope other than singleton (prototype, request, session): Go/TS get a factory function instead of one shared instance.

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "spring.prototype-scope",
    title: "Non-singleton bean scope",
    category: "mandatory",
    effort: 5,
    fix: "suggest",
    messages: {
      scope: "Bean in scope \"{scope}\": a new instance per lookup becomes a factory function injected instead of the instance; check who holds instances and for how long",
    },
  },
  preconditions: { uses: ["org.springframework.context.annotation.Scope", "org.springframework.web.context.annotation.*"] },
  create(ctx) {
    return {
      Annotation(node) {
        const fqn = ctx.fqnOfAnnotation(node);
        if (fqn === "org.springframework.web.context.annotation.RequestScope" || fqn === "org.springframework.web.context.annotation.SessionScope") {
          ctx.report({ node, messageId: "scope", data: { scope: fqn.endsWith("RequestScope") ? "request" : "session" } });
          return;
        }
        if (fqn !== "org.springframework.context.annotation.Scope") return;
        const arg = node.args.find((a) => a.name === "value" || a.name === "scopeName");
        const scope = ctx.constantValue(arg?.value);
        if (typeof scope === "string" && scope !== "singleton" && scope !== "") ctx.report({ node, messageId: "scope", data: { scope } });
      },
    };
  },
};
