// The components module content (MDX) may use. They are rendered to static HTML when content
// is built (scripts/build-content.ts), so they must not need state, effects or the browser.
// Conventions (required attributes, where each may stand): docs/decisions/019-content-voice-and-b1.md.
import { createContext, useContext, type ReactNode } from "react";
import { nl } from "~/i18n/nl-learning";
import { findEntry, type GlossaryEntry } from "~/lib/glossary";
import { SEED_DOCUMENTS } from "~/lib/module-parts";

const PERSPECTIVES = ["parent", "youth", "expert", "researcher"] as const;
type Perspective = (typeof PERSPECTIVES)[number];

function isPerspective(value: string): value is Perspective {
  return PERSPECTIVES.some((p) => p === value);
}

function seedTitle(seed: string): string | undefined {
  for (const [key, title] of Object.entries(SEED_DOCUMENTS)) if (key === seed) return title;
  return undefined;
}

// "Seed 003, aanbevelingen van ervaringsdeskundigen" reads as the document's title for the reader.
function attributionText(source: string): string {
  const match = /^seed\s+(\d{3})\b\s*,?\s*(.*)$/i.exec(source.trim());
  if (!match) return source.trim();
  const title = seedTitle(match[1] ?? "");
  if (!title) throw new Error(`source="${source}": onbekend brondocument (kies Seed 000 t/m 004)`);
  return match[2] ? `${title}, ${match[2]}` : title;
}

function requireSource(tag: string, source: string | undefined): string {
  if (!source?.trim()) throw new Error(`<${tag}> zonder source: noem het brondocument en wie het zei`);
  return attributionText(source);
}

function Attribution({ text }: { text: string }) {
  return (
    <p className="attribution">
      {nl.learning.sourcePrefix} {text}
    </p>
  );
}

export function Voice({ from, source, children }: { from: string; source?: string; children: ReactNode }) {
  if (!isPerspective(from)) throw new Error(`<Voice from="${from}">: kies parent, youth, expert of researcher`);
  const text = requireSource("Voice", source);
  return (
    <div className={`voice voice--${from}`}>
      <p className="voice__label">{nl.learning.voice[from]}</p>
      {children}
      <Attribution text={text} />
    </div>
  );
}

function Advice({ kind, source, children }: { kind: "do" | "dont"; source?: string; children: ReactNode }) {
  const text = requireSource(kind === "do" ? "Do" : "Dont", source);
  return (
    <div className={`advice advice--${kind}`}>
      <p className="advice__label">{nl.learning.advice[kind]}</p>
      <div className="advice__text">{children}</div>
      <Attribution text={text} />
    </div>
  );
}

export function Do({ source, children }: { source?: string; children: ReactNode }) {
  return <Advice kind="do" source={source}>{children}</Advice>;
}

export function Dont({ source, children }: { source?: string; children: ReactNode }) {
  return <Advice kind="dont" source={source}>{children}</Advice>;
}

export function Tip({ children }: { children: ReactNode }) {
  return (
    <div className="tip">
      <p className="tip__label">{nl.learning.advice.tip}</p>
      <div className="tip__text">{children}</div>
    </div>
  );
}

// A short fictional family story that returns in parts 1 to 4.
export function Case({ family, children }: { family?: string; children: ReactNode }) {
  if (!family?.trim()) throw new Error('<Case> zonder family: schrijf bijvoorbeeld <Case family="gezin Bakker">');
  return (
    <div className="case">
      <p className="case__label">{nl.learning.caseLabel(family)}</p>
      {children}
    </div>
  );
}

export function KeyPoints({ children }: { children: ReactNode }) {
  return (
    <section className="key-points" aria-labelledby="kernpunten">
      <h2 id="kernpunten">{nl.learning.keyPoints}</h2>
      {children}
    </section>
  );
}

// The picture is one image for assistive technology (alt); its SVG labels are decoration of that.
export function Figure({ alt, caption, description, children }: { alt?: string; caption?: string; description?: string; children: ReactNode }) {
  if (!alt?.trim()) throw new Error("<Figure> zonder alt: beschrijf kort wat de afbeelding laat zien");
  if (!caption?.trim()) throw new Error("<Figure> zonder caption: geef de afbeelding een bijschrift");
  return (
    <figure className="content-figure">
      <div className="content-figure__image" role="img" aria-label={alt}>
        {children}
      </div>
      <figcaption>{caption}</figcaption>
      {description ? (
        <details className="content-figure__description">
          <summary>{nl.learning.figureDescription}</summary>
          <p>{description}</p>
        </details>
      ) : null}
    </figure>
  );
}

// Terms get page-unique ids; one render (one page of HTML) has its own counter.
interface TermState {
  glossary: readonly GlossaryEntry[];
  prefix: string;
  count: number;
}
const TermContext = createContext<TermState>({ glossary: [], prefix: "term", count: 0 });
export const TermProvider = TermContext.Provider;

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return "";
}

// The word, focusable, described by its explanation: shown on hover and focus, and in print.
export function Term({ id, children }: { id?: string; children: ReactNode }) {
  const state = useContext(TermContext);
  const key = id ?? textOf(children);
  const entry = findEntry(state.glossary, key);
  if (!entry) throw new Error(`<Term>${key}</Term>: staat niet in content/glossary.json`);
  state.count += 1;
  const explanationId = `${state.prefix}-${state.count}`;
  return (
    <span className="term">
      {/* Focusable so keyboard users can open the explanation too (WCAG 1.4.13, 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <dfn className="term__word" tabIndex={0} aria-describedby={explanationId}>
        {children}
      </dfn>
      <span className="term__explanation" role="tooltip" id={explanationId}>
        {entry.explanation}
      </span>
    </span>
  );
}

export function Source({ seed, publication, children }: { seed?: string; publication?: string; children: ReactNode }) {
  if (!seed === !publication) throw new Error("<Source>: noem precies één van seed of publication");
  const title = seed ? seedTitle(seed) : publication;
  if (title === undefined) throw new Error(`<Source seed="${seed}">: onbekend brondocument`);
  return (
    <span className="source">
      ({nl.learning.sourcePrefix} <cite>{children}</cite>
      {title && title !== children ? <span className="visually-hidden">: {title}</span> : null})
    </span>
  );
}

// A question's id becomes a marker the build script cuts the HTML at; the page puts the field there.
export const QUESTION_MARKER = "data-reflection-question";
const QuestionsContext = createContext<Map<string, string>>(new Map());
export const QuestionsProvider = QuestionsContext.Provider;

export function ReflectionQuestion({ id }: { id: string }) {
  const questions = useContext(QuestionsContext);
  if (!questions.has(id)) throw new Error(`<ReflectionQuestion id="${id}">: onbekende vraag`);
  return <hr {...{ [QUESTION_MARKER]: id }} />;
}

export const mdxComponents = { Voice, Do, Dont, Tip, Case, KeyPoints, Figure, Term, Source, ReflectionQuestion };
