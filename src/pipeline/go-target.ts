// The Go target for `convert`: runs the Go transform, then the Go module emitter, and registers
// itself so `getTarget("go")` finds it.

import { emitGoModule } from "../emit/go/project.js";
import { transformGo } from "../transform/go/index.js";
import { registerTarget, type EmitTarget } from "./target.js";

export const goTarget: EmitTarget = {
  id: "go",
  emit(input) {
    const result = transformGo({ sources: input.sources, model: input.model, module: input.module, itemId: input.itemId, mappings: input.mappings });
    const files = emitGoModule({
      module: input.module,
      files: result.files,
      commands: result.mains.map((m) => ({ javaClass: m.javaClass, cmdName: m.cmdName, importPath: m.importPath, pkgName: m.pkgName, func: m.func })),
    });
    return {
      files,
      build: ["go", "build", "./..."],
      entryPoints: result.mains.map((m) => ({ javaClass: m.javaClass, path: `cmd/${m.cmdName}`, run: ["go", "run", `./cmd/${m.cmdName}`] })),
      items: result.items,
      stats: result.stats,
      generics: result.erasures,
    };
  },
};

registerTarget(goTarget);
