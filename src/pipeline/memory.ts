// What the pipeline lets go of between the parse and the semantic pass, so the peak memory of a
// large run is the live data and not the parse's leftovers.
//
// - java-parser's lookahead cache (up to ~135 MB: it grows with new inputs until the parser is
//   replaced, see MAX_DFA_STATES) is of no use once every file is parsed (releaseLargeParser).
// - One full garbage collection, when V8 lets us ask for one (`--expose-gc`, which the `java2x`
//   command passes: bin/node-flags.js). The parse turns over gigabytes of short-lived objects
//   while the ASTs it keeps pile up in the old generation; without a collection at the boundary
//   V8 sizes the heap for the semantic pass on that mix, and on 1 M lines the peak RSS of the
//   parse + semantic benchmark was 3.5 GB for 1.3 GB of live data (1.8 GB with the collection,
//   which costs about a second there).

import { releaseLargeParser } from "../parse/index.js";

export function releaseParseMemory(): void {
  releaseLargeParser();
  collectBetweenPhases();
}

/**
 * A full collection at a later phase boundary (after the semantic pass, after the rules): each
 * phase leaves garbage in the old generation that V8 would otherwise carry into the next one
 * while the heap limit it set is far off. On 1 M lines this took the audit's peak RSS from
 * 1.65 to 1.53 GB for about 0.3 s per collection.
 */
export function collectBetweenPhases(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
