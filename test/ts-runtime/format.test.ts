// String.format against JDK 17 output (double conversions from a generated table, others inline).
import { describe, expect, it } from "vitest";
import { formatJava } from "../../src/emit/ts/runtime/index.js";
import { doubleFromHex, table } from "./helpers.js";

describe("format doubles", () => {
  const rows = table("double-format.txt");
  const pats = ["%f", "%.2f", "%.0f", "%.3f", "%e", "%.3e", "%10.4f", "%-12.1f|", "%,.2f", "%+.1f", "%012.3f", "%.10f", "%(.2f", "%g"];
  for (let p = 0; p < pats.length; p++) {
    it(`${pats[p]} matches JDK 17 on ${rows.length} values`, () => {
      const bad = rows
        .filter((r) => formatJava(pats[p], doubleFromHex(r[0])) !== r[p + 1])
        .map((r) => `${doubleFromHex(r[0])} java=${r[p + 1]} ts=${formatJava(pats[p], doubleFromHex(r[0]))}`);
      expect(bad.slice(0, 10)).toEqual([]);
    });
  }
});
