// Prints the differential status of every sample program (or those named): `npx tsx test/ts-target/run-differential.ts [name…]`.
import path from "node:path";
import { programNames, repoRoot, runPrograms } from "./harness.js";

const dir = path.join(repoRoot, "samples/programs");
const names = process.argv.slice(2).length ? process.argv.slice(2) : programNames(dir);
const results = await runPrograms(dir, names);
for (const r of results) console.log(`${r.mismatch ? "FAIL" : "ok  "} ${r.name}${r.mismatch ? ": " + r.mismatch.slice(0, 300) : ""}`);
console.log(`${results.filter((r) => !r.mismatch).length}/${results.length} pass`);
