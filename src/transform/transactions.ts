// The `transaction` facts (rules/spring-beans/spring.transactional) read for the back ends: which
// methods get an explicit transaction boundary around their body, and what that boundary asks for.

import type { RuleFact } from "./rules/index.js";

/** What a @Transactional asked of the method, in Spring's vocabulary (see docs/writing-rules.md). */
export interface TransactionDefinition {
  /** `com.acme.Payments.pay`: the name a transaction manager sees. */
  name: string;
  propagation: string;
  isolation: string;
  readOnly: boolean;
  /** Seconds; -1 for the manager's default. */
  timeout: number;
  /** Binary names of the exceptions that roll back (besides the unchecked ones) or commit. */
  rollbackFor: string[];
  noRollbackFor: string[];
  /** Report items behind the boundary, for its marker. */
  items: string[];
}

/** Transaction boundaries by method: `of(class FQN, method name, arity)`. */
export class TransactionBoundaries {
  private readonly byMethod = new Map<string, TransactionDefinition>();

  constructor(facts: readonly RuleFact[]) {
    for (const f of facts) {
      if (f.kind !== "transaction") continue;
      const d = f.data as { type: string; method: string; arity: number; propagation: string; isolation: string; readOnly: boolean; timeout: number; rollbackFor: string[]; noRollbackFor: string[] };
      this.byMethod.set(key(d.type, d.method, d.arity), {
        name: `${d.type}.${d.method}`,
        propagation: d.propagation,
        isolation: d.isolation,
        readOnly: d.readOnly,
        timeout: d.timeout,
        rollbackFor: d.rollbackFor,
        noRollbackFor: d.noRollbackFor,
        items: f.items,
      });
    }
  }

  of(type: string, method: string, arity: number): TransactionDefinition | undefined {
    return this.byMethod.get(key(type, method, arity));
  }
}

function key(type: string, method: string, arity: number): string {
  return `${type}#${method}/${arity}`;
}

/** The marker line above a generated boundary. */
export function transactionMarker(tx: TransactionDefinition): string {
  const what = `@Transactional(${tx.propagation}) made explicit: a no-op until a transaction manager is set; pass its transaction to the repositories`;
  return tx.items.length ? `java2x: ${tx.items.join(" ")} ${what}` : what;
}
