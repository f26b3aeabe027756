// Compiles content/modules/<slug>/ (frontmatter + five MDX parts) into one JSON file the app
// reads. MDX runs only here, at build time; pages get static HTML and never evaluate code.
import fs from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { THEMES } from "~db/seed-reference";
import { QUESTION_MARKER, QuestionsProvider, TermProvider, mdxComponents } from "~/components/mdx";
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
import { GlossarySchema, type GlossaryEntry } from "~/lib/glossary";
import { PARTS, REFLECTION_PART } from "~/lib/module-parts";
import { proseBlocks, scanMdx, type Block as ProseBlock } from "./mdx-scan";
import { measure } from "./readability";
import { b1Findings, estimatedMinutes, exerciseMinutes, formatReport, type ModuleReport } from "./report";
import { checkAttribution, checkJargon, checkStructure, type ScannedFile } from "./rules";

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

interface RenderContext {
  questions: Map<string, string>;
  glossary: readonly GlossaryEntry[];
}

async function renderMdx(file: string, source: string, { questions, glossary }: RenderContext): Promise<string> {
  try {
    const { code, errors } = await bundleMDX({ source, cwd: path.dirname(file) });
    if (errors.length > 0) throw new Error(errors.map((e) => e.text).join("; "));
    const Component = getMDXComponent(code);
    const terms = { glossary, prefix: `term-${path.basename(file, ".mdx").replace(/^\d-/, "")}`, count: 0 };
    const page = createElement(Component, { components: mdxComponents });
    return renderToStaticMarkup(createElement(QuestionsProvider, { value: questions }, createElement(TermProvider, { value: terms }, page)));
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

// The frontmatter texts a reader sees (summary, goals, questions) count as sentences of index.mdx.
function frontmatterBlocks(source: string, fm: Frontmatter): ProseBlock[] {
  const lines = source.split("\n");
  const lineOf = (text: string) => lines.findIndex((l) => l.includes(text.slice(0, 40))) + 1;
  const texts = [fm.summary, ...fm.learningGoals, ...fm.reflectionQuestions.map((q) => q.text)];
  return texts.map((text) => ({ heading: false, pieces: [{ text, line: lineOf(text) }] }));
}

interface Compiled {
  module: BuiltModule;
  report: ModuleReport;
}

async function compileModule(contentDir: string, slug: string, glossary: readonly GlossaryEntry[]): Promise<Compiled> {
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

  // The rules of decision 019 and the B1 measures, on the source so problems carry a line.
  const scanned: ScannedFile[] = [{ file: "index.mdx", source: indexSource }, ...PARTS.map((p, i) => ({ file: p.file, source: partSources[i] ?? "" }))].map(
    ({ file, source }) => {
      const events = scanMdx(source);
      return { file, events, blocks: proseBlocks(events) };
    },
  );
  const ruleProblems = [...scanned.flatMap((f) => checkAttribution(slug, f)), ...checkStructure(slug, scanned), ...checkJargon(slug, scanned, glossary)];
  const warnings: ContentProblem[] = [];
  const measures = scanned.map((f) => ({
    file: f.file,
    measure: measure(f.file === "index.mdx" ? [...frontmatterBlocks(indexSource, fm), ...f.blocks] : f.blocks),
  }));
  for (const m of measures) {
    const found = b1Findings(slug, m);
    ruleProblems.push(...found.problems);
    warnings.push(...found.warnings);
  }
  if (ruleProblems.length > 0) throw new ContentError(ruleProblems);

  const context = { questions: new Map(fm.reflectionQuestions.map((q) => [q.id, q.text])), glossary };
  const introHtml = await renderMdx(path.join(dir, "index.mdx"), indexSource, context);
  const parts = [];
  for (const [i, part] of PARTS.entries()) {
    const html = await renderMdx(path.join(dir, part.file), partSources[i] ?? "", context);
    parts.push({ number: part.number, slug: part.slug, blocks: splitBlocks(html) });
  }
  return { module: { slug, ...fm, introHtml, parts }, report: { slug, files: measures, durationMinutes: fm.durationMinutes, warnings } };
}

export function readGlossary(file: string): GlossaryEntry[] {
  const where = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) throw new ContentError([{ file: where, field: "(bestand)", message: "ontbreekt" }]);
  const parsed = GlossarySchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((i) => ({ file: where, field: i.path.join("."), message: i.message })));
  return parsed.data;
}

export interface CompiledContent {
  content: BuiltContent;
  report: string;
}

export const DEFAULT_GLOSSARY = path.resolve("content/glossary.json");

export async function compileContent(contentDir: string, glossaryFile = DEFAULT_GLOSSARY): Promise<CompiledContent> {
  const glossary = readGlossary(glossaryFile);
  const slugs = fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const compiled: Compiled[] = [];
  const problems: ContentProblem[] = [];
  for (const slug of slugs) {
    try {
      compiled.push(await compileModule(contentDir, slug, glossary));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const modules = compiled.map((c) => c.module).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "nl"));
  const report = compiled
    .map(({ report: r }) => {
      const two = r.files.find((f) => f.file === PARTS[1]?.file)?.measure;
      const exercises = exerciseMinutes(two ? two.sentences.map((s) => s.text).join(" ") : "");
      return formatReport(r, estimatedMinutes(r.files, exercises));
    })
    .join("\n");
  return { content: { builtAt: new Date().toISOString(), modules }, report };
}

export async function buildContent(contentDir: string, outFile: string, glossaryFile = DEFAULT_GLOSSARY): Promise<CompiledContent> {
  const compiled = await compileContent(contentDir, glossaryFile);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  // Write then rename, so a running server never reads half a file.
  const tmp = `${outFile}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(compiled.content));
  fs.renameSync(tmp, outFile);
  return compiled;
}
