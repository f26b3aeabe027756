// The only reader of module content: the JSON that `npm run build:content` wrote. Parsed once
// and kept; in development it is read again when the file changes (content watch mode).
import fs from "node:fs";
import path from "node:path";
import { env } from "~/env.server";
import { BuiltContentSchema, type BuiltContent, type BuiltModule } from "~/lib/content-schema";
import { partBySlug } from "~/lib/module-parts";

interface Cache {
  mtimeMs: number;
  content: BuiltContent;
  bySlug: Map<string, BuiltModule>;
}

let cache: Cache | undefined;

function load(): Cache {
  if (cache && env.NODE_ENV === "production") return cache;
  const file = path.resolve(env.CONTENT_PATH);
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    throw new Error(`Module content not found at ${file}. Run \`npm run build:content\` first.`);
  }
  if (cache && cache.mtimeMs === mtimeMs) return cache;
  const content = BuiltContentSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  cache = { mtimeMs, content, bySlug: new Map(content.modules.map((m) => [m.slug, m])) };
  return cache;
}

export function listModules(): BuiltModule[] {
  return load().content.modules;
}

export function getModule(slug: string | undefined): BuiltModule | undefined {
  return slug === undefined ? undefined : load().bySlug.get(slug);
}

export function getModulePart(slug: string | undefined, partSlug: string | undefined) {
  const module = getModule(slug);
  const meta = partBySlug(partSlug);
  if (!module || !meta) return undefined;
  const part = module.parts.find((p) => p.number === meta.number);
  return part ? { module, part } : undefined;
}

export function moduleTitles(): Map<string, string> {
  return new Map(load().content.modules.map((m) => [m.slug, m.title]));
}
