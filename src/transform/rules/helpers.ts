// Semantic queries rules share (annotation and call resolution, subtyping, constants), built once
// per run over the semantic model so every rule answers them the same way.

import type * as J from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import type { ResolvedCall, RuleHelpers } from "./api.js";

/** `pattern` is an FQN or a prefix ending in `*`. */
export function matchesFqn(fqn: string, pattern: string): boolean {
  return pattern.endsWith("*") ? fqn.startsWith(pattern.slice(0, -1)) : fqn === pattern;
}

/** The last dotted segment: the simple name of a type or of a glob's stem (`Atomic*` stays `Atomic*`). */
export function simpleName(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf(".") + 1);
}

const TYPE_NODE_KINDS = new Set(["PrimitiveType", "ClassType", "ArrayType", "VarType", "IntersectionType", "UnionType"]);

export type QueryHelpers = Omit<RuleHelpers, "report" | "fact">;

export function createHelpers(model: SemanticModel): QueryHelpers {
  const subtypeCache = new Map<string, Set<string>>();
  /** Every supertype of `fqn` (itself included), memoised: rules ask the same few questions many times. */
  const supertypes = (fqn: string): Set<string> => {
    let all = subtypeCache.get(fqn);
    if (all) return all;
    all = new Set([fqn]);
    subtypeCache.set(fqn, all);
    const sym = model.lookupType(fqn);
    for (const t of sym ? [sym.superclass, ...sym.interfaces] : []) {
      if (t?.kind === "class") for (const s of supertypes(t.fqn)) all.add(s);
    }
    return all;
  };

  const typeFqn = (node: J.Expr | J.TypeNode, file?: string): string | undefined => {
    const t = TYPE_NODE_KINDS.has(node.kind) ? model.resolveTypeNode(node as J.TypeNode, file) : model.typeOf(node as J.Expr);
    return t.kind === "class" ? t.fqn : undefined;
  };

  const fqnOfAnnotation = (a: J.Annotation): string | undefined => model.annotationFqn(a) ?? (a.name.includes(".") ? a.name : undefined);

  const constantValue = (expr: J.Expr | J.ElementValue | undefined): string | number | boolean | null | undefined => {
    if (!expr) return undefined;
    switch (expr.kind) {
      case "Literal":
        return expr.litKind === "long" ? Number(expr.value) : expr.value;
      case "Unary": {
        const v = constantValue(expr.operand);
        return typeof v === "number" && (expr.op === "-" || expr.op === "+") ? (expr.op === "-" ? -v : v) : undefined;
      }
      case "Binary": {
        if (expr.op !== "+") return undefined;
        const l = constantValue(expr.left);
        const r = constantValue(expr.right);
        if (l === undefined || r === undefined) return undefined;
        return typeof l === "number" && typeof r === "number" ? l + r : `${l}${r}`;
      }
      case "Cast":
        return constantValue(expr.expr);
      case "Name":
      case "FieldAccess": {
        const ref = model.symbolOf(expr);
        return ref?.kind === "field" ? ref.field.constValue : undefined;
      }
      default:
        return undefined;
    }
  };

  const resolvedCall = (node: J.MethodCall | J.NewExpr): ResolvedCall | undefined => {
    const ref = model.symbolOf(node);
    if (ref?.kind === "method") return { owner: ref.method.owner, name: ref.method.name, method: ref.method };
    if (node.kind === "NewExpr") {
      const owner = typeFqn(node) ?? typeFqn(node.type);
      return owner ? { owner, name: "<init>" } : undefined;
    }
    if (!node.target) return undefined;
    // An opaque receiver: the model knows the receiver's type (or the type named) but not the method.
    const target = model.symbolOf(node.target);
    const owner = target?.kind === "type" ? target.type.fqn : typeFqn(node.target);
    return owner ? { owner, name: node.name } : undefined;
  };

  return {
    model,
    fqnOfAnnotation,
    findAnnotation: (modifiers, ...patterns) =>
      modifiers?.annotations.find((a) => {
        const fqn = fqnOfAnnotation(a);
        return fqn !== undefined && patterns.some((p) => matchesFqn(fqn, p));
      }),
    resolvedCall,
    typeFqn,
    isSubtype: (fqn, of) => supertypes(fqn).has(of),
    constantValue,
  };
}
