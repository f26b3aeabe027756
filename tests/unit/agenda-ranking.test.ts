import { describe, expect, it } from "vitest";
import {
  HALF_LIFE_DAYS,
  REFERENCE_VOTERS,
  ageFade,
  pollShares,
  rankThemes,
  scaleAverageToShare,
  turnoutWeight,
  type PollResult,
  type RankedTheme,
} from "../../app/lib/agenda-ranking";

const NOW = new Date("2026-06-01T12:00:00Z");
const DAY_MS = 86_400_000;

function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

let nextPoll = 0;
function poll(overrides: Partial<PollResult> & Pick<PollResult, "themeVotes" | "totalVotes">): PollResult {
  nextPoll += 1;
  return {
    pollId: `p${nextPoll}`,
    networkId: "noord",
    closedAt: NOW,
    voters: overrides.totalVotes,
    ...overrides,
  };
}

function byId(ranked: RankedTheme[], themeId: string): RankedTheme {
  const theme = ranked.find((t) => t.themeId === themeId);
  if (theme === undefined) throw new Error(`theme ${themeId} not ranked`);
  return theme;
}

describe("turnoutWeight and ageFade", () => {
  it("counts polls at the reference turnout fully and caps bigger polls", () => {
    expect(turnoutWeight(REFERENCE_VOTERS)).toBe(1);
    expect(turnoutWeight(300)).toBe(1);
    expect(turnoutWeight(REFERENCE_VOTERS / 4)).toBeCloseTo(0.5);
    expect(turnoutWeight(0)).toBe(0);
  });

  it("halves the weight every half-life and never boosts future dates", () => {
    expect(ageFade(NOW, NOW)).toBe(1);
    expect(ageFade(daysAgo(HALF_LIFE_DAYS), NOW)).toBeCloseTo(0.5);
    expect(ageFade(daysAgo(2 * HALF_LIFE_DAYS), NOW)).toBeCloseTo(0.25);
    expect(ageFade(daysAgo(-10), NOW)).toBe(1);
  });

  it("maps a 1–5 scale average onto a 0..1 share", () => {
    expect(scaleAverageToShare(1)).toBe(0);
    expect(scaleAverageToShare(3)).toBe(0.5);
    expect(scaleAverageToShare(5)).toBe(1);
    expect(scaleAverageToShare(7)).toBe(1);
  });
});

describe("pollShares", () => {
  it("adds up options that point at the same theme and divides by all votes", () => {
    const shares = pollShares(
      poll({ totalVotes: 20, themeVotes: [{ themeId: "a", votes: 5 }, { themeId: "a", votes: 3 }, { themeId: "b", votes: 2 }] }),
    );
    expect(shares.get("a")).toBeCloseTo(0.4);
    expect(shares.get("b")).toBeCloseTo(0.1);
  });

  it("accepts shares given directly and caps a theme at 1", () => {
    const shares = pollShares(
      poll({ totalVotes: 10, themeVotes: [{ themeId: "a", votes: 8 }], themeShares: [{ themeId: "a", share: 0.5 }, { themeId: "b", share: 0.7 }] }),
    );
    expect(shares.get("a")).toBe(1);
    expect(shares.get("b")).toBeCloseTo(0.7);
  });
});

describe("rankThemes", () => {
  it("normalises by poll size: the same share scores the same in a 30- and a 300-vote poll", () => {
    const ranked = rankThemes(
      [
        poll({ networkId: "noord", totalVotes: 30, themeVotes: [{ themeId: "small", votes: 12 }] }),
        poll({ networkId: "zuid", totalVotes: 300, themeVotes: [{ themeId: "big", votes: 120 }] }),
      ],
      { now: NOW },
    );
    expect(byId(ranked, "small").score).toBeCloseTo(0.4);
    expect(byId(ranked, "big").score).toBeCloseTo(0.4);
  });

  it("weights a 10-vote poll below a 100-vote poll with the same share", () => {
    const ranked = rankThemes(
      [
        poll({ totalVotes: 10, themeVotes: [{ themeId: "small", votes: 5 }] }),
        poll({ totalVotes: 100, themeVotes: [{ themeId: "big", votes: 50 }] }),
      ],
      { now: NOW },
    );
    expect(byId(ranked, "big").score).toBeCloseTo(0.5);
    expect(byId(ranked, "small").score).toBeCloseTo(0.5 * Math.sqrt(10 / 30));
    expect(ranked.map((t) => t.themeId)).toEqual(["big", "small"]);
  });

  it("counts a poll one half-life old for half", () => {
    const ranked = rankThemes(
      [
        poll({ totalVotes: 40, themeVotes: [{ themeId: "fresh", votes: 40 }] }),
        poll({ totalVotes: 40, closedAt: daysAgo(HALF_LIFE_DAYS), themeVotes: [{ themeId: "old", votes: 40 }] }),
      ],
      { now: NOW },
    );
    expect(byId(ranked, "fresh").score).toBeCloseTo(1);
    expect(byId(ranked, "old").score).toBeCloseTo(0.5);
  });

  it("sums support over polls and reports counts", () => {
    const ranked = rankThemes(
      [
        poll({ webinarId: "w1", totalVotes: 30, themeVotes: [{ themeId: "a", votes: 15 }] }),
        poll({ webinarId: "w1", totalVotes: 30, themeVotes: [{ themeId: "a", votes: 6 }] }),
        poll({ webinarId: "w2", totalVotes: 60, themeVotes: [{ themeId: "a", votes: 30 }] }),
      ],
      { now: NOW },
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ themeId: "a", pollCount: 3, webinarCount: 2, voters: 120 });
    expect(ranked[0]?.score).toBeCloseTo(0.5 + 0.2 + 0.5);
  });

  it("merges options of one poll that point at the same theme, capped at the whole poll", () => {
    const ranked = rankThemes(
      [
        poll({ totalVotes: 30, themeVotes: [{ themeId: "a", votes: 9 }, { themeId: "b", votes: 3 }, { themeId: "a", votes: 6 }] }),
        poll({ totalVotes: 30, themeVotes: [{ themeId: "c", votes: 30 }], themeShares: [{ themeId: "c", share: 0.8 }] }),
      ],
      { now: NOW },
    );
    expect(byId(ranked, "a")).toMatchObject({ pollCount: 1, voters: 30 });
    expect(byId(ranked, "a").score).toBeCloseTo(0.5);
    expect(byId(ranked, "c")).toMatchObject({ pollCount: 1, score: 1 });
  });

  it("marks a theme supported in two networks as shared", () => {
    const ranked = rankThemes(
      [
        poll({ networkId: "noord", totalVotes: 30, themeVotes: [{ themeId: "a", votes: 30 }, { themeId: "b", votes: 0 }] }),
        poll({ networkId: "zuid", totalVotes: 30, themeVotes: [{ themeId: "a", votes: 15 }, { themeId: "b", votes: 15 }] }),
      ],
      { now: NOW },
    );
    expect(byId(ranked, "a")).toMatchObject({ networkIds: ["noord", "zuid"], shared: true });
    expect(byId(ranked, "a").perNetwork.noord).toBeCloseTo(1);
    expect(byId(ranked, "a").perNetwork.zuid).toBeCloseTo(0.5);
    // Zero votes in noord is no support from noord.
    expect(byId(ranked, "b")).toMatchObject({ networkIds: ["zuid"], shared: false, pollCount: 1 });
  });

  it("filters the score to one network but keeps the shared flag of the whole agenda", () => {
    const polls = [
      poll({ networkId: "noord", totalVotes: 30, themeVotes: [{ themeId: "a", votes: 30 }] }),
      poll({ networkId: "zuid", totalVotes: 30, themeVotes: [{ themeId: "a", votes: 15 }, { themeId: "z", votes: 15 }] }),
    ];
    const zuid = rankThemes(polls, { now: NOW, networkId: "zuid" });
    expect(zuid.map((t) => t.themeId).sort()).toEqual(["a", "z"]);
    expect(byId(zuid, "a")).toMatchObject({ pollCount: 1, shared: true, networkIds: ["noord", "zuid"] });
    expect(byId(zuid, "a").score).toBeCloseTo(0.5);

    const noord = rankThemes(polls, { now: NOW, networkId: "noord" });
    expect(noord.map((t) => t.themeId)).toEqual(["a"]);
    expect(rankThemes(polls, { now: NOW, networkId: "west" })).toEqual([]);
  });

  it("breaks ties on poll count, then on the Dutch title, then on id", () => {
    const polls = [
      // "twice" gets the same score as the others from two half-share polls.
      poll({ totalVotes: 30, themeVotes: [{ themeId: "twice", votes: 15 }] }),
      poll({ totalVotes: 30, themeVotes: [{ themeId: "twice", votes: 15 }] }),
      poll({ totalVotes: 30, themeVotes: [{ themeId: "t10", votes: 30 }] }),
      poll({ totalVotes: 30, themeVotes: [{ themeId: "t2", votes: 30 }] }),
      poll({ totalVotes: 30, themeVotes: [{ themeId: "ij", votes: 30 }] }),
      poll({ totalVotes: 30, themeVotes: [{ themeId: "eq", votes: 30 }] }),
    ];
    const titles = { twice: "Zorgen", t10: "Thema 10", t2: "Thema 2", ij: "ĳsbrekers", eq: "ouderbetrokkenheid" };
    const ranked = rankThemes(polls, { now: NOW, titles });
    expect(ranked.map((t) => t.themeId)).toEqual(["twice", "ij", "eq", "t2", "t10"]);
    expect(ranked.every((t) => Math.abs(t.score - 1) < 1e-12)).toBe(true);
  });

  it("falls back to the theme id when a title is missing", () => {
    const ranked = rankThemes(
      [poll({ totalVotes: 30, themeVotes: [{ themeId: "b", votes: 30 }, { themeId: "a", votes: 30 }] })],
      { now: NOW },
    );
    expect(ranked.map((t) => t.themeId)).toEqual(["a", "b"]);
  });

  it("ignores polls without votes or voters", () => {
    const ranked = rankThemes(
      [
        poll({ totalVotes: 0, voters: 0, themeVotes: [{ themeId: "ghost", votes: 0 }] }),
        poll({ totalVotes: 0, voters: 12, themeVotes: [{ themeId: "ghost", votes: 3 }] }),
        poll({ totalVotes: 10, voters: 0, themeVotes: [{ themeId: "ghost", votes: 3 }] }),
        poll({ totalVotes: 10, closedAt: new Date(Number.NaN), themeVotes: [{ themeId: "ghost", votes: 3 }] }),
        poll({ totalVotes: 30, themeVotes: [{ themeId: "real", votes: 30 }] }),
      ],
      { now: NOW },
    );
    expect(ranked.map((t) => t.themeId)).toEqual(["real"]);
  });

  it("scores scale polls given as shares", () => {
    const ranked = rankThemes(
      [poll({ totalVotes: 30, themeVotes: [], themeShares: [{ themeId: "a", share: scaleAverageToShare(4) }] })],
      { now: NOW },
    );
    expect(byId(ranked, "a").score).toBeCloseTo(0.75);
  });

  it("ranks a generated agenda of 500 polls × 100 themes", () => {
    const themes = Array.from({ length: 100 }, (_, i) => `theme-${i}`);
    const polls: PollResult[] = Array.from({ length: 500 }, (_, p) => {
      // 400 votes per poll spread deterministically over all themes: 200,000 votes in total.
      const themeVotes = themes.map((themeId, t) => ({ themeId, votes: ((p * 7 + t * 13) % 7) + 1 }));
      const totalVotes = themeVotes.reduce((sum, v) => sum + v.votes, 0);
      return {
        pollId: `gen-${p}`,
        networkId: `net-${p % 6}`,
        webinarId: `web-${Math.floor(p / 5)}`,
        closedAt: daysAgo(p % 365),
        voters: 10 + (p % 90),
        totalVotes,
        themeVotes,
      };
    });
    const ranked = rankThemes(polls, { now: NOW });
    expect(ranked).toHaveLength(100);
    expect(ranked.every((t) => t.pollCount === 500 && t.shared && t.networkIds.length === 6)).toBe(true);
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
    }
  });
});
