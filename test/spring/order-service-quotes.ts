// What order-service's Java QuoteController answers over HTTP, shared by the Go and TypeScript
// end-to-end tests (test/go-target/spring-e2e.test.ts, test/ts-target/spring-e2e.test.ts): the route's
// logic is plain Java (QuoteController → PricingService → DiscountPolicy with @Value defaults) and
// its errors go through GlobalExceptionHandler, so a migrated service must answer the same.

/** A request below /api/v1/quotes and the status and JSON body Spring answers. */
export interface QuoteExchange {
  /** Path and query after /api/v1/quotes. */
  request: string;
  why: string;
  status: number;
  /** The whole body, or (partial) the fields it must contain. */
  body: unknown;
  partial?: boolean;
}

/** The parameters openapi.json declares for GET /api/v1/quotes/{sku}. */
export const QUOTE_PARAMETERS = [
  { name: "sku", in: "path", required: true, schema: { type: "string" } },
  { name: "qty", in: "query", required: false, schema: { type: "integer", format: "int32", default: 1 } },
  { name: "coupon", in: "query", required: false, schema: { type: "string" } },
];

export const QUOTE_EXCHANGES: QuoteExchange[] = [
  {
    request: "/SKU-MELON?qty=12&coupon=VIP-1",
    // Worked out by hand from the Java: SKU-MELON is 1299 cents; qty 12 ≥ bulk-threshold 10 gives
    // bulk-percent 5, coupon VIP-1 adds 10 → 15 % (≤ 30). gross = 1299 × 12 = 15588, discount =
    // 15588 × 15 / 100 = 2338 (long division), total 13250. Rules: "bulk", then "discount 15%".
    // Jackson writes Result's fields (code, message, data) and the isSuccess() getter as "success".
    why: "bulk and VIP discounts",
    status: 200,
    body: {
      code: 0,
      message: "成功",
      data: { sku: "SKU-MELON", quantity: 12, unitPriceCents: 1299, totalCents: 13250, currency: "CNY", rules: ["bulk", "discount 15%"] },
      success: true,
    },
  },
  {
    request: "/SKU-APPLE",
    why: 'qty defaults to "1" (@RequestParam defaultValue), no coupon: no discount, no rules',
    status: 200,
    body: { code: 0, message: "成功", data: { sku: "SKU-APPLE", quantity: 1, unitPriceCents: 350, totalCents: 350, currency: "CNY", rules: [] }, success: true },
  },
  {
    request: "/SKU-PEAR?qty=3&coupon=SPRING",
    why: "qty 3 with a non-VIP coupon: 420 × 3 = 1260, 0 %",
    status: 200,
    body: { data: { quantity: 3, totalCents: 1260, rules: [] } },
    partial: true,
  },
  {
    request: "/NOPE",
    // PricingService throws IllegalArgumentException; GlobalExceptionHandler's
    // @ExceptionHandler({IllegalArgumentException, IllegalStateException}) with
    // @ResponseStatus(BAD_REQUEST) answers Result.fail(ErrorCode.PARAM_INVALID.code() = 40001, message).
    why: "an unknown SKU goes through the advice",
    status: 400,
    body: { code: 40001, message: "未知商品: NOPE", data: null, success: false },
  },
];

/**
 * A binding error goes through the advice too: `qty=abc` is a MethodArgumentTypeMismatchException,
 * which only GlobalExceptionHandler's @ExceptionHandler(Exception.class) handles (500,
 * Result.fail(SYSTEM_ERROR = 50000, "系统繁忙")).
 */
export const QUOTE_BINDING_ERROR: QuoteExchange = {
  request: "/SKU-PEAR?qty=abc",
  why: "a non-numeric qty is a MethodArgumentTypeMismatchException, handled by @ExceptionHandler(Exception.class)",
  status: 500,
  body: { code: 50000, message: "系统繁忙", data: null, success: false },
};
