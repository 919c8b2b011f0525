// End to end: order-service converted to Go, built, started through its composition root
// (cmd/orderapplication → internal/app.Main), and asked for quotes over HTTP. The route's handler
// is plain Java (QuoteController → PricingService → DiscountPolicy with @Value defaults), and its
// errors go through the @ControllerAdvice, so the Go service must answer what the Spring service
// answers (test/spring/order-service-quotes.ts, shared with the TypeScript test). No network beyond localhost.

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { QUOTE_BINDING_ERROR, QUOTE_EXCHANGES, QUOTE_PARAMETERS } from "../spring/order-service-quotes.js";
import { convertGo, repoRoot, run, tempDir } from "./harness.js";

const scratch = tempDir("j2x-go-spring-");
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url);
      return { status: res.status, body: await res.json() };
    } catch (e) {
      // The server may still be starting.
      if (attempt > 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe("Spring service → Go, served", () => {
  it("answers GET /api/v1/quotes/{sku} as the Java controller does", async () => {
    const out = path.join(scratch, "order");
    await convertGo(path.join(repoRoot, "samples/services/order-service"), out, "example.com/order");
    const openapi = JSON.parse(fs.readFileSync(path.join(out, "openapi.json"), "utf8"));
    expect(openapi.paths["/api/v1/quotes/{sku}"].get.parameters).toEqual(QUOTE_PARAMETERS);
    const bin = path.join(out, "order-bin");
    await run("go", ["build", "-o", bin, "./cmd/orderapplication"], { cwd: out });
    const port = await freePort();
    // Only the environment sets the port (SERVER_PORT is server.port); the @Value defaults apply.
    server = spawn(bin, [], { env: { PATH: process.env.PATH ?? "", SERVER_PORT: String(port) }, stdio: "ignore" });
    const base = `http://127.0.0.1:${port}/api/v1/quotes`;

    for (const x of [...QUOTE_EXCHANGES, QUOTE_BINDING_ERROR]) {
      const got = await getJson(`${base}${x.request}`);
      expect(got.status, x.why).toBe(x.status);
      if (x.partial) expect(got.body, x.why).toMatchObject(x.body as object);
      else expect(got.body, x.why).toEqual(x.body);
    }
    server.kill();
  }, 300_000);
});
