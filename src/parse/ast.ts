// The compact, typed Java AST that every later stage reads. Node kinds are named after the JLS
// productions; every node carries its source location. The CST from java-parser is lowered into
// this shape file by file and then dropped (see docs/architecture.md).

/** Source position of a node: UTF-16 offsets into the decoded file text, 1-based line and column. */
export interface Loc {
  /** UTF-16 offset of the first character (inclusive). */
  start: number;
  /** UTF-16 offset one past the last character (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, counted in UTF-16 code units. */
  col: number;
}

/** A node's position alone, e.g. to give another node the same one (`{ kind, …, ...locOf(n) }`). */
export function locOf(at: Loc): Loc {
  return { start: at.start, end: at.end, line: at.line, col: at.col };
}

/**
 * Every node carries its position inline (start, end, line, col) rather than in a `loc` object:
 * an object per node was a third of the AST's memory (56 bytes each, ~5 per line of code).
 */
interface NodeBase extends Loc {
  /**
   * Not part of the tree's meaning: a slot the semantic model numbers the node in (0 = not yet),
   * so its side tables are arrays rather than maps (src/semantic/node-table.ts). The lowering
   * reserves it in the nodes the model describes (expressions, types, declarations) so numbering
   * them does not change their shape; any other node gets the property when first numbered.
   */
  id?: number;
}

// ---------------------------------------------------------------------------------------------
// Compilation unit, comments, annotations, modifiers

export interface CompilationUnit extends NodeBase {
  kind: "CompilationUnit";
  package?: PackageDecl;
  imports: ImportDecl[];
  types: TypeDecl[];
  /** Every comment of the file in source order, Javadoc included (also attached as `doc`). */
  comments: Comment[];
  /** `module-info.java`: kept only as its name; java2x does not translate modules. */
  moduleName?: string;
}

export interface PackageDecl extends NodeBase {
  kind: "PackageDecl";
  name: string;
  annotations: Annotation[];
}

export interface ImportDecl extends NodeBase {
  kind: "ImportDecl";
  /** Dotted name as written, without the trailing `.*`. */
  name: string;
  static: boolean;
  /** `import a.b.*;` */
  onDemand: boolean;
}

export interface Comment extends NodeBase {
  kind: "Comment";
  style: "line" | "block" | "javadoc";
  /** The comment text including its delimiters. */
  text: string;
}

export type Modifier =
  | "public"
  | "protected"
  | "private"
  | "static"
  | "abstract"
  | "final"
  | "native"
  | "synchronized"
  | "transient"
  | "volatile"
  | "strictfp"
  | "default"
  | "sealed"
  | "non-sealed";

export interface Modifiers {
  flags: Modifier[];
  annotations: Annotation[];
}

export interface Annotation extends NodeBase {
  kind: "Annotation";
  /** Dotted name as written (`Service`, `org.springframework.stereotype.Service`). */
  name: string;
  /** Element-value pairs; the single-element form `@A(x)` is stored under the name `value`. */
  args: AnnotationArg[];
}

export interface AnnotationArg {
  name: string;
  value: ElementValue;
}

export interface ElementArray extends NodeBase {
  kind: "ElementArray";
  elements: ElementValue[];
}

export type ElementValue = Expr | Annotation | ElementArray;

// ---------------------------------------------------------------------------------------------
// Types as written in the source

export type PrimitiveName = "boolean" | "byte" | "short" | "char" | "int" | "long" | "float" | "double";

export interface PrimitiveType extends NodeBase {
  kind: "PrimitiveType";
  name: PrimitiveName | "void";
  annotations: Annotation[];
}

/** One dotted segment of a class type, with its own type arguments: `Map.Entry<K, V>`. */
export interface ClassTypeSegment {
  name: string;
  /** Type arguments; an empty list is the diamond `<>` of `new ArrayList<>()`. */
  typeArgs?: TypeArg[];
  annotations: Annotation[];
}

export interface ClassType extends NodeBase {
  kind: "ClassType";
  /** At least one segment; a qualified name such as `java.util.List` has one per identifier. */
  segments: ClassTypeSegment[];
}

export interface ArrayType extends NodeBase {
  kind: "ArrayType";
  elem: TypeNode;
  /** Number of `[]` pairs (at least 1). */
  dims: number;
  /** Type annotations per dimension (`String @A [] @B []`), present only when there are any. */
  dimAnnotations?: Annotation[][];
}

export interface WildcardType extends NodeBase {
  kind: "WildcardType";
  bound?: { kind: "extends" | "super"; type: TypeNode };
  annotations: Annotation[];
}

/** `var` in a local variable declaration or lambda parameter. */
export interface VarType extends NodeBase {
  kind: "VarType";
}

/** `A & B` in a cast or a type-parameter bound. */
export interface IntersectionType extends NodeBase {
  kind: "IntersectionType";
  types: TypeNode[];
}

/** `A | B` in a multi-catch. */
export interface UnionType extends NodeBase {
  kind: "UnionType";
  types: TypeNode[];
}

export type TypeNode = PrimitiveType | ClassType | ArrayType | VarType | IntersectionType | UnionType;
export type TypeArg = TypeNode | WildcardType;

export interface TypeParam extends NodeBase {
  kind: "TypeParam";
  name: string;
  bounds: TypeNode[];
  annotations: Annotation[];
}

// ---------------------------------------------------------------------------------------------
// Declarations

interface TypeDeclBase extends NodeBase {
  name: string;
  modifiers: Modifiers;
  typeParams: TypeParam[];
  members: Member[];
  /** The Javadoc comment directly before the declaration, with delimiters. */
  doc?: string;
}

export interface ClassDecl extends TypeDeclBase {
  kind: "ClassDecl";
  superclass?: ClassType;
  interfaces: ClassType[];
  permits: ClassType[];
}

export interface InterfaceDecl extends TypeDeclBase {
  kind: "InterfaceDecl";
  extends: ClassType[];
  permits: ClassType[];
}

export interface EnumDecl extends TypeDeclBase {
  kind: "EnumDecl";
  interfaces: ClassType[];
  constants: EnumConstant[];
}

export interface EnumConstant extends NodeBase {
  kind: "EnumConstant";
  name: string;
  annotations: Annotation[];
  args: Expr[];
  /** Members of a constant-specific class body, if the constant has one. */
  body?: Member[];
  doc?: string;
}

export interface RecordDecl extends TypeDeclBase {
  kind: "RecordDecl";
  components: Param[];
  interfaces: ClassType[];
}

export interface AnnotationTypeDecl extends TypeDeclBase {
  kind: "AnnotationTypeDecl";
}

export type TypeDecl = ClassDecl | InterfaceDecl | EnumDecl | RecordDecl | AnnotationTypeDecl;

export interface VarDeclarator extends NodeBase {
  kind: "VarDeclarator";
  name: string;
  /** Extra `[]` after the name (`int a[]`), added to the declared type. */
  dims: number;
  init?: Expr | ArrayInit;
}

export interface FieldDecl extends NodeBase {
  kind: "FieldDecl";
  modifiers: Modifiers;
  type: TypeNode;
  declarators: VarDeclarator[];
  doc?: string;
}

export interface Param extends NodeBase {
  kind: "Param";
  modifiers: Modifiers;
  /** Absent only for implicitly typed lambda parameters (`x -> …`, `(a, b) -> …`). */
  type?: TypeNode;
  name: string;
  varargs: boolean;
  /** Type annotations on the varargs ellipsis (`String @Nullable ... args`), when present. */
  varargsAnnotations?: Annotation[];
  /** Extra `[]` after the name. */
  dims: number;
}

export interface MethodDecl extends NodeBase {
  kind: "MethodDecl";
  modifiers: Modifiers;
  typeParams: TypeParam[];
  returnType: TypeNode;
  name: string;
  params: Param[];
  throws: ClassType[];
  /** Absent for abstract, native and interface methods without a body. */
  body?: Block;
  /** Annotation-type element default: `String value() default "";` */
  defaultValue?: ElementValue;
  doc?: string;
}

export interface ConstructorDecl extends NodeBase {
  kind: "ConstructorDecl";
  modifiers: Modifiers;
  typeParams: TypeParam[];
  name: string;
  params: Param[];
  throws: ClassType[];
  body: Block;
  /** A record's compact canonical constructor (`Point { … }`): `params` is empty. */
  compact: boolean;
  doc?: string;
}

export interface InitializerBlock extends NodeBase {
  kind: "InitializerBlock";
  static: boolean;
  body: Block;
}

export type Member = FieldDecl | MethodDecl | ConstructorDecl | InitializerBlock | TypeDecl;

// ---------------------------------------------------------------------------------------------
// Statements

export interface Block extends NodeBase {
  kind: "Block";
  stmts: Stmt[];
}

export interface LocalVarDecl extends NodeBase {
  kind: "LocalVarDecl";
  modifiers: Modifiers;
  type: TypeNode;
  declarators: VarDeclarator[];
}

export interface LocalClassDecl extends NodeBase {
  kind: "LocalClassDecl";
  decl: ClassDecl | InterfaceDecl | EnumDecl | RecordDecl;
}

export interface ExprStmt extends NodeBase {
  kind: "ExprStmt";
  expr: Expr;
}

export interface IfStmt extends NodeBase {
  kind: "IfStmt";
  cond: Expr;
  then: Stmt;
  else?: Stmt;
}

export interface WhileStmt extends NodeBase {
  kind: "WhileStmt";
  cond: Expr;
  body: Stmt;
}

export interface DoStmt extends NodeBase {
  kind: "DoStmt";
  body: Stmt;
  cond: Expr;
}

export interface ForStmt extends NodeBase {
  kind: "ForStmt";
  /** Either one local variable declaration or a list of expression statements. */
  init: LocalVarDecl | Expr[];
  cond?: Expr;
  update: Expr[];
  body: Stmt;
}

export interface ForEachStmt extends NodeBase {
  kind: "ForEachStmt";
  modifiers: Modifiers;
  varType: TypeNode;
  name: string;
  iterable: Expr;
  body: Stmt;
}

export interface ReturnStmt extends NodeBase {
  kind: "ReturnStmt";
  value?: Expr;
}

export interface BreakStmt extends NodeBase {
  kind: "BreakStmt";
  label?: string;
}

export interface ContinueStmt extends NodeBase {
  kind: "ContinueStmt";
  label?: string;
}

export interface YieldStmt extends NodeBase {
  kind: "YieldStmt";
  value: Expr;
}

export interface ThrowStmt extends NodeBase {
  kind: "ThrowStmt";
  expr: Expr;
}

export interface CatchClause extends NodeBase {
  kind: "CatchClause";
  modifiers: Modifiers;
  /** One type, or several for a multi-catch `catch (A | B e)`. */
  types: ClassType[];
  name: string;
  body: Block;
}

/** A try-with-resources resource: a declaration, or an effectively final variable/field. */
export type Resource = LocalVarDecl | Expr;

export interface TryStmt extends NodeBase {
  kind: "TryStmt";
  resources: Resource[];
  block: Block;
  catches: CatchClause[];
  finally?: Block;
}

/**
 * One `case`/`default` group. Colon form: `body` is the statement list up to the next label
 * (fall-through applies). Arrow form: `body` holds exactly one statement, an `ExprStmt` for
 * `case X -> expr;` (its value is the case's value in a switch expression), a `Block`, or a
 * `ThrowStmt`.
 */
export interface SwitchCase extends NodeBase {
  kind: "SwitchCase";
  /** Constant expressions, enum constant names (as `Name`), patterns, or a `null` literal. */
  labels: (Expr | Pattern)[];
  /** `default` or `case null, default`. */
  isDefault: boolean;
  /** `when` guard of a pattern label. */
  guard?: Expr;
  arrow: boolean;
  body: Stmt[];
}

export interface SwitchStmt extends NodeBase {
  kind: "SwitchStmt";
  selector: Expr;
  cases: SwitchCase[];
}

export interface SynchronizedStmt extends NodeBase {
  kind: "SynchronizedStmt";
  lock: Expr;
  body: Block;
}

export interface LabeledStmt extends NodeBase {
  kind: "LabeledStmt";
  label: string;
  body: Stmt;
}

export interface AssertStmt extends NodeBase {
  kind: "AssertStmt";
  cond: Expr;
  message?: Expr;
}

export interface EmptyStmt extends NodeBase {
  kind: "EmptyStmt";
}

/** `this(…)` or `super(…)` as the first statement of a constructor (`outer.super(…)` keeps `qualifier`). */
export interface CtorCallStmt extends NodeBase {
  kind: "CtorCallStmt";
  target: "this" | "super";
  qualifier?: Expr;
  typeArgs?: TypeArg[];
  args: Expr[];
}

export type Stmt =
  | Block
  | LocalVarDecl
  | LocalClassDecl
  | ExprStmt
  | IfStmt
  | WhileStmt
  | DoStmt
  | ForStmt
  | ForEachStmt
  | ReturnStmt
  | BreakStmt
  | ContinueStmt
  | YieldStmt
  | ThrowStmt
  | TryStmt
  | SwitchStmt
  | SynchronizedStmt
  | LabeledStmt
  | AssertStmt
  | EmptyStmt
  | CtorCallStmt;

// ---------------------------------------------------------------------------------------------
// Patterns (instanceof and switch)

export interface TypePattern extends NodeBase {
  kind: "TypePattern";
  modifiers: Modifiers;
  type: TypeNode;
  /** Absent for the unnamed pattern `_` of newer Java versions. */
  name?: string;
}

export interface RecordPattern extends NodeBase {
  kind: "RecordPattern";
  type: ClassType;
  subpatterns: Pattern[];
}

export type Pattern = TypePattern | RecordPattern;

// ---------------------------------------------------------------------------------------------
// Expressions

export type LiteralKind = "int" | "long" | "float" | "double" | "char" | "string" | "textBlock" | "boolean" | "null";

export interface Literal extends NodeBase {
  kind: "Literal";
  litKind: LiteralKind;
  /** The literal as written (after unicode-escape translation). */
  raw: string;
  /**
   * The decoded value: numbers for int/float/double (`long` literals keep a decimal string so
   * no precision is lost), the unescaped text for string/textBlock/char, true/false, null.
   */
  value: string | number | boolean | null;
}

/** A simple identifier in expression position: a local, field, type or package name (resolved later). */
export interface Name extends NodeBase {
  kind: "Name";
  name: string;
}

export interface FieldAccess extends NodeBase {
  kind: "FieldAccess";
  target: Expr;
  name: string;
}

export interface This extends NodeBase {
  kind: "This";
  /** `Outer.this` */
  qualifier?: string;
}

/** `super` as the target of a field access or method call (`super.x`, `Outer.super.m()`). */
export interface Super extends NodeBase {
  kind: "Super";
  qualifier?: string;
}

export interface MethodCall extends NodeBase {
  kind: "MethodCall";
  /** Absent for an unqualified call `m(…)`. */
  target?: Expr;
  typeArgs?: TypeArg[];
  name: string;
  args: Expr[];
}

export interface NewExpr extends NodeBase {
  kind: "NewExpr";
  type: ClassType;
  typeArgs?: TypeArg[];
  args: Expr[];
  /** Anonymous class body. */
  body?: Member[];
  /** `outer.new Inner()` */
  outer?: Expr;
}

export interface ArrayInit extends NodeBase {
  kind: "ArrayInit";
  elements: (Expr | ArrayInit)[];
}

export interface NewArrayExpr extends NodeBase {
  kind: "NewArrayExpr";
  /** The element type without any dimensions. */
  elemType: TypeNode;
  /** Sized dimensions `new int[n][m]`. */
  dimExprs: Expr[];
  /** Unsized dimensions after the sized ones (`new int[n][]` → 1; `new int[]{…}` → 1). */
  extraDims: number;
  init?: ArrayInit;
}

export interface ArrayAccess extends NodeBase {
  kind: "ArrayAccess";
  array: Expr;
  index: Expr;
}

export type UnaryOp = "+" | "-" | "!" | "~" | "++" | "--";

export interface Unary extends NodeBase {
  kind: "Unary";
  op: UnaryOp;
  /** `++x` is prefix, `x++` is not; only `++`/`--` can be postfix. */
  prefix: boolean;
  operand: Expr;
}

export type BinaryOp =
  | "||"
  | "&&"
  | "|"
  | "^"
  | "&"
  | "=="
  | "!="
  | "<"
  | ">"
  | "<="
  | ">="
  | "<<"
  | ">>"
  | ">>>"
  | "+"
  | "-"
  | "*"
  | "/"
  | "%";

export interface Binary extends NodeBase {
  kind: "Binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | ">>>=";

export interface Assign extends NodeBase {
  kind: "Assign";
  op: AssignOp;
  target: Expr;
  value: Expr | ArrayInit;
}

export interface Conditional extends NodeBase {
  kind: "Conditional";
  cond: Expr;
  then: Expr;
  else: Expr;
}

export interface Cast extends NodeBase {
  kind: "Cast";
  /** A single type, or an `IntersectionType` for `(A & B) x`. */
  type: TypeNode;
  expr: Expr;
}

export interface InstanceOf extends NodeBase {
  kind: "InstanceOf";
  expr: Expr;
  /** `x instanceof T` (plain test) or `x instanceof T t` / record pattern. */
  test: TypeNode | Pattern;
}

export interface Lambda extends NodeBase {
  kind: "Lambda";
  params: Param[];
  body: Expr | Block;
}

export interface MethodRef extends NodeBase {
  kind: "MethodRef";
  /** `String::valueOf` (a type), `this::m`, `super::m`, `list::add` (an expression), `int[]::new`. */
  target: Expr | TypeNode;
  typeArgs?: TypeArg[];
  /** The method name, or `new` for a constructor reference. */
  name: string;
}

export interface ClassLit extends NodeBase {
  kind: "ClassLit";
  type: TypeNode;
}

export interface SwitchExpr extends NodeBase {
  kind: "SwitchExpr";
  selector: Expr;
  cases: SwitchCase[];
}

/** Source the lowering could not make sense of (only after a syntax error); keeps its text. */
export interface ErrorExpr extends NodeBase {
  kind: "ErrorExpr";
  text: string;
}

export type Expr =
  | Literal
  | Name
  | FieldAccess
  | This
  | Super
  | MethodCall
  | NewExpr
  | NewArrayExpr
  | ArrayAccess
  | Unary
  | Binary
  | Assign
  | Conditional
  | Cast
  | InstanceOf
  | Lambda
  | MethodRef
  | ClassLit
  | SwitchExpr
  | ErrorExpr;

export type Node =
  | CompilationUnit
  | PackageDecl
  | ImportDecl
  | Comment
  | Annotation
  | ElementArray
  | TypeNode
  | WildcardType
  | TypeParam
  | TypeDecl
  | EnumConstant
  | VarDeclarator
  | FieldDecl
  | Param
  | MethodDecl
  | ConstructorDecl
  | InitializerBlock
  | Stmt
  | CatchClause
  | SwitchCase
  | Pattern
  | Expr
  | ArrayInit;

export type NodeKind = Node["kind"];
