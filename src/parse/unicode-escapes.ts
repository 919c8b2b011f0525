// Translates Java Unicode escapes (JLS §3.3) before lexing and maps offsets of the translated
// text back to the original text, so every location points at what the user wrote.

/** Result of the pre-pass: the translated text and how to map its offsets back. */
export interface TranslatedText {
  /** Text with every Unicode escape replaced by the UTF-16 unit it denotes. */
  text: string;
  /**
   * Translated offsets (UTF-16) of each translated escape, ascending; empty when the text had no
   * escapes, in which case offsets are identical in both texts.
   */
  escAt: Int32Array;
  /** For escape k: original offset minus translated offset of the character right after it. */
  deltaAfter: Int32Array;
  /** Malformed escapes (`\u` not followed by four hex digits): original offsets, left untranslated. */
  malformed: number[];
}

const NO_ESCAPES = new Int32Array(0);

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Applies JLS §3.3: `\` followed by one or more `u` and four hex digits is an escape when the
 * backslash is preceded by an even number of contiguous raw backslashes (so `\\u0061` is not
 * one), and a backslash produced by an escape never starts another escape.
 */
export function translateUnicodeEscapes(src: string): TranslatedText {
  // Fast path: almost no real file contains `\u`, and indexOf is far cheaper than a scan.
  let i = src.indexOf("\\u");
  if (i < 0) return { text: src, escAt: NO_ESCAPES, deltaAfter: NO_ESCAPES, malformed: [] };

  const parts: string[] = [];
  const escAt: number[] = [];
  const deltaAfter: number[] = [];
  const malformed: number[] = [];
  let copied = 0; // original offset up to which `parts` holds the text
  let outLen = 0; // translated length of `parts`
  while (i >= 0) {
    // Count contiguous raw backslashes before i; escapes already translated end at `copied`,
    // and their output is never a raw backslash, so the count stops there.
    let run = 0;
    for (let j = i - 1; j >= copied && src.charCodeAt(j) === 92; j--) run++;
    if (run % 2 === 0) {
      let k = i + 1;
      while (src.charCodeAt(k) === 117) k++; // JLS allows `\uuuu0061`
      if (
        k + 4 <= src.length &&
        isHex(src.charCodeAt(k)) &&
        isHex(src.charCodeAt(k + 1)) &&
        isHex(src.charCodeAt(k + 2)) &&
        isHex(src.charCodeAt(k + 3))
      ) {
        const chunk = src.slice(copied, i);
        parts.push(chunk, String.fromCharCode(parseInt(src.slice(k, k + 4), 16)));
        outLen += chunk.length;
        escAt.push(outLen);
        outLen += 1;
        copied = k + 4;
        deltaAfter.push(copied - outLen);
        i = src.indexOf("\\u", copied);
        continue;
      }
      malformed.push(i);
    }
    i = src.indexOf("\\u", i + 2);
  }
  if (escAt.length === 0) return { text: src, escAt: NO_ESCAPES, deltaAfter: NO_ESCAPES, malformed };
  parts.push(src.slice(copied));
  return { text: parts.join(""), escAt: Int32Array.from(escAt), deltaAfter: Int32Array.from(deltaAfter), malformed };
}

/** Maps a translated UTF-16 offset (0..text.length) to the original offset. */
export function originalOffset(t: TranslatedText, offset: number): number {
  const at = t.escAt;
  if (at.length === 0 || offset <= at[0]!) return offset;
  // Last escape strictly before `offset`: everything after it is shifted by its delta.
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid]! < offset) lo = mid;
    else hi = mid - 1;
  }
  return offset + t.deltaAfter[lo]!;
}
