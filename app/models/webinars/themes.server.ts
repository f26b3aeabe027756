import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import { pollOptions, themes, votes, webinarThemes } from "~db/schema";
import { db, type Db } from "~/db.server";
import { slugify } from "~/lib/slugify";
import type { ThemeInput } from "~/lib/schemas/webinars";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function getTheme(id: string) {
  return db
    .select({ id: themes.id, slug: themes.slug, title: themes.title, description: themes.description, status: themes.status, mergedIntoId: themes.mergedIntoId, reason: themes.reason })
    .from(themes)
    .where(eq(themes.id, id))
    .get();
}

export function listAllThemes() {
  return db
    .select({
      id: themes.id,
      slug: themes.slug,
      title: themes.title,
      description: themes.description,
      status: themes.status,
      origin: themes.origin,
      reason: themes.reason,
      networkId: themes.networkId,
      mergedIntoId: themes.mergedIntoId,
    })
    .from(themes)
    .orderBy(asc(themes.title))
    .all();
}

export function listCandidateThemes() {
  return db
    .select({ id: themes.id, title: themes.title })
    .from(themes)
    .where(and(eq(themes.status, "candidate"), isNull(themes.mergedIntoId)))
    .orderBy(asc(themes.title))
    .all();
}

// Follows "merged into" links to the theme that is left; null for unknown ids or a loop.
export function themeResolver(rows: readonly { id: string; mergedIntoId: string | null }[]): (id: string) => string | null {
  const mergedInto = new Map(rows.map((r) => [r.id, r.mergedIntoId]));
  return (id) => {
    let current = id;
    for (let hops = 0; hops < 20; hops++) {
      if (!mergedInto.has(current)) return null;
      const next = mergedInto.get(current);
      if (!next) return current;
      current = next;
    }
    return null;
  };
}

export function titleExists(title: string): boolean {
  const wanted = title.trim().toLocaleLowerCase("nl");
  return listAllThemes().some((t) => t.mergedIntoId === null && t.title.toLocaleLowerCase("nl") === wanted);
}

function uniqueSlug(tx: Tx | Db, title: string): string {
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: themes.id }).from(themes).where(eq(themes.slug, slug)).get()) return slug;
  }
}

export function createCandidateTheme(
  input: ThemeInput & { origin: "coordinator" | "poll" },
  userId: string,
  tx: Tx | Db = db,
): string {
  const id = randomUUID();
  tx.insert(themes)
    .values({
      id,
      slug: uniqueSlug(tx, input.title),
      title: input.title,
      description: input.description,
      reason: input.reason,
      networkId: input.networkId,
      origin: input.origin,
      status: "candidate",
      createdBy: userId,
    })
    .run();
  return id;
}

// The source theme goes up in the target: poll options, merged answers and webinars move along,
// and the source stays as a record that points at the target.
export function mergeThemes(sourceId: string, targetId: string): boolean {
  return db.transaction((tx) => {
    const source = tx.select({ status: themes.status, mergedIntoId: themes.mergedIntoId }).from(themes).where(eq(themes.id, sourceId)).get();
    const target = tx.select({ mergedIntoId: themes.mergedIntoId, status: themes.status }).from(themes).where(eq(themes.id, targetId)).get();
    if (!source || !target || sourceId === targetId) return false;
    if (source.status !== "candidate" || source.mergedIntoId || target.mergedIntoId || target.status === "closed") return false;
    tx.update(themes).set({ mergedIntoId: targetId }).where(eq(themes.id, sourceId)).run();
    tx.update(pollOptions).set({ themeId: targetId }).where(eq(pollOptions.themeId, sourceId)).run();
    tx.update(votes).set({ mergedThemeId: targetId }).where(eq(votes.mergedThemeId, sourceId)).run();
    const moved = tx.select({ webinarId: webinarThemes.webinarId }).from(webinarThemes).where(eq(webinarThemes.themeId, sourceId)).all();
    for (const { webinarId } of moved) tx.insert(webinarThemes).values({ webinarId, themeId: targetId }).onConflictDoNothing().run();
    tx.delete(webinarThemes).where(eq(webinarThemes.themeId, sourceId)).run();
    return true;
  });
}
