// @ts-check
// Finds @Transactional (Spring's and JTA's) on classes and methods, prices it, and states one
// `transaction` fact per method whose calls Spring's proxy would wrap, from which the back ends
// generate an explicit transaction boundary around the method body.

const SPRING = "org.springframework.transaction.annotation.Transactional";
const JTA = ["javax.transaction.Transactional", "jakarta.transaction.Transactional"];

/** @typedef {import("../../../src/parse/ast.js").Annotation} Annotation */
/** @typedef {import("../../../src/parse/ast.js").ElementValue} ElementValue */
/** @typedef {import("../../../src/parse/ast.js").MethodDecl} MethodDecl */

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "spring.transactional",
    title: "@Transactional",
    category: "mandatory",
    effort: 5,
    fix: "suggest",
    messages: {
      default: "@Transactional on {in}: the proxy that opens/commits/rolls back becomes an explicit boundary around the body (Go jrt.InTransaction, TS inTransaction); set a transaction manager for your database and pass its transaction to the repositories",
      ignored: "@Transactional on {in}: Spring's proxy ignores it ({why}), so no boundary is generated; check whether the Java code relied on a transaction here",
    },
  },
  preconditions: { uses: [SPRING, ...JTA] },
  create(ctx) {
    /** @param {ElementValue | undefined} v */
    const list = (v) => (!v ? [] : v.kind === "ElementArray" ? v.elements : [v]);
    /** @param {ElementValue | undefined} v */
    const classNames = (v) => list(v).flatMap((e) => (e.kind === "ClassLit" ? [ctx.typeFqn(e.type, ctx.file) ?? ""] : [])).filter((x) => x !== "");
    /** @param {ElementValue | undefined} v */
    const strings = (v) => list(v).flatMap((e) => { const c = ctx.constantValue(e); return typeof c === "string" ? [c] : []; });
    /** `Propagation.REQUIRES_NEW`, `TxType.MANDATORY` → the constant's name. @param {ElementValue | undefined} v @param {string} fallback */
    const constantName = (v, fallback) => (v && (v.kind === "FieldAccess" || v.kind === "Name") ? /** @type {{ name: string }} */ (v).name : fallback);

    /** What the annotation asks for, in Spring's vocabulary (JTA's TxType names are the same words). @param {Annotation} a */
    function definition(a) {
      const arg = (/** @type {string} */ name) => a.args.find((x) => x.name === name)?.value;
      const jta = ctx.fqnOfAnnotation(a) !== SPRING;
      const timeout = ctx.constantValue(arg("timeout"));
      return {
        propagation: constantName(arg(jta ? "value" : "propagation"), "REQUIRED"),
        isolation: jta ? "DEFAULT" : constantName(arg("isolation"), "DEFAULT"),
        readOnly: ctx.constantValue(arg("readOnly")) === true,
        timeout: typeof timeout === "number" ? timeout : -1,
        rollbackFor: [...classNames(arg(jta ? "rollbackOn" : "rollbackFor")), ...strings(arg("rollbackForClassName"))],
        noRollbackFor: [...classNames(arg(jta ? "dontRollbackOn" : "noRollbackFor")), ...strings(arg("noRollbackForClassName"))],
      };
    }

    /**
     * Spring's default proxies intercept public instance methods of a bean class, called from
     * outside the bean. @param {MethodDecl} m @param {import("../../../src/parse/ast.js").Node | undefined} owner
     */
    function whyIgnored(m, owner) {
      if (owner?.kind === "InterfaceDecl") return "an interface method: the implementing class decides";
      if (owner?.kind !== "ClassDecl") return "not a method of a bean class";
      if (!m.modifiers.flags.includes("public")) return "the method is not public";
      if (m.modifiers.flags.includes("static")) return "the method is static";
      if (!m.body) return "the method has no body";
      return undefined;
    }

    return {
      ClassDecl(node) {
        const a = ctx.findAnnotation(node.modifiers, SPRING, ...JTA);
        if (a) ctx.report({ node: a, messageId: "default", data: { in: node.name } });
      },
      MethodDecl(node) {
        const owner = ctx.ancestors().at(-1);
        const ownerName = /** @type {{ name?: string }} */ (owner)?.name ?? "";
        const own = ctx.findAnnotation(node.modifiers, SPRING, ...JTA);
        // A class-level annotation applies to every public method the class declares.
        const a = own ?? (owner?.kind === "ClassDecl" ? ctx.findAnnotation(owner.modifiers, SPRING, ...JTA) : undefined);
        if (!a) return;
        const why = whyIgnored(node, owner);
        if (own) {
          const data = { in: `${ownerName}.${node.name}`, why: why ?? "" };
          ctx.report(why ? { node: own, messageId: "ignored", effort: 1, data } : { node: own, messageId: "default", data });
        }
        const type = owner && !why ? ctx.model.declaredType(owner)?.fqn : undefined;
        // The fact sits on the annotation, so the back ends find its item for the marker.
        if (type) ctx.fact({ kind: "transaction", node: a, data: { type, method: node.name, arity: node.params.length, ...definition(a) } });
      },
    };
  },
};
