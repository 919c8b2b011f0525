// Reads a Java source file into a string: strict UTF-8 first, GB18030 (a superset of GBK) as the
// fallback that Chinese codebases need, with diagnostics saying what was done.

import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

export type SourceEncoding = "auto" | "utf-8" | "gbk" | "gb18030";

export interface ReadResult {
  /** Decoded text without a byte-order mark; "" when the file could not be read. */
  text: string;
  /** The encoding actually used: "utf-8", "gbk" or "gb18030". */
  encoding: string;
  diagnostics: Diagnostic[];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** Decodes bytes of a Java file; `file` names it in diagnostics. Never throws. */
export function decodeJavaBytes(bytes: Uint8Array, encoding: SourceEncoding, file: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  if (encoding === "auto" || encoding === "utf-8") {
    try {
      // TextDecoder drops a leading UTF-8 BOM itself (ignoreBOM: false).
      return { text: strictUtf8.decode(bytes), encoding: "utf-8", diagnostics };
    } catch {
      if (encoding === "utf-8") {
        diagnostics.push(diagnostic("J2X1004", { file }, { encoding: "UTF-8" }));
        return { text: lenientUtf8.decode(bytes), encoding: "utf-8", diagnostics };
      }
    }
    // Not UTF-8: legacy Chinese sources are GBK in practice, and GB18030 decodes all of GBK.
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
    diagnostics.push(
      diagnostic("J2X1003", { file }, { encoding: "GB18030", detail: "it is not valid UTF-8 (pass the encoding explicitly to silence this)" }),
    );
    if (countReplacements(text) > 0) diagnostics.push(diagnostic("J2X1004", { file }, { encoding: "GB18030" }));
    return { text, encoding: "gb18030", diagnostics };
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (countReplacements(text) > 0) diagnostics.push(diagnostic("J2X1004", { file }, { encoding: encoding.toUpperCase() }));
  return { text, encoding, diagnostics };
}

/**
 * Reads and decodes a Java file. `auto`: valid UTF-8 is UTF-8 (BOM stripped), anything else is
 * decoded as GB18030 with a J2X1003 warning; bytes that do not decode give J2X1004. A file that
 * cannot be read gives J2X1002 and empty text. `displayPath` is the path used in diagnostics.
 */
export function readJavaFile(absPath: string, encoding: SourceEncoding = "auto", displayPath: string = absPath): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absPath);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { text: "", encoding: encoding === "auto" ? "utf-8" : encoding, diagnostics: [diagnostic("J2X1002", { file: displayPath }, { detail })] };
  }
  return decodeJavaBytes(bytes, encoding, displayPath);
}
