// Open-text answers: the coordinator hides what should not be shown and merges answers into themes.
import { and, eq, inArray } from "drizzle-orm";
import { polls, themes, users, votes } from "~db/schema";
import { db } from "~/db.server";
import { parsePayload } from "~/lib/poll-tally";
import type { ThemeInput } from "~/lib/schemas/webinars";
import { publishWebinar } from "~/models/webinars/live.server";
import { recountClosedPoll } from "~/models/webinars/polls.server";
import { createCandidateTheme } from "~/models/webinars/themes.server";

export function listAnswers(pollId: string, withNames: boolean) {
  const rows = db
    .select({ id: votes.id, payload: votes.payload, hidden: votes.hidden, theme: themes.title, name: users.name, updatedAt: votes.updatedAt })
    .from(votes)
    .leftJoin(themes, eq(themes.id, votes.mergedThemeId))
    .leftJoin(users, eq(users.id, votes.userId))
    .where(eq(votes.pollId, pollId))
    .orderBy(votes.updatedAt)
    .all();
  return rows.flatMap((row) => {
    const payload = parsePayload(row.payload);
    if (!payload || !("text" in payload)) return [];
    return [{ id: row.id, text: payload.text, hidden: row.hidden, theme: row.theme, name: withNames ? row.name : null }];
  });
}

function openPoll(webinarId: string, pollId: string) {
  return db.select({ id: polls.id, type: polls.type }).from(polls).where(and(eq(polls.id, pollId), eq(polls.webinarId, webinarId))).get();
}

export function setAnswerHidden(webinarId: string, pollId: string, voteId: string, hidden: boolean): boolean {
  const poll = openPoll(webinarId, pollId);
  if (poll?.type !== "open") return false;
  const result = db.update(votes).set({ hidden }).where(and(eq(votes.id, voteId), eq(votes.pollId, pollId))).run();
  if (result.changes === 0) return false;
  recountClosedPoll(pollId);
  publishWebinar(webinarId);
  return true;
}

export type MergeTarget = { themeId: string } | { newTheme: ThemeInput };

// Returns how many answers now point at the theme, or null when the poll or theme does not fit.
export function mergeAnswers(webinarId: string, pollId: string, voteIds: string[], target: MergeTarget, userId: string): number | null {
  const poll = openPoll(webinarId, pollId);
  if (poll?.type !== "open") return null;
  const changed = db.transaction((tx) => {
    const found = tx.select({ id: votes.id }).from(votes).where(and(eq(votes.pollId, pollId), inArray(votes.id, voteIds))).all();
    if (found.length === 0) return null;
    let themeId: string;
    if ("themeId" in target) {
      const theme = tx.select({ mergedIntoId: themes.mergedIntoId, status: themes.status }).from(themes).where(eq(themes.id, target.themeId)).get();
      if (!theme || theme.mergedIntoId || theme.status === "closed") return null;
      themeId = target.themeId;
    } else {
      themeId = createCandidateTheme({ ...target.newTheme, origin: "poll" }, userId, tx);
    }
    return tx
      .update(votes)
      .set({ mergedThemeId: themeId })
      .where(and(eq(votes.pollId, pollId), inArray(votes.id, voteIds)))
      .run().changes;
  });
  if (changed === null) return null;
  recountClosedPoll(pollId);
  return changed;
}
