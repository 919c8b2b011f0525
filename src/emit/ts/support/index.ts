// Public API of java2x's supplementary TypeScript support, copied into emitted projects as src/jrtx/ (imports of ../runtime/ become ../jrt/).
export * from "./lang.js";
export * from "./streams.js";
export * from "./util.js";
export * from "./jdk.js";
export * from "./log.js";
export * from "./config.js";
export * from "./transactions.js";
export { ResponseEntity, ResponseEntityBuilder } from "./web.js";
