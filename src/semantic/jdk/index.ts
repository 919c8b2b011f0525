// The bundled JDK model: signatures of the commonly used JDK types as `TypeSymbol`s, decoded lazily
// from the generated table in jdk-model.data.ts (see scripts/gen-jdk-model.ts for how to regenerate).

import type { Access, FieldSymbol, JType, MethodSymbol, TypeKind, TypeParamSymbol, TypeSymbol } from "../types.js";
import { CLASSES, JDK_VERSION, TYPES } from "./jdk-model.data.js";

export interface JdkModel {
  /** A JDK type by canonical name (`java.util.Map.Entry`); undefined when the model does not cover it. */
  getType(fqn: string): TypeSymbol | undefined;
  /** True when the package, or a subpackage of it, has types in the model (`java`, `java.util`). */
  hasPackage(pkg: string): boolean;
  /** Top-level simple names in a package, sorted, for on-demand imports like `java.util.*`. */
  typesInPackage(pkg: string): string[];
  /** Canonical names of every type in the model, sorted. */
  typeNames(): string[];
  /** The `javap -version` the table was generated with. */
  readonly version: string;
}

// Decoded symbols are cached and shared between callers: treat them as read-only.
//
// Encoding, produced by scripts/gen-jdk-model.ts:
//   type     := Z|B|C|S|I|J|F|D|V | '[' type | 'L' idx ('<' targ+ '>')? ';' | 'T' ident ';'
//   targ     := '*' | '+' type | '-' type | type
//   tparams  := tparam (',' tparam)*        tparam := ident (':' type)*   (no bound = Object)
//   record   := header '|' tparams '|' super '|' interfaces '|' nested '|' enumConstants ('|' member)*
//   member   := 'f' flags '~' name '~' type ('~' const)? | 'm' flags '~' name '~' msig ('~' paramNames)?
//   msig     := ('<' tparams '>')? '(' type* ')' type ('^' type)*

const PRIMS = {
  Z: "boolean",
  B: "byte",
  C: "char",
  S: "short",
  I: "int",
  J: "long",
  F: "float",
  D: "double",
} as const;

const KINDS: Record<string, TypeKind> = { c: "class", i: "interface", e: "enum", r: "record", a: "annotation" };

let cached: JdkModel | undefined;

/** The JDK model, built on first use; types decode on first `getType`. */
export function loadJdkModel(): JdkModel {
  return (cached ??= new Model());
}

class Model implements JdkModel {
  readonly version = JDK_VERSION;
  /** fqn -> key into TYPES (`pkg/Simple.Nested`). */
  private readonly keys = new Map<string, string>();
  private readonly pkgTypes = new Map<string, string[]>();
  private readonly packages = new Set<string>();
  private readonly decoded = new Map<string, TypeSymbol>();
  private classTable: string[] | undefined;

  constructor() {
    for (const key of Object.keys(TYPES)) {
      const slash = key.indexOf("/");
      const pkg = key.slice(0, slash);
      const simple = key.slice(slash + 1);
      this.keys.set(`${pkg}.${simple}`, key);
      if (simple.includes(".")) continue;
      let list = this.pkgTypes.get(pkg);
      if (!list) {
        this.pkgTypes.set(pkg, (list = []));
        for (let p = pkg; !this.packages.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf(".")))) {
          this.packages.add(p);
          if (!p.includes(".")) break;
        }
      }
      list.push(simple);
    }
    for (const list of this.pkgTypes.values()) list.sort();
  }

  getType(fqn: string): TypeSymbol | undefined {
    const hit = this.decoded.get(fqn);
    if (hit) return hit;
    // Binary names (`java.util.Map$Entry`) are accepted too; JDK type names never contain `$` otherwise.
    if (fqn.includes("$")) return this.getType(fqn.replace(/\$/g, "."));
    const key = this.keys.get(fqn);
    if (key === undefined) return undefined;
    const sym = this.decode(key);
    this.decoded.set(fqn, sym);
    return sym;
  }

  hasPackage(pkg: string): boolean {
    return this.packages.has(pkg);
  }

  typesInPackage(pkg: string): string[] {
    return [...(this.pkgTypes.get(pkg) ?? [])];
  }

  typeNames(): string[] {
    return [...this.keys.keys()].sort();
  }

  /** Canonical name for a class-table index. */
  className(idx: string): string {
    this.classTable ??= CLASSES.split(" ");
    const name = this.classTable[parseInt(idx, 36)];
    if (name === undefined) throw new Error(`jdk model: bad class index ${idx}`);
    return name;
  }

  private decode(key: string): TypeSymbol {
    const slash = key.indexOf("/");
    const pkg = key.slice(0, slash);
    const simple = key.slice(slash + 1);
    const fqn = `${pkg}.${simple}`;
    const dot = simple.lastIndexOf(".");
    const outer = dot >= 0 ? `${pkg}.${simple.slice(0, dot)}` : undefined;
    const parts = TYPES[key]!.split("|");
    const header = parts[0]!;
    const flags = header.slice(1);
    const kind = KINDS[header[0]!] ?? "class";

    // Type variables resolve to the innermost declaration: method, then this type, then enclosing types.
    const classVars = new Set<string>();
    const scope: Scope = { model: this, fqn, method: undefined, vars: classVars };
    for (const p of parts[1]!.split(",")) if (p) classVars.add(p.slice(0, idxOr(p.indexOf(":"), p.length)));
    const typeParams = parts[1] ? parseTParams(parts[1], scope) : [];
    const superclass = parts[2] ? new Reader(parts[2], scope).type() : undefined;
    const interfaces = parts[3] ? new Reader(parts[3], scope).types() : [];
    const nested = parts[4] ? parts[4].split(",").map((n) => `${fqn}.${n}`) : [];
    const enumConstants = parts[5] ? parts[5].split(",") : undefined;

    const fields: FieldSymbol[] = [];
    const methods: MethodSymbol[] = [];
    for (let i = 6; i < parts.length; i++) {
      const rec = parts[i]!.split("~");
      const mflags = rec[0]!.slice(1);
      const name = rec[1]!;
      const access: Access = mflags.includes("P") ? "protected" : "public";
      if (rec[0]![0] === "f") {
        const type = new Reader(rec[2]!, scope).type();
        const field: FieldSymbol = {
          name,
          owner: fqn,
          type,
          static: mflags.includes("S"),
          final: mflags.includes("F"),
          access,
          origin: "jdk",
        };
        if (rec[3] !== undefined) decodeConst(field, rec[3]);
        fields.push(field);
      } else {
        methods.push(decodeMethod(this, fqn, classVars, name, mflags, access, rec[2]!, rec[3]));
      }
    }

    const sym: TypeSymbol = {
      fqn,
      name: dot >= 0 ? simple.slice(dot + 1) : simple,
      pkg,
      kind,
      typeParams,
      interfaces,
      fields,
      methods,
      nested,
      inner: flags.includes("N"),
      abstract: flags.includes("A"),
      final: flags.includes("F"),
      access: flags.includes("P") ? "protected" : "public",
      origin: "jdk",
    };
    if (superclass) sym.superclass = superclass;
    if (outer) sym.outer = outer;
    if (enumConstants) sym.enumConstants = enumConstants;
    return sym;
  }

  /** Owner of type variable `name` seen from type `fqn`, walking enclosing types. */
  varOwner(fqn: string, name: string): string {
    for (let t: string | undefined = fqn; t; ) {
      const key = this.keys.get(t);
      if (!key) break;
      const tp = TYPES[key]!;
      const start = tp.indexOf("|") + 1;
      const list = tp.slice(start, tp.indexOf("|", start));
      if (list.split(",").some((p) => p === name || p.startsWith(name + ":"))) return t;
      t = t.slice(0, Math.max(0, t.lastIndexOf(".")));
    }
    return fqn;
  }
}

function idxOr(i: number, dflt: number): number {
  return i < 0 ? dflt : i;
}

interface Scope {
  model: Model;
  fqn: string;
  /** `Type#method` when decoding a method signature. */
  method: string | undefined;
  /** Names declared by the method (when `method` is set) or by the type. */
  vars: Set<string>;
  classVars?: Set<string>;
}

function decodeMethod(
  model: Model,
  fqn: string,
  classVars: Set<string>,
  name: string,
  flags: string,
  access: Access,
  sig: string,
  names: string | undefined,
): MethodSymbol {
  const owner = `${fqn}#${name}`;
  let body = sig;
  let tparamText = "";
  if (sig[0] === "<") {
    const close = matchingAngle(sig);
    tparamText = sig.slice(1, close);
    body = sig.slice(close + 1);
  }
  const vars = new Set<string>();
  for (const p of tparamText.split(",")) if (p) vars.add(p.slice(0, idxOr(p.indexOf(":"), p.length)));
  const scope: Scope = { model, fqn, method: owner, vars, classVars };
  const typeParams = tparamText ? parseTParams(tparamText, scope) : [];
  const r = new Reader(body, scope);
  r.expect("(");
  const params: JType[] = [];
  while (r.peek() !== ")") params.push(r.type());
  r.expect(")");
  const returnType = r.type();
  const throws: JType[] = [];
  while (r.peek() === "^") {
    r.pos++;
    throws.push(r.type());
  }
  return {
    name,
    owner: fqn,
    typeParams,
    params,
    paramNames: names ? names.split(",") : params.map((_, i) => `arg${i}`),
    varargs: flags.includes("V"),
    returnType,
    throws,
    static: flags.includes("S"),
    abstract: flags.includes("A"),
    default: flags.includes("D"),
    access,
    origin: "jdk",
  };
}

/** Index of the `>` closing the `<` at position 0, skipping nested type arguments. */
function matchingAngle(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "<") depth++;
    else if (s[i] === ">" && --depth === 0) return i;
  }
  throw new Error(`jdk model: unbalanced ${s}`);
}

/** `K,V:L3;` -> type parameters; the comma only separates at nesting depth 0. */
function parseTParams(text: string, scope: Scope): TypeParamSymbol[] {
  const out: TypeParamSymbol[] = [];
  const r = new Reader(text, scope);
  while (r.pos < text.length) {
    const start = r.pos;
    while (r.pos < text.length && text[r.pos] !== ":" && text[r.pos] !== ",") r.pos++;
    const tp: TypeParamSymbol = { name: text.slice(start, r.pos), bounds: [] };
    while (text[r.pos] === ":") {
      r.pos++;
      tp.bounds.push(r.type());
    }
    if (text[r.pos] === ",") r.pos++;
    out.push(tp);
  }
  return out;
}

class Reader {
  pos = 0;
  constructor(
    private readonly s: string,
    private readonly scope: Scope,
  ) {}

  peek(): string | undefined {
    return this.s[this.pos];
  }

  expect(c: string): void {
    if (this.s[this.pos++] !== c) throw new Error(`jdk model: expected ${c} at ${this.pos - 1} in ${this.s}`);
  }

  types(): JType[] {
    const out: JType[] = [];
    while (this.pos < this.s.length) out.push(this.type());
    return out;
  }

  type(): JType {
    const c = this.s[this.pos++]!;
    switch (c) {
      case "V":
        return { kind: "void" };
      case "[":
        return { kind: "array", elem: this.type() };
      case "T": {
        const end = this.s.indexOf(";", this.pos);
        const name = this.s.slice(this.pos, end);
        this.pos = end + 1;
        return { kind: "typevar", name, owner: this.owner(name) };
      }
      case "L": {
        const start = this.pos;
        while (this.s[this.pos] !== ";" && this.s[this.pos] !== "<") this.pos++;
        const fqn = this.scope.model.className(this.s.slice(start, this.pos));
        const args: JType[] = [];
        if (this.s[this.pos] === "<") {
          this.pos++;
          while (this.s[this.pos] !== ">") args.push(this.arg());
          this.pos++;
        }
        this.expect(";");
        return { kind: "class", fqn, args };
      }
      default: {
        const name = PRIMS[c as keyof typeof PRIMS];
        if (!name) throw new Error(`jdk model: bad type char ${c} in ${this.s}`);
        return { kind: "prim", name };
      }
    }
  }

  private arg(): JType {
    const c = this.s[this.pos];
    if (c === "*") {
      this.pos++;
      return { kind: "wildcard", super: false };
    }
    if (c === "+" || c === "-") {
      this.pos++;
      return { kind: "wildcard", bound: this.type(), super: c === "-" };
    }
    return this.type();
  }

  private owner(name: string): string {
    const { scope } = this;
    if (scope.method && scope.vars.has(name)) return scope.method;
    if (!scope.method && scope.vars.has(name)) return scope.fqn;
    if (scope.classVars?.has(name)) return scope.fqn;
    return scope.model.varOwner(scope.fqn, name);
  }
}

function decodeConst(field: FieldSymbol, text: string): void {
  const t = field.type;
  if (t.kind !== "prim") {
    field.constValue = decodeURIComponent(text);
    return;
  }
  switch (t.name) {
    case "boolean":
      field.constValue = text === "true";
      return;
    case "long":
      // A JS number cannot hold every long (Long.MAX_VALUE); keep the exact literal alongside.
      field.constValue = Number(text);
      field.constLiteral = `${text}L`;
      return;
    case "float":
      field.constValue = Math.fround(Number(text));
      return;
    default:
      // int, short, byte, double, and char as its UTF-16 code unit.
      field.constValue = Number(text);
  }
}
