// Semantic types and symbols: what a Java name or expression *is*, independent of how it was
// written. Source types, the bundled JDK model and Lombok-generated members all become the same
// symbols, so rules and emitters never care where a member came from.

import type { Node, PrimitiveName } from "../parse/ast.js";

export type JType =
  | { kind: "prim"; name: PrimitiveName }
  | { kind: "void" }
  /** A class, interface, enum, record or annotation type, by fully qualified (canonical) name. */
  | { kind: "class"; fqn: string; args: JType[] }
  | { kind: "array"; elem: JType }
  /** A type variable; `owner` is the declaring type's FQN or `Type#method`. */
  | { kind: "typevar"; name: string; owner: string; bounds?: JType[] }
  | { kind: "wildcard"; bound?: JType; super: boolean }
  | { kind: "intersection"; types: JType[] }
  | { kind: "null" }
  /** Could not be worked out; `typedExpressions` does not count expressions of this type. */
  | { kind: "unknown" };

export type TypeKind = "class" | "interface" | "enum" | "record" | "annotation";

/**
 * Where a symbol came from: the user's source, the bundled JDK model, Lombok expansion, the
 * bundled third-party stubs (`src/semantic/library`), or a third-party import known only by name.
 */
export type Origin = "source" | "jdk" | "lombok" | "library" | "opaque";

export interface TypeParamSymbol {
  name: string;
  bounds: JType[];
}

export interface FieldSymbol {
  name: string;
  owner: string;
  type: JType;
  static: boolean;
  final: boolean;
  access: Access;
  origin: Origin;
  /** Compile-time constant value, when known (e.g. `Integer.MAX_VALUE`). */
  constValue?: string | number | boolean;
  /** Exact Java literal of a `long` constant (`9223372036854775807L`), which `constValue` as a JS number may round. */
  constLiteral?: string;
  decl?: Node;
}

export type Access = "public" | "protected" | "package" | "private";

export interface MethodSymbol {
  /** The method name; constructors are named `<init>`. */
  name: string;
  owner: string;
  typeParams: TypeParamSymbol[];
  params: JType[];
  paramNames: string[];
  varargs: boolean;
  returnType: JType;
  throws: JType[];
  static: boolean;
  abstract: boolean;
  /** An interface default method. */
  default: boolean;
  access: Access;
  origin: Origin;
  decl?: Node;
}

export interface TypeSymbol {
  /**
   * Canonical name: `java.util.Map.Entry`, `com.acme.Outer.Inner`. It is also the type's
   * identity (in `JType`s, member owners, `lookupType`), so when several source files declare
   * the same name, the second and later declarations get `Main$2`, `Main$3`… here and carry
   * the name as written in `declaredFqn`.
   */
  fqn: string;
  /** On the second and later declarations of a source name declared more than once: that shared name (the first keeps it as `fqn`). */
  declaredFqn?: string;
  /** The file a source or library type is declared in. */
  file?: string;
  /** Simple name. */
  name: string;
  /** The package, `""` for the default package. */
  pkg: string;
  kind: TypeKind;
  typeParams: TypeParamSymbol[];
  superclass?: JType;
  interfaces: JType[];
  fields: FieldSymbol[];
  methods: MethodSymbol[];
  /** FQNs of member types. */
  nested: string[];
  /** FQN of the enclosing type for a member type. */
  outer?: string;
  /** A non-static member (inner) class: it has an enclosing instance. */
  inner: boolean;
  abstract: boolean;
  final: boolean;
  access: Access;
  origin: Origin;
  /** Enum constants in declaration order. */
  enumConstants?: string[];
  decl?: Node;
}

export const UNKNOWN: JType = { kind: "unknown" };
export const NULL_TYPE: JType = { kind: "null" };
export const VOID: JType = { kind: "void" };

export function prim(name: PrimitiveName): JType {
  return { kind: "prim", name };
}

export function classType(fqn: string, args: JType[] = []): JType {
  return { kind: "class", fqn, args };
}

/** Java-like rendering of a type for messages and the report: `java.util.List<java.lang.String>`. */
export function typeToString(t: JType): string {
  switch (t.kind) {
    case "prim":
      return t.name;
    case "void":
      return "void";
    case "class":
      return t.args.length ? `${t.fqn}<${t.args.map(typeToString).join(", ")}>` : t.fqn;
    case "array":
      return `${typeToString(t.elem)}[]`;
    case "typevar":
      return t.name;
    case "wildcard":
      return t.bound ? `? ${t.super ? "super" : "extends"} ${typeToString(t.bound)}` : "?";
    case "intersection":
      return t.types.map(typeToString).join(" & ");
    case "null":
      return "null";
    case "unknown":
      return "?unknown";
  }
}

/** The kind of a local binding, so rules can tell a catch parameter from a loop variable. */
export type LocalKind = "local" | "foreach" | "catch" | "resource" | "pattern" | "lambda" | "for";

/** What a name, field access, call, instance creation or method reference refers to. */
export type Ref =
  | { kind: "local"; name: string; type: JType; localKind: LocalKind; decl: Node }
  | { kind: "param"; name: string; type: JType; decl: Node }
  | {
      kind: "field";
      field: FieldSymbol;
      /** The field's type as seen from the receiver (generic arguments substituted). */
      type: JType;
      /** Unqualified access through an enclosing instance or the class itself, not a written receiver. */
      implicit: boolean;
    }
  | {
      kind: "method";
      /** The chosen overload; a constructor (`<init>`) for `new` and `X::new`. */
      method: MethodSymbol;
      /** Parameter types after substitution and inference. */
      params: JType[];
      returnType: JType;
      /** Inferred or explicit type arguments of a generic method, in declaration order. */
      typeArgs: JType[];
      /** The call passes its trailing arguments as varargs (JLS §15.12.2.4 phase 3). */
      varargsCall: boolean;
      implicit: boolean;
    }
  | { kind: "type"; type: TypeSymbol }
  | { kind: "package"; name: string };
