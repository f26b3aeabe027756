// Shared steps of the personal-data guard: one normal form of the text, and a scan that blanks out
// what it has judged so later rules do not read the same characters again. Pure.

// Full-width digits and "＠", non-breaking and other odd spaces become plain ones (NFKC); invisible
// characters go; every dash and apostrophe becomes one character; runs of whitespace become one space.
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, "-")
    .replace(/[\u2018\u2019\u201B\u2032\u00B4`]/g, "'")
    .replace(/\s+/g, " ");
}

// hit: personal data; mask: harmless, but hide it from later rules; skip: not this rule's business.
export type Verdict = "hit" | "mask" | "skip";

export interface Scan {
  hit: boolean;
  text: string;
}

// Judges each match; the text keeps its length, so positions stay valid for the next rule.
export function scan(text: string, pattern: RegExp, judge: (match: RegExpMatchArray, text: string) => Verdict): Scan {
  let hit = false;
  let masked = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const verdict = judge(match, text);
    if (verdict === "skip") continue;
    const start = match.index ?? 0;
    masked += text.slice(last, start) + " ".repeat(match[0].length);
    last = start + match[0].length;
    if (verdict === "hit") hit = true;
  }
  return { hit, text: masked + text.slice(last) };
}

// The part of the text around a match that belongs to the same sentence ("geb." does not end one).
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:geb|nr|tel|d\.o\.b))[.!?;](?= |$)/giu;

export function sameSentence(text: string, start: number, end: number, before: number, after: number) {
  let head = text.slice(Math.max(0, start - before), start);
  const ends = [...head.matchAll(SENTENCE_END)];
  const lastEnd = ends[ends.length - 1];
  if (lastEnd) head = head.slice((lastEnd.index ?? 0) + 1);
  let tail = text.slice(end, end + after);
  const firstEnd = tail.search(SENTENCE_END);
  if (firstEnd >= 0) tail = tail.slice(0, firstEnd);
  return { head, tail };
}
