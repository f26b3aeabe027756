import { describe, expect, it } from "vitest";
import { agendaSnapshot, parsePayload, parseSnapshot, tallyVotes, type TallyVote } from "../../app/lib/poll-tally";
import { currentPoll, describeVote, isLiveState, pollView, resultsVisibleToVoter, type PollMeta } from "../../app/lib/poll-view";

const vote = (payload: unknown, extra: Partial<TallyVote> = {}): TallyVote => ({ payload: JSON.stringify(payload), hidden: false, mergedThemeId: null, ...extra });

describe("tallyVotes", () => {
  it("counts single and multiple choice, ignoring unknown options and repeated ids", () => {
    const tally = tallyVotes("multiple", ["a", "b", "c"], [vote({ optionIds: ["a", "b"] }), vote({ optionIds: ["a", "a"] }), vote({ optionIds: ["zzz"] })]);
    expect(tally.voters).toBe(3);
    expect(tally.options.a?.count).toBe(2);
    expect(tally.options.b?.count).toBe(1);
    expect(tally.selections).toBe(3);
  });

  it("gives ranking points by place (Borda): first place as many points as there are options", () => {
    const tally = tallyVotes("ranking", ["a", "b", "c"], [vote({ ranking: ["b", "a"] }), vote({ ranking: ["a", "b", "c"] })]);
    expect(tally.options.a?.points).toBe(2 + 3);
    expect(tally.options.b?.points).toBe(3 + 2);
    expect(tally.options.c?.points).toBe(1);
    expect(tally.points).toBe(11);
  });

  it("averages a 1–5 scale and ignores scores outside it", () => {
    const tally = tallyVotes("scale", ["s"], [vote({ scale: 4 }), vote({ scale: 2 }), vote({ scale: 9 })]);
    expect(tally.scale).toEqual({ count: 2, sum: 6, distribution: [0, 1, 0, 1, 0] });
  });

  it("leaves hidden open answers out and counts merged ones per theme", () => {
    const tally = tallyVotes("open", [], [vote({ text: "x" }, { mergedThemeId: "t1" }), vote({ text: "y" }, { hidden: true, mergedThemeId: "t1" }), vote({ text: "z" })]);
    expect(tally.voters).toBe(2);
    expect(tally.merged).toEqual({ t1: 1 });
  });

  it("skips payloads that are not JSON or not a vote", () => {
    expect(parsePayload("{nope")).toBeNull();
    expect(parsePayload(JSON.stringify({ something: 1 }))).toBeNull();
    expect(tallyVotes("single", ["a"], [{ payload: "{", hidden: false, mergedThemeId: null }]).voters).toBe(0);
  });
});

describe("agendaSnapshot", () => {
  const options = [
    { id: "a", themeId: "t-a" },
    { id: "b", themeId: null },
  ];

  it("keeps choice votes per theme with all choices as the denominator", () => {
    const tally = tallyVotes("single", ["a", "b"], [vote({ optionIds: ["a"] }), vote({ optionIds: ["b"] }), vote({ optionIds: ["a"] })]);
    expect(agendaSnapshot("single", tally, options)).toEqual({ voters: 3, totalVotes: 3, themeVotes: [{ themeId: "t-a", votes: 2 }], themeShares: [] });
  });

  it("turns ranking points and scale averages into shares", () => {
    const ranking = tallyVotes("ranking", ["a", "b"], [vote({ ranking: ["a", "b"] })]);
    expect(agendaSnapshot("ranking", ranking, options).themeShares).toEqual([{ themeId: "t-a", share: 2 / 3 }]);
    const scale = tallyVotes("scale", ["a"], [vote({ scale: 5 }), vote({ scale: 3 })]);
    expect(agendaSnapshot("scale", scale, options).themeShares).toEqual([{ themeId: "t-a", share: 0.75 }]);
  });

  it("round-trips through JSON and refuses malformed snapshots", () => {
    const snapshot = agendaSnapshot("open", tallyVotes("open", [], [vote({ text: "a" }, { mergedThemeId: "t" })]), []);
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot(JSON.stringify({ voters: 1, totalVotes: 1, themeVotes: [{ themeId: 3, votes: 1 }], themeShares: [] }))).toBeNull();
  });
});

describe("poll views", () => {
  const meta: PollMeta = { id: "p", question: "Welk thema?", type: "single", status: "open", showResults: true, resultsVisibility: "after_vote", maxChoices: 1, anonymous: true };
  const options = [
    { id: "a", label: "Trauma" },
    { id: "b", label: "Autisme" },
  ];

  it("shows counts, whole percents and the newest open answers first", () => {
    const view = pollView(meta, options, [
      { id: "v1", ...vote({ optionIds: ["a"] }) },
      { id: "v2", ...vote({ optionIds: ["a"] }) },
      { id: "v3", ...vote({ optionIds: ["b"] }) },
    ]);
    expect(view.options.map((o) => [o.label, o.count, o.percent])).toEqual([
      ["Trauma", 2, 67],
      ["Autisme", 1, 33],
    ]);
    const open = pollView({ ...meta, type: "open" }, [], [
      { id: "1", ...vote({ text: "eerste" }) },
      { id: "2", ...vote({ text: "tweede" }) },
    ]);
    expect(open.answers.map((a) => a.text)).toEqual(["tweede", "eerste"]);
  });

  it("shows voters results only as the poll's setting allows", () => {
    expect(resultsVisibleToVoter({ status: "open", resultsVisibility: "after_vote" }, false)).toBe(false);
    expect(resultsVisibleToVoter({ status: "open", resultsVisibility: "after_vote" }, true)).toBe(true);
    expect(resultsVisibleToVoter({ status: "open", resultsVisibility: "after_close" }, true)).toBe(false);
    expect(resultsVisibleToVoter({ status: "closed", resultsVisibility: "after_close" }, false)).toBe(true);
    expect(resultsVisibleToVoter({ status: "closed", resultsVisibility: "presenter_only" }, true)).toBe(false);
  });

  it("describes a vote in words and picks the poll on screen", () => {
    expect(describeVote({ ranking: ["b", "a"] }, options)).toBe("1. Autisme; 2. Trauma");
    expect(describeVote({ optionIds: ["a"] }, options)).toBe("Trauma");
    const views = [pollView({ ...meta, id: "x", status: "closed" }, [], []), pollView({ ...meta, id: "y" }, [], [])];
    expect(currentPoll(views, null)?.id).toBe("y");
    expect(currentPoll(views, "x")?.id).toBe("x");
    expect(isLiveState({ at: 1, participants: 0, polls: views, refused: {} })).toBe(true);
    expect(isLiveState({ polls: "nee" })).toBe(false);
  });
});

describe("percentages people read", () => {
  it("shows multiple choice as the share of voters who chose an option", () => {
    const meta: PollMeta = { id: "m", question: "Kies er twee", type: "multiple", status: "closed", showResults: true, resultsVisibility: "after_vote", maxChoices: 2, anonymous: true };
    const view = pollView(meta, [{ id: "a", label: "A" }, { id: "b", label: "B" }], [
      { id: "1", ...vote({ optionIds: ["a", "b"] }) },
      { id: "2", ...vote({ optionIds: ["a"] }) },
    ]);
    expect(view.options.map((o) => o.percent)).toEqual([100, 50]);
  });
});
