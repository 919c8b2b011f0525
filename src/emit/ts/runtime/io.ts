// Low-level output for the runtime: buffered stdout and unbuffered stderr on file descriptors 1 and 2.
//
// Design: the runtime does not depend on @types/node. It reaches Node through a minimal
// structural type on globalThis.process, and gets `fs` via process.getBuiltinModule
// (Node >= 20.16). Without it (older Node / other hosts) output falls back to stream writes.

interface MinimalFs {
  writeSync(fd: number, data: string): number;
}
export interface MinimalProcess {
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
export const host = globalThis as unknown as HostGlobals;
export const proc = host.process;
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

