import { describe, expect, it } from "vitest";
import { checkModule } from "~/lib/content-schema";
import { splitBlocks } from "../../scripts/content/compile";

const valid = {
  title: "Een module",
  summary: "Kort.",
  theme: "verklarende-analyse",
  order: 1,
  durationMinutes: 30,
  audience: "Professionals",
  learningGoals: ["uitleggen wat een verklarende analyse is", "een analyse samen met het gezin maken"],
  reflectionQuestions: [
    { id: "een", text: "Vraag een?" },
    { id: "twee", text: "Vraag twee?" },
    { id: "drie", text: "Vraag drie?" },
  ],
  sources: [
    { kind: "wetenschap", title: "A", seed: "003", note: "n" },
    { kind: "praktijk", title: "B", seed: "000", note: "n" },
    { kind: "ervaring", title: "C", publication: "Betrek mij gewoon!", note: "n" },
  ],
};
const part4 = '## Reflectie\n\n<ReflectionQuestion id="een" />\n\n<ReflectionQuestion id="twee" />\n\n<ReflectionQuestion id="drie" />\n';
const check = (data: unknown, source = part4) =>
  checkModule({ slug: "m", data, reflectionPartSource: source, themeSlugs: ["verklarende-analyse"] }).map((p) => `${p.file} ${p.field}`);

describe("checkModule", () => {
  it("accepts a complete module", () => {
    expect(check(valid)).toEqual([]);
  });

  it("names the file and the field of each problem", () => {
    expect(check({ ...valid, theme: "onbekend", durationMinutes: "lang" })).toEqual(["m/index.mdx theme", "m/index.mdx durationMinutes"]);
    expect(check({ ...valid, title: undefined })).toEqual(["m/index.mdx title"]);
  });

  it("requires every knowledge-triangle kind", () => {
    expect(check({ ...valid, sources: valid.sources.slice(0, 2) })).toEqual(["m/index.mdx sources"]);
  });

  it("requires a source to name a known seed document or a publication", () => {
    expect(check({ ...valid, sources: [...valid.sources, { kind: "praktijk", title: "D", seed: "999", note: "n" }] })).toEqual(["m/index.mdx sources.3.seed"]);
    expect(check({ ...valid, sources: [...valid.sources, { kind: "praktijk", title: "D", note: "n" }] })).toEqual(["m/index.mdx sources.3"]);
  });

  it("checks reflection questions against part 4", () => {
    expect(check(valid, part4.replace('<ReflectionQuestion id="drie" />', ""))).toEqual(["m/index.mdx reflectionQuestions.2.id"]);
    expect(check(valid, `${part4}\n<ReflectionQuestion id="vier" />\n`)).toEqual(["m/4-reflectie.mdx ReflectionQuestion.id"]);
    expect(check(valid, part4.replace('\n\n<ReflectionQuestion id="twee" />', ' Tekst <ReflectionQuestion id="twee" />'))).toEqual([
      "m/4-reflectie.mdx ReflectionQuestion",
    ]);
    expect(check({ ...valid, reflectionQuestions: [...valid.reflectionQuestions, { id: "een", text: "Nog eens?" }] })).toEqual([
      "m/index.mdx reflectionQuestions.3.id",
    ]);
  });

  it("wants two to five learning goals that finish the sentence 'Na deze module kun je …'", () => {
    expect(check({ ...valid, learningGoals: ["uitleggen wat een verklarende analyse is"] })).toEqual(["m/index.mdx learningGoals"]);
    expect(check({ ...valid, learningGoals: ["Uitleggen wat een analyse is", "een analyse maken met het gezin."] })).toEqual([
      "m/index.mdx learningGoals.0",
      "m/index.mdx learningGoals.1",
    ]);
    expect(check({ ...valid, learningGoals: undefined })).toEqual(["m/index.mdx learningGoals"]);
  });

  it("accepts a public https address for a source, and nothing else", () => {
    const withUrl = (url: string) => ({ ...valid, sources: [{ ...valid.sources[0], url }, ...valid.sources.slice(1)] });
    expect(check(withUrl("https://www.awtjf.nl"))).toEqual([]);
    expect(check(withUrl("http://www.awtjf.nl"))).toEqual(["m/index.mdx sources.0.url"]);
  });

  it("wants three to six reflection questions", () => {
    expect(check({ ...valid, reflectionQuestions: valid.reflectionQuestions.slice(0, 2) }, part4)).toContain("m/index.mdx reflectionQuestions");
  });
});

describe("splitBlocks", () => {
  it("cuts the HTML where a reflection question stands", () => {
    const html = '<h2>Reflectie</h2>\n<hr data-reflection-question="een"/>\n<p>Tussendoor</p>\n<hr data-reflection-question="twee"/>';
    expect(splitBlocks(html)).toEqual([{ html: "<h2>Reflectie</h2>" }, { questionId: "een" }, { html: "<p>Tussendoor</p>" }, { questionId: "twee" }]);
  });
});
