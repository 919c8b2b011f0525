// Lowers java-parser's CST into the compact AST of ast.ts: one method per grammar rule, binary
// precedence rebuilt from java-parser's flat operator lists, names left unclassified.

import type * as A from "./ast.js";
import type { Cst, Tok } from "./java-parser-adapter.js";
import type { Locator } from "./locator.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { decodeChar, decodeFloat, decodeInteger, decodeString, decodeTextBlock } from "./literals.js";

type El = Cst | Tok;
const EMPTY: never[] = [];

function node(n: Cst | undefined, key: string): Cst | undefined {
  return n?.children[key]?.[0] as Cst | undefined;
}
function nodes(n: Cst | undefined, key: string): Cst[] {
  return (n?.children[key] ?? EMPTY) as Cst[];
}
function tok(n: Cst | undefined, key: string): Tok | undefined {
  return n?.children[key]?.[0] as Tok | undefined;
}
function toks(n: Cst | undefined, key: string): Tok[] {
  return (n?.children[key] ?? EMPTY) as Tok[];
}
/** The first token below `n` (rules such as `integralType` wrap exactly one token). */
function firstTok(n: Cst | undefined): Tok | undefined {
  let cur: El | undefined = n;
  while (cur && "children" in cur) {
    let next: El | undefined;
    for (const k in cur.children) {
      next = cur.children[k]?.[0];
      break;
    }
    cur = next;
  }
  return cur;
}
/**
 * Detaches a lowered subtree. The CST is alive while it is lowered, so every young-generation
 * collection during lowering would copy (and promote) all of it; dropping what is done lets
 * those collections free it instead.
 */
function release(n: Cst): void {
  n.children = RELEASED;
}
const RELEASED: Cst["children"] = Object.freeze({}) as Cst["children"];

/** Gives a node another position (a node widened to take in its annotations, say). */
function moveTo(n: A.Loc, at: A.Loc): void {
  n.start = at.start;
  n.end = at.end;
  n.line = at.line;
  n.col = at.col;
}

/**
 * Gives a node just built its position. The literal lists the four fields (as zeros) so V8 keeps
 * them inside the node object; added later or spread in, they would go to a separate property
 * array (16 bytes more per node).
 */
function placed<T extends A.Node>(node: T, at: A.Loc): T {
  moveTo(node, at);
  return node;
}

function startOf(e: El): number {
  return "children" in e ? e.location.startOffset : e.startOffset;
}

// Binary operator precedence (JLS §15.17–15.24); instanceof sits at the relational level.
const PREC: Record<string, number> = {
  "||": 3,
  "&&": 4,
  "|": 5,
  "^": 6,
  "&": 7,
  "==": 8,
  "!=": 8,
  "<": 9,
  ">": 9,
  "<=": 9,
  ">=": 9,
  "<<": 10,
  ">>": 10,
  ">>>": 10,
  "+": 11,
  "-": 11,
  "*": 12,
  "/": 12,
  "%": 12,
};
const INSTANCEOF_PREC = 9;

interface Part {
  name: string;
  isSuper: boolean;
  /** Type arguments after the name (`List<String>::new`). */
  typeArgs?: A.TypeArg[];
  /** Type arguments before the name (`Collections.<T>emptyList()`). */
  methodTypeArgs?: A.TypeArg[];
  annotations: A.Annotation[];
  start: number; // translated offset
  end: number; // translated offset, exclusive
}

/** Collected while lowering one file. */
export interface LowerContext {
  file: string;
  text: string; // the escape-translated text that was lexed
  locator: Locator;
  tokens: Tok[];
  comments: Tok[];
  diagnostics: Diagnostic[];
}

export class Lowering {
  private readonly L: Locator;
  private readonly diags: Diagnostic[];
  private lastGood = 0;
  /** int/long literals of magnitude 2^31/2^63: errors unless a unary minus consumes them. */
  private readonly minMagnitude = new Set<A.Literal>();

  constructor(private readonly cx: LowerContext) {
    this.L = cx.locator;
    this.diags = cx.diagnostics;
  }

  // -------------------------------------------------------------------------------------------
  // Locations

  /** Loc of translated range [start, endInclusive]; recovery can leave NaN offsets. */
  private locR(start: number, endInclusive: number): A.Loc {
    if (!(start >= 0)) start = this.lastGood;
    else this.lastGood = start;
    let end = endInclusive + 1;
    if (!(end >= start)) end = start;
    return this.L.loc(start, end);
  }
  private locN(n: Cst): A.Loc {
    return this.locR(n.location.startOffset, n.location.endOffset);
  }
  private locT(t: Tok): A.Loc {
    return this.locR(t.startOffset, t.endOffset);
  }
  private span(a: A.Loc, b: A.Loc): A.Loc {
    return { start: a.start, end: b.end >= a.start ? b.end : a.end, line: a.line, col: a.col };
  }

  private error(offset: number, code: "J2X1001" | "J2X1005", detail: string): void {
    const p = this.L.position(offset >= 0 ? offset : this.lastGood);
    this.diags.push(diagnostic(code, { file: this.cx.file, line: p.line, column: p.column }, { detail }));
  }

  private errorExpr(n: Cst | undefined, fallback?: Cst): A.ErrorExpr {
    const at = n ?? fallback;
    if (!at) return placed({ kind: "ErrorExpr", id: 0, text: "", start: 0, end: 0, line: 0, col: 0 }, this.L.loc(this.lastGood, this.lastGood));
    const s = at.location.startOffset;
    const e = at.location.endOffset;
    const text = s >= 0 && e >= s ? this.cx.text.slice(s, e + 1) : "";
    return placed({ kind: "ErrorExpr", id: 0, text, start: 0, end: 0, line: 0, col: 0 }, this.locN(at));
  }

  /** Runs `f` and turns a lowering bug on broken input into a J2X1005 instead of losing the file. */
  private guard<T>(n: Cst, what: string, f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      this.lowererBug(n, what, e);
      return undefined;
    }
  }

  private lowererBug(n: Cst, what: string, e: unknown): void {
    this.error(n.location.startOffset, "J2X1005", `${what} (${e instanceof Error ? e.message : String(e)})`);
  }

  // -------------------------------------------------------------------------------------------
  // Comments and Javadoc

  /** The last Javadoc between the previous token and the declaration starting at `start`. */
  private docBefore(start: number): string | undefined {
    const cs = this.cx.comments;
    if (cs.length === 0 || !(start >= 0)) return undefined;
    // Last comment ending before `start`.
    let lo = 0;
    let hi = cs.length - 1;
    if (cs[0]!.endOffset >= start) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cs[mid]!.endOffset < start) lo = mid;
      else hi = mid - 1;
    }
    const prevEnd = this.prevTokenEnd(start);
    for (let i = lo; i >= 0 && cs[i]!.startOffset > prevEnd; i--) {
      const img = cs[i]!.image;
      if (img.startsWith("/**") && img !== "/**/") return img;
    }
    return undefined;
  }

  /** End offset of the last token before `start`, or -1. */
  private prevTokenEnd(start: number): number {
    const ts = this.cx.tokens;
    let lo = 0;
    let hi = ts.length - 1;
    if (ts.length === 0 || ts[0]!.startOffset >= start) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ts[mid]!.startOffset < start) lo = mid;
      else hi = mid - 1;
    }
    return ts[lo]!.endOffset;
  }

  private lowerComments(): A.Comment[] {
    const out: A.Comment[] = [];
    for (const c of this.cx.comments) {
      const style = c.tokenType.name === "LineComment" ? "line" : c.image.startsWith("/**") && c.image !== "/**/" ? "javadoc" : "block";
      out.push(placed({ kind: "Comment", style, text: c.image, start: 0, end: 0, line: 0, col: 0 }, this.locT(c)));
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Compilation unit

  compilationUnit(root: Cst): A.CompilationUnit {
    const unit: A.CompilationUnit = placed({
      kind: "CompilationUnit",
      imports: [],
      types: [],
      comments: this.lowerComments(),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.L.loc(0, this.cx.text.length));
    const ord = node(root, "ordinaryCompilationUnit");
    const mod = node(root, "modularCompilationUnit");
    const body = ord ?? mod;
    for (const imp of nodes(body, "importDeclaration")) {
      const d = this.guard(imp, "import", () => this.importDecl(imp));
      if (d) unit.imports.push(d);
    }
    if (ord) {
      const pkg = node(ord, "packageDeclaration");
      if (pkg) {
        unit.package = placed({
          kind: "PackageDecl",
          name: this.dotted(toks(pkg, "Identifier")),
          annotations: nodes(pkg, "packageModifier").map((m) => this.annotation(node(m, "annotation")!)),
          start: 0,
          end: 0,
          line: 0,
          col: 0,
        }, this.locN(pkg));
      }
      for (const td of nodes(ord, "typeDeclaration")) {
        const c = node(td, "classDeclaration");
        const i = node(td, "interfaceDeclaration");
        if (c || i) {
          const d = this.guard(td, "type declaration", () => (c ? this.classDeclaration(c) : this.interfaceDeclaration(i!)));
          if (d) unit.types.push(d);
        } else if (node(td, "fieldDeclaration") || node(td, "methodDeclaration")) {
          this.error(td.location.startOffset, "J2X1005", "a field or method outside a class (implicitly declared class)");
        }
      }
    } else if (mod) {
      const md = node(mod, "moduleDeclaration");
      if (md) unit.moduleName = this.dotted(toks(md, "Identifier"));
    }
    for (const lit of this.minMagnitude) {
      const detail = `${lit.litKind === "int" ? "integer" : "long"} number too large: ${lit.raw}`;
      this.diags.push(diagnostic("J2X1001", { file: this.cx.file, line: lit.line, column: lit.col }, { detail }));
    }
    return unit;
  }

  private dotted(ids: Tok[]): string {
    if (ids.length === 1) return ids[0]!.image;
    let s = "";
    for (let i = 0; i < ids.length; i++) s += i === 0 ? ids[i]!.image : "." + ids[i]!.image;
    return s;
  }

  private importDecl(n: Cst): A.ImportDecl | undefined {
    const name = node(n, "packageOrTypeName");
    if (!name) return undefined; // a stray `;`
    return placed({
      kind: "ImportDecl",
      name: this.dotted(toks(name, "Identifier")),
      static: tok(n, "Static") !== undefined,
      onDemand: tok(n, "Star") !== undefined,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
  }

  // -------------------------------------------------------------------------------------------
  // Annotations and modifiers

  annotation(n: Cst): A.Annotation {
    const name = this.dotted(toks(node(n, "typeName"), "Identifier"));
    const args: A.AnnotationArg[] = [];
    const pairs = node(n, "elementValuePairList");
    if (pairs) {
      for (const p of nodes(pairs, "elementValuePair")) {
        args.push({ name: tok(p, "Identifier")?.image ?? "", value: this.elementValue(node(p, "elementValue"), p) });
      }
    } else {
      const v = node(n, "elementValue");
      if (v) args.push({ name: "value", value: this.elementValue(v, n) });
    }
    return placed({ kind: "Annotation", id: 0, name, args, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private elementValue(n: Cst | undefined, parent: Cst): A.ElementValue {
    if (!n) return this.errorExpr(undefined, parent);
    const c = node(n, "conditionalExpression");
    if (c) return this.conditional(c);
    const a = node(n, "annotation");
    if (a) return this.annotation(a);
    const arr = node(n, "elementValueArrayInitializer");
    if (arr) {
      const elements = nodes(node(arr, "elementValueList"), "elementValue").map((v) => this.elementValue(v, arr));
      return placed({ kind: "ElementArray", elements, start: 0, end: 0, line: 0, col: 0 }, this.locN(arr));
    }
    return this.errorExpr(n);
  }

  private annotations(ns: Cst[]): A.Annotation[] {
    if (ns.length === 0) return [];
    const out: A.Annotation[] = [];
    for (const a of ns) out.push(this.annotation(a));
    return out;
  }

  /** Modifier rules (`classModifier`, `methodModifier`, …) each hold one annotation or one keyword. */
  private modifiers(mods: Cst[], extra?: Cst[]): A.Modifiers {
    const flags: A.Modifier[] = [];
    const annotations: A.Annotation[] = [];
    for (const m of mods) {
      const a = node(m, "annotation");
      if (a) {
        annotations.push(this.annotation(a));
        continue;
      }
      for (const k in m.children) {
        const t = m.children[k]![0] as Tok;
        if (t.image) flags.push(t.image as A.Modifier);
        break;
      }
    }
    if (extra) for (const a of extra) annotations.push(this.annotation(a));
    return { flags, annotations };
  }

  // -------------------------------------------------------------------------------------------
  // Types

  private primitiveName(n: Cst): A.PrimitiveName {
    return (firstTok(n)?.image ?? "int") as A.PrimitiveName;
  }

  /** `unannType`: a type without leading annotations. */
  unannType(n: Cst | undefined, varAllowed = false): A.TypeNode {
    if (!n) return placed({ kind: "ClassType", id: 0, segments: [{ name: "", annotations: [] }], start: 0, end: 0, line: 0, col: 0 }, this.L.loc(this.lastGood, this.lastGood));
    const p = node(n, "unannPrimitiveTypeWithOptionalDimsSuffix");
    if (p) return this.primitiveWithDims(p);
    const r = node(n, "unannReferenceType")!;
    const ct = node(node(r, "unannClassOrInterfaceType"), "unannClassType")!;
    const t = this.classType(ct);
    if (varAllowed && t.segments.length === 1 && t.segments[0]!.name === "var" && !t.segments[0]!.typeArgs) {
      if (!node(r, "dims")) return placed({ kind: "VarType", id: 0, start: 0, end: 0, line: 0, col: 0 }, t);
    }
    return this.withDims(t, node(r, "dims"));
  }

  private primitiveWithDims(p: Cst): A.TypeNode {
    const prim = node(p, "unannPrimitiveType")!;
    const t: A.PrimitiveType = placed({ kind: "PrimitiveType", id: 0, name: this.primitiveName(prim), annotations: [], start: 0, end: 0, line: 0, col: 0 }, this.locN(prim));
    return this.withDims(t, node(p, "dims"));
  }

  /** `primitiveType` (may carry annotations). */
  private primitiveType(n: Cst): A.PrimitiveType {
    const anns = nodes(n, "annotation");
    const inner = node(n, "numericType") ?? n;
    const name = tok(n, "Boolean") ? "boolean" : this.primitiveName(inner);
    return placed({ kind: "PrimitiveType", id: 0, name, annotations: this.annotations(anns), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  /** Wraps `elem` in the array dimensions of a `dims` node plus `extra` plain `[]` pairs. */
  private withDims(elem: A.TypeNode, dims: Cst | undefined, extra = 0): A.TypeNode {
    if (!dims && extra === 0) return elem;
    let count = extra;
    let dimAnnotations: A.Annotation[][] | undefined;
    let end: A.Loc = elem;
    if (dims) {
      const ls = toks(dims, "LSquare");
      count += ls.length;
      const anns = nodes(dims, "annotation");
      if (anns.length > 0) {
        dimAnnotations = ls.map(() => [] as A.Annotation[]);
        for (const a of anns) {
          const at = a.location.startOffset;
          let i = 0;
          while (i < ls.length - 1 && ls[i]!.startOffset < at) i++;
          dimAnnotations[i]!.push(this.annotation(a));
        }
      }
      end = this.locN(dims);
    }
    if (elem.kind === "ArrayType") {
      // C-style dimensions after a name add to those after the type: `int[] a[]`.
      const merged: A.ArrayType = placed({ kind: "ArrayType", id: 0, elem: elem.elem, dims: elem.dims + count, start: 0, end: 0, line: 0, col: 0 }, this.span(elem, end));
      if (elem.dimAnnotations || dimAnnotations) {
        merged.dimAnnotations = [...(elem.dimAnnotations ?? new Array(elem.dims).fill([])), ...(dimAnnotations ?? new Array(count).fill([]))];
      }
      return merged;
    }
    const t: A.ArrayType = placed({ kind: "ArrayType", id: 0, elem, dims: count, start: 0, end: 0, line: 0, col: 0 }, this.span(elem, end));
    if (dimAnnotations) {
      if (count > dimAnnotations.length) dimAnnotations.push(...new Array<A.Annotation[]>(count - dimAnnotations.length).fill([]));
      t.dimAnnotations = dimAnnotations;
    }
    return t;
  }

  /**
   * `classType`, `unannClassType`, `classOrInterfaceTypeToInstantiate`: identifiers, type
   * arguments and annotations arrive in separate lists, so segments are rebuilt by offset.
   */
  classType(n: Cst, leading?: Cst[]): A.ClassType {
    const ids = toks(n, "Identifier");
    const segments: A.ClassTypeSegment[] = [];
    for (const id of ids) segments.push({ name: id.image, annotations: [] });
    if (segments.length === 0) segments.push({ name: "", annotations: [] });
    const tas = nodes(n, "typeArguments");
    for (const ta of tas) {
      const at = ta.location.startOffset;
      let i = 0;
      while (i + 1 < ids.length && ids[i + 1]!.startOffset < at) i++;
      segments[i]!.typeArgs = this.typeArguments(ta);
    }
    const diamondOrArgs = node(n, "typeArgumentsOrDiamond");
    if (diamondOrArgs) {
      const ta = node(diamondOrArgs, "typeArguments");
      // An empty type-argument list marks the diamond `<>`.
      segments[segments.length - 1]!.typeArgs = ta ? this.typeArguments(ta) : [];
    }
    const anns = nodes(n, "annotation");
    for (const a of anns) {
      const at = a.location.startOffset;
      let i = 0;
      while (i < ids.length - 1 && ids[i]!.startOffset < at) i++;
      segments[i]!.annotations.push(this.annotation(a));
    }
    if (leading) for (const a of leading) segments[0]!.annotations.push(this.annotation(a));
    return placed({ kind: "ClassType", id: 0, segments, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private classTypeOf(n: Cst | undefined): A.ClassType {
    // classOrInterfaceType / interfaceType / exceptionType wrap one classType.
    const ct = node(n, "classType") ?? n;
    if (!ct) return placed({ kind: "ClassType", id: 0, segments: [{ name: "", annotations: [] }], start: 0, end: 0, line: 0, col: 0 }, this.L.loc(this.lastGood, this.lastGood));
    return this.classType(ct);
  }

  private typeNameAsClassType(n: Cst): A.ClassType {
    const segments = toks(n, "Identifier").map((t) => ({ name: t.image, annotations: [] as A.Annotation[] }));
    return placed({ kind: "ClassType", id: 0, segments, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  /** `referenceType`: annotations, then a primitive with dims or a class type with optional dims. */
  referenceType(n: Cst): A.TypeNode {
    const anns = nodes(n, "annotation");
    const prim = node(n, "primitiveType");
    if (prim) {
      const p = this.primitiveType(prim);
      if (anns.length) p.annotations.unshift(...this.annotations(anns));
      if (anns.length) moveTo(p, this.locN(n));
      return this.withDims(p, node(n, "dims"));
    }
    const ct = node(node(n, "classOrInterfaceType"), "classType");
    const t = ct ? this.classType(ct, anns) : this.classTypeOf(undefined);
    if (anns.length) moveTo(t, this.span(this.locN(n), t));
    return this.withDims(t, node(n, "dims"));
  }

  typeArguments(n: Cst): A.TypeArg[] {
    const out: A.TypeArg[] = [];
    for (const a of nodes(node(n, "typeArgumentList"), "typeArgument")) {
      const r = node(a, "referenceType");
      if (r) {
        out.push(this.referenceType(r));
        continue;
      }
      const w = node(a, "wildcard");
      if (!w) continue;
      const wc: A.WildcardType = placed({ kind: "WildcardType", id: 0, annotations: this.annotations(nodes(w, "annotation")), start: 0, end: 0, line: 0, col: 0 }, this.locN(w));
      const b = node(w, "wildcardBounds");
      if (b) wc.bound = { kind: tok(b, "Super") ? "super" : "extends", type: this.referenceType(node(b, "referenceType")!) };
      out.push(wc);
    }
    return out;
  }

  private typeParameters(n: Cst | undefined): A.TypeParam[] {
    if (!n) return [];
    const out: A.TypeParam[] = [];
    for (const p of nodes(node(n, "typeParameterList"), "typeParameter")) {
      const bounds: A.TypeNode[] = [];
      const tb = node(p, "typeBound");
      if (tb) {
        bounds.push(this.classTypeOf(node(tb, "classOrInterfaceType")));
        for (const ab of nodes(tb, "additionalBound")) bounds.push(this.classTypeOf(node(ab, "interfaceType")));
      }
      out.push(placed({
        kind: "TypeParam",
        name: tok(node(p, "typeIdentifier"), "Identifier")?.image ?? "",
        bounds,
        annotations: nodes(p, "typeParameterModifier").map((m) => this.annotation(node(m, "annotation")!)),
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(p)));
    }
    return out;
  }

  private interfaceTypeList(n: Cst | undefined): A.ClassType[] {
    return nodes(node(n, "interfaceTypeList"), "interfaceType").map((t) => this.classTypeOf(t));
  }

  // -------------------------------------------------------------------------------------------
  // Type declarations

  private typeName(n: Cst): string {
    return tok(node(n, "typeIdentifier"), "Identifier")?.image ?? "";
  }

  classDeclaration(n: Cst): A.ClassDecl | A.EnumDecl | A.RecordDecl {
    const doc = this.docBefore(n.location.startOffset);
    const normal = node(n, "normalClassDeclaration");
    const en = node(n, "enumDeclaration");
    const rec = node(n, "recordDeclaration");
    const mods = nodes(n, "classModifier");
    let d: A.ClassDecl | A.EnumDecl | A.RecordDecl;
    if (en) {
      d = this.enumDecl(en, this.modifiers(mods.concat(nodes(en, "classModifier"))), n);
    } else if (rec) {
      const components: A.Param[] = nodes(node(node(rec, "recordHeader"), "recordComponentList"), "recordComponent").map((c) =>
        this.recordComponent(c),
      );
      d = placed({
        kind: "RecordDecl", id: 0,
        name: this.typeName(rec),
        modifiers: this.modifiers(mods),
        typeParams: this.typeParameters(node(rec, "typeParameters")),
        components,
        interfaces: this.interfaceTypeList(node(rec, "classImplements")),
        members: this.recordBody(node(rec, "recordBody")),
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(n));
    } else {
      const c = normal!;
      const ext = node(c, "classExtends");
      const cls: A.ClassDecl = placed({
        kind: "ClassDecl", id: 0,
        name: this.typeName(c),
        modifiers: this.modifiers(mods),
        typeParams: this.typeParameters(node(c, "typeParameters")),
        interfaces: this.interfaceTypeList(node(c, "classImplements")),
        permits: nodes(node(c, "classPermits"), "typeName").map((t) => this.typeNameAsClassType(t)),
        members: this.classBody(node(c, "classBody")),
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(n));
      if (ext) cls.superclass = this.classTypeOf(ext);
      d = cls;
    }
    if (doc !== undefined) d.doc = doc;
    return d;
  }

  private enumDecl(en: Cst, modifiers: A.Modifiers, outer: Cst): A.EnumDecl {
    const body = node(en, "enumBody");
    const constants: A.EnumConstant[] = [];
    for (const c of nodes(node(body, "enumConstantList"), "enumConstant")) {
      const ec: A.EnumConstant = placed({
        kind: "EnumConstant", id: 0,
        name: tok(c, "Identifier")?.image ?? "",
        annotations: nodes(c, "enumConstantModifier").map((m) => this.annotation(node(m, "annotation")!)),
        args: this.arguments(node(c, "argumentList")),
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(c));
      const cb = node(c, "classBody");
      if (cb) ec.body = this.classBody(cb);
      const doc = this.docBefore(c.location.startOffset);
      if (doc !== undefined) ec.doc = doc;
      constants.push(ec);
    }
    const members: A.Member[] = [];
    for (const m of nodes(node(body, "enumBodyDeclarations"), "classBodyDeclaration")) this.classBodyDeclaration(m, members);
    return placed({
      kind: "EnumDecl", id: 0,
      name: this.typeName(en),
      modifiers,
      typeParams: [],
      interfaces: this.interfaceTypeList(node(en, "classImplements")),
      constants,
      members,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(outer));
  }

  private recordComponent(c: Cst): A.Param {
    const va = node(c, "variableArityRecordComponent");
    const p: A.Param = placed({
      kind: "Param", id: 0,
      modifiers: { flags: [], annotations: nodes(c, "recordComponentModifier").map((m) => this.annotation(node(m, "annotation")!)) },
      type: this.unannType(node(c, "unannType")),
      name: (va ? tok(va, "Identifier") : tok(c, "Identifier"))?.image ?? "",
      varargs: va !== undefined,
      dims: 0,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(c));
    if (va) {
      const anns = nodes(va, "annotation");
      if (anns.length) p.varargsAnnotations = this.annotations(anns);
    }
    return p;
  }

  interfaceDeclaration(n: Cst): A.InterfaceDecl | A.AnnotationTypeDecl {
    const doc = this.docBefore(n.location.startOffset);
    const modifiers = this.modifiers(nodes(n, "interfaceModifier"));
    const normal = node(n, "normalInterfaceDeclaration");
    let d: A.InterfaceDecl | A.AnnotationTypeDecl;
    if (normal) {
      const members: A.Member[] = [];
      for (const m of nodes(node(normal, "interfaceBody"), "interfaceMemberDeclaration")) {
        this.guard(m, "interface member", () => this.interfaceMember(m, members));
      }
      d = placed({
        kind: "InterfaceDecl", id: 0,
        name: this.typeName(normal),
        modifiers,
        typeParams: this.typeParameters(node(normal, "typeParameters")),
        extends: this.interfaceTypeList(node(normal, "interfaceExtends")),
        permits: nodes(node(normal, "interfacePermits"), "typeName").map((t) => this.typeNameAsClassType(t)),
        members,
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(n));
    } else {
      const an = node(n, "annotationInterfaceDeclaration")!;
      const members: A.Member[] = [];
      for (const m of nodes(node(an, "annotationInterfaceBody"), "annotationInterfaceMemberDeclaration")) {
        this.guard(m, "annotation member", () => this.annotationMember(m, members));
      }
      d = placed({ kind: "AnnotationTypeDecl", id: 0, name: this.typeName(an), modifiers, typeParams: [], members, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    }
    if (doc !== undefined) d.doc = doc;
    return d;
  }

  private classBody(n: Cst | undefined): A.Member[] {
    const out: A.Member[] = [];
    for (const m of nodes(n, "classBodyDeclaration")) this.classBodyDeclaration(m, out);
    return out;
  }

  private recordBody(n: Cst | undefined): A.Member[] {
    const out: A.Member[] = [];
    for (const r of nodes(n, "recordBodyDeclaration")) {
      const cc = node(r, "compactConstructorDeclaration");
      if (cc) {
        const m = this.guard(cc, "compact constructor", () => this.compactConstructor(cc));
        if (m) out.push(m);
      } else {
        const b = node(r, "classBodyDeclaration");
        if (b) this.classBodyDeclaration(b, out);
      }
    }
    return out;
  }

  private classBodyDeclaration(n: Cst, out: A.Member[]): void {
    // Inline try/catch rather than `guard`: no closure per member on the hot path.
    try {
      const m = this.classMember(n);
      if (m) out.push(m);
    } catch (e) {
      this.lowererBug(n, "class member", e);
    }
    release(n);
  }

  private classMember(n: Cst): A.Member | undefined {
    const cm = node(n, "classMemberDeclaration");
    if (cm) {
      const f = node(cm, "fieldDeclaration");
      if (f) return this.field(f, nodes(f, "fieldModifier"));
      const m = node(cm, "methodDeclaration");
      if (m) return this.method(m, nodes(m, "methodModifier"), node(m, "methodHeader"), node(m, "methodBody"));
      const c = node(cm, "classDeclaration");
      if (c) return this.classDeclaration(c);
      const i = node(cm, "interfaceDeclaration");
      if (i) return this.interfaceDeclaration(i);
      return undefined;
    }
    const ii = node(n, "instanceInitializer");
    if (ii) return placed({ kind: "InitializerBlock", static: false, body: this.block(node(ii, "block"), ii), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    const si = node(n, "staticInitializer");
    if (si) return placed({ kind: "InitializerBlock", static: true, body: this.block(node(si, "block"), si), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    const ctor = node(n, "constructorDeclaration");
    if (ctor) return this.constructor_(ctor);
    return undefined;
  }

  private interfaceMember(n: Cst, out: A.Member[]): void {
    const c = node(n, "constantDeclaration");
    if (c) out.push(this.field(c, nodes(c, "constantModifier")));
    const m = node(n, "interfaceMethodDeclaration");
    if (m) out.push(this.method(m, nodes(m, "interfaceMethodModifier"), node(m, "methodHeader"), node(m, "methodBody")));
    const cd = node(n, "classDeclaration");
    if (cd) out.push(this.classDeclaration(cd));
    const id = node(n, "interfaceDeclaration");
    if (id) out.push(this.interfaceDeclaration(id));
  }

  private annotationMember(n: Cst, out: A.Member[]): void {
    const e = node(n, "annotationInterfaceElementDeclaration");
    if (e) {
      const m: A.MethodDecl = placed({
        kind: "MethodDecl",
        modifiers: this.modifiers(nodes(e, "annotationInterfaceElementModifier")),
        typeParams: [],
        returnType: this.withDims(this.unannType(node(e, "unannType")), node(e, "dims")),
        name: tok(e, "Identifier")?.image ?? "",
        params: [],
        throws: [],
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(e));
      const dv = node(e, "defaultValue");
      if (dv) m.defaultValue = this.elementValue(node(dv, "elementValue"), dv);
      const doc = this.docBefore(e.location.startOffset);
      if (doc !== undefined) m.doc = doc;
      out.push(m);
      return;
    }
    this.interfaceMember(n, out);
  }

  private field(n: Cst, mods: Cst[]): A.FieldDecl {
    const f: A.FieldDecl = placed({
      kind: "FieldDecl",
      modifiers: this.modifiers(mods),
      type: this.unannType(node(n, "unannType")),
      declarators: this.declarators(node(n, "variableDeclaratorList")),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const doc = this.docBefore(n.location.startOffset);
    if (doc !== undefined) f.doc = doc;
    return f;
  }

  private declarators(n: Cst | undefined): A.VarDeclarator[] {
    const out: A.VarDeclarator[] = [];
    for (const d of nodes(n, "variableDeclarator")) {
      const id = node(d, "variableDeclaratorId");
      const v: A.VarDeclarator = placed({
        kind: "VarDeclarator", id: 0,
        name: (tok(id, "Identifier") ?? tok(id, "Underscore"))?.image ?? "",
        dims: toks(node(id, "dims"), "LSquare").length,
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(d));
      const init = node(d, "variableInitializer");
      if (init) v.init = this.variableInitializer(init);
      out.push(v);
    }
    return out;
  }

  private variableInitializer(n: Cst): A.Expr | A.ArrayInit {
    const e = node(n, "expression");
    if (e) return this.expression(e);
    const a = node(n, "arrayInitializer");
    if (a) return this.arrayInitializer(a);
    return this.errorExpr(n);
  }

  private arrayInitializer(n: Cst): A.ArrayInit {
    const elements: (A.Expr | A.ArrayInit)[] = [];
    for (const v of nodes(node(n, "variableInitializerList"), "variableInitializer")) elements.push(this.variableInitializer(v));
    return placed({ kind: "ArrayInit", elements, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private method(n: Cst, mods: Cst[], header: Cst | undefined, body: Cst | undefined): A.MethodDecl | A.RecordDecl {
    const decl = node(header, "methodDeclarator");
    const result = node(header, "result");
    const ret: A.TypeNode =
      result && tok(result, "Void")
        ? placed({ kind: "PrimitiveType", id: 0, name: "void", annotations: [], start: 0, end: 0, line: 0, col: 0 }, this.locT(tok(result, "Void")!))
        : this.unannType(node(result, "unannType"));
    if (isRecordKeyword(ret) && !node(header, "typeParameters") && !node(header, "throws")) {
      return this.recordMisreadAsMethod(n, mods, header, body);
    }
    const m: A.MethodDecl = placed({
      kind: "MethodDecl",
      modifiers: this.modifiers(mods, nodes(header, "annotation")),
      typeParams: this.typeParameters(node(header, "typeParameters")),
      // `int m()[]` is an old array-returning form.
      returnType: this.withDims(ret, node(decl, "dims")),
      name: tok(decl, "Identifier")?.image ?? "",
      params: this.formalParameters(node(decl, "formalParameterList")),
      throws: this.throws(node(header, "throws")),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const b = node(body, "block");
    if (b) m.body = this.block(b, n);
    const doc = this.docBefore(n.location.startOffset);
    if (doc !== undefined) m.doc = doc;
    return m;
  }

  /**
   * java-parser reads a member `record P(int x) {}` whose body is empty (or parses as a block) as
   * a method returning type `record`. `record` cannot name a type since Java 16, so it is a record.
   */
  private recordMisreadAsMethod(n: Cst, mods: Cst[], header: Cst | undefined, body: Cst | undefined): A.RecordDecl {
    const decl = node(header, "methodDeclarator");
    const b = node(body, "block");
    if (b && node(b, "blockStatements")) this.error(b.location.startOffset, "J2X1005", "statements in the body of a record member");
    const r: A.RecordDecl = placed({
      kind: "RecordDecl", id: 0,
      name: tok(decl, "Identifier")?.image ?? "",
      modifiers: this.modifiers(mods, nodes(header, "annotation")),
      typeParams: [],
      components: this.formalParameters(node(decl, "formalParameterList")),
      interfaces: [],
      members: [],
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const doc = this.docBefore(n.location.startOffset);
    if (doc !== undefined) r.doc = doc;
    return r;
  }

  private throws(n: Cst | undefined): A.ClassType[] {
    if (!n) return [];
    return nodes(node(n, "exceptionTypeList"), "exceptionType").map((e) => this.classTypeOf(e));
  }

  private formalParameters(n: Cst | undefined): A.Param[] {
    const out: A.Param[] = [];
    for (const fp of nodes(n, "formalParameter")) {
      const r = node(fp, "variableParaRegularParameter");
      out.push(r ? this.regularParam(r, false) : this.varargsParam(node(fp, "variableArityParameter")!, false));
    }
    return out;
  }

  private regularParam(n: Cst, lambda: boolean): A.Param {
    const id = node(n, "variableDeclaratorId");
    const typeNode = lambda ? node(n, "lambdaParameterType") : n;
    let type: A.TypeNode;
    if (lambda && tok(typeNode, "Var")) type = placed({ kind: "VarType", id: 0, start: 0, end: 0, line: 0, col: 0 }, this.locT(tok(typeNode, "Var")!));
    else type = this.unannType(node(typeNode, "unannType"), lambda);
    return placed({
      kind: "Param", id: 0,
      modifiers: this.modifiers(nodes(n, "variableModifier")),
      type,
      name: (tok(id, "Identifier") ?? tok(id, "Underscore"))?.image ?? "",
      varargs: false,
      dims: toks(node(id, "dims"), "LSquare").length,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
  }

  private varargsParam(n: Cst, _lambda: boolean): A.Param {
    const p: A.Param = placed({
      kind: "Param", id: 0,
      modifiers: this.modifiers(nodes(n, "variableModifier")),
      type: this.unannType(node(n, "unannType")),
      name: tok(n, "Identifier")?.image ?? "",
      varargs: true,
      dims: 0,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const anns = nodes(n, "annotation");
    if (anns.length) p.varargsAnnotations = this.annotations(anns);
    return p;
  }

  private constructor_(n: Cst): A.ConstructorDecl {
    const d = node(n, "constructorDeclarator");
    const c: A.ConstructorDecl = placed({
      kind: "ConstructorDecl",
      modifiers: this.modifiers(nodes(n, "constructorModifier")),
      typeParams: this.typeParameters(node(d, "typeParameters")),
      name: tok(node(node(d, "simpleTypeName"), "typeIdentifier"), "Identifier")?.image ?? "",
      params: this.formalParameters(node(d, "formalParameterList")),
      throws: this.throws(node(n, "throws")),
      body: this.constructorBody(node(n, "constructorBody"), n),
      compact: false,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const doc = this.docBefore(n.location.startOffset);
    if (doc !== undefined) c.doc = doc;
    return c;
  }

  private compactConstructor(n: Cst): A.ConstructorDecl {
    const c: A.ConstructorDecl = placed({
      kind: "ConstructorDecl",
      modifiers: this.modifiers(nodes(n, "constructorModifier")),
      typeParams: [],
      name: tok(node(node(n, "simpleTypeName"), "typeIdentifier"), "Identifier")?.image ?? "",
      params: [],
      throws: [],
      body: this.constructorBody(node(n, "constructorBody"), n),
      compact: true,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const doc = this.docBefore(n.location.startOffset);
    if (doc !== undefined) c.doc = doc;
    return c;
  }

  private constructorBody(n: Cst | undefined, parent: Cst): A.Block {
    if (!n) return placed({ kind: "Block", stmts: [], start: 0, end: 0, line: 0, col: 0 }, this.locN(parent));
    const stmts: A.Stmt[] = [];
    const eci = node(n, "explicitConstructorInvocation");
    if (eci) {
      const s = this.guard(eci, "constructor call", () => this.explicitCtorCall(eci));
      if (s) stmts.push(s);
    }
    this.blockStatements(node(n, "blockStatements"), stmts);
    return placed({ kind: "Block", stmts, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private explicitCtorCall(n: Cst): A.CtorCallStmt {
    const u = node(n, "unqualifiedExplicitConstructorInvocation");
    const q = node(n, "qualifiedExplicitConstructorInvocation");
    const inner = (u ?? q)!;
    const s: A.CtorCallStmt = placed({
      kind: "CtorCallStmt", id: 0,
      target: u && tok(u, "This") ? "this" : "super",
      args: this.arguments(node(inner, "argumentList")),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
    const ta = node(inner, "typeArguments");
    if (ta) s.typeArgs = this.typeArguments(ta);
    if (q) {
      const en = node(q, "expressionName")!;
      s.qualifier = this.nameChain(toks(en, "Identifier"));
    }
    return s;
  }

  /** `a.b.c` as Name/FieldAccess (semantic analysis tells packages, types and variables apart). */
  private nameChain(ids: Tok[]): A.Expr {
    let e: A.Expr = placed({ kind: "Name", id: 0, name: ids[0]?.image ?? "", start: 0, end: 0, line: 0, col: 0 }, ids[0] ? this.locT(ids[0]) : this.L.loc(this.lastGood, this.lastGood));
    for (let i = 1; i < ids.length; i++) {
      e = placed({ kind: "FieldAccess", id: 0, target: e, name: ids[i]!.image, start: 0, end: 0, line: 0, col: 0 }, this.span(e, this.locT(ids[i]!)));
    }
    return e;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  block(n: Cst | undefined, parent: Cst): A.Block {
    if (!n) return placed({ kind: "Block", stmts: [], start: 0, end: 0, line: 0, col: 0 }, this.locN(parent));
    const stmts: A.Stmt[] = [];
    this.blockStatements(node(n, "blockStatements"), stmts);
    return placed({ kind: "Block", stmts, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private blockStatements(n: Cst | undefined, out: A.Stmt[]): void {
    for (const bs of nodes(n, "blockStatement")) {
      try {
        const s = this.blockStatement(bs);
        if (s) out.push(s);
      } catch (e) {
        this.lowererBug(bs, "statement", e);
      }
      release(bs);
    }
  }

  private blockStatement(n: Cst): A.Stmt | undefined {
    const lv = node(n, "localVariableDeclarationStatement");
    if (lv) {
      const d = this.localVarDecl(node(lv, "localVariableDeclaration")!);
      moveTo(d, this.locN(lv));
      return yieldOfName(d) ?? d;
    }
    const s = node(n, "statement");
    if (s) return this.statement(s);
    const c = node(n, "classDeclaration");
    if (c) return placed({ kind: "LocalClassDecl", decl: this.classDeclaration(c), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    const i = node(n, "interfaceDeclaration");
    if (i) {
      const decl = this.interfaceDeclaration(i);
      if (decl.kind === "InterfaceDecl") return placed({ kind: "LocalClassDecl", decl, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
      this.error(n.location.startOffset, "J2X1005", "a local annotation interface");
    }
    return undefined;
  }

  private localVarDecl(n: Cst): A.LocalVarDecl {
    return placed({
      kind: "LocalVarDecl",
      modifiers: this.modifiers(nodes(n, "variableModifier")),
      type: this.localVariableType(node(n, "localVariableType")),
      declarators: this.declarators(node(n, "variableDeclaratorList")),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
  }

  private localVariableType(n: Cst | undefined): A.TypeNode {
    const v = tok(n, "Var");
    if (v) return placed({ kind: "VarType", id: 0, start: 0, end: 0, line: 0, col: 0 }, this.locT(v));
    return this.unannType(node(n, "unannType"), true);
  }

  statement(n: Cst): A.Stmt {
    for (const key in n.children) {
      const c = n.children[key]![0] as Cst;
      switch (key) {
        case "statementWithoutTrailingSubstatement":
          return this.statement(c);
        case "block":
          return this.block(c, n);
        case "expressionStatement":
          return placed({ kind: "ExprStmt", expr: this.expression(node(node(c, "statementExpression"), "expression"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "ifStatement": {
          const ss = nodes(c, "statement");
          const s: A.IfStmt = placed({ kind: "IfStmt", cond: this.expression(node(c, "expression"), c), then: this.stmtOrEmpty(ss[0], c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
          if (ss[1]) s.else = this.statement(ss[1]);
          return s;
        }
        case "whileStatement":
          return placed({ kind: "WhileStmt", cond: this.expression(node(c, "expression"), c), body: this.stmtOrEmpty(node(c, "statement"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "doStatement":
          return placed({ kind: "DoStmt", body: this.stmtOrEmpty(node(c, "statement"), c), cond: this.expression(node(c, "expression"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "forStatement":
          return this.forStatement(c);
        case "returnStatement": {
          const s: A.ReturnStmt = placed({ kind: "ReturnStmt", start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
          const e = node(c, "expression");
          if (e) s.value = this.expression(e);
          return s;
        }
        case "breakStatement":
        case "continueStatement": {
          const s: A.BreakStmt | A.ContinueStmt = placed({ kind: key === "breakStatement" ? "BreakStmt" : "ContinueStmt", start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
          const l = tok(c, "Identifier");
          if (l) s.label = l.image;
          return s;
        }
        case "yieldStatement":
          return placed({ kind: "YieldStmt", value: this.expression(node(c, "expression"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "throwStatement":
          return placed({ kind: "ThrowStmt", expr: this.expression(node(c, "expression"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "emptyStatement":
          return placed({ kind: "EmptyStmt", start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "labeledStatement":
          return placed({ kind: "LabeledStmt", label: tok(c, "Identifier")?.image ?? "", body: this.stmtOrEmpty(node(c, "statement"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "assertStatement": {
          const es = nodes(c, "expression");
          const s: A.AssertStmt = placed({ kind: "AssertStmt", cond: this.expression(es[0], c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
          if (es[1]) s.message = this.expression(es[1]);
          return s;
        }
        case "switchStatement":
          return placed({ kind: "SwitchStmt", selector: this.expression(node(c, "expression"), c), cases: this.switchBlock(node(c, "switchBlock")), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "synchronizedStatement":
          return placed({ kind: "SynchronizedStmt", lock: this.expression(node(c, "expression"), c), body: this.block(node(c, "block"), c), start: 0, end: 0, line: 0, col: 0 }, this.locN(c));
        case "tryStatement":
          return this.tryStatement(c);
      }
    }
    return placed({ kind: "EmptyStmt", start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private stmtOrEmpty(n: Cst | undefined, parent: Cst): A.Stmt {
    return n ? this.statement(n) : placed({ kind: "EmptyStmt", start: 0, end: 0, line: 0, col: 0 }, this.locN(parent));
  }

  private forStatement(n: Cst): A.Stmt {
    const basic = node(n, "basicForStatement");
    if (basic) {
      const init = node(basic, "forInit");
      const lv = node(init, "localVariableDeclaration");
      const s: A.ForStmt = placed({
        kind: "ForStmt",
        init: lv ? this.localVarDecl(lv) : this.statementExpressions(node(init, "statementExpressionList")),
        update: this.statementExpressions(node(node(basic, "forUpdate"), "statementExpressionList")),
        body: this.stmtOrEmpty(node(basic, "statement"), basic),
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(basic));
      const cond = node(basic, "expression");
      if (cond) s.cond = this.expression(cond);
      return s;
    }
    const e = node(n, "enhancedForStatement")!;
    const lv = node(e, "localVariableDeclaration");
    const decl = lv ? this.localVarDecl(lv) : undefined;
    const d0 = decl?.declarators[0];
    return placed({
      kind: "ForEachStmt",
      modifiers: decl?.modifiers ?? { flags: [], annotations: [] },
      varType: decl ? (d0 && d0.dims > 0 ? this.withDims(decl.type, undefined, d0.dims) : decl.type) : this.unannType(undefined),
      name: d0?.name ?? "",
      iterable: this.expression(node(e, "expression"), e),
      body: this.stmtOrEmpty(node(e, "statement"), e),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(e));
  }

  private statementExpressions(n: Cst | undefined): A.Expr[] {
    const out: A.Expr[] = [];
    for (const se of nodes(n, "statementExpression")) out.push(this.expression(node(se, "expression"), se));
    return out;
  }

  private tryStatement(n: Cst): A.TryStmt {
    const twr = node(n, "tryWithResourcesStatement");
    const t = twr ?? n;
    const resources: A.Resource[] = [];
    if (twr) {
      for (const r of nodes(node(node(twr, "resourceSpecification"), "resourceList"), "resource")) {
        const lv = node(r, "localVariableDeclaration");
        if (lv) resources.push(this.localVarDecl(lv));
        else {
          const p = node(node(r, "variableAccess"), "primary");
          resources.push(p ? this.primary(p) : this.errorExpr(r));
        }
      }
    }
    const s: A.TryStmt = placed({
      kind: "TryStmt",
      resources,
      block: this.block(node(t, "block"), t),
      catches: nodes(node(t, "catches"), "catchClause").map((c) => this.catchClause(c)),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(t));
    const fin = node(t, "finally");
    if (fin) s.finally = this.block(node(fin, "block"), fin);
    return s;
  }

  private catchClause(n: Cst): A.CatchClause {
    const p = node(n, "catchFormalParameter");
    const ct = node(p, "catchType");
    const types: A.ClassType[] = [];
    const first = node(ct, "unannClassType");
    if (first) types.push(this.classType(first));
    for (const c of nodes(ct, "classType")) types.push(this.classType(c));
    const id = node(p, "variableDeclaratorId");
    return placed({
      kind: "CatchClause",
      modifiers: this.modifiers(nodes(p, "variableModifier")),
      types,
      name: (tok(id, "Identifier") ?? tok(id, "Underscore"))?.image ?? "",
      body: this.block(node(n, "block"), n),
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(n));
  }

  private switchBlock(n: Cst | undefined): A.SwitchCase[] {
    const out: A.SwitchCase[] = [];
    for (const r of nodes(n, "switchRule")) {
      const sc = this.switchLabel(node(r, "switchLabel"), r, true);
      moveTo(sc, this.locN(r));
      const th = node(r, "throwStatement");
      const b = node(r, "block");
      const e = node(r, "expression");
      if (th) sc.body.push(placed({ kind: "ThrowStmt", expr: this.expression(node(th, "expression"), th), start: 0, end: 0, line: 0, col: 0 }, this.locN(th)));
      else if (b) sc.body.push(this.block(b, r));
      else if (e) {
        const expr = this.expression(e);
        const semi = tok(r, "Semicolon");
        sc.body.push(placed({ kind: "ExprStmt", expr, start: 0, end: 0, line: 0, col: 0 }, semi && semi.endOffset >= 0 ? this.span(expr, this.locT(semi)) : expr));
      }
      out.push(sc);
    }
    for (const g of nodes(n, "switchBlockStatementGroup")) {
      const sc = this.switchLabel(node(g, "switchLabel"), g, false);
      moveTo(sc, this.locN(g));
      this.blockStatements(node(g, "blockStatements"), sc.body);
      out.push(sc);
    }
    return out;
  }

  private switchLabel(n: Cst | undefined, parent: Cst, arrow: boolean): A.SwitchCase {
    const sc: A.SwitchCase = placed({ kind: "SwitchCase", labels: [], isDefault: false, arrow, body: [], start: 0, end: 0, line: 0, col: 0 }, this.locN(parent));
    if (!n) return sc;
    if (!tok(n, "Case")) {
      sc.isDefault = true;
      return sc;
    }
    const nul = tok(n, "Null");
    if (nul) {
      sc.labels.push(placed({ kind: "Literal", id: 0, litKind: "null", raw: "null", value: null, start: 0, end: 0, line: 0, col: 0 }, this.locT(nul)));
      if (tok(n, "Default")) sc.isDefault = true;
      return sc;
    }
    for (const p of nodes(n, "casePattern")) sc.labels.push(this.pattern(node(p, "pattern")!));
    for (const c of nodes(n, "caseConstant")) sc.labels.push(this.conditional(node(c, "conditionalExpression")!));
    const g = node(n, "guard");
    if (g) sc.guard = this.expression(node(g, "expression"), g);
    return sc;
  }

  // -------------------------------------------------------------------------------------------
  // Patterns

  private pattern(n: Cst): A.Pattern {
    const tp = node(n, "typePattern");
    if (tp) {
      const lv = node(tp, "localVariableDeclaration")!;
      const id = node(node(node(lv, "variableDeclaratorList"), "variableDeclarator"), "variableDeclaratorId");
      const name = tok(id, "Identifier");
      const p: A.TypePattern = placed({
        kind: "TypePattern", id: 0,
        modifiers: this.modifiers(nodes(lv, "variableModifier")),
        type: this.localVariableType(node(lv, "localVariableType")),
        start: 0,
        end: 0,
        line: 0,
        col: 0,
      }, this.locN(tp));
      if (name) p.name = name.image;
      return p;
    }
    const rp = node(n, "recordPattern")!;
    const t = this.referenceType(node(rp, "referenceType")!);
    const subpatterns: A.Pattern[] = [];
    for (const cp of nodes(node(rp, "componentPatternList"), "componentPattern")) {
      const inner = node(cp, "pattern");
      if (inner) subpatterns.push(this.pattern(inner));
      else {
        // `_` matches anything: the unnamed pattern, like `var _`.
        const loc = this.locN(cp);
        subpatterns.push(placed({ kind: "TypePattern", id: 0, modifiers: { flags: [], annotations: [] }, type: placed({ kind: "VarType", id: 0, start: 0, end: 0, line: 0, col: 0 }, loc), start: 0, end: 0, line: 0, col: 0 }, loc));
      }
    }
    return placed({
      kind: "RecordPattern", id: 0,
      type: t.kind === "ClassType" ? t : placed({ kind: "ClassType", id: 0, segments: [{ name: "", annotations: [] }], start: 0, end: 0, line: 0, col: 0 }, t),
      subpatterns,
      start: 0,
      end: 0,
      line: 0,
      col: 0,
    }, this.locN(rp));
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  expression(n: Cst | undefined, parent?: Cst): A.Expr {
    if (!n) return this.errorExpr(undefined, parent);
    const c = node(n, "conditionalExpression");
    if (c) return this.conditional(c);
    const l = node(n, "lambdaExpression");
    if (l) return this.lambda(l);
    return this.errorExpr(n);
  }

  private conditional(n: Cst): A.Expr {
    const b = node(n, "binaryExpression");
    const cond = b ? this.binary(b) : this.errorExpr(n);
    if (!tok(n, "QuestionMark")) return cond;
    const es = nodes(n, "expression");
    return placed({ kind: "Conditional", id: 0, cond, then: this.expression(es[0], n), else: this.expression(es[1], n), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  /**
   * java-parser returns `a + b * c` as operand and operator lists; the order is recovered from
   * token offsets and precedence is applied with an operator stack (all binary operators are
   * left-associative; an assignment can only come last, its right side being a full expression).
   */
  private binary(n: Cst): A.Expr {
    const c = n.children;
    const unaries = (c["unaryExpression"] ?? EMPTY) as Cst[];
    // Most binaryExpressions hold a single operand and nothing else.
    let only = true;
    for (const k in c) {
      if (k !== "unaryExpression") {
        only = false;
        break;
      }
    }
    if (only && unaries.length === 1) return this.unary(unaries[0]!);
    const first = unaries[0] ? this.unary(unaries[0]) : this.errorExpr(n);
    const bin = c["BinaryOperator"] as Tok[] | undefined;
    const sh = c["shiftOperator"] as Cst[] | undefined;
    const inst = c["Instanceof"] as Tok[] | undefined;
    const asg = c["AssignmentOperator"] as Tok[] | undefined;
    if (!bin && !sh && !inst && !asg) return first;

    // Operators in source order: a merge of the per-kind lists.
    const ops: El[] = [];
    if (bin) ops.push(...bin);
    if (sh) ops.push(...sh);
    if (inst) ops.push(...inst);
    if (asg) ops.push(...asg);
    if (ops.length > 1 && (sh || inst || asg)) ops.sort((x, y) => startOf(x) - startOf(y));
    let tests: Cst[] = EMPTY;
    if (inst) {
      const pats = (c["pattern"] ?? EMPTY) as Cst[];
      const refs = (c["referenceType"] ?? EMPTY) as Cst[];
      tests = pats.length === 0 ? refs : refs.length === 0 ? pats : [...pats, ...refs].sort((x, y) => startOf(x) - startOf(y));
    }

    const operands: A.Expr[] = [first];
    const opStack: string[] = [];
    const reduce = (): void => {
      const op = opStack.pop()!;
      const right = operands.pop()!;
      const left = operands.pop()!;
      operands.push(placed({ kind: "Binary", id: 0, op: op as A.BinaryOp, left, right, start: 0, end: 0, line: 0, col: 0 }, this.span(left, right)));
    };
    let ui = 1;
    let ti = 0;
    for (const o of ops) {
      if ("children" in o) {
        // shiftOperator: `<<`, `>>` or `>>>` lexed as separate `<`/`>` tokens.
        const lt = o.children["Less"];
        const op = lt ? "<<" : (o.children["Greater"]?.length ?? 0) >= 3 ? ">>>" : ">>";
        this.pushBinary(op, opStack, reduce);
        operands.push(unaries[ui] ? this.unary(unaries[ui++]!) : this.errorExpr(undefined, n));
        continue;
      }
      const name = o.tokenType.name;
      if (name === "Instanceof") {
        while (opStack.length && PREC[opStack[opStack.length - 1]!]! >= INSTANCEOF_PREC) reduce();
        const left = operands.pop()!;
        const t = tests[ti++];
        const test: A.TypeNode | A.Pattern = !t ? this.unannType(undefined) : t.name === "pattern" ? this.pattern(t) : this.referenceType(t);
        operands.push(placed({ kind: "InstanceOf", id: 0, expr: left, test, start: 0, end: 0, line: 0, col: 0 }, this.span(left, test)));
        continue;
      }
      if (o === asg?.[0] || (asg && asg.includes(o))) {
        while (opStack.length) reduce();
        const target = operands.pop()!;
        const value = this.expression(node(n, "expression"), n);
        operands.push(placed({ kind: "Assign", id: 0, op: o.image as A.AssignOp, target, value, start: 0, end: 0, line: 0, col: 0 }, this.span(target, value)));
        continue;
      }
      this.pushBinary(o.image, opStack, reduce);
      operands.push(unaries[ui] ? this.unary(unaries[ui++]!) : this.errorExpr(undefined, n));
    }
    while (opStack.length) reduce();
    return operands[0]!;
  }

  private pushBinary(op: string, opStack: string[], reduce: () => void): void {
    const p = PREC[op] ?? 0;
    while (opStack.length && PREC[opStack[opStack.length - 1]!]! >= p) reduce();
    opStack.push(op);
  }

  /** `unaryExpression` / `unaryExpressionNotPlusMinus`: prefix ops, a primary, postfix ops. */
  private unary(n: Cst): A.Expr {
    const c = n.children;
    const p = c["primary"]?.[0] as Cst | undefined;
    let e: A.Expr = p ? this.primary(p) : this.errorExpr(n);
    const post = c["UnarySuffixOperator"] as Tok[] | undefined;
    if (post) {
      for (const t of post) e = placed({ kind: "Unary", id: 0, op: t.image as A.UnaryOp, prefix: false, operand: e, start: 0, end: 0, line: 0, col: 0 }, this.span(e, this.locT(t)));
    }
    const pre = (c["UnaryPrefixOperator"] ?? c["UnaryPrefixOperatorNotPlusMinus"]) as Tok[] | undefined;
    if (pre) {
      for (let i = pre.length - 1; i >= 0; i--) {
        const t = pre[i]!;
        const tl = this.locT(t);
        if (t.image === "-" && e.kind === "Literal" && this.minMagnitude.has(e)) {
          // `-2147483648` and `-9223372036854775808L` are the only legal uses of those magnitudes.
          this.minMagnitude.delete(e);
          e = placed({ kind: "Literal", id: 0, litKind: e.litKind, raw: "-" + e.raw, value: e.litKind === "int" ? -2147483648 : "-9223372036854775808", start: 0, end: 0, line: 0, col: 0 }, this.span(tl, e));
          continue;
        }
        e = placed({ kind: "Unary", id: 0, op: t.image as A.UnaryOp, prefix: true, operand: e, start: 0, end: 0, line: 0, col: 0 }, this.span(tl, e));
      }
    }
    return e;
  }

  private literal(n: Cst): A.Literal {
    let k = "";
    for (const key in n.children) {
      k = key;
      break;
    }
    const el = n.children[k]?.[0];
    const t = el === undefined ? undefined : "children" in el ? firstTok(el) : el;
    if (!t) return placed({ kind: "Literal", id: 0, litKind: "null", raw: "", value: null, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    switch (k) {
      case "integerLiteral": {
        const v = decodeInteger(t.image);
        const lit: A.Literal = placed({ kind: "Literal", id: 0, litKind: v.litKind, raw: t.image, value: v.value, start: 0, end: 0, line: 0, col: 0 }, this.locT(t));
        if (v.error) this.error(t.startOffset, "J2X1001", `${v.error}: ${t.image}`);
        if (v.minMagnitude) this.minMagnitude.add(lit);
        return lit;
      }
      case "floatingPointLiteral": {
        const v = decodeFloat(t.image);
        return placed({ kind: "Literal", id: 0, litKind: v.litKind, raw: t.image, value: v.value, start: 0, end: 0, line: 0, col: 0 }, this.locT(t));
      }
      case "booleanLiteral":
        return placed({ kind: "Literal", id: 0, litKind: "boolean", raw: t.image, value: t.image === "true", start: 0, end: 0, line: 0, col: 0 }, this.locT(t));
      case "StringLiteral":
        return this.textLiteral(t, "string", decodeString(t.image));
      case "CharLiteral":
        return this.textLiteral(t, "char", decodeChar(t.image));
      case "TextBlock":
        return this.textLiteral(t, "textBlock", decodeTextBlock(t.image));
      default:
        return placed({ kind: "Literal", id: 0, litKind: "null", raw: t.image, value: null, start: 0, end: 0, line: 0, col: 0 }, this.locT(t));
    }
  }

  private textLiteral(t: Tok, litKind: "string" | "char" | "textBlock", value: string | undefined): A.Literal {
    if (value === undefined) {
      this.error(t.startOffset, "J2X1001", "illegal escape character in literal");
      value = t.image.slice(litKind === "textBlock" ? 3 : 1, litKind === "textBlock" ? -3 : -1);
    }
    return placed({ kind: "Literal", id: 0, litKind, raw: t.image, value, start: 0, end: 0, line: 0, col: 0 }, this.locT(t));
  }

  private arguments(n: Cst | undefined): A.Expr[] {
    if (!n) return [];
    const out: A.Expr[] = [];
    for (const e of nodes(n, "expression")) out.push(this.expression(e));
    return out;
  }

  private lambda(n: Cst): A.Lambda {
    const ps = node(n, "lambdaParameters");
    const params: A.Param[] = [];
    const single = tok(ps, "Identifier") ?? tok(ps, "Underscore");
    if (single) params.push(this.implicitParam(single));
    const list = node(node(ps, "lambdaParametersWithBraces"), "lambdaParameterList");
    if (list) {
      for (const cp of nodes(node(list, "conciseLambdaParameterList"), "conciseLambdaParameter")) {
        const t = tok(cp, "Identifier") ?? tok(cp, "Underscore");
        if (t) params.push(this.implicitParam(t));
      }
      for (const np of nodes(node(list, "normalLambdaParameterList"), "normalLambdaParameter")) {
        const r = node(np, "regularLambdaParameter");
        params.push(r ? this.regularParam(r, true) : this.varargsParam(node(np, "variableArityParameter")!, true));
      }
    }
    const body = node(n, "lambdaBody");
    const b = node(body, "block");
    return placed({ kind: "Lambda", id: 0, params, body: b ? this.block(b, n) : this.expression(node(body, "expression"), n), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private implicitParam(t: Tok): A.Param {
    return placed({ kind: "Param", id: 0, modifiers: { flags: [], annotations: [] }, name: t.image, varargs: false, dims: 0, start: 0, end: 0, line: 0, col: 0 }, this.locT(t));
  }

  private cast(n: Cst): A.Expr {
    const pc = node(n, "primitiveCastExpression");
    if (pc) {
      const u = node(pc, "unaryExpression");
      return placed({ kind: "Cast", id: 0, type: this.primitiveType(node(pc, "primitiveType")!), expr: u ? this.unary(u) : this.errorExpr(undefined, pc), start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    }
    const rc = node(n, "referenceTypeCastExpression")!;
    let type = this.referenceType(node(rc, "referenceType")!);
    const bounds = nodes(rc, "additionalBound");
    if (bounds.length) {
      const types = [type];
      for (const b of bounds) types.push(this.classTypeOf(node(b, "interfaceType")));
      type = placed({ kind: "IntersectionType", id: 0, types, start: 0, end: 0, line: 0, col: 0 }, this.span(type, types[types.length - 1]!));
    }
    const l = node(rc, "lambdaExpression");
    const u = node(rc, "unaryExpressionNotPlusMinus");
    const expr = l ? this.lambda(l) : u ? this.unary(u) : this.errorExpr(undefined, rc);
    return placed({ kind: "Cast", id: 0, type, expr, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
  }

  private newClass(n: Cst, outer?: A.Expr, start?: number): A.NewExpr {
    const e: A.NewExpr = {
      kind: "NewExpr", id: 0,
      type: this.classType(node(n, "classOrInterfaceTypeToInstantiate")!),
      args: this.arguments(node(n, "argumentList")),
      ...start !== undefined ? this.locR(start, n.location.endOffset) : this.locN(n),
    };
    const ta = node(n, "typeArguments");
    if (ta) e.typeArgs = this.typeArguments(ta);
    const body = node(n, "classBody");
    if (body) e.body = this.classBody(body);
    if (outer) e.outer = outer;
    return e;
  }

  private newArray(n: Cst): A.NewArrayExpr {
    const pt = node(n, "primitiveType");
    const elemType: A.TypeNode = pt ? this.primitiveType(pt) : this.classTypeOf(node(n, "classOrInterfaceType"));
    const wo = node(n, "arrayCreationExpressionWithoutInitializerSuffix");
    if (wo) {
      const dimExprs = nodes(node(wo, "dimExprs"), "dimExpr").map((d) => this.expression(node(d, "expression"), d));
      return placed({ kind: "NewArrayExpr", id: 0, elemType, dimExprs, extraDims: toks(node(wo, "dims"), "LSquare").length, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    }
    const wi = node(n, "arrayCreationWithInitializerSuffix");
    const e: A.NewArrayExpr = placed({ kind: "NewArrayExpr", id: 0, elemType, dimExprs: [], extraDims: toks(node(wi, "dims"), "LSquare").length, start: 0, end: 0, line: 0, col: 0 }, this.locN(n));
    const ai = node(wi, "arrayInitializer");
    if (ai) e.init = this.arrayInitializer(ai);
    return e;
  }

  private fqnParts(n: Cst): Part[] {
    const parts: Part[] = [];
    const first = node(n, "fqnOrRefTypePartFirst");
    if (first) parts.push(this.part(first));
    for (const r of nodes(n, "fqnOrRefTypePartRest")) parts.push(this.part(r));
    return parts;
  }

  private part(n: Cst): Part {
    const common = node(n, "fqnOrRefTypePartCommon");
    const id = tok(common, "Identifier");
    const sup = tok(common, "Super");
    const t = (id ?? sup)!;
    const p: Part = {
      name: t ? t.image : "",
      isSuper: sup !== undefined,
      annotations: this.annotations(nodes(n, "annotation")),
      start: n.location.startOffset,
      end: n.location.endOffset,
    };
    const ta = node(common, "typeArguments");
    if (ta) p.typeArgs = this.typeArguments(ta);
    const mta = node(n, "typeArguments");
    if (mta) p.methodTypeArgs = this.typeArguments(mta);
    return p;
  }

  /** Name/FieldAccess/Super chain of parts[0..upto). */
  private partsExpr(parts: Part[], upto: number): A.Expr {
    let e: A.Expr | undefined;
    const s0 = parts[0]!.start;
    for (let i = 0; i < upto; i++) {
      const p = parts[i]!;
      const loc = this.locR(i === 0 ? p.start : s0, p.end);
      if (p.isSuper) {
        const s: A.Super = placed({ kind: "Super", id: 0, start: 0, end: 0, line: 0, col: 0 }, loc);
        if (i > 0) s.qualifier = parts.slice(0, i).map((x) => x.name).join(".");
        e = s;
      } else if (e === undefined) e = placed({ kind: "Name", id: 0, name: p.name, start: 0, end: 0, line: 0, col: 0 }, loc);
      else e = placed({ kind: "FieldAccess", id: 0, target: e, name: p.name, start: 0, end: 0, line: 0, col: 0 }, loc);
    }
    return e!;
  }

  private partsType(parts: Part[], dims: Cst | undefined, extraDims = 0): A.TypeNode {
    const segments: A.ClassTypeSegment[] = parts.map((p) => {
      const s: A.ClassTypeSegment = { name: p.name, annotations: p.annotations };
      if (p.typeArgs) s.typeArgs = p.typeArgs;
      return s;
    });
    const t: A.ClassType = placed({ kind: "ClassType", id: 0, segments, start: 0, end: 0, line: 0, col: 0 }, this.locR(parts[0]!.start, parts[parts.length - 1]!.end));
    return this.withDims(t, dims, extraDims);
  }

  /** Dotted text of a Name/FieldAccess chain (`Outer.this`), or undefined. */
  private dottedOf(e: A.Expr | A.TypeNode): string | undefined {
    if (e.kind === "Name") return e.name;
    if (e.kind === "FieldAccess") {
      const t = this.dottedOf(e.target);
      return t === undefined ? undefined : t + "." + e.name;
    }
    if (e.kind === "ClassType") return e.segments.map((s) => s.name).join(".");
    return undefined;
  }

  private asType(e: A.Expr | A.TypeNode): A.TypeNode | undefined {
    switch (e.kind) {
      case "PrimitiveType":
      case "ClassType":
      case "ArrayType":
      case "VarType":
      case "IntersectionType":
      case "UnionType":
        return e;
    }
    const d = this.dottedOf(e);
    if (d === undefined) return undefined;
    return placed({ kind: "ClassType", id: 0, segments: d.split(".").map((name) => ({ name, annotations: [] })), start: 0, end: 0, line: 0, col: 0 }, e);
  }

  primary(n: Cst): A.Expr {
    const prefix = node(n, "primaryPrefix");
    const suffixes = nodes(n, "primarySuffix");
    const start = n.location.startOffset;
    let cur: A.Expr | A.TypeNode;
    let i = 0;
    const pc = prefix?.children ?? {};
    const fqn = pc["fqnOrRefType"]?.[0] as Cst | undefined;
    if (fqn && suffixes.length === 0 && !fqn.children["fqnOrRefTypePartRest"] && !fqn.children["dims"]) {
      // Fast path for the most common primary of all: a simple name.
      const common = node(node(fqn, "fqnOrRefTypePartFirst"), "fqnOrRefTypePartCommon");
      const id = tok(common, "Identifier");
      if (id && !common!.children["typeArguments"]) return placed({ kind: "Name", id: 0, name: id.image, start: 0, end: 0, line: 0, col: 0 }, this.locT(id));
    }
    if (fqn) {
      const parts = this.fqnParts(fqn);
      const dims = node(fqn, "dims");
      const s0 = suffixes[0];
      if (parts.length === 0) cur = this.errorExpr(fqn);
      else if (s0 && node(s0, "methodInvocationSuffix")) {
        const last = parts[parts.length - 1]!;
        const call: A.MethodCall = placed({
          kind: "MethodCall", id: 0,
          name: last.name,
          args: this.arguments(node(node(s0, "methodInvocationSuffix"), "argumentList")),
          start: 0,
          end: 0,
          line: 0,
          col: 0,
        }, this.locR(start, s0.location.endOffset));
        if (parts.length > 1) call.target = this.partsExpr(parts, parts.length - 1);
        if (last.methodTypeArgs) call.typeArgs = last.methodTypeArgs;
        cur = call;
        i = 1;
      } else if (s0 && (node(s0, "methodReferenceSuffix") || node(s0, "classLiteralSuffix"))) {
        // A dotted name before `::` may be a type or an expression; only type arguments or
        // dimensions make it certainly a type. `.class` always follows a type.
        const isClassLit = node(s0, "classLiteralSuffix") !== undefined;
        const typeLike = isClassLit || dims !== undefined || parts.some((p) => p.typeArgs || p.annotations.length);
        cur = typeLike && !parts[parts.length - 1]!.isSuper ? this.partsType(parts, dims) : this.partsExpr(parts, parts.length);
      } else {
        cur = this.partsExpr(parts, parts.length);
      }
    } else {
      // One key per primaryPrefix: enumerate it instead of probing nine absent ones.
      let k = "";
      for (const key in pc) {
        k = key;
        break;
      }
      const c = pc[k]?.[0];
      if (c === undefined) return this.errorExpr(n);
      switch (k) {
        case "literal":
          cur = this.literal(c as Cst);
          break;
        case "This":
          cur = placed({ kind: "This", id: 0, start: 0, end: 0, line: 0, col: 0 }, this.locT(c as Tok));
          break;
        case "parenthesisExpression":
          cur = this.expression(node(c as Cst, "expression"), c as Cst);
          break;
        case "newExpression": {
          const ac = node(c as Cst, "arrayCreationExpression");
          cur = ac ? this.newArray(ac) : this.newClass(node(c as Cst, "unqualifiedClassInstanceCreationExpression")!);
          break;
        }
        case "castExpression":
          cur = this.cast(c as Cst);
          break;
        case "switchStatement": {
          const sw = c as Cst;
          cur = placed({ kind: "SwitchExpr", id: 0, selector: this.expression(node(sw, "expression"), sw), cases: this.switchBlock(node(sw, "switchBlock")), start: 0, end: 0, line: 0, col: 0 }, this.locN(sw));
          break;
        }
        case "unannPrimitiveTypeWithOptionalDimsSuffix":
          cur = this.primitiveWithDims(c as Cst);
          break;
        case "Void":
          cur = placed({ kind: "PrimitiveType", id: 0, name: "void", annotations: [], start: 0, end: 0, line: 0, col: 0 }, this.locT(c as Tok));
          break;
        default:
          return this.errorExpr(n);
      }
    }
    if (i >= suffixes.length) return this.asExpr(cur, n);

    let pending: { name: string; typeArgs?: A.TypeArg[]; end: number } | undefined;
    const flush = (): void => {
      if (!pending) return;
      const target = this.asExpr(cur, n);
      cur = placed({ kind: "FieldAccess", id: 0, target, name: pending.name, start: 0, end: 0, line: 0, col: 0 }, this.locR(start, pending.end));
      pending = undefined;
    };
    for (; i < suffixes.length; i++) {
      const s = suffixes[i]!;
      const sc = s.children;
      const end = s.location.endOffset;
      if (sc["Dot"]) {
        flush();
        if (sc["This"]) {
          const q = this.dottedOf(cur);
          const th: A.This = placed({ kind: "This", id: 0, start: 0, end: 0, line: 0, col: 0 }, this.locR(start, end));
          if (q !== undefined) th.qualifier = q;
          cur = th;
        } else if (sc["unqualifiedClassInstanceCreationExpression"]) {
          cur = this.newClass(sc["unqualifiedClassInstanceCreationExpression"][0] as Cst, this.asExpr(cur, n), start);
        } else if (sc["Identifier"]) {
          const ta = sc["typeArguments"]?.[0] as Cst | undefined;
          pending = { name: (sc["Identifier"][0] as Tok).image, end };
          if (ta) pending.typeArgs = this.typeArguments(ta);
        } else {
          this.error(s.location.startOffset, "J2X1005", "string templates");
          cur = this.errorExpr(n);
        }
        continue;
      }
      const mi = sc["methodInvocationSuffix"]?.[0] as Cst | undefined;
      if (mi) {
        if (pending) {
          const call: A.MethodCall = placed({ kind: "MethodCall", id: 0, target: this.asExpr(cur, n), name: pending.name, args: this.arguments(node(mi, "argumentList")), start: 0, end: 0, line: 0, col: 0 }, this.locR(start, end));
          if (pending.typeArgs) call.typeArgs = pending.typeArgs;
          cur = call;
          pending = undefined;
        } else {
          this.error(s.location.startOffset, "J2X1001", "a method call needs a method name");
          cur = this.errorExpr(n);
        }
        continue;
      }
      flush();
      const cl = sc["classLiteralSuffix"]?.[0] as Cst | undefined;
      if (cl) {
        const base = this.asType(cur);
        const extra = cl.children["LSquare"]?.length ?? 0;
        cur = base ? placed({ kind: "ClassLit", id: 0, type: this.withDims(base, undefined, extra), start: 0, end: 0, line: 0, col: 0 }, this.locR(start, end)) : this.errorExpr(n);
        continue;
      }
      const aa = sc["arrayAccessSuffix"]?.[0] as Cst | undefined;
      if (aa) {
        cur = placed({ kind: "ArrayAccess", id: 0, array: this.asExpr(cur, n), index: this.expression(node(aa, "expression"), aa), start: 0, end: 0, line: 0, col: 0 }, this.locR(start, end));
        continue;
      }
      const mr = sc["methodReferenceSuffix"]?.[0] as Cst | undefined;
      if (mr) {
        const ref: A.MethodRef = placed({ kind: "MethodRef", id: 0, target: cur, name: (tok(mr, "Identifier") ?? tok(mr, "New"))?.image ?? "", start: 0, end: 0, line: 0, col: 0 }, this.locR(start, end));
        const ta = node(mr, "typeArguments");
        if (ta) ref.typeArgs = this.typeArguments(ta);
        cur = ref;
      }
    }
    flush();
    return this.asExpr(cur, n);
  }

  /** A type left where an expression is needed (`int[]` with no `::`/`.class`): an ErrorExpr. */
  private asExpr(e: A.Expr | A.TypeNode, n: Cst): A.Expr {
    switch (e.kind) {
      case "PrimitiveType":
      case "ArrayType":
      case "VarType":
      case "IntersectionType":
      case "UnionType":
        return this.errorExpr(n);
      case "ClassType": {
        // A dotted name that was taken for a type: as an expression it is a name chain.
        let x: A.Expr | undefined;
        for (const s of e.segments) x = x ? placed({ kind: "FieldAccess", id: 0, target: x, name: s.name, start: 0, end: 0, line: 0, col: 0 }, e) : placed({ kind: "Name", id: 0, name: s.name, start: 0, end: 0, line: 0, col: 0 }, e);
        return x ?? this.errorExpr(n);
      }
      default:
        return e;
    }
  }
}

/** A return type spelled `record` with no type arguments: the mark of a record misread as a method. */
function isRecordKeyword(t: A.TypeNode): boolean {
  return t.kind === "ClassType" && t.segments.length === 1 && t.segments[0]!.name === "record" && !t.segments[0]!.typeArgs;
}

/**
 * java-parser reads `yield x;` (a yield of a simple name) as a declaration of a local `x` of type
 * `yield`; `yield` is a restricted identifier that cannot name a type (JLS §3.9), so it is a yield.
 */
function yieldOfName(d: A.LocalVarDecl): A.YieldStmt | undefined {
  const t = d.type;
  if (t.kind !== "ClassType" || t.segments.length !== 1 || t.segments[0].name !== "yield" || t.segments[0].typeArgs || t.segments[0].annotations.length) return undefined;
  if (d.modifiers.flags.length || d.modifiers.annotations.length || d.declarators.length !== 1) return undefined;
  const v = d.declarators[0];
  if (v.dims || v.init) return undefined;
  return placed({ kind: "YieldStmt", value: placed({ kind: "Name", id: 0, name: v.name, start: 0, end: 0, line: 0, col: 0 }, v), start: 0, end: 0, line: 0, col: 0 }, d);
}
