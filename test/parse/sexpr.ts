// Prints AST nodes as compact S-expressions so a parser test row fits on one line.

import type * as A from "../../src/parse/ast.js";

type Any = A.Node | A.Member | A.ElementValue | A.Resource | A.Pattern | A.TypeArg;

function anns(as: A.Annotation[]): string {
  return as.map((a) => sx(a) + " ").join("");
}

function mods(m: A.Modifiers): string {
  return anns(m.annotations) + m.flags.map((f) => f + " ").join("");
}

function typeArgs(ts: A.TypeArg[] | undefined): string {
  return ts ? `<${ts.map(sx).join(",")}>` : "";
}

function list(xs: readonly Any[]): string {
  return xs.map(sx).join(" ");
}

function param(p: A.Param): string {
  const va = p.varargs ? ` ${p.varargsAnnotations ? anns(p.varargsAnnotations) : ""}...` : "";
  const t = p.type ? sx(p.type) + va + " " : "";
  return `${mods(p.modifiers)}${t}${p.name}${"[]".repeat(p.dims)}`;
}

function declarator(d: A.VarDeclarator): string {
  return d.name + "[]".repeat(d.dims) + (d.init ? "=" + sx(d.init) : "");
}

function members(ms: A.Member[]): string {
  return ms.map((m) => " " + sx(m)).join("");
}

function literal(l: A.Literal): string {
  switch (l.litKind) {
    case "int":
      return String(l.value);
    case "long":
      return `${String(l.value)}L`;
    case "float":
      return `${String(l.value)}f`;
    case "double":
      return `${String(l.value)}d`;
    case "char":
      return `'${JSON.stringify(l.value).slice(1, -1)}'`;
    case "string":
      return JSON.stringify(l.value);
    case "textBlock":
      return `"""${JSON.stringify(l.value)}`;
    default:
      return String(l.value);
  }
}

function switchCase(c: A.SwitchCase): string {
  const head = c.labels.length ? `case ${c.labels.map(sx).join(",")}${c.isDefault ? ",default" : ""}` : "default";
  const guard = c.guard ? ` when ${sx(c.guard)}` : "";
  return `(${head}${guard} ${c.arrow ? "->" : ":"}${c.body.map((s) => " " + sx(s)).join("")})`;
}

function typeDecl(d: A.TypeDecl): string {
  const head = `${mods(d.modifiers)}${d.name}${d.typeParams.length ? `<${d.typeParams.map(sx).join(",")}>` : ""}`;
  switch (d.kind) {
    case "ClassDecl":
      return `(class ${head}${d.superclass ? " extends " + sx(d.superclass) : ""}${d.interfaces.length ? " implements " + d.interfaces.map(sx).join(",") : ""}${d.permits.length ? " permits " + d.permits.map(sx).join(",") : ""}${members(d.members)})`;
    case "InterfaceDecl":
      return `(interface ${head}${d.extends.length ? " extends " + d.extends.map(sx).join(",") : ""}${d.permits.length ? " permits " + d.permits.map(sx).join(",") : ""}${members(d.members)})`;
    case "EnumDecl":
      return `(enum ${head}${d.interfaces.length ? " implements " + d.interfaces.map(sx).join(",") : ""} ${d.constants.map(sx).join(" ")}${members(d.members)})`;
    case "RecordDecl":
      return `(record ${head}(${d.components.map(param).join(", ")})${d.interfaces.length ? " implements " + d.interfaces.map(sx).join(",") : ""}${members(d.members)})`;
    case "AnnotationTypeDecl":
      return `(@interface ${head}${members(d.members)})`;
  }
}

/** The S-expression of any node. */
export function sx(n: Any): string {
  switch (n.kind) {
    case "CompilationUnit":
      return [n.package ? `(package ${n.package.name})` : "", ...n.imports.map(sx), ...n.types.map(sx)].filter(Boolean).join(" ");
    case "PackageDecl":
      return `(package ${n.name})`;
    case "ImportDecl":
      return `(import ${n.static ? "static " : ""}${n.name}${n.onDemand ? ".*" : ""})`;
    case "Comment":
      return n.text;
    case "Annotation":
      return `@${n.name}${n.args.length ? `(${n.args.map((a) => `${a.name}=${sx(a.value)}`).join(",")})` : ""}`;
    case "ElementArray":
      return `{${list(n.elements)}}`;
    case "PrimitiveType":
      return anns(n.annotations) + n.name;
    case "ClassType":
      return n.segments.map((s) => anns(s.annotations) + s.name + typeArgs(s.typeArgs)).join(".");
    case "ArrayType":
      return sx(n.elem) + (n.dimAnnotations ? n.dimAnnotations.map((d) => (d.length ? " " + anns(d) : "") + "[]").join("") : "[]".repeat(n.dims));
    case "WildcardType":
      return anns(n.annotations) + "?" + (n.bound ? ` ${n.bound.kind} ${sx(n.bound.type)}` : "");
    case "VarType":
      return "var";
    case "IntersectionType":
      return n.types.map(sx).join("&");
    case "UnionType":
      return n.types.map(sx).join("|");
    case "TypeParam":
      return anns(n.annotations) + n.name + (n.bounds.length ? " extends " + n.bounds.map(sx).join("&") : "");
    case "ClassDecl":
    case "InterfaceDecl":
    case "EnumDecl":
    case "RecordDecl":
    case "AnnotationTypeDecl":
      return typeDecl(n);
    case "EnumConstant":
      return `${anns(n.annotations)}${n.name}${n.args.length ? `(${list(n.args)})` : ""}${n.body ? `{${members(n.body).trim()}}` : ""}`;
    case "VarDeclarator":
      return declarator(n);
    case "FieldDecl":
      return `(field ${mods(n.modifiers)}${sx(n.type)} ${n.declarators.map(declarator).join(" ")})`;
    case "Param":
      return param(n);
    case "MethodDecl":
      return `(method ${mods(n.modifiers)}${n.typeParams.length ? `<${n.typeParams.map(sx).join(",")}> ` : ""}${sx(n.returnType)} ${n.name}(${n.params.map(param).join(", ")})${n.throws.length ? " throws " + n.throws.map(sx).join(",") : ""}${n.defaultValue ? " default " + sx(n.defaultValue) : ""}${n.body ? " " + sx(n.body) : ""})`;
    case "ConstructorDecl":
      return `(ctor ${mods(n.modifiers)}${n.name}${n.compact ? "" : `(${n.params.map(param).join(", ")})`}${n.throws.length ? " throws " + n.throws.map(sx).join(",") : ""} ${sx(n.body)})`;
    case "InitializerBlock":
      return `(init${n.static ? " static" : ""} ${sx(n.body)})`;
    case "Block":
      return `{${list(n.stmts)}}`;
    case "LocalVarDecl":
      return `(local ${mods(n.modifiers)}${sx(n.type)} ${n.declarators.map(declarator).join(" ")})`;
    case "LocalClassDecl":
      return sx(n.decl);
    case "ExprStmt":
      return sx(n.expr) + ";";
    case "IfStmt":
      return `(if ${sx(n.cond)} ${sx(n.then)}${n.else ? " " + sx(n.else) : ""})`;
    case "WhileStmt":
      return `(while ${sx(n.cond)} ${sx(n.body)})`;
    case "DoStmt":
      return `(do ${sx(n.body)} ${sx(n.cond)})`;
    case "ForStmt":
      return `(for ${Array.isArray(n.init) ? `(${list(n.init)})` : sx(n.init)} ${n.cond ? sx(n.cond) : "_"} (${list(n.update)}) ${sx(n.body)})`;
    case "ForEachStmt":
      return `(foreach ${mods(n.modifiers)}${sx(n.varType)} ${n.name} ${sx(n.iterable)} ${sx(n.body)})`;
    case "ReturnStmt":
      return n.value ? `(return ${sx(n.value)})` : "(return)";
    case "BreakStmt":
      return n.label ? `(break ${n.label})` : "(break)";
    case "ContinueStmt":
      return n.label ? `(continue ${n.label})` : "(continue)";
    case "YieldStmt":
      return `(yield ${sx(n.value)})`;
    case "ThrowStmt":
      return `(throw ${sx(n.expr)})`;
    case "CatchClause":
      return `(catch ${mods(n.modifiers)}${n.types.map(sx).join("|")} ${n.name} ${sx(n.body)})`;
    case "TryStmt":
      return `(try ${n.resources.length ? `(${list(n.resources)}) ` : ""}${sx(n.block)}${n.catches.map((c) => " " + sx(c)).join("")}${n.finally ? " (finally " + sx(n.finally) + ")" : ""})`;
    case "SwitchCase":
      return switchCase(n);
    case "SwitchStmt":
      return `(switch ${sx(n.selector)} ${n.cases.map(switchCase).join(" ")})`;
    case "SynchronizedStmt":
      return `(synchronized ${sx(n.lock)} ${sx(n.body)})`;
    case "LabeledStmt":
      return `(label ${n.label} ${sx(n.body)})`;
    case "AssertStmt":
      return `(assert ${sx(n.cond)}${n.message ? " " + sx(n.message) : ""})`;
    case "EmptyStmt":
      return ";";
    case "CtorCallStmt":
      return `(${n.qualifier ? sx(n.qualifier) + "." : ""}${typeArgs(n.typeArgs)}${n.target}${n.args.map((a) => " " + sx(a)).join("")})`;
    case "TypePattern":
      return `(${mods(n.modifiers)}${sx(n.type)}${n.name !== undefined ? " " + n.name : " _"})`;
    case "RecordPattern":
      return `(${sx(n.type)} ${list(n.subpatterns)})`;
    case "Literal":
      return literal(n);
    case "Name":
      return n.name;
    case "FieldAccess":
      return `(. ${sx(n.target)} ${n.name})`;
    case "This":
      return n.qualifier ? `${n.qualifier}.this` : "this";
    case "Super":
      return n.qualifier ? `${n.qualifier}.super` : "super";
    case "MethodCall":
      return `(call ${n.target ? sx(n.target) : "_"} ${typeArgs(n.typeArgs)}${n.name}${n.args.map((a) => " " + sx(a)).join("")})`;
    case "NewExpr":
      return `(new ${n.outer ? sx(n.outer) + " " : ""}${typeArgs(n.typeArgs)}${sx(n.type)}${n.args.map((a) => " " + sx(a)).join("")}${n.body ? ` {${members(n.body).trim()}}` : ""})`;
    case "NewArrayExpr":
      return `(newarray ${sx(n.elemType)}${n.dimExprs.map((d) => `[${sx(d)}]`).join("")}${"[]".repeat(n.extraDims)}${n.init ? " " + sx(n.init) : ""})`;
    case "ArrayInit":
      return `{${list(n.elements)}}`;
    case "ArrayAccess":
      return `([] ${sx(n.array)} ${sx(n.index)})`;
    case "Unary":
      return n.prefix ? `(${n.op} ${sx(n.operand)})` : `(post${n.op} ${sx(n.operand)})`;
    case "Binary":
      return `(${n.op} ${sx(n.left)} ${sx(n.right)})`;
    case "Assign":
      return `(${n.op} ${sx(n.target)} ${sx(n.value)})`;
    case "Conditional":
      return `(? ${sx(n.cond)} ${sx(n.then)} ${sx(n.else)})`;
    case "Cast":
      return `(cast ${sx(n.type)} ${sx(n.expr)})`;
    case "InstanceOf":
      return `(instanceof ${sx(n.expr)} ${sx(n.test)})`;
    case "Lambda":
      return `(lambda (${n.params.map(param).join(", ")}) ${sx(n.body)})`;
    case "MethodRef":
      return `(:: ${sx(n.target)} ${typeArgs(n.typeArgs)}${n.name})`;
    case "ClassLit":
      return `(classlit ${sx(n.type)})`;
    case "SwitchExpr":
      return `(switchexpr ${sx(n.selector)} ${n.cases.map(switchCase).join(" ")})`;
    case "ErrorExpr":
      return `(error ${JSON.stringify(n.text)})`;
  }
}
