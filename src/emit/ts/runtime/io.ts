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


/** java.io.StringReader: a character stream over a string (chars are UTF-16 units, as in Java). */
export class StringReader {
  private pos = 0;
  constructor(private readonly s: string) {}
  read(): number {
    return this.pos < this.s.length ? this.s.charCodeAt(this.pos++) : -1;
  }
  /** The next line without its terminator (\n, \r or \r\n), or null at the end, as BufferedReader.readLine. */
  readLine(): string | null {
    if (this.pos >= this.s.length) return null;
    const start = this.pos;
    while (this.pos < this.s.length && this.s[this.pos] !== "\n" && this.s[this.pos] !== "\r") this.pos++;
    const line = this.s.slice(start, this.pos);
    if (this.s[this.pos] === "\r") this.pos++;
    else if (this.s[this.pos] === "\n") this.pos++;
    if (this.s[this.pos - 1] === "\r" && this.s[this.pos] === "\n") this.pos++;
    return line;
  }
  close(): void {}
}

/** java.io.BufferedReader over a reader: buffering is invisible, so it delegates. */
export class BufferedReader {
  constructor(private readonly in_: StringReader) {}
  read(): number {
    return this.in_.read();
  }
  readLine(): string | null {
    return this.in_.readLine();
  }
  close(): void {
    this.in_.close();
  }
}
