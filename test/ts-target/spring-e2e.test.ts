// End to end: order-service converted to TypeScript, its dependencies installed from the npm
// registry (fastify, typescript), compiled with strict tsc, its composition root built and served
// on a free port, and asked for quotes over HTTP. The answers are the Java controller's, shared with
// the Go test (test/spring/order-service-quotes.ts); a binding error goes through the
// @ControllerAdvice as in Spring; `npm start` serves the same. Its openapi.json is the Go target's, byte for byte.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { QUOTE_BINDING_ERROR, QUOTE_EXCHANGES, QUOTE_PARAMETERS } from "../spring/order-service-quotes.js";
import { repoRoot } from "./harness.js";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-ts-e2e-"));
let server: { port: number; close(): Promise<void> } | undefined;
let entry: ChildProcess | undefined;
afterAll(async () => {
  await server?.close();
  entry?.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const service = path.join(repoRoot, "samples/services/order-service");

function sh(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  expect(r.status, `${cmd} ${args.join(" ")}\n${r.stdout}${r.stderr}`).toBe(0);
}

describe("Spring service → TypeScript, served", () => {
  it("answers GET /api/v1/quotes/{sku} as the Java controller does", async () => {
    const out = path.join(scratch, "ts");
    const goOut = path.join(scratch, "go");
    // No --module: both targets derive the same name (openapi.json's title) from the Maven coordinates.
    const report = (await convert({ paths: [service], target: "ts", out, force: true, jobs: 1 })).report;
    await convert({ paths: [service], target: "go", out: goOut, force: true, jobs: 1 });
    const openapi = fs.readFileSync(path.join(out, "openapi.json"), "utf8");
    expect(openapi).toBe(fs.readFileSync(path.join(goOut, "openapi.json"), "utf8"));
    expect(JSON.parse(openapi).paths["/api/v1/quotes/{sku}"].get.parameters).toEqual(QUOTE_PARAMETERS);
    expect(JSON.parse(fs.readFileSync(path.join(out, "package.json"), "utf8")).dependencies).toEqual({ fastify: expect.stringMatching(/^\d+\.\d+\.\d+$/) });

    // The report's build argv on the fresh output: installs the declared dependencies (prebuild),
    // then the project's own compiler and strict tsconfig.
    const [cmd, ...args] = report.build!;
    sh(cmd!, args, out);

    type App = object;
    const root = (await import(pathToFileURL(path.join(out, "dist/app/app.js")).href)) as {
      build(): { app: App; failures: string[] };
      listen(app: App, cfg: object, port: number): Promise<{ port: number; close(): Promise<void> }>;
    };
    // Beans whose constructors are still stubs fail to build; the quote chain's beans all build.
    const { app, failures } = root.build();
    expect(failures.filter((f) => /^(quoteController|pricingService|discountPolicy|globalExceptionHandler):/.test(f))).toEqual([]);
    server = await root.listen(app, {}, 0);
    const base = `http://127.0.0.1:${server.port}/api/v1/quotes`;

    for (const x of [...QUOTE_EXCHANGES, QUOTE_BINDING_ERROR]) {
      const res = await fetch(`${base}${x.request}`);
      const body: unknown = await res.json();
      expect(res.status, x.why).toBe(x.status);
      if (x.partial) expect(body, x.why).toMatchObject(x.body as object);
      else expect(body, x.why).toEqual(x.body);
    }

    // `npm start` (the @SpringBootApplication's entry point) builds with application.yml and serves
    // the same routes; SERVER_PORT=0 picks a free port, which it reports.
    const start = (JSON.parse(fs.readFileSync(path.join(out, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start.split(" ");
    entry = spawn(process.execPath, start.slice(1), { cwd: out, env: { ...process.env, SERVER_PORT: "0" } });
    const child = entry;
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on port (\d+)/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", () => reject(new Error(stderr)));
    });
    const [first] = QUOTE_EXCHANGES;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/quotes${first!.request}`);
    expect(await res.json()).toEqual(first!.body);
  }, 120_000);
});
