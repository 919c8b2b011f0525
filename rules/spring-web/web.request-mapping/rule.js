// @ts-check
// Finds each request-mapping method, reports its HTTP method and full path (class prefix + method
// path), and states a `route` fact (method, path, handler, parameter bindings, response kind) from
// which the back ends generate the HTTP handlers and the OpenAPI document.

const WEB = "org.springframework.web.bind.annotation.";
/** @type {Record<string, string>} */
const VERBS = { GetMapping: "GET", PostMapping: "POST", PutMapping: "PUT", DeleteMapping: "DELETE", PatchMapping: "PATCH", RequestMapping: "" };

/** Parameter annotations → where the value comes from. */
/** @type {Record<string, string>} */
const BINDINGS = { PathVariable: "path", RequestParam: "query", RequestHeader: "header", RequestBody: "body" };
const SIMPLE = new Set(["java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character"]);
const SERVLET = ["javax.servlet.*", "jakarta.servlet.*"];
const RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";
const RESPONSE_STATUS = `${WEB}ResponseStatus`;
const CONTROLLERS = [`${WEB}RestController`, "org.springframework.stereotype.Controller"];
const VALUE_CONSTANTS = "org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE";

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
    /** Whether each enclosing class serves HTTP (a Feign client interface maps routes it calls, not serves). */
    /** @type {boolean[]} */
    const serving = [];
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
    /** @param {import("../../../src/parse/ast.js").Param} p */
    const binding = (p) => {
      const a = ctx.findAnnotation(p.modifiers, ...Object.keys(BINDINGS).map((k) => WEB + k));
      const fqn = p.type ? ctx.typeFqn(p.type, ctx.file) : undefined;
      if (!a) {
        if (fqn && SERVLET.some((s) => fqn.startsWith(s.slice(0, -1)))) return { source: "servlet", name: p.name, required: false, default: null };
        // Spring binds an unannotated simple parameter as an optional request parameter of its name.
        const simple = p.type?.kind === "PrimitiveType" || (fqn !== undefined && SIMPLE.has(fqn));
        return { source: simple ? "query" : "unbound", name: p.name, required: false, default: null };
      }
      const source = BINDINGS[(ctx.fqnOfAnnotation(a) ?? "").slice(WEB.length)];
      const str = (/** @type {string} */ key) => {
        const v = ctx.constantValue(a.args.find((x) => x.name === key)?.value);
        return typeof v === "string" ? v : undefined;
      };
      const required = ctx.constantValue(a.args.find((x) => x.name === "required")?.value);
      const dflt = str("defaultValue");
      const hasDefault = dflt !== undefined && dflt !== VALUE_CONSTANTS;
      return { source, name: str("value") || str("name") || p.name, required: required !== false && !hasDefault, default: hasDefault ? dflt : null };
    };
    /** @param {import("../../../src/parse/ast.js").MethodDecl} node */
    const responseKind = (node) => {
      if (node.returnType.kind === "PrimitiveType" && node.returnType.name === "void") return "void";
      return ctx.typeFqn(node.returnType, ctx.file) === RESPONSE_ENTITY ? "entity" : "body";
    };
    /** @param {import("../../../src/parse/ast.js").Modifiers} m */
    const status = (m) => {
      const a = ctx.findAnnotation(m, RESPONSE_STATUS);
      const v = a?.args.find((x) => x.name === "value" || x.name === "code")?.value;
      return v && (v.kind === "FieldAccess" || v.kind === "Name") ? /** @type {{ name: string }} */ (v).name : null;
    };
    /** @param {string} a @param {string} b */
    const join = (a, b) => `/${`${a}/${b}`.split("/").filter(Boolean).join("/")}`;
    return {
      ClassDecl(node) {
        const m = ctx.findAnnotation(node.modifiers, `${WEB}RequestMapping`);
        prefixes.push(m ? paths(m)[0] : "");
        serving.push(!!ctx.findAnnotation(node.modifiers, ...CONTROLLERS));
      },
      "ClassDecl:exit"() {
        prefixes.pop();
        serving.pop();
      },
      InterfaceDecl(node) {
        const m = ctx.findAnnotation(node.modifiers, `${WEB}RequestMapping`);
        prefixes.push(m ? paths(m)[0] : "");
        serving.push(false);
      },
      "InterfaceDecl:exit"() {
        prefixes.pop();
        serving.pop();
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
        const ownerDecl = ctx.ancestors().at(-1);
        const owner = /** @type {{ name?: string }} */ (ownerDecl)?.name ?? "";
        const controller = ownerDecl ? ctx.model.declaredType(ownerDecl)?.fqn : undefined;
        const params = node.params.map(binding);
        for (const p of paths(a)) {
          const path = join(prefixes.at(-1) ?? "", p);
          const handler = `${owner}.${node.name}`;
          if (verbs.length === 0) ctx.report({ node: a, messageId: "anyMethod", data: { path, handler } });
          // Spring's {id:regex} variables lose the regex in a Go pattern.
          const goPath = path.replace(/\{(\w+):[^}]*\}/g, "{$1}");
          for (const verb of verbs) ctx.report({ node: a, messageId: "route", data: { verb, path, handler, goPath } });
          if (!controller || !serving.at(-1)) continue;
          for (const verb of verbs.length ? verbs : [""]) {
            ctx.fact({ kind: "route", node, data: { controller, verb, path: goPath, handler: node.name, arity: node.params.length, params, response: responseKind(node), status: status(node.modifiers) } });
          }
        }
      },
    };
  },
};
