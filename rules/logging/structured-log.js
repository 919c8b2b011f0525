// @ts-check
// The logging pack's shared lowering: a Java logging facade (SLF4J, Log4j2, Commons Logging) as
// key-value records, in Go on log/slog (`log.Info("支付回调", "orderNo", orderNo)`) and in TS on
// the emitted support logger (`log.info("支付回调", "orderNo", orderNo)`). Each rule of the pack
// calls `loggingMappings` with its library's names; README.md of each rule shows the results.

/** @typedef {import("../../src/transform/rules/mappings.js").Mappings} Mappings */
/** @typedef {import("../../src/transform/rules/mappings.js").MappedCall} MappedCall */
/** @typedef {import("../../src/transform/rules/mappings.js").MappedArg} MappedArg */
/** @typedef {import("../../src/transform/rules/mappings.js").MappedExpr} MappedExpr */

export const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"];

/** Go: the slog method of a level; trace (below Debug) and fatal (above Error) go through Log with a jrt level. */
const GO_METHOD = { debug: "Debug", info: "Info", warn: "Warn", error: "Error" };
const GO_LEVEL = { trace: "jrt.LevelTrace", debug: "slog.LevelDebug", info: "slog.LevelInfo", warn: "slog.LevelWarn", error: "slog.LevelError", fatal: "slog.LevelError" };

/** A key written before a placeholder: `orderNo={}`, `金额 = {}`. */
const KEY_BEFORE = /([\p{L}\p{N}_.-]+)\s*=\s*$/u;
/** A label ending in a colon before a placeholder: `payload size: {}`, `默认放行：{}`. */
const LABEL_BEFORE = /\s*[:：]\s*$/u;

/**
 * Splits an SLF4J/Log4j2 format into the message and one attribute key per `{}`:
 * - `key={}` gives the key `key`, and `key={}` leaves the message (`"支付回调 orderNo={}"` → `"支付回调"`);
 * - `label: {}` keeps the label in the message, the key is the argument's name;
 * - a bare `{}` is named after the argument and stays in the message as `{name}`.
 * Arguments without a name are `arg1`, `arg2`… by position; `\{}` is a literal `{}`, as in SLF4J.
 * @param {string} format
 * @param {(i: number) => string | undefined} nameOf the name of the value of placeholder i
 * @returns {{ message: string, keys: string[] }}
 */
export function splitFormat(format, nameOf) {
  /** @type {string[]} */
  const keys = [];
  let message = "";
  let i = 0;
  while (i < format.length) {
    const at = format.indexOf("{}", i);
    if (at < 0) {
      message += format.slice(i);
      break;
    }
    if (at > 0 && format[at - 1] === "\\") {
      message += format.slice(i, at - 1) + "{}";
      i = at + 2;
      continue;
    }
    let before = message + format.slice(i, at);
    const named = nameOf(keys.length) ?? `arg${keys.length + 1}`;
    const keyed = KEY_BEFORE.exec(before);
    const label = LABEL_BEFORE.exec(before);
    if (keyed) {
      keys.push(keyed[1] ?? named);
      before = before.slice(0, keyed.index);
    } else if (label) {
      keys.push(named);
      before = before.slice(0, label.index);
    } else {
      keys.push(named);
      before += `{${named}}`;
    }
    message = before;
    i = at + 2;
  }
  return { message: message.replace(/\s+/g, " ").replace(/[\s,，;；:：]+$/u, "").trim(), keys };
}

/** Distinct attribute keys: a repeated one gets 2, 3, … */
function unique(/** @type {string[]} */ keys) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}${n}`;
  });
}

/**
 * The attribute list of a logging call: message, then key/value pairs for every argument after
 * the format (none is ever dropped), a trailing Throwable that no placeholder takes as `err`.
 * @param {MappedCall} call
 * @param {boolean} placeholders whether the first argument is a `{}` format (SLF4J, Log4j2) or a plain message (Commons Logging)
 * @returns {MappedExpr[] | undefined}
 */
export function record(call, placeholders) {
  const [first, ...rest] = call.args;
  if (!first) return undefined;
  const format = typeof first.constant === "string" ? first.constant : undefined;
  const split = format !== undefined && placeholders ? splitFormat(format, (i) => rest[i]?.name) : { message: format ?? "", keys: [] };
  /** @type {string[]} */
  const keys = [];
  rest.forEach((a, i) => {
    const last = i === rest.length - 1;
    keys.push(i < split.keys.length ? split.keys[i] : a.throwable && last ? "err" : (a.name ?? `arg${i + 1}`));
  });
  /** @type {MappedExpr} */
  const message = format !== undefined ? { str: split.message } : { arg: 0, display: true };
  /** @type {MappedExpr[]} */
  const out = [message];
  unique(keys).forEach((k, i) => out.push({ str: k }, { arg: i + 1, display: true }));
  return out;
}


/**
 * A log call as target code.
 * @param {MappedCall} call
 * @param {string} level one of LEVELS
 * @param {boolean} placeholders
 * @returns {MappedExpr | undefined}
 */
function logCall(call, level, placeholders) {
  const args = record(call, placeholders);
  if (!args) return undefined;
  if (call.target === "ts") return { on: { receiver: true }, method: level === "fatal" ? "error" : level, args };
  const method = GO_METHOD[/** @type {keyof typeof GO_METHOD} */ (level)];
  if (method) return { on: { receiver: true }, method, args };
  return { on: { receiver: true }, method: "Log", args: [{ call: { ref: "context.Background", import: "context" }, args: [] }, goLevel(level), ...args] };
}

/** @returns {MappedExpr} */
function goLevel(/** @type {string} */ level) {
  const ref = GO_LEVEL[/** @type {keyof typeof GO_LEVEL} */ (level)];
  return ref.startsWith("jrt.") ? { ref } : { ref, import: "log/slog" };
}

/** `isDebugEnabled()` and friends. @returns {MappedExpr} */
function enabledCall(/** @type {MappedCall} */ call, /** @type {string} */ level) {
  if (call.target === "ts") return { on: { receiver: true }, method: "isEnabled", args: [{ str: level }] };
  return { call: { ref: "jrt.LogEnabled" }, args: [{ receiver: true }, goLevel(level)] };
}

/** A logger for a Java logger name: `jrt.Logger(name)` in Go, `jrtx.logger(name)` in TS. @returns {MappedExpr} */
export function namedLogger(/** @type {"go" | "ts"} */ target, /** @type {MappedExpr} */ name) {
  return { call: { ref: target === "go" ? "jrt.Logger" : "jrtx.logger" }, args: [name] };
}

/**
 * `getLogger(X.class)`, `getLogger("name")`, `getLogger(getClass())` / `getLogger()` (the calling class).
 * @param {MappedCall} call
 * @returns {MappedExpr | undefined}
 */
function factoryCall(call) {
  const a = call.args[0];
  if (!a || (a.type === "java.lang.Class" && a.classLiteral === undefined)) return namedLogger(call.target, { str: call.enclosingClass });
  if (a.classLiteral !== undefined) return namedLogger(call.target, { str: a.classLiteral });
  if (a.type === "java.lang.String") return namedLogger(call.target, typeof a.constant === "string" ? { str: a.constant } : { arg: 0 });
  return undefined;
}

/**
 * The mappings of one logging library.
 * @param {{ logger: string, factory: string, factoryMethod: string, placeholders: boolean }} lib
 *   logger type FQN, factory class FQN and method, and whether messages are `{}` formats
 * @returns {Mappings}
 */
export function loggingMappings(lib) {
  /** @type {NonNullable<Mappings["calls"]>} */
  const calls = { [`${lib.factory}.${lib.factoryMethod}`]: factoryCall };
  for (const level of LEVELS) {
    calls[`${lib.logger}.${level}`] = (call) => logCall(call, level, lib.placeholders);
    const enabled = `is${level[0].toUpperCase()}${level.slice(1)}Enabled`;
    calls[`${lib.logger}.${enabled}`] = (call) => (call.args.length === 0 ? enabledCall(call, level) : undefined);
  }
  return {
    types: { [lib.logger]: { go: { type: "*slog.Logger", import: "log/slog" }, ts: { type: "jrtx.Logger" } } },
    calls,
    generatedFields: { [lib.logger]: (f) => namedLogger(f.target, { str: f.owner }) },
  };
}

/** `Class.method` of the innermost enclosing type and method, for messages. */
function enclosing(/** @type {readonly import("../../src/parse/ast.js").Node[]} */ ancestors) {
  let type = "";
  let member = "";
  for (const n of ancestors) {
    if (n.kind === "ClassDecl" || n.kind === "EnumDecl" || n.kind === "RecordDecl" || n.kind === "InterfaceDecl") [type, member] = [n.name, ""];
    else if (n.kind === "MethodDecl") member = n.name;
    else if (n.kind === "ConstructorDecl") member = "<init>";
  }
  return member ? `${type}.${member}` : type;
}

/**
 * A logging rule: maps the library (see loggingMappings) and reports each logger it declares and
 * each call whose placeholders and values disagree (the translation keeps every value; a human
 * checks the message).
 * @param {{ id: string, title: string, library: string, logger: string, factory: string, factoryMethod: string, placeholders: boolean, lombok: string }} lib
 *   `lombok`: the Lombok annotation declaring such a logger (its files have no import of the logger type)
 * @returns {import("../../src/transform/rules/api.js").RuleModule}
 */
export function loggingRule(lib) {
  return {
    meta: {
      id: lib.id,
      title: lib.title,
      category: "potential",
      effort: 1,
      fix: "auto",
      messages: {
        logger: `${lib.library} logger {logger} in {in}: becomes a log/slog logger (Go) / the structured support logger (TS); its calls become key-value records`,
        mismatch: "{level}() in {in}: {placeholders} placeholder(s) for {values} value(s); every value is kept as an attribute, check the message",
      },
    },
    preconditions: { uses: [lib.logger, lib.factory, lib.lombok] },
    create(ctx) {
      return {
        MethodCall(node) {
          const call = ctx.resolvedCall(node);
          if (!call) return;
          if (call.owner === lib.factory && call.name === lib.factoryMethod) {
            const arg = node.args[0];
            const caller = [...ctx.ancestors()].reverse().find((n) => n.kind === "ClassDecl" || n.kind === "EnumDecl" || n.kind === "RecordDecl");
            const named = !arg || arg.kind === "MethodCall" ? (caller && ctx.model.declaredType(caller)?.fqn) : arg.kind === "ClassLit" ? ctx.typeFqn(arg.type) : ctx.constantValue(arg);
            ctx.report({ node, messageId: "logger", data: { logger: String(named ?? "(computed name)"), in: enclosing(ctx.ancestors()) } });
            return;
          }
          if (!lib.placeholders || call.owner !== lib.logger || !LEVELS.includes(call.name) || node.args.length === 0) return;
          const format = ctx.constantValue(node.args[0]);
          if (typeof format !== "string") return;
          const placeholders = splitFormat(format, () => undefined).keys.length;
          const values = node.args.length - 1;
          const last = node.args[values];
          const lastThrowable = values > placeholders && last !== undefined && ctx.isSubtype(ctx.typeFqn(last) ?? "", "java.lang.Throwable");
          if (placeholders !== values - (lastThrowable ? 1 : 0)) {
            ctx.report({ node, messageId: "mismatch", data: { level: call.name, placeholders, values, in: enclosing(ctx.ancestors()) } });
          }
        },
      };
    },
    mappings: loggingMappings(lib),
  };
}
