// Runs java-parser's lexer and grammar with Chevrotain error recovery enabled, so a syntax error
// costs one diagnostic instead of the whole file; everything java-parser-specific lives here.

import { createRequire } from "node:module";

/** A lexer token as Chevrotain produces it; offsets are UTF-16, `endOffset` is inclusive. */
export interface Tok {
  image: string;
  startOffset: number;
  endOffset: number;
  startLine?: number;
  startColumn?: number;
  tokenType: { name: string };
  /** Set on tokens Chevrotain invented during recovery (their offsets are NaN). */
  isInsertedInRecovery?: boolean;
}

/** A CST node: children grouped by rule or token name, each group in source order. */
export interface Cst {
  name: string;
  children: Record<string, (Cst | Tok)[] | undefined>;
  location: { startOffset: number; endOffset: number };
  /** Set on nodes Chevrotain cut short while recovering from an error. */
  recoveredNode?: boolean;
}

export interface LexError {
  offset: number;
  length: number;
  message: string;
}

export interface ParseError {
  name: string;
  message: string;
  token: Tok;
  previousToken?: Tok;
}

export interface RawParse {
  cst: Cst;
  tokens: Tok[];
  comments: Tok[];
  lexErrors: LexError[];
  parseErrors: ParseError[];
}

interface ChevrotainLexer {
  tokenize(text: string): { tokens: Tok[]; errors: LexError[]; groups: Record<string, Tok[] | undefined> };
}

interface ChevrotainParser {
  input: Tok[];
  errors: ParseError[];
  compilationUnit(): Cst;
}

type ParserClass = new () => ChevrotainParser;

// java-parser's `exports` map only exposes its index, which builds a parser without recovery;
// its grammar class and lexer are reached by URL next to that index.
function resolveJavaParserIndex(): string {
  try {
    return import.meta.resolve("java-parser");
  } catch {
    // Some loaders (test runners) do not implement import.meta.resolve.
    return new URL(`file://${createRequire(import.meta.url).resolve("java-parser")}`).href;
  }
}

interface TokenType {
  name: string;
  PATTERN?: unknown;
}

interface MultiModeTokens {
  modes: Record<string, TokenType[]>;
  defaultMode: string;
}

const indexUrl = resolveJavaParserIndex();
const { default: JavaParser } = (await import(new URL("./parser.js", indexUrl).href)) as { default: ParserClass };
const { default: stockLexer } = (await import(new URL("./lexer.js", indexUrl).href)) as { default: ChevrotainLexer };
const { allTokens } = (await import(new URL("./tokens.js", indexUrl).href)) as { allTokens: MultiModeTokens };

/**
 * Two fixes to java-parser 3.0.1's token patterns, applied to the shared token types:
 * - its HexDigits fragment allows `'_'` (quotes included) instead of `_`, so hex floats with
 *   underscores (`0x1.00000_ffffp500`, in the JDK's FdLibm) fail to lex;
 * - string and text-block characters are matched with `.`, which excludes U+2028/U+2029: harmless
 *   on raw text where those are written `\u2028`, fatal after our escape translation.
 */
function patchTokenPatterns(tokens: MultiModeTokens): void {
  const done = new Set<TokenType>();
  for (const mode of Object.values(tokens.modes)) {
    for (const t of mode) {
      if (done.has(t) || !(t.PATTERN instanceof RegExp)) continue;
      done.add(t);
      const src = t.PATTERN.source;
      const fixed = src
        .replaceAll("'_'", "_")
        .replaceAll('(?!["\\\\]).', '[^"\\\\\\n\\r]')
        .replaceAll("(?!\\\\).", "[^\\\\\\n\\r]");
      if (fixed !== src) t.PATTERN = new RegExp(fixed, t.PATTERN.flags);
    }
  }
}
patchTokenPatterns(allTokens);

// A lexer of our own over the patched tokens: java-parser's instance may have been built before
// the patch (by anyone importing "java-parser" first), and compiled its patterns then.
const LexerClass = stockLexer.constructor as new (tokens: MultiModeTokens, config: Record<string, unknown>) => ChevrotainLexer;
const javaLexer = new LexerClass(allTokens, { ensureOptimizations: true, skipValidations: true });

// Chevrotain's recognition exceptions (other errors are bugs and must propagate).
const RECOGNITION_ERRORS = new Set(["MismatchedTokenException", "NoViableAltException", "EarlyExitException", "NotAllInputParsedException"]);

/**
 * Rules whose failure is repaired by skipping one member. Chevrotain's own re-sync for these
 * jumps to the next `}` (the follow of a class-body repetition), which is usually the end of the
 * broken member's body and gets taken for the end of the class: every later member was lost.
 */
const MEMBER_RULES = new Set([
  "classBodyDeclaration",
  "interfaceMemberDeclaration",
  "annotationInterfaceMemberDeclaration",
  "recordBodyDeclaration",
  "typeDeclaration",
]);

interface ParserInternals {
  input: Tok[];
  currIdx: number;
  CST_STACK: Cst[];
  RULE_STACK: number[];
  LA(k: number): Tok;
  consumeToken(): void;
  isBackTracking(): boolean;
  getCurrRuleFullName(): string;
}

/** Skips the rest of a broken member: up to a `;` at its own brace depth or its closing `}`. */
function skipMember(p: ParserInternals, partial: Cst | undefined): void {
  let depth = 0;
  const start = partial?.location.startOffset;
  if (start !== undefined && start >= 0) {
    for (let i = p.currIdx; i >= 0 && p.input[i]!.startOffset >= start; i--) {
      const n = p.input[i]!.tokenType.name;
      if (n === "LCurly") depth++;
      else if (n === "RCurly") depth--;
    }
  }
  for (;;) {
    const t = p.LA(1);
    const n = t.tokenType.name;
    if (n === "EOF") return;
    if (n === "RCurly") {
      if (depth <= 0) return; // the enclosing body's end: not ours to consume
      p.consumeToken();
      if (--depth === 0) return;
      continue;
    }
    p.consumeToken();
    if (n === "LCurly") depth++;
    else if (n === "Semicolon" && depth <= 0) return;
  }
}

/**
 * What a failed backtracking attempt throws. java-parser backtracks to tell apart constructs that
 * share a prefix (lambdas, casts, generic calls…), and Chevrotain builds a full error for every
 * failed attempt: the lookahead paths of the alternatives for the message, the rule stack, a
 * stack trace. The attempt's errors are discarded when it unwinds (saveRecogState/reloadRecogState),
 * so none of that is ever read; building it was 10% of the parse + semantic CPU on the
 * benchmark corpus. Chevrotain recognises its errors by `name` (isRecognitionException).
 */
const BACKTRACK_FAILURE = {
  NoViableAltException: Object.freeze({ name: "NoViableAltException", message: "backtracking failed" }),
  EarlyExitException: Object.freeze({ name: "EarlyExitException", message: "backtracking failed" }),
  MismatchedTokenException: Object.freeze({ name: "MismatchedTokenException", message: "backtracking failed" }),
};

interface ErrorRaising {
  isBackTracking(): boolean;
  raiseNoAltException(occurrence: number, errMsgTypes: string): never;
  raiseEarlyExitException(occurrence: number, prodType: unknown, userDefinedErrMsg: string): never;
  consumeInternalError(tokType: unknown, nextToken: Tok, options: unknown): never;
}

/** java-parser's grammar, failing cheaply while backtracking (BACKTRACK_FAILURE). */
const BacktrackingJavaParser: ParserClass = class extends (JavaParser as new () => object) {
  raiseNoAltException(occurrence: number, errMsgTypes: string): never {
    if ((this as unknown as ErrorRaising).isBackTracking()) throw BACKTRACK_FAILURE.NoViableAltException;
    return (JavaParser.prototype as unknown as ErrorRaising).raiseNoAltException.call(this, occurrence, errMsgTypes);
  }

  raiseEarlyExitException(occurrence: number, prodType: unknown, userDefinedErrMsg: string): never {
    if ((this as unknown as ErrorRaising).isBackTracking()) throw BACKTRACK_FAILURE.EarlyExitException;
    return (JavaParser.prototype as unknown as ErrorRaising).raiseEarlyExitException.call(this, occurrence, prodType, userDefinedErrMsg);
  }

  consumeInternalError(tokType: unknown, nextToken: Tok, options: unknown): never {
    if ((this as unknown as ErrorRaising).isBackTracking()) throw BACKTRACK_FAILURE.MismatchedTokenException;
    return (JavaParser.prototype as unknown as ErrorRaising).consumeInternalError.call(this, tokType, nextToken, options);
  }
} as unknown as ParserClass;

/**
 * java-parser's grammar with `recoveryEnabled`. Chevrotain reads that flag inside its own
 * constructor (Recoverable.initRecoverable, then initTreeBuilder and performSelfAnalysis), before
 * a subclass constructor could set it, so the trait initialiser itself is overridden.
 */
const RecoveringJavaParser: ParserClass = class extends (BacktrackingJavaParser as new () => object) {
  initRecoverable(config: Record<string, unknown>): void {
    const base = JavaParser.prototype as unknown as { initRecoverable(this: unknown, c: Record<string, unknown>): void };
    base.initRecoverable.call(this, { ...config, recoveryEnabled: true });
  }

  invokeRuleCatch(e: unknown, resyncEnabled: boolean, recoveryValue: (e: unknown) => unknown): unknown {
    const p = this as unknown as ParserInternals;
    if (
      resyncEnabled &&
      e instanceof Error &&
      RECOGNITION_ERRORS.has(e.name) &&
      p.RULE_STACK.length > 1 &&
      !p.isBackTracking() &&
      MEMBER_RULES.has(p.getCurrRuleFullName())
    ) {
      // The error itself was recorded when it was raised; keep what was built of the member.
      const partial = p.CST_STACK[p.CST_STACK.length - 1];
      skipMember(p, partial);
      if (partial) partial.recoveredNode = true;
      return partial;
    }
    const base = JavaParser.prototype as unknown as {
      invokeRuleCatch(this: unknown, e: unknown, r: boolean, v: (e: unknown) => unknown): unknown;
    };
    return base.invokeRuleCatch.call(this, e, resyncEnabled, recoveryValue);
  }
} as unknown as ParserClass;

/**
 * java-parser's ALL(*) lookahead (chevrotain-allstar) caches DFA states as it meets new inputs and
 * never lets go of them: about 27 KB of heap per state (their keys are strings of up to 120 KB).
 * On spring-framework (9 467 files, 1.5 M lines) one parser held 23 600 states, 650 MB, by the end;
 * on code that repeats itself the cache stops growing (2 048 states for the benchmark corpus).
 * A warm cache is what makes the parser fast (a parser replaced every 2 000 files cost 45% more
 * parse CPU on the benchmark corpus and 20% on spring-framework), so the parser is replaced only
 * when its cache passes this budget (≈ 135 MB), checked every CACHE_CHECK_FILES files.
 */
const MAX_DFA_STATES = 5000;
const CACHE_CHECK_FILES = 50;

/** A grammar instance with a probe on its lookahead cache. */
interface ProbedParser {
  parser: ChevrotainParser;
  /** Every DFA the lookahead has created so far (one per decision and predicate set). */
  dfas: { states: Record<string, unknown> }[];
  files: number;
}

/**
 * Builds a parser whose DFAs can be counted: chevrotain-allstar keeps them in closures, one per
 * decision, that the lookahead functions call through the `dfas` array at every prediction; each
 * is wrapped once so the DFAs it hands out are recorded on first sight.
 */
function probedParser(Parser: ParserClass): ProbedParser {
  const parser = new Parser();
  const probe: ProbedParser = { parser, dfas: [], files: 0 };
  type DfaCache = (predicates: unknown) => { states: Record<string, unknown>; probed?: true };
  const caches = (parser as unknown as { lookaheadStrategy: { dfas: DfaCache[] } }).lookaheadStrategy.dfas;
  for (let i = 0; i < caches.length; i++) {
    const cache = caches[i]!;
    caches[i] = (predicates) => {
      const dfa = cache(predicates);
      if (dfa.probed === undefined) {
        dfa.probed = true;
        probe.dfas.push(dfa);
      }
      return dfa;
    };
  }
  return probe;
}

/** DFA states in the current parser's lookahead cache (0 before the first file). */
export function lookaheadCacheStates(): number {
  return fastParser ? dfaStates(fastParser) : 0;
}

function dfaStates(p: ProbedParser): number {
  let n = 0;
  for (const dfa of p.dfas) n += Object.keys(dfa.states).length;
  return n;
}

let fastParser: ProbedParser | undefined;
let recoveringParser: ChevrotainParser | undefined;

/** Drops the parser instances (tests and long-running hosts can force fresh caches). */
export function resetParser(): void {
  fastParser = undefined;
  recoveringParser = undefined;
}

/**
 * Called when a run's parse is over: drops the parser if its cache holds more than a few states
 * (500 ≈ 14 MB). A parser that has seen little holds little, and rebuilding one costs ~0.1 s,
 * which a process running many small conversions (the tests) would pay every time.
 */
export function releaseLargeParser(): void {
  if (fastParser && dfaStates(fastParser) >= 500) resetParser();
}

function run(p: ChevrotainParser, tokens: Tok[]): { cst: Cst; errors: ParseError[] } {
  p.input = tokens;
  const cst = p.compilationUnit();
  const errors = p.errors;
  // Release the token array: the parser instance outlives this file.
  p.input = [];
  return { cst, errors };
}

/**
 * Lexes and parses a whole compilation unit; never throws for bad input. Files are parsed first
 * with recovery off: recovery makes Chevrotain track node locations token by token, which costs
 * ~20% on every file, while only files with a syntax error need it. Those are parsed again.
 */
export function lexAndParse(text: string): RawParse {
  const lexed = javaLexer.tokenize(text);
  if (fastParser !== undefined && fastParser.files % CACHE_CHECK_FILES === 0 && fastParser.files > 0 && dfaStates(fastParser) > MAX_DFA_STATES) {
    resetParser();
  }
  fastParser ??= probedParser(BacktrackingJavaParser);
  fastParser.files++;
  let r = run(fastParser.parser, lexed.tokens);
  // Built on the first broken file only; its cache is small (few files have errors), and it is
  // dropped with the fast parser's.
  if (r.errors.length > 0) r = run((recoveringParser ??= new RecoveringJavaParser()), lexed.tokens);
  return {
    cst: r.cst,
    tokens: lexed.tokens,
    comments: lexed.groups["comments"] ?? [],
    lexErrors: lexed.errors,
    parseErrors: r.errors,
  };
}

// Display forms of token types named in Chevrotain's messages.
const TOKEN_TEXT: Record<string, string> = {
  Semicolon: "';'",
  Comma: "','",
  Dot: "'.'",
  DotDotDot: "'...'",
  ColonColon: "'::'",
  Colon: "':'",
  QuestionMark: "'?'",
  LBrace: "'('",
  RBrace: "')'",
  LCurly: "'{'",
  RCurly: "'}'",
  LSquare: "'['",
  RSquare: "']'",
  Less: "'<'",
  Greater: "'>'",
  Equals: "'='",
  Arrow: "'->'",
  At: "'@'",
  Identifier: "an identifier",
  EOF: "the end of the file",
  AssignmentOperator: "an assignment operator",
  BinaryOperator: "an operator",
};

function tokenText(name: string): string {
  return TOKEN_TEXT[name] ?? `'${name.toLowerCase()}'`;
}

function foundText(tok: Tok | undefined): string {
  if (!tok || tok.tokenType.name === "EOF" || tok.image === "") return "the end of the file";
  const image = tok.image.length > 40 ? `${tok.image.slice(0, 37)}...` : tok.image;
  return `'${image}'`;
}

/** A human message for a Chevrotain recognition error (its own text lists every lookahead path). */
export function describeParseError(e: ParseError): string {
  const found = foundText(e.token);
  switch (e.name) {
    case "MismatchedTokenException": {
      const m = /--> (\w+) <--|--> '?([^<']+)'? <--/.exec(e.message);
      const expected = m?.[1] ?? m?.[2];
      return expected ? `expected ${tokenText(expected)} but found ${found}` : `unexpected ${found}`;
    }
    case "NotAllInputParsedException":
      return `unexpected ${found} after the last declaration`;
    case "EarlyExitException":
    case "NoViableAltException":
    default:
      return `unexpected ${found}`;
  }
}

/** A human message for a lexer error. */
export function describeLexError(e: LexError, text: string): string {
  const ch = text[e.offset] ?? "";
  if (ch === '"' || ch === "'") {
    // The literal patterns reject the whole literal; say why, as javac would.
    let end = text.indexOf("\n", e.offset);
    if (end < 0) end = text.length;
    const rest = text.slice(e.offset + 1, end);
    let i = 0;
    for (; i < rest.length && rest[i] !== ch; i++) {
      if (rest[i] === "\\") {
        if (!/[btnfrs"'\\0-7]/.test(rest[i + 1] ?? "")) return "illegal escape character in literal";
        i++;
      }
    }
    if (i >= rest.length) return ch === '"' ? "unterminated string literal" : "unterminated character literal";
    return ch === '"' ? "malformed string literal" : "malformed character literal";
  }
  return `unexpected character '${ch}'`;
}
