// @ts-check
// Shared by the config pack's rules: reading `${key:default}` placeholders, naming Java types for
// the `config-key` facts the back ends turn into a typed config (see docs/writing-rules.md, facts).

/** @typedef {import("../../src/transform/rules/api.js").RuleContext} RuleContext */
/** @typedef {import("../../src/parse/ast.js").Node} Node */

/** `${a.b:default}` → { key, default } (default null when absent); undefined for SpEL or text around it. */
export function placeholder(/** @type {unknown} */ text) {
  if (typeof text !== "string") return undefined;
  const m = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(text.trim());
  return m ? { key: m[1].trim(), default: m[2] ?? null } : undefined;
}

/** The Java type of a written type as fact text: `int`, `java.lang.String`, `java.util.List<java.lang.String>`. */
export function typeName(/** @type {RuleContext} */ ctx, /** @type {import("../../src/parse/ast.js").TypeNode | undefined} */ node) {
  if (!node) return "java.lang.String";
  const t = ctx.model.resolveTypeNode(node, ctx.file);
  return jtypeName(t);
}

/** @returns {string} */
function jtypeName(/** @type {import("../../src/semantic/types.js").JType} */ t) {
  if (t.kind === "prim") return t.name;
  if (t.kind === "class") return t.args.length ? `${t.fqn}<${t.args.map(jtypeName).join(",")}>` : t.fqn;
  if (t.kind === "array") return `${jtypeName(t.elem)}[]`;
  return "java.lang.Object";
}

/** The annotated field or parameter of an annotation being visited (its type and name). */
export function annotatedTarget(/** @type {RuleContext} */ ctx) {
  const path = ctx.ancestors();
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i];
    if (n.kind === "FieldDecl") return { type: n.type, name: n.declarators[0]?.name ?? "" };
    if (n.kind === "Param") return { type: n.type, name: n.name };
    if (n.kind === "MethodDecl" || n.kind === "ClassDecl") return undefined;
  }
  return undefined;
}

/** FQN of the innermost class enclosing the node being visited. */
export function enclosingClass(/** @type {RuleContext} */ ctx) {
  const decl = [...ctx.ancestors()].reverse().find((n) => n.kind === "ClassDecl" || n.kind === "RecordDecl" || n.kind === "EnumDecl");
  return decl ? (ctx.model.declaredType(decl)?.fqn ?? "") : "";
}

/** Spring's canonical (kebab-case) form of a Java property name: `maxItems` → `max-items`. */
export function kebab(/** @type {string} */ name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
