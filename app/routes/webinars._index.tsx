import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireUser } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { formatMoment } from "~/lib/dates";
import { listWebinars, type WebinarSummary } from "~/models/webinars/webinars.server";

export const meta: MetaFunction = () => [{ title: `${nl.webinars.title} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ ...listWebinars(), isCoordinator: hasRole(user, "coordinator") });
}

function WebinarList({ items }: { items: (Omit<WebinarSummary, "startsAt"> & { startsAt: string })[] }) {
  return (
    <ul className="cards">
      {items.map((w) => (
        <li key={w.id} className="card">
          <h3>
            <Link to={`/webinars/${w.id}`}>{w.title}</Link>
          </h3>
          <p className="muted">{formatMoment(w.startsAt)}</p>
          {w.network ? <p>{w.network}</p> : null}
          {w.themes.length > 0 ? (
            <ul className="tag-list" aria-label={nl.webinars.themes}>
              {w.themes.map((t) => (
                <li key={t} className="tag">
                  {t}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default function Webinars() {
  const { upcoming, past, isCoordinator } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{nl.webinars.title}</h1>
      <p className="lead">{nl.webinars.intro}</p>
      {isCoordinator ? (
        <p>
          <Link className="button" to="/webinars/nieuw">
            {nl.webinars.newWebinar}
          </Link>
        </p>
      ) : null}
      <h2>{nl.webinars.upcoming}</h2>
      {upcoming.length === 0 ? (
        <p>{isCoordinator ? nl.webinars.noUpcomingCoordinator : nl.webinars.noUpcoming}</p>
      ) : (
        <WebinarList items={upcoming} />
      )}
      <h2>{nl.webinars.past}</h2>
      {past.length === 0 ? <p>{nl.webinars.noPast}</p> : <WebinarList items={past} />}
    </div>
  );
}
