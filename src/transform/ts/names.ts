// Member and local names in the emitted TypeScript: overloads get distinct names from their erased
// parameter types (`add$int`, `add$String`), fields that clash with a method or a JS built-in are
// suffixed, JS reserved words are escaped; every rename is recorded for the report.

import type { FieldSymbol, JType, MethodSymbol } from "../../semantic/types.js";
import type { TsProgram } from "./context.js";

const RESERVED = new Set([
  "arguments", "await", "debugger", "delete", "eval", "export", "function", "in", "let", "of", "typeof", "var", "with", "yield", "undefined",
  "NaN", "Infinity", "constructor", "prototype", "jrt", "jrtx", "Symbol", "Object", "Array", "Number", "Math", "BigInt", "String", "Error", "Map", "Set",
  "any", "unknown", "never", "type", "namespace", "module", "declare", "infer", "keyof", "readonly", "is", "as", "async", "get", "set",
]);

/** Names a class's static side already has in JS (Function.prototype). */
const STATIC_BUILTINS = new Set(["name", "length", "caller", "arguments", "prototype", "apply", "call", "bind"]);

/** A local or parameter name that is safe in TS. */
export function localName(name: string): string {
  return RESERVED.has(name) ? name + "$" : name;
}

function erasedName(t: JType): string {
  switch (t.kind) {
    case "prim":
      return t.name;
    case "class":
      return t.fqn.slice(t.fqn.lastIndexOf(".") + 1);
    case "array":
      return erasedName(t.elem) + "Arr";
    case "typevar":
      return t.bounds?.[0] ? erasedName(t.bounds[0]) : "Object";
    default:
      return "Object";
  }
}

const erasedSig = (m: MethodSymbol): string => m.params.map(erasedName).join(",");

/** Method names of JDK supertypes that a source method keeps when it overrides them. */
const JDK_RENAMES: Record<string, string> = { "java.util.Iterator.next": "nextValue" };

export class Naming {
  /** Source method names declared with more than one erased signature somewhere in the project. */
  private readonly overloaded = new Set<string>();
  private readonly methodNames = new Map<MethodSymbol, string>();
  private readonly fieldNames = new Map<FieldSymbol, string>();

  constructor(private readonly prog: TsProgram) {
    const sigs = new Map<string, Set<string>>();
    for (const t of prog.model.sourceTypes()) {
      for (const m of t.methods) {
        // JDK overrides count too: a same-named method beside one (printStackTrace(PrintWriter) next to
        // the override printStackTrace(PrintStream)) must not take the JDK name a second time.
        if (m.name === "<init>") continue;
        const key = m.name;
        let s = sigs.get(key);
        if (!s) sigs.set(key, (s = new Set()));
        s.add(m.params.map(erasedName).join(","));
      }
    }
    for (const [name, s] of sigs) if (s.size > 1) this.overloaded.add(name);
  }

  /**
   * The JDK method a source method overrides: same name and arity on a JDK supertype, and the same
   * erased parameter types when the JDK overloads that name at that arity.
   */
  jdkOverride(m: MethodSymbol): MethodSymbol | undefined {
    if (m.static || m.name === "<init>") return undefined;
    const match = this.jdkMatch(m);
    if (!match) return undefined;
    // A TS class has one method per name: of several overrides of one JDK name (append(char) and
    // append(CharSequence, int, int)), the first keeps it and the others are named as overloads.
    const first = this.prog.model.lookupType(m.owner)?.methods.find((x) => x.name === m.name && !x.static && this.jdkMatch(x));
    return first === undefined || first === m ? match : undefined;
  }

  private jdkMatch(m: MethodSymbol): MethodSymbol | undefined {
    const same = this.prog.allMethods(m.owner).filter((j) => j.origin === "jdk" && j.name === m.name && j.params.length === m.params.length && !j.static);
    const sigOf = (x: MethodSymbol) => x.params.map(erasedName).join(",");
    if (new Set(same.map(sigOf)).size < 2) return same[0];
    return same.find((j) => sigOf(j) === sigOf(m));
  }

  methodName(m: MethodSymbol): string {
    let n = this.methodNames.get(m);
    if (n !== undefined) return n;
    const jdk = this.jdkOverride(m);
    const overridden = jdk || !this.overloaded.has(m.name) ? undefined : this.sourceOverride(m);
    if (jdk) n = JDK_RENAMES[`${jdk.owner}.${jdk.name}`] ?? m.name;
    else if (overridden) n = this.methodName(overridden);
    else if (this.overloaded.has(m.name)) n = `${m.name}$${m.params.map(erasedName).join("$")}`;
    else if (RESERVED.has(m.name) || (m.static && STATIC_BUILTINS.has(m.name))) n = m.name + "$";
    else n = m.name;
    if (n !== m.name) this.prog.renames.push({ javaClass: m.owner, member: `${m.name}(${m.params.map(erasedName).join(", ")})`, tsName: n, why: jdk ? "JDK method" : this.overloaded.has(m.name) ? "overload" : "reserved name" });
    this.methodNames.set(m, n);
    return n;
  }

  /**
   * The source method `m` overrides when their erasures differ (`save(Employee)` implementing
   * `save(T)` of `Repository<ID, T extends Identified<ID>>`): the override takes its name.
   */
  private sourceOverride(m: MethodSymbol): MethodSymbol | undefined {
    if (m.static || m.name === "<init>") return undefined;
    const own = erasedSig(m);
    return this.prog.allMethods(m.owner).find(
      (x) =>
        x.owner !== m.owner && x.origin === "source" && x.name === m.name && !x.static && x.access !== "private" && erasedSig(x) !== own &&
        x.params.length === m.params.length && x.params.every((p, i) => p.kind === "typevar" || erasedName(p) === erasedName(m.params[i]!)),
    );
  }

  /**
   * `$init` for the only constructor, `$init$<params>` when a class has several; classes below a
   * source superclass add their depth (`$init1`) so a subclass's constructors never have to be
   * signature-compatible with the superclass's (they do not override each other in Java either).
   */
  ctorName(m: MethodSymbol): string {
    const owner = this.prog.model.lookupType(m.owner);
    const ctors = owner?.methods.filter((x) => x.name === "<init>") ?? [];
    const base = "$init" + this.depthSuffix(m.owner);
    return ctors.length > 1 ? `${base}$${m.params.map(erasedName).join("$")}` : base;
  }

  /** "" for a class without a source superclass, else its depth below the topmost source class. */
  depthSuffix(fqn: string): string {
    let depth = 0;
    for (let s = this.prog.classOf(fqn)?.sym; s; s = this.prog.sourceSuper(s)?.sym) depth++;
    return depth > 1 ? String(depth - 1) : "";
  }

  fieldName(f: FieldSymbol): string {
    let n = this.fieldNames.get(f);
    if (n !== undefined) return n;
    n = f.name;
    const hides = this.hidesField(f);
    // A class extending a runtime collection inherits TS members Java does not have (capacity(), kind…).
    const runtimeBase = !f.static && this.prog.classOf(f.owner)?.mode === "native";
    const clash = (f.static && STATIC_BUILTINS.has(n)) || RESERVED.has(n) || runtimeBase || this.methodNameInHierarchy(f.owner, n);
    if (hides) {
      // Java keeps a hidden superclass field separate; in JS one object has one property per name.
      n = `${f.name}$${this.prog.classOf(f.owner)?.tsName ?? ""}`;
      this.prog.renames.push({ javaClass: f.owner, member: f.name, tsName: n, why: "field hides a superclass field" });
    } else if (clash) {
      // A method with a reserved name is escaped the same way (`type$()`), an overload without
      // parameters is `isPk$()` beside `isPk$String()`: then the field takes one more `$`.
      n = f.name + ((RESERVED.has(f.name) || this.overloaded.has(f.name)) && this.methodNameInHierarchy(f.owner, f.name) ? "$$" : "$");
      this.prog.renames.push({ javaClass: f.owner, member: f.name, tsName: n, why: "field shares a name with a method or JS built-in" });
    }
    this.fieldNames.set(f, n);
    return n;
  }

  private hidesField(f: FieldSymbol): boolean {
    if (f.static) return false;
    for (let s = this.prog.sourceSuper(this.prog.classOf(f.owner)?.sym ?? ({} as never)); s; s = this.prog.sourceSuper(s.sym)) {
      if (s.sym.fields.some((x) => x.name === f.name && !x.static)) return true;
    }
    return false;
  }

  private methodNameInHierarchy(owner: string, name: string): boolean {
    if (this.prog.allMethods(owner).some((m) => m.name === name)) return true;
    for (const t of this.prog.model.sourceTypes()) if (t.fqn !== owner && t.methods.some((m) => m.name === name) && this.prog.isSubtype(t.fqn, owner)) return true;
    return false;
  }
}
