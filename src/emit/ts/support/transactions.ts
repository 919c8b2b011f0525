// The explicit transaction boundary that replaces Spring's @Transactional proxy
// (rules/spring-beans/spring.transactional): a translated method runs its body through
// inTransaction, which asks the transaction manager for a transaction, commits when the body
// returns, decides between rollback and commit by Spring's rules when it throws, and lets the
// result or the exception through unchanged.
import { JError, RuntimeException, Throwable } from "../runtime/index.js";

/** What the Java @Transactional asked for, in Spring's words. */
export interface TxDefinition {
  /** The Java method, e.g. "com.acme.Payments.pay". */
  name: string;
  /** A Spring Propagation constant: REQUIRED, REQUIRES_NEW, NESTED, SUPPORTS, NOT_SUPPORTED, MANDATORY, NEVER. */
  propagation: string;
  /** A Spring Isolation constant; absent means DEFAULT. */
  isolation?: string;
  readOnly?: boolean;
  /** Seconds; -1 leaves it to the manager. */
  timeout: number;
  /** Java binary class names. */
  rollbackFor?: readonly string[];
  noRollbackFor?: readonly string[];
}

export interface Transaction {
  commit(): void;
  rollback(): void;
}

/**
 * Begins transactions; the application sets one over its database with setTransactionManager.
 * Joining an outer transaction (REQUIRED) or suspending it (REQUIRES_NEW) is the manager's
 * decision: Spring keeps the current transaction per thread, which TypeScript code passes explicitly.
 */
export interface TransactionManager {
  begin(def: TxDefinition): Transaction;
}

/** Until the application sets a manager, the translated code behaves as the Java code without a database. */
const NO_TRANSACTIONS: TransactionManager = { begin: () => ({ commit() {}, rollback() {} }) };
let manager = NO_TRANSACTIONS;

export function setTransactionManager(m: TransactionManager): void {
  manager = m;
}

export function inTransaction<R>(def: TxDefinition, body: () => R): R {
  const tx = manager.begin(def);
  let result: R;
  try {
    result = body();
  } catch (e) {
    if (rollsBackOn(def, e)) tx.rollback();
    else tx.commit();
    throw e;
  }
  tx.commit();
  return result;
}

/**
 * Spring's RuleBasedTransactionAttribute.rollbackOn: the rollbackFor or noRollbackFor rule naming
 * the nearest superclass of the exception wins; without one, unchecked exceptions
 * (RuntimeException, Error, and anything that is not a Java exception) roll back, checked ones commit.
 */
export function rollsBackOn(def: TxDefinition, e: unknown): boolean {
  if (!(e instanceof Throwable)) return true;
  let best = -1;
  let rollback = false;
  const consider = (names: readonly string[] | undefined, rb: boolean): void => {
    for (const n of names ?? []) {
      const d = superclassDepth(e, n);
      if (d >= 0 && (best < 0 || d < best)) [best, rollback] = [d, rb];
    }
  };
  consider(def.rollbackFor, true);
  consider(def.noRollbackFor, false);
  if (best >= 0) return rollback;
  return e instanceof RuntimeException || e instanceof JError;
}

/** Superclass steps from the exception's class up to the class named `target`, or -1. */
function superclassDepth(e: Throwable, target: string): number {
  let depth = 0;
  // Each prototype answers `javaName` for its own class (the getter reads `this.constructor`).
  for (let p = Object.getPrototypeOf(e) as Throwable | null; p && p !== Error.prototype; p = Object.getPrototypeOf(p) as Throwable | null, depth++) {
    if (p.javaName === target) return depth;
  }
  return -1;
}
