// @ts-check
// Finds @Value injections and reads their placeholder (`${a.b:default}`) so each becomes a typed config field with the same key and default.

const VALUE = "org.springframework.beans.factory.annotation.Value";

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "config.value",
    title: "@Value configuration injection",
    category: "mandatory",
    effort: 1,
    fix: "auto",
    messages: {
      key: "@Value key {key} (default {default}): becomes a field of the typed config struct loaded from application.yml",
      spel: "@Value with a SpEL expression {expr}: evaluate it by hand in the config loader",
    },
  },
  preconditions: { uses: [VALUE] },
  create(ctx) {
    return {
      Annotation(node) {
        if (ctx.fqnOfAnnotation(node) !== VALUE) return;
        const text = ctx.constantValue(node.args.find((a) => a.name === "value")?.value);
        if (typeof text !== "string") return;
        const m = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(text.trim());
        if (m) ctx.report({ node, messageId: "key", data: { key: m[1], default: m[2] === undefined ? "none: required" : JSON.stringify(m[2]) } });
        else ctx.report({ node, messageId: "spel", effort: 3, data: { expr: text } });
      },
    };
  },
};
