// Modules as other features name them (agenda, decisions, groups): slug, title and theme,
// read from the compiled module content.
import { listModules as listBuiltModules, moduleTitles } from "~/models/learning/content.server";

export interface ModuleOnTheme {
  slug: string;
  title: string;
  themeSlug: string | null;
}

export function listModules(): ModuleOnTheme[] {
  return listBuiltModules()
    .map((m) => ({ slug: m.slug, title: m.title, themeSlug: m.theme }))
    .sort((a, b) => a.title.localeCompare(b.title, "nl"));
}

export function modulesForTheme(themeSlug: string): ModuleOnTheme[] {
  return listModules().filter((m) => m.themeSlug === themeSlug);
}

export function moduleTitle(slug: string | null): string | null {
  if (!slug) return null;
  return moduleTitles().get(slug) ?? slug;
}
