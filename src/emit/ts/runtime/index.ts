// Public API of the java2x TypeScript runtime (copied into emitted projects as src/jrt/).
export * from "./bigmath.js";
export * from "./collections.js";
export * from "./core.js";
export * from "./dtoa.js";
export * from "./exceptions.js";
export * from "./io.js";
export * from "./format.js";
export * from "./maps.js";
export * from "./numbers.js";
export * from "./strings.js";
export * from "./StringBuilder.js";
export * from "./system.js";
export { UnicodeBlock, UnicodeScript } from "./unicode.js";
export * from "./util.js";
