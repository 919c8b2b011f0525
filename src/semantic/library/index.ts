// The bundled third-party library model: Java stub sources (signatures only) of the most used
// SLF4J, Spring, MyBatis-Plus, Dubbo, Jackson, HikariCP, JUnit and Mockito types, parsed with our own parser and
// declared only when a reference reaches one of their types, so calls on them become typed.

import { parseJava } from "../../parse/index.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { Declarer } from "../declare.js";
import type { LibraryProvider, TypeRegistry } from "../registry.js";
import { TypeResolver, fileContext } from "../type-resolver.js";
import { LIBRARY_STUBS } from "./stubs.js";

/** Pseudo-directory of stub files in `TypeSymbol.file`, so they are never taken for user files. */
export const LIBRARY_FILE_PREFIX = "<library>/";

/** Canonical names of the top-level types the stubs declare, sorted. */
export function libraryTypeNames(): string[] {
  return Object.keys(LIBRARY_STUBS).sort();
}

export class Library implements LibraryProvider {
  private readonly loaded = new Set<string>();
  private readonly packages = new Set<string>();
  private readonly declarer: Declarer;
  /**
   * Problems inside the stubs themselves (a name they cannot resolve); kept apart from the
   * model's diagnostics because they are ours, not the user's, and a test keeps it empty.
   */
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly registry: TypeRegistry) {
    for (const fqn of Object.keys(LIBRARY_STUBS)) {
      for (let dot = fqn.lastIndexOf("."); dot > 0; dot = fqn.lastIndexOf(".", dot - 1)) this.packages.add(fqn.slice(0, dot));
    }
    this.declarer = new Declarer(registry, new TypeResolver(registry, this.diagnostics), "library");
  }

  hasPackage(pkg: string): boolean {
    return this.packages.has(pkg);
  }

  load(fqn: string): void {
    // A member type lives in its top-level type's stub: try `a.b.C.D`, then `a.b.C`, ...
    for (let top = fqn; ; ) {
      if (LIBRARY_STUBS[top] !== undefined) {
        this.declareStub(top);
        return;
      }
      const dot = top.lastIndexOf(".");
      if (dot < 0) return;
      top = top.slice(0, dot);
    }
  }

  private declareStub(fqn: string): void {
    if (this.loaded.has(fqn)) return;
    this.loaded.add(fqn);
    const file = `${LIBRARY_FILE_PREFIX}${fqn.replace(/\./g, "/")}.java`;
    const parsed = parseJava(LIBRARY_STUBS[fqn], file);
    this.diagnostics.push(...parsed.diagnostics);
    // Names first (they may refer to each other, and to other stubs loaded meanwhile), then headers and members.
    const infos = this.declarer.declareUnit(fileContext(file, parsed.unit));
    for (const info of infos) if (!info.headerDone) this.declarer.header(info);
    for (const info of infos) this.declarer.completeMembers(info);
  }
}
