// The components module content (MDX) may use. They are rendered to static HTML when content
// is built (scripts/build-content.ts), so they must not need state, effects or the browser.
import { createContext, useContext, type ReactNode } from "react";
import { nlLearning } from "~/i18n/slices";
import { isPerspective } from "~/lib/learning/constants";
import { SEED_DOCUMENTS } from "~/lib/module-parts";

export function Voice({ from, children }: { from: string; children: ReactNode }) {
  if (!isPerspective(from)) throw new Error(`<Voice from="${from}">: kies parent, youth of expert`);
  return (
    <div className={`voice voice--${from}`}>
      <p className="voice__label">{nlLearning.learning.voice[from]}</p>
      {children}
    </div>
  );
}

export function Do({ children }: { children: ReactNode }) {
  return (
    <div className="advice advice--do">
      <p className="advice__label">{nlLearning.learning.advice.do}</p>
      <div className="advice__text">{children}</div>
    </div>
  );
}

export function Dont({ children }: { children: ReactNode }) {
  return (
    <div className="advice advice--dont">
      <p className="advice__label">{nlLearning.learning.advice.dont}</p>
      <div className="advice__text">{children}</div>
    </div>
  );
}

export function Tip({ children }: { children: ReactNode }) {
  return (
    <div className="tip">
      <p className="tip__label">{nlLearning.learning.advice.tip}</p>
      <div className="tip__text">{children}</div>
    </div>
  );
}

function seedTitle(seed: string): string {
  for (const [key, title] of Object.entries(SEED_DOCUMENTS)) if (key === seed) return title;
  throw new Error(`<Source seed="${seed}">: onbekend brondocument`);
}

export function Source({ seed, publication, children }: { seed?: string; publication?: string; children: ReactNode }) {
  if (!seed === !publication) throw new Error("<Source>: noem precies één van seed of publication");
  const full = seed ? seedTitle(seed) : (publication ?? "");
  return (
    <span className="source">
      ({nlLearning.learning.sourcePrefix} <cite>{children}</cite>
      {full && full !== children ? <span className="visually-hidden">: {full}</span> : null})
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

export const mdxComponents = { Voice, Do, Dont, Tip, Source, ReflectionQuestion };
