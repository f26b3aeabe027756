import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { pollOptions, polls, users, votes } from "~db/schema";
import { db, type Db } from "~/db.server";
import { agendaSnapshot, tallyVotes } from "~/lib/poll-tally";
import type { PollCommand, PollInput } from "~/lib/schemas/webinars";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const pollColumns = {
  id: polls.id,
  webinarId: polls.webinarId,
  question: polls.question,
  type: polls.type,
  maxChoices: polls.maxChoices,
  anonymous: polls.anonymous,
  resultsVisibility: polls.resultsVisibility,
  status: polls.status,
  showResults: polls.showResults,
  closesAt: polls.closesAt,
  closedAt: polls.closedAt,
  refusedVotes: polls.refusedVotes,
};

export function createPoll(webinarId: string, input: PollInput): string {
  const id = randomUUID();
  db.transaction((tx) => {
    const position = tx.select({ n: sql<number>`count(*)` }).from(polls).where(eq(polls.webinarId, webinarId)).get()?.n ?? 0;
    tx.insert(polls)
      .values({
        id,
        webinarId,
        question: input.question,
        type: input.type,
        maxChoices: input.maxChoices,
        anonymous: input.anonymous,
        resultsVisibility: input.resultsVisibility,
        closesAt: input.closesAt,
        position,
      })
      .run();
    input.options.forEach((option, index) => {
      tx.insert(pollOptions).values({ id: randomUUID(), pollId: id, label: option.label, themeId: option.themeId, position: index }).run();
    });
  });
  return id;
}

export function listOptions(pollIds: string[]) {
  if (pollIds.length === 0) return [];
  return db
    .select({ id: pollOptions.id, pollId: pollOptions.pollId, label: pollOptions.label, themeId: pollOptions.themeId })
    .from(pollOptions)
    .where(inArray(pollOptions.pollId, pollIds))
    .orderBy(asc(pollOptions.pollId), asc(pollOptions.position))
    .all();
}

export function listPolls(webinarId: string) {
  const rows = db.select(pollColumns).from(polls).where(eq(polls.webinarId, webinarId)).orderBy(asc(polls.position), asc(polls.createdAt)).all();
  const options = listOptions(rows.map((r) => r.id));
  return rows.map((poll) => ({ ...poll, options: options.filter((o) => o.pollId === poll.id) }));
}
export type PollWithOptions = ReturnType<typeof listPolls>[number];

export function getPoll(webinarId: string, pollId: string): PollWithOptions | undefined {
  const poll = db.select(pollColumns).from(polls).where(and(eq(polls.id, pollId), eq(polls.webinarId, webinarId))).get();
  return poll && { ...poll, options: listOptions([poll.id]) };
}

export function readVotes(pollId: string) {
  return db
    .select({ id: votes.id, payload: votes.payload, hidden: votes.hidden, mergedThemeId: votes.mergedThemeId, userId: votes.userId, updatedAt: votes.updatedAt })
    .from(votes)
    .where(eq(votes.pollId, pollId))
    .orderBy(asc(votes.updatedAt))
    .all();
}

// Counts a poll's votes into what the agenda needs (see agendaSnapshot).
function snapshotPoll(tx: Tx | Db, pollId: string): string {
  const poll = tx.select({ type: polls.type }).from(polls).where(eq(polls.id, pollId)).get();
  const options = tx
    .select({ id: pollOptions.id, themeId: pollOptions.themeId })
    .from(pollOptions)
    .where(eq(pollOptions.pollId, pollId))
    .orderBy(asc(pollOptions.position))
    .all();
  const rows = tx.select({ payload: votes.payload, hidden: votes.hidden, mergedThemeId: votes.mergedThemeId }).from(votes).where(eq(votes.pollId, pollId)).all();
  const type = poll?.type ?? "single";
  const tally = tallyVotes(type, options.map((o) => o.id), rows);
  return JSON.stringify(agendaSnapshot(type, tally, options));
}

// Closing counts the votes once and keeps the result with the poll: the agenda reads that snapshot.
function closeInTx(tx: Tx, pollId: string, closedAt: Date) {
  tx.update(polls).set({ status: "closed", closedAt, tally: snapshotPoll(tx, pollId) }).where(eq(polls.id, pollId)).run();
}

// After hiding or merging answers of a closed poll, its snapshot is counted again.
export function recountClosedPoll(pollId: string) {
  db.transaction((tx) => {
    const poll = tx.select({ status: polls.status }).from(polls).where(eq(polls.id, pollId)).get();
    if (poll?.status === "closed") tx.update(polls).set({ tally: snapshotPoll(tx, pollId) }).where(eq(polls.id, pollId)).run();
  });
}

// Open polls past their closing time are closed the first time anyone looks.
export function closeDuePolls(now = new Date()): string[] {
  const due = db
    .select({ id: polls.id, webinarId: polls.webinarId, closesAt: polls.closesAt })
    .from(polls)
    .where(and(eq(polls.status, "open"), isNotNull(polls.closesAt), lte(polls.closesAt, now)))
    .all();
  if (due.length === 0) return [];
  db.transaction((tx) => {
    for (const poll of due) closeInTx(tx, poll.id, poll.closesAt ?? now);
  });
  return [...new Set(due.map((p) => p.webinarId))];
}

// Open, close, show or hide results. Returns false when the poll is not in a state that allows it.
export function applyPollCommand(webinarId: string, pollId: string, command: PollCommand, now = new Date()): boolean {
  return db.transaction((tx) => {
    const poll = tx.select({ status: polls.status }).from(polls).where(and(eq(polls.id, pollId), eq(polls.webinarId, webinarId))).get();
    if (!poll) return false;
    if (command === "open") {
      if (poll.status !== "draft") return false;
      tx.update(polls).set({ status: "open", openedAt: now }).where(eq(polls.id, pollId)).run();
    } else if (command === "close") {
      if (poll.status !== "open") return false;
      closeInTx(tx, pollId, now);
    } else {
      tx.update(polls).set({ showResults: command === "show" }).where(eq(polls.id, pollId)).run();
    }
    return true;
  });
}

// Names and votes of a poll that is not anonymous; empty for anonymous polls.
export function namedVotes(pollId: string) {
  return db
    .select({ name: users.name, payload: votes.payload })
    .from(votes)
    .innerJoin(polls, eq(polls.id, votes.pollId))
    .innerJoin(users, eq(users.id, votes.userId))
    .where(and(eq(votes.pollId, pollId), eq(polls.anonymous, false)))
    .orderBy(asc(users.name))
    .all();
}
