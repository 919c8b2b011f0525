// V8 flags the `java2x` command runs with (bin/java2x.js re-runs Node once with them; the benchmark
// starts its measurements with them, so it measures what users run). V8 reads them only at start-up.
// - `--max-semi-space-size=64`: java-parser and the semantic pass allocate heavily; a 64 MB
//   semi-space cuts parse time by 16–44% (docs/parser-notes.md).
// - `--expose-gc`: the pipeline asks for one full collection between the parse and the semantic
//   pass (src/pipeline/memory.ts); without it V8 sizes the heap on the parse's garbage and the
//   peak RSS of a 1 M-line audit doubles (docs/cli.md, "Memory").
// - `--no-allocation-site-pretenuring`: V8 may decide that an allocation site's objects live long
//   and allocate them straight in the old generation. It took that decision for java-parser's CST
//   whenever TypeScript (ts-morph) was loaded in the process: every file's CST then went to the
//   old generation as garbage, scavenges slowed down on the old-to-new pointers and the parse of
//   1 M lines took 47 s instead of 26 s, with a 2.8 GB peak instead of 1.2 GB (docs/cli.md, "Memory").
export const NODE_FLAGS = ["--max-semi-space-size=64", "--expose-gc", "--no-allocation-site-pretenuring"];
