// @ts-check
// Finds arrays of type variables or of parameterized types (`T[]`, `List<String>[]`), which Java
// only approximates through erasure (unchecked casts of Object[]).

/** @typedef {import("../../../src/parse/ast.js").TypeNode} TypeNode */

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "generics.generic-array",
    title: "Generic array",
    category: "potential",
    effort: 3,
    fix: "suggest",
    messages: {
      array: "Array of {elem}: Java erases it to Object[] behind an unchecked cast; Go []{elem} / TS {elem}[] are really typed, so check the casts around it",
    },
  },
  create(ctx) {
    /** Type variables in scope: a type or method's type parameters, collected as the walk enters them. */
    /** @type {Set<string>[]} */
    const scopes = [];
    /** @param {TypeNode} t */
    const generic = (t) => {
      if (t.kind !== "ClassType") return false;
      if (t.segments.some((s) => s.typeArgs && s.typeArgs.length > 0)) return true;
      return t.segments.length === 1 && scopes.some((s) => s.has(t.segments[0].name));
    };
    /** @param {import("../../../src/parse/ast.js").Node} node @param {TypeNode} elem */
    const check = (node, elem) => {
      if (generic(elem)) ctx.report({ node, messageId: "array", data: { elem: elem.kind === "ClassType" ? elem.segments.map((s) => s.name).join(".") : "?" } });
    };
    /** @param {{ typeParams: { name: string }[] }} n */
    const enter = (n) => scopes.push(new Set(n.typeParams.map((p) => p.name)));
    const leave = () => void scopes.pop();
    return {
      ClassDecl: enter,
      "ClassDecl:exit": leave,
      InterfaceDecl: enter,
      "InterfaceDecl:exit": leave,
      MethodDecl: enter,
      "MethodDecl:exit": leave,
      ConstructorDecl: enter,
      "ConstructorDecl:exit": leave,
      ArrayType(node) {
        check(node, node.elem);
      },
      NewArrayExpr(node) {
        check(node, node.elemType);
      },
    };
  },
};
