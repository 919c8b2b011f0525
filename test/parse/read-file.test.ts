// Reading Java files: UTF-8 with and without BOM, GBK/GB18030 detection, bad bytes, missing files.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { parseJava, readJavaFile } from "../../src/parse/index.js";
import type * as A from "../../src/parse/ast.js";

const dir = mkdtempSync(join(tmpdir(), "j2x-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JAVA = 'class Hello {\n  // 问候\n  String s = "你好，世界";\n}\n';

function write(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

function stringLiteral(text: string): unknown {
  const r = parseJava(text, "Hello.java");
  expect(r.diagnostics).toEqual([]);
  const f = (r.unit.types[0] as A.ClassDecl).members[0] as A.FieldDecl;
  return (f.declarators[0]!.init as A.Literal).value;
}

describe("readJavaFile", () => {
  it("reads UTF-8", () => {
    const r = readJavaFile(write("u.java", Buffer.from(JAVA, "utf8")), "auto");
    expect(r).toEqual({ text: JAVA, encoding: "utf-8", diagnostics: [] });
    expect(stringLiteral(r.text)).toBe("你好，世界");
  });

  it("strips a UTF-8 BOM so offsets start at the first character", () => {
    const p = write("bom.java", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JAVA, "utf8")]));
    for (const enc of ["auto", "utf-8"] as const) {
      const r = readJavaFile(p, enc);
      expect(r.text).toBe(JAVA);
      expect(r.encoding).toBe("utf-8");
      expect(r.diagnostics).toEqual([]);
    }
  });

  it("falls back to GB18030 for GBK bytes and says so", () => {
    const gbk = iconv.encode(JAVA, "gbk");
    // The bytes are really not UTF-8, or the test proves nothing.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    const p = write("gbk.java", gbk);
    const r = readJavaFile(p, "auto", "src/gbk.java");
    expect(r.text).toBe(JAVA);
    expect(r.encoding).toBe("gb18030");
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([["J2X1003", "src/gbk.java"]]);
    expect(r.diagnostics[0]!.message).toContain("GB18030");
    expect(stringLiteral(r.text)).toBe("你好，世界");
  });

  it("decodes an explicit GBK or GB18030 file silently", () => {
    const p = write("gbk2.java", iconv.encode(JAVA, "gbk"));
    expect(readJavaFile(p, "gbk")).toEqual({ text: JAVA, encoding: "gbk", diagnostics: [] });
    const p2 = write("gb18030.java", iconv.encode(JAVA + "// 𠀀\n", "gb18030"));
    expect(readJavaFile(p2, "gb18030").text).toBe(JAVA + "// 𠀀\n");
    expect(readJavaFile(p2, "auto").text).toBe(JAVA + "// 𠀀\n");
  });

  it("reports undecodable bytes with J2X1004", () => {
    const bad = Buffer.concat([Buffer.from("class A { String s = \"", "ascii"), Buffer.from([0x81, 0x20]), Buffer.from('"; }', "ascii")]);
    const p = write("bad.java", bad);
    expect(readJavaFile(p, "auto").diagnostics.map((d) => d.code)).toEqual(["J2X1003", "J2X1004"]);
    const u = readJavaFile(p, "utf-8");
    expect(u.diagnostics.map((d) => d.code)).toEqual(["J2X1004"]);
    expect(u.text).toContain("\uFFFD");
  });

  it("reports a missing file with J2X1002 and no throw", () => {
    const r = readJavaFile(join(dir, "missing.java"), "auto", "missing.java");
    expect(r.text).toBe("");
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([["J2X1002", "missing.java"]]);
  });
});
