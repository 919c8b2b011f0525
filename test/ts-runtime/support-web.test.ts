// jrtx/web.ts, the Spring MVC semantics behind the TypeScript routes: Spring's conversions and
// binding exceptions, Jackson's JSON (Java number forms, properties through getters and setters),
// and the @ExceptionHandler choice by nearest class. The served end-to-end path is
// test/ts-target/spring-e2e.test.ts.

import { describe, expect, it } from "vitest";
import { ArrayList, IllegalArgumentException, IllegalStateException, LinkedHashMap, NumberFormatException, RuntimeException, Throwable } from "../../src/emit/ts/runtime/index.js";
import {
  Exchange,
  HttpMessageNotReadableException,
  MethodArgumentTypeMismatchException,
  MissingServletRequestParameterException,
  ResponseEntity,
  dispatch,
  jsonBean,
  methodsOf,
  nodePath,
  readJson,
  writeJson,
  type Advice,
  type ParamSpec,
  type Route,
  type WebRequest,
} from "../../src/emit/ts/support/web.js";
import { JEnum } from "../../src/emit/ts/support/lang.js";

function request(part: Partial<WebRequest> = {}): WebRequest {
  return { method: "GET", path: "/p", params: {}, query: {}, headers: {}, body: "", ...part };
}

const qty: ParamSpec = { source: "query", name: "qty", required: true, default: null, type: "int", primitive: true, java: "int", javaClass: "int" };

function thrownBy(f: () => unknown): Throwable {
  try {
    f();
  } catch (e) {
    return e as Throwable;
  }
  throw new Error("nothing thrown");
}

class Color extends JEnum {
  static readonly RED = new Color("RED", 0);
  static values(): Color[] {
    return [Color.RED];
  }
}

class Point {
  x = 0;
  label: string | null = null;
  getX(): number {
    return this.x;
  }
  setX(x: number): void {
    this.x = x;
  }
  getLabel(): string | null {
    return this.label;
  }
  setLabel(l: string | null): void {
    this.label = l;
  }
}
jsonBean(Point, [{ name: "x", get: "getX", set: "setX", type: "double" }, { name: "label", get: "getLabel", set: "setLabel", type: "string" }], () => new Point());

class Box<T> {
  constructor(readonly value: T) {}
  getValue(): T {
    return this.value;
  }
}
jsonBean(Box, [{ name: "value", get: "getValue", type: { arg: 0 } }]);

describe("parameter binding", () => {
  it("converts as Spring's conversion service does", () => {
    const x = new Exchange(request({ query: { qty: " 0x1F ", big: "9223372036854775807", flag: "on", many: ["1", "2"] }, headers: { "x-id": "7" } }));
    expect(x.param(qty)).toBe(31);
    expect(x.param({ ...qty, name: "big", type: "long", java: "long" })).toBe(9223372036854775807n);
    expect(x.param({ ...qty, name: "flag", type: "boolean", java: "boolean" })).toBe(true);
    expect(x.param({ ...qty, name: "many", type: "string", java: "String" })).toBe("1,2");
    expect(x.param({ ...qty, name: "many", type: "long", java: "List", javaClass: "java.util.List", list: true })).toEqual(new ArrayList<bigint>([1n, 2n]));
    expect(new Exchange(request({ query: { color: " RED " } })).param({ ...qty, name: "color", type: "string", java: "Color", javaClass: "demo.Color", enumOf: Color })).toBe(Color.RED);
    expect(x.param({ ...qty, source: "header", name: "X-Id" })).toBe(7);
    expect(x.param({ ...qty, name: "absent", required: false, default: "5" })).toBe(5);
    expect(x.param({ ...qty, name: "absent", required: false, primitive: false, java: "Integer" })).toBeNull();
  });

  it("throws Spring's exceptions with Spring 5's messages", () => {
    const missing = thrownBy(() => new Exchange(request()).param(qty));
    expect(missing).toBeInstanceOf(MissingServletRequestParameterException);
    expect(missing.getMessage()).toBe("Required request parameter 'qty' for method parameter type int is not present");
    const bad = thrownBy(() => new Exchange(request({ query: { qty: "abc" } })).param(qty));
    expect(bad).toBeInstanceOf(MethodArgumentTypeMismatchException);
    expect(bad.getMessage()).toBe(`Failed to convert value of type 'java.lang.String' to required type 'int'; nested exception is java.lang.NumberFormatException: For input string: "abc"`);
    expect(bad.getCause()).toBeInstanceOf(NumberFormatException);
    expect(thrownBy(() => new Exchange(request({ query: { qty: "2147483648" } })).param(qty))).toBeInstanceOf(MethodArgumentTypeMismatchException);
    // Conversion messages name the class (java.lang.Long), missing-value messages its simple name.
    const boxed = { ...qty, type: "long", primitive: false, java: "Long", javaClass: "java.lang.Long" } as const;
    expect(thrownBy(() => new Exchange(request({ query: { qty: "x" } })).param(boxed)).getMessage()).toMatch(/^Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'; /);
    expect(thrownBy(() => new Exchange(request({ query: { c: "BLUE" } })).param({ ...qty, name: "c", type: "string", java: "Color", javaClass: "demo.Color", enumOf: Color })).getMessage()).toBe(
      "Failed to convert value of type 'java.lang.String' to required type 'demo.Color'; nested exception is java.lang.IllegalArgumentException: No enum constant demo.Color.BLUE",
    );
    expect(thrownBy(() => new Exchange(request()).param({ ...qty, required: false }))).toBeInstanceOf(IllegalStateException);
    expect(thrownBy(() => new Exchange(request({ body: "{" })).body({ bean: Point }, true))).toBeInstanceOf(HttpMessageNotReadableException);
    expect(thrownBy(() => new Exchange(request()).body({ bean: Point }, true)).getMessage()).toBe("Required request body is missing");
  });

  it("uses the :name form for path variables", () => {
    expect(nodePath("/orders/{orderNo}/items/{id:\\d+}")).toBe("/orders/:orderNo/items/:id");
  });

  it("registers a mapping without a method under the methods no other route of its path takes", () => {
    const r = (verb: string, path: string): Route => ({ verb, path, status: 200, response: "body", result: "any", handle: () => null });
    const table = [r("", "/a/{id}"), r("GET", "/a/{key}"), r("DELETE", "/a/{id}"), r("POST", "/b")];
    expect(methodsOf(table[0]!, table)).toEqual(["POST", "PUT", "PATCH"]);
    expect(methodsOf(table[3]!, table)).toEqual(["POST"]);
  });
});

describe("JSON as Jackson", () => {
  it("writes Java's number forms and bean properties in order", () => {
    const p = new Point();
    p.setX(1);
    expect(writeJson(p, { bean: Point })).toBe('{"x":1.0,"label":null}');
    expect(writeJson(9007199254740993n, "long")).toBe("9007199254740993");
    expect(writeJson(new Box(new ArrayList<number>([1, 2])), { bean: Box, args: [{ list: "double" }] })).toBe('{"value":[1.0,2.0]}');
    const m = new LinkedHashMap<string, unknown>();
    m.put("b", 2);
    m.put("a", p);
    // An Object value is decided at run time: a registered bean by its shape, an int as an int.
    expect(writeJson(m, { map: "any" })).toBe('{"b":2,"a":{"x":1.0,"label":null}}');
  });

  it("reads through setters and rejects what Jackson rejects", () => {
    const p = readJson({ x: 2.5, label: "a", unknown: true }, { bean: Point }) as Point;
    expect([p.getX(), p.getLabel()]).toEqual([2.5, "a"]);
    expect(readJson(["1", 2], { list: "long" })).toEqual(new ArrayList<bigint>([1n, 2n]));
    expect(() => readJson(1.5, "int")).toThrow(HttpMessageNotReadableException);
    // A request body's long is exact beyond 2^53 (JSON.parse alone would round it), strings untouched.
    expect(new Exchange(request({ body: '[9223372036854775807, "12345678901234567"]' })).body({ list: "long" }, true)).toEqual(new ArrayList<bigint>([9223372036854775807n, 12345678901234567n]));
    expect(new Exchange(request({ body: '{"x": 1e20, "label": "-12345678901234567 \\" 1234567890123456789"}' })).body({ bean: Point }, true)).toMatchObject({ x: 1e20, label: '-12345678901234567 " 1234567890123456789' });
    expect(() => readJson({ x: {} }, { bean: Point })).toThrow(HttpMessageNotReadableException);
  });
});

describe("dispatch", () => {
  const route = (handle: Route["handle"], response: Route["response"] = "body"): Route => ({ verb: "GET", path: "/p", status: 200, response, result: "string", handle });
  const advice: Advice[] = [
    { classes: [RuntimeException], status: 500, result: "string", handle: (t) => `runtime: ${t.getMessage()}` },
    { classes: [IllegalArgumentException], status: 400, result: "string", handle: (t) => `illegal: ${t.getMessage()}` },
  ];

  it("sends an exception to the handler of the nearest class", () => {
    expect(dispatch(route(() => { throw new NumberFormatException("n"); }), advice, request())).toEqual({ status: 400, body: '"illegal: n"' });
    expect(dispatch(route(() => { throw new RuntimeException("r"); }), advice, request())).toEqual({ status: 500, body: '"runtime: r"' });
    // A binding error is an exception like any other: RuntimeException's handler takes the type mismatch.
    expect(dispatch(route((x) => x.param(qty)), advice, request({ query: { qty: "x" } })).status).toBe(500);
  });

  it("answers Spring Boot's error body when no handler matches", () => {
    const res = dispatch(route((x) => x.param(qty)), [], request());
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ status: 400, error: "Bad Request", message: "Required request parameter 'qty' for method parameter type int is not present", path: "/p" });
    expect(dispatch(route(() => { throw new TypeError("x"); }), [], request()).status).toBe(500);
  });

  it("writes a ResponseEntity's status and body, and no body for void", () => {
    expect(dispatch(route(() => ResponseEntity.status(404).body("gone"), "entity"), [], request())).toEqual({ status: 404, body: '"gone"' });
    expect(dispatch(route(() => ResponseEntity.notFound().build(), "entity"), [], request())).toEqual({ status: 404, body: "" });
    expect(dispatch(route(() => undefined, "void"), [], request())).toEqual({ status: 200, body: "" });
  });
});
