// A small, forgiving XML reader for build files (pom.xml): elements and their text, no namespaces,
// no DTDs. Build files are simple and often slightly broken; a heavy XML dependency buys nothing here.

export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** Concatenated direct text content, entity-decoded and trimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ent: string) => {
    if (ent.startsWith("#x")) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith("#")) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    return ENTITIES[ent] ?? whole;
  });
}

/**
 * Parses `xml` into its root element. Unbalanced tags are tolerated (a stray end tag closes up to
 * its match, a missing one is closed at the end) and reported in `problems`, so one typo does not
 * lose the whole file.
 */
export function parseXml(xml: string): { root: XmlElement | undefined; problems: string[] } {
  const problems: string[] = [];
  const doc: XmlElement = { name: "#document", children: [], text: "" };
  const stack: XmlElement[] = [doc];
  const texts: string[][] = [[]];
  // Comments, CDATA, processing instructions, doctype, tags; text is what lies between matches.
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let last = 0;
  const close = (): void => {
    const el = stack.pop()!;
    el.text = decodeEntities(texts.pop()!.join("")).trim();
  };
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    texts[texts.length - 1]!.push(xml.slice(last, m.index));
    last = token.lastIndex;
    const [, cdata, endName, startName, , selfClosing] = m;
    if (cdata !== undefined) {
      // CDATA is literal text: bypass entity decoding by pre-escaping ampersands.
      texts[texts.length - 1]!.push(cdata.replace(/&/g, "&amp;"));
    } else if (endName !== undefined) {
      let depth = stack.length - 1;
      while (depth > 0 && stack[depth]!.name !== endName) depth--;
      if (depth <= 0) {
        problems.push(`unexpected </${endName}>`);
        continue;
      }
      while (stack.length > depth + 1) {
        problems.push(`<${stack[stack.length - 1]!.name}> is not closed`);
        close();
      }
      close();
    } else if (startName !== undefined) {
      const el: XmlElement = { name: startName, children: [], text: "" };
      stack[stack.length - 1]!.children.push(el);
      if (!selfClosing) {
        stack.push(el);
        texts.push([]);
      }
    }
  }
  while (stack.length > 1) {
    problems.push(`<${stack[stack.length - 1]!.name}> is not closed`);
    close();
  }
  return { root: doc.children[0], problems };
}

/** The first child element named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Text of the element reached by following `path` (`["parent", "version"]`), or undefined. */
export function textAt(el: XmlElement | undefined, ...path: string[]): string | undefined {
  let cur = el;
  for (const name of path) cur = child(cur, name);
  return cur && cur.text !== "" ? cur.text : undefined;
}
