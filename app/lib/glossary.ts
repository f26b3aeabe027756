// The glossary of jargon in content/glossary.json: each term with its B1 explanation. Used by
// <Term> (to show the explanation) and by the content build (to find unexplained first uses).
import { z } from "zod";

export const GlossaryEntrySchema = z
  .object({
    term: z.string().trim().min(1),
    forms: z.array(z.string().trim().min(1)).optional(),
    explanation: z.string().trim().min(10).max(300),
  })
  .strict();
export const GlossarySchema = z.array(GlossaryEntrySchema).min(1);
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

function words(entry: GlossaryEntry): string[] {
  return [entry.term, ...(entry.forms ?? [])];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A whole-word, case-insensitive pattern for a term and its forms; a hyphen is a word boundary.
export function termPattern(entry: GlossaryEntry): RegExp {
  const alternatives = words(entry)
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/\s+/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

// The entry a <Term> refers to: by its id, else by its text (a term or one of its forms).
export function findEntry(glossary: readonly GlossaryEntry[], key: string): GlossaryEntry | undefined {
  const wanted = key.trim().toLocaleLowerCase("nl");
  return glossary.find((entry) => words(entry).some((w) => w.toLocaleLowerCase("nl") === wanted));
}
