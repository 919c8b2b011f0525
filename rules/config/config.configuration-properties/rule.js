// @ts-check
// @ConfigurationProperties(prefix): every property of the class (and of its nested property
// classes) becomes a `config-key` fact `prefix.kebab-name` with the Java initialiser as default.

import { kebab, typeName } from "../config-keys.js";

const CONFIGURATION_PROPERTIES = "org.springframework.boot.context.properties.ConfigurationProperties";

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "config.configuration-properties",
    title: "@ConfigurationProperties",
    category: "mandatory",
    effort: 3,
    fix: "auto",
    messages: {
      default: "@ConfigurationProperties on {in}: its {count} properties under {prefix} become fields of the typed config struct with their Java defaults",
    },
  },
  preconditions: { uses: [CONFIGURATION_PROPERTIES] },
  create(ctx) {
    /**
     * States the keys of one property class; nested classes (`order.executor.core-size`) one level deep.
     * @param {import("../../../src/parse/ast.js").ClassDecl} decl
     * @param {string} prefix
     * @param {string} owner
     * @param {number} depth
     * @returns {number} how many keys
     */
    const keysOf = (decl, prefix, owner, depth) => {
      let count = 0;
      for (const m of decl.members) {
        if (m.kind !== "FieldDecl" || m.modifiers.flags.includes("static")) continue;
        for (const d of m.declarators) {
          const key = `${prefix}.${kebab(d.name)}`;
          const fqn = ctx.typeFqn(m.type);
          const nested = fqn ? ctx.model.lookupType(fqn) : undefined;
          if (nested?.origin === "source" && nested.decl?.kind === "ClassDecl" && depth < 2) {
            count += keysOf(nested.decl, key, owner, depth + 1);
            continue;
          }
          const value = ctx.constantValue(d.init && d.init.kind !== "ArrayInit" ? d.init : undefined);
          ctx.fact({ kind: "config-key", node: d, data: { key, default: value === undefined || value === null ? null : String(value), type: typeName(ctx, m.type), refreshable: false, owner, member: d.name } });
          count++;
        }
      }
      return count;
    };
    return {
      ClassDecl(node) {
        const a = ctx.findAnnotation(node.modifiers, CONFIGURATION_PROPERTIES);
        if (!a) return;
        const prefix = ctx.constantValue(a.args.find((x) => x.name === "prefix" || x.name === "value")?.value);
        if (typeof prefix !== "string") return;
        const count = keysOf(node, prefix, ctx.model.declaredType(node)?.fqn ?? node.name, 0);
        ctx.report({ node: a, messageId: "default", data: { in: node.name, prefix, count } });
      },
    };
  },
};
