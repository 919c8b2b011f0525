// @ts-check
// Finds each injection point of a Spring bean (field, setter, constructor) and prices turning it into an explicit constructor parameter.

const INJECT = ["org.springframework.beans.factory.annotation.Autowired", "javax.annotation.Resource", "jakarta.annotation.Resource", "javax.inject.Inject", "jakarta.inject.Inject"];
const STEREOTYPES = ["org.springframework.stereotype.*", "org.springframework.web.bind.annotation.RestController", "org.springframework.context.annotation.Configuration"];

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "spring.injection",
    title: "Dependency injection point",
    category: "mandatory",
    effort: 1,
    fix: "auto",
    messages: {
      field: "Field injection of {name}: becomes a parameter of New{owner}(…) wired by the composition root",
      setter: "Setter injection through {name}(…): becomes a constructor parameter; a setter that breaks a cycle needs a redesign",
      constructor: "Constructor injection into {owner} ({count} parameter(s)): maps 1:1 to New{owner}(…)",
    },
  },
  preconditions: { uses: [...INJECT, ...STEREOTYPES] },
  create(ctx) {
    /** @type {string[]} */
    const owners = [];
    return {
      ClassDecl(node) {
        owners.push(node.name);
        const bean = ctx.findAnnotation(node.modifiers, ...STEREOTYPES);
        const ctors = node.members.filter((m) => m.kind === "ConstructorDecl");
        // Spring autowires the only constructor of a bean, or the @Autowired one.
        const injecting = ctors.length === 1 ? ctors : ctors.filter((c) => ctx.findAnnotation(c.modifiers, ...INJECT));
        for (const c of bean ? injecting : []) {
          if (c.kind === "ConstructorDecl" && c.params.length > 0) ctx.report({ node: c, messageId: "constructor", data: { owner: node.name, count: c.params.length } });
        }
      },
      "ClassDecl:exit"() {
        owners.pop();
      },
      FieldDecl(node) {
        if (ctx.findAnnotation(node.modifiers, ...INJECT)) {
          ctx.report({ node, messageId: "field", data: { name: node.declarators.map((d) => d.name).join(", "), owner: owners.at(-1) ?? "" } });
        }
      },
      MethodDecl(node) {
        if (node.params.length > 0 && ctx.findAnnotation(node.modifiers, ...INJECT)) {
          ctx.report({ node, messageId: "setter", effort: 3, data: { name: node.name, owner: owners.at(-1) ?? "" } });
        }
      },
    };
  },
};
