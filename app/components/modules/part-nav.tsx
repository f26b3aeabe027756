import { Link } from "@remix-run/react";
import { nlLearning } from "~/i18n/slices";
import { PARTS, PART_COUNT } from "~/lib/module-parts";

export function partTitle(number: number): string {
  return nlLearning.learning.partTitles[number - 1] ?? "";
}

export function partPath(moduleSlug: string, number: number): string {
  const part = PARTS.find((p) => p.number === number) ?? PARTS[0];
  return `/modules/${moduleSlug}/${part.slug}`;
}

export function ProgressBar({ done }: { done: number }) {
  return (
    <div className="module-progress">
      <label htmlFor="module-voortgang">{nlLearning.learning.player.progress(done, PART_COUNT)}</label>
      <progress id="module-voortgang" max={PART_COUNT} value={done} />
    </div>
  );
}

// The five parts as links; the current one is marked for screen readers, done ones get a check.
export function PartNav({ moduleSlug, current, doneParts }: { moduleSlug: string; current?: number; doneParts: number[] }) {
  return (
    <nav aria-label={nlLearning.learning.player.partsNav} className="part-nav">
      <ol>
        {PARTS.map((part) => {
          const done = doneParts.includes(part.number);
          return (
            <li key={part.number} className={done ? "part-nav__item part-nav__item--done" : "part-nav__item"}>
              <Link to={partPath(moduleSlug, part.number)} aria-current={part.number === current ? "page" : undefined}>
                {part.number}. {partTitle(part.number)}
                {done ? (
                  <>
                    <span className="part-nav__check" aria-hidden="true">
                      {" "}
                      ✓
                    </span>
                    <span className="visually-hidden"> {nlLearning.learning.player.done}</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
