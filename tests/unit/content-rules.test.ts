import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "~/lib/glossary";
import { proseBlocks, scanMdx } from "../../scripts/content/mdx-scan";
import { checkAttribution, checkJargon, checkStructure, type ScannedFile } from "../../scripts/content/rules";

function scanned(file: string, source: string): ScannedFile {
  const events = scanMdx(source);
  return { file, events, blocks: proseBlocks(events) };
}
const problems = (list: { file: string; field: string }[]) => list.map((p) => `${p.file} ${p.field}`);

const glossary: GlossaryEntry[] = [
  { term: "casusregie", forms: ["casusregisseur"], explanation: "Eén persoon regelt de samenwerking rond een gezin." },
  { term: "ggz", forms: ["GGZ"], explanation: "Geestelijke gezondheidszorg: hulp bij psychische problemen." },
  { term: "warme overdracht", explanation: "Je draagt een gezin over in een gesprek met het gezin erbij." },
];

describe("checkAttribution", () => {
  it("names file and line of a <Do>, <Dont> or <Voice> without source", () => {
    const part = scanned("2-toepassen.mdx", ["## Kop", "", "<Do>Zonder bron.</Do>", "", '<Dont source="">Leeg.</Dont>', '<Voice from="parent">', "Tekst.", "</Voice>"].join("\n"));
    expect(problems(checkAttribution("m", part))).toEqual(["m/2-toepassen.mdx:3 <Do>", "m/2-toepassen.mdx:5 <Dont>", "m/2-toepassen.mdx:6 <Voice>"]);
  });

  it("counts lines from the top of the file, frontmatter included", () => {
    const index = scanned("index.mdx", ["---", "title: x", "---", "", "<Do>Zonder bron.</Do>"].join("\n"));
    expect(problems(checkAttribution("m", index))).toEqual(["m/index.mdx:5 <Do>"]);
  });

  it("in part 3 accepts only parents, young people and experiential experts, and wants the source to say who", () => {
    const part3 = scanned(
      "3-ervaringsdeskundigen.mdx",
      [
        '<Voice from="researcher" source="Seed 001, verslag van een onderzoeker">Een sessie.</Voice>',
        '<Do source="Seed 000, bevindingen over professionals">Leg uit.</Do>',
        '<Do source="Seed 003, aanbevelingen van ervaringsdeskundigen">Maak het samen.</Do>',
        '<Voice from="parent" source="Seed 001, voorwoord door een moeder">Regel het.</Voice>',
      ].join("\n"),
    );
    expect(problems(checkAttribution("m", part3))).toEqual([
      "m/3-ervaringsdeskundigen.mdx:1 <Voice from>",
      "m/3-ervaringsdeskundigen.mdx:1 <Voice source>",
      "m/3-ervaringsdeskundigen.mdx:2 <Do source>",
    ]);
  });

  it("allows a researcher's account outside part 3", () => {
    const part2 = scanned("2-toepassen.mdx", '<Voice from="researcher" source="Seed 001, verslag van een onderzoeker">Een sessie.</Voice>');
    expect(checkAttribution("m", part2)).toEqual([]);
  });
});

describe("checkStructure", () => {
  const kp = "Tekst.\n\n<KeyPoints>\n\n- Punt\n\n</KeyPoints>\n";
  const withCase = (family: string) => `<Case family="${family}">\nVerhaal.\n</Case>\n`;
  const parts = (one: string, family = "gezin Bakker") => [
    scanned("1-kennis.mdx", one),
    scanned("2-toepassen.mdx", withCase(family)),
    scanned("3-ervaringsdeskundigen.mdx", withCase("gezin Bakker")),
    scanned("4-reflectie.mdx", withCase("gezin Bakker")),
    scanned("5-afsluiting.mdx", "Tekst."),
  ];

  it("accepts one family in parts 1 to 4 and key points at the end of part 1", () => {
    expect(checkStructure("m", parts(withCase("gezin Bakker") + kp))).toEqual([]);
  });

  it("wants the case in every part 1–4, with one family", () => {
    expect(problems(checkStructure("m", parts(kp, "gezin Smit")))).toEqual(["m/1-kennis.mdx <Case>", "m <Case family>"]);
  });

  it("wants key points as the last element of part 1", () => {
    expect(problems(checkStructure("m", parts(withCase("gezin Bakker") + kp + "\nNog meer tekst.\n")))).toEqual(["m/1-kennis.mdx <KeyPoints>"]);
    expect(problems(checkStructure("m", parts(withCase("gezin Bakker"))))).toEqual(["m/1-kennis.mdx <KeyPoints>"]);
  });

  it("wants a picture to have a text alternative, a caption and an svg with a viewBox", () => {
    const figure = scanned("2-toepassen.mdx", withCase("gezin Bakker") + '\n<Figure caption="Bijschrift">\n<svg><rect /></svg>\n</Figure>');
    const all = parts(withCase("gezin Bakker") + kp);
    all[1] = figure;
    expect(problems(checkStructure("m", all))).toEqual(["m/2-toepassen.mdx:5 <Figure alt>", "m/2-toepassen.mdx:5 <Figure>"]);
  });
});

describe("checkJargon", () => {
  it("names the line where a glossary term is first used without <Term>", () => {
    const files = [scanned("index.mdx", "---\ntitle: x\n---\nIntro."), scanned("1-kennis.mdx", "## Casusregie in de kop telt niet\n\nDe casusregisseur belt.\n\nWeer casusregie.")];
    expect(checkJargon("m", files, glossary)).toEqual([
      expect.objectContaining({ file: "m/1-kennis.mdx:3", field: "<Term>", message: expect.stringContaining('"casusregisseur" is vaktaal') }),
    ]);
  });

  it("accepts a term explained at first use, by its text or its id, and plain uses after that", () => {
    const files = [
      scanned("1-kennis.mdx", 'De <Term>casusregie</Term> ligt bij het wijkteam. Een <Term id="ggz">ggz-instelling</Term> helpt.'),
      scanned("2-toepassen.mdx", "De casusregisseur en de GGZ overleggen. Was het een warme overdracht?"),
    ];
    expect(problems(checkJargon("m", files, glossary))).toEqual(["m/2-toepassen.mdx:1 <Term>"]);
  });

  it("treats a hyphen as a word boundary and skips citations", () => {
    const files = [scanned("1-kennis.mdx", 'Een jeugd-ggz team. <Source publication="Warme overdracht in de praktijk">Warme overdracht</Source>')];
    expect(checkJargon("m", files, glossary).map((p) => p.message)).toEqual([expect.stringContaining('"ggz" is vaktaal')]);
  });

  it("reports a <Term> that is not in the glossary", () => {
    const files = [scanned("1-kennis.mdx", "Een <Term>doolhof</Term>.")];
    expect(checkJargon("m", files, glossary)).toEqual([expect.objectContaining({ file: "m/1-kennis.mdx:1", message: expect.stringContaining('"doolhof" staat niet in') })]);
  });
});
