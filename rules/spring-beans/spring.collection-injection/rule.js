// @ts-check
// Finds injected List<T>/Set<T>/Map<String,T> of beans: the composition root must build that collection in Spring's order.

const INJECT = ["org.springframework.beans.factory.annotation.Autowired", "javax.annotation.Resource", "jakarta.annotation.Resource", "javax.inject.Inject", "jakarta.inject.Inject"];
const STEREOTYPES = ["org.springframework.stereotype.*", "org.springframework.web.bind.annotation.RestController", "org.springframework.context.annotation.Configuration"];
const COLLECTIONS = { "java.util.List": "slice", "java.util.Collection": "slice", "java.util.Set": "slice", "java.util.Map": "map" };

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "spring.collection-injection",
    title: "Injection of every bean of a type (List/Map)",
    category: "mandatory",
    effort: 3,
    fix: "suggest",
    messages: {
      slice: "{name} receives every bean of type {elem}: the composition root builds the slice; Spring's @Order/Ordered order must be kept by hand",
      map: "{name} receives every bean of type {elem} keyed by bean name: the composition root builds the map with the same names",
    },
  },
  preconditions: { uses: [...INJECT, ...STEREOTYPES] },
  create(ctx) {
    /** @param {import("../../../src/parse/ast.js").Param | import("../../../src/parse/ast.js").FieldDecl} node @param {string} name */
    const check = (node, name) => {
      if (!node.type || node.type.kind !== "ClassType") return;
      const fqn = ctx.typeFqn(node.type, ctx.file);
      const shape = fqn && /** @type {Record<string, string>} */ (COLLECTIONS)[fqn];
      const last = node.type.segments.at(-1);
      const args = last?.typeArgs ?? [];
      const elem = args.at(-1);
      if (!shape || !elem || elem.kind !== "ClassType") return;
      const elemFqn = ctx.typeFqn(elem, ctx.file);
      const sym = elemFqn ? ctx.model.lookupType(elemFqn) : undefined;
      // Only collections of the project's own types are bean collections; List<String> config is not.
      if (!sym || sym.origin !== "source") return;
      ctx.report({ node, messageId: shape, data: { name, elem: sym.name } });
    };
    let bean = false;
    return {
      ClassDecl(node) {
        bean = ctx.findAnnotation(node.modifiers, ...STEREOTYPES) !== undefined;
      },
      FieldDecl(node) {
        if (ctx.findAnnotation(node.modifiers, ...INJECT)) check(node, node.declarators.map((d) => d.name).join(", "));
      },
      ConstructorDecl(node) {
        if (bean) for (const p of node.params) check(p, p.name);
      },
    };
  },
};
