import { describe, expect, it } from "vitest";
import { parseVoteInput, type VotePoll } from "../../app/lib/vote-input";

function fields(entries: [string, string][]) {
  return new URLSearchParams(entries);
}

const poll = (type: VotePoll["type"], maxChoices = 1): VotePoll => ({ type, maxChoices, optionIds: ["a", "b", "c"] });

describe("parseVoteInput", () => {
  it("takes exactly one option for a single-choice poll", () => {
    expect(parseVoteInput(poll("single"), fields([["option", "b"]]))).toEqual({ ok: true, payload: { optionIds: ["b"] } });
    expect(parseVoteInput(poll("single"), fields([]))).toEqual({ ok: false, error: "Kies een optie." });
    expect(parseVoteInput(poll("single"), fields([["option", "x"]]))).toMatchObject({ ok: false, error: "Kies een optie uit de lijst." });
  });

  it("takes at most k options for a multiple-choice poll", () => {
    expect(parseVoteInput(poll("multiple", 2), fields([["option", "a"], ["option", "c"]]))).toEqual({ ok: true, payload: { optionIds: ["a", "c"] } });
    expect(parseVoteInput(poll("multiple", 2), fields([["option", "a"], ["option", "b"], ["option", "c"]]))).toMatchObject({ ok: false, error: "Kies er minimaal één en maximaal 2." });
  });

  it("orders a ranking by place and refuses a place given twice", () => {
    expect(parseVoteInput(poll("ranking"), fields([["place-a", "2"], ["place-b", ""], ["place-c", "1"]]))).toEqual({ ok: true, payload: { ranking: ["c", "a"] } });
    expect(parseVoteInput(poll("ranking"), fields([["place-a", "1"], ["place-c", "1"]]))).toMatchObject({ ok: false, error: "Geef elke plek maar één keer." });
    expect(parseVoteInput(poll("ranking"), fields([]))).toMatchObject({ ok: false });
  });

  it("takes a whole score from 1 to 5", () => {
    expect(parseVoteInput(poll("scale"), fields([["score", "4"]]))).toEqual({ ok: true, payload: { scale: 4 } });
    expect(parseVoteInput(poll("scale"), fields([["score", "6"]]))).toMatchObject({ ok: false, error: "Kies een score van 1 tot 5." });
  });

  it("keeps open answers short, clean and free of client data", () => {
    expect(parseVoteInput(poll("open"), fields([["answer", "  Meer   over school  "]]))).toEqual({ ok: true, payload: { text: "Meer over school" } });
    expect(parseVoteInput(poll("open"), fields([["answer", "x".repeat(121)]]))).toMatchObject({ ok: false, error: "Gebruik maximaal 120 tekens." });
    expect(parseVoteInput(poll("open"), fields([["answer", "Wat een kutwebinar"]]))).toMatchObject({ ok: false, error: expect.stringContaining("woord dat we hier niet tonen") });
    expect(parseVoteInput(poll("open"), fields([["answer", "Bel moeder op 06-12345678"]]))).toMatchObject({ ok: false, error: expect.stringContaining("telefoonnummer") });
  });

  it("refuses a vote whose single fields were sent twice", () => {
    const refused = { ok: false, error: "Je stem kwam dubbel binnen en is niet opgeslagen. Kies opnieuw en stem nog een keer." };
    expect(parseVoteInput(poll("single"), fields([["option", "b"], ["option", "b"]]))).toEqual(refused);
    expect(parseVoteInput(poll("multiple", 2), fields([["option", "a"], ["option", "a"]]))).toEqual(refused);
    expect(parseVoteInput(poll("scale"), fields([["score", "4"], ["score", "5"]]))).toEqual(refused);
    expect(parseVoteInput(poll("open"), fields([["answer", "School"], ["answer", "Wachtlijst"]]))).toEqual(refused);
    expect(parseVoteInput(poll("ranking"), fields([["place-a", "1"], ["place-a", "2"]]))).toEqual(refused);
    expect(parseVoteInput(poll("single"), fields([["pollId", "p"], ["pollId", "q"], ["option", "a"]]))).toEqual(refused);
  });
});
