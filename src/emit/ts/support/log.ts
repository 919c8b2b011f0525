// A small structured logger for translated Java loggers (SLF4J, Log4j2, Commons Logging; see the
// logging rule pack): `log.info("支付回调", "orderNo", orderNo)` writes one JSON line with the
// Java logger name, the message and the key-value attributes. No dependency; `setLogSink` routes
// records elsewhere (pino, winston, a test), `setLogLevel` sets the threshold (default info).
// Lines go through jrt's stdout/stderr, so they interleave with System.out as in Java.

import { writeErr, writeOut } from "../runtime/index.js";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

export interface LogRecord {
  level: LogLevel;
  /** The Java logger name (usually the class's FQN). */
  logger: string;
  msg: string;
  attrs: Record<string, unknown>;
}

const RANK: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/** JSON that keeps Java longs (bigint) as numbers' text instead of throwing. */
function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

function consoleSink(r: LogRecord): void {
  const line = json({ time: new Date().toISOString(), level: r.level.toUpperCase(), logger: r.logger, msg: r.msg, ...r.attrs });
  if (RANK[r.level] >= RANK.warn) writeErr(line + "\n");
  else writeOut(line + "\n");
}

let sink: (r: LogRecord) => void = consoleSink;
let threshold: LogLevel = "info";

export function setLogSink(s: (r: LogRecord) => void): void {
  sink = s;
}

export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

export class Logger {
  constructor(readonly name: string) {}

  isEnabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[threshold];
  }

  trace(msg: string, ...keyValues: unknown[]): void {
    this.write("trace", msg, keyValues);
  }

  debug(msg: string, ...keyValues: unknown[]): void {
    this.write("debug", msg, keyValues);
  }

  info(msg: string, ...keyValues: unknown[]): void {
    this.write("info", msg, keyValues);
  }

  warn(msg: string, ...keyValues: unknown[]): void {
    this.write("warn", msg, keyValues);
  }

  error(msg: string, ...keyValues: unknown[]): void {
    this.write("error", msg, keyValues);
  }

  private write(level: LogLevel, msg: string, keyValues: unknown[]): void {
    if (!this.isEnabled(level)) return;
    const attrs: Record<string, unknown> = {};
    for (let i = 0; i + 1 < keyValues.length; i += 2) attrs[String(keyValues[i])] = keyValues[i + 1];
    sink({ level, logger: this.name, msg, attrs });
  }
}

/** The logger of a Java logger name (`LoggerFactory.getLogger(X.class)`, Lombok's `@Slf4j`). */
export function logger(name: string): Logger {
  return new Logger(name);
}
