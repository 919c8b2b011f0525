// @ts-check
// Finds Dubbo consumer references and their attributes that gRPC does not have as such (async, generic, stubs, mock).

const REFERENCE = ["org.apache.dubbo.config.annotation.DubboReference", "org.apache.dubbo.config.annotation.Reference", "com.alibaba.dubbo.config.annotation.Reference"];

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "dubbo.reference",
    title: "Dubbo reference (RPC client)",
    category: "mandatory",
    effort: 3,
    fix: "suggest",
    messages: {
      reference: "Dubbo reference to {service}: becomes a gRPC client generated from the .proto of {service}, injected by the composition root; timeouts/retries move to the call's context and interceptors",
      async: "Dubbo reference to {service} with async=true: results arrive through RpcContext futures; becomes a goroutine + channel / a Promise around the gRPC call",
      special: "Dubbo reference to {service} with {attribute}: no gRPC equivalent; reimplement it (interceptor, fallback client) by hand",
    },
    risk: { grade: "medium", differs: "serialization (Hessian2 → protobuf: nulls, inheritance, Java-only types), timeouts and retries, load balancing" },
  },
  preconditions: { uses: REFERENCE },
  create(ctx) {
    return {
      FieldDecl(node) {
        const a = ctx.findAnnotation(node.modifiers, ...REFERENCE);
        if (!a) return;
        const service = node.type.kind === "ClassType" ? node.type.segments.map((s) => s.name).join(".") : "?";
        /** @param {string} name */
        const on = (name) => ctx.constantValue(a.args.find((x) => x.name === name)?.value);
        const special = ["generic", "stub", "mock", "callbacks"].find((k) => on(k) !== undefined && on(k) !== false && on(k) !== "false");
        if (special) ctx.report({ node: a, messageId: "special", effort: 7, data: { service, attribute: special } });
        else if (on("async") === true) ctx.report({ node: a, messageId: "async", effort: 5, data: { service } });
        else ctx.report({ node: a, messageId: "reference", data: { service } });
      },
    };
  },
};
