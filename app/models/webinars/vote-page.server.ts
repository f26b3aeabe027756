// What a voter's phone shows at /stem/<code>: the open polls, their own earlier vote, and
// results only where the poll's visibility setting allows it.
import { and, eq, inArray } from "drizzle-orm";
import { votes } from "~db/schema";
import { db } from "~/db.server";
import { parsePayload, type VotePayload } from "~/lib/poll-tally";
import { ballotOf, resultsVisibleToVoter, type Ballot, type PollView } from "~/lib/poll-view";
import { liveState } from "~/models/webinars/live.server";

export interface OpenBallot {
  ballot: Ballot;
  current: VotePayload | null;
  results: PollView | null;
  visibility: PollView["resultsVisibility"];
}

export function votePage(webinarId: string, voterKey: string) {
  const state = liveState(webinarId);
  const ids = state.polls.map((p) => p.id);
  const mine =
    ids.length === 0
      ? []
      : db.select({ pollId: votes.pollId, payload: votes.payload }).from(votes).where(and(eq(votes.voterKey, voterKey), inArray(votes.pollId, ids))).all();
  const currentOf = (pollId: string) => {
    const row = mine.find((m) => m.pollId === pollId);
    return row ? parsePayload(row.payload) : null;
  };
  const open: OpenBallot[] = state.polls
    .filter((p) => p.status === "open")
    .map((poll) => {
      const current = currentOf(poll.id);
      return { ballot: ballotOf(poll), current, results: resultsVisibleToVoter(poll, current !== null) ? poll : null, visibility: poll.resultsVisibility };
    });
  const previous = [...state.polls].reverse().find((p) => p.status === "closed" && resultsVisibleToVoter(p, currentOf(p.id) !== null)) ?? null;
  return { open, previous: open.length === 0 ? previous : null };
}
