// The Spring MVC facts the spring-web pack states (`route`, `exception-handler`), read the same way
// by the Go (./go/spring.ts) and TypeScript (./ts/spring-web.ts) lowerings, and Jackson's view of a
// class (its bean properties), which both targets' JSON and openapi.json follow.

import type { SemanticModel } from "../semantic/index.js";
import type { JType, MethodSymbol, TypeSymbol } from "../semantic/types.js";
import { lombokField } from "./lombok.js";

/** The data of a `route` fact (rules/spring-web/web.request-mapping). */
export interface RouteFact {
  controller: string;
  verb: string;
  path: string;
  handler: string;
  arity: number;
  params: RouteParam[];
  response: "body" | "entity" | "void";
  status: string | null;
}

/** Where a handler parameter comes from: path, query, header, body, servlet (the request itself) or unbound. */
export interface RouteParam {
  source: string;
  name: string;
  required: boolean;
  default: string | null;
}

/** The data of an `exception-handler` fact (rules/spring-web/web.controller-advice). */
export interface ExceptionHandlerFact {
  advice: string;
  handler: string;
  arity: number;
  exceptions: string[];
  status: string | null;
}

/** Spring's HttpStatus constants → codes (@ResponseStatus). */
export const HTTP_STATUS: Record<string, number> = {
  OK: 200, CREATED: 201, ACCEPTED: 202, NO_CONTENT: 204, BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405, CONFLICT: 409, UNPROCESSABLE_ENTITY: 422, TOO_MANY_REQUESTS: 429, INTERNAL_SERVER_ERROR: 500, SERVICE_UNAVAILABLE: 503,
};

/** A parameter's type as Spring's binding messages print it: `int`, `Integer`, `String`. */
export function springTypeName(t: JType): string {
  if (t.kind === "prim") return t.name;
  if (t.kind === "class") return t.fqn.slice(t.fqn.lastIndexOf(".") + 1);
  return "Object";
}

/** The status code of a @ResponseStatus constant; `fallback` when there is none (or java2x does not know it). */
export function httpStatus(name: string | null, fallback: number): number {
  return name ? (HTTP_STATUS[name] ?? fallback) : fallback;
}

/** A Jackson bean property: its name and the getter/setter that read and write it. */
export interface JacksonProperty {
  name: string;
  getter?: MethodSymbol;
  setter?: MethodSymbol;
}

/** The source classes `sym` extends (its superclass chain and their supers), nearest first. */
function sourceSuperclasses(sym: TypeSymbol, model: SemanticModel): TypeSymbol[] {
  const out: TypeSymbol[] = [];
  const seen = new Set<string>();
  const visit = (t: JType | undefined): void => {
    if (t?.kind !== "class" || seen.has(t.fqn)) return;
    seen.add(t.fqn);
    const s = model.lookupType(t.fqn);
    if (!s) return;
    if (s.origin === "source" && s.kind === "class") out.push(s);
    visit(s.superclass);
    for (const i of s.interfaces) visit(i);
  };
  visit(sym.superclass);
  for (const i of sym.interfaces) visit(i);
  return out;
}

/**
 * Jackson's default properties of a class: public getters (`getX`, `isX` for boolean) and setters
 * (`setX`) that the targets emit; fields' order first (Jackson's default ordering), then the rest.
 */
export function jacksonProperties(sym: TypeSymbol, model: SemanticModel): JacksonProperty[] {
  const chain = [sym, ...sourceSuperclasses(sym, model)];
  const byName = new Map<string, JacksonProperty>();
  const decap = (s: string): string => s.replace(/^[A-Z]+/, (m) => (m.length > 1 && m.length < s.length ? m.slice(0, -1).toLowerCase() + m.slice(-1) : m.toLowerCase()));
  for (const t of chain) {
    for (const m of t.methods) {
      if (m.static || m.access !== "public" || m.name === "getClass" || m.typeParams.length || m.abstract) continue;
      // A Lombok accessor has a body only for a backing field.
      if (m.origin === "lombok" && !lombokField(t, m)) continue;
      const g = /^(get|is)([A-Z].*)$/.exec(m.name);
      const s = /^set([A-Z].*)$/.exec(m.name);
      if (g && m.params.length === 0 && m.returnType.kind !== "void" && (g[1] === "get" || (m.returnType.kind === "prim" && m.returnType.name === "boolean"))) {
        const name = decap(g[2]!);
        byName.set(name, { ...byName.get(name), name, getter: byName.get(name)?.getter ?? m });
      } else if (s && m.params.length === 1) {
        const name = decap(s[1]!);
        byName.set(name, { ...byName.get(name), name, setter: byName.get(name)?.setter ?? m });
      }
    }
  }
  const fieldOrder = chain
    .slice()
    .reverse()
    .flatMap((t) => t.fields.filter((f) => !f.static).map((f) => f.name));
  const rank = (n: string): number => {
    const i = fieldOrder.indexOf(n);
    return i < 0 ? fieldOrder.length : i;
  };
  return [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name));
}
