import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";
import { circleHistory } from "~/models/webinars/history.server";

export const meta: MetaFunction = () => [{ title: `${nl.history.title} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json({ history: circleHistory() });
}

export default function History() {
  const { history } = useLoaderData<typeof loader>();
  const steps = nl.history.steps;
  return (
    <div className="page">
      <h1>{nl.history.title}</h1>
      <p className="lead">{nl.history.intro}</p>
      {history.length === 0 ? <p>{nl.history.empty}</p> : null}
      {history.map((d) => (
        <article key={d.id} className="card circle" aria-labelledby={`cirkel-${d.id}`}>
          <h2 id={`cirkel-${d.id}`}>
            {d.themeTitle} <span className="tag">{nl.agenda.status[d.themeStatus]}</span>
          </h2>
          <ol className="circle__steps">
            <li>
              <h3>{steps.polls}</h3>
              {d.polls.length === 0 ? <p>{nl.decisions.noInformedBy}</p> : null}
              <ul>
                {d.polls.map((p) => (
                  <li key={p.pollId}>
                    <Link to={`/webinars/${p.webinarId}#peiling-${p.pollId}`}>{p.question}</Link>{" "}
                    <span className="muted">
                      {p.network ?? ""}
                      {p.closedAt ? ` · ${formatDay(p.closedAt)}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <h3>{steps.decision}</h3>
              <p>
                <Link to={`/agenda/besluiten/${d.id}`}>{formatDay(d.decidedAt)}</Link> · {d.decidedBy ?? nl.decisions.unknownPerson} ·{" "}
                {d.network ?? nl.agenda.allNetworks}
              </p>
              <p className="prewrap">{d.rationale}</p>
            </li>
            <li>
              <h3>{steps.module}</h3>
              {d.modules.length === 0 ? <p>{nl.decisions.noModule}</p> : null}
              <ul>
                {d.modules.map((m) => (
                  <li key={m.slug}>
                    <Link to={`/modules/${m.slug}`}>{m.title}</Link> <span className="muted">{nl.history.completions(m.completions)}</span>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <h3>{steps.groups}</h3>
              {d.groups.length === 0 ? <p>{nl.decisions.noGroups}</p> : null}
              <ul>
                {d.groups.map((g) => (
                  <li key={g.id}>
                    <Link to={`/groepen/${g.id}`}>{g.name}</Link> <span className="tag">{nl.history.groupStatus[g.status]}</span>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <h3>{steps.lessons}</h3>
              {d.lessons.length === 0 ? <p>{nl.history.noLessons}</p> : null}
              <ul>
                {d.lessons.map((l) => (
                  <li key={l.group}>
                    <strong>{l.group}:</strong> {l.text}
                  </li>
                ))}
              </ul>
            </li>
          </ol>
        </article>
      ))}
      <p>
        <Link to="/agenda">{nl.agenda.title}</Link>
      </p>
    </div>
  );
}
