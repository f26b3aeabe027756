import { Link } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import { formatDay, formatMoment } from "~/lib/dates";

export interface HomeGroupsData {
  groupCount: number;
  today: string;
  stepsDue: { id: string; what: string; dueOn: string; groupId: string; groupName: string }[];
  newLogEntries: { id: string; loggedOn: string; did: string; groupId: string; groupName: string; author: string | null }[];
  meetings: { id: string; plannedAt: number; groupId: string; groupName: string }[];
}

function excerpt(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// The home page's block for action-learning groups (loader data: homeGroupsFor in group-home.server).
export function HomeGroups({ data }: { data: HomeGroupsData }) {
  const t = nl.groups.home;
  if (data.groupCount === 0) {
    return (
      <section aria-labelledby="home-groepen" className="home-groups">
        <h2 id="home-groepen">{t.title}</h2>
        <p>
          {t.noGroups} <Link to="/groepen">{t.findGroup}</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="home-groepen" className="home-groups">
      <h2 id="home-groepen">{t.title}</h2>
      <div className="home-groups__columns">
        <div>
          <h3>{t.stepsDue}</h3>
          {data.stepsDue.length === 0 ? <p>{t.stepsDueEmpty}</p> : (
            <ul>
              {data.stepsDue.map((s) => (
                <li key={s.id}>
                  <Link to={`/groepen/${s.groupId}/stappen/${s.id}`}>{s.what}</Link>{" "}
                  {s.dueOn < data.today ? <span className="tag tag--warn">{nl.groups.steps.overdue}</span> : null}
                  <br />
                  <span className="muted">{nl.groups.steps.due(formatDay(s.dueOn))} · {s.groupName}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t.newLogEntries}</h3>
          {data.newLogEntries.length === 0 ? <p>{t.newLogEntriesEmpty}</p> : (
            <ul>
              {data.newLogEntries.map((n) => (
                <li key={n.id}>
                  <Link to={`/groepen/${n.groupId}#notities`}>{excerpt(n.did)}</Link>
                  <br />
                  <span className="muted">{nl.groups.logEntries.by(n.author ?? nl.groups.list.formerMember, formatDay(n.loggedOn))} · {n.groupName}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t.meetings}</h3>
          {data.meetings.length === 0 ? <p>{t.meetingsEmpty}</p> : (
            <ul>
              {data.meetings.map((m) => (
                <li key={m.id}>
                  <Link to={`/groepen/${m.groupId}/bijeenkomsten/${m.id}`}>{formatMoment(m.plannedAt)}</Link>
                  <br />
                  <span className="muted">{m.groupName}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
