// The Go target for `convert`: runs the Go transform, then the Go module emitter, and registers
// itself so `getTarget("go")` finds it.

import { emitGoModule } from "../emit/go/project.js";
import { transformGo } from "../transform/go/index.js";
import { APP_DIR } from "../transform/go/spring.js";
import { registerTarget, type EmitTarget } from "./target.js";

export const goTarget: EmitTarget = {
  id: "go",
  emit(input) {
    const result = transformGo({ sources: input.sources, model: input.model, module: input.module, itemId: input.itemId, mappings: input.mappings, facts: input.facts });
    // The Spring Boot class's command builds the composition root and serves the routes instead of its Java main.
    const { application, openapi } = result.spring;
    const files = emitGoModule({
      module: input.module,
      files: result.files,
      commands: result.mains.map((m) =>
        m.javaClass === application
          ? { javaClass: m.javaClass, cmdName: m.cmdName, importPath: `${input.module}/${APP_DIR}`, pkgName: "app", func: "Main" }
          : { javaClass: m.javaClass, cmdName: m.cmdName, importPath: m.importPath, pkgName: m.pkgName, func: m.func },
      ),
    });
    if (openapi) files.push({ path: "openapi.json", content: openapi });
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
