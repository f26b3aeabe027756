import { nl } from "~/i18n/nl-learning";
import type { Block } from "~/lib/content-schema";
import { SEED_DOCUMENTS } from "~/lib/module-parts";

// Module text precompiled from repository MDX at build time; never user input.
export function ContentHtml({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Blocks({ blocks, questions }: { blocks: Block[]; questions: { id: string; text: string }[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        "html" in block ? (
          <ContentHtml key={i} html={block.html} />
        ) : (
          <p key={i} className="reflection-question">
            {questions.find((q) => q.id === block.questionId)?.text ?? ""}
          </p>
        ),
      )}
    </>
  );
}

function seedTitle(seed: string | undefined): string {
  return Object.entries(SEED_DOCUMENTS).find(([key]) => key === seed)?.[1] ?? "";
}

interface ListedSource {
  kind: string;
  title: string;
  seed?: string;
  publication?: string;
  note: string;
  url?: string;
}

export function SourceList({ sources }: { sources: ListedSource[] }) {
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={`${s.kind}-${s.title}`}>
          <strong>{s.title}</strong>
          <br />
          <span className="muted">{s.note}</span>
          <br />
          <span className="source-list__origin">
            {s.publication ? nl.learning.overview.publication(s.publication) : nl.learning.overview.seedDocument(seedTitle(s.seed))}
          </span>
          {s.url ? (
            <>
              <br />
              <a href={s.url}>{nl.learning.overview.website(new URL(s.url).host)}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
