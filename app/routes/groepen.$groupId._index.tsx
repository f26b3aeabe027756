import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GroupHeader } from "~/components/groups/group-header";
import { GroupMeetings } from "~/components/groups/group-meetings";
import { GroupMembers } from "~/components/groups/group-members";
import { LogEntry } from "~/components/groups/log-entry";
import { StepList } from "~/components/groups/step-list";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { formatDay, calendarDay } from "~/lib/dates";
import { groupNotices } from "~/lib/groups/notices";
import { requireGroupMember } from "~/models/groups/access.server";
import { listLogEntries, logEntryCount } from "~/models/groups/log.server";
import { listMeetings } from "~/models/groups/meetings.server";
import { moduleTitle } from "~/models/learning/module-themes.server";
import { listOpenSteps, stepCounts } from "~/models/groups/steps.server";
import { listMembers } from "~/models/groups/groups.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.group.name ?? nl.groups.list.title} | ${nl.appName}` }];

// The page shows what needs attention; the full lists are one click away.
const OPEN_STEPS_SHOWN = 10;
const LOG_ENTRIES_SHOWN = 5;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group, role } = await requireGroupMember(request, params.groupId);
  const members = listMembers(group.id);
  const counts = stepCounts(group.id);
  return json({
    group: { ...group, inviteCode: null, closedAt: group.closedAt?.getTime() ?? null, moduleTitle: moduleTitle(group.moduleSlug) },
    role,
    today: calendarDay(),
    members: members.map(({ organisationId: _org, ...m }) => m),
    notices: { ...groupNotices(members), noFacilitator: !members.some((m) => m.role === "facilitator") },
    counts,
    stepsTotal: counts.planned + counts.in_progress + counts.done + counts.stopped,
    openSteps: listOpenSteps(group.id, OPEN_STEPS_SHOWN),
    logEntries: listLogEntries(group.id, LOG_ENTRIES_SHOWN),
    logEntryTotal: logEntryCount(group.id),
    meetings: listMeetings(group.id, Date.now(), 3),
  });
}

export default function GroupPage() {
  const { group, role, today, members, notices, stepsTotal, openSteps, logEntries, logEntryTotal, meetings } = useLoaderData<typeof loader>();
  const t = nl.groups.page;
  const active = group.status === "active";
  const facilitator = role === "facilitator";
  return (
    <div className="page">
      <GroupHeader group={group} backLink={false} />
      <RedirectNotice messages={{ lid: t.joined, notitie: nl.groups.logEntries.saved, afgesloten: nl.groups.close.closed }} />
      {active ? null : <p className="notice">{nl.groups.list.closedReadOnly}</p>}
      <p className="muted">{nl.groups.list.yourRole(nl.groups.list.roles[role])}</p>
      <dl className="group-facts">
        <dt>{nl.groups.list.intendedChange}</dt>
        <dd>{group.intendedChange}</dd>
        <dt>{nl.groups.list.rhythm}</dt>
        <dd>{group.rhythm}</dd>
        {group.moduleSlug ? (
          <>
            <dt>{nl.groups.list.module}</dt>
            <dd>
              <Link to={`/modules/${group.moduleSlug}`}>{group.moduleTitle}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {active && notices.noFacilitator ? <p className="notice notice--warn">{t.noFacilitator}</p> : null}
      {active && notices.noExpert ? <p className="notice notice--warn">{t.noExpert}</p> : null}
      {active && notices.oneOrganisation ? <p className="notice notice--warn">{t.oneOrganisation}</p> : null}
      <ul className="actions actions--list">
        {active ? (
          <>
            <li><Link className="button" to={`/groepen/${group.id}/notities/nieuw`}>{t.addLogEntry}</Link></li>
            <li><Link className="button button--secondary" to={`/groepen/${group.id}/stappen/nieuw`}>{t.addStep}</Link></li>
          </>
        ) : null}
        <li><Link className="button button--secondary" to={`/groepen/${group.id}/monitor`}>{t.monitor}</Link></li>
      </ul>

      {!active && group.lessonsLearned ? (
        <section aria-labelledby="lessen">
          <h2 id="lessen">{t.lessons}</h2>
          {group.closedAt ? <p className="muted">{t.closedOn(formatDay(group.closedAt))}</p> : null}
          <p className="prewrap">{group.lessonsLearned}</p>
        </section>
      ) : null}

      <section aria-labelledby="stappen">
        <h2 id="stappen">{t.steps}</h2>
        <p className="muted">{t.stepsIntro}</p>
        {stepsTotal === 0 ? <p>{t.stepsEmpty}</p> : openSteps.length === 0 ? <p>{t.stepsAllDone}</p> : <StepList groupId={group.id} steps={openSteps} today={today} />}
        {stepsTotal > 0 ? <p><Link to={`/groepen/${group.id}/stappen`}>{t.allSteps(stepsTotal)}</Link></p> : null}
      </section>

      <section aria-labelledby="notities">
        <h2 id="notities">{t.log}</h2>
        {logEntries.length === 0 ? <p>{t.logEmpty}</p> : logEntries.map((entry) => <LogEntry key={entry.id} entry={entry} />)}
        {logEntryTotal > logEntries.length ? <p><Link to={`/groepen/${group.id}/notities`}>{t.allLogEntries(logEntryTotal)}</Link></p> : null}
      </section>

      <GroupMeetings groupId={group.id} meetings={meetings} canPlan={active && facilitator} />
      <GroupMembers members={members} />

      <ul className="actions actions--list">
        {facilitator ? <li><Link to={`/groepen/${group.id}/leden`}>{t.manage}</Link></li> : null}
        {facilitator && active ? <li><Link to={`/groepen/${group.id}/afsluiten`}>{t.close}</Link></li> : null}
        <li><Link to={`/groepen/${group.id}/verlaten`}>{t.leave}</Link></li>
      </ul>
    </div>
  );
}
