import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActivityChart } from "~/components/groups/activity-chart";
import { FactorTable } from "~/components/groups/factor-table";
import { GroupHeader } from "~/components/groups/group-header";
import { LogEntry } from "~/components/groups/log-entry";
import { OverdueTag, StatusTag } from "~/components/groups/status-tag";
import { nl } from "~/i18n/nl";
import { fillWeeks } from "~/lib/groups/chart";
import { STEP_STATUSES } from "~/lib/groups/constants";
import { formatDay } from "~/lib/dates";
import { requireMonitorAccess } from "~/models/groups/access.server";
import { listSharedEntries } from "~/models/groups/log.server";
import { monitorFigures } from "~/models/groups/monitor.server";
import { groupHeader } from "~/models/groups/groups.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? nl.groups.monitor.title(data.group.name) : ""} | ${nl.appName}` }];

// Members and coordinators. Coordinators see figures, tags, the closing summary and only the
// log entries a group chose to share; never the other entries' text.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group, role } = await requireMonitorAccess(request, params.groupId);
  const figures = monitorFigures(group.id);
  const to = figures.today < group.endsOn ? figures.today : group.endsOn;
  return json({
    group: groupHeader(group),
    lessonsLearned: group.lessonsLearned,
    isMember: role !== null,
    figures: { ...figures, weekly: fillWeeks(figures.weekly, group.startsOn, to) },
    shared: listSharedEntries(group.id, 5),
  });
}

export default function Monitor() {
  const { group, lessonsLearned, isMember, figures, shared } = useLoaderData<typeof loader>();
  const t = nl.groups.monitor;
  return (
    <div className="page">
      <GroupHeader group={group} title={t.title(group.name)} backLink={isMember} />
      {isMember ? null : <p className="notice">{t.coordinatorNote}</p>}

      <section aria-labelledby="status">
        <h2 id="status">{t.stepsByStatus}</h2>
        <ul className="figures">
          {STEP_STATUSES.map((s) => (
            <li key={s} className="figure">
              <span className="figure__value">{figures.counts[s]}</span> <StatusTag status={s} />
            </li>
          ))}
        </ul>
        <p>
          <strong>{t.shareDone}:</strong> {t.shareDoneValue(figures.sharePercent, figures.counts.done, figures.total)}
        </p>
        <svg className="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect width="100" height="6" fill="#f1f5f6" />
          <rect width={figures.sharePercent} height="6" fill="#1e6b35" />
        </svg>
      </section>

      <section aria-labelledby="te-laat">
        <h2 id="te-laat">{t.overdue}</h2>
        {figures.overdue.total === 0 ? (
          <p>{t.overdueNone}</p>
        ) : (
          <ul>
            {figures.overdue.shown.map((step) => (
              <li key={step.id}>
                {isMember ? <Link to={`/groepen/${group.id}/stappen/${step.id}`}>{step.what}</Link> : step.what} <OverdueTag /> {formatDay(step.dueOn)}
              </li>
            ))}
            {figures.overdue.total > figures.overdue.shown.length ? <li>{t.overdueMore(figures.overdue.total - figures.overdue.shown.length)}</li> : null}
          </ul>
        )}
      </section>

      <section aria-labelledby="activiteit">
        <h2 id="activiteit">{t.activity}</h2>
        <ActivityChart weeks={figures.weekly} />
      </section>

      <div className="columns">
        <FactorTable id="knooppunten" title={t.hindering} rows={figures.factors.hindered} />
        <FactorTable id="succesfactoren" title={t.helping} rows={figures.factors.helped} />
      </div>

      <section aria-labelledby="leden-activiteit">
        <h2 id="leden-activiteit">{t.memberActivity}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{nl.auth.name}</th>
                <th scope="col">{nl.groups.members.role}</th>
                <th scope="col">{t.lastActivity}</th>
              </tr>
            </thead>
            <tbody>
              {figures.members.map((m) => (
                <tr key={m.userId}>
                  <td>{m.name}</td>
                  <td>{nl.groups.list.roles[m.role]}</td>
                  <td>{m.lastActivityAt ? formatDay(m.lastActivityAt) : t.noActivityYet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {lessonsLearned ? (
        <section aria-labelledby="lessen">
          <h2 id="lessen">{nl.groups.page.lessons}</h2>
          <p className="prewrap">{lessonsLearned}</p>
        </section>
      ) : null}

      <section aria-labelledby="gedeeld">
        <h2 id="gedeeld">{t.sharedLogEntries}</h2>
        {shared.length === 0 ? <p>{t.noSharedLogEntries}</p> : shared.map((entry) => <LogEntry key={entry.id} entry={entry} />)}
      </section>
    </div>
  );
}
