// The shape of a learning module: its frontmatter (checked when content is built) and the
// compiled JSON the app reads. Pure, no I/O: the build script passes in what it read.
import { z } from "zod";

import { KNOWLEDGE_KINDS, PARTS, REFLECTION_PART, SEED_DOCUMENTS } from "./module-parts";

function isSeed(value: string): boolean {
  return Object.keys(SEED_DOCUMENTS).includes(value);
}

const slugText = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "gebruik kleine letters, cijfers en streepjes");

const SourceSchema = z
  .object({
    kind: z.enum(KNOWLEDGE_KINDS),
    title: z.string().trim().min(1),
    seed: z.string().refine(isSeed, "onbekend brondocument (kies 000 t/m 004)").optional(),
    publication: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1),
    url: z.string().regex(/^https:\/\/[^\s]+$/, "gebruik een https-adres").optional(),
  })
  .strict()
  .refine((s) => Boolean(s.seed) !== Boolean(s.publication), "noem precies één van seed of publication");

export const FrontmatterSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    summary: z.string().trim().min(1).max(400),
    theme: slugText,
    order: z.number().int().min(1),
    durationMinutes: z.number().int().min(5).max(90),
    audience: z.string().trim().min(1),
    // Each finishes the sentence "Na deze module kun je …".
    learningGoals: z
      .array(
        z
          .string()
          .trim()
          .min(10)
          .max(140)
          .regex(/^\p{Ll}/u, "begin met een kleine letter: de zin begint met \"Na deze module kun je\"")
          .regex(/[^.]$/, "zonder punt aan het eind"),
      )
      .min(2)
      .max(5),
    reflectionQuestions: z
      .array(z.object({ id: slugText, text: z.string().trim().min(1) }).strict())
      .min(3)
      .max(6),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();
export type Frontmatter = z.infer<typeof FrontmatterSchema>;
export type ModuleSource = Frontmatter["sources"][number];

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

interface CheckInput {
  slug: string;
  data: unknown;
  reflectionPartSource: string;
  themeSlugs: readonly string[];
}

const QUESTION_TAG = /<ReflectionQuestion\s+id="([^"]*)"\s*\/>/g;
const QUESTION_ON_OWN_LINE = /^<ReflectionQuestion\s+id="[^"]*"\s*\/>\s*$/gm;

// Every problem with one module's frontmatter, each naming the file and the field.
export function checkModule({ slug, data, reflectionPartSource, themeSlugs }: CheckInput): ContentProblem[] {
  const file = `${slug}/index.mdx`;
  const problems: ContentProblem[] = [];
  const theme = z.object({ theme: z.string() }).safeParse(data);
  if (theme.success && !themeSlugs.includes(theme.data.theme)) {
    problems.push({ file, field: "theme", message: `onbekend thema "${theme.data.theme}"` });
  }
  const parsed = FrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ file, field: issue.path.join(".") || "(frontmatter)", message: issue.message }));
    return [...problems, ...issues];
  }
  const fm = parsed.data;
  const ids = fm.reflectionQuestions.map((q) => q.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push({ file, field: `reflectionQuestions.${i}.id`, message: `dubbele id "${id}"` });
  });
  const partFile = `${slug}/${PARTS[REFLECTION_PART - 1]?.file ?? ""}`;
  const used = [...reflectionPartSource.matchAll(QUESTION_TAG)].map((m) => m[1] ?? "");
  ids.forEach((id, i) => {
    if (!used.includes(id)) problems.push({ file, field: `reflectionQuestions.${i}.id`, message: `vraag "${id}" staat niet in ${partFile}` });
  });
  for (const id of used) {
    if (!ids.includes(id)) problems.push({ file: partFile, field: "ReflectionQuestion.id", message: `onbekende vraag "${id}"` });
  }
  // The answer form is placed between top-level blocks, so questions must stand on their own line.
  if ((reflectionPartSource.match(QUESTION_ON_OWN_LINE) ?? []).length !== used.length) {
    problems.push({ file: partFile, field: "ReflectionQuestion", message: "zet elke <ReflectionQuestion /> op een eigen regel" });
  }
  for (const kind of KNOWLEDGE_KINDS) {
    if (!fm.sources.some((s) => s.kind === kind)) problems.push({ file, field: "sources", message: `geen bron van soort "${kind}"` });
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n");
}

// A part is HTML, interrupted where a reflection question stands (the page puts a field there).
const BlockSchema = z.union([z.object({ html: z.string() }), z.object({ questionId: z.string() })]);
export type Block = z.infer<typeof BlockSchema>;

export const BuiltModuleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  theme: z.string(),
  order: z.number(),
  durationMinutes: z.number(),
  audience: z.string(),
  learningGoals: z.array(z.string()),
  reflectionQuestions: z.array(z.object({ id: z.string(), text: z.string() })),
  sources: z.array(
    z.object({
      kind: z.enum(KNOWLEDGE_KINDS),
      title: z.string(),
      seed: z.string().optional(),
      publication: z.string().optional(),
      note: z.string(),
      url: z.string().optional(),
    }),
  ),
  introHtml: z.string(),
  parts: z.array(z.object({ number: z.number(), slug: z.string(), blocks: z.array(BlockSchema) })),
});
export type BuiltModule = z.infer<typeof BuiltModuleSchema>;

export const BuiltContentSchema = z.object({ builtAt: z.string(), modules: z.array(BuiltModuleSchema) });
export type BuiltContent = z.infer<typeof BuiltContentSchema>;
