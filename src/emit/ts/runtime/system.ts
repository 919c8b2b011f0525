// System.out / System.err, System.exit and runMain: buffered stdout with Java's uncaught-exception report.
import { identityHash, str } from "./core.js";
import { wrapJsError } from "./exceptions.js";
import { formatJava } from "./format.js";
import { flushOut, host, proc, writeErr, writeOut } from "./io.js";

export { flushOut, writeErr, writeOut };

/** The subset of java.io.PrintStream translated code uses. `print(x)` takes a preformatted string: the emitter picks dstr/istr/cstr by static type. */
export class PrintStream {
  constructor(private readonly sink: (s: string) => void, private readonly flusher: () => void) {}
  print(x: unknown): void {
    this.sink(typeof x === "string" ? x : str(x));
  }
  println(x?: unknown): void {
    this.sink((x === undefined ? "" : typeof x === "string" ? x : str(x)) + "\n");
  }
  /** PrintStream.append(CharSequence | char): the emitter passes a string. */
  append(x: unknown): this {
    this.print(x);
    return this;
  }
  printf(fmt: string, ...args: unknown[]): this {
    this.sink(formatJava(fmt, ...args));
    return this;
  }
  format(fmt: string, ...args: unknown[]): this {
    return this.printf(fmt, ...args);
  }
  write(b: number): void {
    this.sink(String.fromCharCode(b & 0xff));
  }
  flush(): void {
    this.flusher();
  }
}

export const System = {
  out: new PrintStream(writeOut, flushOut),
  err: new PrintStream(writeErr, () => undefined),
  /** System.currentTimeMillis as a long. */
  currentTimeMillis(): bigint {
    return BigInt(Date.now());
  },
  nanoTime(): bigint {
    return BigInt(Math.round((host.performance?.now() ?? Date.now()) * 1e6));
  },
  exit(code: number): never {
    return exit(code);
  },
  lineSeparator(): string {
    return "\n";
  },
  identityHashCode(o: unknown): number {
    return identityHash(o);
  },
};

/** Thrown internally by exit() when no process is available (e.g. tests), so callers unwind. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** System.exit(n): flush stdout and terminate with status n. */
export function exit(code: number): never {
  flushOut();
  if (proc) proc.exit(code);
  throw new ExitSignal(code);
}

/**
 * Runs a translated `main`. Stdout is flushed at the end; an escaping exception is reported
 * the way the JVM does ("Exception in thread "main" " + toString(), then frames) and the
 * process exits with status 1.
 */
export function runMain(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (e instanceof ExitSignal) throw e;
    const t = wrapJsError(e);
    writeErr('Exception in thread "main" ' + t.stackTraceText());
    flushOut();
    if (proc) proc.exit(1);
    return;
  }
  flushOut();
}
