// Reads a vote form into the payload that is stored, with a Dutch message when it is not valid.
import { nl } from "~/i18n/nl";
import { containsOffensiveWord } from "./offensive-words";
import { findPersonalData, personalDataMessage } from "./personal-data";
import type { VotePayload } from "./poll-tally";
import type { PollType } from "./webinars/constants";

export const OPEN_ANSWER_MAX = 120;

export interface VotePoll {
  type: PollType;
  maxChoices: number;
  optionIds: readonly string[];
}

// FormData and URLSearchParams both fit, so the Remix action and the fast path share this.
export interface FormFields {
  getAll(name: string): unknown[];
}

export type VoteInput = { ok: true; payload: VotePayload } | { ok: false; error: string };

function strings(fields: FormFields, name: string): string[] {
  return fields.getAll(name).filter((v): v is string => typeof v === "string");
}

function fail(error: string): VoteInput {
  return { ok: false, error };
}

function parseChoices(poll: VotePoll, fields: FormFields): VoteInput {
  const chosen = [...new Set(strings(fields, "option"))];
  if (chosen.some((id) => !poll.optionIds.includes(id))) return fail(nl.vote.unknownOption);
  if (poll.type === "single") return chosen.length === 1 ? { ok: true, payload: { optionIds: chosen } } : fail(nl.vote.chooseOne);
  const max = Math.max(1, poll.maxChoices);
  return chosen.length >= 1 && chosen.length <= max ? { ok: true, payload: { optionIds: chosen } } : fail(nl.vote.chooseMax(max));
}

function parseRanking(poll: VotePoll, fields: FormFields): VoteInput {
  const places: { id: string; place: number }[] = [];
  for (const id of poll.optionIds) {
    const value = strings(fields, `place-${id}`)[0]?.trim() ?? "";
    if (value === "") continue;
    const place = Number(value);
    if (!Number.isInteger(place) || place < 1 || place > poll.optionIds.length) return fail(nl.vote.unknownOption);
    places.push({ id, place });
  }
  if (places.length === 0) return fail(nl.vote.rankNeedOne);
  if (new Set(places.map((p) => p.place)).size !== places.length) return fail(nl.vote.rankUnique);
  return { ok: true, payload: { ranking: places.sort((a, b) => a.place - b.place).map((p) => p.id) } };
}

function parseScale(fields: FormFields): VoteInput {
  const score = Number(strings(fields, "score")[0] ?? "");
  return Number.isInteger(score) && score >= 1 && score <= 5 ? { ok: true, payload: { scale: score } } : fail(nl.vote.scaleNeed);
}

function parseOpen(fields: FormFields): VoteInput {
  const text = (strings(fields, "answer")[0] ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return fail(nl.vote.answerNeed);
  if (text.length > OPEN_ANSWER_MAX) return fail(nl.vote.answerTooLong(OPEN_ANSWER_MAX));
  const now = new Date();
  const personal = findPersonalData(text, now);
  if (personal.length > 0) return fail(personalDataMessage(personal, now));
  if (containsOffensiveWord(text)) return fail(nl.vote.offensive);
  return { ok: true, payload: { text } };
}

// The vote form sends each of these fields once (and each option once); a field sent twice
// means the post did not come from the form as it is, so the vote is refused.
function sentTwice(poll: VotePoll, fields: FormFields): boolean {
  const once = poll.type === "ranking" ? poll.optionIds.map((id) => `place-${id}`) : poll.type === "scale" ? ["score"] : poll.type === "open" ? ["answer"] : [];
  const options = fields.getAll("option");
  return [...once, "pollId"].some((name) => fields.getAll(name).length > 1) || new Set(options).size !== options.length;
}

export function parseVoteInput(poll: VotePoll, fields: FormFields): VoteInput {
  if (sentTwice(poll, fields)) return fail(nl.vote.sentTwice);
  switch (poll.type) {
    case "single":
    case "multiple":
      return parseChoices(poll, fields);
    case "ranking":
      return parseRanking(poll, fields);
    case "scale":
      return parseScale(fields);
    case "open":
      return parseOpen(fields);
  }
}
