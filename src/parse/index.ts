// The Java front end's public API: text in, typed AST and diagnostics out, never a throw.

import type { CompilationUnit } from "./ast.js";
import { compareDiagnostics, diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { describeLexError, describeParseError, lexAndParse } from "./java-parser-adapter.js";
import { compactAst } from "./compact.js";
import { Locator } from "./locator.js";
import { Lowering } from "./lower.js";
import { translateUnicodeEscapes } from "./unicode-escapes.js";

export interface ParseResult {
  unit: CompilationUnit;
  diagnostics: Diagnostic[];
  /** Physical lines of the original text (a final line terminator does not start another). */
  lines: number;
}

/**
 * Chevrotain's recovery can report a cascade of errors after one mistake; past this many per
 * file the rest add nothing a user can act on.
 */
const MAX_SYNTAX_ERRORS_PER_FILE = 20;

/** Parses one Java compilation unit; `file` is the path used in diagnostics. Never throws on bad input. */
export function parseJava(text: string, file: string): ParseResult {
  const translated = translateUnicodeEscapes(text);
  const locator = new Locator(text, translated);
  const diagnostics: Diagnostic[] = [];
  // Like `wc -l` plus an unterminated last line: "a\nb\n" and "a\nb" both have 2, "" has 0.
  const lastStart = locator.starts[locator.starts.length - 1]!;
  const lines = locator.starts.length - (lastStart === text.length ? 1 : 0);
  const at = (offset: number): { file: string; line: number; column: number } => ({ file, ...locator.position(offset) });

  for (const m of translated.malformed) {
    // `malformed` holds original offsets; the locator maps translated ones, so compute directly.
    const l = locator.lineIndex(m);
    diagnostics.push(diagnostic("J2X1001", { file, line: l + 1, column: m - locator.starts[l]! + 1 }, { detail: "illegal unicode escape" }));
  }

  let unit: CompilationUnit;
  try {
    const raw = lexAndParse(translated.text);
    const seen = new Set<number>();
    // A lexer error makes the parser stumble over the same line again: report the first only.
    const lexLines = new Set<number>();
    let errors = 0;
    for (const e of raw.lexErrors) {
      const pos = at(e.offset);
      if (lexLines.has(pos.line)) continue;
      lexLines.add(pos.line);
      if (errors++ >= MAX_SYNTAX_ERRORS_PER_FILE) break;
      seen.add(e.offset);
      diagnostics.push(diagnostic("J2X1001", pos, { detail: describeLexError(e, translated.text) }));
    }
    for (const e of raw.parseErrors) {
      // The EOF token and tokens invented by recovery have no offset: point after the last real one.
      let offset = e.token.startOffset;
      if (!(offset >= 0)) offset = e.previousToken && e.previousToken.endOffset >= 0 ? e.previousToken.endOffset + 1 : lastTokenEnd(raw.tokens);
      if (seen.has(offset)) continue;
      seen.add(offset);
      const pos = at(offset);
      if (lexLines.has(pos.line)) continue;
      if (errors++ >= MAX_SYNTAX_ERRORS_PER_FILE) break;
      diagnostics.push(diagnostic("J2X1001", pos, { detail: describeParseError(e) }));
    }
    const lowering = new Lowering({ file, text: translated.text, locator, tokens: raw.tokens, comments: raw.comments, diagnostics });
    unit = compactAst(lowering.compilationUnit(raw.cst), true);
  } catch (e) {
    // Only a bug in java2x or java-parser gets here: keep the file with what diagnostics say.
    diagnostics.push(diagnostic("J2X1005", { file, line: 1, column: 1 }, { detail: `the file could not be lowered (${e instanceof Error ? e.message : String(e)})` }));
    unit = { kind: "CompilationUnit", imports: [], types: [], comments: [], start: 0, end: text.length, line: 1, col: 1 };
  }
  // Lexer, parser and lowering report in different passes; callers expect source order.
  if (diagnostics.length > 1) diagnostics.sort(compareDiagnostics);
  return { unit, diagnostics, lines };
}

function lastTokenEnd(tokens: { endOffset: number }[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.endOffset >= 0) return tokens[i]!.endOffset + 1;
  return 0;
}

export { readJavaFile, decodeJavaBytes, type ReadResult, type SourceEncoding } from "./read-file.js";
export { compactAst } from "./compact.js";
export { lookaheadCacheStates, releaseLargeParser, resetParser } from "./java-parser-adapter.js";
export type * from "./ast.js";
