// Read, decode and parse one Java file: the unit of work of the parse stage, run the same way in
// the main thread and in workers so the results cannot depend on where it ran.

import type { CompilationUnit } from "../parse/ast.js";
import { parseJava, readJavaFile } from "../parse/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Encoding } from "../project/config.js";

export interface FileTask {
  /** Index in the sorted file list: results are merged by it. */
  index: number;
  file: string;
  absPath: string;
}

export interface ParsedFile {
  file: string;
  /** The encoding the text was decoded from. */
  encoding: string;
  text: string;
  /** Absent only when the file could not be read. */
  unit?: CompilationUnit;
  /** Physical lines: line terminators (\n, \r\n, \r) plus one for a last line without one; 0 for an empty file. */
  loc: number;
  diagnostics: Diagnostic[];
  /** A syntax error or a read failure. */
  failed: boolean;
}

export function physicalLines(text: string): number {
  if (text.length === 0) return 0;
  const terminators = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /[\r\n]$/.test(text) ? terminators : terminators + 1;
}

export function processFile(task: FileTask, encoding: Encoding): ParsedFile {
  // Diagnostics name the file by its relative path; an absolute path must never reach the report.
  const at = (d: Diagnostic): Diagnostic => ({ ...d, file: task.file, message: d.message.split(task.absPath).join(task.file) });
  const read = readJavaFile(task.absPath, encoding, task.file);
  const readDiagnostics = read.diagnostics.map(at);
  if (readDiagnostics.some((d) => d.code === "J2X1002")) {
    return { file: task.file, encoding: read.encoding, text: read.text, loc: physicalLines(read.text), diagnostics: readDiagnostics, failed: true };
  }
  const parsed = parseJava(read.text, task.file);
  const diagnostics = [...readDiagnostics, ...parsed.diagnostics.map(at)];
  return {
    file: task.file,
    encoding: read.encoding,
    text: read.text,
    unit: parsed.unit,
    // The parser counted the same physical lines while building its line table.
    loc: parsed.lines,
    diagnostics,
    failed: diagnostics.some((d) => d.code === "J2X1001"),
  };
}
