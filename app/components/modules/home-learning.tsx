import { Link } from "@remix-run/react";
import { RedirectNotice } from "~/components/notice";
import { nlLearning } from "~/i18n/slices";
import { LookBackForm } from "./look-back-form";
import { partPath } from "./part-nav";

interface Props {
  lookBacks: { id: string; text: string; moduleTitle: string }[];
  resume: { slug: string; title: string; part: number } | null;
}

const t = nlLearning.learning;

// The home page's learning block: look back on a commitment that is due, and resume a module.
export function HomeLearning({ lookBacks, resume }: Props) {
  const [first, ...rest] = lookBacks;
  return (
    <>
      <RedirectNotice messages={{ terugblik: t.lookBack.saved }} />
      {first ? (
        <section className="card look-back" aria-labelledby="terugblik">
          <h2 id="terugblik">{t.lookBack.homeTitle}</h2>
          <p>
            {t.lookBack.intro} {first.moduleTitle}:
          </p>
          <blockquote className="commitment-quote">{first.text}</blockquote>
          <LookBackForm commitmentId={first.id} />
          {rest.length > 0 ? (
            <>
              <p>{t.lookBack.more(rest.length)}</p>
              <ul>
                {rest.map((c) => (
                  <li key={c.id}>
                    <Link to={`/voornemens/${c.id}/terugblik`}>
                      {t.lookBack.open}: {c.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {resume ? (
        <section aria-labelledby="verder-met">
          <h2 id="verder-met">{t.resume.title}</h2>
          <p>
            <Link className="button" to={partPath(resume.slug, resume.part)}>
              {t.resume.link(resume.title, resume.part)}
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
