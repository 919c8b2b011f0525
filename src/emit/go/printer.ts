// Prints the Go IR as source byte-identical to gofmt's output: a port of go/printer's layout
// decisions (nodes.go) for the line breaks this printer chooses, writing through a tabwriter port.

import type {
  BinaryExpr,
  BlockStmt,
  CaseClause,
  CommClause,
  CommentLines,
  Decl,
  Expr,
  Field,
  File,
  FuncDecl,
  FuncType,
  GenDecl,
  ImportSpec,
  InterfaceType,
  Spec,
  Stmt,
  StructType,
  ValueSpec,
} from "../../ir/go.js";
import { quoteGo } from "../../ir/go.js";
import { SizeCounter, TabWriter, type Sink } from "./printer-tabwriter.js";

/** Prints a Go source file exactly as gofmt would format it. */
export function printGoFile(file: File): string {
  const w = new TabWriter();
  new GoPrinter(w).file(file);
  return w.result();
}

const lowestPrec = 0;
const unaryPrec = 6;
const highestPrec = 7;

const precedence: Record<BinaryExpr["op"], number> = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 3,
  "<=": 3,
  ">": 3,
  ">=": 3,
  "+": 4,
  "-": 4,
  "|": 4,
  "^": 4,
  "*": 5,
  "/": 5,
  "%": 5,
  "<<": 5,
  ">>": 5,
  "&": 5,
  "&^": 5,
};

/** go/printer's maxSize for one-line function bodies. */
const maxBodySize = 100;

class GoPrinter {
  /** Last operator token, to keep `- -x` and `& ^x` from fusing (go/printer's mayCombine). */
  private lastTok = "";
  /** Inside an if/for/switch header, where `T{}` must be parenthesised. */
  private inControlClause = false;
  private readonly sizes = new WeakMap<Expr, number>();

  constructor(private readonly w: Sink) {}

  // -------------------------------------------------------------------------------------------
  // Low-level output

  private t(s: string): void {
    const last = this.lastTok;
    if (last !== "" && mayCombine(last, s.charCodeAt(0))) this.w.text(" ");
    this.lastTok = "";
    this.w.text(s);
  }

  private op(s: string): void {
    this.t(s);
    this.lastTok = s;
  }

  private blank(): void {
    this.lastTok = "";
    this.w.text(" ");
  }

  private nl(formfeed: boolean): void {
    this.lastTok = "";
    this.w.newline(formfeed);
  }

  private tab(vertical: boolean): void {
    this.lastTok = "";
    this.w.tab(vertical);
  }

  /** A trailing comment; `softTabPending` when the caller already ended the cell with a vtab. */
  private trailingComment(text: string | undefined, softTabPending = false): void {
    if (text === undefined) return;
    if (!softTabPending) this.tab(false);
    this.t(commentLine(text));
  }

  /** Comment lines on their own lines: go/printer separates them with formfeeds. */
  private commentLines(lines: CommentLines): void {
    lines.forEach((line, i) => {
      if (i > 0) this.nl(true);
      this.t(commentLine(line));
    });
  }

  private doc(lines: CommentLines | undefined): void {
    if (!lines || lines.length === 0) return;
    this.commentLines(lines);
    this.nl(false);
  }

  // -------------------------------------------------------------------------------------------
  // Files and declarations

  file(f: File): void {
    if (f.doc) this.doc(f.doc);
    this.t("package " + f.package);
    const decls: Decl[] = [];
    if (f.imports.length > 0) decls.push(importDecl(f.imports));
    decls.push(...f.decls);
    for (const d of decls) {
      // One blank line between top-level declarations; a formfeed first after a multi-line func.
      this.nl(this.topLevelBreakIsSection);
      this.nl(false);
      const start = this.w.line;
      this.decl(d);
      this.topLevelBreakIsSection = d.kind === "FuncDecl" && this.w.line > start;
    }
    this.nl(false);
  }

  private topLevelBreakIsSection = false;

  private decl(d: Decl): void {
    switch (d.kind) {
      case "GenDecl":
        return this.genDecl(d);
      case "FuncDecl":
        return this.funcDecl(d);
      case "CommentGroup":
        return this.commentLines(d.lines);
    }
  }

  private funcDecl(d: FuncDecl): void {
    this.doc(d.doc);
    this.t("func");
    this.blank();
    const startCol = this.w.col - "func ".length;
    const startLine = this.w.line;
    if (d.recv) {
      this.parameters([d.recv], "(", ")", false);
      this.blank();
    }
    this.t(d.name);
    this.signature(d.type);
    if (d.body) this.funcBody(this.w.line === startLine ? this.w.col - startCol : Infinity, true, d.body);
  }

  /** An empty body stays `{}` on the header's line when the header is short, as gofmt keeps it. */
  private funcBody(headerSize: number, declSep: boolean, body: BlockStmt): void {
    if (body.list.length === 0 && headerSize <= maxBodySize) {
      if (declSep) this.tab(true);
      else this.blank();
      this.t("{}");
      return;
    }
    this.blank();
    this.block(body, 1);
  }

  private genDecl(d: GenDecl): void {
    const n = d.specs.length;
    const single = !d.grouped && n === 1 ? d.specs[0]! : undefined;
    this.doc(d.doc);
    // Without parentheses the one spec's comment stands above the keyword (where gofmt keeps it).
    if (single && single.kind !== "ImportSpec") this.doc(single.doc);
    this.t(d.tok);
    this.blank();
    if (single) {
      this.spec(single, 1);
      return;
    }
    this.t("(");
    if (n > 0) {
      this.w.indent++;
      this.nl(true);
      const values = n > 1 && (d.tok === "const" || d.tok === "var");
      const keepType = values ? keepTypeColumn(d.specs as ValueSpec[]) : [];
      let prevMulti = false;
      let prevPath = "";
      d.specs.forEach((s, i) => {
        if (i > 0) {
          this.nl(prevMulti || (s.kind !== "ImportSpec" && hasDoc(s)));
          // Import groups (standard library, then the rest) are separated by a blank line.
          if (s.kind === "ImportSpec" && isStdImport(prevPath) !== isStdImport(s.path)) this.nl(false);
        }
        if (s.kind !== "ImportSpec") this.doc(s.doc);
        const start = this.w.line;
        if (values) this.valueSpec(s as ValueSpec, keepType[i]!);
        else this.spec(s, n);
        prevMulti = this.w.line > start;
        if (s.kind === "ImportSpec") prevPath = s.path;
      });
      this.w.indent--;
      this.nl(true);
    }
    this.t(")");
  }

  private spec(s: Spec, n: number): void {
    switch (s.kind) {
      case "ImportSpec":
        if (s.name) {
          this.t(s.name);
          this.blank();
        }
        this.t(quoteGo(s.path));
        this.trailingComment(s.comment);
        return;
      case "ValueSpec":
        this.t(s.names.join(", "));
        if (s.type) {
          this.blank();
          this.expr(s.type);
        }
        if (s.values.length > 0) {
          this.blank();
          this.op("=");
          this.blank();
          this.exprList(s.values, 1);
        }
        this.trailingComment(s.comment);
        return;
      case "TypeSpec":
        this.t(s.name);
        if (s.typeParams) this.parameters(s.typeParams, "[", "]", true);
        if (n === 1) this.blank();
        else this.tab(true);
        if (s.alias) {
          this.op("=");
          this.blank();
        }
        this.expr(s.type);
        this.trailingComment(s.comment);
        return;
    }
  }

  private valueSpec(s: ValueSpec, keepType: boolean): void {
    this.t(s.names.join(", "));
    let extraTabs = 3;
    if (s.type || keepType) {
      this.tab(true);
      extraTabs--;
    }
    if (s.type) this.expr(s.type);
    if (s.values.length > 0) {
      this.tab(true);
      this.op("=");
      this.blank();
      this.exprList(s.values, 1);
      extraTabs--;
    }
    if (s.comment !== undefined) {
      for (; extraTabs > 0; extraTabs--) this.tab(true);
      this.trailingComment(s.comment, true);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Signatures and field lists

  private signature(sig: FuncType): void {
    if (sig.typeParams && sig.typeParams.length > 0) this.parameters(sig.typeParams, "[", "]", false);
    this.parameters(sig.params, "(", ")", false);
    const res = sig.results;
    if (res.length === 0) return;
    this.blank();
    if (res.length === 1 && res[0]!.names.length === 0) {
      this.expr(res[0]!.type);
      return;
    }
    this.parameters(res, "(", ")", false);
  }

  private parameters(list: Field[], open: string, close: string, typeParams: boolean): void {
    this.t(open);
    list.forEach((par, i) => {
      if (i > 0) {
        this.t(",");
        this.blank();
      }
      if (par.names.length > 0) {
        this.t(par.names.join(", "));
        this.blank();
      }
      this.expr(par.type);
    });
    // `[P *T,]`: without the comma `[P *T]` would parse as an array length.
    const only = list[0];
    if (typeParams && list.length === 1 && only!.names.length === 1 && combinesWithName(only!.type)) this.t(",");
    this.t(close);
  }

  private structType(s: StructType): void {
    this.t("struct");
    const list = s.fields;
    if (list.length === 0) {
      this.t("{}");
      return;
    }
    this.blank();
    this.t("{");
    this.w.indent++;
    this.nl(true);
    const sep = list.length === 1 ? "blank" : "vtab";
    const writeSep = (): void => (sep === "vtab" ? this.tab(true) : this.blank());
    let prevMulti = false;
    list.forEach((f, i) => {
      // A doc comment line is always preceded by a formfeed.
      if (i > 0) this.nl(prevMulti || hasDoc(f));
      this.doc(f.doc);
      const start = this.w.line;
      let extraTabs: number;
      if (f.names.length > 0) {
        this.t(f.names.join(", "));
        writeSep();
        this.expr(f.type);
        extraTabs = 1;
      } else {
        this.expr(f.type);
        extraTabs = 2;
      }
      if (f.tag !== undefined) {
        if (f.names.length > 0 && sep === "vtab") writeSep();
        writeSep();
        this.t(tagLiteral(f.tag));
        extraTabs = 0;
      }
      if (f.comment !== undefined) {
        // Blanks before a comment are dropped; vtabs keep struct comments in their own column.
        if (sep === "vtab") for (; extraTabs > 0; extraTabs--) this.tab(true);
        this.trailingComment(f.comment, sep === "vtab" && extraTabs === 0 && f.tag === undefined);
      }
      prevMulti = this.w.line > start;
    });
    this.w.indent--;
    this.nl(true);
    this.t("}");
  }

  private interfaceType(it: InterfaceType): void {
    this.t("interface");
    const list = it.elems;
    if (list.length === 0) {
      this.t("{}");
      return;
    }
    if (this.isOneLineInterface(it)) {
      this.t("{");
      this.blank();
      const e = list[0]!;
      if (e.kind === "InterfaceMethod") {
        this.t(e.name);
        this.signature(e.type);
      } else this.expr(e.type);
      this.blank();
      this.t("}");
      return;
    }
    this.blank();
    this.t("{");
    this.w.indent++;
    this.nl(true);
    let prevMulti = false;
    list.forEach((e, i) => {
      if (i > 0) this.nl(prevMulti || hasDoc(e));
      this.doc(e.doc);
      const start = this.w.line;
      if (e.kind === "InterfaceMethod") {
        this.t(e.name);
        this.signature(e.type);
      } else this.expr(e.type);
      this.trailingComment(e.comment);
      prevMulti = this.w.line > start;
    });
    this.w.indent--;
    this.nl(true);
    this.t("}");
  }

  /** go/printer's isOneLineFieldList: one small element without comments stays on one line. */
  private isOneLineInterface(it: InterfaceType): boolean {
    if (it.elems.length !== 1) return false;
    const e = it.elems[0]!;
    if (e.comment !== undefined || (e.doc && e.doc.length > 0)) return false;
    // Like go/printer: one blank for the name (whatever its length) plus the `func(…)` type size.
    const size = e.kind === "InterfaceMethod" ? 1 + this.size(e.type) : this.size(e.type);
    return size <= 30;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private block(b: BlockStmt, nindent: number): void {
    this.t("{");
    this.stmtList(b.list, nindent);
    this.nl(true);
    this.t("}");
  }

  /** Statements each on their own line, indented by `nindent`; no line break after the last. */
  private stmtList(list: readonly (Stmt | CaseClause | CommClause)[], nindent: number): void {
    this.w.indent += nindent;
    let prevMulti = false;
    let prevComment = false;
    let i = 0;
    for (let k = 0; k < list.length; k++) {
      const s = list[k]!;
      if (s.kind === "EmptyStmt") continue;
      if (s.kind === "CommentGroup") {
        // A comment on its own line is preceded by a formfeed and followed by a newline, or by
        // the formfeed that closes the list.
        this.nl(true);
        this.commentLines(s.lines);
        prevComment = true;
        continue;
      }
      if (s.kind === "LabeledStmt") this.nl(!prevComment);
      else this.nl(!prevComment && (i === 0 || nindent === 0 || prevMulti));
      prevComment = false;
      let start = this.w.line;
      for (let t: Stmt | CaseClause | CommClause = s; t.kind === "LabeledStmt"; t = t.stmt) start++;
      this.stmt(s, k === list.length - 1);
      prevMulti = this.w.line > start;
      i++;
    }
    this.w.indent -= nindent;
  }

  private stmt(s: Stmt | CaseClause | CommClause, nextIsRBrace: boolean): void {
    switch (s.kind) {
      case "DeclStmt":
        this.genDecl(s.decl);
        break;
      case "EmptyStmt":
      case "CommentGroup":
        break;
      case "LabeledStmt":
        this.w.indent--;
        this.t(s.label + ":");
        this.w.indent++;
        if (s.stmt.kind === "EmptyStmt") {
          if (!nextIsRBrace) {
            this.nl(false);
            this.t(";");
          }
          break;
        }
        this.nl(true);
        this.stmt(s.stmt, nextIsRBrace);
        break;
      case "ExprStmt":
        this.expr0(s.x, 1);
        break;
      case "SendStmt":
        this.expr0(s.chan, 1);
        this.blank();
        this.op("<-");
        this.blank();
        this.expr0(s.value, 1);
        break;
      case "IncDecStmt":
        this.expr0(s.x, 2);
        this.op(s.tok);
        break;
      case "AssignStmt": {
        const depth = s.lhs.length > 1 && s.rhs.length > 1 ? 2 : 1;
        this.exprList(s.lhs, depth);
        this.blank();
        this.op(s.tok);
        this.blank();
        this.exprList(s.rhs, depth);
        break;
      }
      case "GoStmt":
        this.t("go");
        this.blank();
        this.expr(s.call);
        break;
      case "DeferStmt":
        this.t("defer");
        this.blank();
        this.expr(s.call);
        break;
      case "ReturnStmt":
        this.t("return");
        if (s.results.length > 0) {
          this.blank();
          // go/printer's indentList: several multi-line results are indented wholesale.
          const indent = s.results.length >= 2 && s.results.filter((r) => this.size(r) === Infinity).length > 1;
          if (indent) this.w.indent++;
          this.exprList(s.results, 1);
          if (indent) this.w.indent--;
        }
        break;
      case "BranchStmt":
        this.t(s.tok);
        if (s.label) {
          this.blank();
          this.t(s.label);
        }
        break;
      case "BlockStmt":
        this.block(s, 1);
        break;
      case "IfStmt":
        this.t("if");
        this.controlClause(false, s.init, s.cond, undefined);
        this.block(s.body, 1);
        if (s.else) {
          this.blank();
          this.t("else");
          this.blank();
          this.stmt(s.else, nextIsRBrace);
        }
        break;
      case "CaseClause":
        if (s.list) {
          this.t("case");
          this.blank();
          this.exprList(s.list, 1);
        } else this.t("default");
        this.t(":");
        this.stmtList(s.body, 1);
        break;
      case "SwitchStmt":
        this.t("switch");
        this.controlClause(false, s.init, s.tag, undefined);
        this.clauses(s.clauses);
        break;
      case "TypeSwitchStmt":
        this.t("switch");
        if (s.init) {
          this.blank();
          this.stmt(s.init, false);
          this.t(";");
        }
        this.blank();
        if (s.bind !== undefined) {
          this.t(s.bind);
          this.blank();
          this.op(":=");
          this.blank();
        }
        this.expr1(s.x, highestPrec, 1);
        this.t(".(type)");
        this.blank();
        this.clauses(s.clauses);
        break;
      case "CommClause":
        if (s.comm) {
          this.t("case");
          this.blank();
          this.stmt(s.comm, false);
        } else this.t("default");
        this.t(":");
        this.stmtList(s.body, 1);
        break;
      case "SelectStmt":
        this.t("select");
        this.blank();
        if (s.clauses.length === 0) this.t("{}");
        else this.clauses(s.clauses);
        break;
      case "ForStmt":
        this.t("for");
        this.controlClause(true, s.init, s.cond, s.post);
        this.block(s.body, 1);
        break;
      case "RangeStmt":
        this.t("for");
        this.blank();
        if (s.key) {
          this.expr(s.key);
          if (s.value) {
            this.t(",");
            this.blank();
            this.expr(s.value);
          }
          this.blank();
          this.op(s.tok);
          this.blank();
        }
        this.t("range");
        this.blank();
        {
          const saved = this.inControlClause;
          this.inControlClause = true;
          this.controlExpr(s.x);
          this.inControlClause = saved;
        }
        this.blank();
        this.block(s.body, 1);
        break;
    }
    if ("comment" in s) this.trailingComment(s.comment);
  }

  /** A switch or select body: each clause starts a new section, at the switch's indentation. */
  private clauses(list: readonly (CaseClause | CommClause)[]): void {
    this.t("{");
    list.forEach((c, i) => {
      this.nl(true);
      this.stmt(c, i === list.length - 1);
    });
    this.nl(true);
    this.t("}");
  }

  private controlClause(isFor: boolean, init: Stmt | undefined, expr: Expr | undefined, post: Stmt | undefined): void {
    const saved = this.inControlClause;
    this.inControlClause = true;
    this.blank();
    let needsBlank = false;
    if (!init && !post) {
      if (expr) {
        this.controlExpr(expr);
        needsBlank = true;
      }
    } else {
      if (init) this.stmt(init, false);
      this.t(";");
      this.blank();
      if (expr) {
        this.controlExpr(expr);
        needsBlank = true;
      }
      if (isFor) {
        this.t(";");
        this.blank();
        needsBlank = false;
        if (post) {
          this.stmt(post, false);
          needsBlank = true;
        }
      }
    }
    if (needsBlank) this.blank();
    this.inControlClause = saved;
  }

  /** An if/for/switch/range header expression: gofmt strips redundant outer parentheses. */
  private controlExpr(x: Expr): void {
    while (x.kind === "ParenExpr" && !hasTypeNameCompositeLit(x.x)) x = x.x;
    this.expr(x);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private expr(x: Expr): void {
    this.expr1(x, lowestPrec, 1);
  }

  private expr0(x: Expr, depth: number): void {
    this.expr1(x, lowestPrec, depth);
  }

  /** One-line size in bytes as go/printer's nodeSize measures it, or Infinity if multi-line. */
  private size(x: Expr | FuncType): number {
    const cached = this.sizes.get(x);
    if (cached !== undefined) return cached;
    const counter = new SizeCounter();
    const p = new GoPrinter(counter);
    p.expr(x);
    const size = counter.result();
    this.sizes.set(x, size);
    return size;
  }

  /** Elements on one line, or with `multiline` one per line with key/value alignment. */
  private exprList(list: readonly Expr[], depth: number, multiline = false): void {
    if (!multiline) {
      list.forEach((x, i) => {
        if (i > 0) {
          this.t(",");
          this.blank();
        }
        this.expr0(x, depth);
      });
      return;
    }
    // The rest follows go/printer's exprList for elements that each start a new line.
    this.w.indent++;
    this.nl(true);
    let size = 0;
    let lnsum = 0;
    let count = 0;
    list.forEach((x, i) => {
      const prevSize = size;
      size = this.size(x);
      if (size === Infinity) size = 0;
      else if (x.kind === "KeyValueExpr") size = this.size(x.key);
      let useFF = true;
      if (prevSize > 0 && size > 0) {
        if (count === 0 || (prevSize <= 40 && size <= 40)) useFF = false;
        else {
          const ratio = size / Math.exp(lnsum / count);
          useFF = 2.5 * ratio <= 1 || 2.5 <= ratio;
        }
      }
      if (i > 0) {
        this.t(",");
        this.nl(useFF);
        // A formfeed starts a new alignment section: restart the key-size mean.
        if (useFF) {
          lnsum = 0;
          count = 0;
        }
      }
      if (list.length > 1 && x.kind === "KeyValueExpr" && size > 0) {
        this.expr(x.key);
        this.t(":");
        this.tab(true);
        this.expr(x.value);
      } else this.expr0(x, depth);
      if (size > 0) {
        lnsum += Math.log(size);
        count++;
      }
    });
    this.t(",");
    this.w.indent--;
    this.nl(true);
  }

  private expr1(x: Expr, prec1: number, depth: number): void {
    switch (x.kind) {
      case "Ident":
        this.t(x.name);
        return;
      case "BasicLit":
        this.t(x.value);
        if (x.litKind === "INT") this.lastTok = "INT";
        return;
      case "BinaryExpr":
        this.binaryExpr(x, prec1, cutoff(x, depth), depth);
        return;
      case "KeyValueExpr":
        this.expr(x.key);
        this.t(":");
        this.blank();
        this.expr(x.value);
        return;
      case "StarExpr":
        if (unaryPrec < prec1) {
          this.bracketed("(", ")", () => {
            this.op("*");
            this.expr1(x.x, unaryPrec, 1);
          });
        } else {
          this.op("*");
          this.expr1(x.x, unaryPrec, 1);
        }
        return;
      case "UnaryExpr":
        if (unaryPrec < prec1) this.bracketed("(", ")", () => this.expr(x));
        else {
          this.op(x.op);
          this.expr1(x.x, unaryPrec, depth);
        }
        return;
      case "FuncLit": {
        this.t("func");
        const startCol = this.w.col - "func".length;
        const startLine = this.w.line;
        this.signature(x.type);
        const saved = this.inControlClause;
        this.inControlClause = false;
        this.funcBody(this.w.line === startLine ? this.w.col - startCol : Infinity, false, x.body);
        this.inControlClause = saved;
        return;
      }
      case "ParenExpr":
        if (x.x.kind === "ParenExpr") this.expr0(x.x, depth);
        else this.parenthesized(x.x, reduceDepth(depth));
        return;
      case "SelectorExpr":
        this.expr1(x.x, highestPrec, depth);
        this.t(".");
        this.t(x.sel);
        return;
      case "TypeAssertExpr":
        this.expr1(x.x, highestPrec, depth);
        this.t(".(");
        if (x.type) this.expr(x.type);
        else this.t("type");
        this.t(")");
        return;
      case "IndexExpr":
        this.expr1(x.x, highestPrec, 1);
        this.bracketed("[", "]", () => this.expr0(x.index, depth + 1));
        return;
      case "IndexListExpr":
        this.expr1(x.x, highestPrec, 1);
        this.bracketed("[", "]", () => this.exprList(x.indices, depth + 1));
        return;
      case "SliceExpr":
        this.expr1(x.x, highestPrec, 1);
        this.bracketed("[", "]", () => this.sliceIndices([x.low, x.high, ...(x.max ? [x.max] : [])], depth));
        return;
      case "CallExpr": {
        if (x.args.length > 1) depth++;
        const paren = x.fun.kind === "FuncType" || (x.fun.kind === "ChanType" && x.fun.dir === "recv");
        if (paren) this.t("(");
        this.expr1(x.fun, highestPrec, depth);
        if (paren) this.t(")");
        this.bracketed("(", ")", () => {
          this.exprList(x.args, depth);
          if (x.ellipsis) this.t("...");
        });
        return;
      }
      case "CompositeLit": {
        // In an if/for/switch header `T{}` would open the block: gofmt keeps the parentheses.
        if (this.inControlClause && x.type && isTypeName(x.type)) {
          this.parenthesized(x, reduceDepth(depth));
          return;
        }
        if (x.type) this.expr1(x.type, highestPrec, depth);
        this.bracketed("{", "}", () => {
          if (x.multiline && x.elts.length > 0) this.exprList(x.elts, 1, true);
          else this.exprList(x.elts, 1);
        });
        return;
      }
      case "Ellipsis":
        this.t("...");
        if (x.elt) this.expr(x.elt);
        return;
      case "ArrayType":
        this.t("[");
        if (x.len) this.expr(x.len);
        this.t("]");
        this.expr(x.elt);
        return;
      case "StructType":
        this.structType(x);
        return;
      case "FuncType":
        this.t("func");
        this.signature(x);
        return;
      case "InterfaceType":
        this.interfaceType(x);
        return;
      case "MapType":
        this.t("map[");
        this.expr(x.key);
        this.t("]");
        this.expr(x.value);
        return;
      case "ChanType":
        if (x.dir === "recv") this.op("<-");
        this.t("chan");
        if (x.dir === "send") this.op("<-");
        this.blank();
        this.expr(x.value);
        return;
      case "UnionType":
        // go/ast spells a union as binary `|` over `~` operands: always spaced at depth 1.
        x.terms.forEach((term, i) => {
          if (i > 0) {
            this.blank();
            this.op("|");
            this.blank();
          }
          if (term.tilde) this.op("~");
          this.expr1(term.type, unaryPrec, 1);
        });
        return;
    }
  }

  private parenthesized(x: Expr, depth: number): void {
    this.bracketed("(", ")", () => this.expr0(x, depth));
  }

  /** Brackets end a control-clause header's composite-literal ambiguity. */
  private bracketed(open: string, close: string, body: () => void): void {
    const saved = this.inControlClause;
    this.inControlClause = false;
    this.t(open);
    body();
    this.t(close);
    this.inControlClause = saved;
  }

  private sliceIndices(indices: (Expr | undefined)[], depth: number): void {
    // go/printer: blanks around ':' only at depth 1 with two or more indices, one of them binary.
    let needsBlanks = false;
    if (depth <= 1) {
      const present = indices.filter((i) => i !== undefined);
      needsBlanks = present.length > 1 && present.some((i) => i.kind === "BinaryExpr");
    }
    indices.forEach((x, i) => {
      if (i > 0) {
        if (indices[i - 1] && needsBlanks) this.blank();
        this.t(":");
        if (x && needsBlanks) this.blank();
      }
      if (x) this.expr0(x, depth + 1);
    });
  }

  private binaryExpr(x: BinaryExpr, prec1: number, cut: number, depth: number): void {
    const prec = precedence[x.op];
    if (prec < prec1) {
      this.parenthesized(x, reduceDepth(depth));
      return;
    }
    const printBlank = prec < cut;
    this.expr1(x.x, prec, depth + diffPrec(x.x, prec));
    if (printBlank) this.blank();
    this.op(x.op);
    if (printBlank) this.blank();
    this.expr1(x.y, prec + 1, depth + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// go/printer's expression-spacing helpers (nodes.go: walkBinary, cutoff, diffPrec, reduceDepth)

function walkBinary(e: BinaryExpr): { has4: boolean; has5: boolean; maxProblem: number } {
  const prec = precedence[e.op];
  let has4 = prec === 4;
  let has5 = prec === 5;
  let maxProblem = 0;
  const l = e.x;
  // Operands that get parentheses count as primary expressions.
  if (l.kind === "BinaryExpr" && precedence[l.op] >= prec) {
    const r = walkBinary(l);
    has4 ||= r.has4;
    has5 ||= r.has5;
    maxProblem = Math.max(maxProblem, r.maxProblem);
  }
  const r = e.y;
  if (r.kind === "BinaryExpr") {
    if (precedence[r.op] > prec) {
      const w = walkBinary(r);
      has4 ||= w.has4;
      has5 ||= w.has5;
      maxProblem = Math.max(maxProblem, w.maxProblem);
    }
  } else if (r.kind === "StarExpr") {
    if (e.op === "/") maxProblem = 5;
  } else if (r.kind === "UnaryExpr") {
    const pair = e.op + r.op;
    if (pair === "/*" || pair === "&&" || pair === "&^") maxProblem = 5;
    else if (pair === "++" || pair === "--") maxProblem = Math.max(maxProblem, 4);
  }
  return { has4, has5, maxProblem };
}

function cutoff(e: BinaryExpr, depth: number): number {
  const { has4, has5, maxProblem } = walkBinary(e);
  if (maxProblem > 0) return maxProblem + 1;
  if (has4 && has5) return depth === 1 ? 5 : 4;
  return depth === 1 ? 6 : 4;
}

function diffPrec(x: Expr, prec: number): number {
  return x.kind === "BinaryExpr" && precedence[x.op] === prec ? 0 : 1;
}

function reduceDepth(depth: number): number {
  return Math.max(1, depth - 1);
}

/** Whether printing `next` right after token `prev` would fuse them into another token. */
function mayCombine(prev: string, next: number): boolean {
  switch (prev) {
    case "INT":
      return next === 0x2e; // 1.
    case "+":
      return next === 0x2b; // ++
    case "-":
      return next === 0x2d; // --
    case "/":
      return next === 0x2a; // /*
    case "<":
      return next === 0x2d || next === 0x3c; // <- or <<
    case "&":
      return next === 0x26 || next === 0x5e; // && or &^
  }
  return false;
}

/** A (possibly qualified or instantiated) type name: the form of `T{}` that is ambiguous in headers. */
function isTypeName(x: Expr): boolean {
  switch (x.kind) {
    case "Ident":
      return true;
    case "SelectorExpr":
    case "IndexExpr":
    case "IndexListExpr":
      return isTypeName(x.x);
    default:
      return false;
  }
}

/** go/printer's stripParens check: an unparenthesised `T{}` inside keeps the parentheses. */
function hasTypeNameCompositeLit(x: Expr): boolean {
  switch (x.kind) {
    case "ParenExpr":
      return false;
    case "CompositeLit":
      return x.type !== undefined && isTypeName(x.type);
    case "BinaryExpr":
      return hasTypeNameCompositeLit(x.x) || hasTypeNameCompositeLit(x.y);
    case "UnaryExpr":
    case "StarExpr":
    case "SelectorExpr":
    case "TypeAssertExpr":
      return hasTypeNameCompositeLit(x.x);
    case "CallExpr":
      return hasTypeNameCompositeLit(x.fun) || x.args.some(hasTypeNameCompositeLit);
    case "IndexExpr":
      return hasTypeNameCompositeLit(x.x) || hasTypeNameCompositeLit(x.index);
    default:
      return false;
  }
}

/** go/printer's combinesWithName: `P *T` could read as the expression `P*T`. */
function combinesWithName(x: Expr): boolean {
  switch (x.kind) {
    case "StarExpr":
      return !isTypeElem(x.x);
    case "BinaryExpr":
      return combinesWithName(x.x) && !isTypeElem(x.y);
    case "ParenExpr":
      return !isTypeElem(x.x);
    default:
      return false;
  }
}

function isTypeElem(x: Expr): boolean {
  switch (x.kind) {
    case "ArrayType":
    case "StructType":
    case "FuncType":
    case "InterfaceType":
    case "MapType":
    case "ChanType":
    case "UnionType":
      return true;
    case "UnaryExpr":
      return x.op === "~";
    case "BinaryExpr":
      return isTypeElem(x.x) || isTypeElem(x.y);
    case "ParenExpr":
      return isTypeElem(x.x);
    default:
      return false;
  }
}

/** go/printer's keepTypeColumn: which specs of a const/var group keep an (empty) type column. */
function keepTypeColumn(specs: ValueSpec[]): boolean[] {
  const m = specs.map(() => false);
  let i0 = -1;
  let keepType = false;
  const populate = (i: number, j: number): void => {
    if (keepType) for (; i < j; i++) m[i] = true;
  };
  specs.forEach((s, i) => {
    if (s.values.length > 0) {
      if (i0 < 0) {
        i0 = i;
        keepType = false;
      }
    } else if (i0 >= 0) {
      populate(i0, i);
      i0 = -1;
    }
    if (s.type) keepType = true;
  });
  if (i0 >= 0) populate(i0, specs.length);
  return m;
}

function isStdImport(path: string): boolean {
  const first = path.split("/", 1)[0]!;
  return !first.includes(".");
}

/** The file's imports as one declaration: standard library first, each group sorted as gofmt sorts. */
function importDecl(imports: ImportSpec[]): GenDecl {
  const seen = new Set<string>();
  const unique = imports.filter((s) => {
    const key = `${s.name ?? ""} ${s.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const cmp = (a: ImportSpec, b: ImportSpec): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : (a.name ?? "") < (b.name ?? "") ? -1 : (a.name ?? "") > (b.name ?? "") ? 1 : 0;
  const std = unique.filter((s) => isStdImport(s.path)).sort(cmp);
  const rest = unique.filter((s) => !isStdImport(s.path)).sort(cmp);
  return { kind: "GenDecl", tok: "import", specs: [...std, ...rest] };
}

function hasDoc(n: { doc?: CommentLines }): boolean {
  return n.doc !== undefined && n.doc.length > 0;
}

function commentLine(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === 0) return "//";
  return text.charCodeAt(0) === 9 ? "//" + text.slice(0, end) : "// " + text.slice(0, end);
}

function tagLiteral(tag: string): string {
  return tag.includes("`") || tag.includes("\r") ? quoteGo(tag) : "`" + tag + "`";
}
