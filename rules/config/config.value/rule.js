// @ts-check
// Finds @Value injections and reads their placeholder (`${a.b:default}`) so each becomes a typed
// config field with the same key and default: states a `config-key` fact for the back ends.

import { annotatedTarget, enclosingClass, placeholder, typeName } from "../config-keys.js";

const VALUE = "org.springframework.beans.factory.annotation.Value";
const REFRESH_SCOPE = "org.springframework.cloud.context.config.annotation.RefreshScope";

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
        const p = placeholder(text);
        if (!p) {
          ctx.report({ node, messageId: "spel", effort: 3, data: { expr: text } });
          return;
        }
        ctx.report({ node, messageId: "key", data: { key: p.key, default: p.default === null ? "none: required" : JSON.stringify(p.default) } });
        const target = annotatedTarget(ctx);
        const owner = enclosingClass(ctx);
        const cls = [...ctx.ancestors()].reverse().find((n) => n.kind === "ClassDecl");
        const refreshable = cls?.kind === "ClassDecl" && ctx.findAnnotation(cls.modifiers, REFRESH_SCOPE) !== undefined;
        ctx.fact({ kind: "config-key", node, data: { key: p.key, default: p.default, type: typeName(ctx, target?.type), refreshable, owner, member: target?.name ?? "" } });
      },
    };
  },
};
