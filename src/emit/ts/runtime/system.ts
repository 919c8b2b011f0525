// System.out / System.err, System.exit and runMain: buffered stdout with Java's uncaught-exception report.
//
// Design: the runtime does not depend on @types/node. It reaches Node through a minimal
// structural type on globalThis.process, and gets `fs` via process.getBuiltinModule
// (Node >= 20.16). Without it (older Node / other hosts) output falls back to stream writes.
import { formatJava } from "./format.js";
import { str } from "./core.js";

interface MinimalFs {
  writeSync(fd: number, data: string): number;
}
interface MinimalProcess {
  stdout: { write(s: string): boolean };
  stderr: { write(s: string): boolean };
  exit(code?: number): never;
  exitCode?: number | string | undefined;
  getBuiltinModule?: (id: string) => unknown;
  on?: (event: string, fn: () => void) => unknown;
}

interface HostGlobals {
  process?: MinimalProcess;
  TextEncoder: new () => { encode(s: string): Uint8Array };
  performance?: { now(): number };
}
const host = globalThis as unknown as HostGlobals;
const proc = host.process;
const fs = proc?.getBuiltinModule?.("node:fs") as MinimalFs | undefined;

/** Writes all of `s` synchronously to fd, retrying on EAGAIN (non-blocking pipes). */
function writeFd(fd: 1 | 2, s: string): void {
  if (s.length === 0) return;
  if (fs === undefined) {
    if (proc) (fd === 1 ? proc.stdout : proc.stderr).write(s);
    return;
  }
  // writeSync on a string may write only part of the UTF-8 bytes; convert once so we can resume.
  let buf = new host.TextEncoder().encode(s);
  const w = fs.writeSync as unknown as (fd: number, b: Uint8Array) => number;
  while (buf.length > 0) {
    try {
      const n = w(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as { code?: string }).code !== "EAGAIN") throw e;
    }
  }
}

/** Stdout is collected in memory and written in large chunks; that is most of the speed of println loops. */
const FLUSH_AT = 1 << 16;
let outBuf: string[] = [];
let outLen = 0;

export function writeOut(s: string): void {
  outBuf.push(s);
  outLen += s.length;
  if (outLen >= FLUSH_AT) flushOut();
}
export function flushOut(): void {
  if (outLen === 0 && outBuf.length === 0) return;
  const s = outBuf.join("");
  outBuf = [];
  outLen = 0;
  writeFd(1, s);
}
/** Stderr is unbuffered; pending stdout goes first so interleaving matches a console running Java. */
export function writeErr(s: string): void {
  flushOut();
  writeFd(2, s);
}

/** The subset of java.io.PrintStream translated code uses. `print(x)` takes a preformatted string: the emitter picks dstr/istr/cstr by static type. */
export class PrintStream {
  constructor(private readonly sink: (s: string) => void, private readonly flusher: () => void) {}
  print(x: unknown): void {
    this.sink(typeof x === "string" ? x : str(x));
  }
  println(x?: unknown): void {
    this.sink((x === undefined ? "" : typeof x === "string" ? x : str(x)) + "\n");
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
    return identityHashHook(o);
  },
};

/** Set by core.ts (avoids an import cycle at module-evaluation time). */
let identityHashHook: (o: unknown) => number = () => 0;
export function installIdentityHash(fn: (o: unknown) => number): void {
  identityHashHook = fn;
}

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
    const t = wrapHook(e);
    writeErr('Exception in thread "main" ' + t.stackTraceText());
    flushOut();
    if (proc) proc.exit(1);
    return;
  }
  flushOut();
}

/** exceptions.ts imports system.ts for printStackTrace, so it registers its wrapper here. */
let wrapHook: (e: unknown) => { stackTraceText(): string } = (e) => ({ stackTraceText: () => String(e) + "\n" });
export function installWrapJsError(fn: (e: unknown) => { stackTraceText(): string }): void {
  wrapHook = fn;
}
