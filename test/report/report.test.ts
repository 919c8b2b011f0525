// The report model: items from diagnostics with stable ids, counts, services, sorted output, schema validity.

import { describe, expect, it } from "vitest";
import { diagnostic } from "../../src/diagnostics/diagnostic.js";
import { buildReport, type ReportInput } from "../../src/report/build.js";
import { ItemIdAllocator } from "../../src/report/item-id.js";
import { renderReportJson } from "../../src/report/json.js";
import type { ProjectModel } from "../../src/project/modules.js";
import { scoringSettings } from "../../src/audit/scoring.js";
import { emptySignals } from "../../src/audit/scan.js";
import type { FleetFacts } from "../../src/report/build.js";
import { validateReport } from "./validate.js";

/** The fleet facts of the one-service project: no dependencies, default scoring, everyone scored 0. */
const fleet: FleetFacts = {
  services: new Map([
    [".", { name: "svc", applicationName: null, springCloudVersion: null, dubboVersion: null, testFiles: 0, signals: emptySignals(), obsolescence: { score: 0.6, javaLtsBehind: 2, frameworks: [], noTests: true } }],
  ]),
  dependencies: { edges: [], external: [] },
  scoring: scoringSettings(undefined, null),
  score: (totals) =>
    new Map(
      totals.map((t) => [
        t.name,
        { business: null, techDebt: 0, dependency: 0, priority: 0, partial: true, tier: "B", upstreamChain: 0, strongDownstream: 0, coupling: 0, couplingObsolescence: 3.6, quadrant: "plan-refactor" },
      ]),
    ),
};

const project: ProjectModel = {
  services: [
    {
      name: "svc",
      root: ".",
      buildSystem: "maven",
      buildFile: "pom.xml",
      groupId: "g",
      artifactId: "svc",
      version: "1",
      javaVersion: "17",
      springBootVersion: null,
      modules: [{ name: "svc", root: ".", buildFile: "pom.xml" }],
    },
  ],
  owners: new Map([
    ["A.java", { service: ".", module: "." }],
    ["B.java", { service: ".", module: "." }],
  ]),
  diagnostics: [],
};

function input(sources: Record<string, string>, diagnostics = [diagnostic("J2X1001", { file: "B.java", line: 2, column: 9 }, { detail: "x" })]): ReportInput {
  return {
    toolVersion: "0.1.0",
    target: null,
    files: Object.entries(sources).map(([file, text]) => ({ file, loc: text.split("\n").length, failed: diagnostics.some((d) => d.file === file) })),
    diagnostics,
    expressions: 10,
    typedExpressions: 7,
    project,
    generics: [{ z: 1, a: { y: 2, b: 3 } }],
    ids: new ItemIdAllocator(),
    lineText: (file, line) => sources[file]?.split("\n")[line - 1],
    packageOf: () => "com.acme",
    fleet,
  };
}

describe("buildReport", () => {
  it("turns a syntax error into a mandatory item and counts everything", () => {
    const r = buildReport(input({ "A.java": "class A {}", "B.java": "class B {\n  int x = ;\n}" }));
    expect(validateReport(r)).toEqual([]);
    expect(r.summary).toEqual({
      files: 2,
      parsed: 1,
      parseErrors: 1,
      loc: 4,
      expressions: 10,
      typedExpressions: 7,
      items: 1,
      effortPoints: 1,
      effortHours: 4,
      byCategory: { mandatory: 1, optional: 0, potential: 0 },
    });
    expect(r.items[0]).toMatchObject({
      rule: "parse.syntax-error",
      file: "B.java",
      line: 2,
      column: 9,
      target: null,
      effortHours: 4,
      service: "svc",
      package: "com.acme",
      snippet: { startLine: 1, text: "class B {\n  int x = ;\n}" },
      suggestion: expect.stringMatching(/Fix the syntax/),
    });
    expect(r.rules.map((x) => x.id)).toEqual(["parse.syntax-error"]);
    expect(r.rollups.byCategory).toEqual([
      { key: "mandatory", items: 1, mandatory: 1, effortPoints: 1, effortHours: 4 },
      { key: "optional", items: 0, mandatory: 0, effortPoints: 0, effortHours: 0 },
      { key: "potential", items: 0, mandatory: 0, effortPoints: 0, effortHours: 0 },
    ]);
    expect(r.rollups.byFile).toEqual([{ key: "B.java", items: 1, mandatory: 1, effortPoints: 1, effortHours: 4 }]);
    expect(r.services[0]).toMatchObject({ files: 2, loc: 4, items: 1, effortPoints: 1 });
    expect(Object.keys(r.generics[0] as object)).toEqual(["a", "z"]);
    expect(renderReportJson(r)).toBe(renderReportJson(buildReport(input({ "A.java": "class A {}", "B.java": "class B {\n  int x = ;\n}" }))));
  });

  it("keeps an item's id when unrelated lines move it, changes it when the offending line changes", () => {
    const before = buildReport(input({ "B.java": "class B {\n  int x = ;\n}" })).items[0]!.id;
    const moved = buildReport(
      input({ "B.java": "// new comment\n\nclass B {\n    int x = ;\n}" }, [diagnostic("J2X1001", { file: "B.java", line: 4, column: 11 }, { detail: "x" })]),
    ).items[0]!.id;
    const edited = buildReport(input({ "B.java": "class B {\n  int y = ;\n}" })).items[0]!.id;
    expect(moved).toBe(before);
    expect(edited).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
  });

  it("numbers repeated identical findings in one file", () => {
    const ids = new ItemIdAllocator();
    expect([ids.allocate("r", "F.java", "x;"), ids.allocate("r", "F.java", " x; "), ids.allocate("r", "G.java", "x;")]).toEqual([
      expect.stringMatching(/^[0-9a-f]{16}$/),
      expect.stringMatching(/^[0-9a-f]{16}-2$/),
      expect.stringMatching(/^[0-9a-f]{16}$/),
    ]);
  });

  it("sorts items and diagnostics whatever the input order, and keeps warnings out of items", () => {
    const diags = [
      diagnostic("J2X1003", { file: "B.java" }, { encoding: "GB18030", detail: "d" }),
      diagnostic("J2X1001", { file: "B.java", line: 2, column: 1 }, { detail: "x" }),
      diagnostic("J2X1001", { file: "A.java", line: 1, column: 1 }, { detail: "x" }),
    ];
    const sources = { "A.java": "class A {", "B.java": "class B {\n  int x = ;\n}" };
    const r1 = buildReport(input(sources, diags));
    const r2 = buildReport(input(sources, [...diags].reverse()));
    expect(r1.items.map((i) => i.file)).toEqual(["A.java", "B.java"]);
    expect(r1.diagnostics.map((d) => d.code)).toEqual(["J2X1001", "J2X1003", "J2X1001"]);
    expect(renderReportJson(r1)).toBe(renderReportJson(r2));
  });

  it("includes convert-only facts and validates them", () => {
    const ids = new ItemIdAllocator();
    const r = buildReport({
      ...input({ "A.java": "class A {}" }, []),
      ids,
      target: "go",
      emitted: {
        build: ["go", "build", "./..."],
        entryPoints: [{ javaClass: "com.acme.Tool", path: "cmd/tool", run: ["go", "run", "./cmd/tool"] }],
        items: [{ id: ids.allocate("spring.bean-to-interface", "A.java", "class A {}"), rule: "spring.bean-to-interface", category: "mandatory", effortPoints: 3, file: "A.java", line: 1, column: 1, message: "m", target: "go" }],
        methods: 4,
        methodsFullyTranslated: 3,
      },
    });
    expect(validateReport(r)).toEqual([]);
    expect(Object.keys(r)).toEqual(["schemaVersion", "tool", "target", "summary", "build", "entryPoints", "items", "rules", "rollups", "services", "dependencies", "scoring", "generics", "diagnostics"]);
    // An emitter's rule has no meta here: it gets a fallback so SARIF still lists it.
    expect(r.rules.map((x) => x.id)).toEqual(["spring.bean-to-interface"]);
    expect(r.summary).toMatchObject({ methods: 4, methodsFullyTranslated: 3, effortPoints: 3 });
  });

  it("the schema rejects what the contract forbids", () => {
    const r = buildReport(input({ "A.java": "class A {}" }, []));
    expect(validateReport({ ...r, schemaVersion: 2 })).not.toEqual([]);
    expect(validateReport({ ...r, extra: true })).not.toEqual([]);
    expect(validateReport({ ...r, items: [{ ...buildReport(input({ "B.java": "x\ny" })).items[0], file: "/abs/B.java" }] })).not.toEqual([]);
  });
});
