// The Go shape of every source type, decided once before any body is translated: type and member
// names (exported by visibility, overloads renamed), which classes need virtual dispatch, which
// interfaces become func types, and which Go package each Java package lands in.

import type { ClassDecl, EnumDecl, Member, Node } from "../../parse/ast.js";
import type { SemanticModel } from "../../semantic/index.js";
import { erasureKey, substitute, upperOf } from "../../semantic/type-ops.js";
import type { JType, MethodSymbol, TypeSymbol } from "../../semantic/types.js";
import { exported, packageFor, unexported, type GoPackage } from "./names.js";

export interface ClassInfo {
  sym: TypeSymbol;
  /** The struct (class, enum, record) or interface name. */
  goName: string;
  pkg: GoPackage;
  /** A class whose static type is an interface (`<Name>I`) because subclasses or constant bodies override it. */
  poly: boolean;
  /** A Java interface lowered to a Go func type (single abstract method, never implemented by a named class). */
  func?: MethodSymbol;
  /**
   * The one abstract method of an interface that stays a Go interface (classes implement it) but that
   * lambdas or method references also implement: they become the adapter func type `<Name>Func`.
   */
  lambdaMethod?: MethodSymbol;
  /** The direct source superclass, when there is one. */
  superInfo?: ClassInfo;
  /** The JDK superclass (only throwables are supported), e.g. `java.lang.RuntimeException`. */
  jdkSuper?: string;
  /** An anonymous class (a `new T() {…}` body or an enum constant body). */
  anonymous?: boolean;
  /** Type parameters of enclosing generic classes an inner class uses; Go gives them to the inner type too. */
  outerParams: string[];
}

/** Methods whose Go names the runtime relies on (jrt.ToString, Equals, HashCode, Compare, WithResource, Throwable). */
const OBJECT_T: JType = { kind: "class", fqn: "java.lang.Object", args: [] };

const RUNTIME_NAMES: Record<string, string> = {
  "toString/0": "ToString",
  "equals/1": "Equals",
  "hashCode/0": "HashCode",
  "compareTo/1": "CompareTo",
  "close/0": "Close",
  "getMessage/0": "GetMessage",
};

export class Layout {
  private readonly infos = new Map<string, ClassInfo>();
  private readonly family = new Map<string, string>();
  /** Overload groups (signature keys joined by `|`) per family and name, in naming order. */
  private readonly overloads = new Map<string, string[]>();
  private readonly methodNames = new Map<MethodSymbol, string>();
  readonly subclasses = new Map<string, TypeSymbol[]>();
  /** Java package → Go package, after merging packages that import each other. */
  private readonly pkgMap = new Map<string, GoPackage>();

  constructor(
    readonly model: SemanticModel,
    /** Anonymous class bodies by the FQN the model gave them (their symbols carry no declaration). */
    private readonly anonDecls: Map<string, Node>,
    merged: Map<string, string> = new Map(),
    /** Source interfaces some lambda or method reference implements. */
    lambdaTargets: Set<string> = new Set(),
  ) {
    const types = model.sourceTypes();
    for (const t of types) {
      for (const s of this.sourceSupers(t)) {
        const list = this.subclasses.get(s.fqn) ?? [];
        list.push(t);
        this.subclasses.set(s.fqn, list);
        this.union(t.fqn, s.fqn);
      }
    }
    for (const t of types) {
      const javaPkg = merged.get(t.pkg) ?? t.pkg;
      let pkg = this.pkgMap.get(javaPkg);
      if (!pkg) {
        pkg = packageFor(javaPkg);
        this.pkgMap.set(javaPkg, pkg);
      }
      this.pkgMap.set(t.pkg, pkg);
      this.infos.set(t.fqn, { sym: t, goName: typeGoName(t), pkg, poly: false, outerParams: [] });
    }
    for (const info of this.infos.values()) {
      const t = info.sym;
      const subs = this.subclasses.get(t.fqn) ?? [];
      if (t.kind === "class") info.poly = t.abstract || subs.some((s) => s.kind === "class" || s.kind === "enum");
      if (t.kind === "enum") info.poly = (t.decl as EnumDecl | undefined)?.constants.some((c) => c.body) ?? false;
      info.anonymous = this.anonDecls.has(t.fqn);
      if (t.kind === "interface") info.func = this.functional(t, subs);
      if (t.kind === "interface" && !info.func && lambdaTargets.has(t.fqn)) info.lambdaMethod = this.singleAbstract(t);
      const sup = t.superclass?.kind === "class" ? t.superclass.fqn : undefined;
      if (sup && this.infos.has(sup)) info.superInfo = this.infos.get(sup);
      else if (sup && sup !== "java.lang.Object" && sup !== "java.lang.Enum" && sup !== "java.lang.Record") info.jdkSuper = sup;
    }
    for (const info of this.infos.values()) info.outerParams = this.enclosingParams(info.sym);
    // An anonymous class in a generic method uses the method's type variables too: Go gives them to its struct.
    for (const info of this.infos.values()) {
      if (info.anonymous) info.outerParams.push(...this.enclosingMethodParams(info.sym).filter((n) => !info.outerParams.includes(n)));
    }
    // Overload sets per inheritance family, so an override keeps the name of what it overrides.
    const sigs = new Map<string, Set<string>>();
    for (const t of types) {
      for (const m of t.methods) {
        if (m.name === "<init>") continue;
        const key = `${this.root(t.fqn)}#${m.static ? "s:" + t.fqn + ":" : ""}${m.name}`;
        const set = sigs.get(key) ?? new Set<string>();
        set.add(signatureKey(m));
        sigs.set(key, set);
      }
    }
    for (const [key, set] of sigs) this.overloads.set(key, groupSignatures([...set].sort(compareSignatures)));
    for (const t of types) for (const m of t.methods) for (const p of m.params) this.noteErasedView(p, m);
    for (const t of types) for (const x of [...t.fields.map((f) => f.type), ...t.methods.flatMap((m) => [...m.params, m.returnType])]) this.noteWildcardUse(x);
  }

  /**
   * Generic source classes Go declares without their type parameters, as javac erases them: each
   * type variable is its bound (`Subscription<E extends Event>` → `Main_Subscription`, E as
   * `Main_Event`), and a use converts (checked) between the bound and the Java type argument. A
   * wildcard instantiation in a field or method signature (`List<Subscription<?>>`) asks one slot
   * to hold every instantiation, which Go's invariant generics cannot; only leaf classes without
   * generic source supertypes or inner classes are erased (no overrides or bridges to keep apart).
   */
  readonly erasedClasses = new Set<string>();

  private noteWildcardUse(t: JType): void {
    if (t.kind === "array") return this.noteWildcardUse(t.elem);
    if (t.kind === "wildcard" && t.bound) return this.noteWildcardUse(t.bound);
    if (t.kind !== "class") return;
    for (const a of t.args) this.noteWildcardUse(a);
    const info = this.infos.get(t.fqn);
    if (!info || !t.args.some((a) => a.kind === "wildcard") || !this.erasable(info)) return;
    this.erasedClasses.add(t.fqn);
  }

  private erasable(info: ClassInfo): boolean {
    const sym = info.sym;
    if (sym.kind !== "class" || !sym.typeParams.length || info.poly || info.anonymous || info.outerParams.length) return false;
    if (this.subclasses.get(sym.fqn)?.length || this.sourceSupers(sym).some((s) => s.typeParams.length)) return false;
    return ![...this.infos.values()].some((x) => x.sym.outer === sym.fqn && x.outerParams.length);
  }

  /** A class of erasedClasses: its own type variables are no Go type parameters. */
  erased(fqn: string): boolean {
    return this.erasedClasses.has(fqn);
  }

  /**
   * Source interfaces that a generic method takes with its own type variable as argument
   * (`<R> R accept(Visitor<R> v)` is Go's `Accept(v Visitor[any]) any`): a class implementing
   * `Visitor<Integer>` reaches it through the view `<Visitor>Erased` (its methods convert), which
   * exists only when every method mentions the interface's type variables as whole types.
   */
  readonly erasedViews = new Set<string>();

  private noteErasedView(p: JType, m: MethodSymbol): void {
    const own = m.typeParams.map((x) => x.name);
    if (p.kind !== "class" || !typeVarNames(p).some((n) => own.includes(n))) return;
    const info = this.infos.get(p.fqn);
    if (!info || info.sym.kind !== "interface" || info.func || info.outerParams.length || this.sourceSupers(info.sym).length) return;
    const vars = info.sym.typeParams.map((x) => x.name);
    const whole = (t: JType): boolean => (t.kind === "typevar" && vars.includes(t.name)) || !typeVarNames(t).some((n) => vars.includes(n));
    const viewable = info.sym.methods.every((x) => x.static || x.access === "private" || (!x.typeParams.length && !x.varargs && whole(x.returnType) && x.params.every(whole)));
    if (viewable) this.erasedViews.add(p.fqn);
  }

  /** The declaration node of a type: its class declaration, or the `new` expression / enum constant of an anonymous class. */
  declOf(t: TypeSymbol): Node | undefined {
    return t.decl ?? this.anonDecls.get(t.fqn);
  }

  info(fqn: string): ClassInfo | undefined {
    return this.infos.get(fqn);
  }

  all(): ClassInfo[] {
    return [...this.infos.values()];
  }

  packageOf(javaPkg: string): GoPackage {
    return this.pkgMap.get(javaPkg) ?? packageFor(javaPkg);
  }

  /** Direct supertypes declared in the sources. */
  sourceSupers(t: TypeSymbol): TypeSymbol[] {
    const out: TypeSymbol[] = [];
    for (const s of [t.superclass, ...t.interfaces]) {
      if (s?.kind !== "class") continue;
      const sym = this.model.lookupType(s.fqn);
      if (sym && sym.origin !== "jdk" && sym.origin !== "opaque") out.push(sym);
    }
    return out;
  }

  /** Every supertype (source and JDK), nearest first, each once. */
  allSupers(t: TypeSymbol): TypeSymbol[] {
    const out: TypeSymbol[] = [];
    const seen = new Set<string>();
    const visit = (s: JType | undefined): void => {
      if (s?.kind !== "class" || seen.has(s.fqn)) return;
      seen.add(s.fqn);
      const sym = this.model.lookupType(s.fqn);
      if (!sym) return;
      out.push(sym);
      visit(sym.superclass);
      for (const i of sym.interfaces) visit(i);
    };
    visit(t.superclass);
    for (const i of t.interfaces) visit(i);
    return out;
  }

  /** The type arguments `t` gives supertype `target` (through the declared supertypes, substituted), if it reaches it. */
  superArgs(t: TypeSymbol, target: string, seen = new Set<string>()): JType[] | undefined {
    if (seen.has(t.fqn)) return undefined;
    seen.add(t.fqn);
    for (const s of [t.superclass, ...t.interfaces]) {
      if (s?.kind !== "class") continue;
      if (s.fqn === target) return s.args;
      const sym = this.model.lookupType(s.fqn);
      if (!sym) continue;
      const found = this.superArgs(sym, target, seen);
      if (found) return found.map((a) => substitute(a, { names: sym.typeParams.map((p) => p.name), types: sym.typeParams.map((_, i) => s.args[i] ?? OBJECT_T) }));
    }
    return undefined;
  }

  /** The type arguments a value of Java type `t` gives its supertype `target` (a type variable: through its bound). */
  argsAsSupertype(t: JType, target: string): JType[] | undefined {
    if (t.kind === "wildcard") return this.argsAsSupertype(upperOf(t), target);
    if (t.kind === "typevar") return this.argsAsSupertype(t.bounds?.[0] ?? OBJECT_T, target);
    if (t.kind !== "class") return undefined;
    if (t.fqn === target) return t.args;
    const sym = this.model.lookupType(t.fqn);
    const found = sym && this.superArgs(sym, target);
    return found?.map((a) => substitute(a, { names: sym!.typeParams.map((p) => p.name), types: sym!.typeParams.map((_, i) => t.args[i] ?? OBJECT_T) }));
  }

  /** The Go name of a source method: a func `<Type>_<name>` when static, else a method name. */
  methodName(m: MethodSymbol): string {
    const known = this.methodNames.get(m);
    if (known) return known;
    const owner = this.infos.get(m.owner);
    let name: string;
    const key = `${m.name}/${m.params.length}`;
    const runtime = Object.hasOwn(RUNTIME_NAMES, key) ? RUNTIME_NAMES[key] : undefined;
    if (runtime && !m.static) name = runtime;
    else {
      const sigs = owner ? this.overloads.get(`${this.root(m.owner)}#${m.static ? "s:" + m.owner + ":" : ""}${m.name}`) : undefined;
      const i = sigs ? Math.max(0, sigs.findIndex((g) => g.split("|").includes(signatureKey(m)))) : 0;
      const suffix = i > 0 ? m.params.map(typeSuffix).join("") || String(i) : "";
      if (m.static) name = `${owner?.goName ?? "X"}_${m.name}${suffix}`;
      else if (this.overridesJdk(m) || m.access === "public" || m.access === "protected" || owner?.sym.kind === "interface") name = exported(m.name) + suffix;
      else name = unexported(m.name) + suffix;
    }
    this.methodNames.set(m, name);
    return name;
  }

  /**
   * The package-level generic function `<Owner>_<name>[classParams…, methodParams…](this, …)` an
   * instance method becomes when Go's erasure of its own type variables would lose types: Go has
   * no method type parameters, and erasing `R` inside `Function<T, R>` or `Box<R>` (unlike a bare
   * `R`, which a checked conversion recovers) gives types no argument or caller has. Only a
   * method with a body that nothing in the sources overrides can be called this way (no dispatch).
   */
  genericFunction(m: MethodSymbol): string | undefined {
    const owner = this.infos.get(m.owner);
    if (!owner || m.static || !m.typeParams.length || m.abstract || !m.decl || owner.anonymous) return undefined;
    // A source-type bound would be a Go constraint, which the erased method (all `any`) could not instantiate.
    if (m.typeParams.some((p) => p.bounds.some((b) => b.kind === "class" && this.infos.has(b.fqn)))) return undefined;
    const own = m.typeParams.map((p) => p.name);
    const nested = (t: JType): boolean => !(t.kind === "typevar" && own.includes(t.name)) && typeVarNames(t).some((n) => own.includes(n));
    if (![...m.params, m.returnType].some(nested)) return undefined;
    for (const info of this.infos.values()) {
      if (info === owner || !this.allSupers(info.sym).some((s) => s.fqn === m.owner)) continue;
      if (info.sym.methods.some((x) => x.name === m.name && x.params.length === m.params.length && !x.static)) return undefined;
    }
    return owner.sym.kind === "interface" ? `${owner.goName}_${m.name}` : `${owner.goName}_${this.methodName(m)}`;
  }

  /** Constructor function and init-method names (`NewFoo`, `InitFoo`, with a suffix for overloads). */
  ctorNames(info: ClassInfo, ctor: MethodSymbol | undefined): { newFn: string; initFn: string } {
    const ctors = info.sym.methods.filter((m) => m.name === "<init>");
    const sorted = [...new Set(ctors.map(signatureKey))].sort(compareSignatures);
    const i = ctor ? sorted.indexOf(signatureKey(ctor)) : 0;
    const suffix = i > 0 ? ctor!.params.map(typeSuffix).join("") || String(i) : "";
    return { newFn: `New${info.goName}${suffix}`, initFn: `Init${info.goName}${suffix}` };
  }

  /** The package-level Go name of a static field: `<Class>_<name>`, with `_` when a static method has the same name. */
  staticFieldName(info: ClassInfo, name: string): string {
    const clash = info.sym.methods.some((m) => m.static && m.name === name);
    return `${info.goName}_${name}${clash ? "_" : ""}`;
  }

  /** The Go name of an instance field: by visibility, with `_` when a method of the family has the same name. */
  fieldName(owner: string, name: string, access: string): string {
    const base = access === "public" || access === "protected" ? exported(name) : unexported(name);
    const t = this.infos.get(owner);
    if (!t) return base;
    const clash = (sym: TypeSymbol): boolean => sym.methods.some((m) => !m.static && m.name !== "<init>" && this.methodName(m) === base);
    const fam = [t.sym, ...this.allSupers(t.sym)];
    for (const sub of this.subclasses.get(owner) ?? []) fam.push(sub);
    return fam.some(clash) || base === "ToString" ? base + "_" : base;
  }

  private overridesJdk(m: MethodSymbol): boolean {
    const owner = this.model.lookupType(m.owner);
    if (!owner) return false;
    return this.allSupers(owner).some(
      (s) => (s.origin === "jdk" || s.origin === "opaque") && s.methods.some((x) => x.name === m.name && x.params.length === m.params.length && !x.static),
    );
  }

  /** The type variables of the method whose body declares anonymous class `t`. */
  private enclosingMethodParams(t: TypeSymbol): string[] {
    const node = this.anonDecls.get(t.fqn);
    const outer = t.outer ? this.model.lookupType(t.outer) : undefined;
    const m = node && outer?.methods.find((x) => x.decl && x.decl.start <= node.start && node.end <= x.decl.end);
    return m ? m.typeParams.map((p) => p.name) : [];
  }

  private enclosingParams(t: TypeSymbol): string[] {
    if (!t.inner || !t.outer) return [];
    const o = this.infos.get(t.outer);
    if (!o) return [];
    return [...this.enclosingParams(o.sym), ...o.sym.typeParams.map((p) => p.name)];
  }

  /** All Go type parameter names of a source type: enclosing classes' first, then its own. */
  goTypeParams(info: ClassInfo): string[] {
    return [...info.outerParams, ...this.ownGoTypeParams(info.sym).map((p) => p.name)];
  }

  /** A source type's own type parameters that Go declares (none for an erased class). */
  ownGoTypeParams(sym: TypeSymbol): TypeSymbol["typeParams"] {
    return this.erasedClasses.has(sym.fqn) ? [] : sym.typeParams;
  }

  private functional(t: TypeSymbol, subs: TypeSymbol[]): MethodSymbol | undefined {
    if (this.sourceSupers(t).length || t.interfaces.length) return undefined;
    const abstract = t.methods.filter((m) => m.abstract && !m.static);
    if (abstract.length !== 1 || t.methods.some((m) => m.default) || abstract[0]!.typeParams.length) return undefined;
    const convertible = (s: TypeSymbol): boolean => {
      if (!/\$\d+$/.test(s.fqn) || s.kind !== "class") return false;
      const members = anonymousMembers(this.declOf(s));
      return members !== undefined && members.length === 1 && members[0]!.kind === "MethodDecl";
    };
    return subs.every(convertible) ? abstract[0] : undefined;
  }

  /** The one abstract method of an interface without source superinterfaces. */
  private singleAbstract(t: TypeSymbol): MethodSymbol | undefined {
    if (this.sourceSupers(t).length) return undefined;
    const abstract = t.methods.filter((m) => m.abstract && !m.static && !m.default);
    return abstract.length === 1 && !abstract[0]!.typeParams.length ? abstract[0] : undefined;
  }

  private root(fqn: string): string {
    let r = fqn;
    while (this.family.has(r) && this.family.get(r) !== r) r = this.family.get(r)!;
    return r;
  }

  private union(a: string, b: string): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.family.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** The body members of an anonymous class declaration node (a `NewExpr` or an enum constant). */
export function anonymousMembers(decl: Node | undefined): Member[] | undefined {
  if (!decl) return undefined;
  if (decl.kind === "NewExpr" || decl.kind === "EnumConstant") return decl.body;
  if (decl.kind === "ClassDecl") return (decl as ClassDecl).members;
  return undefined;
}

/** `Outer.Inner` → `Outer_Inner`; anonymous `Main$1` → `Main_1`. */
function typeGoName(t: TypeSymbol): string {
  const local = t.pkg ? t.fqn.slice(t.pkg.length + 1) : t.fqn;
  return exported(local.replace(/[.$]/g, "_"));
}

/** The type variables a type mentions. */
export function typeVarNames(t: JType): string[] {
  switch (t.kind) {
    case "typevar":
      return [t.name];
    case "array":
      return typeVarNames(t.elem);
    case "class":
      return t.args.flatMap(typeVarNames);
    case "wildcard":
      return t.bound ? typeVarNames(t.bound) : [];
    default:
      return [];
  }
}

/** Erased parameter types, `*` where a type variable stands (an override may fill it in). */
function signatureKey(m: MethodSymbol): string {
  return m.params.map((p) => (p.kind === "typevar" ? "*" : erasureKey(p))).join(",");
}

/**
 * Overload groups of one name in one family: signatures that differ only where a type variable
 * stands are one method (an override in a generic subtype), joined with `|`.
 */
function groupSignatures(sorted: string[]): string[] {
  const groups: string[][] = [];
  const fits = (a: string, b: string): boolean => {
    const x = a.split(",");
    const y = b.split(",");
    return a === b || (x.length === y.length && a !== "" && x.every((p, i) => p === y[i] || p === "*" || y[i] === "*"));
  };
  for (const sig of sorted) {
    const g = groups.find((list) => list.every((other) => fits(other, sig)));
    if (g) g.push(sig);
    else groups.push([sig]);
  }
  return groups.map((g) => g.join("|"));
}

function compareSignatures(a: string, b: string): number {
  const na = a === "" ? 0 : a.split(",").length;
  const nb = b === "" ? 0 : b.split(",").length;
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

function typeSuffix(t: JType): string {
  const key = erasureKey(t);
  const simple = key.replace(/\[\]/g, "Arr").split(".").pop()!;
  return exported(simple.replace(/[^A-Za-z0-9]/g, ""));
}
