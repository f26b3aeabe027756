// Decisions: a coordinator chooses the next theme, with why and which polls informed it.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { decisionPolls, decisions, networks, polls, themes, users, webinars } from "~db/schema";
import type { ThemeStatus } from "~/lib/webinars/constants";
import { db } from "~/db.server";
import type { DecisionInput } from "~/lib/schemas/webinars";
import { listModuleThemes } from "~/models/learning/module-themes.server";

// Returns the new decision's id, or null when the theme is no longer a candidate.
export function chooseTheme(themeId: string, input: DecisionInput, userId: string, now = new Date()): string | null {
  return db.transaction((tx) => {
    const theme = tx.select({ status: themes.status, mergedIntoId: themes.mergedIntoId }).from(themes).where(eq(themes.id, themeId)).get();
    if (!theme || theme.status !== "candidate" || theme.mergedIntoId) return null;
    const id = randomUUID();
    tx.insert(decisions).values({ id, themeId, networkId: input.networkId, decidedBy: userId, rationale: input.rationale, decidedAt: now }).run();
    const pollIds = [...new Set(input.pollIds)];
    const closed =
      pollIds.length === 0
        ? []
        : tx.select({ id: polls.id }).from(polls).where(and(inArray(polls.id, pollIds), eq(polls.status, "closed"))).all();
    for (const poll of closed) tx.insert(decisionPolls).values({ decisionId: id, pollId: poll.id }).run();
    tx.update(themes).set({ status: "chosen" }).where(eq(themes.id, themeId)).run();
    return id;
  });
}

export function informingPolls(decisionIds: string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .select({
      decisionId: decisionPolls.decisionId,
      pollId: polls.id,
      question: polls.question,
      closedAt: polls.closedAt,
      webinarId: webinars.id,
      webinarTitle: webinars.title,
      network: networks.name,
    })
    .from(decisionPolls)
    .innerJoin(polls, eq(polls.id, decisionPolls.pollId))
    .innerJoin(webinars, eq(webinars.id, polls.webinarId))
    .leftJoin(networks, eq(networks.id, webinars.networkId))
    .where(inArray(decisionPolls.decisionId, decisionIds))
    .orderBy(asc(polls.closedAt))
    .all();
}

const decisionColumns = {
  id: decisions.id,
  themeId: decisions.themeId,
  themeTitle: themes.title,
  themeSlug: themes.slug,
  themeStatus: themes.status,
  rationale: decisions.rationale,
  moduleSlug: decisions.moduleSlug,
  decidedAt: decisions.decidedAt,
  decidedBy: users.name,
  network: networks.name,
};

function decisionQuery() {
  return db
    .select(decisionColumns)
    .from(decisions)
    .innerJoin(themes, eq(themes.id, decisions.themeId))
    .leftJoin(users, eq(users.id, decisions.decidedBy))
    .leftJoin(networks, eq(networks.id, decisions.networkId));
}

export function getDecision(id: string) {
  const decision = decisionQuery().where(eq(decisions.id, id)).get();
  return decision && { ...decision, polls: informingPolls([id]) };
}

export function linkModule(decisionId: string, moduleSlug: string): boolean {
  if (!listModuleThemes().some((m) => m.slug === moduleSlug)) return false;
  return db.update(decisions).set({ moduleSlug }).where(eq(decisions.id, decisionId)).run().changes > 0;
}

export function setThemeStatus(decisionId: string, status: Exclude<ThemeStatus, "candidate">): boolean {
  const decision = db.select({ themeId: decisions.themeId }).from(decisions).where(eq(decisions.id, decisionId)).get();
  if (!decision) return false;
  db.update(themes).set({ status }).where(eq(themes.id, decision.themeId)).run();
  return true;
}

// The circle so far, newest decision first.
export function listDecisions() {
  return decisionQuery().orderBy(desc(decisions.decidedAt)).all();
}
