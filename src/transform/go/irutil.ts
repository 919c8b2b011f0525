// Small analyses over the Go IR the transform builds: Go's terminating-statement rule (so a
// function gets a final panic exactly when Go requires one and vet's unreachable check stays
// quiet), the packages a file really uses, and removal of placeholder statements.

import * as go from "../../ir/go.js";

/** Go spec "Terminating statements" for the last statement of a list. */
export function isTerminating(list: go.Stmt[]): boolean {
  const last = list[list.length - 1];
  return !!last && terminates(last, undefined);
}

function terminates(s: go.Stmt, label: string | undefined): boolean {
  switch (s.kind) {
    case "ReturnStmt":
      return true;
    case "BranchStmt":
      return s.tok === "goto";
    case "ExprStmt":
      return s.x.kind === "CallExpr" && s.x.fun.kind === "Ident" && s.x.fun.name === "panic";
    case "BlockStmt":
      return isTerminating(s.list);
    case "IfStmt":
      return !!s.else && isTerminating(s.body.list) && terminates(s.else, undefined);
    case "LabeledStmt":
      return terminates(s.stmt, s.label);
    case "ForStmt":
      return !s.cond && !hasBreak(s.body.list, label, true);
    case "SwitchStmt":
    case "TypeSwitchStmt":
      return (
        s.clauses.some((c) => !c.list) &&
        s.clauses.every((c) => {
          const last = c.body[c.body.length - 1];
          return !hasBreak(c.body, label, true) && !!last && (terminates(last, undefined) || (last.kind === "BranchStmt" && last.tok === "fallthrough"));
        })
      );
    default:
      return false;
  }
}

/** Whether a `break` in `list` leaves the enclosing statement (unlabeled at this level, or with `label`). */
function hasBreak(list: go.Stmt[], label: string | undefined, top: boolean): boolean {
  return list.some((s) => breaks(s, label, top));
}

function breaks(s: go.Stmt, label: string | undefined, top: boolean): boolean {
  switch (s.kind) {
    case "BranchStmt":
      return s.tok === "break" && (s.label ? s.label === label : top);
    case "BlockStmt":
      return hasBreak(s.list, label, top);
    case "IfStmt":
      return hasBreak(s.body.list, label, top) || (!!s.else && breaks(s.else, label, top));
    case "LabeledStmt":
      return breaks(s.stmt, label, top);
    case "ForStmt":
    case "RangeStmt":
      return hasBreak(s.body.list, label, false);
    case "SwitchStmt":
    case "TypeSwitchStmt":
      return s.clauses.some((c) => hasBreak(c.body, label, false));
    case "SelectStmt":
      return s.clauses.some((c) => hasBreak(c.body, label, false));
    default:
      return false;
  }
}

/** Appends `final` unless the list already ends in a terminating statement. */
export function terminated(list: go.Stmt[], final: go.Stmt): go.Stmt[] {
  if (!isTerminating(list)) list.push(final);
  return list;
}

/** Package aliases referenced anywhere in `node` (selectors on an identifier, and type texts in identifiers). */
export function referencedPackages(node: unknown, aliases: string[]): Set<string> {
  const found = new Set<string>();
  const patterns = aliases.map((a) => [a, new RegExp(`(^|[^A-Za-z0-9_.])${a}\\.`)] as const);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown>;
    if (o.kind === "Ident" && typeof o.name === "string") {
      for (const [a, re] of patterns) if (re.test(o.name)) found.add(a);
      return;
    }
    if (o.kind === "SelectorExpr" && (o.x as { kind?: string; name?: string }).kind === "Ident") {
      const name = (o.x as { name: string }).name;
      if (aliases.includes(name)) found.add(name);
    }
    if (o.kind === "BasicLit" || o.kind === "CommentGroup") return;
    for (const k in o) if (k !== "javaLoc") visit(o[k]);
  };
  visit(node);
  return found;
}

/** Drops statements `keep` rejects, anywhere in the IR (blocks, closures, cases). */
export function pruneStmts(root: unknown, keep: (s: go.Stmt) => boolean): void {
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) {
        const x = n[i] as { kind?: string };
        if (x && typeof x === "object" && typeof x.kind === "string" && !keep(x as go.Stmt)) n.splice(i, 1);
        else visit(x);
      }
      return;
    }
    const o = n as Record<string, unknown>;
    for (const k in o) if (k !== "javaLoc") visit(o[k]);
  };
  visit(root);
}
