// The content rules of decision 019, checked on the MDX source so each problem names file and line:
// every voice and piece of advice names its source, part 3 holds only experiential voices, the
// case story returns in parts 1–4, part 1 ends with key points, and jargon is explained at first use.
import { findEntry, termPattern, type GlossaryEntry } from "~/lib/glossary";
import type { ContentProblem } from "~/lib/content-schema";
import { EXPERT_PART, PARTS } from "~/lib/module-parts";
import type { Block, ScanEvent } from "./mdx-scan";

export interface ScannedFile {
  // "index.mdx" or a part's file name.
  file: string;
  events: ScanEvent[];
  blocks: Block[];
}

const SOURCED = new Set(["Voice", "Do", "Dont"]);
const EXPERIENTIAL = new Set(["parent", "youth", "expert"]);
// Part 3's sources must say who spoke: a parent, a young person or an experiential expert.
const WHO = /ouder|moeder|vader|jongere|jeugdige|kind|ervaringsdeskundig/i;
const CASE_PARTS = [1, 2, 3, 4];

function opens(file: ScannedFile, name: string) {
  return file.events.flatMap((e) => (e.kind === "open" && e.name === name ? [e] : []));
}

export function checkAttribution(slug: string, file: ScannedFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const inExpertPart = file.file === PARTS[EXPERT_PART - 1]?.file;
  for (const e of file.events) {
    if (e.kind !== "open" || !SOURCED.has(e.name)) continue;
    const where = `${slug}/${file.file}:${e.line}`;
    const source = e.attrs.source?.trim() ?? "";
    if (!source) {
      problems.push({ file: where, field: `<${e.name}>`, message: 'geen source: noem het brondocument en wie het zei, bijv. source="Seed 003, aanbevelingen van ervaringsdeskundigen"' });
      continue;
    }
    if (!inExpertPart) continue;
    if (e.name === "Voice" && !EXPERIENTIAL.has(e.attrs.from ?? "")) {
      problems.push({ file: where, field: "<Voice from>", message: `in onderdeel 3 spreken alleen ouders, jongeren en ervaringsdeskundigen (from="${e.attrs.from ?? ""}"); zet een verhaal van een onderzoeker in een ander onderdeel` });
    }
    if (!WHO.test(source)) {
      problems.push({ file: where, field: `<${e.name} source>`, message: `zeg wie het zei (een ouder, een jongere, een ervaringsdeskundige): "${source}"` });
    }
  }
  return problems;
}

export function checkStructure(slug: string, files: ScannedFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const families = new Set<string>();
  for (const number of CASE_PARTS) {
    const part = PARTS[number - 1];
    const file = files.find((f) => f.file === part?.file);
    if (!part || !file) continue;
    const cases = opens(file, "Case");
    if (cases.length === 0) problems.push({ file: `${slug}/${file.file}`, field: "<Case>", message: "de verzonnen casus ontbreekt; hij komt terug in onderdeel 1 tot en met 4" });
    for (const c of cases) {
      const family = c.attrs.family?.trim();
      if (!family) problems.push({ file: `${slug}/${file.file}:${c.line}`, field: "<Case family>", message: 'noem het verzonnen gezin, bijv. family="gezin Bakker"' });
      else families.add(family);
    }
  }
  if (families.size > 1) problems.push({ file: `${slug}`, field: "<Case family>", message: `gebruik één gezin in alle onderdelen, nu: ${[...families].join(", ")}` });

  const knowledge = files.find((f) => f.file === PARTS[0]?.file);
  if (knowledge) {
    const keyPoints = opens(knowledge, "KeyPoints");
    const closeAt = knowledge.events.findIndex((e) => e.kind === "close" && e.name === "KeyPoints");
    const after = knowledge.events.slice(closeAt + 1).some((e) => e.kind !== "text" || e.text.trim());
    if (keyPoints.length !== 1 || closeAt < 0 || after) {
      problems.push({ file: `${slug}/${knowledge.file}`, field: "<KeyPoints>", message: "eindig onderdeel 1 met precies één <KeyPoints> (Kernpunten)" });
    }
  }

  for (const file of files) problems.push(...checkFigures(slug, file));
  return problems;
}

function checkFigures(slug: string, file: ScannedFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  file.events.forEach((e, i) => {
    if (e.kind !== "open" || e.name !== "Figure") return;
    const where = `${slug}/${file.file}:${e.line}`;
    for (const attr of ["alt", "caption"]) {
      if (!e.attrs[attr]?.trim()) problems.push({ file: where, field: `<Figure ${attr}>`, message: attr === "alt" ? "geef een korte tekst die zegt wat de afbeelding laat zien" : "geef een bijschrift" });
    }
    const child = file.events.slice(i + 1).find((n) => n.kind !== "text" || n.text.trim());
    if (!child || child.kind !== "open" || child.name !== "svg" || !child.attrs.viewBox) {
      problems.push({ file: where, field: "<Figure>", message: 'zet er een <svg viewBox="…"> in' });
    }
  });
  return problems;
}

// Reading order is index, then parts 1–5: the first time a glossary word appears it must be a <Term>.
export function checkJargon(slug: string, files: ScannedFile[], glossary: readonly GlossaryEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<GlossaryEntry>();
  const patterns = glossary.map((entry) => ({ entry, pattern: termPattern(entry) }));
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.heading) continue;
      for (const piece of block.pieces) {
        if (piece.term !== undefined) {
          const key = piece.term || piece.text;
          const entry = findEntry(glossary, key);
          if (entry) seen.add(entry);
          else problems.push({ file: `${slug}/${file.file}:${piece.line}`, field: "<Term>", message: `"${key.trim()}" staat niet in content/glossary.json; voeg het toe met een uitleg` });
          continue;
        }
        for (const { entry, pattern } of patterns) {
          if (seen.has(entry)) continue;
          pattern.lastIndex = 0;
          const match = pattern.exec(piece.text);
          if (!match) continue;
          seen.add(entry);
          problems.push({
            file: `${slug}/${file.file}:${piece.line}`,
            field: "<Term>",
            message: `"${match[0]}" is vaktaal: leg het de eerste keer uit met <Term>${match[0]}</Term> (uitleg: content/glossary.json)`,
          });
        }
      }
    }
  }
  return problems;
}
