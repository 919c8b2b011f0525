// Go identifiers for Java names: keyword escaping, export casing and the package layout of the
// emitted module (one Go package per Java package, directory from the dotted name).

/** Go keywords and the predeclared names emitted code relies on; Java locals with these names get a `_` suffix. */
const RESERVED = new Set([
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto",
  "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
  "any", "append", "bool", "byte", "cap", "clear", "close", "complex", "copy", "delete", "error", "false", "float32",
  "float64", "imag", "int", "int16", "int32", "int64", "int8", "iota", "len", "make", "max", "min", "new", "nil",
  "panic", "print", "println", "real", "recover", "rune", "string", "true", "uint", "uint16", "uint32", "uint64",
  "uint8", "uintptr", "jrt", "math", "os", "strconv", "this", "ctl", "ret",
]);

/** A Java local, parameter or unexported member name as a Go identifier. */
export function goLocal(name: string): string {
  const clean = name.replace(/\$/g, "_");
  return RESERVED.has(clean) ? clean + "_" : clean;
}

export function exported(name: string): string {
  const clean = name.replace(/\$/g, "_");
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

export function unexported(name: string): string {
  const clean = goLocal(name);
  return clean.charAt(0).toLowerCase() + clean.slice(1);
}

export interface GoPackage {
  /** The Java package ("" for the default package). */
  javaPkg: string;
  /** Directory relative to the module root. */
  dir: string;
  /** The Go package name (last path element, sanitised). */
  name: string;
}

/** `com.acme.order` → `com/acme/order`, package `order`; the default package → `app`. */
export function packageFor(javaPkg: string): GoPackage {
  if (javaPkg === "") return { javaPkg, dir: "app", name: "app" };
  const parts = javaPkg.split(".").map((p) => p.toLowerCase().replace(/[^a-z0-9_]/g, "_"));
  let name = parts[parts.length - 1]!;
  if (/^[0-9]/.test(name) || RESERVED.has(name) || name === "main") name = "p" + name;
  return { javaPkg, dir: parts.join("/"), name };
}

/** Go file names ending in `_test` or an OS/arch suffix are build-constrained; keep them plain. */
export function goFileName(javaFile: string): string {
  const base = javaFile.split("/").pop()!.replace(/\.java$/, "").toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return /_(test|windows|linux|darwin|js|wasm|amd64|arm64|386|arm|android|ios|plan9|unix)$/.test(base) ? `${base}_java.go` : `${base}.go`;
}

/**
 * The field through which a class with subclasses reaches the most-derived object (virtual
 * dispatch). Exported, because a subclass in another Go package sets and reads it.
 */
export function selfField(classGoName: string): string {
  return "Self" + exported(classGoName);
}

/**
 * A local class (declared in a method body): javac names it `Outer$<n><Name>`, an anonymous one
 * `Outer$<n>`. A member of a second declaration of one FQN (`Outer$2.Inner`, see the model's
 * declarationsOf) is not one.
 */
export function isLocalClass(info: { anonymous?: boolean; sym: { fqn: string } }): boolean {
  return !info.anonymous && /\$\d+[^$\d.][^$.]*$/.test(info.sym.fqn);
}

/** The closure that builds instances of a local class, declared where the class is (`newMain_1Local`). */
export function localConstructor(info: { goName: string }): string {
  return "new" + info.goName;
}
