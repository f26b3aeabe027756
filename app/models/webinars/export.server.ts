// The webinar and agenda part of a user's data download and account deletion.
import { eq, inArray, sql } from "drizzle-orm";
import { decisions, pollOptions, polls, themes, votes, webinars } from "~db/schema";
import { db, type Db } from "~/db.server";
import { parsePayload } from "~/lib/poll-tally";
import { describeVote } from "~/lib/poll-view";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function exportWebinarData(userId: string) {
  const rows = db
    .select({ pollId: polls.id, question: polls.question, webinar: webinars.title, payload: votes.payload, updatedAt: votes.updatedAt })
    .from(votes)
    .innerJoin(polls, eq(polls.id, votes.pollId))
    .innerJoin(webinars, eq(webinars.id, polls.webinarId))
    .where(eq(votes.userId, userId))
    .all();
  const pollIds = [...new Set(rows.map((r) => r.pollId))];
  const options = pollIds.length === 0 ? [] : db.select({ id: pollOptions.id, label: pollOptions.label }).from(pollOptions).where(inArray(pollOptions.pollId, pollIds)).all();
  const decided = db
    .select({ theme: themes.title, rationale: decisions.rationale, decidedAt: decisions.decidedAt })
    .from(decisions)
    .innerJoin(themes, eq(themes.id, decisions.themeId))
    .where(eq(decisions.decidedBy, userId))
    .all();
  const themesCreated = db
    .select({ title: themes.title, description: themes.description, reason: themes.reason, status: themes.status, createdAt: themes.createdAt })
    .from(themes)
    .where(eq(themes.createdBy, userId))
    .all();
  const webinarsCreated = db
    .select({ title: webinars.title, description: webinars.description, startsAt: webinars.startsAt, presenter: webinars.presenter, createdAt: webinars.createdAt })
    .from(webinars)
    .where(eq(webinars.createdBy, userId))
    .all();
  return {
    votes: rows.map((r) => ({ webinar: r.webinar, question: r.question, vote: describeVote(parsePayload(r.payload), options), votedAt: r.updatedAt.toISOString() })),
    decisions: decided.map((d) => ({ theme: d.theme, rationale: d.rationale, decidedAt: d.decidedAt.toISOString() })),
    themesCreated: themesCreated.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() })),
    webinarsCreated: webinarsCreated.map((w) => ({ ...w, startsAt: w.startsAt.toISOString(), createdAt: w.createdAt.toISOString() })),
  };
}

// Votes keep counting, but no longer point at the person: the voter key becomes a random one.
export function anonymiseWebinarData(tx: Tx, userId: string) {
  tx.update(votes)
    .set({ userId: null, voterKey: sql`'verwijderd:' || ${votes.id}` })
    .where(eq(votes.userId, userId))
    .run();
}
