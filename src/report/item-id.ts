// Stable item ids: a hash of the rule, the file and the offending source text (not its line
// number), so an id survives edits elsewhere in the file and keys baselines and SARIF fingerprints.

import { createHash } from "node:crypto";

/** Whitespace is normalised so re-indenting the offending line keeps its id. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/**
 * Hands out item ids. The same rule firing on identical text twice in one file gets `-2`, `-3`…
 * in the order of the calls, so callers must allocate in a deterministic (sorted) order; one
 * allocator serves the emitter and the report so that markers and items agree.
 */
export class ItemIdAllocator {
  private readonly seen = new Map<string, number>();

  /** `source` is the offending line(s) as written; pass `""` for an item about a whole file. */
  allocate(rule: string, file: string, source: string): string {
    const hash = createHash("sha256").update(`${rule}\0${file}\0${normalise(source)}`).digest("hex").slice(0, 16);
    const count = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, count);
    return count === 1 ? hash : `${hash}-${count}`;
  }
}
