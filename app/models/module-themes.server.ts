// Which module is about which theme, read from the front matter of content/modules/*/index.mdx.
// Deliberately tiny and isolated: when the modules feature offers a catalogue, swap this for it.
import fs from "node:fs";
import path from "node:path";

export interface ModuleOnTheme {
  slug: string;
  title: string;
  themeSlug: string | null;
}

const MODULES_DIR = path.resolve(process.cwd(), "content/modules");
let cache: ModuleOnTheme[] | undefined;

function frontMatterValue(frontMatter: string, key: string): string | null {
  const match = new RegExp(`^${key}:\\s*(.+)$`, "m").exec(frontMatter);
  const value = match?.[1]?.trim();
  if (!value) return null;
  return value.replace(/^["'](.*)["']$/, "$1");
}

function readModules(): ModuleOnTheme[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(MODULES_DIR, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      let source: string;
      try {
        source = fs.readFileSync(path.join(MODULES_DIR, entry.name, "index.mdx"), "utf8");
      } catch {
        return [];
      }
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
      return [{ slug: entry.name, title: frontMatterValue(frontMatter, "title") ?? entry.name, themeSlug: frontMatterValue(frontMatter, "theme") }];
    })
    .sort((a, b) => a.title.localeCompare(b.title, "nl"));
}

export function listModules(): ModuleOnTheme[] {
  cache ??= readModules();
  return cache;
}

export function modulesForTheme(themeSlug: string): ModuleOnTheme[] {
  return listModules().filter((m) => m.themeSlug === themeSlug);
}
