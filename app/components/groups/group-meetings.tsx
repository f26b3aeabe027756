import { Link } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import { formatMoment } from "~/lib/dates";

interface MeetingItem {
  id: string;
  plannedAt: string;
  learned: string | null;
}

function MeetingLink({ groupId, meeting }: { groupId: string; meeting: MeetingItem }) {
  return (
    <li>
      <Link to={`/groepen/${groupId}/bijeenkomsten/${meeting.id}`}>{formatMoment(Date.parse(meeting.plannedAt))}</Link>
      {meeting.learned ? <> <span className="tag tag--ok">{nl.groups.meetings.withReflection}</span></> : null}
    </li>
  );
}

export function GroupMeetings({ groupId, meetings, canPlan }: { groupId: string; meetings: { upcoming: MeetingItem[]; past: MeetingItem[] }; canPlan: boolean }) {
  const t = nl.groups.page;
  const none = meetings.upcoming.length === 0 && meetings.past.length === 0;
  return (
    <section aria-labelledby="bijeenkomsten">
      <h2 id="bijeenkomsten">{t.meetings}</h2>
      {none ? <p>{t.meetingsEmpty}</p> : null}
      {meetings.upcoming.length > 0 ? (
        <>
          <h3>{t.upcoming}</h3>
          <ul>{meetings.upcoming.map((m) => <MeetingLink key={m.id} groupId={groupId} meeting={m} />)}</ul>
        </>
      ) : null}
      {meetings.past.length > 0 ? (
        <>
          <h3>{t.past}</h3>
          <ul>{meetings.past.map((m) => <MeetingLink key={m.id} groupId={groupId} meeting={m} />)}</ul>
        </>
      ) : null}
      {canPlan ? (
        <p>
          <Link to={`/groepen/${groupId}/bijeenkomsten/nieuw`}>{t.planMeeting}</Link>
        </p>
      ) : null}
    </section>
  );
}
