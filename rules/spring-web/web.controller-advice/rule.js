// @ts-check
// Finds @ControllerAdvice classes and their @ExceptionHandler methods, prices them, and states one
// `exception-handler` fact per handler (exception types, HTTP status) from which the back ends
// generate the error middleware that wraps every route.

const WEB = "org.springframework.web.bind.annotation.";
const ADVICE = [`${WEB}ControllerAdvice`, `${WEB}RestControllerAdvice`];

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "web.controller-advice",
    title: "@ControllerAdvice / @ExceptionHandler",
    category: "mandatory",
    effort: 5,
    fix: "suggest",
    messages: {
      advice: "@{name} {in}: becomes error middleware that maps errors to HTTP answers for every route",
      handler: "@ExceptionHandler {in}: becomes a case of the error middleware (errors.As on the Go error type / instanceof in TS)",
    },
  },
  preconditions: { uses: [`${WEB}*`] },
  create(ctx) {
    /** @type {(import("../../../src/parse/ast.js").ClassDecl | undefined)[]} */
    const advices = [];
    /** @param {import("../../../src/parse/ast.js").ElementValue | undefined} v */
    const classLiterals = (v) => (!v ? [] : v.kind === "ElementArray" ? v.elements : [v]).flatMap((e) => (e.kind === "ClassLit" ? [ctx.typeFqn(e.type, ctx.file)] : [])).filter((x) => x !== undefined);
    return {
      ClassDecl(node) {
        const a = ctx.findAnnotation(node.modifiers, ...ADVICE);
        advices.push(a ? node : undefined);
        if (a) ctx.report({ node: a, messageId: "advice", data: { name: a.name.split(".").at(-1) ?? "", in: node.name } });
      },
      "ClassDecl:exit"() {
        advices.pop();
      },
      MethodDecl(node) {
        const a = ctx.findAnnotation(node.modifiers, `${WEB}ExceptionHandler`);
        if (!a) return;
        const owner = /** @type {{ name?: string }} */ (ctx.ancestors().at(-1))?.name ?? "";
        ctx.report({ node: a, messageId: "handler", effort: 1, data: { in: `${owner}.${node.name}` } });
        const advice = advices.at(-1);
        const fqn = advice ? ctx.model.declaredType(advice)?.fqn : undefined;
        if (!fqn) return;
        // Without a value, the handler's exception parameter names the type it handles.
        const declared = classLiterals(a.args.find((x) => x.name === "value")?.value);
        const param = node.params.find((p) => p.type && ctx.isSubtype(ctx.typeFqn(p.type, ctx.file) ?? "", "java.lang.Throwable"));
        const exceptions = declared.length ? declared : param?.type ? [ctx.typeFqn(param.type, ctx.file) ?? "java.lang.Throwable"] : [];
        const status = ctx.findAnnotation(node.modifiers, `${WEB}ResponseStatus`);
        const code = status?.args.find((x) => x.name === "value" || x.name === "code")?.value;
        ctx.fact({
          kind: "exception-handler",
          node,
          data: { advice: fqn, handler: node.name, arity: node.params.length, exceptions, status: code && (code.kind === "FieldAccess" || code.kind === "Name") ? /** @type {{ name: string }} */ (code).name : null },
        });
      },
    };
  },
};
