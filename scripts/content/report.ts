// Turns the B1 measures of a module into build failures, warnings and a short printed report,
// so a writer sees per part how long the sentences are and exactly which one to shorten.
import type { ContentProblem } from "~/lib/content-schema";
import { PARTS } from "~/lib/module-parts";
import { B1, type PartMeasure } from "./readability";

export interface FileMeasure {
  file: string;
  measure: PartMeasure;
}

export interface ModuleReport {
  slug: string;
  files: FileMeasure[];
  durationMinutes: number;
  warnings: ContentProblem[];
}

const WORDS_PER_MINUTE = 200;
// Reflection and the commitment, on top of reading time and the exercises part 2 names.
const WRITING_MINUTES = 10;
// A stated duration further than this from the estimate gets a warning.
const DURATION_SLACK = 5;

function short(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

export function b1Findings(slug: string, { file, measure }: FileMeasure): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const average = measure.average.toFixed(1);
  if (measure.average > B1.averageMax) {
    problems.push({ file: `${slug}/${file}`, field: "B1", message: `gemiddeld ${average} woorden per zin; maximaal ${B1.averageMax} (doel ${B1.averageTarget}). Maak de lange zinnen hieronder korter.` });
  } else if (measure.average > B1.averageTarget) {
    warnings.push({ file: `${slug}/${file}`, field: "B1", message: `gemiddeld ${average} woorden per zin; doel is ${B1.averageTarget} of minder` });
  }
  for (const s of measure.sentences) {
    if (s.words <= B1.longSentence) continue;
    const finding = { file: `${slug}/${file}:${s.line}`, field: "B1", message: `zin van ${s.words} woorden: "${short(s.text)}"` };
    if (s.words > B1.sentenceMax) problems.push({ ...finding, message: `${finding.message} (maximaal ${B1.sentenceMax}; splits de zin)` });
    else warnings.push({ ...finding, message: `${finding.message} (maak korter dan ${B1.longSentence + 1})` });
  }
  if (file === PARTS[0]?.file && measure.words > B1.knowledgePartMaxWords) {
    problems.push({ file: `${slug}/${file}`, field: "lengte", message: `${measure.words} woorden; onderdeel 1 heeft er maximaal ${B1.knowledgePartMaxWords}` });
  }
  return { problems, warnings };
}

export function estimatedMinutes(files: FileMeasure[], exerciseMinutes: number): number {
  const words = files.reduce((sum, f) => sum + f.measure.words, 0);
  return Math.round(words / WORDS_PER_MINUTE + exerciseMinutes + WRITING_MINUTES);
}

// "Neem er ongeveer een kwartier voor" / "20 minuten" in part 2 says how long its exercises take.
export function exerciseMinutes(partTwoText: string): number {
  if (/kwartier/i.test(partTwoText)) return 15;
  const minutes = /(\d+)\s*minuten/i.exec(partTwoText);
  return minutes ? Number(minutes[1]) : 15;
}

export function formatReport(report: ModuleReport, estimate: number): string {
  const figures = report.files.map((f) => `${f.file.replace(/\.mdx$/, "")} ${f.measure.average.toFixed(1)}`).join(" · ");
  const lines = [
    `${report.slug}: woorden per zin ${figures}; lange zinnen ${report.warnings.filter((w) => w.message.startsWith("zin van")).length}; geschatte duur ${estimate} min (opgegeven ${report.durationMinutes})`,
  ];
  for (const w of report.warnings) lines.push(`  let op ${w.file}: ${w.message}`);
  if (Math.abs(estimate - report.durationMinutes) > DURATION_SLACK) {
    lines.push(`  let op ${report.slug}/index.mdx: durationMinutes is ${report.durationMinutes}, de schatting is ${estimate}; pas een van beide aan`);
  }
  return lines.join("\n");
}
