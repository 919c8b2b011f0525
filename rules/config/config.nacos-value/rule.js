// @ts-check
// @NacosValue("${key:default}", autoRefreshed): a config key like @Value, refreshable when
// autoRefreshed; @NacosConfigurationProperties is reported only.

import { annotatedTarget, enclosingClass, placeholder, typeName } from "../config-keys.js";

const NACOS_VALUE = "com.alibaba.nacos.api.config.annotation.NacosValue";
const NACOS_PROPERTIES = "com.alibaba.nacos.api.config.annotation.NacosConfigurationProperties";

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "config.nacos-value",
    title: "@NacosValue",
    category: "mandatory",
    effort: 5,
    fix: "suggest",
    messages: {
      default: "@{name} on {in}: a Nacos-backed value (autoRefreshed changes it at run time); becomes a config field fed by a watch (Nacos Go SDK or etcd) with a reload hook",
    },
    risk: { grade: "medium", differs: "live refresh: readers must see new values safely (atomic swap of the config struct)" },
  },
  preconditions: { uses: [NACOS_VALUE, NACOS_PROPERTIES] },
  create(ctx) {
    return {
      Annotation(node) {
        const fqn = ctx.fqnOfAnnotation(node);
        if (fqn !== NACOS_VALUE && fqn !== NACOS_PROPERTIES) return;
        const target = annotatedTarget(ctx);
        const owner = enclosingClass(ctx);
        ctx.report({ node, messageId: "default", data: { name: fqn === NACOS_VALUE ? "NacosValue" : "NacosConfigurationProperties", in: owner.slice(owner.lastIndexOf(".") + 1) } });
        const p = fqn === NACOS_VALUE ? placeholder(ctx.constantValue(node.args.find((a) => a.name === "value")?.value)) : undefined;
        if (!p) return;
        const refreshable = ctx.constantValue(node.args.find((a) => a.name === "autoRefreshed")?.value) === true;
        ctx.fact({ kind: "config-key", node, data: { key: p.key, default: p.default, type: typeName(ctx, target?.type), refreshable, owner, member: target?.name ?? "" } });
      },
    };
  },
};
