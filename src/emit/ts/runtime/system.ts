// System.out / System.err, System.exit and runMain: buffered stdout with Java's uncaught-exception report.
import { identityHash, str } from "./core.js";
import { IllegalArgumentException, wrapJsError } from "./exceptions.js";
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

/**
 * java.lang.Thread as far as a single-threaded JS program can be faithful: it holds a Runnable and
 * run() runs it (shutdown hooks, subclasses overriding run). start() and join() are not offered.
 */
export class Thread {
  /** Thread(Runnable); a subclass's super(name) passes a string, which only names the thread. */
  constructor(private readonly task: unknown = null) {}
  run(): void {
    if (typeof this.task === "function") (this.task as () => void)();
  }
}

const shutdownHooks: Thread[] = [];

/** Java runs the registered hooks when the program ends: after main, after an uncaught exception, on System.exit. */
function runShutdownHooks(): void {
  for (const hook of shutdownHooks.splice(0)) {
    try {
      hook.run();
    } catch (e) {
      writeErr('Exception in thread "Thread-0" ' + wrapJsError(e).stackTraceText());
    }
  }
  flushOut();
}

const theRuntime = {
  addShutdownHook(hook: Thread): void {
    if (shutdownHooks.includes(hook)) throw new IllegalArgumentException("Hook previously registered");
    shutdownHooks.push(hook);
  },
  removeShutdownHook(hook: Thread): boolean {
    const i = shutdownHooks.indexOf(hook);
    if (i >= 0) shutdownHooks.splice(i, 1);
    return i >= 0;
  },
  /** One JS thread runs the program. */
  availableProcessors(): number {
    return 1;
  },
};
export type JavaRuntime = typeof theRuntime;
/** java.lang.Runtime (getRuntime() is the one instance). */
export const Runtime = { getRuntime: (): JavaRuntime => theRuntime };

/** Thrown internally by exit() when no process is available (e.g. tests), so callers unwind. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** System.exit(n): flush stdout and terminate with status n. */
export function exit(code: number): never {
  runShutdownHooks();
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
    runShutdownHooks();
    if (proc) proc.exit(1);
    return;
  }
  runShutdownHooks();
}
