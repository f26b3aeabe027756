// Modules a group can name, from the compiled module content.
import { listModules, moduleTitles } from "./content.server";

export interface ModuleChoice {
  slug: string;
  title: string;
  themeSlug: string | null;
}

export function listModuleChoices(): ModuleChoice[] {
  return listModules()
    .map((m) => ({ slug: m.slug, title: m.title, themeSlug: m.theme }))
    .sort((a, b) => a.title.localeCompare(b.title, "nl"));
}

export function moduleTitle(slug: string | null): string | null {
  if (!slug) return null;
  return moduleTitles().get(slug) ?? slug;
}
