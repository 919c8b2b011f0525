// Lowers the spring-web pack's `route` and `exception-handler` facts to the TypeScript composition
// root (src/app/app.ts, ./spring.ts): `routes(a)` lists the @RequestMapping handlers over the beans
// with their parameter bindings and result types, and the @ExceptionHandler advice; `listen(a)`
// serves them with Fastify, as Spring Boot's embedded server would; `main()` is what the
// @SpringBootApplication's entry point runs. The Spring semantics (binding,
// Jackson, advice choice) are the support module jrtx/web.ts; the Go lowering is ../go/spring.ts.
//
// Fastify rather than Express 5: it ships its own TypeScript declarations (no @types packages,
// which the strict, node-types-free tsconfig of an emitted project would need), is maintained by
// the OpenJS Foundation, and exposes plain route registration that jrtx/web.ts's dispatch fits.

import type { JType, MethodSymbol } from "../../semantic/types.js";
import type { RuleFact } from "../rules/engine.js";
import type { OpenApiRoute } from "../spring-openapi.js";
import { httpStatus, jacksonProperties, springTypeName, type ExceptionHandlerFact, type RouteFact, type RouteParam } from "../spring-web.js";
import type { ClassInfo, TsProgram } from "./context.js";
import type { Naming } from "./names.js";
import { BOXES, JRT_EXCEPTIONS, jdkClassName } from "./types.js";
import { hasConfig } from "../config-facts.js";

/** The Fastify version emitted projects depend on (package.json). */
export const FASTIFY_VERSION = "5.12.8";

/** Spring MVC's binding exceptions, which jrtx/web.ts defines under these names. */
const WEB_EXCEPTIONS: Record<string, string> = Object.fromEntries(
  [
    "javax.servlet.ServletException",
    "org.springframework.web.bind.ServletRequestBindingException",
    "org.springframework.web.bind.MissingRequestValueException",
    "org.springframework.web.bind.MissingServletRequestParameterException",
    "org.springframework.web.bind.MissingRequestHeaderException",
    "org.springframework.web.bind.MissingPathVariableException",
    "org.springframework.core.NestedRuntimeException",
    "org.springframework.beans.BeansException",
    "org.springframework.beans.PropertyAccessException",
    "org.springframework.beans.TypeMismatchException",
    "org.springframework.web.method.annotation.MethodArgumentTypeMismatchException",
    "org.springframework.http.converter.HttpMessageConversionException",
    "org.springframework.http.converter.HttpMessageNotReadableException",
  ].map((fqn) => [fqn, `jrtxWeb.${fqn.slice(fqn.lastIndexOf(".") + 1)}`]),
);
const RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";

/** What the composition root lends the route lowering. */
export interface RootServices {
  /** `a.prop` of the singleton bean of this class, if the root builds one. */
  beanOf(fqn: string): string | undefined;
  /** The imported name of a project class in app.ts. */
  alias(info: ClassInfo): string;
  item(rule: string, file: string, line: number, message: string, effort?: number): string;
}

export interface RoutesLowering {
  /** Declarations appended to app.ts (JSON shapes, routes(), listen()). */
  lines: string[];
  /** The routes served, for openapi.json (../spring-openapi.ts). */
  openapi: OpenApiRoute[];
}

/** `routes(a)`, `listen(a)` and `main()` for app.ts, or undefined when the packs stated no route. */
export function lowerRoutes(prog: TsProgram, naming: Naming, facts: RuleFact[], root: RootServices): RoutesLowering | undefined {
  const routeFacts = facts.filter((f) => f.kind === "route");
  if (!routeFacts.length) return undefined;
  const lowered = new RouteLowerer(prog, naming, root).lower(routeFacts, facts.filter((f) => f.kind === "exception-handler"));
  return { ...lowered, lines: [...lowered.lines, ...mainFunction(hasConfig(facts))] };
}

/** main(): what the @SpringBootApplication's entry point runs instead of SpringApplication.run (Go: app.Main). */
function mainFunction(withConfig: boolean): string[] {
  return [
    "",
    "/**",
    " * Replaces SpringApplication.run: builds the beans with the service's configuration (a step that",
    " * fails is reported and the routes whose beans built are still served), then listens on",
    " * ${server.port:8080}.",
    " */",
    "export function main(): void {",
    // The generated config module merges application*.yml, profiles and the environment (../config.ts).
    `  const cfg: jrtxSpring.SpringConfig = ${withConfig ? "{ values: configValues() }" : "{}"};`,
    "  const { app, failures } = build(cfg);",
    '  if (failures.length) jrt.writeErr(`java2x: serving with the beans that built; ${failures.length} bean step(s) failed:\\n  ${failures.join("\\n  ")}\\n`);',
    "  void listen(app, cfg).then((server) => jrt.writeErr(`listening on port ${server.port}\\n`));",
    "}",
  ];
}

class RouteLowerer {
  /** Classes whose JSON shape is registered, in the order met. */
  private readonly beans = new Map<string, string>();

  constructor(
    private readonly prog: TsProgram,
    private readonly naming: Naming,
    private readonly root: RootServices,
  ) {}

  lower(routeFacts: RuleFact[], adviceFacts: RuleFact[]): RoutesLowering {
    const advice = adviceFacts.flatMap((f) => this.advice(f));
    const routes: string[] = [];
    const openapi: OpenApiRoute[] = [];
    const patterns = new Set<string>();
    for (const f of routeFacts) {
      const r = f.data as unknown as RouteFact;
      const pattern = `${r.verb ? r.verb + " " : ""}${r.path}`;
      const bean = this.root.beanOf(r.controller);
      const m = this.handlerMethod(r.controller, r.handler, r.arity);
      if (!bean || !m || patterns.has(pattern)) {
        const why = !bean ? "its controller is not a bean of the composition root" : !m ? "its handler method is not in the project" : "another handler has the same pattern";
        const id = this.root.item("ts.route-skipped", f.file, f.line, `${pattern} → ${r.handler}: not served because ${why}; add it to routes() by hand`, 3);
        routes.push(`    // java2x: ${id} ${pattern} is not served: ${why}`);
        continue;
      }
      patterns.add(pattern);
      openapi.push({ fact: r, method: m });
      const result = r.response === "entity" && m.returnType.kind === "class" && m.returnType.fqn === RESPONSE_ENTITY ? m.returnType.args[0] : m.returnType;
      const head = `verb: ${JSON.stringify(r.verb)}, path: ${JSON.stringify(r.path)}, status: ${httpStatus(r.status, 200)}, response: ${JSON.stringify(r.response)}, result: ${this.jsonType(result, [])}`;
      const args = this.arguments(f, r, m, pattern);
      const call = `${bean}[${JSON.stringify(this.naming.methodName(m))}](${args.join(", ")})`;
      routes.push(`    { ${head}, handle: (x) => ${call} },`);
    }
    return { lines: [...this.shapes(), ...this.routesFunction(advice, routes), ...LISTEN], openapi };
  }

  private handlerMethod(fqn: string, name: string, arity: number): MethodSymbol | undefined {
    return this.prog.model.lookupType(fqn)?.methods.find((m) => m.name === name && m.params.length === arity && !m.static && m.decl);
  }

  /** The handler's arguments: bound parameters, null (with an item) for the request objects java2x does not model. */
  private arguments(f: RuleFact, r: RouteFact, m: MethodSymbol, pattern: string): string[] {
    return m.params.map((t, i) => {
      const b = r.params[i];
      if (b?.source === "body") return `x.body(${this.jsonType(t, [])}, ${b.required}) as never`;
      const spec = b && (b.source === "path" || b.source === "query" || b.source === "header") ? paramSpec(b, t, (fqn) => this.enumClass(fqn)) : undefined;
      if (spec) return `x.param(${spec}) as never`;
      const what = b ? `${m.paramNames[i] ?? `#${i}`} (${b.source === "servlet" ? "the servlet request or response" : springTypeName(t)})` : `#${i}`;
      const id = this.root.item("ts.route-param", f.file, f.line, `${pattern} → ${r.handler}: parameter ${what} is passed as null; bind it by hand`);
      return `null as never /* java2x: ${id} ${what} is not bound */`;
    });
  }

  /** The TS class of a source enum, for converting request text to its constants. */
  private enumClass(fqn: string): string | undefined {
    const info = this.prog.classOf(fqn);
    return info?.sym.kind === "enum" ? this.root.alias(info) : undefined;
  }

  private advice(f: RuleFact): string[] {
    const h = f.data as unknown as ExceptionHandlerFact;
    const bean = this.root.beanOf(h.advice);
    const m = this.handlerMethod(h.advice, h.handler, h.arity);
    const classes = h.exceptions.map((e) => this.exceptionClass(e));
    if (!bean || !m) {
      const id = this.root.item("ts.advice-skipped", f.file, f.line, `@ExceptionHandler ${h.handler}: not used because ${!bean ? "its advice class is not a bean of the composition root" : "its method is not in the project"}; handle ${h.exceptions.join(", ")} by hand`, 2);
      return [`    // java2x: ${id} @ExceptionHandler ${h.handler} is not used`];
    }
    const known = classes.filter((c): c is string => c !== undefined);
    // A class java2x has no TypeScript class for (validation's MethodArgumentNotValidException) is never thrown here.
    const unknown = h.exceptions.filter((_, i) => classes[i] === undefined);
    if (!known.length) return [`    // ${h.handler}: ${unknown.join(", ")} cannot be thrown by the TypeScript code`];
    const args = m.params.map((p) => (p.kind === "class" && this.prog.isSubtype(p.fqn, "java.lang.Throwable") ? "t as never" : "null as never"));
    const note = unknown.length ? ` // ${unknown.join(", ")} cannot be thrown by the TypeScript code` : "";
    return [`    { classes: [${known.join(", ")}], status: ${h.status ? httpStatus(h.status, 200) : 0}, result: ${this.jsonType(m.returnType, [])}, handle: (t) => ${bean}[${JSON.stringify(this.naming.methodName(m))}](${args.join(", ")}) },${note}`];
  }

  private exceptionClass(fqn: string): string | undefined {
    if (WEB_EXCEPTIONS[fqn]) return WEB_EXCEPTIONS[fqn];
    const info = this.prog.classOf(fqn);
    if (info && !info.isInterface) return this.root.alias(info);
    return JRT_EXCEPTIONS.has(fqn) || fqn === "java.lang.Exception" || fqn === "java.lang.Throwable" ? jdkClassName(fqn) : undefined;
  }

  /** The TS text of the jrtxWeb.JsonType of a Java type; `typeParams` are the enclosing class's type parameters. */
  private jsonType(t: JType | undefined, typeParams: string[]): string {
    if (!t) return '"any"';
    switch (t.kind) {
      case "prim":
        return JSON.stringify(scalar(t.name) ?? "any");
      case "array":
        return `{ list: ${this.jsonType(t.elem, typeParams)} }`;
      case "typevar": {
        const i = typeParams.indexOf(t.name);
        return i < 0 ? '"any"' : `{ arg: ${i} }`;
      }
      case "wildcard":
        return t.bound && !t.super ? this.jsonType(t.bound, typeParams) : '"any"';
      case "class":
        break;
      default:
        return '"any"';
    }
    if (t.fqn === "java.lang.String") return '"string"';
    if (BOXES[t.fqn]) return JSON.stringify(scalar(BOXES[t.fqn]!));
    if (this.prog.isSubtype(t.fqn, "java.util.Collection")) return `{ list: ${this.jsonType(t.args[0], typeParams)} }`;
    if (this.prog.isSubtype(t.fqn, "java.util.Map")) return `{ map: ${this.jsonType(t.args[1], typeParams)} }`;
    const info = this.prog.classOf(t.fqn);
    if (!info || info.isInterface || info.local) return '"any"';
    if (info.sym.kind === "enum") return `{ enumOf: ${this.root.alias(info)} }`;
    this.noteBean(info);
    const args = t.args.map((a) => this.jsonType(a, typeParams));
    return `{ bean: ${this.root.alias(info)}${args.length ? `, args: [${args.join(", ")}]` : ""} }`;
  }

  /** Registers the JSON shape of a class (and, through its properties' types, of the classes they hold). */
  private noteBean(info: ClassInfo): void {
    if (this.beans.has(info.sym.fqn)) return;
    this.beans.set(info.sym.fqn, "");
    const typeParams = info.sym.typeParams.map((p) => p.name);
    const props = jacksonProperties(info.sym, this.prog.model).map((p) => {
      const type = this.jsonType(p.getter?.returnType ?? p.setter?.params[0], typeParams);
      const get = p.getter ? `, get: ${JSON.stringify(this.naming.methodName(p.getter))}` : "";
      const set = p.setter ? `, set: ${JSON.stringify(this.naming.methodName(p.setter))}` : "";
      return `{ name: ${JSON.stringify(p.name)}${get}${set}, type: ${type} }`;
    });
    const alias = this.root.alias(info);
    const ctor = info.sym.methods.find((m) => m.name === "<init>" && m.params.length === 0);
    const noCtors = !info.sym.methods.some((m) => m.name === "<init>");
    const make = info.sym.abstract || (!ctor && !noCtors) || ctor?.access === "private" ? "" : info.mode === "native" || !ctor ? `, () => new ${alias}()` : `, () => new ${alias}()[${JSON.stringify(this.naming.ctorName(ctor))}]()`;
    this.beans.set(info.sym.fqn, `  jrtxWeb.jsonBean(${alias}, [${props.join(", ")}]${make});`);
  }

  private shapes(): string[] {
    return [
      "",
      "/** Jackson's view of the classes the routes read and write: their properties through getters and setters. */",
      "function registerJsonShapes(): void {",
      ...[...this.beans.values()],
      "}",
    ];
  }

  private routesFunction(advice: string[], routes: string[]): string[] {
    return [
      "",
      "/** The @RequestMapping handlers over the beans of `a`, and the @ExceptionHandler advice an escaping exception goes to. */",
      "export function routes(a: App): { routes: jrtxWeb.Route[]; advice: jrtxWeb.Advice[] } {",
      "  registerJsonShapes();",
      "  const advice: jrtxWeb.Advice[] = [",
      ...advice,
      "  ];",
      "  const table: jrtxWeb.Route[] = [",
      ...routes,
      "  ];",
      "  return { routes: table, advice };",
      "}",
    ];
  }
}

/** The jrtxWeb scalar of a primitive name. */
function scalar(prim: string): string | undefined {
  return ({ int: "int", short: "int", byte: "int", long: "long", float: "double", double: "double", boolean: "boolean", char: "char" } as Record<string, string>)[prim];
}

/** Collection types a request parameter binds to as a jrt.ArrayList (Spring's StringToCollectionConverter). */
const PARAM_LISTS = new Set(["java.util.List", "java.util.Collection", "java.util.ArrayList"]);

/** The jrtxWeb scalar a request parameter of this type is converted to, if Spring converts it from text. */
function textScalar(t: JType | undefined): string | undefined {
  if (t?.kind === "prim") return scalar(t.name);
  if (t?.kind !== "class") return undefined;
  return t.fqn === "java.lang.String" ? "string" : BOXES[t.fqn] ? scalar(BOXES[t.fqn]!) : undefined;
}

/**
 * The jrtxWeb.ParamSpec of a path, query or header parameter of a type Spring converts from text
 * (scalars, enums, lists of them), else undefined; `enumClass` is the TS class of a source enum.
 */
function paramSpec(b: RouteParam, t: JType, enumClass: (fqn: string) => string | undefined): string | undefined {
  const list = t.kind === "class" && PARAM_LISTS.has(t.fqn);
  const elem = list ? t.args[0] : t;
  const enumOf = elem?.kind === "class" ? enumClass(elem.fqn) : undefined;
  const type = enumOf ? "string" : textScalar(elem);
  if (!type) return undefined;
  const javaClass = t.kind === "prim" ? t.name : t.kind === "class" ? t.fqn : "java.lang.Object";
  const fields = { source: b.source, name: b.name, required: b.required, default: b.default, type, primitive: t.kind === "prim", java: springTypeName(t), javaClass, ...(list ? { list } : {}) };
  const entries = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `{ ${[...entries, ...(enumOf ? [`enumOf: ${enumOf}`] : [])].join(", ")} }`;
}

/** listen(): Fastify serving routes() on ${server.port:8080}, Spring Boot's embedded server. */
const LISTEN = [
  "",
  "/** A running server: the port it listens on (useful with port 0) and how to stop it. */",
  "export interface Server {",
  "  port: number;",
  "  close(): Promise<void>;",
  "}",
  "",
  "/**",
  " * Serves routes(a) with Fastify on `port`, else ${server.port:8080} (SERVER_PORT in the environment),",
  " * on every interface as Spring Boot does; port 0 picks a free one.",
  " */",
  "export async function listen(a: App, cfg: jrtxSpring.SpringConfig = {}, port?: number): Promise<Server> {",
  "  const { routes: table, advice } = routes(a);",
  "  const server = Fastify();",
  "  // Bodies reach the handlers as text: jrtxWeb reads them as Jackson does (Java's types and errors).",
  "  server.removeAllContentTypeParsers();",
  '  server.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, body));',
  "  for (const r of table) {",
  "    server.route({",
  "      method: jrtxWeb.methodsOf(r, table),",
  "      url: jrtxWeb.nodePath(r.path),",
  "      handler: async (req, reply) => {",
  "        const res = jrtxWeb.dispatch(r, advice, {",
  "          method: req.method,",
  '          path: req.url.split("?")[0] ?? req.url,',
  "          params: req.params as Record<string, string>,",
  "          query: req.query as Record<string, string | string[]>,",
  "          headers: req.headers as Record<string, string | string[]>,",
  '          body: typeof req.body === "string" ? req.body : "",',
  "        });",
  '        return res.body === "" ? reply.code(res.status).send() : reply.code(res.status).type("application/json").send(res.body);',
  "      },",
  "    });",
  "  }",
  '  const url = await server.listen({ port: port ?? jrtxSpring.configValue(cfg, "${server.port:8080}", "number"), host: "0.0.0.0" });',
  "  return { port: Number(/:(\\d+)$/.exec(url)?.[1] ?? 0), close: () => server.close() };",
  "}",
];
