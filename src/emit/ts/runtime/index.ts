// Public API of the java2x TypeScript runtime (copied into emitted projects as src/jrt/).
export * from "./dtoa.js";
