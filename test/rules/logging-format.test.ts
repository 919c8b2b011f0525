// The logging pack's format splitting (rules/logging/structured-log.js): how SLF4J `{}` formats
// become a message and attribute keys, and which arguments become attributes.

import { describe, expect, it } from "vitest";
import type { MappedCall, MappedExpr } from "../../src/transform/rules/mappings.js";

// The pack is plain JavaScript loaded at run time (like any pack), so it is imported by path.
const packModule: string = "../../rules/logging/structured-log.js";
const { record, splitFormat } = (await import(packModule)) as {
  splitFormat(format: string, nameOf: (i: number) => string | undefined): { message: string; keys: string[] };
  record(call: MappedCall, placeholders: boolean): MappedExpr[] | undefined;
};

const names = (...n: (string | undefined)[]) => (i: number) => n[i];

describe("splitFormat", () => {
  it("takes keys from key={} and drops them from the message", () => {
    expect(splitFormat("支付回调 orderNo={} payload={}", names("a", "b"))).toEqual({ message: "支付回调", keys: ["orderNo", "payload"] });
  });
  it("keeps a label before a colon, keyed by the argument's name", () => {
    expect(splitFormat("风控异常，默认放行: {}", names("message"))).toEqual({ message: "风控异常，默认放行", keys: ["message"] });
  });
  it("names bare placeholders after the argument and keeps them in the message", () => {
    expect(splitFormat("订单 {} 当前状态 {} 不可取消", names("orderNo"))).toEqual({ message: "订单 {orderNo} 当前状态 {arg2} 不可取消", keys: ["orderNo", "arg2"] });
  });
  it("treats \\{} as a literal", () => {
    expect(splitFormat("set \\{} to {}", names("x"))).toEqual({ message: "set {} to {x}", keys: ["x"] });
  });
});

describe("record", () => {
  const call = (args: { type?: string; throwable?: boolean; constant?: string; name?: string }[]) => ({
    target: "go" as const,
    owner: "org.slf4j.Logger",
    name: "info",
    hasReceiver: true,
    enclosingClass: "A",
    args: args.map((a) => ({ type: a.type ?? "java.lang.Object", throwable: a.throwable ?? false, ...(a.constant !== undefined && { constant: a.constant }), ...(a.name && { name: a.name }) })),
  });

  it("keeps every value: extra arguments by name, a trailing Throwable as err, repeated keys numbered", () => {
    const r = record(call([{ constant: "a={} a={}" }, { name: "x" }, { name: "y" }, { name: "z" }, { throwable: true, name: "e" }]), true);
    expect(r).toEqual([{ str: "" }, { str: "a" }, { arg: 1, display: true }, { str: "a2" }, { arg: 2, display: true }, { str: "z" }, { arg: 3, display: true }, { str: "err" }, { arg: 4, display: true }]);
  });
  it("logs a message that is not a constant as text, its values by position", () => {
    expect(record(call([{ name: "msg" }, {}]), true)).toEqual([{ arg: 0, display: true }, { str: "arg1" }, { arg: 1, display: true }]);
  });
  it("does not read placeholders in Commons Logging messages", () => {
    expect(record(call([{ constant: "x={}" }, { throwable: true }]), false)).toEqual([{ str: "x={}" }, { str: "err" }, { arg: 1, display: true }]);
  });
});
