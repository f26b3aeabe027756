// Reads MDX source as a flat list of tags and text with line numbers, so the content checks can
// name the file and line of a problem (the compiled HTML no longer knows where text came from).
// A small scanner, not a full MDX parser: it knows JSX tags, attributes, headings and list items.

export type Attrs = Record<string, string>;

export type ScanEvent =
  | { kind: "text"; text: string; line: number; column: number }
  | { kind: "open"; name: string; attrs: Attrs; line: number; selfClosing: boolean }
  | { kind: "close"; name: string; line: number };

// The number of lines the frontmatter (--- … ---) takes, so the body keeps its real line numbers.
export function bodyStart(source: string): { body: string; firstLine: number } {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { body: source, firstLine: 1 };
  return { body: source.slice(match[0].length), firstLine: 1 + (match[0].match(/\n/g) ?? []).length };
}

function readAttributes(source: string, from: number): { attrs: Attrs; end: number; selfClosing: boolean } | undefined {
  const attrs: Attrs = {};
  let i = from;
  while (i < source.length) {
    while (/\s/.test(source[i] ?? "")) i++;
    if (source.startsWith("/>", i)) return { attrs, end: i + 2, selfClosing: true };
    if (source[i] === ">") return { attrs, end: i + 1, selfClosing: false };
    const name = /^[A-Za-z_:][\w:.-]*/.exec(source.slice(i))?.[0];
    if (!name) return undefined;
    i += name.length;
    if (source[i] !== "=") {
      attrs[name] = "";
      continue;
    }
    i++;
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      if (close < 0) return undefined;
      attrs[name] = source.slice(i + 1, close);
      i = close + 1;
    } else if (quote === "{") {
      let depth = 0;
      const start = i;
      for (; i < source.length; i++) {
        if (source[i] === "{") depth++;
        else if (source[i] === "}" && --depth === 0) break;
      }
      attrs[name] = source.slice(start + 1, i);
      i++;
    } else return undefined;
  }
  return undefined;
}

export function scanMdx(source: string): ScanEvent[] {
  const { body, firstLine } = bodyStart(source);
  const events: ScanEvent[] = [];
  let line = firstLine;
  let column = 0;
  let text = "";
  let textLine = line;
  let textColumn = 0;
  const flush = () => {
    if (text) events.push({ kind: "text", text, line: textLine, column: textColumn });
    text = "";
  };
  const advance = (chunk: string) => {
    for (const ch of chunk) {
      if (ch === "\n") {
        line++;
        column = 0;
      } else column++;
    }
  };
  let i = 0;
  while (i < body.length) {
    if (body.startsWith("<!--", i)) {
      const end = body.indexOf("-->", i);
      const stop = end < 0 ? body.length : end + 3;
      flush();
      advance(body.slice(i, stop));
      i = stop;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(body.slice(i, i + 64));
    if (tag) {
      const closing = tag[1] === "/";
      const name = tag[2] ?? "";
      const rest = closing ? undefined : readAttributes(body, i + tag[0].length);
      const closeEnd = closing ? body.indexOf(">", i) + 1 : 0;
      const end = closing ? closeEnd : rest?.end;
      if (end && end > i) {
        flush();
        const tagLine = line;
        if (closing) events.push({ kind: "close", name, line: tagLine });
        else {
          events.push({ kind: "open", name, attrs: rest?.attrs ?? {}, line: tagLine, selfClosing: rest?.selfClosing ?? false });
          if (rest?.selfClosing) events.push({ kind: "close", name, line: tagLine });
        }
        advance(body.slice(i, end));
        i = end;
        continue;
      }
    }
    if (!text) {
      textLine = line;
      textColumn = column;
    }
    const ch = body[i] ?? "";
    text += ch;
    advance(ch);
    i++;
  }
  flush();
  return events;
}

// Text the reader sees as prose, cut into blocks (paragraphs, list items, component bodies).
// Headings are kept apart: they count as words, not as sentences. Citations (<Source>) and
// pictures (<Figure>) are left out.
export interface Piece {
  text: string;
  line: number;
  // Set when the text stands inside <Term>: the glossary key it explains.
  term?: string;
}
export interface Block {
  heading: boolean;
  pieces: Piece[];
}

const SKIPPED = new Set(["Source", "Figure", "ReflectionQuestion"]);
const INLINE = new Set(["Term", "Source", "a", "strong", "em", "br"]);
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

export function cleanInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/(^|\s)[*_](?=\S)|(?<=\S)[*_](?=\s|$|[.,;:!?])/g, "$1");
}

export function proseBlocks(events: ScanEvent[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const stack: { name: string; attrs: Attrs }[] = [];
  const end = () => {
    if (current && current.pieces.some((p) => p.text.trim())) blocks.push(current);
    current = undefined;
  };
  const add = (text: string, line: number, heading = false) => {
    if (!current) current = { heading, pieces: [] };
    const term = [...stack].reverse().find((s) => s.name === "Term");
    current.pieces.push({ text: cleanInline(text), line, term: term ? (term.attrs.id ?? "") : undefined });
  };
  for (const event of events) {
    if (event.kind !== "text") {
      if (event.kind === "open" && !event.selfClosing) stack.push({ name: event.name, attrs: event.attrs });
      if (event.kind === "close" && stack.at(-1)?.name === event.name) stack.pop();
      if (!INLINE.has(event.name)) end();
      continue;
    }
    if (stack.some((s) => SKIPPED.has(s.name))) continue;
    const lines = event.text.split("\n");
    lines.forEach((raw, n) => {
      const line = event.line + n;
      const atLineStart = n > 0 || event.column === 0;
      // A heading ends with its line, even when inline tags split it into several pieces.
      if (n > 0 && current?.heading) end();
      if (n > 0 && !raw.trim()) return end();
      if (atLineStart && /^\s*#{1,6}\s/.test(raw)) {
        end();
        return add(raw.replace(/^\s*#{1,6}\s+/, ""), line, true);
      }
      let text = raw;
      if (atLineStart && LIST_MARKER.test(raw)) {
        end();
        text = raw.replace(LIST_MARKER, "");
      } else if (atLineStart && /^\s*>\s?/.test(raw)) text = raw.replace(/^\s*>\s?/, "");
      if (!text.trim()) return;
      // A new line inside a paragraph is a space; Term text continues the same line.
      add(n > 0 && current ? ` ${text}` : text, line);
    });
  }
  end();
  return blocks;
}
