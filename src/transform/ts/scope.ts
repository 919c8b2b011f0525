// The per-module naming scope: which source classes a module references (so it can import them,
// aliased when two share a TS name) and the type variables visible where a type is mapped.

import type { TsProgram } from "./context.js";
import type { NameScope } from "./types.js";

export class ModuleScope implements NameScope {
  /** Foreign TS name → module it comes from, with the local alias used for it. */
  readonly imports = new Map<string, { module: string; name: string; alias: string }>();
  private readonly used = new Set<string>();
  typeVars = new Set<string>();
  line = 0;

  constructor(
    private readonly prog: TsProgram,
    readonly module: string,
    readonly file: string,
    localNames: string[],
  ) {
    for (const n of localNames) this.used.add(n);
  }

  /** The local name of a source class (`suffix` "$" names an interface's companion class, "$Lambda" its lambda adapter). */
  classRef(fqn: string, suffix = ""): string {
    const info = this.prog.classOf(fqn);
    if (!info) return "unknown";
    const name = info.tsName + suffix;
    if (info.module === this.module) return name;
    const key = info.module + "#" + name;
    const known = this.imports.get(key);
    if (known) return known.alias;
    const alias = this.used.has(name) ? `${info.module.replace(/[^A-Za-z0-9]/g, "_")}$${name}` : name;
    this.used.add(alias);
    this.imports.set(key, { module: info.module, name, alias });
    return alias;
  }

  /** Runs `fn` with extra type variables in scope. */
  withTypeVars<T>(names: string[], fn: () => T): T {
    const saved = this.typeVars;
    this.typeVars = new Set([...saved, ...names]);
    try {
      return fn();
    } finally {
      this.typeVars = saved;
    }
  }
}
