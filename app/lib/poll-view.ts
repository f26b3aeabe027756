// A poll with its counted results, as the presenter screen, the vote page and the CSV show it.
// Plain JSON (no Dates) so it can be sent as a Server-Sent Event and rendered on the server alike.
import { optionShare, parsePayload, scaleAverage, tallyVotes, type TallyVote, type VotePayload } from "./poll-tally";
import type { PollStatus, PollType, ResultsVisibility } from "./webinars/constants";
import { wordCloud, type CloudWord } from "./word-cloud";

export interface PollMeta {
  id: string;
  question: string;
  type: PollType;
  status: PollStatus;
  showResults: boolean;
  resultsVisibility: ResultsVisibility;
  maxChoices: number;
  anonymous: boolean;
}

export interface OptionView {
  id: string;
  label: string;
  count: number;
  points: number;
  // 0..100, rounded to whole percents.
  percent: number;
}

export interface PollView extends PollMeta {
  voters: number;
  options: OptionView[];
  average: number | null;
  distribution: number[];
  words: CloudWord[];
  answers: { id: string; text: string }[];
}

const PRESENTER_ANSWERS = 40;

// What a voter's phone needs to show the question, without any counts.
export interface Ballot {
  id: string;
  question: string;
  type: PollType;
  maxChoices: number;
  anonymous: boolean;
  options: { id: string; label: string }[];
}

export function ballotOf(poll: PollView): Ballot {
  return {
    id: poll.id,
    question: poll.question,
    type: poll.type,
    maxChoices: poll.maxChoices,
    anonymous: poll.anonymous,
    options: poll.options.map((o) => ({ id: o.id, label: o.label })),
  };
}

export function pollView(
  poll: PollMeta,
  options: readonly { id: string; label: string }[],
  votes: readonly (TallyVote & { id: string })[],
): PollView {
  const tally = tallyVotes(poll.type, options.map((o) => o.id), votes);
  const answers: { id: string; text: string }[] = [];
  if (poll.type === "open") {
    for (const vote of votes) {
      const payload = vote.hidden ? null : parsePayload(vote.payload);
      if (payload && "text" in payload) answers.push({ id: vote.id, text: payload.text });
    }
  }
  return {
    id: poll.id,
    question: poll.question,
    type: poll.type,
    status: poll.status,
    showResults: poll.showResults,
    resultsVisibility: poll.resultsVisibility,
    maxChoices: poll.maxChoices,
    anonymous: poll.anonymous,
    voters: tally.voters,
    options: options.map((o) => ({
      id: o.id,
      label: o.label,
      count: tally.options[o.id]?.count ?? 0,
      points: tally.options[o.id]?.points ?? 0,
      percent: Math.round(optionShare(poll.type, tally, o.id) * 100),
    })),
    average: scaleAverage(tally),
    distribution: tally.scale.distribution,
    words: wordCloud(answers.map((a) => a.text)),
    // Newest first; the presenter screen shows a screenful.
    answers: answers.reverse().slice(0, PRESENTER_ANSWERS),
  };
}

// May someone who is not the coordinator see the results of this poll now?
export function resultsVisibleToVoter(poll: Pick<PollMeta, "status" | "resultsVisibility">, hasVoted: boolean): boolean {
  if (poll.resultsVisibility === "presenter_only") return false;
  if (poll.status === "closed") return true;
  return poll.resultsVisibility === "after_vote" && hasVoted;
}

// What the presenter screen shows and what each Server-Sent Event carries.
export interface LiveState {
  at: number;
  participants: number;
  polls: PollView[];
  // Per poll id, votes refused by the per-address cap (only polls with any): presenter only.
  refused: Record<string, number>;
}

export function isLiveState(value: unknown): value is LiveState {
  return (
    typeof value === "object" &&
    value !== null &&
    "at" in value &&
    typeof value.at === "number" &&
    "participants" in value &&
    typeof value.participants === "number" &&
    "polls" in value &&
    Array.isArray(value.polls) &&
    "refused" in value &&
    typeof value.refused === "object" &&
    value.refused !== null
  );
}

// The poll on screen: the one asked for, else the open one, else the last one.
export function currentPoll(polls: readonly PollView[], selectedId: string | null): PollView | null {
  return polls.find((p) => p.id === selectedId) ?? [...polls].reverse().find((p) => p.status === "open") ?? polls[polls.length - 1] ?? null;
}

// One vote in words, for the "who voted what" table and the CSV of a named poll.
export function describeVote(payload: VotePayload | null, options: readonly { id: string; label: string }[]): string {
  if (!payload) return "";
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? "?";
  if ("optionIds" in payload) return payload.optionIds.map(label).join(", ");
  if ("ranking" in payload) return payload.ranking.map((id, i) => `${i + 1}. ${label(id)}`).join("; ");
  if ("scale" in payload) return String(payload.scale);
  return payload.text;
}
