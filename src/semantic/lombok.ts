// Lombok expansion: adds the members Lombok's annotation processor would generate, so code that
// calls `getId()` or `Order.builder()` resolves without running a Java build. Annotations are
// recognised by resolved FQN; generated members carry `origin: "lombok"`.

import type { Annotation, ElementValue, FieldDecl } from "../parse/ast.js";
import type { Declarer, SourceInfo } from "./declare.js";
import { syntheticMethod } from "./declare.js";
import { BOOLEAN, INT, OBJECT, STRING, cls, rawClass } from "./type-ops.js";
import type { FieldSymbol, JType, MethodSymbol, TypeSymbol } from "./types.js";
import { VOID } from "./types.js";

const LOGGERS: Record<string, string> = {
  "lombok.extern.slf4j.Slf4j": "org.slf4j.Logger",
  "lombok.extern.slf4j.XSlf4j": "org.slf4j.ext.XLogger",
  "lombok.extern.log4j.Log4j2": "org.apache.logging.log4j.Logger",
  "lombok.extern.log4j.Log4j": "org.apache.log4j.Logger",
  "lombok.extern.apachecommons.CommonsLog": "org.apache.commons.logging.Log",
  "lombok.extern.java.Log": "java.util.logging.Logger",
  "lombok.extern.jbosslog.JBossLog": "org.jboss.logging.Logger",
};

/** Annotations of a declaration by resolved FQN. */
function annotationsByFqn(annotations: Annotation[], info: SourceInfo, host: Declarer): Map<string, Annotation> {
  const out = new Map<string, Annotation>();
  for (const a of annotations) {
    const fqn = host.resolver.annotation(a, info.outerScope);
    if (fqn && fqn.startsWith("lombok.")) out.set(fqn, a);
  }
  return out;
}

function stringArg(a: Annotation | undefined, name: string): string | undefined {
  const v = a?.args.find((x) => x.name === name)?.value;
  return v && v.kind === "Literal" && typeof v.value === "string" ? v.value : undefined;
}

function boolArg(a: Annotation | undefined, name: string): boolean | undefined {
  const v = a?.args.find((x) => x.name === name)?.value;
  return v && v.kind === "Literal" && typeof v.value === "boolean" ? v.value : undefined;
}

/** `AccessLevel.NONE` turns generation off for that member. */
function isNone(a: Annotation | undefined): boolean {
  const v: ElementValue | undefined = a?.args.find((x) => x.name === "value")?.value;
  return v !== undefined && v.kind === "FieldAccess" && v.name === "NONE";
}

/** Declares the nested `XBuilder` type of a `@Builder`/`@SuperBuilder` class so other types can name it. */
export function declareLombokTypes(info: SourceInfo, host: Declarer): void {
  const decl = info.decl;
  if (!decl || decl.kind !== "ClassDecl") return;
  if (!decl.modifiers.annotations.some((a) => a.name.endsWith("Builder"))) return;
  const anns = annotationsByFqn(decl.modifiers.annotations, info, host);
  const builder = anns.get("lombok.Builder") ?? anns.get("lombok.experimental.SuperBuilder");
  if (!builder) return;
  const sym = info.sym;
  const name = stringArg(builder, "builderClassName") ?? `${sym.name}Builder`;
  const fqn = `${sym.fqn}.${name}`;
  const bsym: TypeSymbol = {
    fqn,
    name,
    pkg: sym.pkg,
    kind: "class",
    typeParams: sym.typeParams.map((p) => ({ name: p.name, bounds: p.bounds })),
    superclass: OBJECT,
    interfaces: [],
    fields: [],
    methods: [],
    nested: [],
    outer: sym.fqn,
    inner: false,
    abstract: false,
    final: false,
    access: "public",
    origin: "lombok",
  };
  sym.nested.push(fqn);
  host.registerSynthetic(bsym, info);
}

interface FieldInfo {
  f: FieldSymbol;
  decl: FieldDecl | undefined;
  initialized: boolean;
  anns: Map<string, Annotation>;
}

/** Adds the Lombok-generated members of a source class (after its declared members exist). */
export function expandLombok(info: SourceInfo, host: Declarer): void {
  const decl = info.decl;
  if (!decl || (decl.kind !== "ClassDecl" && decl.kind !== "EnumDecl")) return;
  const sym = info.sym;
  const cAnns = annotationsByFqn(decl.modifiers.annotations, info, host);
  const fields: FieldInfo[] = [];
  let anyFieldAnn = false;
  for (const f of sym.fields) {
    if (f.static || f.origin !== "source") continue;
    const fd = f.decl as FieldDecl | undefined;
    const anns = fd && fd.modifiers.annotations.length ? annotationsByFqn(fd.modifiers.annotations, info, host) : new Map<string, Annotation>();
    if (anns.size) anyFieldAnn = true;
    const d = fd?.declarators.find((x) => x.name === f.name);
    fields.push({ f, decl: fd, initialized: d?.init !== undefined, anns });
  }
  if (!cAnns.size && !anyFieldAnn) return;

  const self: JType = info.sym.typeParams.length ? host.registry.selfType(sym) : rawClass(sym.fqn);
  const accessors = cAnns.get("lombok.experimental.Accessors");
  const fluent = boolArg(accessors, "fluent") === true;
  const chain = fluent || boolArg(accessors, "chain") === true;
  const data = cAnns.has("lombok.Data");
  const value = cAnns.has("lombok.Value");
  if (value) {
    sym.final = true;
    for (const fi of fields) fi.f.final = true;
  }
  const classGetter = cAnns.get("lombok.Getter");
  const classSetter = cAnns.get("lombok.Setter");
  const add = (m: MethodSymbol) => {
    const exists = sym.methods.some(
      (x) => x.params.length === m.params.length && x.name.toLowerCase() === m.name.toLowerCase() && (m.name !== "<init>" || sameErasure(x.params, m.params)),
    );
    if (!exists) sym.methods.push(m);
  };
  const method = (name: string, params: JType[], names: string[], ret: JType, d?: FieldDecl) =>
    syntheticMethod(sym, name, params, names, ret, "public", "lombok", d);

  for (const fi of fields) {
    const { f } = fi;
    const getter = fi.anns.get("lombok.Getter") ?? classGetter;
    if ((getter || data || value) && !isNone(getter)) add(method(getterName(f, fluent), [], [], f.type, fi.decl));
    const setter = fi.anns.get("lombok.Setter") ?? classSetter;
    if ((setter || data) && !f.final && !isNone(setter)) {
      add(method(setterName(f, fluent), [f.type], [f.name], chain ? self : VOID, fi.decl));
    }
    if (fi.anns.has("lombok.With") || cAnns.has("lombok.With")) add(method(`with${capitalise(baseName(f))}`, [f.type], [f.name], self, fi.decl));
  }

  if (data || value || cAnns.has("lombok.ToString")) add(method("toString", [], [], STRING));
  if (data || value || cAnns.has("lombok.EqualsAndHashCode")) {
    add(method("equals", [OBJECT], ["o"], BOOLEAN));
    add(method("hashCode", [], [], INT));
    const canEqual = method("canEqual", [OBJECT], ["other"], BOOLEAN);
    canEqual.access = "protected";
    add(canEqual);
  }

  const logger = [...cAnns.keys()].map((k) => LOGGERS[k]).find((x) => x);
  if (logger) {
    host.resolver.typeByFqn(logger);
    sym.fields.push({ name: "log", owner: sym.fqn, type: rawClass(logger), static: true, final: true, access: "private", origin: "lombok" });
  }

  const explicitCtor = sym.methods.some((m) => m.name === "<init>" && m.origin === "source" && m.decl !== undefined);
  const ctorAnns = ["lombok.NoArgsConstructor", "lombok.AllArgsConstructor", "lombok.RequiredArgsConstructor"];
  const anyCtorAnn = ctorAnns.some((a) => cAnns.has(a));
  const all = fields.filter((fi) => !(fi.f.final && fi.initialized));
  const required = fields.filter((fi) => (fi.f.final && !fi.initialized) || (fi.anns.has("lombok.NonNull") && !fi.initialized));
  const builder = cAnns.get("lombok.Builder") ?? cAnns.get("lombok.experimental.SuperBuilder");
  const ctor = (fs: FieldInfo[], a: Annotation | undefined) => {
    const staticName = stringArg(a, "staticName");
    const params = fs.map((x) => x.f.type);
    const names = fs.map((x) => x.f.name);
    const m = method("<init>", params, names, rawClass(sym.fqn));
    if (staticName) {
      m.access = "private";
      const factory = method(staticName, params, names, self);
      factory.static = true;
      factory.typeParams = sym.typeParams;
      add(factory);
    }
    add(m);
  };
  // The implicit default constructor goes away once Lombok declares any constructor.
  const dropDefault = () => {
    sym.methods = sym.methods.filter((m) => !(m.name === "<init>" && m.decl === undefined && m.origin === "source" && m.params.length === 0));
  };
  if (anyCtorAnn || ((data || value || builder) && !explicitCtor)) dropDefault();
  if (cAnns.has("lombok.NoArgsConstructor")) ctor([], cAnns.get("lombok.NoArgsConstructor"));
  if (cAnns.has("lombok.AllArgsConstructor")) ctor(all, cAnns.get("lombok.AllArgsConstructor"));
  if (cAnns.has("lombok.RequiredArgsConstructor")) ctor(required, cAnns.get("lombok.RequiredArgsConstructor"));
  if (!explicitCtor && !anyCtorAnn) {
    if (value || builder) ctor(all, undefined);
    else if (data) ctor(required, cAnns.get("lombok.Data"));
  }

  if (builder) expandBuilder(info, host, builder, all, self);
}

function expandBuilder(info: SourceInfo, host: Declarer, builder: Annotation, fields: FieldInfo[], self: JType): void {
  const sym = info.sym;
  const name = stringArg(builder, "builderClassName") ?? `${sym.name}Builder`;
  const bsym = host.registry.sourceType(`${sym.fqn}.${name}`);
  if (!bsym) return;
  const btype: JType = bsym.typeParams.length ? host.registry.selfType(bsym) : rawClass(bsym.fqn);
  const superBuilder = builder.name.endsWith("SuperBuilder");
  if (superBuilder && sym.superclass && sym.superclass.kind === "class") {
    // @SuperBuilder builders extend the parent's builder, so inherited setters resolve.
    const parent = host.registry.lookup(sym.superclass.fqn);
    const parentBuilder = parent?.nested.find((n) => n.endsWith("Builder") && host.registry.lookup(n)?.origin === "lombok");
    if (parentBuilder) bsym.superclass = rawClass(parentBuilder);
  }
  for (const fi of fields) {
    bsym.methods.push(syntheticMethod(bsym, fi.f.name, [fi.f.type], [fi.f.name], btype, "public", "lombok", fi.decl));
  }
  bsym.methods.push(syntheticMethod(bsym, stringArg(builder, "buildMethodName") ?? "build", [], [], self, "public", "lombok"));
  bsym.methods.push(syntheticMethod(bsym, "toString", [], [], STRING, "public", "lombok"));
  bsym.methods.push(syntheticMethod(bsym, "<init>", [], [], rawClass(bsym.fqn), "package", "lombok"));
  const factory = syntheticMethod(sym, stringArg(builder, "builderMethodName") ?? "builder", [], [], btype, "public", "lombok");
  factory.static = true;
  factory.typeParams = sym.typeParams;
  sym.methods.push(factory);
  if (boolArg(builder, "toBuilder")) sym.methods.push(syntheticMethod(sym, "toBuilder", [], [], btype, "public", "lombok"));
  // A generic builder's `builder()` is generic in the class's type parameters.
  if (bsym.typeParams.length) factory.returnType = cls(bsym.fqn, bsym.typeParams.map((p) => ({ kind: "typevar", name: p.name, owner: sym.fqn, bounds: p.bounds })));
}

function sameErasure(a: JType[], b: JType[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.kind !== y.kind) return false;
    if (x.kind === "class" && y.kind === "class" && x.fqn !== y.fqn) return false;
    if (x.kind === "prim" && y.kind === "prim" && x.name !== y.name) return false;
  }
  return true;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A boolean field `isActive` keeps its name for the getter and drops `is` for the setter. */
function baseName(f: FieldSymbol): string {
  if (isPrimBoolean(f.type) && /^is[A-Z]/.test(f.name)) return f.name.slice(2);
  return f.name;
}

function isPrimBoolean(t: JType): boolean {
  return t.kind === "prim" && t.name === "boolean";
}

function getterName(f: FieldSymbol, fluent: boolean): string {
  if (fluent) return f.name;
  return (isPrimBoolean(f.type) ? "is" : "get") + capitalise(baseName(f));
}

function setterName(f: FieldSymbol, fluent: boolean): string {
  return fluent ? f.name : "set" + capitalise(baseName(f));
}
