// Lowers the `bean` facts of the rule packs (rules/spring-beans/spring.bean-graph) to a TypeScript
// composition root, src/app/app.ts: an `App` class with one property per bean (a factory for
// prototype beans) and `build(cfg)`, which creates the beans in dependency order (constructor
// injection through the Java constructor's `$init`, field and setter injection right after), runs
// @PostConstruct methods in that order and registers @PreDestroy ones for `App.close()` in
// reverse. With `route` facts it also serves the @RequestMapping handlers (./spring-web.ts: routes(),
// listen()). The Go lowering of the same facts is src/transform/go/spring.ts.

import type { Loc } from "../../parse/ast.js";
import type { JType, MethodSymbol } from "../../semantic/types.js";
import type { RuleFact } from "../rules/engine.js";
import type { ClassInfo, TsProgram } from "./context.js";
import type { Naming } from "./names.js";
import { lowerRoutes } from "./spring-web.js";
import { hasConfig } from "../config-facts.js";
import type { OpenApiRoute } from "../spring-openapi.js";

interface BeanDep {
  via: "constructor" | "field" | "setter" | "factory";
  member: string;
  name: string;
  type: string;
  container: "list" | "map" | null;
  value: string | null;
  beans: string[];
}

interface BeanFact {
  name: string;
  type: string;
  scope: string;
  factory: { bean: string; method: string } | null;
  init: string[];
  destroy: string[];
  deps: BeanDep[];
}

interface Wired {
  fact: BeanFact;
  file: string;
  line: number;
  prop: string;
  info?: ClassInfo;
  /** TS type text of the property. */
  type: string;
}

const NUMBER_BOXES = new Set(["java.lang.Integer", "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Character"]);

/** How a @Value is converted (src/emit/ts/support/spring.ts): as the TS transform represents the Java type. */
function valueKind(t: JType): string {
  if (t.kind === "prim") return t.name === "long" ? "bigint" : t.name === "boolean" ? "boolean" : "number";
  if (t.kind === "class") return t.fqn === "java.lang.Long" ? "bigint" : t.fqn === "java.lang.Boolean" ? "boolean" : NUMBER_BOXES.has(t.fqn) ? "number" : "string";
  return "string";
}

/** The composition root app.ts (path under src/) and, when it serves routes, the routes for openapi.json. */
export interface CompositionRoot {
  path: string;
  text: string;
  routes?: OpenApiRoute[];
}

/** `src/app/app.ts`, or undefined when the packs stated no bean. */
export function springCompositionRoot(prog: TsProgram, naming: Naming, facts: RuleFact[]): CompositionRoot | undefined {
  const beans = facts.filter((f) => f.kind === "bean");
  if (!beans.length) return undefined;
  const imports = new Map<string, { module: string; name: string }>();
  const alias = (info: ClassInfo): string => {
    for (const [a, i] of imports) if (i.module === info.module && i.name === info.tsName) return a;
    let a = info.tsName;
    for (let n = 2; imports.has(a); n++) a = `${info.tsName}_${n}`;
    imports.set(a, { module: info.module, name: info.tsName });
    return a;
  };
  const wired = new Map<string, Wired>();
  /** Marker lines of the beans the root does not build, each with its item. */
  const skipped: string[] = [];
  const item = (rule: string, file: string, line: number, message: string, effort = 1): string => prog.addItem(rule, file, { line, col: 1, start: 0, end: 0 } as never, message, effort);

  for (const f of beans) {
    const fact = f.data as unknown as BeanFact;
    const info = fact.factory ? undefined : prog.classOf(fact.type);
    const buildable = fact.factory || (info && !info.isInterface && !info.local && !info.sym.abstract && info.sym.typeParams.length === 0 && info.sym.kind === "class");
    if (!buildable) {
      const id = item("ts.bean-skipped", f.file, f.line, `bean ${fact.name} (${fact.type}) has no TypeScript class java2x can build: it is not in the composition root; build it by hand`, 3);
      skipped.push(`  // java2x: ${id} bean ${fact.name} (${fact.type}) is not built here`);
      continue;
    }
    const type = info ? alias(info) : "any";
    let prop = fact.name.replace(/[^A-Za-z0-9_$]/g, "_");
    for (let n = 2; [...wired.values()].some((w) => w.prop === prop); n++) prop = `${fact.name}_${n}`;
    wired.set(fact.name, { fact, file: f.file, line: f.line, prop, type: fact.scope === "prototype" ? `() => ${type}` : type, ...(info ? { info } : {}) });
  }

  const stubs = new Map<string, string>();
  const stubFor = (fqn: string): string | undefined => {
    const known = stubs.get(fqn);
    if (known) return known;
    const info = prog.classOf(fqn);
    if (!info?.isInterface || [...prog.classes.values()].some((c) => !c.isInterface && prog.isSubtype(c.sym.fqn, fqn) && c.sym.fqn !== fqn)) return undefined;
    const line = (info.sym.decl as Loc | undefined)?.line ?? 1;
    const id = item("ts.bean-stub", info.file, line, `${info.sym.name} has no implementation in the project (a MyBatis mapper, Feign client or Dubbo reference): the composition root injects a stand-in whose methods throw; implement it in TypeScript`, 3);
    const expr = `jrtxSpring.unimplemented<${alias(info)}>(${JSON.stringify(id)}, ${JSON.stringify(fqn)}) /* java2x: ${id} stand-in */`;
    stubs.set(fqn, expr);
    return expr;
  };

  const ref = (name: string): string | undefined => {
    const b = wired.get(name);
    return b && (b.fact.scope === "prototype" ? `a.${b.prop}()` : `a.${b.prop}`);
  };
  const depExpr = (w: Wired, d: BeanDep | undefined, to: JType | undefined): string => {
    if (!d) return "null as never";
    if (d.value !== null) return `jrtxSpring.configValue(cfg, ${JSON.stringify(d.value)}, ${JSON.stringify(to ? valueKind(to) : "string")})`;
    const refs = d.beans.flatMap((n) => ref(n) ?? []);
    if (d.container === "list") return `new jrt.ArrayList<any>([${refs.join(", ")}])`;
    if (d.container === "map") {
      const empty = "new jrt.LinkedHashMap<string, any>()";
      return d.beans.length ? `((m) => (${d.beans.map((n) => `m.put(${JSON.stringify(n)}, ${ref(n)})`).join(", ")}, m))(${empty})` : empty;
    }
    if (d.beans.length === 1 && refs[0]) return refs[0];
    const stub = stubFor(d.type);
    if (stub) return stub;
    unresolved.push(`${d.name} (${d.type.slice(d.type.lastIndexOf(".") + 1)})`);
    return "null as never";
  };
  /** The injection points of the bean being built that no single bean satisfies: one item per bean. */
  let unresolved: string[] = [];
  const unresolvedMarker = (w: Wired): string[] => {
    if (!unresolved.length) return [];
    const id = item("ts.bean-unresolved", w.file, w.line, `${w.fact.name}: no single bean of the project qualifies for ${unresolved.join(", ")}, so the composition root passes null; wire it by hand`);
    const line = `// java2x: ${id} null for ${unresolved.join(", ")}: no single bean qualifies`;
    unresolved = [];
    return [line];
  };

  // Dependency order; a cycle is cut where it is met (the late bean is still undefined there).
  const order: Wired[] = [];
  const seen = new Set<string>();
  const visit = (w: Wired): void => {
    if (seen.has(w.fact.name)) return;
    seen.add(w.fact.name);
    for (const n of [...w.fact.deps.flatMap((d) => d.beans), ...(w.fact.factory ? [w.fact.factory.bean] : [])]) {
      const dep = wired.get(n);
      if (dep) visit(dep);
    }
    order.push(w);
  };
  for (const w of wired.values()) visit(w);

  const steps: string[] = [];
  const lifecycle: string[] = [];
  const methodOf = (info: ClassInfo, name: string, arity: number): MethodSymbol | undefined =>
    [info.sym, ...[...prog.classes.values()].filter((c) => c !== info && prog.isSubtype(info.sym.fqn, c.sym.fqn)).map((c) => c.sym)].flatMap((t) => t.methods).find((m) => m.name === name && m.params.length === arity && !m.static);
  for (const w of order) {
    const body: string[] = [];
    unresolved = [];
    let made: string;
    if (w.fact.factory) {
      const owner = wired.get(w.fact.factory.bean);
      const m = owner?.info && methodOf(owner.info, w.fact.factory.method, w.fact.deps.filter((d) => d.via === "factory").length);
      if (!owner || !m) continue;
      const deps = w.fact.deps.filter((d) => d.via === "factory");
      made = `a.${owner.prop}[${JSON.stringify(naming.methodName(m))}](${m.params.map((p, i) => depExpr(w, deps.find((d) => d.name === m.paramNames[i]) ?? deps[i], p)).join(", ")})`;
    } else {
      const info = w.info!;
      const ctorDeps = w.fact.deps.filter((d) => d.via === "constructor");
      const ctors = info.sym.methods.filter((m) => m.name === "<init>");
      const ctor = ctors.find((c) => c.params.length === ctorDeps.length) ?? ctors.find((c) => c.params.length === 0);
      const args = (ctor?.params ?? []).map((p, i) => depExpr(w, ctorDeps.find((d) => d.name === ctor!.paramNames[i]) ?? ctorDeps[i], p)).join(", ");
      made = info.mode === "native" || !ctor ? `new ${w.type.replace(/^\(\) => /, "")}(${args})` : `new ${w.type.replace(/^\(\) => /, "")}()[${JSON.stringify(naming.ctorName(ctor))}](${args})`;
      const later = w.fact.deps.filter((d) => d.via === "field" || d.via === "setter");
      if (later.length) {
        body.push(`const bean = ${made};`);
        for (const d of later) {
          if (d.via === "field") {
            const f = [info.sym, ...[...prog.classes.values()].filter((c) => prog.isSubtype(info.sym.fqn, c.sym.fqn)).map((c) => c.sym)].flatMap((t) => t.fields).find((x) => x.name === d.name && !x.static);
            if (f) body.push(`bean[${JSON.stringify(naming.fieldName(f))}] = ${depExpr(w, d, f.type)};`);
          } else {
            const m = methodOf(info, d.member, 1);
            if (m) body.push(`bean[${JSON.stringify(naming.methodName(m))}](${depExpr(w, d, m.params[0])});`);
          }
        }
        made = "bean";
      }
    }
    body.unshift(...unresolvedMarker(w));
    if (w.fact.scope === "prototype") {
      steps.push(`  jrtxSpring.beanStep(failed, ${JSON.stringify(w.fact.name)}, () => {\n    a.${w.prop} = () => {\n${[...body, `return ${made};`].map((l) => `      ${l}`).join("\n")}\n    };\n  });`);
      continue;
    }
    steps.push(`  jrtxSpring.beanStep(failed, ${JSON.stringify(w.fact.name)}, () => {\n${[...body, `a.${w.prop} = ${made};`].map((l) => `    ${l}`).join("\n")}\n  });`);
    if (!w.info) continue;
    for (const name of w.fact.init) {
      const m = methodOf(w.info, name, 0);
      if (m) lifecycle.push(`  jrtxSpring.beanStep(failed, ${JSON.stringify(`${w.fact.name}.${name}`)}, () => a.${w.prop}[${JSON.stringify(naming.methodName(m))}]());`);
    }
    for (const name of w.fact.destroy) {
      const m = methodOf(w.info, name, 0);
      if (m) lifecycle.push(`  a.closers.push(() => a.${w.prop}[${JSON.stringify(naming.methodName(m))}]());`);
    }
  }

  const web = lowerRoutes(prog, naming, facts, {
    beanOf: (fqn) => {
      const w = [...wired.values()].find((x) => x.fact.type === fqn && !x.fact.factory && x.fact.scope !== "prototype");
      return w && `a.${w.prop}`;
    },
    alias,
    item,
  });
  const props = [...wired.values()].map((w) => `  ${w.prop}!: ${w.type};`);
  const importLines = [...imports].sort((x, y) => (x[1].module < y[1].module ? -1 : x[1].module > y[1].module ? 1 : x[0] < y[0] ? -1 : 1)).map(([a, i]) => `import { ${i.name === a ? a : `${i.name} as ${a}`} } from "../${i.module}.js";`);
  const text = [
    "// The composition root java2x generated from the Spring beans: build() creates every bean in",
    "// dependency order and runs the @PostConstruct methods; App.close() runs the @PreDestroy ones in",
    "// reverse order. A step that throws is listed in `failures` and the other beans still build.",
    ...(web ? ["// routes() lists the @RequestMapping handlers and the @ExceptionHandler advice; listen() serves them."] : []),
    "",
    ...(web ? [`import Fastify from "fastify";`] : []),
    ...importLines,
    `import * as jrt from "../jrt/index.js";`,
    `import * as jrtxSpring from "../jrtx/spring.js";`,
    ...(web ? [`import * as jrtxWeb from "../jrtx/web.js";`] : []),
    ...(web && hasConfig(facts) ? [`import { values as configValues } from "../config/config.js";`] : []),
    "",
    "/** Every singleton bean (and a factory per prototype bean), named after the bean. */",
    "export class App {",
    ...props,
    "  readonly closers: (() => void)[] = [];",
    "",
    "  /** Runs the @PreDestroy methods in the reverse order of creation. */",
    "  close(): void {",
    "    for (const close of [...this.closers].reverse()) close();",
    "  }",
    "}",
    "",
    "export function build(cfg: jrtxSpring.SpringConfig = {}): { app: App; failures: string[] } {",
    "  const a = new App();",
    "  const failed: string[] = [];",
    ...skipped,
    ...steps,
    ...lifecycle,
    "  return { app: a, failures: failed };",
    "}",
    ...(web?.lines ?? []),
    "",
  ].join("\n");
  return { path: "app/app.ts", text, ...(web ? { routes: web.openapi } : {}) };
}
