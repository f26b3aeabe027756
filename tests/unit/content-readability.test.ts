import { describe, expect, it } from "vitest";
import { proseBlocks, scanMdx } from "../../scripts/content/mdx-scan";
import { countWords, measure, splitSentences } from "../../scripts/content/readability";
import { b1Findings, exerciseMinutes } from "../../scripts/content/report";

const sentences = (text: string) => splitSentences(text).map((s) => s.text);
const measured = (source: string) => measure(proseBlocks(scanMdx(source)));

describe("splitSentences", () => {
  it("cuts after a full stop, question mark or exclamation mark before a new sentence", () => {
    expect(sentences("Je zoekt naar verbanden. Wat werkt? Doe het samen!")).toEqual(["Je zoekt naar verbanden.", "Wat werkt?", "Doe het samen!"]);
  });

  it("does not end a sentence at Dutch abbreviations", () => {
    expect(sentences("Denk aan school, bijv. de mentor. Of o.a. de huisarts, enz. Dat helpt.")).toEqual([
      "Denk aan school, bijv. de mentor.",
      "Of o.a. de huisarts, enz. Dat helpt.",
    ]);
    expect(sentences("Vraag bijv. Daan zelf. Dat is d.w.z. Een Test.")).toEqual(["Vraag bijv. Daan zelf.", "Dat is d.w.z. Een Test."]);
    expect(sentences("Volgens H. Jansen werkt het. Echt waar.")).toEqual(["Volgens H. Jansen werkt het.", "Echt waar."]);
  });

  it("keeps a quoted question inside its sentence when a small letter follows", () => {
    expect(sentences('Vraag "Wat hielp jou?" of "Wat miste je?" aan de jongere. Klaar.')).toEqual([
      'Vraag "Wat hielp jou?" of "Wat miste je?" aan de jongere.',
      "Klaar.",
    ]);
  });

  it("counts words, not punctuation or dashes", () => {
    expect(countWords("Eén gezin – één plan, één regisseur.")).toBe(6);
  });
});

describe("measure", () => {
  it("measures prose only: headings count as words but not as sentences, citations and pictures are left out", () => {
    const source = [
      "---",
      "title: x",
      "---",
      "## Een kop van vier",
      "",
      'Eerste zin hier. Tweede zin is wat langer. <Source seed="001">Werkboek Jeugdhulp met veel woorden</Source>',
      "",
      '<Figure alt="a" caption="b">',
      '<svg viewBox="0 0 1 1"><text>Geen zin in een plaatje</text></svg>',
      "</Figure>",
      "",
      "- Een punt in een lijst",
    ].join("\n");
    const m = measured(source);
    expect(m.sentences.map((s) => [s.text, s.line, s.words])).toEqual([
      ["Eerste zin hier.", 6, 3],
      ["Tweede zin is wat langer.", 6, 5],
      ["Een punt in een lijst", 12, 5],
    ]);
    expect(m.words).toBe(4 + 3 + 5 + 5);
    expect(m.average).toBeCloseTo(13 / 3);
  });

  it("reads the text inside components and terms as part of the sentence", () => {
    const m = measured('<Do source="Seed 003">Maak de analyse met de <Term>ggz</Term> samen.</Do>');
    expect(m.sentences.map((s) => s.text)).toEqual(["Maak de analyse met de ggz samen."]);
  });
});

describe("b1Findings", () => {
  // A sentence of n words that starts with a capital, as a new sentence does.
  const words = (n: number) => ["Dit", ...Array.from({ length: n - 1 }, (_, i) => `woord${i}`)].join(" ");

  it("warns with file and line for a sentence over 25 words and fails over 30", () => {
    const long = measured(`Kort.\n\n${words(27)}.`);
    const found = b1Findings("m", { file: "2-toepassen.mdx", measure: long });
    expect(found.problems).toEqual([]);
    expect(found.warnings).toContainEqual(expect.objectContaining({ file: "m/2-toepassen.mdx:3", message: expect.stringContaining("zin van 27 woorden") }));
    const tooLong = measured(`Kort. Ook kort.\n\n${words(31)}.`);
    expect(b1Findings("m", { file: "2-toepassen.mdx", measure: tooLong }).problems).toEqual([
      expect.objectContaining({ file: "m/2-toepassen.mdx:3", message: expect.stringContaining("zin van 31 woorden") }),
    ]);
  });

  it("warns above an average of 12 words and fails above 15", () => {
    const thirteen = measured(`${words(13)}. ${words(13)}.`);
    expect(b1Findings("m", { file: "2-toepassen.mdx", measure: thirteen })).toMatchObject({ problems: [], warnings: [{ field: "B1" }] });
    const sixteen = measured(`${words(16)}. ${words(16)}.`);
    expect(b1Findings("m", { file: "2-toepassen.mdx", measure: sixteen }).problems).toEqual([
      expect.objectContaining({ file: "m/2-toepassen.mdx", message: expect.stringContaining("gemiddeld 16.0 woorden per zin") }),
    ]);
  });

  it("fails a knowledge part over 600 words", () => {
    const part = measured(Array.from({ length: 61 }, () => `${words(10)}.`).join("\n\n"));
    expect(b1Findings("m", { file: "1-kennis.mdx", measure: part }).problems).toEqual([expect.objectContaining({ field: "lengte" })]);
    expect(b1Findings("m", { file: "2-toepassen.mdx", measure: part }).problems).toEqual([]);
  });
});

describe("exerciseMinutes", () => {
  it("reads how long part 2 says its exercises take", () => {
    expect(exerciseMinutes("Neem er ongeveer een kwartier voor.")).toBe(15);
    expect(exerciseMinutes("Neem er ongeveer 20 minuten voor.")).toBe(20);
  });
});
