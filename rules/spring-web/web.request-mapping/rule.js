// @ts-check
// Finds each request-mapping method and states its HTTP method and full path (class prefix + method path), the key of the Go 1.22 route pattern.

const WEB = "org.springframework.web.bind.annotation.";
/** @type {Record<string, string>} */
const VERBS = { GetMapping: "GET", PostMapping: "POST", PutMapping: "PUT", DeleteMapping: "DELETE", PatchMapping: "PATCH", RequestMapping: "" };

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "web.request-mapping",
    title: "Request mapping (HTTP method and path)",
    category: "mandatory",
    effort: 1,
    fix: "auto",
    messages: {
      route: "{verb} {path} → {handler}: becomes mux.HandleFunc(\"{verb} {goPath}\", …) / a route of the Node framework",
      anyMethod: "{path} → {handler} accepts every HTTP method (@RequestMapping without method): pick the methods the route really serves",
    },
  },
  preconditions: { uses: [`${WEB}*`] },
  create(ctx) {
    /** @type {string[]} */
    const prefixes = [];
    /** @param {import("../../../src/parse/ast.js").Annotation} a @param {string} key */
    const strings = (a, key) => {
      const arg = a.args.find((x) => x.name === key);
      if (!arg) return [];
      const values = arg.value.kind === "ElementArray" ? arg.value.elements : [arg.value];
      return values.map((v) => ctx.constantValue(v)).filter((v) => typeof v === "string");
    };
    /** @param {import("../../../src/parse/ast.js").Annotation} a */
    const paths = (a) => {
      const p = [...strings(a, "value"), ...strings(a, "path")];
      return p.length ? p : [""];
    };
    /** @param {string} a @param {string} b */
    const join = (a, b) => `/${`${a}/${b}`.split("/").filter(Boolean).join("/")}`;
    return {
      ClassDecl(node) {
        const m = ctx.findAnnotation(node.modifiers, `${WEB}RequestMapping`);
        prefixes.push(m ? paths(m)[0] : "");
      },
      "ClassDecl:exit"() {
        prefixes.pop();
      },
      MethodDecl(node) {
        const a = ctx.findAnnotation(node.modifiers, ...Object.keys(VERBS).map((k) => WEB + k));
        if (!a) return;
        const simple = (ctx.fqnOfAnnotation(a) ?? "").slice(WEB.length);
        const methods = simple === "RequestMapping" ? strings(a, "method") : [VERBS[simple]];
        const declared = a.args.find((x) => x.name === "method");
        const verbs = simple === "RequestMapping" && declared
          ? (declared.value.kind === "ElementArray" ? declared.value.elements : [declared.value]).map((v) => (v.kind === "FieldAccess" || v.kind === "Name" ? v.name : "?"))
          : methods;
        const owner = /** @type {{ name?: string }} */ (ctx.ancestors().at(-1))?.name ?? "";
        for (const p of paths(a)) {
          const path = join(prefixes.at(-1) ?? "", p);
          const handler = `${owner}.${node.name}`;
          if (verbs.length === 0) ctx.report({ node: a, messageId: "anyMethod", data: { path, handler } });
          // Spring's {id:regex} variables lose the regex in a Go pattern.
          for (const verb of verbs) ctx.report({ node: a, messageId: "route", data: { verb, path, handler, goPath: path.replace(/\{(\w+):[^}]*\}/g, "{$1}") } });
        }
      },
    };
  },
};
