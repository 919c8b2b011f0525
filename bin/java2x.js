#!/usr/bin/env node
// The installed `java2x` command: runs the compiled CLI (dist/ is built by `npm run build`, or by `prepare` on install).
import { main } from "../dist/cli/main.js";

await main();
