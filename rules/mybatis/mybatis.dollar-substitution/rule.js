// @ts-check
// Whole-project rule: finds MyBatis `${…}` text substitution in mapper annotations and mapper XML,
// which pastes values into SQL unescaped (SQL injection) and has no safe 1:1 translation.

const SQL = ["org.apache.ibatis.annotations.Select", "org.apache.ibatis.annotations.Update", "org.apache.ibatis.annotations.Insert", "org.apache.ibatis.annotations.Delete"];
const DOLLAR = /\$\{\s*([^}]+?)\s*\}/g;

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "mybatis.dollar-substitution",
    title: "MyBatis ${} substitution (SQL injection risk)",
    category: "mandatory",
    effort: 5,
    fix: "manual",
    messages: {
      annotation: "@{annotation} on {method} pastes ${{name}} into the SQL text: SQL injection risk; use a bind parameter, or an allow-list for identifiers (ORDER BY columns)",
      xml: "<{tag} id=\"{id}\"> pastes ${{name}} into the SQL text: SQL injection risk; use a bind parameter, or an allow-list for identifiers (ORDER BY columns)",
    },
    risk: { grade: "high", differs: "the generated query functions never build SQL from strings, so the dynamic part must be redesigned, not translated" },
  },
  project(ctx) {
    for (const { file, unit } of ctx.sources) {
      /** @param {import("../../../src/parse/ast.js").Member[]} members */
      const visit = (members) => {
        for (const m of members) {
          if (m.kind === "ClassDecl" || m.kind === "InterfaceDecl") visit(m.members);
          if (m.kind !== "MethodDecl") continue;
          const a = ctx.findAnnotation(m.modifiers, ...SQL);
          if (!a) continue;
          const arg = a.args.find((x) => x.name === "value");
          const parts = arg ? (arg.value.kind === "ElementArray" ? arg.value.elements : [arg.value]) : [];
          const sql = parts.map((p) => ctx.constantValue(p)).join(" ");
          for (const match of sql.matchAll(DOLLAR)) ctx.report({ node: a, file, messageId: "annotation", data: { annotation: a.name, method: m.name, name: match[1] } });
        }
      };
      visit(unit.types);
    }
    for (const { file, text } of ctx.resources("**/*.xml")) {
      if (!text.includes("<mapper")) continue;
      // The statement a ${} sits in: the nearest opening <select|insert|update|delete|sql id="…"> before it.
      const statements = [...text.matchAll(/<(select|insert|update|delete|sql)\b[^>]*\bid="([^"]*)"/g)];
      for (const match of text.matchAll(DOLLAR)) {
        const at = match.index ?? 0;
        const before = text.slice(0, at);
        // XML comments mention ${} too (often as a warning); only live SQL counts.
        if (before.lastIndexOf("<!--") > before.lastIndexOf("-->")) continue;
        const owner = statements.filter((s) => (s.index ?? 0) < at).at(-1);
        const line = before.split("\n").length;
        const column = at - before.lastIndexOf("\n");
        ctx.report({ file, line, column, messageId: "xml", data: { tag: owner?.[1] ?? "mapper", id: owner?.[2] ?? "?", name: match[1] } });
      }
    }
  },
};
