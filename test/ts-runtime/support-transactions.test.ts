// java2x's TS transaction boundary (src/emit/ts/support/transactions.ts), the target of
// rules/spring-beans/spring.transactional: Spring's commit/rollback rules, results and exceptions
// passed through unchanged. The Go twin is tested in src/emit/go/runtime/jrt/transactions_test.go.

import { afterEach, describe, expect, it } from "vitest";
import { Exception, IllegalStateException, RuntimeException } from "../../src/emit/ts/runtime/index.js";
import { inTransaction, setTransactionManager, type TxDefinition } from "../../src/emit/ts/support/index.js";

const log: string[] = [];
const recording = { begin: (d: TxDefinition) => (log.push(`begin ${d.propagation}`), { commit: () => log.push("commit"), rollback: () => log.push("rollback") }) };
const noTransactions = { begin: () => ({ commit() {}, rollback() {} }) };

function run(def: Partial<TxDefinition>, body: () => number): { log: string; result?: number; thrown?: unknown } {
  log.length = 0;
  setTransactionManager(recording);
  try {
    const result = inTransaction({ name: "com.acme.Payments.pay", propagation: "REQUIRED", timeout: -1, ...def }, body);
    return { log: log.join(", "), result };
  } catch (thrown) {
    return { log: log.join(", "), thrown };
  }
}

describe("jrtx.inTransaction", () => {
  afterEach(() => setTransactionManager(noTransactions));

  it("commits when the body returns, and returns its result", () => {
    expect(run({}, () => 7)).toEqual({ log: "begin REQUIRED, commit", result: 7 });
  });

  it("rolls back on unchecked exceptions and commits on checked ones, rethrowing either", () => {
    const unchecked = new IllegalStateException("x");
    expect(run({}, () => { throw unchecked; })).toEqual({ log: "begin REQUIRED, rollback", thrown: unchecked });
    const checked = new Exception("declined");
    expect(run({}, () => { throw checked; })).toEqual({ log: "begin REQUIRED, commit", thrown: checked });
  });

  it("applies rollbackFor / noRollbackFor by the nearest superclass, as Spring does", () => {
    const checked = () => { throw new Exception("declined"); };
    expect(run({ rollbackFor: ["java.lang.Exception"] }, checked).log).toBe("begin REQUIRED, rollback");
    const illegal = () => { throw new IllegalStateException("x"); };
    expect(run({ rollbackFor: ["java.lang.RuntimeException"], noRollbackFor: ["java.lang.IllegalStateException"] }, illegal).log).toBe("begin REQUIRED, commit");
    expect(run({ rollbackFor: ["java.lang.IllegalStateException"], noRollbackFor: ["java.lang.RuntimeException"] }, illegal).log).toBe("begin REQUIRED, rollback");
    expect(run({ noRollbackFor: ["java.lang.Exception"] }, () => { throw new RuntimeException("r"); }).log).toBe("begin REQUIRED, commit");
  });

  it("rolls back when the body fails with something that is not a Java exception", () => {
    expect(run({}, () => { throw new TypeError("bug"); }).log).toBe("begin REQUIRED, rollback");
  });
});
