// Unit tests for behaviour that has no JDK table: boxing, equality/hash dispatch, bounds helpers, kinds.
import { describe, expect, it } from "vitest";
import * as J from "../../src/emit/ts/runtime/index.js";

class Point {
  constructor(readonly x: number, readonly y: number) {}
  equals(o: unknown): boolean {
    return o instanceof Point && o.x === this.x && o.y === this.y;
  }
  hashCode(): number {
    return J.objectsHash(this.x, this.y);
  }
  toString(): string {
    return `(${this.x},${this.y})`;
  }
}

describe("core", () => {
  it("str follows String.valueOf", () => {
    expect([J.str(null), J.str(true), J.str(12), J.str(1.5), J.str(-0), J.str(5n), J.str("s"), J.str(new Point(1, 2))]).toEqual(
      ["null", "true", "12", "1.5", "-0.0", "5", "s", "(1,2)"],
    );
  });
  it("boxedEq models the Integer cache", () => {
    expect(J.boxedEq(127, 127)).toBe(true);
    expect(J.boxedEq(128, 128)).toBe(false);
    expect(J.boxedEq(-128, -128)).toBe(true);
    expect(J.boxedEq(null, null)).toBe(true);
    expect(J.boxedEq(1, null)).toBe(false);
  });
  it("unbox null throws NullPointerException", () => {
    expect(() => J.unbox(null)).toThrow(J.NullPointerException);
  });
  it("user objects work as HashMap keys by equals/hashCode, and identity otherwise", () => {
    const m = new J.HashMap<Point, string>();
    m.put(new Point(1, 2), "a");
    expect(m.get(new Point(1, 2))).toBe("a");
    const o = {};
    const m2 = new J.HashMap<object, number>();
    m2.put(o, 1);
    expect(m2.get({})).toBe(null);
    expect(m2.get(o)).toBe(1);
    expect(J.identityHash(o)).toBe(J.identityHash(o));
  });
  it("kinds decide how numbers hash and print", () => {
    const m = new J.HashMap<number, number>(null, { key: "double", value: "double" });
    m.put(1, 2);
    expect(m.toString()).toBe("{1.0=2.0}");
    expect(new J.ArrayList<number>(J.List.of(65, 66), "char").toString()).toBe("[A, B]");
    expect(J.hashOf("double", 1)).toBe(1072693248);
    expect(J.hashOf("int", 1)).toBe(1);
  });
  it("aget/aset throw Java's ArrayIndexOutOfBoundsException", () => {
    const a = J.newArray("int", 3) as Int32Array;
    J.aset(a, 2, 7);
    expect(J.aget(a, 2)).toBe(7);
    expect(() => J.aget(a, 5)).toThrow("Index 5 out of bounds for length 3");
    expect(() => J.newArray("int", -1)).toThrow(J.NegativeArraySizeException);
  });
  it("exceptions: user subclasses, causes, suppressed, catch by instanceof", () => {
    class MyException extends J.RuntimeException {}
    const e = new MyException("x", new J.IOException("io"));
    expect(e.toString()).toBe("MyException: x");
    J.setJavaName(MyException, "com.acme.MyException");
    expect(e.toString()).toBe("com.acme.MyException: x");
    expect(e.getCause()?.toString()).toBe("java.io.IOException: io");
    e.addSuppressed(new J.IllegalStateException());
    expect(e.getSuppressed().length).toBe(1);
    expect(e instanceof J.RuntimeException && e instanceof J.Exception && e instanceof Error).toBe(true);
    expect(() => e.initCause(null)).toThrow(J.IllegalStateException);
    expect(J.wrapJsError(new TypeError("x")) instanceof J.NullPointerException).toBe(true);
  });
  it("iterators work with for…of and Java's hasNext/nextValue/remove", () => {
    const s = new J.LinkedHashSet<string>(["a", "b", "c"]);
    const it = s.iterator();
    while (it.hasNext()) if (it.nextValue() === "b") it.remove();
    expect([...s]).toEqual(["a", "c"]);
    const m = new J.TreeMap<string, number>();
    m.put("b", 2);
    m.put("a", 1);
    expect([...m].map((e) => e.getKey() + e.getValue())).toEqual(["a1", "b2"]);
  });
  it("int and long arithmetic wrap like Java", () => {
    expect(J.imul(0x7fffffff, 2)).toBe(-2);
    expect(J.iadd(2147483647, 1)).toBe(-2147483648);
    expect(() => J.idiv(1, 0)).toThrow("/ by zero");
    expect(() => J.lrem(1n, 0n)).toThrow(J.ArithmeticException);
    expect(J.lshl(1n, 64)).toBe(1n);
    expect(J.lushr(-1n, 60)).toBe(15n);
    expect(J.d2l(1e300)).toBe(J.Long.MAX_VALUE);
  });
});
