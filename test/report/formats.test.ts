// The four renderers on samples/services: every format is written, JSON and SARIF validate against
// their schemas, the bytes do not depend on the run or on --jobs, and the HTML renders in real
// headless Chromium without console errors and shows the report's numbers.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../../src/index.js";
import type { Report } from "../../src/report/model.js";
import { validateReport, validateSarif } from "./validate.js";

const samples = path.resolve(import.meta.dirname, "../../samples/services");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-formats-"));
const FILES = ["java2x-report.html", "java2x-report.json", "java2x-report.md", "java2x-report.sarif"];
const CHROMIUM = "/usr/bin/chromium";
let report: Report;

beforeAll(async () => {
  report = (await audit({ paths: [samples], out: path.join(scratch, "one"), formats: ["md", "json", "html", "sarif"], jobs: 1 })).report;
}, 120_000);
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const read = (dir: string, f: string): string => fs.readFileSync(path.join(scratch, dir, f), "utf8");

describe("report formats on samples/services", () => {
  it("writes all four formats; JSON and SARIF validate", () => {
    expect(fs.readdirSync(path.join(scratch, "one")).sort()).toEqual(FILES);
    expect(validateReport(JSON.parse(read("one", "java2x-report.json")))).toEqual([]);
    const sarif = JSON.parse(read("one", "java2x-report.sarif")) as { runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(report.items.length);
  });

  it("finds the services and the edges order → inventory (Dubbo and both topics)", () => {
    expect(report.services.map((s) => [s.name, s.applicationName, s.modules.length])).toEqual([
      ["inventory-service", "inventory-service", 3],
      ["order-service", "order-service", 3],
    ]);
    expect(report.dependencies.edges.map((e) => `${e.from} ${e.kind} ${e.to} ${e.via}`)).toEqual([
      "order-service dubbo inventory-service com.acme.inventory.api.InventoryFacade",
      "order-service mq inventory-service order-created-topic",
      "order-service mq inventory-service order.track.events",
    ]);
    expect(report.dependencies.external.map((e) => `${e.kind} ${e.via}`)).toEqual(["feign payment-service", "http risk-control.acme.internal", "mq order-cancelled-topic"]);
    const order = report.services.find((s) => s.name === "order-service")!;
    expect(order.signals).toMatchObject({ dubboReferences: 1, feignClients: 1, globalTransactional: 2, mqSends: 4 });
    expect(order.obsolescence.frameworks.filter((f) => f.eol).map((f) => f.framework)).toEqual(["java", "spring-boot", "spring-cloud"]);
  });

  it("gives identical bytes across runs and --jobs values", async () => {
    process.env["JAVA2X_PARALLEL_THRESHOLD"] = "0";
    try {
      await audit({ paths: [samples], out: path.join(scratch, "two"), formats: ["md", "json", "html", "sarif"], jobs: 2 });
    } finally {
      delete process.env["JAVA2X_PARALLEL_THRESHOLD"];
    }
    for (const f of FILES) expect(read("two", f), f).toBe(read("one", f));
  }, 120_000);

  it("a SARIF result carries the item id as fingerprint, its location and snippet", () => {
    const broken: Report = { ...report, items: [{ ...report.items[0]!, ...{ id: "0123456789abcdef", rule: "parse.syntax-error", category: "mandatory", effortPoints: 1, effortHours: 4, file: "a b/X.java", line: 2, column: 3, message: "m", target: null, service: "s", package: "p", snippet: { startLine: 1, text: "a\nb\nc" }, suggestion: "fix" } }], rules: [] };
    broken.rules = [{ id: "parse.syntax-error", title: "t", category: "mandatory", effortPoints: 1, description: "d", suggestion: "fix" }];
    return import("../../src/report/sarif.js").then(({ renderReportSarif }) => {
      const log = JSON.parse(renderReportSarif(broken)) as { runs: { results: Record<string, unknown>[] }[] };
      expect(validateSarif(log)).toEqual([]);
      expect(log.runs[0]!.results[0]).toMatchObject({
        ruleId: "parse.syntax-error",
        level: "error",
        partialFingerprints: { "java2xItemId/v1": "0123456789abcdef" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "a%20b/X.java", uriBaseId: "SRCROOT" }, region: { startLine: 2, startColumn: 3, snippet: { text: "b" } } } }],
      });
    });
  });

  it.skipIf(!fs.existsSync(CHROMIUM))("renders in headless Chromium without console errors and shows the numbers", async () => {
    const url = `${pathToFileURL(path.join(scratch, "one", "java2x-report.html")).href}#service=order-service`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(
        CHROMIUM,
        ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", `--user-data-dir=${path.join(scratch, "chromium")}`, "--dump-dom", url],
        { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(error) : resolve({ stdout, stderr })),
      ),
    );
    // Every console message (errors and uncaught exceptions included) is logged as CONSOLE; the page logs nothing.
    expect(stderr.split("\n").filter((l) => l.includes(":CONSOLE"))).toEqual([]);
    expect(stdout).toContain('data-ready="true"');
    const card = (id: string): string | undefined => new RegExp(`id="${id}">[^<]*<b>([^<]*)</b>`).exec(stdout)?.[1];
    expect(card("files")).toBe(String(report.summary.files));
    expect(card("loc")).toBe(String(report.summary.loc));
    expect(card("service-count")).toBe("2");
    expect(card("edge-count")).toBe("3");
    // The filter from the URL ran: only order-service's items are shown.
    expect(/<span id="shown">(\d+)<\/span>/.exec(stdout)?.[1]).toBe(String(report.items.filter((i) => i.service === "order-service").length));
    expect(stdout).toContain('<svg class="chart" id="graph"');
    expect(stdout).toContain('<svg class="chart" id="matrix"');
  }, 120_000);
});

if (!fs.existsSync(CHROMIUM)) console.warn(`skipping the HTML browser test: ${CHROMIUM} is absent (apt-get install -y chromium)`);
