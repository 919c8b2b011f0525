// Types for the part of @babel/generator the TS printer uses (the package ships no declarations).

declare module "@babel/generator" {
  import type { Node } from "@babel/types";

  export interface GeneratorOptions {
    comments?: boolean;
    compact?: boolean;
    retainLines?: boolean;
    jsescOption?: { quotes?: "single" | "double" | "backtick"; minimal?: boolean };
  }

  export type Generate = (ast: Node, opts?: GeneratorOptions) => { code: string };

  // CommonJS with `exports.default`: Node's ESM loader hands over the exports object, bundlers
  // that honour __esModule the function itself.
  const generator: Generate & { default?: Generate };
  export default generator;
}
