// Manual benchmark (not a test): cost of Java `long` arithmetic as wrapped bigint vs plain JS numbers.
// Run: node --import tsx test/ts-runtime/gen/bench-long.ts
import { ladd, lmul, Random } from "../../../src/emit/ts/runtime/index.js";

function time(label: string, n: number, fn: () => unknown): void {
  fn(); // warm-up
  const t0 = performance.now();
  const r = fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(44)} ${((ms * 1e6) / n).toFixed(1).padStart(7)} ns/iter  (${String(r).slice(0, 20)})`);
}

const N = 5_000_000;
// long s = 0; for (long i = 0; i < N; i++) s = s * 31 + i;   (overflows, so wrapping matters)
time("bigint + asIntN(64) via ladd/lmul", N, () => {
  let s = 0n;
  for (let i = 0n; i < BigInt(N); i++) s = ladd(lmul(s, 31n), i);
  return s;
});
time("bigint, no wrapping (values kept small)", N, () => {
  let s = 0n;
  for (let i = 0n; i < BigInt(N); i++) s = (s * 31n + i) & 0xffffffffffffn;
  return s;
});
time("BigInt.asIntN only (s = asIntN(64, s*31 + i))", N, () => {
  let s = 0n;
  for (let i = 0n; i < BigInt(N); i++) s = BigInt.asIntN(64, s * 31n + i);
  return s;
});
time("number (double; wrong past 2^53)", N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) s = (s * 31 + i) % 1e15;
  return s;
});
// An exact int32-pair scheme: hi/lo 32-bit halves, multiply by a small constant with carries.
time("int32 hi/lo pair (exact, mul by small const)", N, () => {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < N; i++) {
    // (hi,lo) * 31: lo*31 split into 32-bit parts
    const l = (lo >>> 0) * 31;
    const lLo = l >>> 0;
    const carry = Math.floor(l / 4294967296);
    hi = (Math.imul(hi, 31) + carry) | 0;
    // + i
    const sum = lLo + i;
    lo = sum | 0;
    hi = (hi + (sum > 0xffffffff ? 1 : 0)) | 0;
  }
  return hi;
});
const r = new Random(1n);
time("Random.nextInt() (24-bit halves in doubles)", N, () => {
  let x = 0;
  for (let i = 0; i < N; i++) x ^= r.nextInt();
  return x;
});
time("Random.nextLong() (bigint assembly)", N / 10, () => {
  let x = 0n;
  for (let i = 0; i < N / 10; i++) x ^= r.nextLong();
  return x;
});
time("same LCG step on bigint (for comparison)", N, () => {
  let seed = BigInt.asUintN(48, 1n ^ 0x5deece66dn);
  let x = 0;
  for (let i = 0; i < N; i++) {
    seed = (seed * 0x5deece66dn + 0xbn) & 0xffffffffffffn;
    x ^= Number(BigInt.asIntN(32, seed >> 16n));
  }
  return x;
});
