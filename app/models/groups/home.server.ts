// The home page's group block: my steps due this week, new log entries in my groups, meetings ahead.
import { prepared, sqlite } from "~/db.server";
import { addDays, calendarDay, weekStart } from "~/lib/dates";

const LIMIT = 5;

const countOf = prepared(() => sqlite.prepare<[string], { n: number }>(`select count(*) as n from group_members where user_id = ?`));
// Overdue steps count as due this week: they still need doing.
const stepsDueOf = prepared(() =>
  sqlite
    .prepare<[string, string], { id: string; what: string; dueOn: string; groupId: string; groupName: string }>(`
      select s.id, s.what, s.due_on as dueOn, g.id as groupId, g.name as groupName
      from step_owners so join steps s on s.id = so.step_id join groups g on g.id = s.group_id
      where so.user_id = ? and s.status in ('planned', 'in_progress') and g.status = 'active' and s.due_on <= ?
      order by s.due_on limit ${LIMIT}`),
);
const newLogEntriesOf = prepared(() =>
  sqlite
    .prepare<[string, number, string], { id: string; loggedOn: string; did: string; groupId: string; groupName: string; author: string | null }>(`
      select e.id, e.logged_on as loggedOn, e.did, g.id as groupId, g.name as groupName, u.name as author
      from group_members gm join log_entries e on e.group_id = gm.group_id join groups g on g.id = gm.group_id
      left join users u on u.id = e.author_id
      where gm.user_id = ? and e.created_at >= ? and e.author_id is not ?
      order by e.created_at desc limit ${LIMIT}`),
);
const meetingsOf = prepared(() =>
  sqlite
    .prepare<[string, number], { id: string; plannedAt: number; groupId: string; groupName: string }>(`
      select m.id, m.planned_at as plannedAt, g.id as groupId, g.name as groupName
      from group_members gm join meetings m on m.group_id = gm.group_id join groups g on g.id = gm.group_id
      where gm.user_id = ? and g.status = 'active' and m.planned_at >= ?
      order by m.planned_at limit ${LIMIT}`),
);

export function homeGroupsFor(userId: string, now: number = Date.now()) {
  const today = calendarDay(now);
  const groupCount = countOf().get(userId)?.n ?? 0;
  if (groupCount === 0) return { groupCount, today, stepsDue: [], newLogEntries: [], meetings: [] };
  return {
    groupCount,
    today,
    stepsDue: stepsDueOf().all(userId, addDays(weekStart(today), 6)),
    newLogEntries: newLogEntriesOf().all(userId, now - 7 * 86_400_000, userId),
    meetings: meetingsOf().all(userId, now),
  };
}
