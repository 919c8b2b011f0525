// Dev-time generator for the bundled JDK model: runs `javap` over a curated set of JDK packages and
// writes the compact, deterministic signature table `src/semantic/jdk/jdk-model.data.ts`.
//
// Regenerate (needs a JDK on PATH or JAVA_HOME; 17 is what the committed file was built from):
//
//     npx tsx scripts/gen-jdk-model.ts            # writes src/semantic/jdk/jdk-model.data.ts
//     npx tsx scripts/gen-jdk-model.ts --stats    # also prints per-package counts
//
// Output varies slightly between JDK builds (new members, and parameter names are only known when
// the JDK was compiled with debug info), so tests pin behaviour, not the file's bytes.
//
// Why `javap -v` rather than plain `javap`: the verbose listing carries the raw access flags, which
// is the only reliable way to drop bridge/synthetic methods (`String.compareTo(Object)`), recognise
// enums, annotations, varargs and static member classes, and it carries the JVM generic `Signature`
// attribute, which is far easier to parse exactly than javap's Java-syntax rendering.
// `-constants` is passed too so the Java-syntax line shows constant values; we read the exact value
// from the `ConstantValue` attribute instead.
//
// Encoding (parsed lazily by src/semantic/jdk/index.ts, which documents the grammar too):
//   type     := Z|B|C|S|I|J|F|D|V | '[' type | 'L' idx ('<' targ+ '>')? ';' | 'T' ident ';'
//   targ     := '*' | '+' type | '-' type | type
//   tparams  := tparam (',' tparam)*        tparam := ident (':' type)*   (no bound = Object)
//   idx      := base-36 index into CLASSES (most referenced first, so common names cost 1-2 chars)
//   type record  := header '|' tparams '|' super '|' interfaces '|' nested ',' list '|' enum-constants ',' list ('|' member)*
//   header   := kind(c|i|e|r|a) flags(A abstract, F final, P protected, N inner i.e. non-static member)
//   member   := 'f' flags '~' name '~' type ('~' const)?                  flags: S static, F final, P protected
//             | 'm' flags '~' name '~' ('<' tparams '>')? '(' type* ')' type ('^' type)* ('~' paramNames)?
//                                                     flags: S static, A abstract, D default, V varargs, P protected

import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whole packages whose public top-level types are all included (java.base unless noted). */
const PACKAGES = [
  "java.lang",
  "java.lang.annotation",
  "java.util",
  "java.util.function",
  "java.util.stream",
  "java.util.concurrent",
  "java.util.concurrent.atomic",
  "java.util.concurrent.locks",
  "java.util.regex",
  "java.math",
  "java.time",
  "java.time.format",
  "java.time.temporal",
  "java.text",
  "java.io",
  "java.nio.file",
  "java.nio.charset",
];

/** Single types from other packages that services commonly touch. */
const EXTRA_TYPES = [
  "java.lang.ref.WeakReference",
  "java.lang.ref.SoftReference",
  "java.sql.Timestamp",
  "java.sql.Date",
  "java.sql.SQLException",
  "java.net.URI",
  "java.net.URL",
  "java.net.URLEncoder",
  "java.net.URLDecoder",
  "java.net.URISyntaxException",
  "java.net.MalformedURLException",
  "java.net.UnknownHostException",
  "java.net.SocketTimeoutException",
  "java.nio.Buffer",
  "java.nio.ByteBuffer",
  "java.nio.CharBuffer",
  "java.nio.ByteOrder",
  "java.util.logging.Logger",
  "java.util.logging.Level",
];

const BATCH = 40;
/** Tools come from the JDK whose modules image is listed, so names and signatures agree. */
let JAVAP = "javap";
const PARALLEL = 6;

// ---------------------------------------------------------------------------------------------
// javap -v parsing

interface RawMember {
  decl: string;
  descriptor: string;
  flags: Set<string>;
  signature?: string;
  constant?: { kind: string; text: string };
  exceptions: string[];
  /** slot -> name for locals live from bytecode offset 0 (the parameters). */
  locals: Map<number, string>;
}

interface RawClass {
  /** Binary name with dots for packages: `java.util.Map$Entry`. */
  binary: string;
  header: string;
  flags: Set<string>;
  superBinary?: string;
  signature?: string;
  /** Member classes declared directly in this class: binary name -> simple name, flags. */
  memberClasses: { binary: string; simple: string; flags: Set<string> }[];
  /** This class's own InnerClasses entry, when it is a member class. */
  self?: { outer: string; simple: string; flags: Set<string> };
  fields: RawMember[];
  methods: RawMember[];
}

function flagSet(line: string): Set<string> {
  return new Set(line.match(/ACC_[A-Z]+/g) ?? []);
}

function commentOf(line: string): string {
  const i = line.indexOf("// ");
  return i < 0 ? "" : line.slice(i + 3).trim();
}

function parseJavapVerbose(out: string): RawClass[] {
  const classes: RawClass[] = [];
  const blocks = out.split(/^Classfile /m).slice(1);
  for (const block of blocks) {
    const lines = block.split("\n");
    let i = 1;
    let header = "";
    let flags = new Set<string>();
    let binary = "";
    let superBinary: string | undefined;
    // Preamble up to the constant pool.
    for (; i < lines.length && !lines[i]!.startsWith("Constant pool:"); i++) {
      const l = lines[i]!;
      if (!l.startsWith(" ") && l.trim() && !header) header = l;
      else if (l.startsWith("  flags:")) flags = flagSet(l);
      else if (l.startsWith("  this_class:")) binary = commentOf(l).replace(/\//g, ".");
      else if (l.startsWith("  super_class:")) {
        const c = commentOf(l);
        if (c) superBinary = c.replace(/\//g, ".");
      }
    }
    while (i < lines.length && lines[i] !== "{") i++;
    i++;
    const fields: RawMember[] = [];
    const methods: RawMember[] = [];
    let cur: RawMember | undefined;
    let attr = "";
    const flush = (): void => {
      if (!cur) return;
      if (cur.decl.includes("(")) methods.push(cur);
      else if (cur.descriptor) fields.push(cur);
      cur = undefined;
    };
    for (; i < lines.length && lines[i] !== "}"; i++) {
      const l = lines[i]!;
      if (!l.trim()) {
        flush();
        continue;
      }
      const indent = l.length - l.trimStart().length;
      const t = l.trim();
      if (indent === 2) {
        flush();
        cur = { decl: t, descriptor: "", flags: new Set(), exceptions: [], locals: new Map() };
        attr = "";
        continue;
      }
      if (!cur) continue;
      if (indent === 4) {
        attr = t.replace(/:.*$/, "");
        if (t.startsWith("descriptor: ")) cur.descriptor = t.slice(12);
        else if (t.startsWith("flags:")) cur.flags = flagSet(t);
        else if (t.startsWith("Signature:")) cur.signature = commentOf(t);
        else if (t.startsWith("ConstantValue: ")) {
          const v = t.slice(15);
          const sp = v.indexOf(" ");
          cur.constant = { kind: v.slice(0, sp), text: v.slice(sp + 1) };
        }
        continue;
      }
      if (attr === "Exceptions" && t.startsWith("throws ")) {
        cur.exceptions.push(...t.slice(7).split(",").map((s) => s.trim()));
      } else if (attr === "Code" && indent >= 8) {
        // LocalVariableTable row: start length slot name signature
        const m = /^(\d+)\s+\d+\s+(\d+)\s+(\S+)\s+\S+$/.exec(t);
        if (m && m[1] === "0" && !cur.locals.has(Number(m[2]))) cur.locals.set(Number(m[2]), m[3]!);
      }
    }
    flush();
    // Class attributes after the member list.
    let signature: string | undefined;
    const memberClasses: RawClass["memberClasses"] = [];
    let self: RawClass["self"];
    let inInner = false;
    for (i++; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l.startsWith(" ")) {
        inInner = l.startsWith("InnerClasses:");
        if (l.startsWith("Signature:")) signature = commentOf(l);
        continue;
      }
      if (!inInner) continue;
      const m = /^(\S+)=class (\S+) of class (\S+)$/.exec(commentOf(l));
      if (!m) continue; // anonymous or local class
      const f = new Set(l.slice(0, l.indexOf("#")).trim().split(/\s+/).filter(Boolean));
      const inner = m[2]!.replace(/\//g, ".");
      const outer = m[3]!.replace(/\//g, ".");
      if (inner === binary) self = { outer, simple: m[1]!, flags: f };
      else if (outer === binary) memberClasses.push({ binary: inner, simple: m[1]!, flags: f });
    }
    if (binary) classes.push({ binary, header, flags, superBinary, signature, memberClasses, self, fields, methods });
  }
  return classes;
}

// ---------------------------------------------------------------------------------------------
// JVM signature parsing into a small AST (generator side only)

type Sig =
  | { k: "prim"; c: string }
  | { k: "arr"; e: Sig }
  | { k: "cls"; name: string; args: Targ[] }
  | { k: "tv"; name: string };
type Targ = { w: "*" } | { w: "+" | "-" | ""; t: Sig };
interface TParam {
  name: string;
  bounds: Sig[];
}

class SigReader {
  i = 0;
  constructor(readonly s: string) {}
  peek(): string {
    return this.s[this.i] ?? "";
  }
  type(): Sig {
    const c = this.s[this.i++];
    switch (c) {
      case "[":
        return { k: "arr", e: this.type() };
      case "T": {
        const end = this.s.indexOf(";", this.i);
        const name = this.s.slice(this.i, end);
        this.i = end + 1;
        return { k: "tv", name };
      }
      case "L": {
        let name = "";
        let args: Targ[] = [];
        for (;;) {
          const ch = this.s[this.i++];
          if (ch === ";") break;
          if (ch === "<") {
            args = this.targs();
            continue;
          }
          // `Outer<X>.Inner<Y>`: the model keeps only the innermost arguments.
          if (ch === ".") {
            name += "$";
            args = [];
            continue;
          }
          if (ch === undefined) throw new Error(`bad signature ${this.s}`);
          name += ch;
        }
        return { k: "cls", name: name.replace(/\//g, "."), args };
      }
      default:
        if (c && "ZBCSIJFDV".includes(c)) return { k: "prim", c };
        throw new Error(`bad signature char ${c} in ${this.s}`);
    }
  }
  targs(): Targ[] {
    const out: Targ[] = [];
    while (this.peek() !== ">") {
      const c = this.peek();
      if (c === "*") {
        this.i++;
        out.push({ w: "*" });
      } else if (c === "+" || c === "-") {
        this.i++;
        out.push({ w: c, t: this.type() });
      } else out.push({ w: "", t: this.type() });
    }
    this.i++;
    return out;
  }
  tparams(): TParam[] {
    const out: TParam[] = [];
    if (this.peek() !== "<") return out;
    this.i++;
    while (this.peek() !== ">") {
      const colon = this.s.indexOf(":", this.i);
      const p: TParam = { name: this.s.slice(this.i, colon), bounds: [] };
      this.i = colon;
      while (this.peek() === ":") {
        this.i++;
        if (this.peek() === ":") continue; // empty class bound, interface bound follows
        p.bounds.push(this.type());
      }
      // A lone Object bound is how javac writes an unbounded `<T>`.
      if (p.bounds.length === 1 && isObject(p.bounds[0]!)) p.bounds = [];
      out.push(p);
    }
    this.i++;
    return out;
  }
}

function isObject(s: Sig): boolean {
  return s.k === "cls" && s.name === "java.lang.Object" && s.args.length === 0;
}

function parseMethodSig(s: string): { tparams: TParam[]; params: Sig[]; ret: Sig; throws: Sig[] } {
  const r = new SigReader(s);
  const tparams = r.tparams();
  if (r.s[r.i++] !== "(") throw new Error(`bad method signature ${s}`);
  const params: Sig[] = [];
  while (r.peek() !== ")") params.push(r.type());
  r.i++;
  const ret = r.type();
  const throws: Sig[] = [];
  while (r.peek() === "^") {
    r.i++;
    throws.push(r.type());
  }
  return { tparams, params, ret, throws };
}

function parseClassSig(s: string): { tparams: TParam[]; supers: Sig[] } {
  const r = new SigReader(s);
  const tparams = r.tparams();
  const supers: Sig[] = [];
  while (r.i < s.length) supers.push(r.type());
  return { tparams, supers };
}

// ---------------------------------------------------------------------------------------------
// Collection

async function javaHome(): Promise<string> {
  if (process.env.JAVA_HOME && existsSync(path.join(process.env.JAVA_HOME, "lib", "modules"))) return process.env.JAVA_HOME;
  // The settings dump goes to stderr.
  const { stderr } = await run("java", ["-XshowSettings:properties", "-version"], { encoding: "utf8" });
  const m = /java\.home = (.+)/.exec(stderr);
  if (!m) throw new Error("cannot locate JAVA_HOME; set it");
  return m[1]!.trim();
}

async function listModuleClasses(home: string): Promise<Map<string, string[]>> {
  const { stdout } = await run(path.join(home, "bin", "jimage"), ["list", path.join(home, "lib", "modules")], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const byPkg = new Map<string, string[]>();
  for (const line of stdout.split("\n")) {
    const m = /^\s+((?:[a-z0-9_]+\/)+)([A-Za-z0-9_]+)\.class$/.exec(line);
    if (!m) continue; // nested classes ($) come in through InnerClasses; skips module-info too
    const pkg = m[1]!.slice(0, -1).replace(/\//g, ".");
    let list = byPkg.get(pkg);
    if (!list) byPkg.set(pkg, (list = []));
    list.push(`${pkg}.${m[2]}`);
  }
  return byPkg;
}

async function javapBatch(names: string[]): Promise<RawClass[]> {
  const { stdout } = await run(JAVAP, ["-v", "-protected", "-constants", ...names], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  return parseJavapVerbose(stdout);
}

async function javapAll(names: string[]): Promise<RawClass[]> {
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += BATCH) batches.push(names.slice(i, i + BATCH));
  const out: RawClass[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) out.push(...(await javapBatch(batches[next++]!)));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return out;
}

function sigClassNames(s: Sig, acc: Set<string>): void {
  if (s.k === "arr") sigClassNames(s.e, acc);
  else if (s.k === "cls") {
    acc.add(s.name);
    for (const a of s.args) if (a.w !== "*") sigClassNames(a.t, acc);
  }
}

function superNames(c: RawClass): string[] {
  const acc = new Set<string>();
  if (c.signature) for (const s of parseClassSig(c.signature).supers) sigClassNames(s, acc);
  else {
    if (c.superBinary) acc.add(c.superBinary);
    for (const i of rawInterfaces(c)) acc.add(i);
  }
  return [...acc];
}

/** Interfaces from the Java-syntax header line; only used when there is no generic Signature, so no `<`. */
function rawInterfaces(c: RawClass): string[] {
  const isIface = c.flags.has("ACC_INTERFACE");
  const m = (isIface ? / extends (.*)$/ : / implements (.*)$/).exec(c.header);
  return m ? m[1]!.split(",").map((s) => s.trim()) : [];
}

// ---------------------------------------------------------------------------------------------
// Encoding

interface Model {
  /** binary -> canonical for every class we emit. */
  canonical: Map<string, string>;
  classes: Map<string, RawClass>;
}

function canonicalOf(model: Model, binary: string): string {
  return model.canonical.get(binary) ?? binary.replace(/\$/g, ".");
}

class Encoder {
  counts = new Map<string, number>();
  index = new Map<string, string>();
  constructor(readonly model: Model) {}

  /** First pass counts references so the table can be ordered by frequency. */
  countSig(s: Sig): void {
    const acc = new Set<string>();
    sigClassNames(s, acc);
    for (const n of acc) {
      const c = canonicalOf(this.model, n);
      this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
    }
  }
  freeze(): string[] {
    const table = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
    table.forEach((n, i) => this.index.set(n, i.toString(36)));
    return table;
  }
  type(s: Sig): string {
    switch (s.k) {
      case "prim":
        return s.c;
      case "arr":
        return "[" + this.type(s.e);
      case "tv":
        return `T${s.name};`;
      case "cls": {
        const idx = this.index.get(canonicalOf(this.model, s.name));
        if (idx === undefined) throw new Error(`unindexed ${s.name}`);
        const args = s.args.length
          ? "<" + s.args.map((a) => (a.w === "*" ? "*" : a.w + this.type(a.t))).join("") + ">"
          : "";
        return `L${idx}${args};`;
      }
    }
  }
  tparams(ps: TParam[]): string {
    return ps.map((p) => p.name + p.bounds.map((b) => ":" + this.type(b)).join("")).join(",");
  }
}

function descriptorSig(d: string): Sig {
  return new SigReader(d).type();
}

interface Prepared {
  raw: RawClass;
  fqn: string;
  pkg: string;
  tparams: TParam[];
  superclass?: Sig;
  interfaces: Sig[];
  fields: { m: RawMember; name: string; type: Sig }[];
  methods: {
    m: RawMember;
    name: string;
    sig: { tparams: TParam[]; params: Sig[]; ret: Sig; throws: Sig[] };
    names?: string[];
  }[];
}

function memberName(decl: string, isMethod: boolean): string {
  if (isMethod) {
    const name = decl.slice(0, decl.indexOf("(")).split(" ").pop()!;
    return name.includes(".") ? "<init>" : name;
  }
  const eq = decl.indexOf(" = ");
  return (eq >= 0 ? decl.slice(0, eq) : decl.replace(/;$/, "")).split(" ").pop()!;
}

/** Parameter names from the LocalVariableTable: parameters occupy the first slots live at offset 0. */
function paramNames(m: RawMember, count: number): string[] | undefined {
  const desc = parseMethodSig(m.descriptor);
  if (desc.params.length !== count || m.locals.size === 0) return undefined;
  let slot = m.flags.has("ACC_STATIC") ? 0 : 1;
  const names: string[] = [];
  for (const p of desc.params) {
    const n = m.locals.get(slot);
    if (!n) return undefined;
    names.push(n);
    slot += p.k === "prim" && (p.c === "J" || p.c === "D") ? 2 : 1;
  }
  return names;
}

function prepare(model: Model, raw: RawClass): Prepared {
  const fqn = model.canonical.get(raw.binary)!;
  let top = raw;
  while (top.self) top = model.classes.get(top.self.outer)!;
  const pkg = top.binary.slice(0, top.binary.lastIndexOf("."));
  const isIface = raw.flags.has("ACC_INTERFACE");
  let tparams: TParam[] = [];
  let supers: Sig[];
  if (raw.signature) ({ tparams, supers } = parseClassSig(raw.signature));
  else {
    supers = [];
    if (raw.superBinary) supers.push({ k: "cls", name: raw.superBinary, args: [] });
    for (const i of rawInterfaces(raw)) supers.push({ k: "cls", name: i, args: [] });
  }
  // The class file's superclass slot always holds something (Object for interfaces); the model
  // follows Java: no superclass for interfaces and for Object itself.
  let superclass: Sig | undefined;
  if (raw.superBinary) superclass = supers.shift();
  if (isIface) superclass = undefined;
  const fields = raw.fields
    .filter((m) => !m.flags.has("ACC_SYNTHETIC"))
    .map((m) => ({ m, name: memberName(m.decl, false), type: descriptorSig(m.signature ?? m.descriptor) }));
  const methods = raw.methods
    .filter((m) => !m.flags.has("ACC_SYNTHETIC") && !m.flags.has("ACC_BRIDGE"))
    .map((m) => {
      const sig = parseMethodSig(m.signature ?? m.descriptor);
      const name = memberName(m.decl, true);
      // Without a generic Signature, an inner class constructor's descriptor starts with the
      // synthetic outer-instance parameter, which Java source never writes.
      if (!m.signature && name === "<init>" && raw.self && !raw.self.flags.has("static")) sig.params.shift();
      if (sig.throws.length === 0) sig.throws = m.exceptions.map((e) => ({ k: "cls", name: e, args: [] }));
      return { m, name, sig, names: paramNames(m, sig.params.length) };
    });
  return { raw, fqn, pkg, tparams, superclass, interfaces: supers, fields, methods };
}

function constText(m: RawMember, type: Sig): string | undefined {
  const c = m.constant;
  if (!c) return undefined;
  switch (c.kind) {
    case "String":
      // Percent-encoding keeps the record separators `|` and `~` out of the value.
      return encodeURIComponent(c.text);
    case "long":
      return c.text.replace(/l$/, "");
    case "float":
    case "double":
      return c.text.replace(/[fd]$/, "");
    case "int":
      if (type.k === "prim" && type.c === "Z") return c.text === "0" ? "false" : "true";
      return c.text;
    default:
      return c.text;
  }
}

function encodeType(enc: Encoder, p: Prepared, model: Model): string {
  const r = p.raw;
  const kind = r.flags.has("ACC_ANNOTATION")
    ? "a"
    : r.flags.has("ACC_INTERFACE")
      ? "i"
      : r.flags.has("ACC_ENUM")
        ? "e"
        : r.superBinary === "java.lang.Record"
          ? "r"
          : "c";
  const selfFlags = r.self?.flags;
  let flags = "";
  if (r.flags.has("ACC_ABSTRACT") || selfFlags?.has("abstract")) flags += "A";
  if (r.flags.has("ACC_FINAL") || selfFlags?.has("final")) flags += "F";
  if (selfFlags?.has("protected")) flags += "P";
  if (r.self && !selfFlags?.has("static") && kind === "c") flags += "N";
  const nested = r.memberClasses
    .filter((m) => model.canonical.has(m.binary))
    .map((m) => m.simple)
    .sort();
  const enumConstants = kind === "e" ? p.fields.filter((f) => f.m.flags.has("ACC_ENUM")).map((f) => f.name) : [];
  const parts = [
    kind + flags,
    enc.tparams(p.tparams),
    p.superclass ? enc.type(p.superclass) : "",
    p.interfaces.map((t) => enc.type(t)).join(""),
    nested.join(","),
    enumConstants.join(","),
  ];
  const members: string[] = [];
  for (const f of p.fields) {
    let fl = "";
    if (f.m.flags.has("ACC_STATIC")) fl += "S";
    if (f.m.flags.has("ACC_FINAL")) fl += "F";
    if (f.m.flags.has("ACC_PROTECTED")) fl += "P";
    const c = constText(f.m, f.type);
    members.push(`f${fl}~${f.name}~${enc.type(f.type)}${c === undefined ? "" : "~" + c}`);
  }
  const isIface = kind === "i" || kind === "a";
  for (const m of p.methods) {
    const fl = m.m.flags;
    let s = "";
    if (fl.has("ACC_STATIC")) s += "S";
    if (fl.has("ACC_ABSTRACT")) s += "A";
    if (isIface && !fl.has("ACC_STATIC") && !fl.has("ACC_ABSTRACT")) s += "D";
    if (fl.has("ACC_VARARGS")) s += "V";
    if (fl.has("ACC_PROTECTED")) s += "P";
    const tp = m.sig.tparams.length ? `<${enc.tparams(m.sig.tparams)}>` : "";
    const sig =
      tp +
      "(" +
      m.sig.params.map((t) => enc.type(t)).join("") +
      ")" +
      enc.type(m.sig.ret) +
      m.sig.throws.map((t) => "^" + enc.type(t)).join("");
    members.push(`m${s}~${m.name}~${sig}${m.names?.length ? "~" + m.names.join(",") : ""}`);
  }
  // Sorted members make regenerations on another JDK build diff member-by-member.
  // Key: member kind, then name, then signature (the NUL makes `notify` sort before `notifyAll`).
  const sortKey = (m: string): string => m[0] + m.slice(m.indexOf("~")).replace(/~/g, "\0");
  members.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return [...parts, ...members].join("|");
}

function countPrepared(enc: Encoder, p: Prepared): void {
  const all: Sig[] = [];
  const tp = (ps: TParam[]): void => ps.forEach((x) => all.push(...x.bounds));
  tp(p.tparams);
  if (p.superclass) all.push(p.superclass);
  all.push(...p.interfaces);
  for (const f of p.fields) all.push(f.type);
  for (const m of p.methods) {
    tp(m.sig.tparams);
    all.push(...m.sig.params, m.sig.ret, ...m.sig.throws);
  }
  for (const s of all) enc.countSig(s);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  const home = await javaHome();
  JAVAP = path.join(home, "bin", "javap");
  const { stdout: version } = await run(JAVAP, ["-version"], { encoding: "utf8" });
  const byPkg = await listModuleClasses(home);
  const seeds = new Set<string>(EXTRA_TYPES);
  for (const pkg of PACKAGES) {
    const list = byPkg.get(pkg);
    if (!list) throw new Error(`package ${pkg} not found in ${home}`);
    list.forEach((c) => seeds.add(c));
  }

  // Fixpoint: member classes of included types and the supertype closure are pulled in, so the
  // semantic model can always walk supertypes and resolve `Outer.Inner` within the model.
  const classes = new Map<string, RawClass>();
  let pending = [...seeds];
  while (pending.length) {
    for (const c of await javapAll(pending)) classes.set(c.binary, c);
    const want = new Set<string>();
    for (const c of classes.values()) {
      if (!c.flags.has("ACC_PUBLIC") && !c.self) continue;
      for (const m of c.memberClasses)
        if ((m.flags.has("public") || m.flags.has("protected")) && !classes.has(m.binary)) want.add(m.binary);
      for (const s of superNames(c)) if (!classes.has(s)) want.add(s);
    }
    for (const p of pending) if (!classes.has(p)) console.warn(`javap did not list ${p}`);
    pending = [...want];
  }

  // Visible = public top-level, or a public/protected member of a visible type.
  const canonical = new Map<string, string>();
  const visible = (c: RawClass): string | undefined => {
    if (canonical.has(c.binary)) return canonical.get(c.binary);
    if (!c.self) return c.flags.has("ACC_PUBLIC") ? c.binary : undefined;
    if (!c.self.flags.has("public") && !c.self.flags.has("protected")) return undefined;
    const outer = classes.get(c.self.outer);
    const o = outer && visible(outer);
    return o ? `${o}.${c.self.simple}` : undefined;
  };
  for (const c of classes.values()) {
    const v = visible(c);
    if (v) canonical.set(c.binary, v);
  }
  // Package-private top-level supertypes (AbstractStringBuilder, …) declare public members that
  // user code calls through the public subtype (`sb.setLength(0)`): keep them so lookups walk on.
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of [...canonical.keys()]) {
      for (const s of superNames(classes.get(b)!)) {
        const sup = classes.get(s);
        if (sup && !sup.self && !s.includes("$") && !canonical.has(s)) {
          canonical.set(s, s);
          grew = true;
        }
      }
    }
  }
  const model: Model = { canonical, classes };
  const prepared = [...canonical.keys()].map((b) => prepare(model, classes.get(b)!));
  prepared.sort((a, b) => (a.fqn < b.fqn ? -1 : 1));

  const enc = new Encoder(model);
  for (const p of prepared) countPrepared(enc, p);
  const table = enc.freeze();

  let methods = 0;
  let fields = 0;
  const lines: string[] = [];
  const perPkg = new Map<string, number>();
  for (const p of prepared) {
    methods += p.methods.length;
    fields += p.fields.length;
    perPkg.set(p.pkg, (perPkg.get(p.pkg) ?? 0) + 1);
    const key = `${p.pkg}/${p.fqn.slice(p.pkg.length + 1)}`;
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(encodeType(enc, p, model))},`);
  }
  const jdk = version.trim();
  const text = [
    "// Generated JDK signature table for src/semantic/jdk/index.ts; do not edit, regenerate with `npx tsx scripts/gen-jdk-model.ts`.",
    `export const JDK_VERSION = ${JSON.stringify(jdk)};`,
    "/** Class names referenced by signatures, indexed in base 36 by `L<idx>;`; most referenced first. */",
    `export const CLASSES = ${JSON.stringify(table.join(" "))};`,
    "/** `package/Simple.Nested` -> encoded type record (grammar in scripts/gen-jdk-model.ts). */",
    "export const TYPES: Record<string, string> = {",
    ...lines,
    "};",
    "",
  ].join("\n");
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outFile = path.join(here, "..", "src", "semantic", "jdk", "jdk-model.data.ts");
  writeFileSync(outFile, text);
  console.log(
    `wrote ${path.relative(process.cwd(), outFile)}: ${prepared.length} types, ${methods} methods, ${fields} fields, ` +
      `${table.length} referenced classes, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB, JDK ${jdk}, ${Date.now() - started} ms`,
  );
  if (process.argv.includes("--stats"))
    for (const [k, v] of [...perPkg.entries()].sort()) console.log(`  ${k.padEnd(32)} ${v}`);
}

await main();
