// The TypeScript target: transform (src/transform/ts) then lay out the project (src/emit/ts/project.ts).

import { tsProject } from "../emit/ts/project.js";
import { configModule } from "../transform/ts/config.js";
import { openApiDocument } from "../transform/spring-openapi.js";
import { transformTs } from "../transform/ts/index.js";
import { FASTIFY_VERSION } from "../transform/ts/spring-web.js";
import { type EmitInput, type EmittedProject, registerTarget } from "./target.js";

/** npm package names are lowercase without spaces; the Go module path's last segment is a fine start. */
function packageName(module: string): string {
  const last = module.split("/").pop() ?? "app";
  return last.toLowerCase().replace(/[^a-z0-9._-]/g, "-").replace(/^[._-]+/, "") || "app";
}

export function emitTs(input: EmitInput): EmittedProject {
  const t = transformTs({ sources: input.sources, model: input.model, itemId: input.itemId, onFile: input.onFile, mappings: input.mappings, facts: input.facts });
  const config = configModule(input.facts ?? []);
  const root = t.compositionRoot;
  const routes = root?.routes;
  const p = tsProject({ packageName: packageName(input.module), modules: config ? [...t.modules, config] : t.modules, entries: t.entries, ...(routes ? { dependencies: { fastify: FASTIFY_VERSION } } : {}) });
  const extra = [
    ...(root ? [{ path: `src/${root.path}`, content: root.text }] : []),
    // The same contract document as the Go target's: it describes the Java service's routes.
    ...(routes?.length ? [{ path: "openapi.json", content: openApiDocument(input.model, input.module, routes) }] : []),
  ];
  return {
    files: [...p.files, ...extra],
    build: p.build,
    entryPoints: p.entryPoints,
    items: t.items,
    stats: t.stats,
    // Types TypeScript could not express, and members emitted under another name (overloads, clashes).
    generics: [...t.erasures.map((e) => ({ kind: "erasure", ...e })), ...t.renames.map((r) => ({ kind: "rename", ...r }))],
  };
}

registerTarget({ id: "ts", emit: emitTs });
