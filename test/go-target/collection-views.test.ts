// Collections seen through another element type (Values.collectionView): where the Go code makes a
// view, and that each view is listed in the report's generics section at its Java line. What the
// views do at run time is pinned by samples/programs/list_views_erasure and jrt/listview_test.go.

import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Erasure } from "../../src/transform/go/index.js";
import { convertGo, tempDir } from "./harness.js";

const dir = tempDir("j2x-go-views-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const source = `import java.util.*;

public class Main {
    static List<? extends Number> first = new ArrayList<Integer>(List.of(1));

    static double sum(Collection<? extends Number> c) {
        double s = 0;
        for (Number n : c) s += n.doubleValue();
        return s;
    }

    static String inferredAsJavacDoesNot() {
        Set<Object> wrong = new TreeSet<>(Set.of(1));
        return wrong.toString();
    }

    public static void main(String[] args) {
        Set<Integer> set = new TreeSet<>(List.of(2));
        System.out.println(sum(set) + sum(first));
    }
}
`;

describe("Go collection views", () => {
  it("views a collection only where Java's types allow it, and reports each view at its line", async () => {
    const input = path.join(dir, "in");
    fs.mkdirSync(input, { recursive: true });
    fs.writeFileSync(path.join(input, "Main.java"), source);
    const report = await convertGo(input, path.join(dir, "out"), "views");
    const go = fs.readFileSync(path.join(dir, "out", "app", "main.go"), "utf8");
    expect(go).toContain("jrt.ListView[any](jrt.NewArrayList[*int32]");
    expect(go).toContain("Main_sum(jrt.SetView[any, *int32](set))");
    const views = (report.generics as Erasure[]).filter((g) => g.lost.includes("jrt.ListView"));
    expect(views.map((g) => [g.line, g.javaType, g.goType])).toEqual([
      [4, "java.util.ArrayList<java.lang.Integer> as java.util.List<? extends java.lang.Number>", "*jrt.ArrayList[any]"],
      [19, "java.util.Set<java.lang.Integer> as java.util.Collection<? extends java.lang.Number>", "jrt.Collection[any]"],
    ]);
    // java2x infers TreeSet<Integer> where javac infers TreeSet<Object>: a view would throw on a
    // String that Java stores, so that method stays a stub.
    expect(go).toMatch(/panic\("java2x: \w+ generic types differ: \*jrt\.TreeSet\[\*int32\] vs jrt\.Set\[any\]"\)/);
  }, 120_000);
});
