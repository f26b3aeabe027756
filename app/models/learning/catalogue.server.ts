// The catalogue: module metadata from content, the user's status, and theme titles.
import { inArray } from "drizzle-orm";
import { themes } from "~db/schema";
import { db } from "~/db.server";
import { listModules } from "~/models/learning/content.server";
import { getAllProgress } from "~/models/learning/progress.server";

export function themeTitles(slugs: string[]): Map<string, string> {
  if (slugs.length === 0) return new Map();
  const rows = db.select({ slug: themes.slug, title: themes.title }).from(themes).where(inArray(themes.slug, slugs)).all();
  return new Map(rows.map((r) => [r.slug, r.title]));
}

export function themeTitle(slug: string): string {
  return themeTitles([slug]).get(slug) ?? slug;
}

export function getCatalogue(userId: string, themeFilter: string) {
  const modules = listModules();
  const progress = getAllProgress(userId);
  const titles = themeTitles([...new Set(modules.map((m) => m.theme))]);
  const themesInUse = [...titles.entries()].map(([slug, title]) => ({ slug, title })).sort((a, b) => a.title.localeCompare(b.title, "nl"));
  const items = modules
    .filter((m) => !themeFilter || m.theme === themeFilter)
    .map((m) => ({
      slug: m.slug,
      title: m.title,
      summary: m.summary,
      durationMinutes: m.durationMinutes,
      theme: { slug: m.theme, title: titles.get(m.theme) ?? m.theme },
      sourceKinds: [...new Set(m.sources.map((s) => s.kind))],
      sources: m.sources.map((s) => ({ kind: s.kind, title: s.title })),
      status: progress.get(m.slug)?.status ?? "not_started",
    }));
  return { items, themes: themesInUse };
}
