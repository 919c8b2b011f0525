// Output sinks for the Go printer: a port of text/tabwriter as gofmt configures it (elastic
// tabstops that align struct fields, const specs, key/value pairs and trailing comments), and a
// size counter standing in for go/printer's RawFormat node sizes.

/**
 * What the Go printer writes to. `tab(true)` is go/printer's vtab (a soft cell end: a column of
 * only empty vtab cells collapses), `tab(false)` its htab; `newline(true)` is its formfeed, which
 * ends every open column block.
 */
export interface Sink {
  /** Current indentation in tabs, applied when the first text of a line is written. */
  indent: number;
  /** Line breaks written so far (including those inside multi-line literals). */
  line: number;
  /** UTF-8 bytes written on the current line, indentation included (go/printer's out.Column - 1). */
  col: number;
  text(s: string): void;
  tab(vertical: boolean): void;
  newline(formfeed: boolean): void;
}

interface Cell {
  text: string;
  /** Width in code points, as tabwriter counts runes. */
  width: number;
  htab: boolean;
}

const indentCell: Cell = { text: "", width: 0, htab: true };
// gofmt: printer.Config{Mode: UseSpaces | TabIndent, Tabwidth: 8} => minwidth 0, padding 1.
const tabwidth = 8;
const padding = 1;

/** text/tabwriter with flags DiscardEmptyColumns | TabIndent, pad char ' ', plus gofmt's trimmer. */
export class TabWriter implements Sink {
  indent = 0;
  line = 0;
  col = 0;
  private readonly out: string[] = [];
  private lines: Cell[][] = [];
  private cur: Cell[] = [];
  private cell = "";
  private bol = true;
  /** A literal broke the line: go/printer turns the rest of the line's tabs into blanks. */
  private endAlignment = false;
  private readonly widths: number[] = [];

  text(s: string): void {
    if (this.bol) this.writeIndent();
    this.cell += s;
    const nl = s.lastIndexOf("\n");
    if (nl < 0) {
      this.col += utf8Length(s);
      return;
    }
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) this.line++;
    this.col = utf8Length(s) - utf8Length(s.slice(0, nl)) - 1;
    this.endAlignment = true;
  }

  tab(vertical: boolean): void {
    if (this.bol) this.writeIndent();
    if (this.endAlignment) {
      this.text(" ");
      return;
    }
    this.terminateCell(!vertical);
    this.col++;
  }

  newline(formfeed: boolean): void {
    if (this.endAlignment) {
      formfeed = true;
      this.endAlignment = false;
    }
    this.terminateCell(false);
    const ncells = this.cur.length;
    this.lines.push(this.cur);
    this.cur = [];
    // A line without any tab cannot take part in a column: tabwriter flushes there too.
    if (formfeed || ncells === 1) this.flush();
    this.bol = true;
    this.line++;
    this.col = 0;
  }

  /** The formatted text; the printer ends every file with a newline, so nothing is pending. */
  result(): string {
    this.flush();
    return this.out.join("");
  }

  private writeIndent(): void {
    for (let i = 0; i < this.indent; i++) this.cur.push(indentCell);
    this.col += this.indent;
    this.bol = false;
  }

  private terminateCell(htab: boolean): void {
    const text = this.cell;
    this.cur.push(text === "" ? (htab ? indentCell : emptySoft) : { text, width: runeCount(text), htab });
    this.cell = "";
  }

  private flush(): void {
    if (this.lines.length > 0) this.format(0, this.lines.length);
    this.lines = [];
  }

  // format and writeLines follow text/tabwriter's Writer.format and Writer.writeLines.
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= this.lines[row]!.length - 1) continue;
      // The cell in this column starts a block of consecutive lines that all have it.
      this.writeLines(line0, row);
      line0 = row;
      let width = 0;
      let discardable = true;
      for (; row < line1; row++) {
        const line = this.lines[row]!;
        if (column >= line.length - 1) break;
        const c = line[column]!;
        width = Math.max(width, c.width + padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      this.widths.push(discardable ? 0 : width);
      this.format(line0, row);
      this.widths.pop();
      line0 = row;
    }
    this.writeLines(line0, line1);
  }

  private writeLines(line0: number, line1: number): void {
    const widths = this.widths;
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      let s = "";
      let useTabs = true;
      for (let j = 0; j < line.length; j++) {
        const c = line[j]!;
        if (c.text !== "") {
          useTabs = false;
          s += c.text;
        }
        if (j < widths.length) s += padding_(c.width, widths[j]!, useTabs);
      }
      // gofmt's trimmer drops trailing blanks and tabs (literals never end a line with them).
      let end = s.length;
      while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
      this.out.push(end === s.length ? s : s.slice(0, end), "\n");
    }
  }
}

const emptySoft: Cell = { text: "", width: 0, htab: false };

function padding_(textw: number, cellw: number, useTabs: boolean): string {
  if (useTabs) {
    const n = Math.ceil(cellw / tabwidth) * tabwidth - textw;
    return "\t".repeat(Math.ceil(n / tabwidth));
  }
  return " ".repeat(cellw - textw);
}

/** go/printer's nodeSize: bytes of a one-line rendering, or Infinity once a line breaks. */
export class SizeCounter implements Sink {
  indent = 0;
  line = 0;
  col = 0;
  size = 0;

  text(s: string): void {
    if (s.includes("\n")) this.line++;
    this.size += utf8Length(s);
  }

  tab(): void {
    this.size++;
  }

  newline(): void {
    this.line++;
  }

  result(): number {
    return this.line > 0 ? Infinity : this.size;
  }
}

export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else n += 2;
  }
  return n;
}

function runeCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n--;
      i++;
    }
  }
  return n;
}
