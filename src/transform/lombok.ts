// Lombok's generated accessors, for every target: the semantic model expands @Getter/@Setter/@Data
// into method symbols without bodies; a getter or setter reads or writes its backing field.

import type { FieldSymbol, MethodSymbol, TypeSymbol } from "../semantic/types.js";

/** The field a Lombok getter (`getX`/`isX`, no parameters) or setter (`setX`, one parameter) accesses. */
export function lombokField(sym: TypeSymbol, m: MethodSymbol): FieldSymbol | undefined {
  if (m.static || m.origin !== "lombok") return undefined;
  const match = /^(get|is|set)([A-Z].*)$/.exec(m.name);
  if (!match || (match[1] === "set") !== (m.params.length === 1) || m.params.length > 1) return undefined;
  const base = match[2]!;
  const name = base.charAt(0).toLowerCase() + base.slice(1);
  return sym.fields.find((f) => !f.static && (f.name === name || f.name === base));
}
