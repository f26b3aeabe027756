import { Link } from "@remix-run/react";
import { nlLearning } from "~/i18n/slices";
import { formatMoment } from "~/lib/dates";

// Shown once a module is completed: go deeper with its sources, a group and the next webinar.
interface NextWebinar {
  id: string;
  title: string;
  startsAt: string;
}

export function CompletedInvitation({
  moduleSlug,
  themeSlug,
  themeTitle,
  nextWebinar,
}: {
  moduleSlug: string;
  themeSlug: string;
  themeTitle: string;
  nextWebinar?: NextWebinar | null;
}) {
  const t = nlLearning.learning.completed;
  return (
    <section className="notice notice--ok invitation" aria-labelledby="ga-verder">
      <p role="status" className="invitation__done">
        {t.notice}
      </p>
      <h2 id="ga-verder">{t.title}</h2>
      <p>{t.intro}</p>
      <ul>
        <li>
          <Link to={`/modules/${moduleSlug}#bronnen`}>{t.sources}</Link>
        </li>
        <li>
          <Link to={`/groepen?thema=${encodeURIComponent(themeSlug)}`}>{t.groups(themeTitle)}</Link>
        </li>
        <li>
          {nextWebinar ? (
            <Link to={`/webinars/${nextWebinar.id}`}>{t.webinarOnTheme(nextWebinar.title, formatMoment(nextWebinar.startsAt))}</Link>
          ) : (
            <Link to="/webinars">{t.webinar}</Link>
          )}
        </li>
      </ul>
    </section>
  );
}
