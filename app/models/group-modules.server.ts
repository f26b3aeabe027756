// Modules a group can name. Reads each module's frontmatter title and theme with a regex; kept in
// this one function so it can be swapped for the content model once that exists.
import fs from "node:fs";
import path from "node:path";

export interface ModuleChoice {
  slug: string;
  title: string;
  themeSlug: string | null;
}

let modules: ModuleChoice[] | undefined;

function frontmatterValue(text: string, key: string): string | null {
  const match = new RegExp(`^${key}:\\s*"?(.*?)"?\\s*$`, "m").exec(text);
  return match?.[1] ?? null;
}

export function listModuleChoices(): ModuleChoice[] {
  if (modules) return modules;
  const dir = path.resolve("content/modules");
  const found: ModuleChoice[] = [];
  for (const slug of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const file = path.join(dir, slug, "index.mdx");
    if (!fs.existsSync(file)) continue;
    const head = fs.readFileSync(file, "utf8").split(/^---\s*$/m)[1] ?? "";
    found.push({ slug, title: frontmatterValue(head, "title") ?? slug, themeSlug: frontmatterValue(head, "theme") });
  }
  modules = found.sort((a, b) => a.title.localeCompare(b.title, "nl"));
  return modules;
}

export function moduleTitle(slug: string | null): string | null {
  if (!slug) return null;
  return listModuleChoices().find((m) => m.slug === slug)?.title ?? slug;
}
