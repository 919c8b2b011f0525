// @ts-check
// ResponseEntity: reports each written use (pricing, README.md says why) and maps the type, its
// factories (`ok(body)`, `status(404).body(x)`, `notFound().build()`) and accessors to the
// TypeScript support's jrtx.ResponseEntity, whose status and body the route dispatch writes. Go
// keeps the handler's explicit writes (no mapping yet).

const ENTITY = "org.springframework.http.ResponseEntity";
const BUILDERS = [`${ENTITY}.BodyBuilder`, `${ENTITY}.HeadersBuilder`];
/** Static factories of ResponseEntity that take no argument or an int status (an HttpStatus constant has no TS form). */
const FACTORIES = ["ok", "accepted", "badRequest", "noContent", "notFound", "internalServerError", "unprocessableEntity", "status"];

/** @typedef {import("../../../src/transform/rules/mappings.js").MappedCall} MappedCall */
/** @typedef {import("../../../src/transform/rules/mappings.js").MappedExpr} MappedExpr */

/** @param {MappedCall} call @returns {MappedExpr[]} */
const args = (call) => call.args.map((_, i) => ({ arg: i }));

/** @param {MappedCall} call @returns {MappedExpr | undefined} */
function factory(call) {
  if (call.target !== "ts" || call.hasReceiver) return undefined;
  if (call.name === "status" && call.args[0]?.type !== "int") return undefined;
  return { call: { ref: `jrtx.ResponseEntity.${call.name}` }, args: args(call) };
}

/** @param {MappedCall} call @returns {MappedExpr | undefined} */
function method(call) {
  return call.target === "ts" && call.hasReceiver ? { on: { receiver: true }, method: call.name, args: args(call) } : undefined;
}

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "web.response-entity",
    title: "ResponseEntity",
    category: "optional",
    effort: 1,
    fix: "auto",
    messages: {
      default: "ResponseEntity in {in}: status, headers and body become explicit writes (w.WriteHeader, w.Header().Set, json encode) in the handler",
    },
  },
  preconditions: { uses: [ENTITY] },
  mappings: {
    types: {
      [ENTITY]: { ts: { type: "jrtx.ResponseEntity" } },
      ...Object.fromEntries(BUILDERS.map((b) => [b, { ts: { type: "jrtx.ResponseEntityBuilder" } }])),
    },
    calls: {
      ...Object.fromEntries(FACTORIES.map((f) => [`${ENTITY}.${f}`, factory])),
      [`${ENTITY}.getBody`]: method,
      [`${ENTITY}.getStatusCodeValue`]: method,
      ...Object.fromEntries(BUILDERS.flatMap((b) => ["body", "build", "header"].map((m) => [`${b}.${m}`, method]))),
    },
  },
  create(ctx) {
    /** `Class.method` of the innermost enclosing type and method. */
    const where = () => {
      let type = "";
      let member = "";
      for (const n of ctx.ancestors()) {
        if (n.kind === "ClassDecl" || n.kind === "InterfaceDecl" || n.kind === "EnumDecl" || n.kind === "RecordDecl") [type, member] = [n.name, ""];
        else if (n.kind === "MethodDecl") member = n.name;
        else if (n.kind === "ConstructorDecl") member = "<init>";
      }
      return member ? `${type}.${member}` : type;
    };
    return {
      ClassType(node) {
        if (node.segments.at(-1)?.name !== "ResponseEntity" || ctx.typeFqn(node, ctx.file) !== ENTITY) return;
        ctx.report({ node, messageId: "default", data: { name: "ResponseEntity", fqn: ENTITY, in: where() } });
      },
    };
  },
};
