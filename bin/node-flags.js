// V8 flags the `java2x` command runs with (bin/java2x.js re-runs Node once with them; the benchmark
// starts its measurements with them, so it measures what users run). V8 reads them only at start-up.
// - `--max-semi-space-size=64`: java-parser and the semantic pass allocate heavily; a 64 MB
//   semi-space cuts parse time by 16–44% (docs/parser-notes.md).
// - `--expose-gc`: the pipeline asks for one full collection between the parse and the semantic
//   pass (src/pipeline/memory.ts); without it V8 sizes the heap on the parse's garbage and the
//   peak RSS of a 1 M-line audit doubles (docs/cli.md, "Memory").
export const NODE_FLAGS = ["--max-semi-space-size=64", "--expose-gc"];
