// @ts-check
// ResponseEntity: reports each written use (pricing, README.md says why) and maps the type, its
// factories (`ok(body)`, `status(404).body(x)`, `notFound().build()`) and accessors to the
// Go runtime's *jrt.ResponseEntity and the TypeScript support's jrtx.ResponseEntity, whose status
// and body the route handlers write.

const ENTITY = "org.springframework.http.ResponseEntity";
const BUILDERS = [`${ENTITY}.BodyBuilder`, `${ENTITY}.HeadersBuilder`];
/** Static factories of ResponseEntity that take no argument or an int status (an HttpStatus constant has no TS form). */
const FACTORIES = ["ok", "accepted", "badRequest", "noContent", "notFound", "internalServerError", "unprocessableEntity", "status"];

/** @typedef {import("../../../src/transform/rules/mappings.js").MappedCall} MappedCall */
/** @typedef {import("../../../src/transform/rules/mappings.js").MappedExpr} MappedExpr */

/** @param {MappedCall} call @returns {MappedExpr[]} */
const args = (call) => call.args.map((_, i) => ({ arg: i }));

/** `notFound` → `NotFound`: Go's exported spelling of a Java method name. */
const exported = (/** @type {string} */ name) => name[0].toUpperCase() + name.slice(1);

/** @param {MappedCall} call @returns {MappedExpr | undefined} */
function factory(call) {
  if (call.hasReceiver) return undefined;
  if (call.name === "status" && call.args[0]?.type !== "int") return undefined;
  const ref = call.target === "ts" ? `jrtx.ResponseEntity.${call.name}` : `jrt.ResponseEntity${exported(call.name)}`;
  return { call: { ref }, args: args(call) };
}

/** @param {MappedCall} call @returns {MappedExpr | undefined} */
function method(call) {
  if (!call.hasReceiver) return undefined;
  return { on: { receiver: true }, method: call.target === "ts" ? call.name : exported(call.name), args: args(call) };
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
      default: "ResponseEntity in {in}: becomes jrt.ResponseEntity (Go) / jrtx.ResponseEntity (TS), whose status, headers and body the route writes; an HttpStatus constant argument (and getBody in Go) is not mapped",
    },
  },
  preconditions: { uses: [ENTITY] },
  mappings: {
    types: {
      [ENTITY]: { go: { type: "*jrt.ResponseEntity" }, ts: { type: "jrtx.ResponseEntity" } },
      // In Go a builder is the entity it will build.
      ...Object.fromEntries(BUILDERS.map((b) => [b, { go: { type: "*jrt.ResponseEntity" }, ts: { type: "jrtx.ResponseEntityBuilder" } }])),
    },
    calls: {
      ...Object.fromEntries(FACTORIES.map((f) => [`${ENTITY}.${f}`, factory])),
      // Go: the body's static type (T) is lost in *jrt.ResponseEntity, so getBody stays a stub there.
      [`${ENTITY}.getBody`]: (call) => (call.target === "ts" ? method(call) : undefined),
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
