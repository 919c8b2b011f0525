// End to end: order-service converted to Go, built, started through its composition root
// (cmd/orderapplication → internal/app.Main), and asked for quotes over HTTP. The route's handler
// is plain Java (QuoteController → PricingService → DiscountPolicy with @Value defaults), and its
// errors go through the @ControllerAdvice, so the Go service must answer what the Spring service
// answers. No network beyond localhost.

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
    expect(openapi.paths["/api/v1/quotes/{sku}"].get.parameters).toEqual([
      { name: "sku", in: "path", required: true, schema: { type: "string" } },
      { name: "qty", in: "query", required: false, schema: { type: "integer", format: "int32", default: 1 } },
      { name: "coupon", in: "query", required: false, schema: { type: "string" } },
    ]);
    const bin = path.join(out, "order-bin");
    await run("go", ["build", "-o", bin, "./cmd/orderapplication"], { cwd: out });
    const port = await freePort();
    // Only the environment sets the port (SERVER_PORT is server.port); the @Value defaults apply.
    server = spawn(bin, [], { env: { PATH: process.env.PATH ?? "", SERVER_PORT: String(port) }, stdio: "ignore" });
    const base = `http://127.0.0.1:${port}/api/v1/quotes`;

    // Worked out by hand from the Java: SKU-MELON is 1299 cents; qty 12 ≥ bulk-threshold 10 gives
    // bulk-percent 5, coupon VIP-1 adds 10 → 15 % (≤ 30). gross = 1299 × 12 = 15588, discount =
    // 15588 × 15 / 100 = 2338 (long division), total 13250. Rules: "bulk", then "discount 15%".
    // Jackson writes Result's fields (code, message, data) and the isSuccess() getter as "success".
    expect(await getJson(`${base}/SKU-MELON?qty=12&coupon=VIP-1`)).toEqual({
      status: 200,
      body: {
        code: 0,
        message: "成功",
        data: { sku: "SKU-MELON", quantity: 12, unitPriceCents: 1299, totalCents: 13250, currency: "CNY", rules: ["bulk", "discount 15%"] },
        success: true,
      },
    });
    // qty defaults to "1" (@RequestParam defaultValue), no coupon: no discount, no rules.
    expect(await getJson(`${base}/SKU-APPLE`)).toEqual({
      status: 200,
      body: { code: 0, message: "成功", data: { sku: "SKU-APPLE", quantity: 1, unitPriceCents: 350, totalCents: 350, currency: "CNY", rules: [] }, success: true },
    });
    // qty 3 with a non-VIP coupon: 420 × 3 = 1260, 0 %.
    const pear = await getJson(`${base}/SKU-PEAR?qty=3&coupon=SPRING`);
    expect(pear.body).toMatchObject({ data: { quantity: 3, totalCents: 1260, rules: [] } });
    // An unknown SKU throws IllegalArgumentException in PricingService; GlobalExceptionHandler's
    // @ExceptionHandler({IllegalArgumentException, IllegalStateException}) with
    // @ResponseStatus(BAD_REQUEST) answers Result.fail(ErrorCode.PARAM_INVALID.code() = 40001, message).
    expect(await getJson(`${base}/NOPE`)).toEqual({ status: 400, body: { code: 40001, message: "未知商品: NOPE", data: null, success: false } });
    server.kill();
  }, 300_000);
});
