// Modules as other features name them (agenda, decisions, groups): slug, title and theme,
// read from the compiled module content, sorted by title.
import { listModules, moduleTitles } from "~/models/learning/content.server";
import { figuresBySlug } from "~/models/learning/figures.server";

export interface ModuleOnTheme {
  slug: string;
  title: string;
  themeSlug: string | null;
}

export function listModuleThemes(): ModuleOnTheme[] {
  return listModules()
    .map((m) => ({ slug: m.slug, title: m.title, themeSlug: m.theme }))
    .sort((a, b) => a.title.localeCompare(b.title, "nl"));
}

export function moduleTitle(slug: string | null): string | null {
  if (!slug) return null;
  return moduleTitles().get(slug) ?? slug;
}

// How often modules on each theme were completed, by theme slug: a signal on the agenda.
export function completionsByThemeSlug(): Map<string, number> {
  const figures = figuresBySlug();
  const counts = new Map<string, number>();
  for (const m of listModules()) counts.set(m.theme, (counts.get(m.theme) ?? 0) + (figures.get(m.slug)?.completed ?? 0));
  return counts;
}
