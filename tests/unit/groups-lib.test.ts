import { describe, expect, it } from "vitest";
import { fillWeeks, layoutBars, niceMax } from "~/lib/groups/chart";
import { toCsv, type Cell } from "~/lib/csv";
import { calendarDay } from "~/lib/dates";
import { groupNotices, rankFactors } from "~/lib/groups/notices";
import { type FigureRow, csvRows, filterFigures, totalsBy } from "~/lib/groups/overview";
import { GroupSchema, LogEntrySchema, StatusSchema } from "~/lib/schemas/groups";
import { FACTORS } from "~/lib/groups/constants";

describe("the activity chart", () => {
  it("fills weeks without log entries and keeps at most the last 26 weeks", () => {
    const weeks = fillWeeks([{ week: "2026-01-12", count: 3 }], "2026-01-01", "2026-01-27");
    expect(weeks).toEqual([
      { week: "2025-12-29", count: 0 },
      { week: "2026-01-05", count: 0 },
      { week: "2026-01-12", count: 3 },
      { week: "2026-01-19", count: 0 },
      { week: "2026-01-26", count: 0 },
    ]);
    expect(fillWeeks([], "2024-01-01", "2026-01-27")).toHaveLength(26);
  });

  it("scales bars to a round maximum inside the plot", () => {
    expect([niceMax(0), niceMax(3), niceMax(7), niceMax(11), niceMax(50)]).toEqual([1, 5, 10, 20, 50]);
    const chart = layoutBars([{ week: "a", count: 5 }, { week: "b", count: 10 }], 200, 120);
    const [a, b] = chart.bars;
    expect(b?.y).toBe(chart.plotTop);
    expect((a?.height ?? 0) * 2).toBeCloseTo(b?.height ?? 0, 0);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 5, 10]);
  });
});

// One cell as it appears between the semicolons of a line.
const csvCell = (value: Cell) => toCsv([[value]]).slice(1, -2);

describe("CSV", () => {
  it("quotes separators and quotes, and neutralises formulas", () => {
    expect(csvCell('Zei "ja"; daarna nee')).toBe('"Zei ""ja""; daarna nee"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(toCsv([["a", 1]]).startsWith("\uFEFFa;1\r\n")).toBe(true);
  });
});

describe("notices and factors", () => {
  it("says when no experiential expert takes part or all come from one organisation", () => {
    expect(groupNotices([{ role: "facilitator", organisationId: "a" }, { role: "professional", organisationId: "a" }])).toEqual({ noExpert: true, oneOrganisation: true });
    expect(groupNotices([{ role: "facilitator", organisationId: "a" }, { role: "expert", organisationId: "b" }])).toEqual({ noExpert: false, oneOrganisation: false });
  });

  it("ranks factors by count, ties in the fixed order", () => {
    const ranked = rankFactors([{ factor: "funding", count: 2 }, { factor: "time", count: 2 }, { factor: "workload", count: 5 }], FACTORS);
    expect(ranked.map((r) => r.factor)).toEqual(["workload", "time", "funding"]);
  });
});

function row(over: Partial<FigureRow>): FigureRow {
  return {
    id: "g", name: "Groep", status: "active", startsOn: "2026-01-01", endsOn: "2026-06-01", themeSlug: "t", themeTitle: "Thema", networkSlug: "n", networkName: "Netwerk",
    lessonsLearned: null, members: 4, experts: 1, organisations: 3, steps: { planned: 1, in_progress: 1, done: 2, stopped: 0 }, stepsTotal: 4, sharePercent: 50,
    overdue: 1, logEntriesRecent: 2, lastLogEntryOn: null, hindering: [], helping: [], ...over,
  };
}

describe("the overview's totals", () => {
  it("adds groups up per theme and finds the theme's top hindering factor", () => {
    const rows = [
      row({ id: "1", hindering: [{ factor: "time", count: 3 }] }),
      row({ id: "2", status: "closed", hindering: [{ factor: "funding", count: 2 }, { factor: "time", count: 1 }] }),
      row({ id: "3", themeSlug: "u", themeTitle: "Ander thema" }),
    ];
    const [first] = totalsBy(rows, "theme");
    expect(first).toMatchObject({ label: "Thema", groups: 2, active: 1, closed: 1, members: 8, sharePercent: 50, topHindering: "time" });
    expect(filterFigures(rows, { thema: "u", netwerk: "", status: "" }).map((r) => r.id)).toEqual(["3"]);
    expect(filterFigures(rows, { thema: "", netwerk: "", status: "closed" }).map((r) => r.id)).toEqual(["2"]);
    expect(csvRows(rows)).toHaveLength(4);
    expect(csvRows(rows)[2]?.[3]).toBe("Afgesloten");
  });
});

describe("group form schemas", () => {
  it("wants the end after the start and a sensible size", () => {
    const base = { name: "G", themeId: "t", intendedChange: "x", startsOn: "2026-02-01", endsOn: "2026-01-01", rhythm: "r", maxSize: "1" };
    const result = GroupSchema.safeParse(base);
    expect(result.success).toBe(false);
    const fields = result.success ? [] : result.error.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["endsOn", "maxSize"]));
  });

  it("reads checkbox groups sent once, several times or not at all", () => {
    const loggedOn = calendarDay();
    const one = LogEntrySchema.parse({ loggedOn, did: "x", hinderedFactors: "time" });
    expect(one.hinderedFactors).toEqual(["time"]);
    expect(one.helpedFactors).toEqual([]);
    expect(one.shared).toBe(false);
    expect(LogEntrySchema.safeParse({ loggedOn, did: "x", helpedFactors: ["time", "onzin"] }).success).toBe(false);
    expect(StatusSchema.safeParse({ status: "stopped" }).success).toBe(false);
    expect(StatusSchema.parse({ status: "done" }).reason).toBe("");
  });
});
