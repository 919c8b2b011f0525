// java2x's TS support for the logging and config packs (src/emit/ts/support/log.ts, config.ts):
// structured records with the Java logger name, level threshold, and the config merge order.

import { afterEach, describe, expect, it } from "vitest";
import { ConfigReload, configValue, configValues, logger, setLogLevel, setLogSink, type ConfigSource, type LogRecord } from "../../src/emit/ts/support/index.js";

describe("jrtx logger", () => {
  afterEach(() => setLogLevel("info"));

  it("hands key-value records with the Java logger name to the sink, above the threshold only", () => {
    const seen: LogRecord[] = [];
    setLogSink((r) => seen.push(r));
    const log = logger("com.acme.Demo");
    log.info("支付回调", "orderNo", "A1", "amount", 3n);
    log.debug("hidden");
    setLogLevel("debug");
    expect(log.isEnabled("debug")).toBe(true);
    log.debug("shown");
    expect(seen).toEqual([
      { level: "info", logger: "com.acme.Demo", msg: "支付回调", attrs: { orderNo: "A1", amount: 3n } },
      { level: "debug", logger: "com.acme.Demo", msg: "shown", attrs: {} },
    ]);
  });
});

describe("jrtx config", () => {
  const files: ConfigSource[] = [
    { profile: "", values: { "greeting.text": "${GREETING:hello}", "greeting.times": "1", "spring.profiles.active": "dev" } },
    { profile: "dev", values: { "greeting.times": "3" } },
    { profile: "prod", values: { "greeting.times": "5" } },
  ];

  it("merges Java defaults < files < active profile < environment and resolves placeholders", () => {
    expect(configValues({ "only.java": "j" }, files, {})).toMatchObject({ "greeting.text": "hello", "greeting.times": "3", "only.java": "j" });
    expect(configValues({}, files, { SPRING_PROFILES_ACTIVE: "prod", GREETING: "hi" })).toMatchObject({ "greeting.text": "hi", "greeting.times": "5" });
    expect(configValues({}, files, { GREETING_TIMES: "7" })["greeting.times"]).toBe("7");
  });

  it("converts like Spring and rejects what does not convert", () => {
    const v = { n: "42", l: "9007199254740993", b: "TRUE", list: "a, b", bad: "x" };
    expect([configValue(v, "n", "int"), configValue(v, "l", "long"), configValue(v, "b", "boolean"), configValue(v, "list", "list")]).toEqual([42, 9007199254740993n, true, ["a", "b"]]);
    expect(() => configValue(v, "bad", "int")).toThrow(/not a valid int/);
    expect(() => configValue(v, "missing", "string")).toThrow(/Could not resolve placeholder 'missing'/);
  });

  it("runs reload hooks with the new configuration", () => {
    const r = new ConfigReload<number>();
    let got = 0;
    r.on((n) => (got = n));
    expect(r.run(() => 4)).toBe(4);
    expect(got).toBe(4);
  });
});
