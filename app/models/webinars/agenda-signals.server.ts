// Signals beside each theme on the agenda, batched for all themes: completed modules, active
// groups and the hindering factors groups reported.
import { eq, isNotNull, sql } from "drizzle-orm";
import { groups, logEntries, logEntryFactors, moduleProgress } from "~db/schema";
import { db } from "~/db.server";
import { listModules } from "~/models/learning/module-themes.server";

export interface ThemeSignals {
  modulesCompleted: number;
  activeGroups: number;
  // Most reported first.
  hindering: { factor: string; count: number }[];
}

// Completed modules per theme slug: module_progress rows with completed_at, mapped through front matter.
export function modulesCompletedByThemeSlug(): Map<string, number> {
  const themeOfModule = new Map(listModules().map((m) => [m.slug, m.themeSlug]));
  const rows = db
    .select({ slug: moduleProgress.moduleSlug, n: sql<number>`count(*)` })
    .from(moduleProgress)
    .where(isNotNull(moduleProgress.completedAt))
    .groupBy(moduleProgress.moduleSlug)
    .all();
  const counts = new Map<string, number>();
  for (const row of rows) {
    const theme = themeOfModule.get(row.slug);
    if (theme) counts.set(theme, (counts.get(theme) ?? 0) + row.n);
  }
  return counts;
}

export function activeGroupsByTheme(): Map<string, number> {
  const rows = db
    .select({ themeId: groups.themeId, n: sql<number>`count(*)` })
    .from(groups)
    .where(eq(groups.status, "active"))
    .groupBy(groups.themeId)
    .all();
  return new Map(rows.map((r) => [r.themeId, r.n]));
}

export function hinderingFactorsByTheme(): Map<string, { factor: string; count: number }[]> {
  const rows = db
    .select({ themeId: groups.themeId, factor: logEntryFactors.factor, n: sql<number>`count(*)` })
    .from(logEntryFactors)
    .innerJoin(logEntries, eq(logEntries.id, logEntryFactors.logEntryId))
    .innerJoin(groups, eq(groups.id, logEntries.groupId))
    .where(eq(logEntryFactors.kind, "hindered"))
    .groupBy(groups.themeId, logEntryFactors.factor)
    .all();
  const map = new Map<string, { factor: string; count: number }[]>();
  for (const row of rows) map.set(row.themeId, [...(map.get(row.themeId) ?? []), { factor: row.factor, count: row.n }]);
  for (const list of map.values()) list.sort((a, b) => b.count - a.count || a.factor.localeCompare(b.factor));
  return map;
}

export function signalsFor(themes: readonly { id: string; slug: string }[]): Map<string, ThemeSignals> {
  const completed = modulesCompletedByThemeSlug();
  const active = activeGroupsByTheme();
  const hindering = hinderingFactorsByTheme();
  return new Map(
    themes.map((t) => [
      t.id,
      { modulesCompleted: completed.get(t.slug) ?? 0, activeGroups: active.get(t.id) ?? 0, hindering: (hindering.get(t.id) ?? []).slice(0, 3) },
    ]),
  );
}
