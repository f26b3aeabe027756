import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne } from "drizzle-orm";
import { networks, themes, webinarThemes, webinars } from "~db/schema";
import { db } from "~/db.server";
import { generateJoinCode } from "~/lib/join-code";
import type { WebinarInput } from "~/lib/schemas/webinars";

export interface WebinarSummary {
  id: string;
  title: string;
  startsAt: Date;
  network: string | null;
  themes: string[];
}

function themeTitlesByWebinar(ids: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ webinarId: webinarThemes.webinarId, title: themes.title })
    .from(webinarThemes)
    .innerJoin(themes, eq(themes.id, webinarThemes.themeId))
    .where(inArray(webinarThemes.webinarId, ids))
    .orderBy(asc(themes.title))
    .all();
  for (const row of rows) map.set(row.webinarId, [...(map.get(row.webinarId) ?? []), row.title]);
  return map;
}

function summaries(upcoming: boolean, now: Date): WebinarSummary[] {
  const rows = db
    .select({ id: webinars.id, title: webinars.title, startsAt: webinars.startsAt, network: networks.name })
    .from(webinars)
    .leftJoin(networks, eq(networks.id, webinars.networkId))
    .where(upcoming ? gte(webinars.startsAt, now) : lt(webinars.startsAt, now))
    .orderBy(upcoming ? asc(webinars.startsAt) : desc(webinars.startsAt))
    .all();
  const titles = themeTitlesByWebinar(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, themes: titles.get(r.id) ?? [] }));
}

// Webinars that started up to three hours ago still count as upcoming: they may be running now.
export function listWebinars(now = new Date()) {
  const cutoff = new Date(now.getTime() - 3 * 3_600_000);
  return { upcoming: summaries(true, cutoff), past: summaries(false, cutoff) };
}

export function getWebinar(id: string) {
  const row = db
    .select({
      id: webinars.id,
      title: webinars.title,
      description: webinars.description,
      startsAt: webinars.startsAt,
      meetingUrl: webinars.meetingUrl,
      presenter: webinars.presenter,
      networkId: webinars.networkId,
      network: networks.name,
      joinCode: webinars.joinCode,
    })
    .from(webinars)
    .leftJoin(networks, eq(networks.id, webinars.networkId))
    .where(eq(webinars.id, id))
    .get();
  if (!row) return undefined;
  const themeRows = db
    .select({ id: themes.id, title: themes.title })
    .from(webinarThemes)
    .innerJoin(themes, eq(themes.id, webinarThemes.themeId))
    .where(eq(webinarThemes.webinarId, id))
    .orderBy(asc(themes.title))
    .all();
  return { ...row, themes: themeRows };
}

export function getWebinarByCode(joinCode: string) {
  return db.select({ id: webinars.id, title: webinars.title, joinCode: webinars.joinCode }).from(webinars).where(eq(webinars.joinCode, joinCode)).get();
}

// Themes a webinar, poll option or decision may point at: not merged away and not finished.
export function listThemeChoices() {
  return db
    .select({ id: themes.id, title: themes.title, status: themes.status })
    .from(themes)
    .where(and(isNull(themes.mergedIntoId), ne(themes.status, "closed")))
    .orderBy(asc(themes.title))
    .all();
}

export function themeChoiceIds(): Set<string> {
  return new Set(listThemeChoices().map((t) => t.id));
}

export function createWebinar(input: WebinarInput, userId: string): string {
  const id = randomUUID();
  db.transaction((tx) => {
    // A clash of random codes is rare; try again with a fresh one.
    for (let attempt = 0; ; attempt++) {
      const joinCode = generateJoinCode();
      if (tx.select({ id: webinars.id }).from(webinars).where(eq(webinars.joinCode, joinCode)).get() && attempt < 20) continue;
      tx.insert(webinars)
        .values({
          id,
          title: input.title,
          description: input.description,
          startsAt: input.startsAt,
          meetingUrl: input.meetingUrl,
          presenter: input.presenter,
          networkId: input.networkId,
          joinCode,
          createdBy: userId,
        })
        .run();
      break;
    }
    for (const themeId of new Set(input.themeIds)) tx.insert(webinarThemes).values({ webinarId: id, themeId }).run();
  });
  return id;
}

export function webinarsForTheme(themeId: string) {
  return db
    .select({ id: webinars.id, title: webinars.title, startsAt: webinars.startsAt })
    .from(webinarThemes)
    .innerJoin(webinars, eq(webinars.id, webinarThemes.webinarId))
    .where(eq(webinarThemes.themeId, themeId))
    .orderBy(asc(webinars.startsAt))
    .all();
}

// The next webinar on a theme (by theme slug), for a completed module's invitation.
export function nextWebinarOnTheme(themeSlug: string, now = new Date()) {
  return db
    .select({ id: webinars.id, title: webinars.title, startsAt: webinars.startsAt })
    .from(webinarThemes)
    .innerJoin(webinars, eq(webinars.id, webinarThemes.webinarId))
    .innerJoin(themes, eq(themes.id, webinarThemes.themeId))
    .where(and(eq(themes.slug, themeSlug), gte(webinars.startsAt, now)))
    .orderBy(asc(webinars.startsAt))
    .get();
}
