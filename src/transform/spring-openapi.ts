// The OpenAPI 3 document of the routes java2x generated (openapi.json beside the code), so the
// migrated service's contract can be compared with the Java one: paths from the route facts,
// parameters from their bindings, schemas from the Jackson properties of the DTO classes. The same
// document for every target: it describes the Java service's contract, which the targets keep.

import type { SemanticModel } from "../semantic/index.js";
import { substitute } from "../semantic/type-ops.js";
import type { JType, MethodSymbol } from "../semantic/types.js";
import { httpStatus, jacksonProperties, type RouteFact } from "./spring-web.js";

export interface OpenApiRoute {
  fact: RouteFact;
  method: MethodSymbol;
}

type Schema = { [key: string]: unknown };

const NUMBERS: Record<string, Schema> = {
  byte: { type: "integer", format: "int32" },
  short: { type: "integer", format: "int32" },
  int: { type: "integer", format: "int32" },
  long: { type: "integer", format: "int64" },
  float: { type: "number", format: "float" },
  double: { type: "number", format: "double" },
  char: { type: "string" },
  boolean: { type: "boolean" },
};
const BOXES: Record<string, string> = {
  "java.lang.Byte": "byte",
  "java.lang.Short": "short",
  "java.lang.Integer": "int",
  "java.lang.Long": "long",
  "java.lang.Float": "float",
  "java.lang.Double": "double",
  "java.lang.Character": "char",
  "java.lang.Boolean": "boolean",
};
const LISTS = new Set(["java.util.List", "java.util.Collection", "java.util.Set", "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet", "java.util.TreeSet", "java.util.LinkedHashSet"]);
const MAPS = new Set(["java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.concurrent.ConcurrentHashMap"]);
/** Wrappers whose JSON is their content. */
const TRANSPARENT = new Set(["org.springframework.http.ResponseEntity", "java.util.Optional", "java.util.concurrent.CompletableFuture"]);

class Schemas {
  readonly components = new Map<string, Schema>();
  constructor(private readonly model: SemanticModel) {}

  of(t: JType): Schema {
    switch (t.kind) {
      case "prim":
        return { ...NUMBERS[t.name] };
      case "array":
        return { type: "array", items: this.of(t.elem) };
      case "class":
        return this.ofClass(t);
      case "wildcard":
        return t.bound && !t.super ? this.of(t.bound) : {};
      default:
        return {};
    }
  }

  private ofClass(t: Extract<JType, { kind: "class" }>): Schema {
    if (t.fqn === "java.lang.String") return { type: "string" };
    if (BOXES[t.fqn]) return { ...NUMBERS[BOXES[t.fqn]!] };
    if (t.fqn === "java.math.BigDecimal" || t.fqn === "java.math.BigInteger") return { type: "number" };
    if (LISTS.has(t.fqn)) return { type: "array", items: t.args[0] ? this.of(t.args[0]) : {} };
    if (MAPS.has(t.fqn)) return { type: "object", additionalProperties: t.args[1] ? this.of(t.args[1]) : {} };
    if (TRANSPARENT.has(t.fqn)) return t.args[0] ? this.of(t.args[0]) : {};
    const sym = this.model.lookupType(t.fqn);
    if (!sym || sym.origin !== "source") return {};
    // Each instantiation of a generic DTO is its own schema: Result<List<Long>> is ResultListLong.
    const nameOf = (x: JType): string => (x.kind === "class" ? x.fqn.slice(x.fqn.lastIndexOf(".") + 1) + x.args.map(nameOf).join("") : x.kind === "prim" ? x.name : "");
    const name = nameOf(t);
    const ref = { $ref: `#/components/schemas/${name}` };
    if (this.components.has(name)) return ref;
    if (sym.kind === "enum") {
      this.components.set(name, { type: "string", enum: sym.fields.filter((f) => f.static && f.type.kind === "class" && f.type.fqn === sym.fqn).map((f) => f.name) });
      return ref;
    }
    const schema: Schema = { type: "object", properties: {} };
    this.components.set(name, schema);
    const subst = { names: sym.typeParams.map((p) => p.name), types: t.args };
    const properties: Record<string, Schema> = {};
    for (const p of jacksonProperties(sym, this.model)) {
      const type = p.getter?.returnType ?? p.setter?.params[0];
      if (type) properties[p.name] = this.of(substitute(type, subst));
    }
    schema.properties = properties;
    return ref;
  }
}

/**
 * Spring's defaultValue is always written as a string; OpenAPI wants it in the schema's own type
 * (`default: 1` for an integer). A value Spring could not convert either stays a string.
 */
function typedDefault(schema: Schema, value: string): unknown {
  if (schema.type === "integer" && /^[+-]?\d+$/.test(value.trim())) return Number(value.trim());
  if (schema.type === "number" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (schema.type === "boolean" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
  return value;
}

/** openapi.json: deterministic (routes in fact order, schemas sorted by name, two-space indent). */
export function openApiDocument(model: SemanticModel, title: string, routes: OpenApiRoute[]): string {
  const schemas = new Schemas(model);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { fact, method } of routes) {
    const parameters: Schema[] = [];
    let requestBody: Schema | undefined;
    fact.params.forEach((b, i) => {
      const type = method.params[i]!;
      if (b.source === "body") requestBody = { required: b.required, content: { "application/json": { schema: schemas.of(type) } } };
      else if (b.source === "path" || b.source === "query" || b.source === "header") {
        const schema = schemas.of(type);
        if (b.default !== null) schema.default = typedDefault(schema, b.default);
        parameters.push({ name: b.name, in: b.source, required: b.source === "path" || b.required, schema });
      }
    });
    const response = method.returnType.kind === "void" ? { description: "OK" } : { description: "OK", content: { "application/json": { schema: schemas.of(method.returnType) } } };
    const verbs = fact.verb ? [fact.verb.toLowerCase()] : ["get", "post", "put", "delete", "patch"];
    const owner = method.owner.slice(method.owner.lastIndexOf(".") + 1);
    for (const verb of verbs) {
      (paths[fact.path] ??= {})[verb] = {
        operationId: `${owner}_${method.name}${verbs.length > 1 ? `_${verb}` : ""}`,
        ...(parameters.length ? { parameters } : {}),
        ...(requestBody ? { requestBody } : {}),
        responses: { [String(httpStatus(fact.status, 200))]: response },
      };
    }
  }
  const components = Object.fromEntries([...schemas.components].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const doc = { openapi: "3.0.3", info: { title, version: "java2x" }, paths, components: { schemas: components } };
  return JSON.stringify(doc, null, 2) + "\n";
}
