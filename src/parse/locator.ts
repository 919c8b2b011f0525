// Turns offsets of the lexed (escape-translated) text into `Loc`s of the original text:
// UTF-16 offsets, 1-based lines and columns.

import type { Loc } from "./ast.js";
import { originalOffset, type TranslatedText } from "./unicode-escapes.js";

/** Offsets (UTF-16) where each physical line starts; `\r\n`, `\n` and `\r` end a line (JLS §3.4). */
export function lineStarts(text: string): Int32Array {
  const starts: number[] = [0];
  if (text.indexOf("\r") < 0) {
    // Fast path (no CR anywhere): indexOf is far quicker than a charCodeAt loop.
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return Int32Array.from(starts);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Int32Array.from(starts);
}

export class Locator {
  readonly starts: Int32Array;
  private readonly identity: boolean;
  // Nodes are created roughly in source order, so the last line found is a cheap first guess.
  private lastLine = 0;

  constructor(
    readonly original: string,
    private readonly translated: TranslatedText,
  ) {
    this.starts = lineStarts(original);
    this.identity = translated.escAt.length === 0;
  }

  /** Original offset of a translated offset. */
  orig(offset: number): number {
    return this.identity ? offset : originalOffset(this.translated, offset);
  }

  /** 0-based line index of an original offset. */
  lineIndex(offset: number): number {
    const s = this.starts;
    let l = this.lastLine;
    if (s[l]! <= offset && (l + 1 >= s.length || s[l + 1]! > offset)) return l;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    l = lo;
    this.lastLine = l;
    return l;
  }

  /** Loc of the translated range [start, end) (end exclusive). */
  loc(start: number, end: number): Loc {
    // `| 0`: Chevrotain's token offsets arrive as heap numbers; stored as they are, they turn every
    // Loc field into a boxed double (measured: 3 extra 16-byte objects per AST node).
    const os = this.orig(start) | 0;
    const oe = end <= start ? os : this.orig(end) | 0;
    const l = this.lineIndex(os);
    return { start: os, end: oe, line: l + 1, col: os - this.starts[l]! + 1 };
  }

  /** 1-based line and column of a translated offset. */
  position(offset: number): { line: number; column: number } {
    const os = this.orig(offset);
    const l = this.lineIndex(os);
    return { line: l + 1, column: os - this.starts[l]! + 1 };
  }
}
