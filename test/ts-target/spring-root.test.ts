// The TypeScript composition root: order-service converted to TS, compiled with strict tsc, and
// src/app/app.ts's build() run. The quote route's bean chain (QuoteController → PricingService →
// DiscountPolicy with @Value defaults) must compute what the Java computes. The controller is
// called directly here; spring-e2e.test.ts serves it over HTTP.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { linkDependencies, repoRoot, tscBin } from "./harness.js";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-ts-spring-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Quote {
  getTotalCents(): bigint;
  getUnitPriceCents(): bigint;
  getQuantity(): number;
  getRules(): { toString(): string };
}
interface App {
  quoteController: { quote(sku: string, qty: number, coupon: string | null): { getCode(): number; getMessage(): string; getData(): Quote } };
  discountPolicy: { percentFor(qty: number, coupon: string | null): number };
}

describe("Spring service → TS composition root", () => {
  it("builds the beans in dependency order with their @Value defaults", async () => {
    const out = path.join(scratch, "order");
    await convert({ paths: [path.join(repoRoot, "samples/services/order-service")], target: "ts", out, force: true, jobs: 1 });
    linkDependencies(out);
    const tsc = spawnSync(process.execPath, [tscBin, "-p", out], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    const { build } = (await import(pathToFileURL(path.join(out, "dist/app/app.js")).href)) as { build(): { app: App; failures: string[] } };
    const { app } = build();
    // By hand from the Java: 1299 cents × 12 = 15588; 12 ≥ bulk-threshold 10 → bulk-percent 5, coupon
    // VIP-1 adds 10 → 15 %; discount 15588 × 15 / 100 = 2338 (long division); total 13250.
    const result = app.quoteController.quote("SKU-MELON", 12, "VIP-1");
    expect([result.getCode(), result.getMessage()]).toEqual([0, "成功"]);
    const quote = result.getData();
    expect([quote.getQuantity(), quote.getUnitPriceCents(), quote.getTotalCents(), quote.getRules().toString()]).toEqual([12, 1299n, 13250n, "[bulk, discount 15%]"]);
    // The defaults of @Value("${order.quote.bulk-threshold:10}") and ("${order.quote.bulk-percent:5}").
    expect([app.discountPolicy.percentFor(9, null), app.discountPolicy.percentFor(10, null)]).toEqual([0, 5]);
  }, 300_000);
});
