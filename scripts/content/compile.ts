// Compiles content/modules/<slug>/ (frontmatter + five MDX parts) into one JSON file the app
// reads. MDX runs only here, at build time; pages get static HTML and never evaluate code.
import fs from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { THEMES } from "~db/seed-reference";
import { QUESTION_MARKER, QuestionsProvider, mdxComponents } from "~/components/mdx";
import {
  checkModule,
  formatProblems,
  type Block,
  type BuiltContent,
  type BuiltModule,
  type ContentProblem,
  type Frontmatter,
  FrontmatterSchema,
} from "~/lib/content-schema";
import { PARTS, REFLECTION_PART } from "~/lib/module-parts";

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
  }
}

const MARKER = new RegExp(`<hr ${QUESTION_MARKER}="([^"]+)"/>`, "g");

// Cuts rendered HTML at each reflection-question marker.
export function splitBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let last = 0;
  for (const match of html.matchAll(MARKER)) {
    const start = match.index ?? 0;
    const before = html.slice(last, start).trim();
    if (before) blocks.push({ html: before });
    blocks.push({ questionId: match[1] ?? "" });
    last = start + match[0].length;
  }
  const rest = html.slice(last).trim();
  if (rest) blocks.push({ html: rest });
  return blocks;
}

async function renderMdx(file: string, source: string, questions: Map<string, string>): Promise<string> {
  try {
    const { code, errors } = await bundleMDX({ source, cwd: path.dirname(file) });
    if (errors.length > 0) throw new Error(errors.map((e) => e.text).join("; "));
    const Component = getMDXComponent(code);
    return renderToStaticMarkup(createElement(QuestionsProvider, { value: questions }, createElement(Component, { components: mdxComponents })));
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    throw new ContentError([{ file: path.relative(process.cwd(), file), field: "(mdx)", message }]);
  }
}

function readPart(dir: string, slug: string, file: string): string {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new ContentError([{ file: `${slug}/${file}`, field: "(bestand)", message: "ontbreekt" }]);
  return fs.readFileSync(full, "utf8");
}

async function compileModule(contentDir: string, slug: string): Promise<BuiltModule> {
  const dir = path.join(contentDir, slug);
  const indexSource = readPart(dir, slug, "index.mdx");
  const reflectionFile = PARTS[REFLECTION_PART - 1]?.file ?? "";
  const partSources = PARTS.map((part) => readPart(dir, slug, part.file));
  // Frontmatter first, so bad metadata is reported even when the MDX body is fine.
  const matter = await bundleMDX({ source: indexSource, cwd: dir }).catch((error: unknown) => {
    throw new ContentError([{ file: `${slug}/index.mdx`, field: "(frontmatter)", message: String(error) }]);
  });
  const problems = checkModule({
    slug,
    data: matter.frontmatter,
    reflectionPartSource: readPart(dir, slug, reflectionFile),
    themeSlugs: THEMES.map((t) => t.slug),
  });
  if (problems.length > 0) throw new ContentError(problems);
  const fm: Frontmatter = FrontmatterSchema.parse(matter.frontmatter);
  const questions = new Map(fm.reflectionQuestions.map((q) => [q.id, q.text]));
  const introHtml = await renderMdx(path.join(dir, "index.mdx"), indexSource, questions);
  const parts = [];
  for (const [i, part] of PARTS.entries()) {
    const html = await renderMdx(path.join(dir, part.file), partSources[i] ?? "", questions);
    parts.push({ number: part.number, slug: part.slug, blocks: splitBlocks(html) });
  }
  return { slug, ...fm, introHtml, parts };
}

export async function compileContent(contentDir: string): Promise<BuiltContent> {
  const slugs = fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const modules: BuiltModule[] = [];
  const problems: ContentProblem[] = [];
  for (const slug of slugs) {
    try {
      modules.push(await compileModule(contentDir, slug));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  modules.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "nl"));
  return { builtAt: new Date().toISOString(), modules };
}

export async function buildContent(contentDir: string, outFile: string): Promise<BuiltContent> {
  const content = await compileContent(contentDir);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  // Write then rename, so a running server never reads half a file.
  const tmp = `${outFile}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(content));
  fs.renameSync(tmp, outFile);
  return content;
}
