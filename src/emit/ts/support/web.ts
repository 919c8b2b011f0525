// Spring MVC behind the routes of a generated composition root (src/app/app.ts), independent of the
// HTTP framework (app.ts hands each request to `dispatch` from Fastify): parameter binding with
// Spring's conversions and exceptions, @RequestBody read and results written as Jackson does
// (Java property names through getters and setters, `1.0` for a double, longs exact), and the
// @ExceptionHandler with the closest exception class. The Go twin is jrt/spring.go.

import {
  ArrayList,
  BoxedChar,
  Exception,
  IllegalArgumentException,
  IllegalStateException,
  JCollection,
  JMap,
  LinkedHashMap,
  NumberFormatException,
  RuntimeException,
  Throwable,
  dstr,
  setJavaName,
  str,
  wrapJsError,
} from "../runtime/index.js";
import { JEnum } from "./lang.js";

// ---------------------------------------------------------------------------------------------
// The exceptions Spring MVC throws while binding a request, so an @ExceptionHandler for them (or
// for Exception) handles them as in Spring; unhandled ones answer their `status`.

/** An exception Spring answers with a status of its own (400 for a bad request) when no advice handles it. */
interface WithStatus {
  readonly status: number;
}

export class ServletException extends Exception {}
export class ServletRequestBindingException extends ServletException implements WithStatus {
  readonly status: number = 400;
}
export class MissingRequestValueException extends ServletRequestBindingException {}
export class MissingServletRequestParameterException extends MissingRequestValueException {}
export class MissingRequestHeaderException extends MissingRequestValueException {}
export class MissingPathVariableException extends MissingRequestValueException {
  override readonly status: number = 500;
}
export class NestedRuntimeException extends RuntimeException {}
export class BeansException extends NestedRuntimeException {}
export class PropertyAccessException extends BeansException {}
export class TypeMismatchException extends PropertyAccessException implements WithStatus {
  readonly status: number = 400;
}
export class MethodArgumentTypeMismatchException extends TypeMismatchException {}
export class HttpMessageConversionException extends NestedRuntimeException {}
export class HttpMessageNotReadableException extends HttpMessageConversionException implements WithStatus {
  readonly status: number = 400;
}

setJavaName(ServletException, "javax.servlet.ServletException");
setJavaName(ServletRequestBindingException, "org.springframework.web.bind.ServletRequestBindingException");
setJavaName(MissingRequestValueException, "org.springframework.web.bind.MissingRequestValueException");
setJavaName(MissingServletRequestParameterException, "org.springframework.web.bind.MissingServletRequestParameterException");
setJavaName(MissingRequestHeaderException, "org.springframework.web.bind.MissingRequestHeaderException");
setJavaName(MissingPathVariableException, "org.springframework.web.bind.MissingPathVariableException");
setJavaName(NestedRuntimeException, "org.springframework.core.NestedRuntimeException");
setJavaName(BeansException, "org.springframework.beans.BeansException");
setJavaName(PropertyAccessException, "org.springframework.beans.PropertyAccessException");
setJavaName(TypeMismatchException, "org.springframework.beans.TypeMismatchException");
setJavaName(MethodArgumentTypeMismatchException, "org.springframework.web.method.annotation.MethodArgumentTypeMismatchException");
setJavaName(HttpMessageConversionException, "org.springframework.http.converter.HttpMessageConversionException");
setJavaName(HttpMessageNotReadableException, "org.springframework.http.converter.HttpMessageNotReadableException");

// ---------------------------------------------------------------------------------------------
// ResponseEntity: a status and a body (headers are not kept).

/** org.springframework.http.ResponseEntity as handlers build it: `ok(body)`, `status(404).body(x)`, `notFound().build()`. */
export class ResponseEntity<T = unknown> {
  constructor(
    readonly body: T | null,
    readonly status: number,
  ) {}
  getBody(): T | null {
    return this.body;
  }
  getStatusCodeValue(): number {
    return this.status;
  }
  /** `ok(body)`, or `ok()`: a builder with status 200. */
  static ok(): ResponseEntityBuilder;
  static ok<T>(body: T): ResponseEntity<T>;
  static ok<T>(...body: [T] | []): ResponseEntity<T> | ResponseEntityBuilder {
    return body.length ? new ResponseEntity(body[0], 200) : new ResponseEntityBuilder(200);
  }
  static status(status: number): ResponseEntityBuilder {
    return new ResponseEntityBuilder(status);
  }
  static accepted(): ResponseEntityBuilder {
    return new ResponseEntityBuilder(202);
  }
  static badRequest(): ResponseEntityBuilder {
    return new ResponseEntityBuilder(400);
  }
  static noContent(): ResponseEntityBuilder {
    return new ResponseEntityBuilder(204);
  }
  static notFound(): ResponseEntityBuilder {
    return new ResponseEntityBuilder(404);
  }
  static internalServerError(): ResponseEntityBuilder {
    return new ResponseEntityBuilder(500);
  }
  static unprocessableEntity(): ResponseEntityBuilder {
    return new ResponseEntityBuilder(422);
  }
}

/** ResponseEntity.BodyBuilder / HeadersBuilder: the status, then `body(x)` or `build()`. */
export class ResponseEntityBuilder {
  constructor(readonly status: number) {}
  header(_name: string, ..._values: string[]): this {
    return this;
  }
  body<T>(body: T): ResponseEntity<T> {
    return new ResponseEntity(body, this.status);
  }
  build<T>(): ResponseEntity<T> {
    return new ResponseEntity<T>(null, this.status);
  }
}

// ---------------------------------------------------------------------------------------------
// JSON as Jackson reads and writes it, directed by the Java types the generated code states.

/**
 * The Java type of a JSON value: a scalar, a collection or map of one, a bean class registered with
 * `jsonBean` (its type arguments), an enum class, a type argument of the enclosing bean (`arg`), or
 * `any` (decided by the value at run time).
 */
export type JsonType =
  | "string"
  | "int"
  | "long"
  | "double"
  | "boolean"
  | "char"
  | "any"
  | { list: JsonType }
  | { map: JsonType }
  | { bean: object; args?: JsonType[] }
  | { enumOf: { values(): JEnum[] } }
  | { arg: number };

/** A Jackson property of a bean class: its JSON name, the getter and setter method names, its type. */
export interface JsonProperty {
  name: string;
  get?: string;
  set?: string;
  type: JsonType;
}

interface BeanShape {
  make?: () => object;
  props: JsonProperty[];
}

const shapes = new Map<object, BeanShape>();

/** Registers how a class is read (`make` builds an empty instance) and written. */
export function jsonBean(cls: object, props: JsonProperty[], make?: () => object): void {
  shapes.set(cls, { props, ...(make ? { make } : {}) });
}

type Methods = Record<string, (...args: unknown[]) => unknown>;

function jsonString(s: string): string {
  return JSON.stringify(s);
}

/** The JSON text of a value of Java type `t`. */
export function writeJson(v: unknown, t: JsonType = "any", args: JsonType[] = []): string {
  if (v === null || v === undefined) return "null";
  if (typeof t === "object" && "arg" in t) return writeJson(v, args[t.arg] ?? "any");
  switch (t) {
    case "string":
      return jsonString(str(v));
    case "char":
      return jsonString(typeof v === "number" || v instanceof BoxedChar ? String.fromCharCode(Number(v)) : str(v));
    case "int":
      return String(Number(v));
    case "long":
      return String(v);
    case "double":
      return Number.isFinite(Number(v)) ? dstr(Number(v)) : jsonString(dstr(Number(v)));
    case "boolean":
      return v ? "true" : "false";
    case "any":
      return writeDynamic(v);
  }
  if ("list" in t) return `[${[...(v as Iterable<unknown>)].map((e) => writeJson(e, t.list, args)).join(",")}]`;
  if ("map" in t) return writeEntries(v as JMap<unknown, unknown>, t.map, args);
  if ("enumOf" in t) return jsonString((v as JEnum).name());
  const shape = shapes.get(t.bean);
  const beanArgs = (t.args ?? []).map((a) => (typeof a === "object" && "arg" in a ? (args[a.arg] ?? "any") : a));
  return shape ? writeBean(v as Methods, shape, beanArgs) : writeDynamic(v);
}

function writeBean(v: Methods, shape: BeanShape, args: JsonType[]): string {
  const parts: string[] = [];
  for (const p of shape.props) if (p.get) parts.push(`${jsonString(p.name)}:${writeJson(v[p.get]!.call(v), p.type, args)}`);
  return `{${parts.join(",")}}`;
}

function writeEntries(m: JMap<unknown, unknown>, value: JsonType, args: JsonType[]): string {
  const parts: string[] = [];
  for (const e of m) parts.push(`${jsonString(str(e.getKey()))}:${writeJson(e.getValue(), value, args)}`);
  return `{${parts.join(",")}}`;
}

/** A value whose Java type is only known at run time (Object, an erased type argument). */
function writeDynamic(v: unknown): string {
  switch (typeof v) {
    case "string":
      return jsonString(v);
    case "number":
    case "bigint":
    case "boolean":
      return str(v);
  }
  if (v instanceof JEnum) return jsonString(v.name());
  if (v instanceof JCollection || Array.isArray(v)) return writeJson(v, { list: "any" });
  if (v instanceof JMap) return writeEntries(v, "any", []);
  const shape = shapes.get((v as object).constructor);
  if (shape) return writeBean(v as Methods, shape, []);
  if (v instanceof Throwable) return writeBean(v as unknown as Methods, { props: [{ name: "message", get: "getMessage", type: "string" }] }, []);
  return JSON.stringify(v) ?? "null";
}

/** A value of Java type `t` from parsed JSON (@RequestBody); a shape Jackson would reject throws HttpMessageNotReadableException. */
export function readJson(v: unknown, t: JsonType = "any", args: JsonType[] = []): unknown {
  if (v === null || v === undefined) return null;
  if (typeof t === "object" && "arg" in t) return readJson(v, args[t.arg] ?? "any");
  const bad = (): never => {
    throw new HttpMessageNotReadableException(`JSON parse error: Cannot deserialize value of type \`${typeof t === "string" ? t : "object"}\` from ${JSON.stringify(v)}`);
  };
  switch (t) {
    case "string":
      return typeof v === "object" ? bad() : String(v);
    case "char":
      return typeof v === "string" && v.length === 1 ? v.charCodeAt(0) : bad();
    case "int":
    case "long": {
      const digits = typeof v === "string" && /^\s*[+-]?\d+\s*$/.test(v) ? v.trim() : undefined;
      if (t === "long" && digits !== undefined) {
        const n = BigInt(digits);
        return n >= -(1n << 63n) && n < 1n << 63n ? n : bad();
      }
      const n = digits !== undefined ? Number(digits) : v;
      if (typeof n !== "number" || !Number.isInteger(n)) return bad();
      if (t === "long") return BigInt(n);
      return n >= -(2 ** 31) && n < 2 ** 31 ? n : bad();
    }
    case "double": {
      const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
      return typeof n === "number" && !Number.isNaN(n) ? n : bad();
    }
    case "boolean":
      return typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : bad();
    case "any":
      return v;
  }
  if ("list" in t) return Array.isArray(v) ? new ArrayList<unknown>(v.map((e) => readJson(e, t.list, args))) : bad();
  if ("map" in t) {
    if (typeof v !== "object" || Array.isArray(v)) return bad();
    const m = new LinkedHashMap<string, unknown>();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) m.put(k, readJson(x, t.map, args));
    return m;
  }
  if ("enumOf" in t) return t.enumOf.values().find((e) => e.name() === v) ?? bad();
  const shape = shapes.get(t.bean);
  if (!shape?.make || typeof v !== "object" || Array.isArray(v)) return bad();
  const beanArgs = (t.args ?? []).map((a) => (typeof a === "object" && "arg" in a ? (args[a.arg] ?? "any") : a));
  const bean = shape.make() as Methods;
  // Unknown properties are ignored, as Spring Boot configures Jackson (FAIL_ON_UNKNOWN_PROPERTIES off).
  for (const p of shape.props) {
    if (p.set && Object.hasOwn(v, p.name)) bean[p.set]!.call(bean, readJson((v as Record<string, unknown>)[p.name], p.type, beanArgs));
  }
  return bean;
}

// ---------------------------------------------------------------------------------------------
// Routes and advice

/** One request as the HTTP framework parsed it (path variables, query, headers lowercased, raw body). */
export interface WebRequest {
  method: string;
  path: string;
  params: Record<string, string | undefined>;
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** What to answer: the status and the JSON text ("" for no body). */
export interface WebResponse {
  status: number;
  body: string;
}

/** The Java type a @PathVariable, @RequestParam or @RequestHeader converts to, and its name in Spring's messages. */
export interface ParamSpec {
  source: "path" | "query" | "header";
  name: string;
  required: boolean;
  default: string | null;
  type: "string" | "int" | "long" | "double" | "boolean" | "char";
  /** The enum class of an enum parameter (`type` "string"): Enum.valueOf of the trimmed text. */
  enumOf?: { values(): JEnum[] };
  /** A primitive cannot be null: a missing optional value is Spring's IllegalStateException. */
  primitive: boolean;
  /** The Java type's simple name, as Spring's missing-value messages print it (`int`, `String`, `Long`, `List`). */
  java: string;
  /** The Java type's Class.getName(), as Spring's conversion messages print it (`int`, `java.lang.Long`). */
  javaClass: string;
  /** A List of `type`: comma-separated text (or repeated parameters), each element converted. */
  list?: boolean;
}

/** A @RequestMapping handler: verb ("" for every method), Spring path pattern, status of a normal return, result type. */
export interface Route {
  verb: string;
  path: string;
  status: number;
  /** "entity": the handler returns a ResponseEntity whose body has `result`'s type. "void": no body. */
  response: "body" | "entity" | "void";
  result: JsonType;
  handle(x: Exchange): unknown;
}

/** An @ExceptionHandler of a @ControllerAdvice: the classes it handles, its @ResponseStatus (0: 200), its result type. */
export interface Advice {
  classes: (abstract new (...args: never[]) => unknown)[];
  status: number;
  result: JsonType;
  handle(thrown: Throwable): unknown;
}

/** The request a handler binds its parameters from. */
export class Exchange {
  constructor(readonly request: WebRequest) {}

  /** @PathVariable, @RequestParam, @RequestHeader: the text converted as Spring's conversion service does. */
  param(spec: ParamSpec): unknown {
    let raw = this.raw(spec);
    if ((raw === undefined || raw === "") && spec.default !== null) raw = spec.default;
    if (raw === undefined) {
      if (spec.required) throw missing(spec);
      return nullFor(spec);
    }
    let value: unknown;
    try {
      // StringToCollectionConverter: split at commas, trim, convert each element.
      const convert = (text: string): unknown => (spec.enumOf ? enumConstant(spec.enumOf, text.trim(), spec.javaClass) : convertText(text, spec.type));
      value = spec.list ? new ArrayList<unknown>(raw.split(",").flatMap((part) => (part.trim() === "" ? [] : [convert(part.trim())]))) : convert(raw);
    } catch (e) {
      const cause = wrapJsError(e);
      throw new MethodArgumentTypeMismatchException(`Failed to convert value of type 'java.lang.String' to required type '${spec.javaClass}'; nested exception is ${cause.toString()}`, cause);
    }
    return value === null ? nullFor(spec) : value;
  }

  /** @RequestBody: the JSON body read as `t`; a missing or malformed body is HttpMessageNotReadableException. */
  body(t: JsonType, required: boolean): unknown {
    const text = this.request.body;
    if (text.trim() === "") {
      if (required) throw new HttpMessageNotReadableException("Required request body is missing");
      return null;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(exactIntegers(text));
    } catch (e) {
      throw new HttpMessageNotReadableException(`JSON parse error: ${e instanceof Error ? e.message : String(e)}`);
    }
    return readJson(parsed, t);
  }

  private raw(spec: ParamSpec): string | undefined {
    const r = this.request;
    const v = spec.source === "path" ? r.params[spec.name] : spec.source === "query" ? r.query[spec.name] : r.headers[spec.name.toLowerCase()];
    return Array.isArray(v) ? v.join(",") : v;
  }
}

/**
 * JSON text with each integer beyond a double's exact range (16+ digits) quoted, so a `long`
 * property reads it exactly (readJson takes digit strings) where JSON.parse would round it.
 */
function exactIntegers(json: string): string {
  return json.replace(/"(?:[^"\\]|\\.)*"|-?\d{16,}(?![.\deE])/g, (m) => (m.startsWith('"') ? m : `"${m}"`));
}

function missing(spec: ParamSpec): Throwable {
  switch (spec.source) {
    case "path":
      return new MissingPathVariableException(`Required URI template variable '${spec.name}' for method parameter type ${spec.java} is not present`);
    case "header":
      return new MissingRequestHeaderException(`Required request header '${spec.name}' for method parameter type ${spec.java} is not present`);
    default:
      return new MissingServletRequestParameterException(`Required request parameter '${spec.name}' for method parameter type ${spec.java} is not present`);
  }
}

/** A missing optional value: null, which a primitive cannot hold. */
function nullFor(spec: ParamSpec): null {
  if (spec.primitive) {
    throw new IllegalStateException(
      `Optional ${spec.java} parameter '${spec.name}' is present but cannot be translated into a null value due to being declared as a primitive type. Consider declaring it as object wrapper for the corresponding primitive type.`,
    );
  }
  return null;
}

/** StringToEnumConverterFactory: Enum.valueOf of the text ("" is null). */
function enumConstant(cls: { values(): JEnum[] }, name: string, javaClass: string): JEnum | null {
  if (name === "") return null;
  const found = cls.values().find((e) => e.name() === name);
  if (!found) throw new IllegalArgumentException(`No enum constant ${javaClass}.${name}`);
  return found;
}

/** Spring's String → T conversion (NumberUtils.parseNumber, StringToBooleanConverter); "" is null. */
function convertText(text: string, type: ParamSpec["type"]): unknown {
  if (type === "string") return text;
  const s = text.trim();
  if (s === "") return null;
  switch (type) {
    case "int":
    case "long": {
      // Integer.decode: an optional sign, then decimal digits or 0x/# and hex digits.
      const m = /^([+-]?)(?:(0[xX]|#)([0-9a-fA-F]+)|(\d+))$/.exec(s);
      if (!m) throw new NumberFormatException(`For input string: "${s}"`);
      const n = BigInt(m[1] === "-" ? -1 : 1) * BigInt(m[3] !== undefined ? `0x${m[3]}` : m[4]!);
      const bits = type === "int" ? 31n : 63n;
      if (n < -(1n << bits) || n >= 1n << bits) throw new NumberFormatException(`For input string: "${s}"`);
      return type === "int" ? Number(n) : n;
    }
    case "double": {
      if (!/^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$/.test(s)) throw new NumberFormatException(`For input string: "${s}"`);
      return Number(s.replace(/[fFdD]$/, ""));
    }
    case "boolean": {
      const b = s.toLowerCase();
      if (["true", "on", "yes", "1"].includes(b)) return true;
      if (["false", "off", "no", "0"].includes(b)) return false;
      throw new IllegalArgumentException(`Invalid boolean value '${s}'`);
    }
    case "char":
      if (text.length !== 1) throw new IllegalArgumentException(`Can only convert a [String] with length of 1 to a [Character]; string value '${text}' has length of ${text.length}`);
      return text.charCodeAt(0);
  }
}

/** How many superclass steps separate the thrown object's class from `cls` (-1: not an instance). */
function classDistance(thrown: object, cls: abstract new (...args: never[]) => unknown): number {
  let d = 0;
  for (let p: object | null = Object.getPrototypeOf(thrown) as object | null; p; p = Object.getPrototypeOf(p) as object | null, d++) if (p === cls.prototype) return d;
  return -1;
}

function json(status: number, body: string): WebResponse {
  return { status, body };
}

/** Spring Boot's default error body. */
function springError(status: number, reason: string, message: string, path: string): WebResponse {
  return json(status, JSON.stringify({ status, error: reason, message, path }));
}

const REASONS: Record<number, string> = { 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error" };

/**
 * Runs a route: binds and calls the handler, writes its result, and sends an escaping exception
 * (a binding error included) to the @ExceptionHandler with the closest class, as Spring MVC's
 * ExceptionHandlerExceptionResolver does; an unhandled one answers its status with Spring Boot's
 * error body.
 */
export function dispatch(route: Route, advice: readonly Advice[], request: WebRequest): WebResponse {
  try {
    const result = route.handle(new Exchange(request));
    if (route.response === "void") return json(route.status, "");
    if (route.response === "entity" && result instanceof ResponseEntity) return json(result.status, result.body === null ? "" : writeJson(result.body, route.result));
    return json(route.status, writeJson(result, route.result));
  } catch (e) {
    const thrown = wrapJsError(e);
    let chosen: Advice | undefined;
    let best = -1;
    for (const a of advice) {
      for (const cls of a.classes) {
        const d = classDistance(thrown, cls);
        if (d >= 0 && (best < 0 || d < best)) [chosen, best] = [a, d];
      }
    }
    const status = (thrown as Partial<WithStatus>).status ?? 500;
    if (!chosen) return springError(status, REASONS[status] ?? "Error", thrown.getMessage() ?? "", request.path);
    try {
      return json(chosen.status || 200, writeJson(chosen.handle(thrown), chosen.result));
    } catch (again) {
      return springError(500, REASONS[500]!, wrapJsError(again).toString(), request.path);
    }
  }
}

const EVERY_METHOD = ["GET", "POST", "PUT", "DELETE", "PATCH"];

/**
 * The HTTP methods to register a route under: its verb, or for a @RequestMapping without one every
 * method no other route of the same path declares (Spring prefers the specific mapping; a Node
 * framework refuses a method registered twice).
 */
export function methodsOf(route: Route, table: readonly Route[]): string[] {
  if (route.verb) return [route.verb];
  // `/a/{id}` and `/a/{key}` are one route to the framework.
  const shape = (r: Route): string => r.path.replace(/\{[^}]*\}/g, "{}");
  const taken = new Set(table.filter((r) => r.verb && shape(r) === shape(route)).map((r) => r.verb));
  return EVERY_METHOD.filter((m) => !taken.has(m));
}

/** A Spring path pattern (`/orders/{id}`) in the `:id` form of Node frameworks. */
export function nodePath(springPath: string): string {
  return springPath.replace(/\{([^}:]+)(?::[^}]*)?\}/g, ":$1");
}
