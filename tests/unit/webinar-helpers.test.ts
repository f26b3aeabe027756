import { describe, expect, it } from "vitest";
import { toCsv } from "../../app/lib/csv";
import { buildIcs } from "../../app/lib/ics";
import { generateJoinCode, normalizeJoinCode } from "../../app/lib/join-code";
import { containsOffensiveWord } from "../../app/lib/offensive-words";
import { slugify } from "../../app/lib/slugify";
import { wordCloud } from "../../app/lib/word-cloud";

describe("offensive words", () => {
  it("catches swear words, compounds, capitals and stretched spelling", () => {
    for (const text of ["wat een KUT webinar", "teringzooi", "klootzakken", "kuuuuut", "k u t? nee: kut!"]) expect(containsOffensiveWord(text), text).toBe(true);
  });
  it("leaves ordinary words alone, also ones that look alike", () => {
    for (const text of ["Hoera, eindelijk tijd", "Ouder met kanker", "Het licht flikkerde", "Mongools sprekende ouders", "Kustwacht en school"]) {
      expect(containsOffensiveWord(text), text).toBe(false);
    }
  });
});

describe("join codes", () => {
  it("generates six unambiguous characters", () => {
    for (let i = 0; i < 50; i++) expect(generateJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  });
  it("accepts what people type", () => {
    expect(normalizeJoinCode(" leer-26 ")).toBe("LEER26");
    expect(normalizeJoinCode("ab")).toBeNull();
    expect(normalizeJoinCode("<script>")).toBeNull();
  });
});

describe("exports", () => {
  it("writes CSV for Dutch spreadsheets and defuses formulas", () => {
    const csv = toCsv([
      ["Thema", "Score"],
      ["=HYPERLINK(1)", 1.5],
      ['Met ; en "quotes"', null],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("'=HYPERLINK(1);1,5\r\n");
    expect(csv).toContain('"Met ; en ""quotes""";\r\n');
  });

  it("writes an iCalendar event in UTC with escaped and folded text", () => {
    const ics = buildIcs({
      uid: "w1@leercirkel",
      title: "Webinar; samen, leren",
      description: "Regel één\nRegel twee " + "é".repeat(60),
      start: new Date("2026-03-10T14:00:00Z"),
      durationMinutes: 60,
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(ics).toContain("DTSTART:20260310T140000Z\r\nDTEND:20260310T150000Z");
    expect(ics).toContain("SUMMARY:Webinar\\; samen\\, leren");
    expect(ics).toContain("Regel één\\nRegel twee");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("word cloud and slugs", () => {
  it("counts a word once per answer, drops small and common words, weighs 1 to 5", () => {
    const cloud = wordCloud(["school school en ouders", "School!", "ouders en school", "wachtlijst"]);
    expect(cloud.find((w) => w.word === "school")).toEqual({ word: "school", count: 3, weight: 5 });
    expect(cloud.find((w) => w.word === "wachtlijst")?.weight).toBe(1);
    expect(cloud.some((w) => w.word === "en")).toBe(false);
  });
  it("makes URL-safe slugs", () => {
    expect(slugify("Ouders & school: samen!")).toBe("ouders-school-samen");
    expect(slugify("Leren van casuïstiek")).toBe("leren-van-casuistiek");
    expect(slugify("!!!")).toBe("thema");
  });
});
