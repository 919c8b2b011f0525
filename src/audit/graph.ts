// Turns the endpoints found in each service into the static inter-service dependency graph:
// Dubbo references to the service providing (or declaring) the interface, Feign names and HTTP
// hosts to the service of that name, topics from producers to consumers, and tables two services
// both use (an edge each way). What matches no service of the fleet is an external dependency.

import { compareStrings } from "../diagnostics/diagnostic.js";
import type { DependencyEdge, DependencyGraph, EdgeKind, Evidence, ExternalDependency } from "../report/model.js";
import type { Endpoint, Endpoints } from "./scan.js";

export interface GraphService {
  /** The service's display name (unique in the fleet). */
  name: string;
  /** Names other services may use for it: artifactId, spring.application.name, directory. */
  aliases: string[];
  endpoints: Endpoints;
}

const STRONG: Record<EdgeKind, boolean> = { dubbo: true, feign: true, http: true, mq: false, "shared-table": true };

function compareEvidence(a: Evidence, b: Evidence): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

/** Evidence lists without duplicates, sorted. */
function evidenceOf(points: Endpoint[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const p of points) {
    const k = `${p.file}\0${p.line}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push({ file: p.file, line: p.line });
    }
  }
  return out.sort(compareEvidence);
}

/** A host or service name reduced to what services are called by: `payment-service.acme.internal:8082` → `payment-service`. */
function hostKey(host: string): string {
  return host.toLowerCase().split(".")[0]!;
}

/**
 * `declaredIn(iface)` names the service whose sources declare a Dubbo interface (its API module),
 * used when no service of the fleet provides it.
 */
export function buildGraph(services: GraphService[], declaredIn: (iface: string) => string | undefined): DependencyGraph {
  const byAlias = new Map<string, string>();
  for (const s of services) for (const a of [s.name, ...s.aliases]) if (!byAlias.has(a.toLowerCase())) byAlias.set(a.toLowerCase(), s.name);
  const providers = new Map<string, string>();
  for (const s of services) for (const p of s.endpoints.dubboProvides) if (!providers.has(p.key)) providers.set(p.key, s.name);

  const edges = new Map<string, { from: string; to: string; kind: EdgeKind; via: string; points: Endpoint[] }>();
  const external = new Map<string, { from: string; kind: EdgeKind; via: string; points: Endpoint[] }>();
  const addEdge = (from: string, to: string, kind: EdgeKind, via: string, points: Endpoint[]): void => {
    if (from === to) return;
    const k = `${from}\0${to}\0${kind}\0${via}`;
    const e = edges.get(k) ?? { from, to, kind, via, points: [] };
    e.points.push(...points);
    edges.set(k, e);
  };
  const addExternal = (from: string, kind: EdgeKind, via: string, p: Endpoint): void => {
    const k = `${from}\0${kind}\0${via}`;
    const e = external.get(k) ?? { from, kind, via, points: [] };
    e.points.push(p);
    external.set(k, e);
  };

  for (const s of services) {
    for (const r of s.endpoints.dubboReferences) {
      const to = providers.get(r.key) ?? declaredIn(r.key);
      if (to) addEdge(s.name, to, "dubbo", r.key, [r]);
      else addExternal(s.name, "dubbo", r.key, r);
    }
    for (const [kind, list] of [["feign", s.endpoints.feign], ["http", s.endpoints.http]] as const) {
      for (const r of list) {
        const to = byAlias.get(r.key.toLowerCase()) ?? byAlias.get(hostKey(r.key));
        if (to) addEdge(s.name, to, kind, r.key, [r]);
        else addExternal(s.name, kind, r.key, r);
      }
    }
    for (const out of s.endpoints.topicsOut) {
      const consumers = services.filter((c) => c.name !== s.name && c.endpoints.topicsIn.some((i) => i.key === out.key));
      for (const c of consumers) addEdge(s.name, c.name, "mq", out.key, [out, ...c.endpoints.topicsIn.filter((i) => i.key === out.key)]);
      if (consumers.length === 0) addExternal(s.name, "mq", out.key, out);
    }
    for (const t of s.endpoints.tables) {
      for (const other of services) {
        const theirs = other.endpoints.tables.filter((x) => x.key === t.key);
        if (other.name !== s.name && theirs.length) addEdge(s.name, other.name, "shared-table", t.key, [t, ...theirs]);
      }
    }
  }

  const edgeList: DependencyEdge[] = [...edges.values()]
    .map((e) => ({ from: e.from, to: e.to, kind: e.kind, via: e.via, strong: STRONG[e.kind], evidence: evidenceOf(e.points) }))
    .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.kind, b.kind) || compareStrings(a.via, b.via));
  const externalList: ExternalDependency[] = [...external.values()]
    .map((e) => ({ from: e.from, kind: e.kind, via: e.via, evidence: evidenceOf(e.points) }))
    .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.kind, b.kind) || compareStrings(a.via, b.via));
  return { edges: edgeList, external: externalList };
}
