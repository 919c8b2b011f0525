// Compiles a declarative `rule.yaml` (meta + `when` matchers) into an ordinary rule module, with
// preconditions derived from the FQNs its matchers name.

import type * as J from "../../parse/ast.js";
import type { RuleContext, RuleModule, Visitors } from "./api.js";
import { matchesFqn, simpleName } from "./helpers.js";
import type { WhenClause, YamlRule } from "./yaml-types.js";

const MATCHER_KEYS = ["annotation", "call", "type", "extends", "implements", "import", "kind", "modifier"] as const;
type MatcherKey = (typeof MATCHER_KEYS)[number];

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A glob's simple-name part can reject most nodes before any semantic query. */
function nameMayMatch(written: string, pattern: string): boolean {
  const want = simpleName(pattern);
  const have = simpleName(written);
  return want.endsWith("*") ? pattern.endsWith(".*") || have.startsWith(want.slice(0, -1)) : have === want;
}

/** `Class.method` of the innermost enclosing type and method, for messages (`{in}`). */
function enclosing(ctx: RuleContext): string {
  let type = "";
  let member = "";
  for (const n of ctx.ancestors()) {
    if (n.kind === "ClassDecl" || n.kind === "InterfaceDecl" || n.kind === "EnumDecl" || n.kind === "RecordDecl") [type, member] = [n.name, ""];
    else if (n.kind === "MethodDecl") member = n.name;
    else if (n.kind === "ConstructorDecl") member = "<init>";
  }
  return member ? `${type}.${member}` : type;
}

type Hit = Record<string, string>;
type Matcher = { kind: string; test(node: J.Node, ctx: RuleContext): Hit | undefined };

const DECL_KINDS = ["ClassDecl", "InterfaceDecl", "EnumDecl", "RecordDecl"];
const MODIFIED_KINDS = ["FieldDecl", "MethodDecl", "ConstructorDecl", "ClassDecl", "LocalVarDecl"];

function matchers(clause: WhenClause, key: MatcherKey): Matcher[] {
  switch (key) {
    case "annotation": {
      const patterns = list(clause.annotation);
      return [
        {
          kind: "Annotation",
          test: (node, ctx) => {
            const a = node as J.Annotation;
            if (!patterns.some((p) => nameMayMatch(a.name, p))) return undefined;
            const fqn = ctx.fqnOfAnnotation(a);
            return fqn !== undefined && patterns.some((p) => matchesFqn(fqn, p)) ? { name: simpleName(fqn), fqn } : undefined;
          },
        },
      ];
    }
    case "call": {
      const specs = list(clause.call).map((c) => ({ type: c.slice(0, c.lastIndexOf(".")), method: simpleName(c) }));
      return [
        {
          kind: "MethodCall",
          test: (node, ctx) => {
            const call = node as J.MethodCall;
            const named = specs.filter((s) => matchesFqn(call.name, s.method));
            if (named.length === 0) return undefined;
            const rc = ctx.resolvedCall(call);
            if (!rc) return undefined;
            const hit = named.some((s) => matchesFqn(rc.owner, s.type) || ctx.isSubtype(rc.owner, s.type));
            return hit ? { name: call.name, type: simpleName(rc.owner), fqn: `${rc.owner}.${call.name}` } : undefined;
          },
        },
      ];
    }
    case "type": {
      const patterns = list(clause.type);
      const onlyNew = clause.new === true;
      return [
        {
          kind: onlyNew ? "NewExpr" : "ClassType",
          test: (node, ctx) => {
            const t = onlyNew ? (node as J.NewExpr).type : (node as J.ClassType);
            const written = t.segments.map((s) => s.name).join(".");
            if (!patterns.some((p) => nameMayMatch(written, p))) return undefined;
            const fqn = ctx.typeFqn(t, ctx.file);
            return fqn !== undefined && patterns.some((p) => matchesFqn(fqn, p)) ? { name: simpleName(fqn), fqn } : undefined;
          },
        },
      ];
    }
    case "extends":
    case "implements": {
      const patterns = list(clause[key]);
      return DECL_KINDS.map((kind) => ({
        kind,
        test: (node, ctx) => {
          const sym = ctx.model.declaredType(node);
          if (!sym) return undefined;
          const supers = key === "extends" ? [sym.superclass] : sym.interfaces;
          for (const s of supers) {
            if (s?.kind === "class" && patterns.some((p) => matchesFqn(s.fqn, p))) return { name: sym.name, fqn: s.fqn, super: simpleName(s.fqn) };
          }
          return undefined;
        },
      }));
    }
    case "import": {
      const patterns = list(clause.import);
      return [
        {
          kind: "ImportDecl",
          test: (node) => {
            const imp = node as J.ImportDecl;
            const hit = patterns.some((p) => matchesFqn(imp.name, p) || (imp.onDemand && p.startsWith(`${imp.name}.`)));
            return hit ? { name: imp.name, fqn: imp.name } : undefined;
          },
        },
      ];
    }
    case "kind":
      return list(clause.kind).map((kind) => ({ kind, test: () => ({ name: kind }) }));
    case "modifier": {
      const flag = clause.modifier!;
      return MODIFIED_KINDS.map((kind) => ({
        kind,
        test: (node) => {
          const decl = node as J.FieldDecl | J.MethodDecl | J.ConstructorDecl | J.ClassDecl | J.LocalVarDecl;
          if (!decl.modifiers.flags.includes(flag)) return undefined;
          const name = "declarators" in decl ? decl.declarators.map((d) => d.name).join(", ") : decl.name;
          return { name, modifier: flag };
        },
      }));
    }
  }
}

/** Checks what the schema cannot say (exactly one matcher per clause, known message ids); returns problems. */
export function checkYamlRule(rule: YamlRule): string[] {
  const problems: string[] = [];
  const messageIds = Object.keys(rule.messages);
  list(rule.when).forEach((clause, i) => {
    const keys = MATCHER_KEYS.filter((k) => clause[k] !== undefined);
    const where = Array.isArray(rule.when) ? `when[${i}]` : "when";
    if (keys.length !== 1) problems.push(`${where} must have exactly one of ${MATCHER_KEYS.join(", ")} (found ${keys.length ? keys.join(", ") : "none"})`);
    if (clause.new !== undefined && keys[0] !== "type") problems.push(`${where}: "new" goes with "type" only`);
    const id = clause.messageId ?? defaultMessageId(messageIds);
    if (!messageIds.includes(id)) problems.push(`${where}: message "${id}" is not in messages (${messageIds.join(", ")})`);
  });
  return problems;
}

function defaultMessageId(ids: string[]): string {
  return ids.length === 1 ? ids[0]! : "default";
}

/** `rule` must have passed `checkYamlRule`. */
export function compileYamlRule(rule: YamlRule): RuleModule {
  const { when, ...meta } = rule;
  const clauses = list(when);
  const fallback = defaultMessageId(Object.keys(rule.messages));
  const compiled = clauses.flatMap((clause) => {
    const key = MATCHER_KEYS.find((k) => clause[k] !== undefined)!;
    return matchers(clause, key).map((m) => ({ ...m, messageId: clause.messageId ?? fallback, effort: clause.effort }));
  });
  // Only FQN matchers narrow the files a rule can match; `kind`/`modifier` clauses need every file.
  const everyFile = clauses.some((c) => c.kind !== undefined || c.modifier !== undefined);
  const uses = clauses.flatMap((c) => [
    ...list(c.annotation),
    ...list(c.call).map((x) => x.slice(0, x.lastIndexOf("."))),
    ...list(c.type),
    ...list(c.extends),
    ...list(c.implements),
    ...list(c.import),
  ]);
  return {
    meta,
    ...(everyFile ? {} : { preconditions: { uses: [...new Set(uses)] } }),
    create(ctx) {
      const visitors: Record<string, (node: J.Node) => void> = {};
      for (const kind of new Set(compiled.map((m) => m.kind))) {
        const mine = compiled.filter((m) => m.kind === kind);
        visitors[kind] = (node) => {
          for (const m of mine) {
            const hit = m.test(node, ctx);
            if (hit) ctx.report({ node, messageId: m.messageId, data: { ...hit, in: enclosing(ctx) }, ...(m.effort ? { effort: m.effort } : {}) });
          }
        };
      }
      return visitors as Visitors;
    },
  };
}
