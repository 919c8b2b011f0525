// Types for node-flags.js (plain JavaScript, so bin/ runs without a build).
export declare const NODE_FLAGS: readonly string[];
