// B1 readability of module text: sentence length per part, with the line of every long sentence.
// Pure functions; the content build feeds them the prose blocks of each MDX file.
import type { Block } from "./mdx-scan";

export const B1 = {
  averageTarget: 12,
  averageMax: 15,
  longSentence: 25,
  sentenceMax: 30,
  knowledgePartMaxWords: 600,
} as const;

// Dutch abbreviations whose full stop does not end a sentence (lower case, without the last dot).
const ABBREVIATIONS = new Set(
  [
    "bijv", "bv", "b.v", "o.a", "enz", "etc", "d.w.z", "i.p.v", "m.b.t", "t.a.v", "e.d", "e.a", "m.a.w",
    "ca", "nr", "blz", "pag", "dr", "drs", "mr", "ir", "prof", "dhr", "mevr", "incl", "excl", "evt",
    "resp", "zgn", "z.g.n", "vgl", "jl", "a.s", "t.b.v", "n.a.v", "i.s.m", "o.b.v", "m.u.v", "t.o.v",
    "z.s.m", "i.o.m", "vs", "cf", "jr", "min", "max", "tel", "e.v", "c.q", "n.v.t", "p.m", "t.z.t",
  ],
);

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isAbbreviation(token: string): boolean {
  const bare = token.replace(/^[("'“‘[]+/, "").replace(/\.$/, "").toLocaleLowerCase("nl");
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare);
}

export interface Sentence {
  text: string;
  start: number;
}

// Cuts text after . ! ? … (with closing quotes or brackets) when a new sentence starts: not
// after an abbreviation or an initial, and not when the next word starts with a small letter.
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+["'”’)\]]*(?=\s|$)/g)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const next = /\S/.exec(text.slice(end));
    if (next && /\p{Ll}/u.test(next[0])) continue;
    if (match[0] === ".") {
      const token = text.slice(text.lastIndexOf(" ", index) + 1, end);
      if (isAbbreviation(token)) continue;
    }
    push(text.slice(start, end), start);
    start = end;
  }
  push(text.slice(start), start);
  return sentences;

  function push(raw: string, at: number) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (countWords(trimmed) > 0) sentences.push({ text: trimmed, start: at + lead });
  }
}

export interface MeasuredSentence {
  text: string;
  line: number;
  words: number;
}

export interface PartMeasure {
  words: number;
  sentences: MeasuredSentence[];
  average: number;
}

// Joins a block's pieces, remembering where each piece (and so each line) starts.
function blockText(block: Block): { text: string; lineAt: (offset: number) => number } {
  let text = "";
  const starts: { offset: number; line: number }[] = [];
  for (const piece of block.pieces) {
    starts.push({ offset: text.length, line: piece.line });
    text += piece.text;
  }
  return {
    text,
    lineAt: (offset) => [...starts].reverse().find((s) => s.offset <= offset)?.line ?? block.pieces[0]?.line ?? 0,
  };
}

export function measure(blocks: Block[]): PartMeasure {
  let words = 0;
  const sentences: MeasuredSentence[] = [];
  for (const block of blocks) {
    const { text, lineAt } = blockText(block);
    words += countWords(text);
    if (block.heading) continue;
    for (const s of splitSentences(text)) sentences.push({ text: s.text, line: lineAt(s.start), words: countWords(s.text) });
  }
  const total = sentences.reduce((sum, s) => sum + s.words, 0);
  return { words, sentences, average: sentences.length ? total / sentences.length : 0 };
}
