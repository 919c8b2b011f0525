// Turns type declarations into TypeSymbols in two steps: names first (so every type can be
// referenced), then headers and member signatures, including the implicit members of enums and
// records and the Lombok-generated ones.

import type {
  ClassType,
  ConstructorDecl,
  Member,
  MethodDecl,
  Modifiers,
  Node,
  Param,
  TypeDecl,
  TypeParam,
} from "../parse/ast.js";
import { declareLombokTypes, expandLombok } from "./lombok.js";
import type { TypeRegistry } from "./registry.js";
import { OBJECT, STRING, cls, rawClass } from "./type-ops.js";
import type { FileContext, TypeResolver, TypeScope } from "./type-resolver.js";
import type { Access, FieldSymbol, JType, MethodSymbol, Origin, TypeKind, TypeParamSymbol, TypeSymbol } from "./types.js";

/** Everything the model keeps about a source type besides its symbol. */
export interface SourceInfo {
  sym: TypeSymbol;
  /** Absent for anonymous classes. */
  decl: TypeDecl | undefined;
  members: Member[];
  /** The scope the declaration appears in. */
  outerScope: TypeScope;
  /** The class body's scope: type parameters and member types. */
  bodyScope: TypeScope;
  headerDone: boolean;
}

const KIND: Record<TypeDecl["kind"], TypeKind> = {
  ClassDecl: "class",
  InterfaceDecl: "interface",
  EnumDecl: "enum",
  RecordDecl: "record",
  AnnotationTypeDecl: "annotation",
};

export class Declarer {
  readonly infos = new Map<string, SourceInfo>();
  /** Method and constructor symbols by declaration, with the scope their bodies see. */
  readonly methodSyms = new WeakMap<Node, MethodSymbol>();
  readonly methodScopes = new WeakMap<Node, TypeScope>();
  readonly fieldSyms = new WeakMap<Node, FieldSymbol[]>();

  constructor(
    readonly registry: TypeRegistry,
    readonly resolver: TypeResolver,
    /** `library` declares the bundled third-party stubs: not source packages, never duplicated. */
    readonly origin: "source" | "library" = "source",
  ) {
    // A second declarer (the library's) handles its own types and passes the rest on.
    const previous = registry.ensureHeader;
    registry.ensureHeader = (sym) => {
      const info = this.infos.get(sym.fqn);
      if (!info) previous(sym);
      else if (!info.headerDone) this.header(info);
    };
  }

  /** Declares the unit's top-level types and their member types, names only. */
  declareUnit(file: FileContext): SourceInfo[] {
    const out: SourceInfo[] = [];
    const fileScope: TypeScope = { parent: undefined, file };
    if (this.origin === "library") {
      for (const decl of file.unit.types) this.declareType(decl, file.pkg ? `${file.pkg}.${decl.name}` : decl.name, file.pkg, undefined, fileScope, out);
      return out;
    }
    let pkgTypes = this.registry.sourcePackages.get(file.pkg);
    if (!pkgTypes) {
      pkgTypes = new Map();
      this.registry.sourcePackages.set(file.pkg, pkgTypes);
    }
    for (const decl of file.unit.types) {
      const fqn = file.pkg ? `${file.pkg}.${decl.name}` : decl.name;
      if (!pkgTypes.has(decl.name)) pkgTypes.set(decl.name, fqn);
      // Another file already declares this name: keep both, under distinct identities.
      const key = this.registry.sourceType(fqn) ? this.registry.duplicateKey(fqn) : fqn;
      this.declareType(decl, key, file.pkg, undefined, fileScope, out, fqn);
    }
    return out;
  }

  /** Declares a member, local or top-level type and (recursively) its member types. */
  declareType(
    decl: TypeDecl,
    fqn: string,
    pkg: string,
    outer: TypeSymbol | undefined,
    outerScope: TypeScope,
    out: SourceInfo[],
    /** The canonical name when `fqn` is a duplicate's distinct identity. */
    declared?: string,
  ): SourceInfo {
    const flags = decl.modifiers.flags;
    if (declared === undefined && outer?.declaredFqn !== undefined) declared = `${outer.declaredFqn}.${decl.name}`;
    const kind = KIND[decl.kind];
    const outerIsInterface = outer !== undefined && (outer.kind === "interface" || outer.kind === "annotation");
    const sym: TypeSymbol = {
      fqn,
      name: decl.name,
      pkg,
      kind,
      typeParams: decl.typeParams.map((p) => ({ name: p.name, bounds: [] })),
      interfaces: [],
      fields: [],
      methods: [],
      nested: [],
      outer: outer?.fqn,
      inner: outer !== undefined && kind === "class" && !outerIsInterface && !flags.includes("static"),
      abstract: flags.includes("abstract") || kind === "interface" || kind === "annotation",
      final: flags.includes("final") || kind === "record" || (kind === "enum" && decl.kind === "EnumDecl" && !decl.constants.some((c) => c.body)),
      access: outerIsInterface ? "public" : accessOf(decl.modifiers),
      origin: "source",
      decl,
      file: outerScope.file.file,
    };
    if (declared !== undefined && declared !== fqn) {
      sym.declaredFqn = declared;
      this.registry.addDuplicate(declared, fqn, outerScope.file.file);
    }
    if (decl.kind === "EnumDecl") sym.enumConstants = decl.constants.map((c) => c.name);
    const info = this.register(sym, decl, decl.members, outerScope);
    out.push(info);
    for (const m of decl.members) {
      if (!isTypeDecl(m)) continue;
      const nestedFqn = `${fqn}.${m.name}`;
      sym.nested.push(nestedFqn);
      this.declareType(m, nestedFqn, pkg, sym, info.bodyScope, out);
    }
    declareLombokTypes(info, this);
    return info;
  }

  /** Declares an anonymous class (or enum constant body) extending or implementing `base`. */
  declareAnonymous(fqn: string, pkg: string, base: JType, members: Member[], outerScope: TypeScope, outer: TypeSymbol): SourceInfo {
    const baseSym = base.kind === "class" ? this.registry.lookup(base.fqn) : undefined;
    const isInterface = baseSym?.kind === "interface";
    const sym: TypeSymbol = {
      fqn,
      name: "",
      pkg,
      kind: "class",
      typeParams: [],
      superclass: isInterface ? OBJECT : base.kind === "class" ? base : OBJECT,
      interfaces: isInterface ? [base] : [],
      fields: [],
      methods: [],
      nested: [],
      outer: outer.fqn,
      inner: true,
      abstract: false,
      final: true,
      access: "private",
      origin: "source",
      file: outerScope.file.file,
    };
    const info = this.register(sym, undefined, members, outerScope);
    info.headerDone = true;
    const out: SourceInfo[] = [];
    for (const m of members) {
      if (!isTypeDecl(m)) continue;
      const nestedFqn = `${fqn}.${m.name}`;
      sym.nested.push(nestedFqn);
      this.declareType(m, nestedFqn, pkg, sym, info.bodyScope, out);
    }
    this.completeMembers(info);
    for (const o of out) this.completeMembers(o);
    return info;
  }

  /** Registers a synthetic member type (a Lombok builder) under `outer`. */
  registerSynthetic(sym: TypeSymbol, outerInfo: SourceInfo): SourceInfo {
    const info = this.register(sym, undefined, [], outerInfo.bodyScope);
    info.headerDone = true;
    return info;
  }

  private register(sym: TypeSymbol, decl: TypeDecl | undefined, members: Member[], outerScope: TypeScope): SourceInfo {
    if (this.origin === "library") {
      sym.origin = "library";
      this.registry.addLibrary(sym);
    } else this.registry.addSource(sym);
    const info: SourceInfo = {
      sym,
      decl,
      members,
      outerScope,
      bodyScope: { parent: outerScope, file: outerScope.file, cls: sym },
      headerDone: false,
    };
    this.infos.set(sym.fqn, info);
    return info;
  }

  /** Resolves type-parameter bounds and supertypes, in the scope outside the class body. */
  header(info: SourceInfo): void {
    info.headerDone = true;
    const decl = info.decl;
    const sym = info.sym;
    if (!decl) return;
    const r = this.resolver;
    // Supertypes see the type's own type parameters but not its member types (JLS §6.3).
    const names = new Map<string, JType>();
    const self = this.registry.selfType(sym);
    sym.typeParams.forEach((p, i) => names.set(p.name, self.args[i]));
    const scope: TypeScope = { parent: info.outerScope, file: info.outerScope.file, names };
    decl.typeParams.forEach((p, i) => {
      for (const b of p.bounds) sym.typeParams[i].bounds.push(r.resolve(b, scope));
    });
    const classTypes = (list: ClassType[]) => list.map((t) => r.classType(t, scope)).filter((t) => t.kind === "class");
    switch (decl.kind) {
      case "ClassDecl":
        if (decl.superclass) {
          const s = r.classType(decl.superclass, scope);
          if (s.kind === "class") sym.superclass = s;
        }
        sym.interfaces = classTypes(decl.interfaces);
        break;
      case "InterfaceDecl":
        sym.interfaces = classTypes(decl.extends);
        break;
      case "EnumDecl":
        sym.superclass = cls("java.lang.Enum", [rawClass(sym.fqn)]);
        sym.interfaces = classTypes(decl.interfaces);
        break;
      case "RecordDecl":
        sym.superclass = rawClass("java.lang.Record");
        sym.interfaces = classTypes(decl.interfaces);
        break;
      case "AnnotationTypeDecl":
        sym.interfaces = [rawClass("java.lang.annotation.Annotation")];
        break;
    }
  }

  /** Builds field, method and constructor symbols, the implicit ones, then Lombok's. */
  completeMembers(info: SourceInfo): void {
    const { sym, bodyScope: scope, decl } = info;
    const r = this.resolver;
    const isInterface = sym.kind === "interface" || sym.kind === "annotation";
    for (const a of decl?.modifiers.annotations ?? []) r.annotation(a, info.outerScope);
    let hasCtor = false;
    for (const m of info.members) {
      switch (m.kind) {
        case "FieldDecl": {
          for (const a of m.modifiers.annotations) r.annotation(a, scope);
          const base = r.resolve(m.type, scope);
          const flags = m.modifiers.flags;
          const syms: FieldSymbol[] = [];
          for (const d of m.declarators) {
            const f: FieldSymbol = {
              name: d.name,
              owner: sym.fqn,
              type: withDims(base, d.dims),
              static: isInterface || flags.includes("static"),
              final: isInterface || flags.includes("final"),
              access: isInterface ? "public" : accessOf(m.modifiers),
              origin: this.origin,
              decl: m,
            };
            if (f.final && d.init && d.init.kind === "Literal" && d.init.value !== null) f.constValue = d.init.value;
            syms.push(f);
            sym.fields.push(f);
          }
          this.fieldSyms.set(m, syms);
          break;
        }
        case "MethodDecl":
          sym.methods.push(this.method(m, sym, scope, isInterface));
          break;
        case "ConstructorDecl":
          hasCtor = true;
          sym.methods.push(this.method(m, sym, scope, false));
          break;
        default:
          break;
      }
    }
    if (decl?.kind === "RecordDecl") this.recordMembers(decl.components, sym, scope);
    if (decl?.kind === "EnumDecl") this.enumMembers(sym);
    if (!hasCtor && (sym.kind === "class" || sym.kind === "enum") && decl) {
      sym.methods.push(syntheticMethod(sym, "<init>", [], [], rawClass(sym.fqn), sym.kind === "enum" ? "private" : sym.access, this.origin));
    }
    if (decl) expandLombok(info, this);
  }

  private recordMembers(components: Param[], sym: TypeSymbol, scope: TypeScope): void {
    const types = components.map((c) => this.paramType(c, scope));
    components.forEach((c, i) => {
      sym.fields.push({ name: c.name, owner: sym.fqn, type: types[i], static: false, final: true, access: "private", origin: this.origin, decl: c });
      if (!sym.methods.some((m) => m.name === c.name && m.params.length === 0)) {
        sym.methods.push(syntheticMethod(sym, c.name, [], [], types[i], "public", this.origin, c));
      }
    });
    const canonical = sym.methods.find((m) => m.name === "<init>" && m.params.length === types.length && (m.decl as ConstructorDecl | undefined)?.compact !== true);
    const compact = sym.methods.find((m) => m.name === "<init>" && (m.decl as ConstructorDecl | undefined)?.compact === true);
    if (compact) {
      compact.params = types;
      compact.paramNames = components.map((c) => c.name);
    } else if (!canonical) {
      sym.methods.push(syntheticMethod(sym, "<init>", types, components.map((c) => c.name), rawClass(sym.fqn), "public", this.origin));
    }
  }

  private enumMembers(sym: TypeSymbol): void {
    const self = rawClass(sym.fqn);
    for (const c of sym.enumConstants ?? []) {
      sym.fields.push({ name: c, owner: sym.fqn, type: self, static: true, final: true, access: "public", origin: this.origin });
    }
    const values = syntheticMethod(sym, "values", [], [], { kind: "array", elem: self }, "public", this.origin);
    const valueOf = syntheticMethod(sym, "valueOf", [STRING], ["name"], self, "public", this.origin);
    values.static = valueOf.static = true;
    sym.methods.push(values, valueOf);
  }

  private method(m: MethodDecl | ConstructorDecl, sym: TypeSymbol, scope: TypeScope, isInterface: boolean): MethodSymbol {
    const name = m.kind === "ConstructorDecl" ? "<init>" : m.name;
    const r = this.resolver;
    for (const a of m.modifiers.annotations) r.annotation(a, scope);
    const { params: typeParams, scope: mscope } = this.typeParams(m.typeParams, `${sym.fqn}#${name}`, scope);
    const flags = m.modifiers.flags;
    const isStatic = flags.includes("static");
    const hasBody = m.kind === "ConstructorDecl" || m.body !== undefined;
    const ms: MethodSymbol = {
      name,
      owner: sym.fqn,
      typeParams,
      params: m.params.map((p) => this.paramType(p, mscope)),
      paramNames: m.params.map((p) => p.name),
      varargs: m.params.length > 0 && m.params[m.params.length - 1].varargs,
      returnType: m.kind === "ConstructorDecl" ? rawClass(sym.fqn) : r.resolve(m.returnType, mscope),
      throws: m.throws.map((t) => r.classType(t, mscope)),
      static: isStatic,
      abstract: flags.includes("abstract") || (isInterface && !hasBody && !isStatic),
      default: flags.includes("default"),
      access: isInterface && !flags.includes("private") ? "public" : accessOf(m.modifiers),
      origin: this.origin,
      decl: m,
    };
    for (const p of m.params) for (const a of p.modifiers.annotations) r.annotation(a, mscope);
    this.methodSyms.set(m, ms);
    this.methodScopes.set(m, mscope);
    return ms;
  }

  /** Type parameters of a method or constructor, and the scope in which they are visible. */
  typeParams(tps: TypeParam[], owner: string, scope: TypeScope): { params: TypeParamSymbol[]; scope: TypeScope } {
    if (!tps.length) return { params: [], scope };
    const names = new Map<string, JType>();
    const params: TypeParamSymbol[] = tps.map((p) => {
      const bounds: JType[] = [];
      names.set(p.name, { kind: "typevar", name: p.name, owner, bounds });
      return { name: p.name, bounds };
    });
    const inner: TypeScope = { parent: scope, file: scope.file, names };
    tps.forEach((p, i) => {
      for (const b of p.bounds) params[i].bounds.push(this.resolver.resolve(b, inner));
    });
    return { params, scope: inner };
  }

  paramType(p: Param, scope: TypeScope): JType {
    if (!p.type) return OBJECT;
    let t = withDims(this.resolver.resolve(p.type, scope), p.dims);
    if (p.varargs) t = { kind: "array", elem: t };
    return t;
  }
}

export function isTypeDecl(m: Member): m is TypeDecl {
  return m.kind === "ClassDecl" || m.kind === "InterfaceDecl" || m.kind === "EnumDecl" || m.kind === "RecordDecl" || m.kind === "AnnotationTypeDecl";
}

function accessOf(mods: Modifiers): Access {
  const f = mods.flags;
  if (f.includes("public")) return "public";
  if (f.includes("private")) return "private";
  if (f.includes("protected")) return "protected";
  return "package";
}

export function withDims(t: JType, dims: number): JType {
  for (let i = 0; i < dims; i++) t = { kind: "array", elem: t };
  return t;
}

export function syntheticMethod(
  sym: TypeSymbol,
  name: string,
  params: JType[],
  paramNames: string[],
  returnType: JType,
  access: Access,
  origin: Origin,
  decl?: Node,
): MethodSymbol {
  return {
    name,
    owner: sym.fqn,
    typeParams: [],
    params,
    paramNames,
    varargs: false,
    returnType,
    throws: [],
    static: false,
    abstract: false,
    default: false,
    access,
    origin,
    decl,
  };
}
